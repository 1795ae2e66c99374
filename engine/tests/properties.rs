//! Property tests: whatever a student does, the engine neither panics nor
//! loops, keeps its sequence variables consistent, and only ever moves
//! along RFC 9293's state diagram (or to CLOSED by reset, abort or timeout).

use proptest::prelude::*;
use std::time::Duration;
use tcp_engine::endpoint::Call;
use tcp_engine::note::{Note, Outcome};
use tcp_engine::scenario::parse;
use tcp_engine::sim::{BySide, Event, Selector, Setting, Side, Sim};
use tcp_engine::{Config, Flags, Segment, SeqNum, SimConfig, State};

#[derive(Clone, Debug)]
enum SeqPick {
    Exact,
    Near(u32),
    Any(u32),
}

#[derive(Clone, Debug)]
enum Op {
    Call(Side, u8),
    Deliver(Option<Side>, usize),
    Drop(usize),
    Duplicate(usize),
    Delay(usize, u64),
    Inject {
        from: Side,
        flags: u8,
        seq: SeqPick,
        ack: SeqPick,
        wnd: u16,
        len: usize,
    },
    Release(Side),
    Discard(Side),
    Auto(Side, bool),
    Autoread(Side, bool),
    Advance(u64),
    Run,
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Client), Just(Side::Server)]
}

fn seq_pick() -> impl Strategy<Value = SeqPick> {
    prop_oneof![
        Just(SeqPick::Exact),
        (0u32..3000).prop_map(SeqPick::Near),
        any::<u32>().prop_map(SeqPick::Any)
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (side(), 0u8..8).prop_map(|(s, c)| Op::Call(s, c)),
        4 => (proptest::option::of(side()), 1usize..3).prop_map(|(s, n)| Op::Deliver(s, n)),
        1 => (1usize..3).prop_map(Op::Drop),
        1 => (1usize..3).prop_map(Op::Duplicate),
        1 => (1usize..3, 0u64..3000).prop_map(|(n, d)| Op::Delay(n, d)),
        3 => (side(), any::<u8>(), seq_pick(), seq_pick(), any::<u16>(), 0usize..20)
            .prop_map(|(from, flags, seq, ack, wnd, len)| Op::Inject { from, flags, seq, ack, wnd, len }),
        1 => side().prop_map(Op::Release),
        1 => side().prop_map(Op::Discard),
        1 => (side(), any::<bool>()).prop_map(|(s, b)| Op::Auto(s, b)),
        1 => (side(), any::<bool>()).prop_map(|(s, b)| Op::Autoread(s, b)),
        2 => (0u64..70_000).prop_map(Op::Advance),
        1 => Just(Op::Run),
    ]
}

/// What a session of the two TCPs alone can do: every action but a
/// hand-made segment (an injected segment makes the two TCPs disagree on
/// purpose, and then nothing either sends need make sense to the other).
fn tcp_op() -> impl Strategy<Value = Op> {
    op().prop_filter("no hand-made segments", |op| {
        !matches!(op, Op::Inject { .. })
    })
}

/// What `to`'s TCP made of the suggested segment of `from`, delivered on
/// a copy of the simulation: the notes it wrote and whether it answered
/// with a reset.
fn reaction(sim: &Sim, from: Side) -> (Segment, Vec<Note>, bool) {
    let suggested = sim.suggestion(from);
    let mut copy = sim.clone();
    let seen = copy.trace().len();
    let id = copy.inject(from, suggested.clone());
    assert!(copy.deliver_id(id), "the suggestion arrives");
    let (mut notes, mut reset) = (Vec::new(), false);
    for entry in copy.trace().iter().skip(seen) {
        match &entry.event {
            Event::Note { side, note } if *side == from.other() => notes.push(*note),
            Event::Sent { from: by, seg, .. } if *by == from.other() => {
                reset |= seg.flags.contains(Flags::RST);
            }
            Event::Queued { side, seg, .. } if *side == from.other() => {
                reset |= seg.flags.contains(Flags::RST);
            }
            _ => {}
        }
    }
    (suggested, notes, reset)
}

fn resolve(pick: &SeqPick, base: SeqNum) -> SeqNum {
    match *pick {
        SeqPick::Exact => base,
        SeqPick::Near(d) => base + d - 1500,
        SeqPick::Any(n) => SeqNum(n),
    }
}

fn apply(sim: &mut Sim, op: &Op) {
    // Operations that select nothing are errors the scenario reports; here
    // they are simply no-ops.
    match op {
        Op::Call(side, c) => {
            let call = match c {
                0 => Call::Listen,
                1 => Call::Connect,
                2 => Call::Send(b"payload".to_vec()),
                3 => Call::Send(vec![7; 3000]),
                4 => Call::Close,
                5 => Call::Abort,
                6 => Call::Read(Some(100)),
                _ => Call::Read(None),
            };
            sim.call(*side, call);
        }
        Op::Deliver(from, n) => {
            let _ = sim.deliver(Selector { from: *from, n: *n });
        }
        Op::Drop(n) => {
            let _ = sim.drop_segment(Selector { from: None, n: *n });
        }
        Op::Duplicate(n) => {
            let _ = sim.duplicate(Selector { from: None, n: *n });
        }
        Op::Delay(n, d) => {
            let _ = sim.delay(Selector { from: None, n: *n }, Duration::from_millis(*d));
        }
        Op::Inject {
            from,
            flags,
            seq,
            ack,
            wnd,
            len,
        } => {
            let receiver = sim.endpoint(from.other()).tcb();
            let seg = Segment {
                seq: resolve(seq, receiver.rcv_nxt),
                ack: resolve(ack, receiver.snd_nxt),
                flags: Flags::from_bits(*flags),
                wnd: *wnd,
                payload: vec![b'x'; *len].into(),
                options: Vec::new(),
            };
            sim.inject(*from, seg);
        }
        Op::Release(side) => {
            let _ = sim.release(*side, 1, None);
        }
        Op::Discard(side) => {
            let _ = sim.discard(*side, 1);
        }
        Op::Auto(side, on) => sim.set_auto(*side, *on),
        Op::Autoread(side, on) => {
            sim.apply(Setting::Autoread(*side, *on));
        }
        Op::Advance(ms) => sim
            .advance(Duration::from_millis(*ms))
            .expect("advance ends"),
        Op::Run => sim.run(Duration::from_secs(600)).expect("run ends"),
    }
}

/// Whether `from`'s suggestion is new to a peer waiting for it, so that
/// nothing but the segment itself could make the peer refuse it. Left out:
/// a peer with no connection (CLOSED answers anything with a reset) or
/// another one, and repeats of what the peer already holds (a SYN it has,
/// a segment behind RCV.NXT): TCP refuses those by design.
fn expects(sim: &Sim, from: Side) -> bool {
    let seg = sim.suggestion(from);
    let (me, peer) = (sim.endpoint(from), sim.endpoint(from.other()));
    // Each TCP knows the other's ISS: one connection, both ways.
    let same = me.iss().is_some()
        && peer.irs() == me.iss()
        && (me.irs().is_none() || me.irs() == peer.iss());
    if seg.flags.contains(Flags::SYN | Flags::ACK) {
        // It answers the peer's SYN; the peer still waits for the answer.
        me.irs() == peer.iss()
            && (peer.state() == State::SynSent || (peer.state() == State::SynReceived && same))
    } else if seg.flags.contains(Flags::SYN) {
        // A SYN the peer has not had: it listens, or opens too.
        matches!(peer.state(), State::Listen | State::SynSent)
    } else {
        // The next segment of a connection the peer holds, where the
        // peer's RCV.NXT is (nothing the peer has not had is before it);
        // not text to a zero window (a window probe is refused on purpose).
        let tcb = peer.tcb();
        connected(peer.state())
            && same
            && seg.seq == tcb.rcv_nxt
            && (tcb.rcv_wnd > 0 || seg.payload.is_empty())
    }
}

fn connected(state: State) -> bool {
    !matches!(state, State::Closed | State::Listen | State::SynSent)
}

/// RFC 5681's bounds after each of `ops` (see
/// `congestion_control_keeps_its_bounds`).
fn congestion_bounds_hold(sim: &mut Sim, ops: &[Op], mss: u32) -> Result<(), TestCaseError> {
    for op in ops {
        let before = BySide::from_fn(|side| *sim.endpoint(side).tcb());
        apply(sim, op);
        let single = !matches!(op, Op::Advance(_) | Op::Run);
        for side in Side::BOTH {
            if let Some(link) = sim.config().links[side] {
                let waiting = sim.queue(side).len();
                prop_assert!(
                    waiting <= link.queue as usize,
                    "{side}: {waiting} waiting in a queue of {}",
                    link.queue
                );
            }
            let ep = sim.endpoint(side);
            let Some(view) = ep.congestion() else {
                continue;
            };
            prop_assert!(
                view.ssthresh >= 2 * mss,
                "{side}: ssthresh {} < 2·SMSS",
                view.ssthresh
            );
            // NewReno's partial window deflation (RFC 6582 §3.2) may
            // take cwnd lower while recovery lasts; nothing else does.
            prop_assert!(
                view.recovery || view.cwnd >= mss,
                "{side}: cwnd {} < SMSS",
                view.cwnd
            );
            let tcb = ep.tcb();
            let sent_new = before[side].iss == tcb.iss && before[side].snd_nxt.lt(tcb.snd_nxt);
            if single && sent_new {
                let limited = if view.recovery {
                    0
                } else {
                    view.dupacks.min(2) * mss
                };
                let bound = (view.cwnd + limited).min(tcb.snd_wnd) + 1;
                prop_assert!(
                    view.flight <= bound,
                    "{side}: flight {} > min(cwnd {} + {limited}, SND.WND {}) + FIN after {op:?}",
                    view.flight,
                    view.cwnd,
                    tcb.snd_wnd
                );
            }
        }
    }
    // Every timeout's window is exactly one segment.
    for entry in sim.trace().iter() {
        if let Event::Note {
            note:
                Note::TimeoutWindow { cwnd, .. }
                | Note::TimeoutWindowAgain { cwnd, .. }
                | Note::CubicTimeout { cwnd, .. },
            ..
        } = entry.event
        {
            prop_assert_eq!(cwnd, mss);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_actions_keeps_the_invariants(
        ops in proptest::collection::vec(op(), 1..60),
        rfc5961 in any::<bool>(),
        autoread in any::<bool>(),
        delayed_ack in any::<bool>(),
        nagle in any::<bool>(),
        window in prop_oneof![Just(65535u32), 0u32..4000],
        seed in any::<u32>(),
    ) {
        let config = Config { rfc5961, autoread, window, delayed_ack, nagle, retries: 3, ..Config::default() };
        let mut sim = Sim::new(SimConfig { seed: u64::from(seed), ..SimConfig::default() }, config);
        // Per connection (told apart by IRS): RCV.NXT and the right edge.
        let mut last: BySide<Option<(SeqNum, SeqNum, SeqNum)>> = BySide::default();
        for op in &ops {
            apply(&mut sim, op);
            for side in Side::BOTH {
                let ep = sim.endpoint(side);
                let tcb = ep.tcb();
                // The sequence-space picture: "may send now" only where data
                // may be sent, "may arrive" only where data may arrive, and a
                // probe only into a zero window.
                let (send, receive) = (ep.send_space(), ep.receive_space());
                if !matches!(ep.state(), State::Established | State::CloseWait | State::FinWait1 | State::Closing | State::LastAck) {
                    prop_assert_eq!(send.usable, 0, "{}: may send now in {}", side, ep.state());
                }
                if !matches!(ep.state(), State::SynReceived | State::Established | State::FinWait1 | State::FinWait2) {
                    prop_assert_eq!(receive.may_arrive, 0, "{}: may arrive in {}", side, ep.state());
                }
                if send.probe > 0 {
                    prop_assert_eq!(tcb.snd_wnd, 0, "{}: a probe into an open window", side);
                }
                prop_assert!(send.probe + send.past_edge <= send.in_flight);
                if connected(ep.state()) {
                    prop_assert!(tcb.snd_una.le(tcb.snd_nxt), "{side}: SND.UNA {} > SND.NXT {}", tcb.snd_una, tcb.snd_nxt);
                    let edge = tcb.rcv_nxt + tcb.rcv_wnd;
                    if let Some((irs, rcv_nxt, last_edge)) = last[side] {
                        if irs == tcb.irs {
                            prop_assert!(rcv_nxt.le(tcb.rcv_nxt), "{side}: RCV.NXT moved back from {} to {}", rcv_nxt, tcb.rcv_nxt);
                            // §3.10.7.4: "The total of RCV.NXT and RCV.WND should not be reduced."
                            prop_assert!(last_edge.le(edge), "{side}: RCV.NXT+RCV.WND moved left from {} to {}", last_edge, edge);
                        }
                    }
                    last[side] = Some((tcb.irs, tcb.rcv_nxt, edge));
                    // RCV.USER + RCV.WND never exceeds RCV.BUFF.
                    prop_assert!(
                        ep.buffered() as u64 + u64::from(tcb.rcv_wnd) <= u64::from(ep.rcv_buff()),
                        "{side}: {} buffered + RCV.WND {} > RCV.BUFF {}", ep.buffered(), tcb.rcv_wnd, ep.rcv_buff()
                    );
                } else {
                    last[side] = None;
                }
            }
        }
        for entry in sim.trace().iter() {
            if let Event::StateChanged { side, from, to } = entry.event {
                prop_assert!(tcp_engine::diagram::is_transition(from, to), "{side}: {from} -> {to} is not an edge");
            }
        }
    }

    /// Congestion control (RFC 5681, RFC 6582, RFC 9438) whatever happens on the
    /// wire: ssthresh is never below 2·SMSS, cwnd never below 1·SMSS
    /// outside recovery (a timeout sets it to exactly that), and new data goes out only within
    /// min(cwnd, SND.WND) beyond SND.UNA, plus one SMSS per duplicate ACK
    /// (two at most) outside recovery (limited transmit), plus the FIN's
    /// octet. Checked after every single input (a run or an advance may
    /// cut cwnd after sending, which is no excess).
    #[test]
    fn congestion_control_keeps_its_bounds(
        ops in proptest::collection::vec(op(), 1..80),
        algorithm in 0u8..3,
        iw in proptest::option::of(1u32..12),
        mss in prop_oneof![Just(100u32), Just(536), Just(1460)],
        window in prop_oneof![Just(65535u32), 0u32..4000],
        seed in any::<u32>(),
    ) {
        use tcp_engine::endpoint::CongestionControl;
        let cc = [CongestionControl::Reno, CongestionControl::NewReno, CongestionControl::Cubic][usize::from(algorithm)];
        let config = Config { cc, iw, mss, window, retries: 3, ..Config::default() };
        let mut sim = Sim::new(SimConfig { seed: u64::from(seed), ..SimConfig::default() }, config);
        congestion_bounds_hold(&mut sim, &ops, mss)?;
    }

    /// The same bounds with a bottleneck in the path, one way or both (a
    /// rate, and a drop-tail queue that fills: RFC 5681's windows answer
    /// duplicate ACKs and timeouts whatever made them, a queue's drop or
    /// its delay); and no queue ever holds more than its size.
    #[test]
    fn congestion_control_keeps_its_bounds_behind_a_bottleneck(
        ops in proptest::collection::vec(op(), 1..80),
        algorithm in 0u8..3,
        iw in proptest::option::of(1u32..12),
        mss in prop_oneof![Just(100u32), Just(536), Just(1460)],
        rate in prop_oneof![Just(64_000u64), Just(1_000_000), Just(10_000_000)],
        queue in 0u32..8,
        both_ways in any::<bool>(),
        seed in any::<u32>(),
    ) {
        use tcp_engine::endpoint::CongestionControl;
        use tcp_engine::link::Link;
        let cc = [CongestionControl::Reno, CongestionControl::NewReno, CongestionControl::Cubic][usize::from(algorithm)];
        let config = Config { cc, iw, mss, retries: 3, ..Config::default() };
        let link = Some(Link { rate, queue });
        let links = BySide::new(link, if both_ways { link } else { None });
        let sim_config = SimConfig { seed: u64::from(seed), links, ..SimConfig::default() };
        let mut sim = Sim::new(sim_config, config);
        congestion_bounds_hold(&mut sim, &ops, mss)?;
    }

    /// SACK (RFC 2018, RFC 6675) in a bulk transfer whose segments are
    /// dropped, reordered and delivered at random: the scoreboard's SACKed
    /// ranges lie within SND.UNA..SND.NXT, ACKs carry at most 4 blocks,
    /// each above RCV.NXT within the receive buffer, and data sent in SACK
    /// recovery or on the duplicate ACKs before it leaves pipe ≤ cwnd (RFC
    /// 6675 §5 (3.3) and (C)), except a CLOSE's bare FIN. Checked after every
    /// input.
    #[test]
    fn sack_keeps_the_scoreboard_in_the_window_and_pipe_within_cwnd(
        ops in proptest::collection::vec(prop_oneof![
            8 => (proptest::option::of(side()), 1usize..4).prop_map(|(s, n)| Op::Deliver(s, n)),
            2 => (1usize..4).prop_map(Op::Drop),
            1 => (1usize..4, 0u64..300).prop_map(|(n, d)| Op::Delay(n, d)),
            1 => (0u64..3000).prop_map(Op::Advance),
            1 => (side(), 2u8..5).prop_map(|(s, c)| Op::Call(s, c)),
        ], 1..300),
        newreno in any::<bool>(),
        iw in proptest::option::of(1u32..12),
        mss in prop_oneof![Just(100u32), Just(536), Just(1000)],
        seed in any::<u32>(),
    ) {
        use tcp_engine::endpoint::CongestionControl;
        let cc = if newreno { CongestionControl::NewReno } else { CongestionControl::Reno };
        let config = Config { cc, iw, mss, sack: true, retries: 3, ..Config::default() };
        let mut sim = Sim::new(SimConfig { seed: u64::from(seed), ..SimConfig::default() }, config);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        let _ = sim.run(Duration::from_secs(5));
        sim.call(Side::Client, Call::Send(vec![7; 30 * mss as usize]));
        for op in &ops {
            let before = BySide::from_fn(|side| *sim.endpoint(side).tcb());
            apply(&mut sim, op);
            let single = !matches!(op, Op::Advance(_) | Op::Run);
            for side in Side::BOTH {
                let ep = sim.endpoint(side);
                let Some(sack) = ep.sack_view() else { continue };
                let tcb = ep.tcb();
                for s in &sack.sacked {
                    prop_assert!(
                        tcb.snd_una.le(s.start) && s.end().le(tcb.snd_nxt),
                        "{side}: SACKed {s:?} outside SND.UNA {} .. SND.NXT {}", tcb.snd_una, tcb.snd_nxt
                    );
                }
                prop_assert!(sack.blocks.len() <= 4);
                let window_end = tcb.rcv_nxt + ep.rcv_buff();
                for b in &sack.blocks {
                    prop_assert!(tcb.rcv_nxt.lt(b.start) && b.end().le(window_end), "{side}: block {b:?}");
                }
                let Some(view) = ep.congestion() else { continue };
                // A CLOSE's bare FIN is not held by cwnd (as Linux's
                // tcp_cwnd_test lets "the final FIN" go): only data counts.
                let bare_fin = matches!(op, Op::Call(s, 4) if *s == side)
                    && tcb.snd_nxt.since(before[side].snd_nxt) == 1;
                let sent_new = before[side].iss == tcb.iss && before[side].snd_nxt.lt(tcb.snd_nxt) && !bare_fin;
                if single && sent_new && (view.recovery || view.dupacks > 0) {
                    let pipe = sack.pipe.unwrap_or(0);
                    prop_assert!(pipe <= view.cwnd + 1, "{side}: pipe {pipe} > cwnd {} after {op:?}", view.cwnd);
                }
            }
        }
    }

    /// "Reset to correct numbers" offers what the TCP would send now: a
    /// peer waiting for it (see `expects`) accepts it. Accepted: the peer
    /// sends no RST and writes no note whose rule's outcome is `Reset`,
    /// `Challenged` (RFC 5961) or `Refused` (unacceptable, answered with an
    /// ACK), nor `Ignored` (dropped), except `closing-not-acked`: CLOSING
    /// ignores an acceptable ACK that does not cover its FIN, as ESTABLISHED
    /// takes a duplicate ACK without a word. And a peer that reads the MSS
    /// option of a suggested SYN learns the MSS the sender's TCP announces
    /// (not the 536 default of a SYN without the option).
    #[test]
    fn the_peer_accepts_the_suggested_segment(
        ops in proptest::collection::vec(tcp_op(), 1..40),
        start_connected in any::<bool>(),
        rfc5961 in any::<bool>(),
        mss_option in any::<bool>(),
        delayed_ack in any::<bool>(),
        window in prop_oneof![Just(65535u32), 0u32..4000],
        seed in any::<u32>(),
    ) {
        let config = Config { rfc5961, mss_option, window, delayed_ack, retries: 3, ..Config::default() };
        let mut sim = Sim::new(SimConfig { seed: u64::from(seed), ..SimConfig::default() }, config);
        if start_connected {
            // Half the sessions start ESTABLISHED, to reach the later states.
            sim.call(Side::Server, Call::Listen);
            sim.call(Side::Client, Call::Connect);
            sim.run(Duration::from_secs(1)).expect("handshake ends");
        }
        for op in &ops {
            apply(&mut sim, op);
            for from in Side::BOTH {
                if !expects(&sim, from) {
                    continue;
                }
                let (seg, notes, reset) = reaction(&sim, from);
                let refused: Vec<_> = notes
                    .iter()
                    .filter(|n| n.rule().outcome() != Outcome::Accepted && !matches!(n, Note::ClosingNotAcked {}))
                    .collect();
                prop_assert!(refused.is_empty() && !reset,
                    "{from}'s suggestion {seg:?} ({} -> {}): {refused:?}, reset: {reset}",
                    sim.endpoint(from).state(), sim.endpoint(from.other()).state());
                for note in &notes {
                    if let Note::PeerMssDefault { .. } = note {
                        prop_assert!(!mss_option, "{from}'s suggested SYN {seg:?} carries no MSS");
                    }
                }
            }
        }
    }

    #[test]
    fn the_parser_never_panics(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn the_parser_never_panics_on_near_miss_statements(
        words in proptest::collection::vec(prop_oneof![
            Just("expect"), Just("wire"), Just("client"), Just("server>client"), Just("SYN,ACK"),
            Just("seq=client.iss+1"), Just("data=\"x\""), Just("set"), Just("mss"), Just("0"), Just("0x"),
            Just("4294967296"), Just("1ms"), Just("\""), Just("=\""), Just("run"), Just("inject"), Just("outbox"),
        ], 0..8)
    ) {
        let _ = parse(&words.join(" "));
    }
}
