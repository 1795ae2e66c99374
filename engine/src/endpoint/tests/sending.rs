//! When queued data goes out: sender SWS avoidance (§3.8.6.2.1) and the
//! Nagle algorithm (§3.7.4). One test per rule, named after it.

use super::*;

/// ESTABLISHED with MSS 1000, the peer having offered a 2000-octet window
/// (the largest it offers).
fn sender(nagle: bool) -> Tested {
    let mut ep = with(Config {
        mss: 1000,
        nagle,
        ..Config::default()
    });
    ep.call(Call::Connect, ms(0));
    ep.on_segment(
        Segment {
            wnd: 2000,
            ..seg(SYN | ACK, PEER, ISS + 1)
        },
        ms(200),
    );
    sent(&mut ep);
    ep
}

/// The peer acknowledges up to `ISS + 1 + acked` and offers `wnd`.
fn ack(ep: &mut Tested, acked: u32, wnd: u16, at: u64) {
    ep.on_segment(
        Segment {
            wnd,
            ..seg(ACK, PEER + 1, ISS + 1 + acked)
        },
        ms(at),
    );
}

fn lens(ep: &mut Tested) -> Vec<usize> {
    sent(ep).iter().map(|s| s.payload.len()).collect()
}

fn rules(out: &[Output]) -> Vec<Rule> {
    out.iter()
        .filter_map(|o| match o {
            Output::Note(n) => Some(n.rule()),
            _ => None,
        })
        .collect()
}

fn kinds(ep: &Tested) -> Vec<TimerKind> {
    ep.timers().iter().map(|t| t.kind).collect()
}

use crate::note::Rule;

#[test]
fn sws_hold_no_octet_into_a_one_octet_window_while_more_waits() {
    // The case: 1,999 octets queued and a usable window of 1.
    let mut ep = sender(false);
    ep.call(Call::Send(vec![b'x'; 1999]), ms(300));
    assert_eq!(
        lens(&mut ep),
        [1000, 999],
        "a full segment, then all the rest"
    );
    ack(&mut ep, 1999, 1, 500);
    ep.take_outputs();
    ep.call(Call::Send(vec![b'y'; 1999]), ms(600));
    let out = ep.take_outputs();
    assert!(!out.iter().any(|o| matches!(o, Output::Transmit { .. })));
    assert!(out.contains(&Output::Note(Note::SwsHold {
        usable: 1,
        mss: 1000,
        threshold: 1000
    })));
    assert_eq!(kinds(&ep), [TimerKind::SwsOverride]);
    // The window opens: a full segment, then the rest, which all fits.
    ack(&mut ep, 1999, 2000, 700);
    assert_eq!(lens(&mut ep), [1000, 999]);
    assert!(
        !kinds(&ep).contains(&TimerKind::SwsOverride),
        "nothing held"
    );
}

#[test]
fn sws_hold_lets_half_the_largest_window_go_and_all_that_fits() {
    let mut ep = sender(false);
    // Rule (3): 1000 usable is half of the largest window, 2000.
    ack(&mut ep, 0, 1000, 250);
    ep.call(Call::Send(vec![b'x'; 3000]), ms(300));
    assert_eq!(lens(&mut ep), [1000]);
    // Rule (2): 300 octets, all the data, fit in a window of 500.
    let mut ep = sender(false);
    ack(&mut ep, 0, 500, 250);
    ep.call(Call::Send(vec![b'x'; 300]), ms(300));
    assert_eq!(lens(&mut ep), [300]);
    // Neither: 999 usable, 1001 queued.
    let mut ep = sender(false);
    ack(&mut ep, 0, 999, 250);
    ep.call(Call::Send(vec![b'x'; 1001]), ms(300));
    assert_eq!(lens(&mut ep), [] as [usize; 0]);
}

#[test]
fn sws_hold_is_told_once_while_it_stands() {
    let mut ep = sender(false);
    ack(&mut ep, 0, 300, 250);
    ep.call(Call::Send(vec![b'x'; 1999]), ms(300));
    let first = rules(&ep.take_outputs());
    assert_eq!(first.iter().filter(|r| **r == Rule::SwsHold).count(), 1);
    // The same window again changes nothing: no second note.
    ack(&mut ep, 0, 300, 350);
    assert!(!rules(&ep.take_outputs()).contains(&Rule::SwsHold));
}

#[test]
fn sws_override_sends_a_partial_segment_after_the_timeout() {
    let mut ep = sender(false);
    ack(&mut ep, 0, 300, 250);
    ep.call(Call::Send(vec![b'x'; 1999]), ms(300));
    sent(&mut ep);
    assert_eq!(ep.poll_timeout(), Some(ms(300) + SWS_OVERRIDE));
    assert!(SWS_OVERRIDE >= Duration::from_millis(100) && SWS_OVERRIDE <= Duration::from_secs(1));
    ep.on_timeout(ms(300) + SWS_OVERRIDE);
    let out = ep.take_outputs();
    assert!(out.contains(&Output::TimerFired(TimerKind::SwsOverride)));
    assert!(out.contains(&Output::Note(Note::SwsOverride {
        len: 300,
        wait: SWS_OVERRIDE
    })));
    let segs: Vec<usize> = out
        .iter()
        .filter_map(|o| match o {
            Output::Transmit { seg, .. } => Some(seg.payload.len()),
            _ => None,
        })
        .collect();
    assert_eq!(segs, [300], "only what the window takes");
    // The window is used up: no override timer, the retransmission timer.
    assert_eq!(kinds(&ep), [TimerKind::Retransmission]);
}

#[test]
fn nagle_hold_waits_for_the_ack_of_outstanding_data() {
    let mut ep = sender(true);
    ep.call(Call::Send(b"a".to_vec()), ms(300));
    assert_eq!(lens(&mut ep), [1], "nothing unacknowledged: at once");
    ep.call(Call::Send(b"b".to_vec()), ms(310));
    let out = ep.take_outputs();
    assert!(out.contains(&Output::Note(Note::NagleHold {
        queued: 1,
        unacked: 1,
        mss: 1000
    })));
    assert!(!out.iter().any(|o| matches!(o, Output::Transmit { .. })));
    ep.call(Call::Send(b"c".to_vec()), ms(320));
    assert!(sent(&mut ep).is_empty());
    assert!(
        !kinds(&ep).contains(&TimerKind::SwsOverride),
        "the ACK, not a timer, ends the wait"
    );
    ack(&mut ep, 1, 2000, 500);
    let segs = sent(&mut ep);
    assert_eq!(segs.len(), 1, "gathered into one segment");
    assert_eq!(segs[0].payload.as_slice(), b"bc");
}

#[test]
fn nagle_hold_never_holds_a_full_segment_nor_the_data_before_a_fin() {
    let mut ep = sender(true);
    ep.call(Call::Send(b"a".to_vec()), ms(300));
    sent(&mut ep);
    ep.call(Call::Send(vec![b'x'; 1500]), ms(310));
    assert_eq!(lens(&mut ep), [1000], "a full segment goes, 500 wait");
    ep.call(Call::Close, ms(320));
    let segs = sent(&mut ep);
    assert_eq!(segs.len(), 1);
    assert_eq!(segs[0].payload.len(), 500);
    assert!(segs[0].has(FIN), "closing pushes the rest with the FIN");
}

#[test]
fn without_nagle_small_segments_go_at_once() {
    let mut ep = sender(false);
    for (i, text) in ["a", "b", "c"].into_iter().enumerate() {
        ep.call(Call::Send(text.as_bytes().to_vec()), ms(300 + i as u64));
        assert_eq!(lens(&mut ep), [1]);
    }
    assert!(!Config::default().nagle, "off unless switched on");
}
