//! Every claim the screen makes about a lost segment ("its sender sends it
//! again", "a pure ACK is never sent again", "TIME-WAIT acknowledges it
//! again") is the engine's [`Recovery`], and here each is held to what the
//! engine then does: random sessions, a segment dropped, then the session
//! left to run on its own.

use proptest::prelude::*;
use std::time::Duration;
use tcp_engine::endpoint::{Call, CongestionControl, TimerKind};
use tcp_engine::note::{Note, Reason, Signal};
use tcp_engine::recovery::Recovery;
use tcp_engine::sim::{Event, Link, Origin, Selector, Setting, Side, Sim};
use tcp_engine::{Config, Flags, Segment, SeqNum, SimConfig, State};

/// What a session does before the loss: calls, deliveries, losses, copies
/// and time (no delays, so that no timer fires early for a reason other
/// than the loss being checked).
#[derive(Clone, Debug)]
enum Op {
    Call(Side, u8),
    Deliver(usize),
    Drop(usize),
    Duplicate(usize),
    Autoread(Side, bool),
    Advance(u64),
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Client), Just(Side::Server)]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (side(), 0u8..8).prop_map(|(s, c)| Op::Call(s, c)),
        6 => (1usize..3).prop_map(Op::Deliver),
        1 => (1usize..3).prop_map(Op::Drop),
        1 => (1usize..3).prop_map(Op::Duplicate),
        1 => (side(), any::<bool>()).prop_map(|(s, b)| Op::Autoread(s, b)),
        2 => (0u64..5_000).prop_map(Op::Advance),
    ]
}

fn apply(sim: &mut Sim, op: &Op) {
    let n = |n: usize| Selector { from: None, n };
    match op {
        Op::Call(side, c) => {
            let call = match c {
                0 => Call::Listen,
                1 => Call::Connect,
                2 => Call::Send(b"payload".to_vec()),
                3 => Call::Send(vec![7; 3000]),
                4 => Call::Close,
                5 => Call::Read(None),
                6 => Call::Read(Some(100)),
                // Enough segments for three duplicate ACKs behind a loss.
                _ => Call::Send(vec![9; 12_000]),
            };
            sim.call(*side, call);
        }
        Op::Deliver(i) => {
            let _ = sim.deliver(n(*i));
        }
        Op::Drop(i) => {
            let _ = sim.drop_segment(n(*i));
        }
        Op::Duplicate(i) => {
            let _ = sim.duplicate(n(*i));
        }
        Op::Autoread(side, on) => {
            sim.apply(Setting::Autoread(*side, *on));
        }
        Op::Advance(ms) => sim
            .advance(Duration::from_millis(*ms))
            .expect("advance ends"),
    }
}

/// The sequence space a segment occupies, as [start, end).
fn range(seg: &Segment) -> (SeqNum, SeqNum) {
    (seg.seq, seg.seq + seg.seg_len())
}

fn overlaps(a: (SeqNum, SeqNum), b: (SeqNum, SeqNum)) -> bool {
    a.0.lt(b.1) && b.0.lt(a.1)
}

/// A loss as the screen explains it.
struct Loss {
    from: Side,
    origin: Origin,
    seg: Segment,
    recovery: Recovery,
    /// Trace index just after the loss.
    after: usize,
}

/// Drops the `n`-th segment in flight and reads the engine's claim.
fn lose(sim: &mut Sim, n: usize) -> Option<Loss> {
    let flight = sim.selected(Selector { from: None, n }).ok()?.clone();
    sim.drop_segment(Selector { from: None, n }).ok()?;
    let after = sim.trace().len();
    let recovery = match &sim.trace().iter_from(after - 1).next()?.event {
        Event::Dropped { recovery, .. } => *recovery,
        other => panic!("a drop logged {other:?}"),
    };
    Some(Loss {
        from: flight.from,
        origin: flight.origin,
        seg: flight.seg,
        recovery,
        after,
    })
}

/// What the trace after a loss shows its sender (`from`) and its peer did.
#[derive(Default, Debug)]
struct Then {
    /// The sender sent octets of the lost segment again.
    resent: bool,
    /// ...as a retransmission on a timeout.
    resent_on_timeout: bool,
    /// Why the sender first sent octets of the lost segment again.
    first_resend: Option<Reason>,
    /// The peer retransmitted or probed.
    peer_resent: bool,
    /// The peer resent, on a timeout, octets the lost ACK acknowledged.
    peer_resent_what_it_acked: bool,
    /// The peer probed its zero window.
    peer_probed: bool,
    /// The sender restarted TIME-WAIT after the peer resent.
    time_wait_restarted: bool,
    /// The sender answered with RST after the peer resent.
    reset_after_peer: bool,
    /// The sender's connection ended early (reset, timed out, or back to
    /// LISTEN).
    sender_ended: bool,
    /// The peer's connection ended early.
    peer_ended: bool,
    /// The peer's retransmission timer fired.
    peer_timer_fired: bool,
    /// At the end, the sender no longer waits for the lost octets
    /// (acknowledged, or its connection is over).
    acked_at_end: bool,
    /// The sender's retransmission timer fired.
    sender_timer_fired: bool,
    /// The peer reached CLOSED after the sender's RST.
    peer_closed_by_rst: bool,
}

impl Then {
    fn ended(&mut self, sender: bool) {
        if sender {
            self.sender_ended = true;
        } else {
            self.peer_ended = true;
        }
    }
}

fn then(sim: &Sim, loss: &Loss) -> Then {
    let lost = range(&loss.seg);
    let mut t = Then::default();
    for entry in sim.trace().iter_from(loss.after) {
        match &entry.event {
            Event::Sent {
                from,
                seg,
                origin: Origin::Tcp | Origin::Released,
                reason,
                ..
            } => {
                if *from == loss.from {
                    if seg.seg_len() > 0 && overlaps(range(seg), lost) {
                        if !t.resent {
                            t.first_resend = *reason;
                        }
                        t.resent = true;
                        t.resent_on_timeout |= reason.is_some_and(|r| r.is_retransmission());
                    }
                    if t.peer_resent && seg.flags.contains(Flags::RST) {
                        t.reset_after_peer = true;
                    }
                } else {
                    let resend = reason.is_some_and(|r| {
                        matches!(
                            r,
                            Reason::Retransmission { .. }
                                | Reason::WindowProbe
                                | Reason::ProbeAgain
                        )
                    });
                    t.peer_resent |= resend;
                    t.peer_resent_what_it_acked |= reason.is_some_and(|r| r.is_retransmission())
                        && seg.seg_len() > 0
                        && loss.seg.flags.contains(Flags::ACK)
                        && seg.seq.lt(loss.seg.ack);
                    t.peer_probed |=
                        matches!(reason, Some(Reason::WindowProbe | Reason::ProbeAgain));
                }
            }
            Event::Note {
                side,
                note: Note::TimeWaitTimer { .. },
            } if *side == loss.from && t.peer_resent => t.time_wait_restarted = true,
            // Ended before its time: reset, timed out, or a passive open
            // reset back to LISTEN (not a close that ran its course).
            Event::Signal {
                side,
                signal:
                    Signal::ConnectionReset | Signal::ConnectionTimedOut | Signal::ConnectionRefused,
            } => t.ended(*side == loss.from),
            Event::StateChanged {
                side,
                to: State::Listen,
                ..
            } => t.ended(*side == loss.from),
            Event::StateChanged {
                side,
                to: State::Closed,
                ..
            } if *side != loss.from && t.reset_after_peer => t.peer_closed_by_rst = true,
            Event::TimerFired {
                side,
                // The RFC 6298 timer in either role: a lost probe is
                // sent again by the probe timer.
                kind: TimerKind::Retransmission | TimerKind::ZeroWindowProbe,
            } => {
                if *side == loss.from {
                    t.sender_timer_fired = true;
                } else {
                    t.peer_timer_fired = true;
                }
            }
            _ => {}
        }
    }
    let sender = sim.endpoint(loss.from);
    t.acked_at_end = matches!(
        sender.state(),
        State::Closed | State::Listen | State::TimeWait
    ) || lost.1.le(sender.tcb().snd_una);
    t
}

/// Whether what the engine did after the loss bears its claim out.
fn holds(recovery: Recovery, t: &Then) -> Result<(), String> {
    let ok = match recovery {
        // "...when its retransmission timer fires, it sends them again
        // (unless the connection ends first)": no duplicate ACKs first.
        Recovery::Retransmission => {
            (t.resent || t.sender_ended) && !t.first_resend.is_some_and(sent_by_congestion_control)
        }
        // "...if the ACKs coming back tell it of the loss first, it sends
        // them again at once (fast retransmit); otherwise they go again
        // once its retransmission timer fires": one of the two.
        Recovery::FastRetransmitOrTimer => match t.first_resend {
            Some(reason) => sent_by_congestion_control(reason) || reason.is_retransmission(),
            None => t.sender_ended,
        },
        // "...sends them again (unless the connection ends first)."
        Recovery::NextProbe => t.resent || t.sender_ended,
        // "...when its retransmission timer fires, it sends its oldest
        // unacknowledged segment again... (unless the connection ends
        // first)." Its octets may also be acknowledged another way (an ACK
        // a copy of it drew), and then the timer never fires.
        Recovery::PeerResends { time_wait: false } => {
            !t.peer_timer_fired || t.peer_resent || t.peer_ended
        }
        // "...sends the FIN again, and [TIME-WAIT] acknowledges it again
        // and starts 2 x MSL anew."
        Recovery::PeerResends { time_wait: true } => {
            !t.peer_timer_fired || (t.peer_resent && t.time_wait_restarted) || t.peer_ended
        }
        // "...answers that FIN with RST, which ends the peer's connection."
        Recovery::PeerResendsTooLate => {
            (t.peer_resent && t.reset_after_peer && t.peer_closed_by_rst) || t.peer_ended
        }
        // "...its next probe is answered with the window again" (the probe's
        // octet goes as a plain retransmission once a window opened).
        Recovery::PeerProbes => t.peer_probed || t.peer_resent || t.peer_ended,
        // "...its acknowledgment makes up for the loss. Should that be lost
        // too, the sender's retransmission timer sends them again."
        // "...its acknowledgment makes up for the loss (should the timer
        // fire first, it sends them again all the same)."
        Recovery::AlreadyReceived | Recovery::CopyInFlight => {
            t.acked_at_end || t.resent || t.sender_ended
        }
        // Nothing is sent again because of it: the peer never resends what
        // it acknowledged.
        Recovery::NotNeeded | Recovery::LaterAckInFlight => !t.peer_resent_what_it_acked,
        // Its sender's timer sends nothing again because of it (it may send
        // the same octets for a reason of its own, as a SYN,ACK repeats a
        // SYN's).
        Recovery::AlreadyAcknowledged | Recovery::SenderGone => !t.resent_on_timeout,
        // Facts about the segment itself, checked where it is lost.
        Recovery::Reset | Recovery::Unknown => true,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{recovery:?} was claimed, then: {t:?}"))
    }
}

/// Sent again by congestion control rather than by the timer's own
/// retransmission: fast retransmit, a partial ACK, or go-back-N after it.
fn sent_by_congestion_control(reason: Reason) -> bool {
    matches!(reason, Reason::FastRetransmit | Reason::GoBackN)
}

fn fresh(seed: u64, window: u32) -> Sim {
    let config = Config {
        retries: 3,
        window,
        ..Config::default()
    };
    Sim::new(
        SimConfig {
            seed,
            ..SimConfig::default()
        },
        config,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    /// Whatever segment is lost, whenever, what the screen says will make up
    /// for it is what the engine then does.
    #[test]
    fn every_claim_about_a_loss_is_what_the_engine_then_does(
        ops in proptest::collection::vec(op(), 1..40),
        pick in 1usize..4,
        seed in any::<u32>(),
        window in prop_oneof![Just(65535u32), 1u32..4000],
    ) {
        let mut sim = fresh(u64::from(seed), window);
        sim.call(Side::Server, Call::Listen);
        for op in &ops {
            apply(&mut sim, op);
        }
        let n = pick.min(sim.wire().len().max(1));
        let Some(loss) = lose(&mut sim, n) else { return Ok(()) };
        // Nothing else intervenes. A window kept shut (the reader asleep)
        // probes for ever: judge what happened within the run's bound.
        let _ = sim.run(Duration::from_secs(900));
        let t = then(&sim, &loss);
        prop_assert!(holds(loss.recovery, &t).is_ok(), "{}", holds(loss.recovery, &t).unwrap_err());
        // A pure ACK is never said to be sent again by its sender.
        if loss.seg.seg_len() == 0 {
            prop_assert!(!loss.recovery.sender_resends(), "{:?} said of a pure ACK", loss.recovery);
        }
        // "Never sent again" of a RST, and "not known to its TCP" of a
        // hand-made segment or a copy, exactly.
        prop_assert_eq!(loss.recovery == Recovery::Reset, loss.seg.flags.contains(Flags::RST) && loss.origin != Origin::Injected && !matches!(loss.origin, Origin::Duplicate { .. }));
        prop_assert_eq!(loss.recovery == Recovery::Unknown, matches!(loss.origin, Origin::Injected | Origin::Duplicate { .. }));
        // "Probe" only for a segment sent into a zero window.
        if loss.recovery == Recovery::NextProbe {
            prop_assert_eq!(loss.seg.payload.len(), 1);
        }
    }
}

/// A bottleneck for either direction, or none.
fn link() -> impl Strategy<Value = Option<Link>> {
    prop_oneof![
        Just(None),
        Just(Some(Link {
            rate: 10_000_000,
            queue: 20
        })),
        Just(Some(Link {
            rate: 800_000,
            queue: 4
        })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The same with congestion control on both sides (and perhaps a
    /// bottleneck): fast retransmit and go-back-N may then send lost
    /// octets before the timer, and the claim must say so.
    #[test]
    fn every_claim_about_a_loss_holds_with_congestion_control_on(
        ops in proptest::collection::vec(op(), 1..40),
        pick in 1usize..4,
        seed in any::<u32>(),
        window in prop_oneof![Just(65535u32), 1u32..4000],
        cc in prop_oneof![
            Just(CongestionControl::Reno),
            Just(CongestionControl::NewReno),
            Just(CongestionControl::Cubic),
        ],
        links in (link(), link()),
    ) {
        let mut sim = fresh(u64::from(seed), window);
        for side in [Side::Client, Side::Server] {
            sim.apply(Setting::Cc(side, cc));
        }
        sim.apply(Setting::Link(Side::Client, links.0));
        sim.apply(Setting::Link(Side::Server, links.1));
        sim.call(Side::Server, Call::Listen);
        for op in &ops {
            apply(&mut sim, op);
        }
        let n = pick.min(sim.wire().len().max(1));
        let Some(loss) = lose(&mut sim, n) else { return Ok(()) };
        let _ = sim.run(Duration::from_secs(900));
        let t = then(&sim, &loss);
        prop_assert!(holds(loss.recovery, &t).is_ok(), "{}", holds(loss.recovery, &t).unwrap_err());
    }
}

/// Opens a connection with Reno on the client and sends five segments of
/// 1000 bytes.
fn five_segments_with_reno() -> Sim {
    let mut sim = fresh(1, 65535);
    sim.apply(Setting::Mss(1000));
    sim.apply(Setting::Cc(Side::Client, CongestionControl::Reno));
    sim.apply(Setting::Iw(Side::Client, Some(10)));
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(10)).unwrap();
    sim.call(Side::Client, Call::Send(vec![1; 5000]));
    sim
}

/// With congestion control on, the segment lost ahead of three others is
/// sent again by fast retransmit, not by the timer: the claim says so, and
/// the old claim (the timer) is refused.
#[test]
fn a_lost_segment_with_three_behind_it_is_claimed_for_fast_retransmit_or_the_timer() {
    let mut sim = five_segments_with_reno();
    let loss = lose(&mut sim, 1).unwrap();
    assert_eq!(loss.recovery, Recovery::FastRetransmitOrTimer);
    sim.run(Duration::from_secs(600)).unwrap();
    let t = then(&sim, &loss);
    assert_eq!(t.first_resend, Some(Reason::FastRetransmit));
    assert_eq!(holds(loss.recovery, &t), Ok(()));
    assert!(
        holds(Recovery::Retransmission, &t).is_err(),
        "the timer was said to resend what fast retransmit did"
    );
}

/// With congestion control on, the last segment lost has no duplicate
/// ACKs behind it: the timer sends it again, which the claim also allows.
#[test]
fn a_lost_last_segment_with_congestion_control_waits_for_the_timer() {
    let mut sim = five_segments_with_reno();
    let loss = lose(&mut sim, 5).unwrap();
    assert_eq!(loss.recovery, Recovery::FastRetransmitOrTimer);
    sim.run(Duration::from_secs(600)).unwrap();
    let t = then(&sim, &loss);
    assert!(t.first_resend.is_some_and(Reason::is_retransmission));
    assert_eq!(holds(loss.recovery, &t), Ok(()));
}

/// The seeds' own lesson: the client's final ACK is lost. The server's FIN
/// comes again and TIME-WAIT acknowledges it and starts 2 x MSL anew.
fn lost_final_ack() -> (Sim, Loss) {
    let mut sim = fresh(1, 65535);
    let loss = close_and_lose_the_final_ack(&mut sim);
    sim.run(Duration::from_secs(600)).unwrap();
    (sim, loss)
}

/// Opens and closes a connection (the client first) and drops the client's
/// final ACK, leaving the client in TIME-WAIT.
fn close_and_lose_the_final_ack(sim: &mut Sim) -> Loss {
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(10)).unwrap();
    sim.call(Side::Client, Call::Close);
    sim.run(Duration::from_secs(10)).unwrap();
    sim.call(Side::Server, Call::Close);
    sim.deliver(Selector::FIRST).unwrap();
    assert_eq!(sim.endpoint(Side::Client).state(), State::TimeWait);
    lose(sim, 1).expect("the final ACK is in flight")
}

#[test]
fn a_lost_final_ack_is_recovered_by_the_fin_sent_again_and_time_wait() {
    let (sim, loss) = lost_final_ack();
    assert_eq!(loss.recovery, Recovery::PeerResends { time_wait: true });
    assert_eq!(holds(loss.recovery, &then(&sim, &loss)), Ok(()));
}

/// The check itself can fail: the old sentence ("its sender's
/// retransmission timer sends it again"), or any other claim, said of the
/// lost final ACK is refused.
#[test]
fn a_wrong_claim_about_a_loss_is_caught() {
    let (sim, loss) = lost_final_ack();
    let t = then(&sim, &loss);
    for wrong in [
        Recovery::Retransmission,
        Recovery::NotNeeded,
        Recovery::PeerResendsTooLate,
        Recovery::NextProbe,
        Recovery::LaterAckInFlight,
    ] {
        assert!(
            holds(wrong, &t).is_err(),
            "{wrong:?} passed for the lost final ACK"
        );
    }
}

#[test]
fn a_lost_final_ack_after_time_wait_would_end_is_answered_with_rst() {
    let mut sim = fresh(1, 65535);
    sim.apply(Setting::Msl(Duration::from_millis(200)));
    let loss = close_and_lose_the_final_ack(&mut sim);
    assert_eq!(loss.recovery, Recovery::PeerResendsTooLate);
    sim.run(Duration::from_secs(600)).unwrap();
    assert_eq!(holds(loss.recovery, &then(&sim, &loss)), Ok(()));
}

#[test]
fn a_lost_data_segment_is_sent_again_by_its_sender() {
    let mut sim = fresh(1, 65535);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(10)).unwrap();
    sim.call(Side::Client, Call::Send(b"hello".to_vec()));
    let loss = lose(&mut sim, 1).unwrap();
    assert_eq!(loss.recovery, Recovery::Retransmission);
    sim.run(Duration::from_secs(600)).unwrap();
    let t = then(&sim, &loss);
    assert!(t.resent);
    assert!(
        holds(Recovery::NotNeeded, &t).is_ok(),
        "the peer had nothing to resend"
    );
    assert!(holds(Recovery::AlreadyAcknowledged, &t).is_err());
}

#[test]
fn a_lost_rst_is_never_sent_again() {
    let mut sim = fresh(1, 65535);
    sim.call(Side::Client, Call::Connect);
    sim.deliver(Selector::FIRST).unwrap();
    // The server is CLOSED: its answer is a RST.
    let loss = lose(&mut sim, 1).unwrap();
    assert!(loss.seg.flags.contains(Flags::RST));
    assert_eq!(loss.recovery, Recovery::Reset);
}

#[test]
fn a_lost_hand_made_segment_is_known_to_no_tcp() {
    let mut sim = fresh(1, 65535);
    sim.inject(
        Side::Client,
        Segment {
            seq: SeqNum(100),
            ack: SeqNum(0),
            flags: Flags::SYN,
            wnd: 1000,
            payload: Vec::new().into(),
            options: Vec::new(),
        },
    );
    let loss = lose(&mut sim, 1).unwrap();
    assert_eq!(loss.recovery, Recovery::Unknown);
}
