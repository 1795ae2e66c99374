//! What became of each step, read off the trace: the outcome of a segment
//! that arrived (from the rules its receiver applied to it) and the answer
//! an application got to a call. The ladder shows them on their rows; the
//! engine owns them, so that no view has to know which rule means what.

use crate::log::Log;
use crate::note::{Note, Outcome, Rule, Signal};
use crate::sim::{Event, Side, TraceEntry};

/// Entries looked at after a step (a delivery sets off a few notes, a
/// state change and perhaps an answer; never hundreds).
const LOOK_AHEAD: usize = 64;

impl Outcome {
    /// How much it tells: a reset says more than a refusal, which says
    /// more than an acceptance.
    fn weight(self) -> u8 {
        match self {
            Outcome::Accepted => 0,
            Outcome::Ignored => 1,
            Outcome::Refused => 2,
            Outcome::Challenged => 3,
            Outcome::Reset => 4,
        }
    }
}

/// Whether `event` starts another step, ending the one before it.
pub(crate) fn starts_step(event: &Event) -> bool {
    matches!(
        event,
        Event::Delivered { .. }
            | Event::Dropped { .. }
            | Event::Call { .. }
            | Event::TimerFired { .. }
            | Event::Setting(_)
            | Event::Seed(_)
    )
}

/// The entries that follow entry `at`, up to the next step.
fn after(trace: &Log<TraceEntry>, at: usize) -> impl Iterator<Item = &TraceEntry> {
    trace
        .iter_from(at + 1)
        .take(LOOK_AHEAD)
        .take_while(|e| !starts_step(&e.event))
}

/// What became of the segment delivered at trace entry `at`: the weightiest
/// outcome of the rules its receiver applied to it; `None` if it was not a
/// delivery or no rule was logged.
pub fn delivery_outcome(trace: &Log<TraceEntry>, at: usize) -> Option<Outcome> {
    let Event::Delivered { to, .. } = trace.get(at)?.event else {
        return None;
    };
    weightiest(after(trace, at), to).map(Rule::outcome)
}

/// Which duplicate ACK in a row (RFC 5681 §2) the segment delivered at
/// trace entry `at` was, as its receiver counted it; `None` if it was not
/// one, or its receiver runs no congestion control (it counts none).
pub fn duplicate_ack(trace: &Log<TraceEntry>, at: usize) -> Option<u32> {
    let Event::Delivered { to, .. } = trace.get(at)?.event else {
        return None;
    };
    after(trace, at).find_map(|e| match &e.event {
        Event::Note { side, note } if *side == to => match note {
            Note::DuplicateAckCounted { count }
            | Note::LimitedTransmit { count }
            | Note::FastRecoveryInflate { count, .. }
            | Note::SackDuplicateAck { count, .. } => Some(*count),
            // The third: fast retransmit (RFC 5681 §3.2), or why not.
            Note::FastRetransmit { .. }
            | Note::CubicDecrease { .. }
            | Note::RecoverNotCovered { .. } => Some(3),
            // Any other rule applied to it says nothing of duplicates.
            _ => None,
        },
        _ => None,
    })
}

/// The rule that decided what became of the segment delivered first in
/// `entries` (which start with its delivery) at `to`: the weightiest its
/// receiver applied to it, as [`delivery_outcome`] tells its outcome.
pub fn decisive_rule(entries: &[TraceEntry], to: Side) -> Option<Rule> {
    let rest = entries.get(1..)?;
    weightiest(
        rest.iter()
            .take(LOOK_AHEAD)
            .take_while(|e| !starts_step(&e.event)),
        to,
    )
}

/// The weightiest rule `to` applied among `entries` (the first of equals:
/// the one that decided).
fn weightiest<'e>(entries: impl Iterator<Item = &'e TraceEntry>, to: Side) -> Option<Rule> {
    entries
        .filter_map(|e| match &e.event {
            Event::Note { side, note } if *side == to => Some(note.rule()),
            _ => None,
        })
        .fold(None, |best: Option<Rule>, rule| match best {
            Some(b) if b.outcome().weight() >= rule.outcome().weight() => Some(b),
            _ => Some(rule),
        })
}

/// What the application was told at once about the call at trace entry
/// `at` (a refusal such as "connection does not exist"), if anything.
pub fn call_answer(trace: &Log<TraceEntry>, at: usize) -> Option<Signal> {
    let Event::Call { side, .. } = trace.get(at)?.event else {
        return None;
    };
    after(trace, at).find_map(|e| match e.event {
        Event::Signal { side: s, signal } if s == side => Some(signal),
        _ => None,
    })
}

/// The entry that says most about the newest step, for a view that shows
/// one reason: a lost segment (the step itself); else, among the rules
/// applied since the step began, the one that changed a state (logged just
/// before the change), then the weightiest outcome, then the newest. Looks
/// back at most `window` entries.
pub fn headline(trace: &Log<TraceEntry>, window: usize) -> Option<usize> {
    let end = trace.len();
    let from = end.saturating_sub(window).max(trace.first_kept());
    let start = (from..end)
        .rev()
        .find(|&i| trace.get(i).is_some_and(|e| starts_step(&e.event)))
        .unwrap_or(from);
    if matches!(
        trace.get(start).map(|e| &e.event),
        Some(Event::Dropped { .. })
    ) {
        return Some(start);
    }
    let notes: Vec<usize> = (start..end)
        .filter(|&i| matches!(trace.get(i).map(|e| &e.event), Some(Event::Note { .. })))
        .collect();
    let changed_state = notes.iter().rev().copied().find(|&i| {
        matches!(
            trace.get(i + 1).map(|e| &e.event),
            Some(Event::StateChanged { .. })
        )
    });
    let weight = |i: usize| match trace.get(i).map(|e| &e.event) {
        Some(Event::Note { note, .. }) => note.rule().outcome().weight(),
        _ => 0,
    };
    let weightiest = notes
        .iter()
        .rev()
        .copied()
        .max_by_key(|&i| weight(i))
        .filter(|&i| weight(i) > 0);
    changed_state
        .or(weightiest)
        .or(notes.last().copied())
        // No rule in this step (a call that sent nothing): the newest before.
        .or_else(|| {
            (from..start)
                .rev()
                .find(|&i| matches!(trace.get(i).map(|e| &e.event), Some(Event::Note { .. })))
        })
}

/// Which side an answer or outcome belongs to, for views that place it.
pub fn side_of(event: &Event) -> Option<Side> {
    match event {
        Event::Call { side, .. }
        | Event::Queued { side, .. }
        | Event::Discarded { side, .. }
        | Event::TimerFired { side, .. }
        | Event::StateChanged { side, .. }
        | Event::Note { side, .. }
        | Event::Signal { side, .. }
        | Event::Received { side, .. } => Some(*side),
        Event::Sent { from, .. } => Some(*from),
        Event::Delivered { to, .. } => Some(*to),
        Event::Dropped { .. }
        | Event::Delayed { .. }
        | Event::Queue { .. }
        | Event::Setting(_)
        | Event::Seed(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Call;
    use crate::segment::{Flags, Segment};
    use crate::seq::SeqNum;
    use crate::sim::Sim;
    use crate::testing::connected;
    use std::time::Duration;

    /// The segments behind a lost one bring duplicate ACKs, each counted
    /// by the sender: 1, 2, 3 (the fast retransmit), 4 (fast recovery).
    #[test]
    fn duplicate_acks_are_counted_where_they_arrive() {
        let mut sim = Sim::default();
        sim.apply(crate::sim::Setting::Cc(
            Side::Client,
            crate::endpoint::CongestionControl::Reno,
        ));
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(1)).unwrap();
        sim.call(Side::Client, Call::Send(vec![b'x'; 40 * 1460]));
        sim.drop_segment(crate::sim::Selector::FIRST).unwrap();
        sim.run(Duration::from_secs(1)).unwrap();
        let trace = sim.trace();
        let counted: Vec<u32> = (0..trace.len())
            .filter_map(|i| duplicate_ack(trace, i))
            .collect();
        assert_eq!(&counted[..4], &[1, 2, 3, 4], "{counted:?}");
        // Not a delivery: nothing.
        assert_eq!(duplicate_ack(trace, 0), None);
    }

    fn deliveries(sim: &Sim) -> Vec<Option<Outcome>> {
        let trace = sim.trace();
        (0..trace.len())
            .filter(|&i| {
                matches!(
                    trace.get(i).map(|e| &e.event),
                    Some(Event::Delivered { .. })
                )
            })
            .map(|i| delivery_outcome(trace, i))
            .collect()
    }

    #[test]
    fn a_handshake_is_accepted_at_every_arrival() {
        let sim = connected();
        assert_eq!(deliveries(&sim), vec![Some(Outcome::Accepted); 3]);
    }

    #[test]
    fn a_rst_off_rcv_nxt_is_challenged_an_exact_one_taken_and_a_closed_port_answers_rst() {
        let mut sim = connected();
        let rst = |seq: u32| Segment {
            seq: SeqNum(seq),
            ack: SeqNum(0),
            flags: Flags::RST,
            wnd: 0,
            payload: Vec::new().into(),
            options: Vec::new(),
        };
        let id = sim.inject(Side::Client, rst(1100));
        assert!(sim.deliver_id(id));
        assert_eq!(deliveries(&sim).last(), Some(&Some(Outcome::Challenged)));
        sim.run(Duration::from_secs(1)).unwrap();
        let id = sim.inject(Side::Client, rst(1001));
        assert!(sim.deliver_id(id));
        assert_eq!(deliveries(&sim).last(), Some(&Some(Outcome::Accepted)));
        // The server is CLOSED now: an ACK to it is answered with a reset.
        let mut ack = rst(1001);
        ack.flags = Flags::ACK;
        let id = sim.inject(Side::Client, ack);
        assert!(sim.deliver_id(id));
        assert_eq!(deliveries(&sim).last(), Some(&Some(Outcome::Reset)));
    }

    #[test]
    fn the_headline_of_the_final_ack_is_the_rule_that_completes_the_handshake() {
        let sim = connected();
        let i = headline(sim.trace(), 500).unwrap();
        let Some(Event::Note { note, .. }) = sim.trace().get(i).map(|e| &e.event) else {
            panic!("not a note");
        };
        // Not the bookkeeping after it ("new ACK, SND.UNA = …").
        assert!(
            matches!(
                sim.trace().get(i + 1).map(|e| &e.event),
                Some(Event::StateChanged {
                    to: crate::State::Established,
                    ..
                })
            ),
            "{note:?}"
        );
    }

    #[test]
    fn a_pure_ack_that_changes_nothing_is_explained_by_its_own_rule() {
        let mut sim = connected();
        let (server, client) = (
            sim.endpoint(Side::Server).tcb(),
            sim.endpoint(Side::Client).tcb(),
        );
        let ack = Segment {
            seq: server.snd_nxt,
            ack: client.snd_una,
            flags: Flags::ACK,
            wnd: server.rcv_wnd as u16,
            payload: Vec::new().into(),
            options: Vec::new(),
        };
        sim.inject(Side::Server, ack);
        sim.deliver(crate::sim::Selector::FIRST).unwrap();
        let i = headline(sim.trace(), 500).unwrap();
        assert!(matches!(
            sim.trace().get(i).map(|e| &e.event),
            Some(Event::Note {
                side: Side::Client,
                note: crate::note::Note::AckDuplicate { .. }
            })
        ));
    }

    #[test]
    fn the_headline_of_a_drop_is_the_drop() {
        let mut sim = connected();
        sim.call(Side::Client, Call::Send(b"hi".to_vec()));
        sim.drop_segment(crate::sim::Selector { from: None, n: 1 })
            .unwrap();
        let i = headline(sim.trace(), 500).unwrap();
        assert!(matches!(
            sim.trace().get(i).map(|e| &e.event),
            Some(Event::Dropped { .. })
        ));
    }

    #[test]
    fn a_refused_call_is_answered_and_a_good_one_is_not() {
        let mut sim = Sim::default();
        sim.call(Side::Client, Call::Close);
        sim.call(Side::Server, Call::Listen);
        let trace = sim.trace();
        let calls: Vec<Option<Signal>> = (0..trace.len())
            .filter(|&i| matches!(trace.get(i).map(|e| &e.event), Some(Event::Call { .. })))
            .map(|i| call_answer(trace, i))
            .collect();
        assert_eq!(calls, vec![Some(Signal::ErrorDoesNotExist), None]);
    }
}
