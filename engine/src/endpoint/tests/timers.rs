//! The timer table: every firing told with its kind, timers due at one
//! instant all fired in the documented order, and TIME-WAIT alone.

use super::*;

fn fired(outputs: &[Output]) -> Vec<TimerKind> {
    outputs
        .iter()
        .filter_map(|o| match o {
            Output::TimerFired(kind) => Some(*kind),
            _ => None,
        })
        .collect()
}

fn kinds(ep: &Tested) -> Vec<TimerKind> {
    ep.timers().iter().map(|t| t.kind).collect()
}

#[test]
fn two_timers_due_at_one_instant_both_fire_in_order() {
    let mut ep = established_with(Config {
        delayed_ack: true,
        ..Config::default()
    });
    // Our data at 300 ms: retransmission at 1300 ms (RTO 1 s).
    ep.call(Call::Send(b"ours".to_vec()), ms(300));
    sent(&mut ep);
    // Their data at 1100 ms: the ACK may wait until 1300 ms.
    ep.on_segment(data(PEER + 1, ISS + 1, "theirs"), ms(1100));
    assert!(sent(&mut ep).is_empty());
    let due: Vec<Timer> = ep.timers();
    assert_eq!(
        due,
        [
            Timer {
                kind: TimerKind::DelayedAck,
                due: ms(1300)
            },
            Timer {
                kind: TimerKind::Retransmission,
                due: ms(1300)
            }
        ]
    );
    ep.on_timeout(ms(1300));
    let out = ep.take_outputs();
    assert_eq!(
        fired(&out),
        [TimerKind::DelayedAck, TimerKind::Retransmission]
    );
    // Each firing comes before what it did: the ACK, then the data again.
    let segs: Vec<&Segment> = out
        .iter()
        .filter_map(|o| match o {
            Output::Transmit { seg, .. } => Some(seg),
            _ => None,
        })
        .collect();
    assert_eq!(segs.len(), 2);
    assert!(segs[0].payload.is_empty() && segs[1].payload.as_slice() == b"ours");
    assert_eq!(kinds(&ep), [TimerKind::Retransmission]);
}

#[test]
fn a_timer_an_earlier_one_stopped_does_not_fire() {
    let mut ep = established_with(Config {
        retries: 0,
        delayed_ack: true,
        ..Config::default()
    });
    ep.call(Call::Send(b"ours".to_vec()), ms(300));
    ep.on_segment(data(PEER + 1, ISS + 1, "theirs"), ms(1100));
    ep.take_outputs();
    // A TIME-WAIT timer set by hand, due at the same instant: the
    // retransmission timer gives up first and deletes the TCB, which
    // stops it.
    ep.timers.set(TimerKind::TimeWait, Some(ms(1300)));
    ep.on_timeout(ms(1300));
    let out = ep.take_outputs();
    assert_eq!(
        fired(&out),
        [TimerKind::DelayedAck, TimerKind::Retransmission]
    );
    assert_eq!(ep.state(), State::Closed);
    assert!(ep.timers().is_empty());
}

#[test]
fn entering_time_wait_turns_off_the_other_timers() {
    let mut ep = established_with(Config {
        delayed_ack: true,
        ..Config::default()
    });
    ep.call(Call::Close, ms(300));
    ep.on_segment(seg(ACK, PEER + 1, ISS + 2), ms(400));
    assert_eq!(ep.state(), State::FinWait2);
    // An ACK owed for their data, and (as if) a probe timer running.
    ep.on_segment(data(PEER + 1, ISS + 2, "theirs"), ms(450));
    ep.timers.set(TimerKind::ZeroWindowProbe, Some(ms(5000)));
    assert_eq!(
        kinds(&ep),
        [TimerKind::DelayedAck, TimerKind::ZeroWindowProbe]
    );
    ep.take_outputs();
    // §3.10.7.4: "Start the time-wait timer, turn off the other timers."
    ep.enter_time_wait();
    assert_eq!(kinds(&ep), [TimerKind::TimeWait]);
}

#[test]
fn the_probe_timer_is_the_retransmission_timer_while_the_window_is_zero() {
    let mut ep = established();
    ep.on_segment(
        Segment {
            wnd: 0,
            ..seg(ACK, PEER + 1, ISS + 1)
        },
        ms(300),
    );
    ep.call(Call::Send(b"waits".to_vec()), ms(310));
    assert!(sent(&mut ep).is_empty());
    assert_eq!(kinds(&ep), [TimerKind::ZeroWindowProbe]);
    let due = ep.poll_timeout().unwrap();
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert_eq!(fired(&out), [TimerKind::ZeroWindowProbe]);
    assert_eq!(kinds(&ep), [TimerKind::ZeroWindowProbe], "probing goes on");
    // The window opens: what is sent is timed for retransmission.
    ep.on_segment(seg(ACK, PEER + 1, ISS + 2), ms(5000));
    assert!(!sent(&mut ep).is_empty());
    assert_eq!(kinds(&ep), [TimerKind::Retransmission]);
}
