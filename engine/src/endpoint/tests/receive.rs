//! RECEIVE (§3.10.3) and the receive window: data that waits in the buffer
//! until the application reads, and the receiver's SWS avoidance of
//! §3.8.6.2.2.

use super::*;

/// ESTABLISHED with a receive buffer of `window` bytes whose application
/// reads only when told to.
fn slow_reader(window: u32) -> Tested {
    established_with(Config {
        window,
        autoread: false,
        ..Config::default()
    })
}

/// `n` bytes of text at `offset` past the peer's SYN.
fn text_at(offset: u32, n: usize) -> Segment {
    let text: String = (0..n).map(|i| (b'a' + (i % 26) as u8) as char).collect();
    data(PEER + 1 + offset, ISS + 1, &text)
}

fn notes(ep: &mut Tested) -> Vec<Rule> {
    ep.take_outputs()
        .into_iter()
        .filter_map(|o| match o {
            Output::Note(n) => Some(n.rule()),
            _ => None,
        })
        .collect()
}

fn right_edge(ep: &Tested) -> SeqNum {
    ep.tcb().rcv_nxt + ep.tcb().rcv_wnd
}

use crate::note::Rule;

#[test]
fn buffered_data_shrinks_the_window_and_keeps_the_right_edge() {
    let mut ep = slow_reader(100);
    let edge = right_edge(&ep);
    ep.on_segment(text_at(0, 30), ms(300));
    let ack = only(&mut ep);
    assert_seg(&ack, ACK, ISS + 1, PEER + 31);
    assert_eq!(ack.wnd, 70, "the ACK offers what is left of the buffer");
    assert_eq!(ep.tcb().rcv_wnd, 70);
    assert_eq!(
        right_edge(&ep),
        edge,
        "RCV.NXT+RCV.WND should not be reduced"
    );
    assert_eq!((ep.buffered(), ep.received().len()), (30, 0));
}

#[test]
fn a_full_buffer_advertises_a_zero_window() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 100), ms(300));
    let out = ep.take_outputs();
    assert!(out
        .iter()
        .any(|o| matches!(o, Output::Note(Note::WindowClosed { buffered: 100 }))));
    let ack = out
        .iter()
        .find_map(|o| match o {
            Output::Transmit { seg, .. } => Some(seg.clone()),
            _ => None,
        })
        .expect("an ACK");
    assert_eq!((ack.ack.0, ack.wnd), (PEER + 101, 0));
}

#[test]
fn a_zero_window_probe_is_answered_with_the_zero_window() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 100), ms(300));
    sent(&mut ep);
    // §3.8.6.1: "it must still send an acknowledgment showing its next
    // expected sequence number and current window (zero)".
    ep.on_segment(text_at(100, 1), ms(1300));
    let ack = only(&mut ep);
    assert_eq!((ack.ack.0, ack.wnd), (PEER + 101, 0));
    assert_eq!(ep.buffered(), 100, "the probe's octet is not taken");
}

#[test]
fn read_hands_the_oldest_bytes_to_the_application() {
    let mut ep = slow_reader(100);
    ep.on_segment(data(PEER + 1, ISS + 1, "hello, world"), ms(300));
    sent(&mut ep);
    ep.call(Call::Read(Some(5)), ms(400));
    let out = ep.take_outputs();
    assert!(out.contains(&Output::Data(b"hello".into())));
    assert!(out.contains(&Output::Note(Note::Read {
        len: 5,
        buffered: 7
    })));
    ep.call(Call::Read(None), ms(500));
    assert_eq!(ep.received().to_vec(), b"hello, world");
    assert_eq!(ep.buffered(), 0);
}

#[test]
fn a_small_read_keeps_the_right_edge_sws_avoidance() {
    // RCV.BUFF 100, MSS 1460: the window reopens once 50 bytes are free.
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 100), ms(300));
    sent(&mut ep);
    ep.call(Call::Read(Some(20)), ms(400));
    assert!(notes(&mut ep).contains(&Rule::WindowHeld));
    assert_eq!(ep.tcb().rcv_wnd, 0, "20 free bytes are not offered yet");
    ep.call(Call::Read(Some(29)), ms(500));
    assert!(sent(&mut ep).is_empty(), "49 < min(100/2, 1460): no update");
}

#[test]
fn a_read_that_frees_enough_sends_a_window_update() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 100), ms(300));
    sent(&mut ep);
    ep.call(Call::Read(Some(20)), ms(400));
    sent(&mut ep);
    ep.call(Call::Read(Some(30)), ms(500));
    let update = only(&mut ep);
    assert_seg(&update, ACK, ISS + 1, PEER + 101);
    assert_eq!(update.wnd, 50, "RCV.WND = RCV.BUFF - RCV.USER");
    assert_eq!(ep.tcb().rcv_wnd, 50);
}

#[test]
fn the_threshold_is_the_mss_when_the_buffer_is_large() {
    let mut ep = established_with(Config {
        window: 10_000,
        mss: 100,
        autoread: false,
        ..Config::default()
    });
    ep.on_segment(text_at(0, 1000), ms(300));
    sent(&mut ep);
    ep.call(Call::Read(Some(99)), ms(400));
    assert!(sent(&mut ep).is_empty(), "99 < min(5000, 100)");
    ep.call(Call::Read(Some(1)), ms(500));
    assert_eq!(only(&mut ep).wnd, 9_100, "RCV.BUFF 10,000 - RCV.USER 900");
}

#[test]
fn no_window_update_once_the_peer_has_sent_its_fin() {
    let mut ep = slow_reader(100);
    // 99 bytes and the FIN: a FIN beyond the window would be cut off.
    let mut last = text_at(0, 99);
    last.flags |= FIN;
    ep.on_segment(last, ms(300));
    sent(&mut ep);
    assert_eq!(ep.state(), State::CloseWait);
    ep.call(Call::Read(None), ms(400));
    assert!(notes(&mut ep).contains(&Rule::WindowOpens));
    assert!(sent(&mut ep).is_empty(), "the peer sends no more data");
}

#[test]
fn close_wait_reads_data_on_hand_then_refuses() {
    let mut ep = slow_reader(100);
    let mut last = text_at(0, 10);
    last.flags |= FIN;
    ep.on_segment(last, ms(300));
    sent(&mut ep);
    ep.call(Call::Read(None), ms(400));
    assert_eq!(ep.received().len(), 10);
    ep.take_outputs();
    ep.call(Call::Read(None), ms(500));
    assert!(ep.take_outputs().contains(&Output::Note(Note::ReadRefused {
        state: State::CloseWait,
        error: Signal::ErrorClosing
    })));
}

#[test]
fn read_in_closed_is_refused_connection_does_not_exist() {
    let mut ep = closed();
    ep.call(Call::Read(None), ms(0));
    assert!(ep.was_told(Signal::ErrorDoesNotExist));
}

#[test]
fn read_in_time_wait_is_refused_connection_closing() {
    let mut ep = time_wait();
    ep.call(Call::Read(Some(1)), ms(900));
    assert!(ep.was_told(Signal::ErrorClosing));
}

#[test]
fn read_with_nothing_waiting_returns_nothing() {
    let mut ep = slow_reader(100);
    ep.call(Call::Read(None), ms(300));
    assert_eq!(notes(&mut ep), [Rule::ReadNothing]);
    assert!(ep.signals().is_empty(), "not an error: reads never wait");
}

#[test]
fn autoread_keeps_the_window_at_the_buffer_size() {
    let mut ep = established_with(Config {
        window: 100,
        ..Config::default()
    });
    ep.on_segment(text_at(0, 60), ms(300));
    assert_eq!(only(&mut ep).wnd, 100);
    assert_eq!((ep.buffered(), ep.received().len()), (0, 60));
}

#[test]
fn turning_autoread_on_reads_what_waits_and_opens_the_window() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 100), ms(300));
    sent(&mut ep);
    let config = Config {
        autoread: true,
        ..ep.config().clone()
    };
    ep.set_config(config);
    assert_eq!(ep.received().len(), 100);
    assert_eq!(only(&mut ep).wnd, 100);
}

#[test]
fn held_segments_land_in_the_buffer_when_the_gap_fills() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(10, 20), ms(300));
    sent(&mut ep);
    assert_eq!(ep.buffered(), 0, "out of order: held, not readable");
    ep.on_segment(text_at(0, 10), ms(400));
    assert_eq!(only(&mut ep).wnd, 70);
    assert_eq!(ep.buffered(), 30);
}

#[test]
fn a_reset_flushes_the_buffer() {
    let mut ep = slow_reader(100);
    ep.on_segment(text_at(0, 10), ms(300));
    sent(&mut ep);
    ep.on_segment(seg(RST, PEER + 11, 0), ms(400));
    assert_eq!(ep.state(), State::Closed);
    assert_eq!(ep.buffered(), 0);
}

#[test]
fn with_autoread_back_on_a_held_back_window_reopens_as_data_is_read() {
    let mut ep = slow_reader(1000);
    ep.on_segment(text_at(0, 1000), ms(300));
    ep.call(Call::Read(Some(700)), ms(400));
    sent(&mut ep);
    assert_eq!(ep.tcb().rcv_wnd, 700);
    let config = Config {
        autoread: true,
        ..ep.config().clone()
    };
    ep.set_config(config);
    assert_eq!(
        ep.tcb().rcv_wnd,
        700,
        "300 more freed: under 500, held back"
    );
    let edge = right_edge(&ep);
    ep.on_segment(text_at(1000, 100), ms(500));
    assert_eq!(only(&mut ep).wnd, 600, "still held: the right edge stays");
    assert_eq!(right_edge(&ep), edge);
    ep.on_segment(text_at(1100, 100), ms(600));
    assert_eq!(
        only(&mut ep).wnd,
        1000,
        "500 read and not offered: the window opens whole, in the data's ACK"
    );
}
