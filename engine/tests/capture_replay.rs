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

/// The data each side's application received in the replay.
fn received(sim: &Sim, side: Side) -> Vec<u8> {
    let data = sim.app(side).received();
    data.iter_from(0).copied().collect()
}

/// The data `side` sent, as captured: each byte at its place in the
/// stream (after the SYN), whichever copy carried it; with, for each byte,
/// whether a segment the replay names as not kept carried it.
fn captured_data(replay: &Replay, side: Side) -> (Vec<u8>, Vec<bool>) {
    let not_kept: Vec<usize> = replay
        .caveats
        .iter()
        .find_map(|c| match c {
            Caveat::NotKept { packets, .. } => Some(packets.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let (mut data, mut unknown) = (Vec::new(), Vec::new());
    let syn = replay
        .packets
        .iter()
        .find(|(from, c)| *from == side && c.seg.has(tcp_engine::Flags::SYN));
    let Some((_, syn)) = syn else {
        return (data, unknown);
    };
    for (i, (from, c)) in replay.packets.iter().enumerate() {
        if *from != side || c.seg.payload.is_empty() {
            continue;
        }
        let at = c.seg.seq.since(syn.seg.seq + 1) as usize;
        let end = at + c.seg.payload.len();
        if data.len() < end {
            data.resize(end, 0);
            unknown.resize(end, false);
        }
        data[at..end].copy_from_slice(&c.seg.payload);
        for u in &mut unknown[at..end] {
            *u |= not_kept.contains(&i);
        }
    }
    (data, unknown)
}

#[test]
fn captured_data_reaches_the_applications_as_captured() {
    for name in ["curl-ethernet.pcap", "lossy.pcap", "half-close.pcap"] {
        let (replay, sim) = replayed(name);
        for side in Side::BOTH {
            let (sent, unknown) = captured_data(&replay, side.other());
            let got = received(&sim, side);
            assert_eq!(got.len(), sent.len(), "{name}: the {side}'s application");
            // Every byte as captured, but where the replay says it has not
            // kept them.
            let differ = (0..sent.len()).find(|&k| got[k] != sent[k] && !unknown[k]);
            assert_eq!(
                differ, None,
                "{name}: the {side}'s application received other bytes than the capture holds"
            );
        }
    }
    // The HTTP exchange's data, whole (the 3400-byte body in one segment).
    let (replay, sim) = replayed("curl-ethernet.pcap");
    assert!(
        !replay
            .caveats
            .iter()
            .any(|c| matches!(c, Caveat::NotKept { .. })),
        "{:?}",
        replay.caveats
    );
    let body = received(&sim, Side::Client);
    assert!(
        body.ends_with(b"</html>\n"),
        "{}",
        String::from_utf8_lossy(&body)
    );
}

#[test]
fn data_the_replay_does_not_have_is_named_as_not_kept() {
    let (replay, _) = replayed("curl-snaplen.pcap");
    let named = replay.caveats.iter().find_map(|c| match c {
        Caveat::NotKept { packets, bytes } => Some((packets.clone(), *bytes)),
        _ => None,
    });
    let (packets, bytes) = named.expect("the cut segments are named");
    // Each named segment was cut, and the bytes are theirs.
    let cut: Vec<usize> = (0..replay.packets.len())
        .filter(|&i| replay.packets[i].1.cut)
        .collect();
    assert_eq!(packets, cut);
    let total: u64 = cut
        .iter()
        .map(|&i| replay.packets[i].1.data_len() as u64)
        .sum();
    assert_eq!(bytes, total);
}

#[test]
fn data_past_the_budget_is_not_kept_and_named() {
    // Ten segments of 8,000 bytes: the first 64 KB as captured, the rest
    // as counts, named.
    let text = synthetic_transfer(10, 8000);
    let capture = tcp_engine::capture::read(&text).unwrap();
    let replay = replay(&capture, &capture.connections()[0]);
    let named = replay.caveats.iter().find_map(|c| match c {
        Caveat::NotKept { packets, bytes } => Some((packets.clone(), *bytes)),
        _ => None,
    });
    let (packets, bytes) = named.expect("data past the budget is named");
    let size = |i: &usize| replay.packets[*i].1.seg.payload.len() as u64;
    let data: u64 = (0..replay.packets.len()).map(|i| size(&i)).sum();
    assert_eq!(data, 80_000);
    assert_eq!(bytes, packets.iter().map(size).sum::<u64>());
    // What was kept is within the budget, and no more was left out than
    // the budget had to.
    let kept = data - bytes;
    assert!(kept <= tcp_engine::capture::TEXT_BUDGET as u64, "{kept}");
    assert!(
        kept + 8000 > tcp_engine::capture::TEXT_BUDGET as u64,
        "{kept}"
    );
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

/// A capture, taken at the client, of `segments` data segments of `size`
/// bytes from the client to the server (the playground's own export).
fn synthetic_transfer(segments: u32, size: u32) -> Vec<u8> {
    let text = format!(
        "server listen\nclient connect\nrun\nset mss {size}\nclient send {}\nrun\n",
        segments * size
    );
    let script = parse(&text).unwrap();
    let mut sim = Sim::default();
    for statement in &script.statements {
        exec(&mut sim, statement).unwrap();
    }
    tcp_engine::packet::pcap(sim.trace().iter(), Side::Client, "test")
}

#[test]
fn leaving_out_the_replays_bookkeeping_leaves_every_captured_segment() {
    use tcp_engine::capture::{is_bookkeeping, shown_origin};
    use tcp_engine::sim::{Event, Origin};
    for name in ["curl-ethernet.pcap", "lossy.pcap"] {
        let (replay, sim) = replayed(name);
        let kept: Vec<&Event> = sim
            .trace()
            .iter()
            .map(|e| &e.event)
            .filter(|e| !is_bookkeeping(e))
            .collect();
        // Nothing of the outbox is left to tell ...
        assert!(
            !kept
                .iter()
                .any(|e| matches!(e, Event::Queued { .. } | Event::Discarded { .. })),
            "{name}"
        );
        // ... and every captured segment is sent, as its TCP's or by hand.
        let sent: Vec<(u64, Origin)> = kept
            .iter()
            .filter_map(|e| match e {
                Event::Sent { id, origin, .. } => Some((*id, shown_origin(*origin))),
                _ => None,
            })
            .collect();
        for (i, id) in replay.ids.iter().enumerate() {
            let id = id.unwrap_or_else(|| panic!("{name}: segment {i} has no id"));
            let origin = sent.iter().find(|s| s.0 == id).map(|s| s.1);
            assert!(
                matches!(origin, Some(Origin::Tcp | Origin::Injected)),
                "{name}: segment {i}: {origin:?}"
            );
        }
        // A segment taken as lost is itself lost (the ladder labels the
        // loss with that segment), and nothing else is.
        let dropped: Vec<u64> = kept
            .iter()
            .filter_map(|e| match e {
                Event::Dropped { id, .. } => Some(*id),
                _ => None,
            })
            .collect();
        let taken: Vec<u64> = replay
            .caveats
            .iter()
            .filter_map(|c| match c {
                Caveat::Lost(l) => Some(l.iter().filter_map(|&i| replay.ids[i]).collect()),
                _ => None,
            })
            .next()
            .unwrap_or_default();
        assert_eq!(dropped, taken, "{name}");
    }
}

/// Runs a replay's text in a session whose TCPs start with `config`; the
/// segments sent, in order, or the statement that failed.
fn replayed_in(replay: &Replay, config: tcp_engine::Config) -> Result<Vec<String>, String> {
    use tcp_engine::sim::Event;
    let script = parse(&replay.text).unwrap();
    let mut sim = Sim::new(tcp_engine::SimConfig::default(), config);
    for statement in &script.statements {
        exec(&mut sim, statement).map_err(|e| format!("line {}: {e:?}", statement.line))?;
    }
    Ok(sim
        .trace()
        .iter()
        .filter_map(|e| match &e.event {
            Event::Sent { seg, .. } => Some(seg.to_string()),
            _ => None,
        })
        .collect())
}

/// The captured TCPs' own congestion control chose what they sent: the
/// replay sets the engines' off itself, so a session whose TCPs had it
/// on (a lesson's, a later default) replays the capture as one without.
#[test]
fn a_replay_runs_with_congestion_control_off_whatever_the_session_had() {
    use tcp_engine::endpoint::CongestionControl;
    let transfer = synthetic_transfer(40, 500);
    let capture = read(&transfer).unwrap();
    let synthetic = replay(&capture, &capture.connections()[0]);
    let lossy = replayed("lossy.pcap").0;
    for (name, replay) in [("40 segments", &synthetic), ("lossy.pcap", &lossy)] {
        let off = replayed_in(replay, tcp_engine::Config::default()).unwrap();
        for cc in [CongestionControl::Reno, CongestionControl::NewReno] {
            let config = tcp_engine::Config {
                cc,
                ..tcp_engine::Config::default()
            };
            assert_eq!(
                replayed_in(replay, config).as_ref(),
                Ok(&off),
                "{name}: with {} on",
                cc.name()
            );
        }
    }
}
