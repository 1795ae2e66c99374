//! The engine benchmark's transfers, exported to JavaScript so that Node
//! can time them in WebAssembly (the timing is done there: the engine has
//! no clock).

use wasm_bindgen::prelude::wasm_bindgen;

#[path = "../../../engine/examples/throughput/transfers.rs"]
mod transfers;

/// Bytes each transfer carries, as in the native benchmark.
const DATA: usize = 5_000_000;

/// The engine's 5 MB transfer, with or without its trace; returns the
/// events it ran.
#[wasm_bindgen]
pub fn engine(tracing: bool) -> f64 {
    transfers::transfer_traced(0, 100, DATA, tracing).events() as f64
}

/// The same transfer with delayed ACKs (RFC 9293 §3.8.6.3), as smoltcp
/// acknowledges; returns the events it ran.
#[wasm_bindgen]
pub fn engine_delayed(tracing: bool) -> f64 {
    transfers::transfer_with(0, 100, DATA, tracing, true).events() as f64
}

/// The segments the engine's transfer puts on the wire (counted apart from
/// the timed runs).
#[wasm_bindgen]
pub fn engine_segments() -> f64 {
    transfers::segments(&transfers::transfer(0, 100, DATA)) as f64
}

/// smoltcp's 5 MB transfer; returns the packets exchanged.
#[wasm_bindgen]
pub fn smoltcp() -> f64 {
    transfers::smol::transfer(DATA) as f64
}

/// Issue 32 item 6: the 10 MB bottleneck transfer (10 Mbit/s, queue 20,
/// 1 % loss) with congestion control `cc` (0 off, 1 NewReno, 2 CUBIC),
/// with its trace kept as the playground keeps it; returns the trace
/// entries kept at the end (bounded by the cap).
#[wasm_bindgen]
pub fn engine_bottleneck(cc: u8) -> f64 {
    use tcp_engine::endpoint::CongestionControl as Cc;
    let cc = match cc {
        1 => Cc::NewReno,
        2 => Cc::Cubic,
        _ => Cc::Off,
    };
    transfers::kept(&transfers::bottleneck(cc, true)) as f64
}
