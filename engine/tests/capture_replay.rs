//! Real captures replayed through the engines: the states they infer are
//! the ones the Linux kernel reported (`ss`, recorded by
//! `scripts/make-captures.sh` next to each capture), and each way Linux
//! left RFC 9293 is named.

use std::path::Path;
use tcp_engine::capture::{read, replay, Caveat, Kind, Replay};
use tcp_engine::scenario::{exec, parse};
use tcp_engine::{Side, Sim, State};

fn path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/captures")
        .join(name)
}

/// The replay of the capture's only connection, and the engines after it.
fn replayed(name: &str) -> (Replay, Sim) {
    let bytes = std::fs::read(path(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let capture = read(&bytes).unwrap();
    let connections = capture.connections();
    assert_eq!(connections.len(), 1, "{name}");
    let replay = replay(&capture, &connections[0]);
    let script = parse(&replay.text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut sim = Sim::default();
    for statement in &script.statements {
        exec(&mut sim, statement).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    (replay, sim)
}

/// The state `ss` reported for `side`'s socket (none left: CLOSED).
fn kernel_state(name: &str, replay: &Replay, side: Side) -> State {
    let ss = std::fs::read_to_string(path(&format!("{name}.ss"))).unwrap();
    let (client, server) = (&replay.packets[0].1.from, &replay.packets[0].1.to);
    let (local, peer) = match side {
        Side::Client => (client.to_string(), server.to_string()),
        Side::Server => (server.to_string(), client.to_string()),
    };
    let line = ss.lines().find(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        words.first() == Some(&side.name())
            && words.get(4) == Some(&&*local)
            && words.get(5) == Some(&&*peer)
    });
    match line.map(|l| l.split_whitespace().nth(1).unwrap()) {
        None => State::Closed,
        Some("ESTAB") => State::Established,
        Some("SYN-RECV") => State::SynReceived,
        Some(other) => State::from_name(other).unwrap_or_else(|| panic!("{name}: ss said {other}")),
    }
}

fn kinds(replay: &Replay) -> Vec<&'static str> {
    replay.differences.iter().map(|d| d.kind.name()).collect()
}

#[test]
fn inferred_final_states_are_the_ones_the_kernel_reported() {
    for name in [
        "curl-ethernet.pcap",
        "curl-ipv6.pcap",
        "curl-sll.pcap",
        "curl-sll2.pcap",
        "curl-snaplen.pcap",
        "closed-port.pcap",
        "abort.pcap",
        "half-close.pcap",
        "simultaneous-close.pcap",
        "lossy.pcap",
    ] {
        let (replay, sim) = replayed(name);
        for side in Side::BOTH {
            assert_eq!(
                sim.endpoint(side).state(),
                kernel_state(name, &replay, side),
                "{name}: {side}\n{}",
                replay.text
            );
        }
        assert!(
            !replay
                .caveats
                .iter()
                .any(|c| matches!(c, Caveat::Stopped(_))),
            "{name}: {:?}",
            replay.caveats
        );
        // Every captured segment is sent by a line of the scenario.
        let lines: Vec<&str> = replay.text.lines().collect();
        for (i, line) in replay.lines.iter().enumerate() {
            let text = lines[line - 1];
            assert!(
                text.starts_with("release ") || text.starts_with("inject "),
                "{name}: segment {i} is sent by line {line}: {text}"
            );
        }
    }
}

#[test]
fn an_http_exchange_needs_no_segment_the_engine_would_not_send() {
    let (replay, sim) = replayed("curl-ethernet.pcap");
    assert!(!replay.text.contains("inject"), "{}", replay.text);
    assert!(replay.text.contains("client send \"GET / HTTP/1.1\\r\\n"));
    assert_eq!(sim.endpoint(Side::Server).state(), State::TimeWait);
    let kinds = kinds(&replay);
    for expected in ["syn-options", "window-scaling", "delayed-ack"] {
        assert!(kinds.contains(&expected), "{kinds:?}");
    }
}

#[test]
fn an_abort_is_named_for_its_ack() {
    let (replay, _) = replayed("abort.pcap");
    assert!(kinds(&replay).contains(&Kind::RstCarriesAck.name()));
    assert!(replay.text.contains("client abort"));
}

#[test]
fn a_closed_port_is_answered_by_the_engine_as_by_linux() {
    let (replay, _) = replayed("closed-port.pcap");
    assert!(!replay.text.contains("listen"));
    assert!(!replay.text.contains("inject"), "{}", replay.text);
}

#[test]
fn losses_are_taken_from_retransmissions_and_linux_retransmits_fast() {
    let (replay, _) = replayed("lossy.pcap");
    assert!(
        replay
            .caveats
            .iter()
            .any(|c| matches!(c, Caveat::Lost(l) if l.len() == 6)),
        "{:?}",
        replay.caveats
    );
    assert_eq!(replay.text.matches("\ndrop ").count(), 6);
    assert!(kinds(&replay).contains(&"fast-retransmit"));
}

#[test]
fn a_simultaneous_close_passes_through_closing() {
    let (replay, _) = replayed("simultaneous-close.pcap");
    assert!(kinds(&replay).contains(&"min-rto"), "{:?}", kinds(&replay));
    let script = parse(&replay.text).unwrap();
    let mut sim = Sim::default();
    let mut closing = false;
    for statement in &script.statements {
        exec(&mut sim, statement).unwrap();
        closing |= Side::BOTH
            .iter()
            .any(|s| sim.endpoint(*s).state() == State::Closing);
    }
    assert!(closing, "{}", replay.text);
}

#[test]
fn a_cut_capture_still_replays_with_its_real_lengths() {
    let (replay, _) = replayed("curl-snaplen.pcap");
    // The data was cut by the snap length: sent as a count, not as text.
    assert!(replay.text.contains("server send 3400"), "{}", replay.text);
}

#[test]
fn a_release_may_carry_the_segment_as_edited() {
    let text = "set client.auto off\nserver listen\nclient connect\n\
                release client 1 SYN,PSH win=1000\n\
                expect wire client>server 1 SYN,PSH win=1000\n\
                expect client SYN-SENT\n";
    let script = parse(text).unwrap();
    assert_eq!(
        script.statements[3].kind.to_string(),
        "release client 1 SYN,PSH win=1000"
    );
    let mut sim = Sim::default();
    for statement in &script.statements {
        exec(&mut sim, statement).unwrap_or_else(|e| panic!("{e:?}"));
    }
}
