//! The endpoint's timers: one table keyed by [`TimerKind`], so that every
//! timer is armed, stopped, listed and fired the same way.
//!
//! When several are due at one instant they fire in the order of
//! [`TimerKind::ALL`]; a timer that an earlier one stops does not fire
//! (the end of TIME-WAIT deletes the TCB, a retransmission carries the
//! ACK a delayed-ACK timer owed).

use crate::time::Instant;
use serde::{Deserialize, Serialize};

/// Which timer. The order of the variants is the order in which timers
/// due at the same instant fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimerKind {
    /// A delayed ACK (§3.8.6.3). First: it answers what the peer sent
    /// before anything the other timers would send.
    DelayedAck,
    /// RFC 6298 retransmission timer: resends the oldest unacknowledged
    /// segment.
    Retransmission,
    /// The zero-window probe timer (§3.8.6.1): the peer's window is zero
    /// and data waits; it sends (or resends) a one-octet probe.
    ZeroWindowProbe,
    /// The SWS override timer (§3.8.6.2.1): sender SWS avoidance has held
    /// data this long; it sends a partial segment.
    SwsOverride,
    /// 2 × MSL in TIME-WAIT (§3.10.7.4). Last: in TIME-WAIT no other
    /// timer runs, and its end deletes the TCB.
    TimeWait,
}

impl TimerKind {
    /// Every timer, in firing order.
    pub const ALL: [TimerKind; 5] = [
        TimerKind::DelayedAck,
        TimerKind::Retransmission,
        TimerKind::ZeroWindowProbe,
        TimerKind::SwsOverride,
        TimerKind::TimeWait,
    ];

    fn index(self) -> usize {
        match self {
            TimerKind::DelayedAck => 0,
            TimerKind::Retransmission => 1,
            TimerKind::ZeroWindowProbe => 2,
            TimerKind::SwsOverride => 3,
            TimerKind::TimeWait => 4,
        }
    }
}

/// A running timer, for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Which timer.
    pub kind: TimerKind,
    /// When it fires.
    pub due: Instant,
}

/// When each timer fires, if it runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Timers([Option<Instant>; TimerKind::ALL.len()]);

impl Timers {
    /// When `kind` fires, if it runs.
    pub(crate) fn get(&self, kind: TimerKind) -> Option<Instant> {
        self.0[kind.index()]
    }

    /// Starts (or restarts) `kind`, or stops it with `None`.
    pub(crate) fn set(&mut self, kind: TimerKind, due: Option<Instant>) {
        self.0[kind.index()] = due;
    }

    /// Whether `kind` runs and is due at or before `now`.
    pub(crate) fn is_due(&self, kind: TimerKind, now: Instant) -> bool {
        self.get(kind).is_some_and(|due| due <= now)
    }

    /// Stops every timer.
    pub(crate) fn stop_all(&mut self) {
        *self = Timers::default();
    }

    /// Stops every timer but `kind`.
    pub(crate) fn stop_all_but(&mut self, kind: TimerKind) {
        let keep = self.get(kind);
        self.stop_all();
        self.set(kind, keep);
    }

    /// The running timers, in firing order.
    pub(crate) fn running(&self) -> impl Iterator<Item = Timer> + '_ {
        TimerKind::ALL
            .into_iter()
            .filter_map(|kind| self.get(kind).map(|due| Timer { kind, due }))
    }

    /// When the next timer fires.
    pub(crate) fn next(&self) -> Option<Instant> {
        self.0.iter().flatten().min().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_follows_the_firing_order() {
        for (i, kind) in TimerKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
    }

    #[test]
    fn running_timers_are_listed_in_firing_order_whatever_their_deadlines() {
        let mut t = Timers::default();
        t.set(TimerKind::TimeWait, Some(Instant::from_millis(5)));
        t.set(TimerKind::DelayedAck, Some(Instant::from_millis(9)));
        let kinds: Vec<TimerKind> = t.running().map(|t| t.kind).collect();
        assert_eq!(kinds, [TimerKind::DelayedAck, TimerKind::TimeWait]);
        assert_eq!(t.next(), Some(Instant::from_millis(5)));
        t.stop_all_but(TimerKind::TimeWait);
        assert_eq!(t.running().count(), 1);
        assert!(t.is_due(TimerKind::TimeWait, Instant::from_millis(5)));
    }
}
