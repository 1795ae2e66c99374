//! Engine benchmark: prints figures, asserts nothing.
//! `cargo run --release -p tcp-engine --example throughput`

mod transfers;

use std::time::Instant as Wall;
use tcp_engine::endpoint::CongestionControl;
use transfers::{bottleneck, kept, segments, smol, transfer, transfer_traced, transfer_with};

/// Seconds an action takes, `ROUNDS` times, interleaved with the others
/// so that all meet the same machine.
const ROUNDS: usize = 5;

fn timed(f: impl FnOnce() -> usize) -> (f64, usize) {
    let start = Wall::now();
    let n = f();
    (start.elapsed().as_secs_f64(), n)
}

fn spread(xs: &mut [f64]) -> (f64, f64, f64) {
    xs.sort_by(f64::total_cmp);
    (xs[xs.len() / 2], xs[0], xs[xs.len() - 1])
}

fn main() {
    const DATA: usize = 5_000_000;
    let (mut clean, mut lossy, mut smol) = (Vec::new(), Vec::new(), Vec::new());
    let (mut untraced, mut delayed, mut delayed_untraced) = (Vec::new(), Vec::new(), Vec::new());
    let (mut clean_n, mut lossy_n, mut smol_n, mut delayed_n) = (0, 0, 0, 0);
    let mut last = None;
    for _ in 0..ROUNDS {
        let (t, n) = timed(|| {
            let sim = transfer(0, 100, DATA);
            let n = segments(&sim);
            last = Some(sim);
            n
        });
        clean.push(t);
        clean_n = n;
        let (t, n) = timed(|| segments(&transfer(10, 100, DATA)));
        lossy.push(t);
        lossy_n = n;
        let (t, _) = timed(|| transfer_traced(0, 100, DATA, false).events());
        untraced.push(t);
        let (t, n) = timed(|| segments(&transfer_with(0, 100, DATA, true, true)));
        delayed.push(t);
        delayed_n = n;
        let (t, _) = timed(|| transfer_with(0, 100, DATA, false, true).events());
        delayed_untraced.push(t);
        let (t, n) = timed(|| smol::transfer(DATA));
        smol.push(t);
        smol_n = n;
    }
    let report = |name: &str, xs: &mut Vec<f64>, n: usize| {
        let (median, min, max) = spread(xs);
        println!(
            "{name:<26} {n} segments: median {median:.3} s (min {min:.3}, max {max:.3}, {ROUNDS} runs) = {:.0} segments/s",
            n as f64 / median
        );
        median
    };
    let engine = report("engine, no loss:", &mut clean, clean_n);
    report("engine, 10% loss:", &mut lossy, lossy_n);
    let floor = report("engine, no loss, no trace:", &mut untraced, clean_n);
    let lazy = report("engine, delayed ACKs:", &mut delayed, delayed_n);
    let lazy_floor = report(
        "engine, delayed, no trace:",
        &mut delayed_untraced,
        delayed_n,
    );
    let smoltcp = report("smoltcp, same transfer:", &mut smol, smol_n);
    // The same 5 MB both ways: the ratio of times is the ratio of throughput
    // (smoltcp sends fewer, coalesced ACKs; it keeps no trace or notes).
    println!(
        "engine / smoltcp, same 5 MB transfer: {:.2}x with the trace, {:.2}x without (goal at least 1.0x)",
        smoltcp / engine,
        smoltcp / floor
    );
    // With delayed ACKs (RFC 9293 §3.8.6.3, a setting) the engine sends
    // about as many segments as smoltcp: the like-for-like comparison.
    println!(
        "engine / smoltcp with delayed ACKs: {:.2}x with the trace, {:.2}x without (goal at least 1.0x)",
        smoltcp / lazy,
        smoltcp / lazy_floor
    );
    // Per segment put on the wire: the engine acknowledges every data
    // segment (each ACK is a step a student can watch), smoltcp coalesces
    // its ACKs within a poll, so it sends about half as many.
    let per = |secs: f64, n: usize| secs * 1e9 / n as f64;
    println!(
        "per segment: engine {:.0} ns with the trace, {:.0} ns without; smoltcp {:.0} ns",
        per(engine, clean_n),
        per(floor, clean_n),
        per(smoltcp, smol_n)
    );
    congestion();
    let Some(sim) = last else { return };
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

/// Issue 32 item 6: the 10 MB bottleneck transfer with congestion control
/// off, NewReno and CUBIC, interleaved rounds; the time with each is
/// compared with the time with none (goal: within 1.5x).
fn congestion() {
    const CCS: [CongestionControl; 3] = [
        CongestionControl::Off,
        CongestionControl::NewReno,
        CongestionControl::Cubic,
    ];
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    let mut facts = [(0, 0, 0, 0); 3];
    for _ in 0..ROUNDS {
        for (i, cc) in CCS.into_iter().enumerate() {
            let start = Wall::now();
            let sim = bottleneck(cc, true);
            times[i].push(start.elapsed().as_secs_f64());
            let done = sim.now().as_millis();
            facts[i] = (sim.events(), kept(&sim), done, sim.footprint());
        }
    }
    println!("== 10 MB over 10 Mbit/s, queue 20, 1 % loss (issue 32 item 6)");
    let off = spread(&mut times[0]).0;
    for (i, cc) in CCS.into_iter().enumerate() {
        let (median, min, max) = spread(&mut times[i]);
        let (events, kept, ms, bytes) = facts[i];
        println!(
            "cc {:<8} median {median:.3} s (min {min:.3}, max {max:.3}, {ROUNDS} runs) = {:.2}x cc off; {events} events, {kept} kept in the trace, {bytes} bytes of state beside the trace; simulated {:.1} s",
            cc.name(),
            median / off,
            ms as f64 / 1000.0
        );
    }
}
