//! CUBIC (RFC 9438): one test per rule, named after it, with the values
//! written from the RFC's equations in integers (windows in bytes, SMSS =
//! 1000, times in ms; C = 0.4, β_cubic = 0.7, α_cubic = 9/17). The
//! handshake's RTT is 200 ms, and the tests mark the segments as sent
//! twice (Karn: no new sample), so SRTT stays 200 ms.

use super::congestion::{ack, cc, notes, segs, send, sender, sender_with};
use super::*;
use crate::note::Seq;

/// CUBIC in congestion avoidance at `cwnd` (= ssthresh), with W_max and
/// cwnd_prior `w_max` (0: no congestion event yet).
fn avoiding(cwnd: u32, w_max: u32) -> Tested {
    let mut ep = sender(CongestionControl::Cubic);
    ep.cc.cwnd = cwnd;
    ep.cc.ssthresh = cwnd;
    ep.cc.cubic.w_max = w_max;
    ep.cc.cubic.cwnd_prior = w_max;
    ep
}

/// Sends `len` bytes at 300 ms, with no RTT sample to come from them.
fn send_unsampled(ep: &mut Tested, len: usize) {
    send(ep, len, 300);
    for u in ep.retransmit_queue.iter_mut() {
        u.retransmits = 1;
    }
}

#[test]
fn cubic_epoch_takes_k_from_w_max_and_cwnd_epoch() {
    let ep = &mut avoiding(7000, 10_000);
    send_unsampled(ep, 7000);
    let out = ack(ep, 1000, 500);
    // K = ∛((10000 − 7000) / 1000 / 0.4) s = ∛7.5 s = 1.957 s.
    assert!(notes(&out).contains(&Note::CubicEpoch {
        cwnd: 7000,
        w_max: 10_000,
        k: Duration::from_millis(1957)
    }));
}

#[test]
fn cubic_epoch_without_a_loss_takes_w_max_from_cwnd_and_k_zero() {
    let ep = &mut avoiding(10_000, 0);
    send_unsampled(ep, 10_000);
    let out = ack(ep, 1000, 500);
    assert!(notes(&out).contains(&Note::CubicEpoch {
        cwnd: 10_000,
        w_max: 10_000,
        k: Duration::ZERO
    }));
}

#[test]
fn cubic_reno_friendly_sets_cwnd_to_w_est() {
    // W_max = cwnd_epoch = 4000, K = 0: at t = 0, W_cubic(0) = 4000.
    // cwnd_prior 0, so α_cubic = 1: W_est += 1000 · 1000 / cwnd per ACK.
    let ep = &mut avoiding(4000, 0);
    send_unsampled(ep, 12_000);
    // 4000 + 250 = 4250; + ⌊10⁶/4250⌋ = 235 → 4485; + 222 → 4707;
    // + 212 → 4919.
    for (acked, cwnd) in [(1000, 4250), (2000, 4485), (3000, 4707), (4000, 4919)] {
        let out = ack(ep, acked, 500);
        assert!(!notes(&out)
            .iter()
            .any(|n| matches!(n, Note::CubicRenoFriendly { .. })));
        assert_eq!(cc(ep).cwnd, cwnd);
        for u in ep.retransmit_queue.iter_mut() {
            u.retransmits = 1;
        }
    }
    // + ⌊10⁶/4919⌋ = 203 → 5122: a fifth whole segment, told.
    let out = ack(ep, 5000, 500);
    assert!(notes(&out).contains(&Note::CubicRenoFriendly {
        w_cubic: 4000,
        cwnd: 5122
    }));
}

#[test]
fn cubic_concave_climbs_towards_w_max() {
    let ep = &mut avoiding(7000, 10_000);
    send_unsampled(ep, 7000);
    // t = 0: W_cubic(0) = 10000 − 4000 · 1957³ / 10¹⁰ = 7001 (rounded
    // down); W_est = 7000 + ⌊9 · 10⁶ / (17 · 7000)⌋ = 7075 is above it:
    // Reno-friendly, cwnd = 7075.
    ack(ep, 1000, 500);
    assert_eq!(cc(ep).cwnd, 7075);
    // t = 900 ms: W_cubic(900) = 10000 − 4000 · 1057³ / 10¹⁰ = 9527, above
    // W_est = 7075 + 74 = 7149, and cwnd < W_max: concave. target =
    // W_cubic(900 + 200) = 10000 − 4000 · 857³ / 10¹⁰ = 9748; cwnd +=
    // ⌊(9748 − 7075) · 1000 / 7075⌋ = 377 → 7452.
    let out = ack(ep, 2000, 1400);
    assert_eq!(cc(ep).cwnd, 7452);
    assert!(!notes(&out)
        .iter()
        .any(|n| matches!(n, Note::CubicConcave { .. })));
    // ⌊(9748 − 7452) · 1000 / 7452⌋ = 308 → 7760.
    ack(ep, 3000, 1400);
    assert_eq!(cc(ep).cwnd, 7760);
    // ⌊(9748 − 7760) · 1000 / 7760⌋ = 256 → 8016: an eighth segment.
    let out = ack(ep, 4000, 1400);
    assert!(notes(&out).contains(&Note::CubicConcave {
        t: Duration::from_millis(900),
        target: 9748,
        w_max: 10_000,
        cwnd: 8016
    }));
}

#[test]
fn cubic_convex_probes_beyond_w_max() {
    let ep = &mut avoiding(10_000, 0);
    send_unsampled(ep, 10_000);
    // t = 0: W_max = 10000, K = 0; W_est = 10100 > W_cubic(0) = 10000.
    ack(ep, 1000, 500);
    assert_eq!(cc(ep).cwnd, 10_100);
    // t = 900: W_cubic(900) = 10000 + 4000 · 900³ / 10¹⁰ = 10291 > W_est =
    // 10199: convex (cwnd ≥ W_max). target = W_cubic(1100) = 10532; cwnd
    // += ⌊432 · 1000 / 10100⌋ = 42 → 10142.
    ack(ep, 2000, 1400);
    assert_eq!(cc(ep).cwnd, 10_142);
    // t = 1800: target = W_cubic(2000) = 10000 + 4000 · 8 = 13200; cwnd
    // += 301 → 10443; += 264 → 10707; += 232 → 10939; += 206 → 11145.
    for (acked, cwnd) in [(3000, 10_443), (4000, 10_707), (5000, 10_939)] {
        ack(ep, acked, 2300);
        assert_eq!(cc(ep).cwnd, cwnd);
    }
    let out = ack(ep, 6000, 2300);
    assert!(notes(&out).contains(&Note::CubicConvex {
        t: Duration::from_millis(1800),
        target: 13_200,
        w_max: 10_000,
        cwnd: 11_145
    }));
}

/// Ten segments out with IW10, the first lost: three duplicate ACKs.
fn cubic_loss(w_max: u32) -> Vec<Output> {
    let ep = &mut sender_with(Config {
        cc: CongestionControl::Cubic,
        iw: Some(10),
        ..Config::default()
    });
    ep.cc.cubic.w_max = w_max;
    send(ep, 10_000, 300);
    ack(ep, 0, 500);
    ack(ep, 0, 510);
    let out = ack(ep, 0, 520);
    assert_eq!(segs(&out), [(0, 1000, Reason::FastRetransmit)]);
    out
}

#[test]
fn cubic_decrease_keeps_seven_tenths_of_flight_size() {
    let out = cubic_loss(0);
    // ssthresh = max(10000 · 0.7, 2000) = 7000; cwnd = 7000 + 3 · 1000.
    assert_eq!(
        notes(&out)
            .into_iter()
            .filter(|n| matches!(
                n,
                Note::CubicDecrease { .. } | Note::CubicFastConvergence { .. }
            ))
            .collect::<Vec<_>>(),
        [Note::CubicDecrease {
            flight: 10_000,
            ssthresh: 7000,
            cwnd: 10_000
        }]
    );
}

#[test]
fn cubic_fast_convergence_lowers_w_max_below_cwnd() {
    // cwnd 10000 never reached W_max 12000: W_max = 10000 · 1.7 / 2.
    let out = cubic_loss(12_000);
    assert!(notes(&out).contains(&Note::CubicFastConvergence {
        cwnd: 10_000,
        w_max: 8500
    }));
}

#[test]
fn cubic_timeout_sets_ssthresh_with_beta_and_forgets_w_max() {
    let ep = &mut sender(CongestionControl::Cubic);
    ep.cc.cubic.w_max = 20_000;
    send(ep, 10_000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    // FlightSize 4000 (IW): ssthresh = max(2800, 2000); cwnd = LW.
    assert!(notes(&out).contains(&Note::CubicTimeout {
        flight: 4000,
        ssthresh: 2800,
        cwnd: 1000
    }));
    assert_eq!(ep.cc.cubic.w_max, 0);
    assert_eq!(ep.cc.cubic.epoch, None);
}

#[test]
fn go_back_n_resends_what_followed_the_timed_out_segment_as_cwnd_grows() {
    let ep = &mut sender(CongestionControl::NewReno);
    // IW = 4 segments, all lost.
    send(ep, 4000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert_eq!(
        segs(&out),
        [(0, 1000, Reason::Retransmission { attempt: 1 })]
    );
    assert!(notes(&out).contains(&Note::GoBackN {
        from: Seq::own(SeqNum(ISS + 1 + 1000)),
        to: Seq::own(SeqNum(ISS + 1 + 4000))
    }));
    // What was sent before the timeout is out of FlightSize.
    assert_eq!(cc(ep).flight, 1000);
    // Its ACK: slow start, cwnd = 2000; the next two go again.
    let at = due.as_millis() + 200;
    let out = ack(ep, 1000, at);
    assert_eq!(
        segs(&out),
        [(1000, 1000, Reason::GoBackN), (2000, 1000, Reason::GoBackN)]
    );
    // The receiver held the third (only the first was lost after all):
    // the ACK covers it, and the fourth goes again.
    let out = ack(ep, 3000, at + 10);
    assert_eq!(segs(&out), [(3000, 1000, Reason::GoBackN)]);
    let out = ack(ep, 4000, at + 20);
    assert_eq!(cc(ep).flight, 0);
    assert!(segs(&out).is_empty());
}

#[test]
fn go_back_n_skips_octets_an_ack_shows_the_receiver_has() {
    let ep = &mut sender(CongestionControl::Reno);
    send(ep, 4000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    ep.take_outputs();
    // Only the first was lost: the ACK of its copy covers all four.
    let out = ack(ep, 4000, due.as_millis() + 200);
    assert!(segs(&out).is_empty());
    assert_eq!(cc(ep).flight, 0);
}

#[test]
fn without_congestion_control_a_timeout_resends_only_the_oldest_segment() {
    let ep = &mut sender(CongestionControl::Off);
    send(ep, 4000, 300);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    ep.take_outputs();
    let out = ack(ep, 1000, due.as_millis() + 200);
    assert!(segs(&out).is_empty(), "no go-back-N with cc off");
}
