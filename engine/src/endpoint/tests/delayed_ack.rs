//! Delayed ACKs (RFC 9293 §3.8.6.3), when switched on.

use super::*;

fn delaying() -> Tested {
    established_with(Config {
        delayed_ack: true,
        ..Config::default()
    })
}

fn text(offset: u32, n: usize) -> Segment {
    data(PEER + 1 + offset, ISS + 1, &"x".repeat(n))
}

#[test]
fn the_ack_of_one_segment_waits_for_the_timer_shld_18() {
    let mut ep = delaying();
    ep.on_segment(text(0, 100), ms(300));
    assert!(sent(&mut ep).is_empty(), "no ACK yet");
    assert_eq!(ep.poll_timeout(), Some(ms(300) + DELAYED_ACK));
    assert!(DELAYED_ACK < Duration::from_millis(500), "MUST-40");
    ep.on_timeout(ms(500));
    let ack = only(&mut ep);
    assert_seg(&ack, ACK, ISS + 1, PEER + 101);
    assert_eq!(ep.poll_timeout(), None);
}

#[test]
fn every_second_segment_is_acknowledged_at_once_shld_19() {
    let mut ep = delaying();
    ep.on_segment(text(0, 1460), ms(300));
    assert!(sent(&mut ep).is_empty());
    ep.on_segment(text(1460, 1460), ms(310));
    assert_seg(&only(&mut ep), ACK, ISS + 1, PEER + 2921);
    assert_eq!(ep.poll_timeout(), None, "nothing owed any more");
}

#[test]
fn data_going_out_carries_the_owed_ack() {
    let mut ep = delaying();
    ep.on_segment(text(0, 100), ms(300));
    sent(&mut ep);
    ep.call(Call::Send(b"reply".to_vec()), ms(350));
    let reply = only(&mut ep);
    assert_eq!(
        (reply.ack.0, reply.payload.as_slice()),
        (PEER + 101, &b"reply"[..])
    );
    let timers: Vec<TimerKind> = ep.timers().iter().map(|t| t.kind).collect();
    assert!(!timers.contains(&TimerKind::DelayedAck));
}

#[test]
fn out_of_order_and_gap_filling_segments_are_acknowledged_at_once() {
    let mut ep = delaying();
    ep.on_segment(text(100, 100), ms(300));
    assert_eq!(only(&mut ep).ack.0, PEER + 1, "a duplicate ACK at once");
    ep.on_segment(text(0, 100), ms(310));
    assert_eq!(only(&mut ep).ack.0, PEER + 201, "the gap filled: at once");
}

#[test]
fn a_fin_is_acknowledged_at_once() {
    let mut ep = delaying();
    let mut fin = text(0, 10);
    fin.flags |= FIN;
    ep.on_segment(fin, ms(300));
    assert_eq!(only(&mut ep).ack.0, PEER + 12);
}

#[test]
fn off_by_default_every_segment_is_acknowledged_at_once() {
    let mut ep = established();
    ep.on_segment(text(0, 100), ms(300));
    assert_eq!(only(&mut ep).ack.0, PEER + 101);
}
