//! One fixture per state and one test per rule of RFC 9293 §3.10 (plus the
//! RFC 5961 and RFC 6298 rules the engine follows). Our ISS is 1000, the
//! peer's 5000.

use super::*;
use crate::history::AppHistory;

mod congestion;
mod cubic;
mod delayed_ack;
mod receive;
mod sack;
mod sending;
mod timers;

const ISS: u32 = 1000;
const PEER: u32 = 5000;

fn ms(n: u64) -> Instant {
    Instant::from_millis(n)
}

fn seg(flags: Flags, seq: u32, ack: u32) -> Segment {
    Segment {
        seq: SeqNum(seq),
        ack: SeqNum(ack),
        flags,
        wnd: 65535,
        payload: Vec::new().into(),
        options: Vec::new(),
    }
}

fn data(seq: u32, ack: u32, text: &str) -> Segment {
    Segment {
        payload: text.as_bytes().to_vec().into(),
        ..seg(Flags::ACK | Flags::PSH, seq, ack)
    }
}

/// An endpoint and its application's history, kept from the outputs as
/// the simulation keeps it: what the tests read as the application's.
#[derive(Clone, Debug)]
struct Tested {
    ep: Endpoint,
    app: AppHistory,
}

impl core::ops::Deref for Tested {
    type Target = Endpoint;
    fn deref(&self) -> &Endpoint {
        &self.ep
    }
}

impl core::ops::DerefMut for Tested {
    fn deref_mut(&mut self) -> &mut Endpoint {
        &mut self.ep
    }
}

impl Tested {
    /// The endpoint's outputs, recorded in the history on their way.
    fn take_outputs(&mut self) -> Vec<Output> {
        let outputs = self.ep.take_outputs();
        for out in &outputs {
            self.app.record(out);
        }
        outputs
    }

    /// The history with the outputs not taken yet.
    fn app(&self) -> AppHistory {
        let mut app = self.app.clone();
        for out in &self.ep.outputs {
            app.record(out);
        }
        app
    }

    fn received(&self) -> Vec<u8> {
        self.app().received().to_vec()
    }

    fn signals(&self) -> Vec<Signal> {
        self.app().signals()
    }

    fn was_told(&self, signal: Signal) -> bool {
        self.app().was_told(signal)
    }
}

const ACK: Flags = Flags::ACK;
const SYN: Flags = Flags::SYN;
const FIN: Flags = Flags::FIN;
const RST: Flags = Flags::RST;

/// Drains the outputs and returns the segments sent.
fn sent(ep: &mut Tested) -> Vec<Segment> {
    ep.take_outputs()
        .into_iter()
        .filter_map(|o| match o {
            Output::Transmit { seg, .. } => Some(seg),
            _ => None,
        })
        .collect()
}

fn only(ep: &mut Tested) -> Segment {
    let mut segs = sent(ep);
    assert_eq!(segs.len(), 1, "expected exactly one segment, got {segs:?}");
    segs.remove(0)
}

fn assert_seg(s: &Segment, flags: Flags, seq: u32, ack: u32) {
    assert_eq!((s.flags.without(Flags::PSH), s.seq.0), (flags, seq), "{s}");
    if flags.contains(ACK) {
        assert_eq!(s.ack.0, ack, "{s}");
    }
}

fn with(config: Config) -> Tested {
    let mut ep = Tested {
        ep: Endpoint::new(config, 0),
        app: AppHistory::default(),
    };
    ep.set_next_isn(ISS);
    ep
}

// ----- fixtures, one per state -----

fn closed() -> Tested {
    with(Config::default())
}

fn listen() -> Tested {
    let mut ep = closed();
    ep.call(Call::Listen, ms(0));
    sent(&mut ep);
    ep
}

fn syn_sent() -> Tested {
    let mut ep = closed();
    ep.call(Call::Connect, ms(0));
    sent(&mut ep);
    ep
}

fn syn_received() -> Tested {
    let mut ep = listen();
    ep.on_segment(seg(SYN, PEER, 0), ms(100));
    sent(&mut ep);
    ep
}

fn established_with(config: Config) -> Tested {
    let mut ep = with(config);
    ep.call(Call::Connect, ms(0));
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    sent(&mut ep);
    assert_eq!(ep.state(), State::Established);
    ep
}

fn established() -> Tested {
    established_with(Config::default())
}

fn fin_wait_1() -> Tested {
    let mut ep = established();
    ep.call(Call::Close, ms(300));
    sent(&mut ep);
    ep
}

fn fin_wait_2() -> Tested {
    let mut ep = fin_wait_1();
    ep.on_segment(seg(ACK, PEER + 1, ISS + 2), ms(400));
    sent(&mut ep);
    ep
}

fn close_wait() -> Tested {
    let mut ep = established();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 1), ms(300));
    sent(&mut ep);
    ep
}

fn closing() -> Tested {
    let mut ep = fin_wait_1();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 1), ms(400));
    sent(&mut ep);
    ep
}

fn last_ack() -> Tested {
    let mut ep = close_wait();
    ep.call(Call::Close, ms(400));
    sent(&mut ep);
    ep
}

fn time_wait() -> Tested {
    let mut ep = fin_wait_2();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 2), ms(500));
    sent(&mut ep);
    ep
}

#[test]
fn fixtures_reach_their_states() {
    let cases = [
        (closed(), State::Closed),
        (listen(), State::Listen),
        (syn_sent(), State::SynSent),
        (syn_received(), State::SynReceived),
        (established(), State::Established),
        (fin_wait_1(), State::FinWait1),
        (fin_wait_2(), State::FinWait2),
        (close_wait(), State::CloseWait),
        (closing(), State::Closing),
        (last_ack(), State::LastAck),
        (time_wait(), State::TimeWait),
    ];
    for (ep, state) in cases {
        assert_eq!(ep.state(), state);
    }
}

// ----- §3.10.7.1 CLOSED -----

#[test]
fn closed_segment_without_ack_gets_rst_ack_covering_it() {
    let mut ep = closed();
    ep.on_segment(data(77, 0, "hey").clone_with(SYN), ms(0));
    let rst = only(&mut ep);
    assert_seg(&rst, RST | ACK, 0, 77 + 1 + 3);
}

#[test]
fn closed_segment_with_ack_gets_rst_from_its_ack() {
    let mut ep = closed();
    ep.on_segment(seg(ACK, 77, 4242), ms(0));
    assert_seg(&only(&mut ep), RST, 4242, 0);
}

#[test]
fn closed_rst_is_discarded() {
    let mut ep = closed();
    ep.on_segment(seg(RST, 77, 0), ms(0));
    assert!(sent(&mut ep).is_empty());
}

// ----- §3.10.7.2 LISTEN -----

#[test]
fn listen_rst_is_ignored() {
    let mut ep = listen();
    ep.on_segment(seg(RST, PEER, 0), ms(0));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::Listen);
}

#[test]
fn listen_any_ack_gets_rst() {
    let mut ep = listen();
    ep.on_segment(seg(ACK, PEER, 31337), ms(0));
    assert_seg(&only(&mut ep), RST, 31337, 0);
    assert_eq!(ep.state(), State::Listen);
}

#[test]
fn listen_syn_sends_syn_ack_and_enters_syn_received() {
    let mut ep = listen();
    ep.on_segment(seg(SYN, PEER, 0), ms(0));
    assert_seg(&only(&mut ep), SYN | ACK, ISS, PEER + 1);
    assert_eq!(ep.state(), State::SynReceived);
    let tcb = ep.tcb();
    assert_eq!(
        (tcb.irs.0, tcb.rcv_nxt.0, tcb.snd_una.0, tcb.snd_nxt.0),
        (PEER, PEER + 1, ISS, ISS + 1)
    );
}

#[test]
fn listen_segment_without_syn_rst_or_ack_is_dropped() {
    let mut ep = listen();
    ep.on_segment(seg(FIN, PEER, 0), ms(0));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::Listen);
}

// ----- §3.10.7.3 SYN-SENT -----

#[test]
fn syn_sent_bad_ack_sends_rst() {
    for bad in [ISS, ISS + 2, ISS - 10, 0] {
        let mut ep = syn_sent();
        ep.on_segment(seg(SYN | ACK, PEER, bad), ms(100));
        assert_seg(&only(&mut ep), RST, bad, 0);
        assert_eq!(ep.state(), State::SynSent);
    }
}

#[test]
fn syn_sent_bad_ack_with_rst_is_dropped() {
    let mut ep = syn_sent();
    ep.on_segment(seg(RST | ACK, 0, ISS + 9), ms(100));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::SynSent);
}

#[test]
fn syn_sent_rst_with_acceptable_ack_is_connection_reset() {
    let mut ep = syn_sent();
    ep.on_segment(seg(RST | ACK, 0, ISS + 1), ms(100));
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.signals(), ["connection reset"]);
    assert!(ep.poll_timeout().is_none(), "the SYN is not retransmitted");
}

#[test]
fn syn_sent_rst_without_ack_is_dropped() {
    let mut ep = syn_sent();
    ep.on_segment(seg(RST, 0, 0), ms(100));
    assert_eq!(ep.state(), State::SynSent);
}

#[test]
fn syn_sent_syn_ack_establishes_and_acknowledges() {
    let mut ep = syn_sent();
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::Established);
    assert_eq!(ep.tcb().snd_wnd, 65535);
    assert!(ep.poll_timeout().is_none(), "nothing outstanding");
}

#[test]
fn syn_sent_syn_ack_with_data_is_delivered_and_acked_once() {
    let mut ep = syn_sent();
    let mut syn_ack = data(PEER, ISS + 1, "hi");
    syn_ack.flags = SYN | ACK;
    ep.on_segment(syn_ack, ms(200));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 3);
    assert_eq!(ep.received().to_vec(), b"hi");
}

#[test]
fn syn_sent_syn_without_ack_is_simultaneous_open() {
    let mut ep = syn_sent();
    ep.on_segment(seg(SYN, PEER, 0), ms(100));
    assert_seg(&only(&mut ep), SYN | ACK, ISS, PEER + 1);
    assert_eq!(ep.state(), State::SynReceived);
}

#[test]
fn syn_sent_segment_without_syn_or_rst_is_dropped() {
    let mut ep = syn_sent();
    ep.on_segment(seg(ACK, PEER, ISS + 1), ms(100));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::SynSent);
}

// ----- §3.10.7.4 SYN-RECEIVED -----

#[test]
fn syn_received_ack_of_syn_establishes() {
    let mut ep = syn_received();
    ep.on_segment(seg(ACK, PEER + 1, ISS + 1), ms(200));
    assert_eq!(ep.state(), State::Established);
    assert_eq!(ep.tcb().snd_una.0, ISS + 1);
    assert!(sent(&mut ep).is_empty());
}

#[test]
fn syn_received_bad_ack_sends_rst() {
    let mut ep = syn_received();
    ep.on_segment(seg(ACK, PEER + 1, ISS + 50), ms(200));
    assert_seg(&only(&mut ep), RST, ISS + 50, 0);
    assert_eq!(ep.state(), State::SynReceived);
}

#[test]
fn syn_received_passive_rst_returns_to_listen() {
    let mut ep = syn_received();
    ep.on_segment(seg(RST, PEER + 1, 0), ms(200));
    assert_eq!(ep.state(), State::Listen);
    assert!(ep.signals().is_empty(), "the user is not told");
}

#[test]
fn syn_received_active_rst_is_connection_refused() {
    let mut ep = syn_sent();
    ep.on_segment(seg(SYN, PEER, 0), ms(100));
    ep.on_segment(seg(RST, PEER + 1, 0), ms(200));
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.signals(), ["connection refused"]);
}

#[test]
fn syn_received_passive_new_syn_returns_to_listen() {
    let mut ep = syn_received();
    ep.on_segment(seg(SYN, PEER + 100, 0), ms(200));
    assert_eq!(ep.state(), State::Listen);
}

#[test]
fn syn_received_duplicate_syn_is_unacceptable_and_acked() {
    let mut ep = syn_received();
    ep.on_segment(seg(SYN, PEER, 0), ms(200));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::SynReceived);
}

#[test]
fn simultaneous_open_syn_ack_establishes() {
    let mut ep = syn_sent();
    ep.on_segment(seg(SYN, PEER, 0), ms(100));
    sent(&mut ep);
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    assert_eq!(ep.state(), State::Established);
    assert!(sent(&mut ep).is_empty());
}

#[test]
fn syn_received_close_sends_fin_and_enters_fin_wait_1() {
    let mut ep = syn_received();
    ep.call(Call::Close, ms(150));
    assert_seg(&only(&mut ep), FIN | ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::FinWait1);
}

// ----- §3.10.7.4 first check: sequence numbers -----

#[test]
fn unacceptable_segment_is_answered_with_ack() {
    let mut ep = established();
    ep.on_segment(data(PEER + 1 + 70_000, ISS + 1, "late"), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert!(ep.received().is_empty());
}

#[test]
fn unacceptable_rst_is_dropped_silently() {
    let mut ep = established();
    ep.on_segment(seg(RST, PEER + 1 + 70_000, 0), ms(300));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::Established);
}

#[test]
fn duplicate_data_is_acked_not_delivered_twice() {
    let mut ep = established();
    ep.on_segment(data(PEER + 1, ISS + 1, "abc"), ms(300));
    sent(&mut ep);
    ep.on_segment(data(PEER + 1, ISS + 1, "abc"), ms(310));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 4);
    assert_eq!(ep.received().to_vec(), b"abc");
}

// ----- second check: RST -----

#[test]
fn exact_rst_resets_established_connection() {
    let mut ep = established();
    ep.on_segment(seg(RST, PEER + 1, 0), ms(300));
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.signals(), ["connection reset"]);
}

#[test]
fn in_window_rst_gets_challenge_ack_rfc5961() {
    let mut ep = established();
    ep.on_segment(seg(RST, PEER + 100, 0), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::Established);
}

#[test]
fn in_window_rst_resets_without_rfc5961() {
    let mut ep = established_with(Config {
        rfc5961: false,
        ..Config::default()
    });
    ep.on_segment(seg(RST, PEER + 100, 0), ms(300));
    assert_eq!(ep.state(), State::Closed);
}

#[test]
fn rst_in_closing_last_ack_time_wait_closes_without_signal() {
    for mut ep in [closing(), last_ack(), time_wait()] {
        ep.on_segment(seg(RST, PEER + 2, 0), ms(600));
        assert_eq!(ep.state(), State::Closed);
        assert!(!ep.signals().iter().any(|s| s == "connection reset"));
    }
}

// ----- fourth check: SYN -----

#[test]
fn syn_in_synchronized_state_gets_challenge_ack_rfc5961() {
    let mut ep = established();
    ep.on_segment(seg(SYN, PEER + 10, 0), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::Established);
}

#[test]
fn syn_in_window_resets_without_rfc5961() {
    let mut ep = established_with(Config {
        rfc5961: false,
        ..Config::default()
    });
    ep.on_segment(seg(SYN, PEER + 10, 0), ms(300));
    assert_seg(&only(&mut ep), RST | ACK, 0, PEER + 11);
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.signals(), ["connection reset"]);
}

// ----- fifth check: ACK -----

#[test]
fn segment_without_ack_bit_is_dropped() {
    let mut ep = established();
    ep.on_segment(
        Segment {
            payload: b"x".to_vec().into(),
            ..seg(Flags::PSH, PEER + 1, 0)
        },
        ms(300),
    );
    assert!(sent(&mut ep).is_empty());
    assert!(ep.received().is_empty());
}

#[test]
fn ack_of_unsent_data_is_answered_and_dropped() {
    for rfc5961 in [true, false] {
        let mut ep = established_with(Config {
            rfc5961,
            ..Config::default()
        });
        ep.on_segment(data(PEER + 1, ISS + 500, "zz"), ms(300));
        assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
        assert!(ep.received().is_empty());
    }
}

#[test]
fn ack_too_old_for_max_window_gets_challenge_ack_rfc5961() {
    let mut ep = established();
    ep.on_segment(seg(ACK, PEER + 1, ISS.wrapping_sub(70_000)), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
}

#[test]
fn window_update_follows_wl1_wl2_rule() {
    let mut ep = established();
    let mut update = seg(ACK, PEER + 1, ISS + 1);
    update.wnd = 100;
    ep.on_segment(update.clone(), ms(300));
    assert_eq!(ep.tcb().snd_wnd, 100);
    // An older segment (SEG.SEQ < SND.WL1) must not change the window.
    let mut old = seg(ACK, PEER, ISS + 1);
    old.wnd = 9;
    ep.on_segment(old, ms(310));
    assert_eq!(ep.tcb().snd_wnd, 100);
}

// ----- closing states -----

#[test]
fn established_fin_enters_close_wait_and_signals_closing() {
    let mut ep = established();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 1), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 2);
    assert_eq!(ep.state(), State::CloseWait);
    assert_eq!(ep.signals(), ["connection closing"]);
}

#[test]
fn close_in_established_sends_fin_and_enters_fin_wait_1() {
    let mut ep = established();
    ep.call(Call::Close, ms(300));
    assert_seg(&only(&mut ep), FIN | ACK, ISS + 1, PEER + 1);
    assert_eq!(ep.state(), State::FinWait1);
    assert_eq!(ep.tcb().snd_nxt.0, ISS + 2);
}

#[test]
fn fin_wait_1_ack_of_fin_enters_fin_wait_2() {
    assert_eq!(fin_wait_2().state(), State::FinWait2);
}

#[test]
fn fin_wait_1_fin_without_ack_of_ours_enters_closing() {
    let mut ep = fin_wait_1();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 1), ms(400));
    assert_seg(&only(&mut ep), ACK, ISS + 2, PEER + 2);
    assert_eq!(ep.state(), State::Closing);
}

#[test]
fn fin_wait_1_fin_acking_ours_enters_time_wait() {
    let mut ep = fin_wait_1();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 2), ms(400));
    assert_eq!(ep.state(), State::TimeWait);
}

#[test]
fn fin_wait_2_fin_enters_time_wait() {
    assert_eq!(time_wait().state(), State::TimeWait);
}

#[test]
fn closing_ack_of_fin_enters_time_wait() {
    let mut ep = closing();
    ep.on_segment(seg(ACK, PEER + 2, ISS + 2), ms(500));
    assert_eq!(ep.state(), State::TimeWait);
}

#[test]
fn close_in_close_wait_sends_fin_and_enters_last_ack() {
    let mut ep = close_wait();
    ep.call(Call::Close, ms(400));
    assert_seg(&only(&mut ep), FIN | ACK, ISS + 1, PEER + 2);
    assert_eq!(ep.state(), State::LastAck);
}

#[test]
fn last_ack_ack_of_fin_closes() {
    let mut ep = last_ack();
    ep.on_segment(seg(ACK, PEER + 2, ISS + 2), ms(500));
    assert_eq!(ep.state(), State::Closed);
    assert!(sent(&mut ep).is_empty());
}

#[test]
fn time_wait_lasts_two_msl() {
    let mut ep = time_wait();
    let due = ep.poll_timeout().expect("time-wait timer");
    assert_eq!(due, ms(500 + 60_000));
    ep.on_timeout(ms(500 + 59_999));
    assert_eq!(ep.state(), State::TimeWait);
    ep.on_timeout(due);
    assert_eq!(ep.state(), State::Closed);
}

#[test]
fn time_wait_retransmitted_fin_is_acked_and_restarts_timer() {
    let mut ep = time_wait();
    ep.on_segment(seg(FIN | ACK, PEER + 1, ISS + 2), ms(10_000));
    assert_seg(&only(&mut ep), ACK, ISS + 2, PEER + 2);
    assert_eq!(ep.poll_timeout(), Some(ms(10_000 + 60_000)));
}

// ----- text -----

#[test]
fn in_order_data_is_delivered_and_acked() {
    let mut ep = established();
    ep.on_segment(data(PEER + 1, ISS + 1, "hello"), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 6);
    assert_eq!(ep.received().to_vec(), b"hello");
}

#[test]
fn out_of_order_data_is_held_until_the_gap_fills() {
    let mut ep = established();
    ep.on_segment(data(PEER + 4, ISS + 1, "def"), ms(300));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 1);
    assert!(ep.received().is_empty());
    ep.on_segment(data(PEER + 1, ISS + 1, "abc"), ms(310));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 7);
    assert_eq!(ep.received().to_vec(), b"abcdef");
}

#[test]
fn held_segments_are_delivered_in_sequence_order_whatever_their_arrival() {
    let mut ep = established();
    // Arrive backwards, with an overlap and a repeat.
    for (at, (seq, text)) in [(7, "gh"), (4, "def"), (5, "efg"), (4, "def"), (2, "bc")]
        .into_iter()
        .enumerate()
    {
        ep.on_segment(data(PEER + seq, ISS + 1, text), ms(300 + at as u64));
        sent(&mut ep);
    }
    assert!(ep.received().is_empty());
    ep.on_segment(data(PEER + 1, ISS + 1, "a"), ms(400));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 9);
    assert_eq!(ep.received().to_vec(), b"abcdefgh");
}

#[test]
fn a_full_hold_keeps_the_segments_nearest_the_gap() {
    let mut ep = established();
    // MAX_HELD one-byte segments from 2 on, then one further: not kept.
    for i in 0..=MAX_HELD as u32 {
        ep.on_segment(data(PEER + 2 + i, ISS + 1, "x"), ms(300));
        sent(&mut ep);
    }
    // The missing byte releases every one of them (none nearer was lost).
    ep.on_segment(data(PEER + 1, ISS + 1, "y"), ms(310));
    assert_eq!(
        ep.received().len(),
        1 + MAX_HELD,
        "the gap closed over every held byte"
    );
}

#[test]
fn out_of_order_fin_is_processed_after_the_gap() {
    let mut ep = established();
    let mut late = data(PEER + 3, ISS + 1, "cd");
    late.flags |= FIN;
    ep.on_segment(late, ms(300));
    sent(&mut ep);
    assert_eq!(ep.state(), State::Established);
    ep.on_segment(data(PEER + 1, ISS + 1, "ab"), ms(310));
    assert_eq!(ep.state(), State::CloseWait);
    assert_eq!(ep.received().to_vec(), b"abcd");
    assert_eq!(ep.tcb().rcv_nxt.0, PEER + 6);
}

#[test]
fn send_splits_at_mss_within_the_peer_window() {
    let mut ep = established_with(Config {
        mss: 4,
        ..Config::default()
    });
    let mut small = seg(ACK, PEER + 1, ISS + 1);
    small.wnd = 6;
    ep.on_segment(small.clone(), ms(250));
    ep.call(Call::Send(b"0123456789".to_vec()), ms(300));
    let segs = sent(&mut ep);
    let lens: Vec<usize> = segs.iter().map(|s| s.payload.len()).collect();
    // The 2 octets left of the window would be a silly segment (§3.8.6.2.1).
    assert_eq!(lens, [4], "at most MSS each");
    assert_eq!(ep.queued(), 6);
    small.ack = SeqNum(ISS + 5);
    ep.on_segment(small, ms(400));
    let lens: Vec<usize> = sent(&mut ep).iter().map(|s| s.payload.len()).collect();
    assert_eq!(
        lens,
        [4, 2],
        "the ACK opens the window: at most SND.WND in flight"
    );
}

// ----- application calls refused by the RFC -----

#[test]
fn calls_refused_in_their_states_give_rfc_errors() {
    let cases: [(Tested, Call, &str); 6] = [
        (closed(), Call::Close, "connection does not exist"),
        (
            closed(),
            Call::Send(b"x".to_vec()),
            "connection does not exist",
        ),
        (closed(), Call::Abort, "connection does not exist"),
        (established(), Call::Listen, "connection already exists"),
        (
            fin_wait_1(),
            Call::Send(b"x".to_vec()),
            "connection closing",
        ),
        (time_wait(), Call::Close, "connection closing"),
    ];
    for (mut ep, call, error) in cases {
        let before = ep.state();
        ep.call(call, ms(900));
        assert_eq!(ep.signals().last().map(|s| s.text()), Some(error));
        assert_eq!(ep.state(), before, "a refused call changes nothing");
        assert!(sent(&mut ep).is_empty());
    }
}

#[test]
fn abort_in_established_sends_rst_at_snd_nxt() {
    let mut ep = established();
    ep.call(Call::Abort, ms(300));
    assert_seg(&only(&mut ep), RST, ISS + 1, 0);
    assert_eq!(ep.state(), State::Closed);
}

#[test]
fn abort_in_time_wait_sends_nothing() {
    let mut ep = time_wait();
    ep.call(Call::Abort, ms(600));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::Closed);
}

#[test]
fn close_in_syn_sent_deletes_the_tcb() {
    let mut ep = syn_sent();
    ep.call(Call::Close, ms(10));
    assert_eq!(ep.state(), State::Closed);
    assert!(ep.poll_timeout().is_none());
}

#[test]
fn send_in_listen_makes_the_connection_active() {
    let mut ep = listen();
    ep.call(Call::Send(b"hi".to_vec()), ms(10));
    assert_seg(&only(&mut ep), SYN, ISS, 0);
    assert_eq!(ep.state(), State::SynSent);
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(200));
    let segs = sent(&mut ep);
    assert_eq!(segs.len(), 2, "the ACK, then the queued data: {segs:?}");
    assert_eq!(segs[1].payload, b"hi");
}

// ----- RFC 6298 timers -----

#[test]
fn retransmission_timeout_resends_and_doubles_rto() {
    let mut ep = syn_sent();
    assert_eq!(ep.poll_timeout(), Some(ms(1000)));
    ep.on_timeout(ms(1000));
    assert_seg(&only(&mut ep), SYN, ISS, 0);
    assert_eq!(ep.poll_timeout(), Some(ms(3000)));
    ep.on_timeout(ms(3000));
    assert_eq!(ep.poll_timeout(), Some(ms(7000)));
}

#[test]
fn rto_never_exceeds_sixty_seconds() {
    let mut ep = with(Config {
        retries: 20,
        ..Config::default()
    });
    ep.call(Call::Connect, ms(0));
    let mut now = ms(0);
    for _ in 0..10 {
        now = ep.poll_timeout().unwrap();
        ep.on_timeout(now);
    }
    assert_eq!(
        ep.poll_timeout().unwrap().as_millis() - now.as_millis(),
        60_000
    );
}

#[test]
fn giving_up_after_retries_signals_timed_out_and_sends_nothing() {
    let mut ep = with(Config {
        retries: 2,
        ..Config::default()
    });
    ep.call(Call::Connect, ms(0));
    sent(&mut ep);
    for _ in 0..2 {
        let due = ep.poll_timeout().unwrap();
        ep.on_timeout(due);
        assert_eq!(sent(&mut ep).len(), 1);
    }
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    assert!(sent(&mut ep).is_empty());
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.signals(), ["connection timed out"]);
}

#[test]
fn rtt_sample_sets_rto_with_one_second_floor() {
    // 200 ms round trip: SRTT + 4 × RTTVAR = 600 ms, raised to 1 s.
    let ep = established();
    assert_eq!(ep.rto(), Duration::from_secs(1));
    // 3 s round trip: 3 s + 4 × 1.5 s = 9 s.
    let mut slow = syn_sent();
    slow.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(3000));
    assert_eq!(slow.rto(), Duration::from_secs(9));
}

#[test]
fn karn_no_rtt_sample_from_a_retransmitted_syn_and_rto_is_three_seconds() {
    let mut ep = syn_sent();
    ep.on_timeout(ms(1000));
    ep.on_segment(seg(SYN | ACK, PEER, ISS + 1), ms(1100));
    assert_eq!(ep.state(), State::Established);
    assert_eq!(ep.rto(), Duration::from_secs(3), "RFC 6298 §5.7");
}

#[test]
fn ack_of_new_data_restarts_timer_and_full_ack_stops_it() {
    let mut ep = established_with(Config {
        mss: 2,
        ..Config::default()
    });
    ep.call(Call::Send(b"abcd".to_vec()), ms(300));
    sent(&mut ep);
    assert_eq!(ep.poll_timeout(), Some(ms(1300)));
    ep.on_segment(seg(ACK, PEER + 1, ISS + 3), ms(500));
    assert_eq!(ep.poll_timeout(), Some(ms(1500)));
    ep.on_segment(seg(ACK, PEER + 1, ISS + 5), ms(600));
    assert_eq!(ep.poll_timeout(), None);
}

#[test]
fn zero_window_is_probed_with_one_octet_after_an_rto() {
    let mut ep = established();
    let mut closed = seg(ACK, PEER + 1, ISS + 1);
    closed.wnd = 0;
    ep.on_segment(closed.clone(), ms(250));
    ep.call(Call::Send(b"abc".to_vec()), ms(300));
    assert!(sent(&mut ep).is_empty(), "nothing fits in a zero window");
    assert_eq!(ep.poll_timeout(), Some(ms(1300)));
    ep.on_timeout(ms(1300));
    let probe = only(&mut ep);
    assert_eq!(
        (probe.seq.0, probe.payload.as_slice()),
        (ISS + 1, &b"a"[..])
    );
}

#[test]
fn answered_zero_window_probes_never_time_out() {
    let mut ep = established_with(Config {
        retries: 1,
        ..Config::default()
    });
    let mut closed = seg(ACK, PEER + 1, ISS + 1);
    closed.wnd = 0;
    ep.on_segment(closed.clone(), ms(250));
    ep.call(Call::Send(b"abc".to_vec()), ms(300));
    for _ in 0..5 {
        let due = ep.poll_timeout().unwrap();
        ep.on_timeout(due);
        assert_eq!(sent(&mut ep).len(), 1, "a probe");
        ep.on_segment(closed.clone(), due);
    }
    assert_eq!(ep.state(), State::Established);
}

/// ESTABLISHED with "abc" queued behind a zero window, just after the
/// first probe went out (its outputs not taken); and the peer's
/// zero-window ACK.
fn probing() -> (Tested, Segment) {
    let mut ep = established();
    let mut closed = seg(ACK, PEER + 1, ISS + 1);
    closed.wnd = 0;
    ep.on_segment(closed.clone(), ms(250));
    ep.call(Call::Send(b"abc".to_vec()), ms(300));
    ep.on_timeout(ms(1300));
    (ep, closed)
}

#[test]
fn a_reopened_window_resends_the_refused_probe_first() {
    let (mut ep, closed) = probing();
    assert_eq!(only(&mut ep).payload, b"a", "the probe");
    // The closed window refused it: ACK still at ISS+1, window 0.
    ep.on_segment(closed.clone(), ms(1400));
    sent(&mut ep);
    let mut open = closed;
    open.wnd = 100;
    ep.on_segment(open, ms(2000));
    let segs = sent(&mut ep);
    let got: Vec<(u32, &[u8])> = segs.iter().map(|s| (s.seq.0, &s.payload[..])).collect();
    assert_eq!(got, [(ISS + 1, &b"a"[..]), (ISS + 2, &b"bc"[..])]);
}

#[test]
fn a_probe_still_on_its_way_is_not_sent_again_when_the_window_reopens() {
    let (mut ep, closed) = probing();
    sent(&mut ep);
    // The window update crosses the probe: it may yet be taken.
    let mut open = closed;
    open.wnd = 100;
    ep.on_segment(open, ms(1350));
    let got: Vec<u32> = sent(&mut ep).iter().map(|s| s.seq.0).collect();
    assert_eq!(got, [ISS + 2], "only the data after the probe");
}

#[test]
fn later_probes_are_probes_not_retransmissions() {
    let (mut ep, closed) = probing();
    ep.take_outputs();
    ep.on_segment(closed, ms(1400));
    ep.take_outputs();
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert!(out.iter().any(|o| matches!(
        o,
        Output::Transmit {
            reason: Reason::WindowProbe,
            ..
        }
    )));
    assert!(!out
        .iter()
        .any(|o| matches!(o, Output::Note(Note::Retransmit { .. }))));
}

/// Test-only: the same segment with extra flags.
trait CloneWith {
    fn clone_with(&self, flags: Flags) -> Segment;
}

impl CloneWith for Segment {
    fn clone_with(&self, flags: Flags) -> Segment {
        let mut s = self.clone();
        s.flags = flags;
        s
    }
}
