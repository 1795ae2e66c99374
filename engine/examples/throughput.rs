//! Engine benchmark: prints figures, asserts nothing.
//! `cargo run --release -p tcp-engine --example throughput`

use std::time::{Duration, Instant as Wall};
use tcp_engine::endpoint::Call;
use tcp_engine::sim::{Event, Side, Sim};
use tcp_engine::{Config, SimConfig};

/// A long transfer with random loss: `data` bytes at `mss` bytes a segment.
fn transfer(loss: u8, mss: u32, data: usize) -> Sim {
    let config = Config {
        mss,
        retries: 30,
        ..Config::default()
    };
    let mut sim = Sim::new(
        SimConfig {
            seed: 1,
            ..SimConfig::default()
        },
        config,
    );
    sim.set_loss(loss);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(600)).unwrap();
    let mut left = data;
    while left > 0 {
        let n = left.min(500_000);
        sim.call(Side::Client, Call::Send(vec![b'x'; n]));
        sim.run(Duration::from_secs(36_000)).unwrap();
        left -= n;
    }
    sim
}

fn segments(sim: &Sim) -> usize {
    sim.trace()
        .iter()
        .filter(|e| matches!(e.event, Event::Sent { .. }))
        .count()
}

fn main() {
    let start = Wall::now();
    let sim = transfer(0, 100, 5_000_000);
    let secs = start.elapsed().as_secs_f64();
    let n = segments(&sim);
    println!(
        "engine, no loss:      {n} segments in {secs:.3} s = {:.0} segments/s",
        n as f64 / secs
    );

    let start = Wall::now();
    let sim = transfer(10, 100, 5_000_000);
    let secs = start.elapsed().as_secs_f64();
    let n = segments(&sim);
    println!(
        "engine, 10% loss:     {n} segments in {secs:.3} s = {:.0} segments/s",
        n as f64 / secs
    );
    println!("trace entries:        {}", sim.trace().len());

    let start = Wall::now();
    let rounds = 1000;
    for _ in 0..rounds {
        std::hint::black_box(sim.clone());
    }
    println!(
        "clone of that session: {:.1} µs (what every UI action pays)",
        start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
    );
}
