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
