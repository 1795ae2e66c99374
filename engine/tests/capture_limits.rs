//! What a capture costs is bounded by what it holds: a packet cut by the
//! snap length keeps its missing data as a count, listing connections and
//! finding losses take one pass, and a replay stops at its limits with the
//! limit named (issue 26, items 6 and 8).

use std::time::{Duration, Instant};
use tcp_engine::capture::{
    read, replay, Caveat, Limit, MAX_REPLAY_DATA, MAX_REPLAY_EVENTS, MAX_REPLAY_SEGMENTS,
    MAX_REPLAY_TEXT,
};
use tcp_engine::scenario::parse;

/// A pcap of raw IPv4 packets (link type 101), each written by `packet`.
struct Pcap(Vec<u8>);

impl Pcap {
    fn new() -> Pcap {
        let mut b = Vec::new();
        b.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
        b.extend_from_slice(&2u16.to_le_bytes());
        b.extend_from_slice(&4u16.to_le_bytes());
        b.extend_from_slice(&[0; 8]);
        b.extend_from_slice(&65_535u32.to_le_bytes());
        b.extend_from_slice(&101u32.to_le_bytes());
        Pcap(b)
    }

    /// A TCP segment from port `from` to port `to`: `data` captured, and
    /// an IP header that says the packet had `claimed` bytes of data.
    #[allow(clippy::too_many_arguments)]
    fn segment(
        &mut self,
        usec: u32,
        from: u16,
        to: u16,
        seq: u32,
        flags: u8,
        data: &[u8],
        claimed: usize,
    ) {
        let mut p = vec![0x45, 0];
        p.extend_from_slice(&((40 + claimed) as u16).to_be_bytes());
        p.extend_from_slice(&[0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
        p.extend_from_slice(&from.to_be_bytes());
        p.extend_from_slice(&to.to_be_bytes());
        p.extend_from_slice(&seq.to_be_bytes());
        p.extend_from_slice(&0u32.to_be_bytes());
        p.extend_from_slice(&[0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
        p.extend_from_slice(data);
        let b = &mut self.0;
        b.extend_from_slice(&(usec / 1_000_000).to_le_bytes());
        b.extend_from_slice(&(usec % 1_000_000).to_le_bytes());
        b.extend_from_slice(&(p.len() as u32).to_le_bytes());
        b.extend_from_slice(&((40 + claimed) as u32).to_le_bytes());
        b.extend_from_slice(&p);
    }
}

const SYN: u8 = 0x02;
const PSH: u8 = 0x08;

#[test]
fn a_packet_cut_by_the_snap_length_keeps_its_missing_data_as_a_count() {
    // 2,000 headers whose IP length says 64 KB: 80 KB of file. Padded to
    // their claimed length, they were 131 MB of made-up bytes.
    let mut pcap = Pcap::new();
    for k in 0..2000u32 {
        pcap.segment(k, 40000, 80, 1 + k * 65_495, PSH, &[], 65_495);
    }
    let capture = read(&pcap.0).unwrap();
    assert_eq!(capture.segments.len(), 2000);
    let held: usize = capture.segments.iter().map(|c| c.seg.payload.len()).sum();
    assert!(
        held <= pcap.0.len(),
        "{held} bytes held for a {}-byte file",
        pcap.0.len()
    );
    for c in &capture.segments {
        assert!(c.cut);
        assert_eq!((c.data_len(), c.missing), (65_495, 65_495));
    }
    // The replay carries them as filler, up to its limit of data, named.
    let conn = &capture.connections()[0];
    let r = replay(&capture, conn);
    let limited = r.caveats.iter().find_map(|c| match c {
        Caveat::Limited { at, total, limit } => Some((*at, *total, *limit)),
        _ => None,
    });
    let at = (MAX_REPLAY_DATA / 65_495) as usize;
    assert_eq!(limited, Some((at, 2000, Limit::Data)), "{:?}", r.caveats);
    assert_eq!(r.packets.len(), at);
    parse(&r.text).unwrap();
}

#[test]
fn a_hundred_thousand_connections_are_listed_in_one_pass() {
    // One SYN each: looking each segment's connection up in the list
    // found so far takes 5 × 10^9 comparisons.
    let mut pcap = Pcap::new();
    for k in 0..100_000u32 {
        let port = 1024 + (k % 60_000) as u16;
        pcap.segment(k, port, 80 + (k / 60_000) as u16, k, SYN, &[], 0);
    }
    let capture = read(&pcap.0).unwrap();
    let started = Instant::now();
    let connections = capture.connections();
    let took = started.elapsed();
    assert_eq!(connections.len(), 100_000);
    assert!(connections.iter().all(|c| c.packets == 1));
    // Milliseconds optimised; generous for a debug build on a busy machine.
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn a_connection_past_the_segment_limit_is_replayed_up_to_it_in_bounded_time() {
    // 100,000 unacknowledged one-byte segments, all in one millisecond.
    let mut pcap = Pcap::new();
    pcap.segment(0, 40000, 80, 0, SYN, &[], 0);
    for k in 0..100_000u32 {
        pcap.segment(1, 40000, 80, 1 + k, PSH, b"x", 1);
    }
    let capture = read(&pcap.0).unwrap();
    let conn = &capture.connections()[0];
    let started = Instant::now();
    let r = replay(&capture, conn);
    let took = started.elapsed();
    let limited = r.caveats.iter().find_map(|c| match c {
        Caveat::Limited { at, total, limit } => Some((*at, *total, *limit)),
        _ => None,
    });
    assert_eq!(
        limited,
        Some((MAX_REPLAY_SEGMENTS, 100_001, Limit::Segments)),
        "{:?}",
        r.caveats
            .iter()
            .map(|c| format!("{c:?}").chars().take(80).collect::<String>())
            .collect::<Vec<_>>()
    );
    assert!(r.text.len() <= MAX_REPLAY_TEXT);
    parse(&r.text).unwrap();
    assert!(took < Duration::from_secs(60), "{took:?}");
    eprintln!(
        "replayed {} segments in {took:?}, {} bytes of text",
        r.packets.len(),
        r.text.len()
    );
}

#[test]
fn a_sender_that_missed_tens_of_thousands_of_segments_stops_at_the_unseen_limit_in_bounded_time() {
    // fuzz/regressions/capture/unseen-segments-over-57-years.pcap: the
    // client's data jumps 65 KB ahead in one-byte segments, then comes
    // back, over 57 years. Its TCP first sent all it missed, one byte at a
    // time, and the replay released and dropped them one by one from an
    // outbox of 65,000: 25 s of CPU optimised, for a 3.6 KB file.
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../fuzz/regressions/capture/unseen-segments-over-57-years.pcap"
    );
    let capture = read(&std::fs::read(file).unwrap()).unwrap();
    let conn = &capture.connections()[0];
    let started = Instant::now();
    let r = replay(&capture, conn);
    let took = started.elapsed();
    let limited = r.caveats.iter().find_map(|c| match c {
        Caveat::Limited { at, total, limit } => Some((*at, *total, *limit)),
        _ => None,
    });
    // Segment 7 (index 6) would take the unseen segments past the limit.
    assert_eq!(limited, Some((6, 64, Limit::Unseen)), "{:?}", r.caveats);
    parse(&r.text).unwrap();
    // A fraction of a second optimised; generous for a debug build on a
    // busy machine.
    assert!(took < Duration::from_secs(30), "{took:?}");
}

/// One segment of [`both_ways`]: (seconds, from the client, seq, ack,
/// flags, window, data).
type Sent<'a> = (u32, bool, u32, u32, u8, u16, &'a [u8]);

/// A pcap of raw IPv4 packets between 10.0.0.1:40000 (the client) and
/// 10.0.0.2:80, both ways.
fn both_ways(segments: &[Sent]) -> Vec<u8> {
    let mut b = Pcap::new().0;
    for &(sec, client, seq, ack, flags, wnd, data) in segments {
        let (ports, hosts) = if client {
            ([40000u16, 80], [1u8, 2])
        } else {
            ([80, 40000], [2, 1])
        };
        let mut p = vec![0x45, 0];
        p.extend_from_slice(&((40 + data.len()) as u16).to_be_bytes());
        p.extend_from_slice(&[
            0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, hosts[0], 10, 0, 0, hosts[1],
        ]);
        p.extend_from_slice(&ports[0].to_be_bytes());
        p.extend_from_slice(&ports[1].to_be_bytes());
        p.extend_from_slice(&seq.to_be_bytes());
        p.extend_from_slice(&ack.to_be_bytes());
        p.extend_from_slice(&[0x50, flags]);
        p.extend_from_slice(&wnd.to_be_bytes());
        p.extend_from_slice(&[0, 0, 0, 0]);
        p.extend_from_slice(data);
        b.extend_from_slice(&sec.to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        b.extend_from_slice(&(p.len() as u32).to_le_bytes());
        b.extend_from_slice(&(p.len() as u32).to_le_bytes());
        b.extend_from_slice(&p);
    }
    b
}

#[test]
fn a_replay_stops_once_its_engines_have_run_its_events() {
    // Each of the client's one-byte segments 65 KB past the last, and each
    // acknowledged: for each, the client's TCP forms 65,000 one-byte
    // segments of what the capture missed, 3,900,000 events in all.
    const ACK: u8 = 0x10;
    let mut segments = vec![
        (0, true, 0, 0, SYN, 65535, &[][..]),
        (0, false, 1000, 1, SYN | ACK, 65535, &[][..]),
        (0, true, 1, 1001, ACK, 65535, &[][..]),
    ];
    for k in 1..=60u32 {
        let seq = 1 + 65_000 * k;
        segments.push((k, true, seq, 1001, PSH | ACK, 65535, b"x"));
        segments.push((k, false, 1001, seq + 1, ACK, 65535, &[]));
    }
    let capture = read(&both_ways(&segments)).unwrap();
    let r = replay(&capture, &capture.connections()[0]);
    let limit = r.caveats.iter().find_map(|c| match c {
        Caveat::Limited { limit, .. } => Some(*limit),
        _ => None,
    });
    assert_eq!(limit, Some(Limit::Events), "{:?}", r.caveats);
    // The page replays the scenario: its cost is bounded the same way.
    let script = parse(&r.text).unwrap();
    let mut sim = tcp_engine::sim::Sim::default();
    sim.set_tracing(false);
    for statement in &script.statements {
        tcp_engine::scenario::exec(&mut sim, statement).unwrap();
    }
    assert!(
        sim.events() < MAX_REPLAY_EVENTS + 200_000,
        "{}",
        sim.events()
    );
}
