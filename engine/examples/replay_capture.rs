//! Prints the scenario a capture replays as: `cargo run --example replay_capture FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a capture file");
    let n: usize = args
        .next()
        .map_or(0, |n| n.parse().expect("a connection number"));
    let bytes = std::fs::read(&path).expect("readable file");
    let capture = tcp_engine::capture::read(&bytes).expect("a capture");
    let conns = capture.connections();
    let replay = tcp_engine::capture::replay(&capture, &conns[n]);
    print!("{}", replay.text);
    eprintln!("near {:?} latency {:?}", replay.near, replay.latency);
    eprintln!("caveats {:?}", replay.caveats);
    let script = tcp_engine::scenario::parse(&replay.text).expect("parses");
    let mut sim = tcp_engine::Sim::default();
    for st in &script.statements {
        tcp_engine::scenario::exec(&mut sim, st).expect("runs");
    }
    for side in tcp_engine::Side::BOTH {
        eprintln!("{side}: {}", sim.endpoint(side).state());
    }
    for d in &replay.differences {
        eprintln!("difference at {} {}: {}", d.packet, d.side, d.kind.name());
    }
}
