//! Drivers for fuzzing: feed arbitrary bytes to the parser and the engine
//! and check what must always hold. Used by the cargo-fuzz targets in
//! `fuzz/` and, on saved inputs, by the normal test suite. Also the
//! fixtures tests share.

use crate::endpoint::{Call, CongestionControl};
use crate::link::Link;
use crate::scenario::{parse, run_script, Stmt};
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::sim::{Selector, Setting, Side, Sim};
use crate::{Config, SimConfig, State};
use std::time::Duration;

/// A fixture: client ISS 1000, server ISS 5000, the handshake done.
pub fn connected() -> Sim {
    let mut sim = Sim::default();
    sim.set_isn(Side::Client, 1000);
    sim.set_isn(Side::Server, 5000);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(10)).unwrap_or_default();
    sim
}

/// Reads any bytes as a capture; each connection read (the first two) is
/// replayed as the playground does: the replay's scenario must parse, and
/// running it must not panic.
pub fn exercise_capture(data: &[u8]) {
    use crate::capture::{MAX_REPLAY_DATA, MAX_REPLAY_SEGMENTS, MAX_REPLAY_TEXT};
    let Ok(capture) = crate::capture::read(data) else {
        return;
    };
    // What a capture holds is bounded by the file: data cut by the snap
    // length is a count, never bytes made up.
    let held: usize = capture.segments.iter().map(|c| c.seg.payload.len()).sum();
    assert!(
        held <= data.len(),
        "{held} bytes held for {} read",
        data.len()
    );
    let connections = capture.connections();
    let listed: usize = connections.iter().map(|c| c.packets).sum();
    assert_eq!(
        listed,
        capture.segments.len(),
        "every segment in one connection"
    );
    for connection in connections.iter().take(2) {
        let replay = crate::capture::replay(&capture, connection);
        // A replay stays within its limits.
        assert!(replay.packets.len() <= MAX_REPLAY_SEGMENTS);
        assert!(replay.text.len() <= MAX_REPLAY_TEXT);
        let data: u64 = replay
            .packets
            .iter()
            .map(|(_, c)| c.data_len() as u64)
            .sum();
        assert!(data <= MAX_REPLAY_DATA, "{data} bytes replayed");
        let script = parse(&replay.text)
            .unwrap_or_else(|e| panic!("the replay does not parse: {e:?}\n{}", replay.text));
        let mut sim = Sim::default();
        for statement in &script.statements {
            if crate::scenario::exec(&mut sim, statement).is_err() {
                break;
            }
        }
    }
}

/// Parses any text; whatever parses must print and parse back to the same
/// statements, and small scripts must run without panicking.
pub fn exercise_parser(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(script) = parse(&text) else {
        return;
    };
    let printed = script.to_string();
    let again =
        parse(&printed).unwrap_or_else(|e| panic!("printed script does not parse: {e}\n{printed}"));
    let kinds = |s: &crate::scenario::Script| {
        s.statements
            .iter()
            .map(|s| s.kind.clone())
            .collect::<Vec<Stmt>>()
    };
    assert_eq!(
        kinds(&script),
        kinds(&again),
        "print/parse round trip changed the script:\n{printed}"
    );
    if script.statements.len() <= 40 {
        let _ = run_script(&script);
    }
}

/// A tiny cursor over the fuzzer's bytes.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes([self.u8()?, self.u8()?]))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes([
            self.u8()?,
            self.u8()?,
            self.u8()?,
            self.u8()?,
        ]))
    }
    fn side(&mut self) -> Option<Side> {
        Some(if self.u8()? & 1 == 0 {
            Side::Client
        } else {
            Side::Server
        })
    }
}

/// Events an input may run before the driver moves on to the next input.
const EVENTS_PER_INPUT: usize = 1_000;

/// Interprets bytes as application calls, wire operations, crafted segments
/// and clock moves, checking the engine's invariants after each.
pub fn exercise_engine(data: &[u8]) {
    let mut b = Bytes(data);
    let seed = b.u32().unwrap_or(0);
    let flags = b.u8().unwrap_or(0);
    // The settings that once froze pages: no latency or an endless one, a
    // tiny RTO, every segment lost, retries without end.
    let settings = b.u8().unwrap_or(0);
    let config = Config {
        rfc5961: flags & 1 == 0,
        retries: if settings & 0x10 != 0 {
            u32::MAX
        } else {
            u32::from(flags >> 4)
        },
        mss: u32::from(b.u16().unwrap_or(1460).max(1)),
        window: u32::from(b.u16().unwrap_or(65535)),
        rto: Duration::from_millis([1, 200, 1000, 60_000][usize::from(settings >> 2 & 3)]),
        cc: [
            CongestionControl::Off,
            CongestionControl::Reno,
            CongestionControl::NewReno,
            CongestionControl::Cubic,
        ][usize::from(settings >> 6)],
        // RFC 6928's ten segments with the last choice.
        iw: (settings >> 6 == 3).then_some(10),
        // SACK (RFC 2018, RFC 6675) on both sides for half the seeds.
        sack: seed & 0x100 != 0,
        ..Config::default()
    };
    let latency_ms = [0, 1, 100, u64::from(u32::MAX) * 60_000][usize::from(settings & 3)];
    let mut sim = Sim::new(
        SimConfig {
            seed: u64::from(seed),
            loss_percent: if settings & 0x20 != 0 {
                100
            } else {
                flags & 0x0E
            },
            latency: Duration::from_millis(latency_ms),
            ..SimConfig::default()
        },
        config.clone(),
    );
    // Sends of a few segments at most: tiny MSS values stay cheap to explore.
    let max_send = (config.mss as usize).saturating_mul(16).clamp(1, 512);
    let mut steps = 0;
    while let Some(op) = b.u8() {
        steps += 1;
        // An input explores states, not the millionth retransmission: one
        // that has run this many events has shown what it can (the limits
        // themselves have their own tests).
        if steps > 200 || sim.trace().len() > EVENTS_PER_INPUT {
            break;
        }
        let done = if op >= LINK_OPS {
            b.side()
                .zip(b.u8())
                .map(|(s, pick)| sim.apply(Setting::Link(s, link(pick))))
        } else {
            engine_op(&mut sim, &mut b, op, max_send)
        };
        if done.is_none() {
            break;
        }
        for side in Side::BOTH {
            let ep = sim.endpoint(side);
            let tcb = ep.tcb();
            if !matches!(ep.state(), State::Closed | State::Listen | State::SynSent) {
                assert!(tcb.snd_una.le(tcb.snd_nxt), "{side}: SND.UNA > SND.NXT");
            }
            assert!(
                ep.buffered() as u64 + u64::from(tcb.rcv_wnd) <= u64::from(ep.rcv_buff()),
                "{side}: RCV.USER + RCV.WND > RCV.BUFF"
            );
            if let Some(cc) = ep.congestion() {
                // RFC 5681's floors: 2·SMSS for ssthresh, LW = 1·SMSS for cwnd.
                let smss = ep.config().mss.max(1);
                assert!(cc.ssthresh >= 2 * smss, "{side}: ssthresh below 2·SMSS");
                // Only NewReno's partial window deflation may take cwnd
                // lower (RFC 6582 §3.2), until recovery ends.
                assert!(cc.recovery || cc.cwnd >= smss, "{side}: cwnd below SMSS");
            }
            if let Some(sack) = ep.sack_view() {
                // The scoreboard holds only what SND.UNA..SND.NXT covers.
                for s in &sack.sacked {
                    assert!(
                        tcb.snd_una.le(s.start) && s.end().le(tcb.snd_nxt),
                        "{side}: SACKed {s:?} outside SND.UNA..SND.NXT"
                    );
                }
                assert!(sack.blocks.len() <= crate::endpoint::MAX_SACK_BLOCKS);
            }
        }
    }
    // The end runs what is left, within the same budget.
    let mut rest = sim.begin_run(Duration::from_secs(600));
    let _ = sim.resume(&mut rest, EVENTS_PER_INPUT);
    check_loss_claims(&sim);
}

/// Operation bytes from here up set a link (one direction's rate and
/// queue, or none); the others keep the meaning they had before links,
/// so that saved inputs still run as they were found.
const LINK_OPS: u8 = 240;

/// The bottleneck a byte picks: none (top bit clear), or one of four
/// rates with a queue of 0 to 31 segments.
fn link(pick: u8) -> Option<Link> {
    const RATES: [u64; 4] = [64_000, 1_000_000, 10_000_000, 1_000_000_000];
    (pick & 0x80 != 0).then(|| Link {
        rate: RATES[usize::from(pick & 3)],
        queue: u32::from(pick >> 2 & 0x1f),
    })
}

/// One application call, wire operation, crafted segment or clock move,
/// picked by `op` (below [`LINK_OPS`]); `None` once the bytes run out.
fn engine_op(sim: &mut Sim, b: &mut Bytes<'_>, op: u8, max_send: usize) -> Option<()> {
    let any = || Selector { from: None, n: 1 };
    match op % 15 {
        0 => b.side().map(|s| sim.call(s, Call::Listen)),
        1 => b.side().map(|s| sim.call(s, Call::Connect)),
        2 => b
            .side()
            .zip(b.u16())
            .map(|(s, n)| sim.call(s, Call::Send(vec![b'x'; usize::from(n) % max_send]))),
        3 => b.side().map(|s| sim.call(s, Call::Close)),
        4 => b.side().map(|s| sim.call(s, Call::Abort)),
        5 => b.u8().map(|n| {
            let _ = sim.deliver(Selector {
                from: None,
                n: usize::from(n % 4) + 1,
            });
        }),
        6 => {
            let _ = sim.drop_segment(any());
            Some(())
        }
        7 => b.u16().map(|d| {
            let _ = sim.delay(any(), Duration::from_millis(u64::from(d)));
        }),
        8 => {
            let _ = sim.duplicate(any());
            Some(())
        }
        9 => {
            let seg = (|| {
                let from = b.side()?;
                let receiver = *sim.endpoint(from.other()).tcb();
                let near = |b: &mut Bytes<'_>, base: SeqNum| -> Option<SeqNum> {
                    let pick = b.u8()?;
                    Some(match pick % 3 {
                        0 => base,
                        1 => base + u32::from(b.u16()?) - 32768,
                        _ => SeqNum(b.u32()?),
                    })
                };
                Some((
                    from,
                    Segment {
                        flags: Flags::from_bits(b.u8()?),
                        seq: near(&mut *b, receiver.rcv_nxt)?,
                        ack: near(&mut *b, receiver.snd_nxt)?,
                        wnd: b.u16()?,
                        payload: vec![b'y'; usize::from(b.u8()? % 64)].into(),
                        options: Vec::new(),
                    },
                ))
            })();
            seg.map(|(from, seg)| {
                sim.inject(from, seg);
            })
        }
        10 => b.u16().and_then(|ms| {
            // Within the input's budget; a long session stops at the
            // session's limit: limits, not bugs.
            let mut step = sim.begin_advance(Duration::from_millis(u64::from(ms) * 16));
            match sim.resume(&mut step, EVENTS_PER_INPUT) {
                Ok(_) | Err(crate::sim::SimError::TooManyEvents) => Some(()),
                Err(crate::sim::SimError::SessionFull) => None,
                Err(e) => panic!("advance: {e}"),
            }
        }),
        11 => b.side().map(|s| sim.set_auto(s, !sim.auto(s))),
        12 => b.side().zip(b.u8()).map(|(s, n)| {
            let n = (n > 0).then_some(u32::from(n) * 8);
            sim.call(s, Call::Read(n));
        }),
        13 => b.side().map(|s| {
            let on = !sim.endpoint(s).config().autoread;
            sim.apply(Setting::Autoread(s, on));
        }),
        // Delayed ACKs are a setting of both TCPs: the side read
        // picks whose current value is turned over.
        _ => b.side().map(|s| {
            let on = !sim.endpoint(s).config().delayed_ack;
            sim.apply(Setting::DelayedAck(on));
        }),
    }
}

/// What the screen says of each loss fits the lost segment itself: a pure
/// ACK is never said to be sent again by its sender, a RST and only a RST
/// (from a TCP) is "never sent again", a hand-made segment or a copy is one
/// no TCP knows, and a probe is one octet. (`tests/claims.rs` holds each
/// claim to what the engine then does.)
fn check_loss_claims(sim: &Sim) {
    use crate::recovery::Recovery;
    use crate::sim::{Event, Origin};
    let mut sent = std::collections::HashMap::new();
    for entry in sim.trace().iter() {
        match &entry.event {
            Event::Sent {
                id, seg, origin, ..
            } => {
                sent.insert(*id, (seg.clone(), *origin));
            }
            Event::Dropped { id, recovery, .. } => {
                let Some((seg, origin)) = sent.get(id) else {
                    continue;
                };
                let known = matches!(origin, Origin::Tcp | Origin::Released);
                assert_eq!(
                    *recovery == Recovery::Unknown,
                    !known,
                    "{recovery:?} of {seg:?}"
                );
                if known {
                    let rst = seg.flags.contains(Flags::RST);
                    assert_eq!(*recovery == Recovery::Reset, rst, "{recovery:?} of {seg:?}");
                }
                if seg.seg_len() == 0 {
                    assert!(!recovery.sender_resends(), "{recovery:?} of a pure ACK");
                }
                if *recovery == Recovery::NextProbe {
                    assert_eq!(seg.payload.len(), 1, "a probe of {seg:?}");
                }
            }
            _ => {}
        }
    }
}
