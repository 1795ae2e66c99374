//! A 10 MB capture: made by the engine (a 9.5 MB transfer with 1 % loss,
//! exported as the client's machine records it), then read and replayed as
//! the playground does, with the time each step takes. Writes the file for
//! the browser's benchmark (`tests/bench/capture.mjs`).
//!
//! `cargo run --release -p tcp-engine --example capture_bench [OUT.pcap]`

use std::time::{Duration, Instant};
use tcp_engine::endpoint::Call;
use tcp_engine::sim::{Side, Sim, SimConfig};
use tcp_engine::Config;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/capture-10mb.pcap".to_string());
    let mut sim = Sim::new(
        SimConfig {
            seed: 7,
            ..SimConfig::default()
        },
        Config {
            retries: 30,
            ..Config::default()
        },
    );
    sim.set_loss(1);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(600)).unwrap();
    let mut left = 9_500_000usize;
    while left > 0 {
        let n = left.min(500_000);
        sim.call(Side::Server, Call::Send(vec![b'x'; n]));
        sim.run(Duration::from_secs(36_000)).unwrap();
        left -= n;
    }
    sim.call(Side::Server, Call::Close);
    sim.call(Side::Client, Call::Close);
    // Until the close is done but not past TIME-WAIT, where the capture
    // ends too, so the final states compare.
    sim.run(Duration::from_secs(10)).unwrap();
    let bytes = tcp_engine::packet::pcap(sim.trace().iter(), Side::Client, "bench");
    std::fs::write(&out, &bytes).expect("writable");

    let t = Instant::now();
    let capture = tcp_engine::capture::read(&bytes).expect("a capture");
    let read = t.elapsed();
    let t = Instant::now();
    let connections = capture.connections();
    let replay = tcp_engine::capture::replay(&capture, &connections[0]);
    let replayed = t.elapsed();
    let t = Instant::now();
    let script = tcp_engine::scenario::parse(&replay.text).expect("parses");
    let parsed = t.elapsed();
    let mut again = Sim::default();
    again.set_tracing(false);
    for statement in &script.statements {
        tcp_engine::scenario::exec(&mut again, statement).expect("runs");
    }
    let ran = t.elapsed();
    println!(
        "capture: {out}, {} bytes, {} segments",
        bytes.len(),
        capture.segments.len()
    );
    println!(
        "scenario: {} bytes, {} statements, {} differences",
        replay.text.len(),
        script.statements.len(),
        replay.differences.len()
    );
    println!("read:      {:>6} ms", read.as_millis());
    println!(
        "replay:    {:>6} ms (the worker's work, native)",
        replayed.as_millis()
    );
    println!(
        "re-run:    {:>6} ms (the page's work, native, untraced), parsing {} ms of it",
        ran.as_millis(),
        parsed.as_millis()
    );
    println!(
        "caveats: {:?}; differences: {:?}",
        replay.caveats,
        replay
            .differences
            .iter()
            .map(|d| d.kind.name())
            .collect::<Vec<_>>()
    );
    for side in Side::BOTH {
        println!(
            "{side}: {} in the replay, {} in the run the capture came from, at its last segment",
            again.endpoint(side).state(),
            sim.endpoint(side).state()
        );
    }
}
