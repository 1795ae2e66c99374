//! Congestion control (RFC 5681, RFC 3042 as RFC 5681 §3.2 step 1 has it,
//! RFC 6582): one test per rule, named after it, with the values written
//! from the RFCs' equations. SMSS is 1000 bytes, so IW = 4 × SMSS.

use super::*;
use crate::note::Rule;

pub(super) const MSS: u32 = 1000;

/// ESTABLISHED, active, with `cc`; the peer offers 65535 bytes.
pub(super) fn sender_with(config: Config) -> Tested {
    let mut ep = with(Config { mss: MSS, ..config });
    ep.call(Call::Connect, ms(0));
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    ep.take_outputs();
    ep
}

pub(super) fn sender(cc: CongestionControl) -> Tested {
    sender_with(Config {
        cc,
        ..Config::default()
    })
}

/// The peer acknowledges up to `ISS + 1 + acked` (a pure ACK, window
/// 65535): a duplicate ACK when nothing new is acknowledged.
pub(super) fn ack(ep: &mut Tested, acked: u32, at: u64) -> Vec<Output> {
    ep.on_segment(seg(ACK, PEER + 1, ISS + 1 + acked), ms(at));
    ep.take_outputs()
}

pub(super) fn notes(out: &[Output]) -> Vec<Note> {
    out.iter()
        .filter_map(|o| match o {
            Output::Note(n) => Some(*n),
            _ => None,
        })
        .collect()
}

pub(super) fn rules(out: &[Output]) -> Vec<Rule> {
    notes(out).iter().map(Note::rule).collect()
}

/// The segments sent, as (offset from ISS + 1, length, reason).
pub(super) fn segs(out: &[Output]) -> Vec<(u32, usize, Reason)> {
    out.iter()
        .filter_map(|o| match o {
            Output::Transmit { seg, reason } if !seg.payload.is_empty() => {
                Some((seg.seq.since(SeqNum(ISS + 1)), seg.payload.len(), *reason))
            }
            _ => None,
        })
        .collect()
}

pub(super) fn offsets(out: &[Output]) -> Vec<u32> {
    segs(out).iter().map(|s| s.0).collect()
}

pub(super) fn cc(ep: &Tested) -> CongestionView {
    ep.congestion().expect("congestion control runs")
}

/// Sends `len` bytes at `at` and returns what went out.
pub(super) fn send(ep: &mut Tested, len: usize, at: u64) -> Vec<Output> {
    ep.call(Call::Send(vec![b'x'; len]), ms(at));
    ep.take_outputs()
}

#[test]
fn initial_window_follows_rfc_5681_equation_3() {
    assert_eq!(initial_window(2191), 2 * 2191);
    assert_eq!(initial_window(2190), 3 * 2190);
    assert_eq!(initial_window(1096), 3 * 1096);
    assert_eq!(initial_window(1095), 4 * 1095);
    assert_eq!(initial_window(536), 4 * 536);
    let mut ep = with(Config {
        mss: MSS,
        cc: CongestionControl::Reno,
        ..Config::default()
    });
    ep.call(Call::Connect, ms(0));
    assert_eq!(ep.congestion(), None, "no window before ESTABLISHED");
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::InitialWindow {
        cwnd: 4000,
        ssthresh: 65535
    }));
    assert_eq!(
        cc(&ep),
        CongestionView {
            cwnd: 4000,
            ssthresh: INITIAL_SSTHRESH,
            flight: 0,
            recovery: false,
            dupacks: 0
        }
    );
}

#[test]
fn initial_window_set_gives_rfc_6928s_ten_segments() {
    let ep = &mut sender_with(Config {
        cc: CongestionControl::Reno,
        iw: Some(10),
        ..Config::default()
    });
    assert_eq!(cc(ep).cwnd, 10 * MSS);
    let out = send(ep, 20_000, 300);
    assert_eq!(segs(&out).len(), 10);
}

#[test]
fn initial_window_syn_lost_is_one_segment() {
    let mut ep = with(Config {
        mss: MSS,
        cc: CongestionControl::Reno,
        ..Config::default()
    });
    ep.call(Call::Connect, ms(0));
    ep.on_timeout(ms(1000));
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(1200));
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::InitialWindowSynLost { cwnd: MSS }));
    assert_eq!(cc(&ep).cwnd, MSS);
}

#[test]
fn the_ack_of_the_syn_does_not_grow_the_window() {
    // Passive side: the handshake's last ACK covers only our SYN.
    let mut ep = with(Config {
        mss: MSS,
        cc: CongestionControl::Reno,
        ..Config::default()
    });
    ep.call(Call::Listen, ms(0));
    ep.on_segment(seg(SYN, PEER, 0), ms(10));
    ep.on_segment(seg(ACK, PEER + 1, ISS + 1), ms(20));
    let out = ep.take_outputs();
    assert!(!rules(&out).contains(&Rule::SlowStart));
    assert_eq!(cc(&ep).cwnd, 4000);
}

#[test]
fn cwnd_full_the_sender_sends_at_most_min_cwnd_snd_wnd() {
    let ep = &mut sender(CongestionControl::Reno);
    let out = send(ep, 10_000, 300);
    assert_eq!(offsets(&out), [0, 1000, 2000, 3000]);
    assert!(notes(&out).contains(&Note::CwndFull {
        cwnd: 4000,
        flight: 4000
    }));
    assert_eq!(cc(ep).flight, 4000);
    assert_eq!(ep.queued(), 6000);
    // The same window full again is not told again.
    let out = send(ep, 100, 310);
    assert!(segs(&out).is_empty());
    assert!(!rules(&out).contains(&Rule::CwndFull));
}

#[test]
fn without_congestion_control_only_the_peers_window_limits() {
    let ep = &mut sender(CongestionControl::Off);
    assert_eq!(ep.congestion(), None);
    let out = send(ep, 10_000, 300);
    assert_eq!(segs(&out).len(), 10);
    assert!(!rules(&out).contains(&Rule::CwndFull));
}

#[test]
fn slow_start_adds_min_n_smss_per_ack() {
    let ep = &mut sender(CongestionControl::Reno);
    send(ep, 20_000, 300);
    // A whole segment acknowledged: cwnd += min(1000, 1000).
    let out = ack(ep, 1000, 500);
    assert!(notes(&out).contains(&Note::SlowStart {
        acked: 1000,
        cwnd: 5000
    }));
    // Flight 3000 of 5000: two new segments.
    assert_eq!(offsets(&out), [4000, 5000]);
    // Half a segment: cwnd += 500 (no ACK division gains more).
    let out = ack(ep, 1500, 510);
    assert!(notes(&out).contains(&Note::SlowStart {
        acked: 500,
        cwnd: 5500
    }));
    // A stretch ACK of 3000 bytes: at most one SMSS (L = 1·SMSS).
    let out = ack(ep, 4500, 520);
    assert!(notes(&out).contains(&Note::SlowStart {
        acked: 3000,
        cwnd: 6500
    }));
}

/// Four segments out, then the retransmission timer fires:
/// ssthresh = max(4000 / 2, 2000) = 2000, cwnd = 1000.
fn after_timeout(cc: CongestionControl) -> Tested {
    let mut ep = sender(cc);
    send(&mut ep, 10_000, 300);
    let due = ep.poll_timeout().expect("the retransmission timer runs");
    ep.on_timeout(due);
    ep
}

#[test]
fn timeout_window_sets_ssthresh_by_equation_4_and_cwnd_to_lw() {
    let mut ep = sender(CongestionControl::Reno);
    send(&mut ep, 10_000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::TimeoutWindow {
        flight: 4000,
        ssthresh: 2000,
        cwnd: 1000
    }));
    // Only the oldest segment goes again (cwnd = LW = 1 segment).
    assert_eq!(offsets(&out), [0]);
    assert_eq!((cc(&ep).cwnd, cc(&ep).ssthresh), (1000, 2000));
}

#[test]
fn timeout_window_again_holds_ssthresh() {
    let mut ep = after_timeout(CongestionControl::Reno);
    ep.take_outputs();
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::TimeoutWindowAgain {
        ssthresh: 2000,
        cwnd: 1000
    }));
}

#[test]
fn timeout_window_on_a_small_flight_is_at_least_two_segments() {
    let mut ep = sender(CongestionControl::Reno);
    send(&mut ep, 1000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    // max(1000 / 2, 2 × 1000).
    assert_eq!(cc(&ep).ssthresh, 2000);
}

#[test]
fn slow_start_ends_when_cwnd_reaches_ssthresh_then_congestion_avoidance() {
    let mut ep = after_timeout(CongestionControl::Reno);
    ep.take_outputs();
    let out = ack(&mut ep, 1000, 2000);
    assert_eq!(
        notes(&out)
            .into_iter()
            .filter(|n| matches!(n.rule(), Rule::SlowStart | Rule::SlowStartEnds))
            .collect::<Vec<_>>(),
        [
            Note::SlowStart {
                acked: 1000,
                cwnd: 2000
            },
            Note::SlowStartEnds {
                cwnd: 2000,
                ssthresh: 2000
            }
        ]
    );
    // Congestion avoidance: bytes_acked reaches cwnd (2000) after two
    // more segments, and only then does cwnd grow, by one SMSS.
    let out = ack(&mut ep, 2000, 2100);
    assert!(!rules(&out).contains(&Rule::CongestionAvoidance));
    assert_eq!(cc(&ep).cwnd, 2000);
    let out = ack(&mut ep, 3000, 2200);
    assert!(notes(&out).contains(&Note::CongestionAvoidance { cwnd: 3000 }));
    // The next increase needs 3000 more bytes.
    ack(&mut ep, 5000, 2300);
    assert_eq!(cc(&ep).cwnd, 3000);
    let out = ack(&mut ep, 6000, 2400);
    assert!(notes(&out).contains(&Note::CongestionAvoidance { cwnd: 4000 }));
}

/// Four segments out (0..4000) and 6000 bytes queued.
fn four_out(cc: CongestionControl) -> Tested {
    let mut ep = sender(cc);
    send(&mut ep, 10_000, 300);
    ep
}

#[test]
fn duplicate_ack_counted_and_limited_transmit_on_the_first_two() {
    let ep = &mut four_out(CongestionControl::Reno);
    let out = ack(ep, 0, 500);
    assert!(notes(&out).contains(&Note::DuplicateAckCounted { count: 1 }));
    assert!(notes(&out).contains(&Note::LimitedTransmit { count: 1 }));
    assert_eq!(offsets(&out), [4000]);
    let out = ack(ep, 0, 510);
    assert!(notes(&out).contains(&Note::LimitedTransmit { count: 2 }));
    assert_eq!(offsets(&out), [5000]);
    // cwnd is not changed by limited transmit.
    assert_eq!(cc(ep).cwnd, 4000);
    assert_eq!(cc(ep).flight, 6000);
}

#[test]
fn duplicate_ack_counted_only_by_rfc_5681s_definition() {
    let ep = &mut four_out(CongestionControl::Reno);
    // (e): another window is a window update, not a duplicate.
    ep.on_segment(
        Segment {
            wnd: 30000,
            ..seg(ACK, PEER + 1, ISS + 1)
        },
        ms(500),
    );
    let out = ep.take_outputs();
    assert!(!rules(&out).contains(&Rule::DuplicateAckCounted));
    // (b): a segment with data is no duplicate ACK.
    ep.on_segment(
        Segment {
            wnd: 30000,
            ..data(PEER + 1, ISS + 1, "hi")
        },
        ms(510),
    );
    let out = ep.take_outputs();
    assert!(!rules(&out).contains(&Rule::DuplicateAckCounted));
    assert_eq!(cc(ep).dupacks, 0);
}

#[test]
fn fast_retransmit_on_the_third_duplicate_ack() {
    let ep = &mut four_out(CongestionControl::Reno);
    ack(ep, 0, 500);
    ack(ep, 0, 510);
    let out = ack(ep, 0, 520);
    // FlightSize 6000 less the 2000 limited transmit sent: 4000.
    assert!(notes(&out).contains(&Note::FastRetransmit {
        flight: 4000,
        ssthresh: 2000,
        cwnd: 5000
    }));
    assert_eq!(segs(&out), [(0, 1000, Reason::FastRetransmit)]);
    let view = cc(ep);
    assert!(view.recovery);
    assert_eq!((view.cwnd, view.ssthresh), (5000, 2000));
}

#[test]
fn fast_recovery_inflate_on_each_further_duplicate_ack() {
    let ep = &mut four_out(CongestionControl::Reno);
    for at in [500, 510, 520] {
        ack(ep, 0, at);
    }
    // Flight 6000: cwnd 6000 lets nothing new go, 7000 one segment.
    let out = ack(ep, 0, 530);
    assert!(notes(&out).contains(&Note::FastRecoveryInflate {
        count: 4,
        cwnd: 6000
    }));
    assert!(segs(&out).is_empty());
    let out = ack(ep, 0, 540);
    assert!(notes(&out).contains(&Note::FastRecoveryInflate {
        count: 5,
        cwnd: 7000
    }));
    assert_eq!(offsets(&out), [6000]);
}

#[test]
fn fast_recovery_ends_reno_deflates_to_ssthresh_on_new_data_acknowledged() {
    let ep = &mut four_out(CongestionControl::Reno);
    for at in [500, 510, 520] {
        ack(ep, 0, at);
    }
    // Even a partial ACK ends Reno's recovery.
    let out = ack(ep, 2000, 700);
    assert!(notes(&out).contains(&Note::FastRecoveryEnds { cwnd: 2000 }));
    assert!(!cc(ep).recovery);
    assert!(!segs(&out).iter().any(|s| s.2 == Reason::FastRetransmit));
}

#[test]
fn partial_ack_newreno_resends_the_next_hole_and_stays_in_recovery() {
    let ep = &mut four_out(CongestionControl::NewReno);
    for at in [500, 510, 520] {
        ack(ep, 0, at);
    }
    // recover = the last octet sent, 5999. 2000 bytes acknowledged:
    // cwnd = 5000 − 2000 + SMSS = 4000; the hole at 2000 goes again.
    let out = ack(ep, 2000, 700);
    assert!(notes(&out).contains(&Note::PartialAck {
        acked: 2000,
        cwnd: 4000
    }));
    assert_eq!(segs(&out)[0], (2000, 1000, Reason::FastRetransmit));
    assert!(cc(ep).recovery);
}

#[test]
fn full_ack_newreno_ends_recovery() {
    let ep = &mut four_out(CongestionControl::NewReno);
    for at in [500, 510, 520] {
        ack(ep, 0, at);
    }
    // Everything up to recover (5999) acknowledged, flight 0:
    // cwnd = min(2000, max(0, 1000) + 1000) = 2000.
    let out = ack(ep, 6000, 700);
    assert!(notes(&out).contains(&Note::FullAck { cwnd: 2000 }));
    assert!(!cc(ep).recovery);
}

#[test]
fn full_ack_newreno_takes_flight_size_when_smaller_than_ssthresh() {
    let ep = &mut four_out(CongestionControl::NewReno);
    for at in [500, 510, 520] {
        ack(ep, 0, at);
    }
    let out = ack(ep, 0, 530);
    assert!(rules(&out).contains(&Rule::FastRecoveryInflate));
    // ssthresh 2000, 6000 outstanding before: a full ACK with 0 left.
    ack(ep, 6000, 700);
    assert_eq!(cc(ep).cwnd, 2000);
}

#[test]
fn recover_not_covered_newreno_after_a_timeout() {
    // The timeout records recover = 3999: duplicate ACKs of 0 do not
    // cover it, so no second cut.
    let ep = &mut after_timeout(CongestionControl::NewReno);
    ep.take_outputs();
    for at in [1500, 1510] {
        ack(ep, 0, at);
    }
    let out = ack(ep, 0, 1520);
    assert!(notes(&out).contains(&Note::RecoverNotCovered {
        recover: Seq::own(SeqNum(ISS + 4000))
    }));
    assert!(!rules(&out).contains(&Rule::FastRetransmit));
    assert_eq!(cc(ep).ssthresh, 2000);
    // Reno has no recover: it cuts again.
    let ep = &mut after_timeout(CongestionControl::Reno);
    ep.take_outputs();
    for at in [1500, 1510] {
        ack(ep, 0, at);
    }
    let out = ack(ep, 0, 1520);
    assert!(rules(&out).contains(&Rule::FastRetransmit));
}

#[test]
fn idle_restart_after_more_than_an_rto_without_sending() {
    let ep = &mut sender(CongestionControl::Reno);
    send(ep, 4000, 300);
    for n in 1..=4 {
        ack(ep, n * 1000, 500);
    }
    assert_eq!(cc(ep).cwnd, 8000);
    // Within an RTO: no restart.
    let out = send(ep, 1000, 900);
    assert!(!rules(&out).contains(&Rule::IdleRestart));
    ack(ep, 5000, 1000);
    let idle = Duration::from_millis(5000);
    let out = send(ep, 20_000, 900 + 5000);
    assert!(notes(&out).contains(&Note::IdleRestart { idle, cwnd: 4000 }));
    assert_eq!(segs(&out).len(), 4);
}

#[test]
fn switching_congestion_control_on_mid_connection_starts_from_the_initial_window() {
    let ep = &mut sender(CongestionControl::Off);
    ep.set_config(Config {
        mss: MSS,
        cc: CongestionControl::NewReno,
        ..Config::default()
    });
    assert_eq!(cc(ep).cwnd, 4000);
    ep.set_config(Config {
        mss: MSS,
        ..Config::default()
    });
    assert_eq!(ep.congestion(), None);
}

#[test]
fn cwnd_full_never_stalls_a_window_below_one_segment_with_nothing_in_flight() {
    // The MSS grew after the window was set: 4000 bytes of cwnd, segments
    // of 5000. Nothing in flight, so no ACK would ever open it: what cwnd
    // allows goes.
    let ep = &mut sender(CongestionControl::Reno);
    ep.set_config(Config {
        mss: 5000,
        cc: CongestionControl::Reno,
        ..Config::default()
    });
    let out = send(ep, 10_000, 300);
    assert_eq!(
        segs(&out),
        [(
            0,
            4000,
            Reason::Data {
                len: 4000,
                fin: false
            }
        )]
    );
}

#[test]
fn ack_duplicate_cc_when_congestion_control_runs_and_ack_duplicate_when_not() {
    // Congestion control runs: the duplicate ACK is left to it, which
    // counts it toward a fast retransmit.
    let ep = &mut four_out(CongestionControl::Reno);
    let out = ack(ep, 0, 500);
    assert!(rules(&out).contains(&Rule::AckDuplicateCc));
    assert!(!rules(&out).contains(&Rule::AckDuplicate));
    assert!(rules(&out).contains(&Rule::DuplicateAckCounted));
    // None runs: every duplicate ACK is ignored, the third too (no fast
    // retransmit), and its rule says so.
    let ep = &mut four_out(CongestionControl::Off);
    for at in [500, 510, 520] {
        let out = ack(ep, 0, at);
        assert_eq!(
            notes(&out),
            [Note::AckDuplicate {
                ack: Seq::own(SeqNum(ISS + 1)),
                snd_una: Seq::own(SeqNum(ISS + 1)),
            }]
        );
        assert!(segs(&out).is_empty());
    }
}
