//! How a sequence number is shown to a student: relative to the ISS of the
//! side whose sequence space it belongs to (as Wireshark does), or as the
//! real 32-bit value; and whether it lies in that space at all.
//!
//! A number far from anything the connection used (a blind RST's
//! `seq=12345`, a segment of an earlier connection) would read as a huge
//! wrapped offset; it is shown as its real value, marked as outside.

use crate::segment::Flags;
use crate::seq::SeqNum;
use crate::sim::{BySide, Side, Snapshot};
use crate::state::State;
use serde::{Deserialize, Serialize};

/// A number as it should be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    /// Counted from the owner's ISS.
    Relative(u32),
    /// The real 32-bit value (absolute numbering chosen).
    Absolute(u32),
    /// The real value of a number outside the owner's sequence space as
    /// used so far (plus the window): it cannot be a sensible offset.
    Outside(u32),
    /// The real value: the owner has no ISS yet, so there is nothing to
    /// count from.
    NoIsn(u32),
}

/// How a number field of a segment being composed is read and written,
/// and why (the composer's label says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Counted from the owner's ISS.
    FromIss(Side),
    /// The real value: real numbers were chosen.
    Real,
    /// The real value: the owner has no ISS yet.
    NoIss(Side),
    /// The real value: the owner has no connection (CLOSED, or LISTEN
    /// again after a reset); the ISS it last had belongs to a connection
    /// that is over, and a SYN starts a new sequence space.
    NoConnection(Side),
    /// The real value of an acknowledgment field without the ACK flag: the
    /// receiver ignores it (§3.1), so it counts from nothing.
    AckUnused,
}

/// One side's send space: its ISS and how far numbers may sensibly reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Space {
    iss: SeqNum,
    /// Offsets from the ISS up to this one are inside.
    reach: u32,
}

/// The numbering the student chose, with what it needs to know about both
/// sequence spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbering {
    /// Relative (from each side's ISS) rather than real numbers.
    pub relative: bool,
    spaces: BySide<Option<Space>>,
}

impl Numbering {
    /// From a snapshot: each side's ISS (if chosen) and the reach of its
    /// space (SND.NXT plus the larger of the windows involved). A side whose
    /// TCP chose no ISS but whose hand-made SYN the peer took counts from
    /// the peer's IRS, as Wireshark counts from the first SYN it sees.
    pub fn new(relative: bool, snap: &Snapshot) -> Numbering {
        let spaces = BySide::from_fn(|side| {
            let view = &snap.endpoints[side];
            let peer = &snap.endpoints[side.other()];
            let window = view
                .tcb
                .max_snd_wnd
                .max(peer.tcb.rcv_wnd)
                .max(u32::from(u16::MAX));
            if view.iss_known {
                let tcb = &view.tcb;
                Some(Space {
                    iss: tcb.iss,
                    reach: tcb.snd_nxt.since(tcb.iss).saturating_add(window),
                })
            } else if peer.irs_known {
                let irs = peer.tcb.irs;
                Some(Space {
                    iss: irs,
                    reach: peer.tcb.rcv_nxt.since(irs).saturating_add(window),
                })
            } else {
                None
            }
        });
        Numbering { relative, spaces }
    }

    /// Real numbers everywhere (nothing is known about the spaces).
    pub fn absolute() -> Numbering {
        Numbering {
            relative: false,
            spaces: BySide::default(),
        }
    }

    /// How to show `n`, a number in the sequence space `owner` sends in.
    pub fn show(&self, n: SeqNum, owner: Side) -> Shown {
        match self.spaces[owner] {
            None if self.relative => Shown::NoIsn(n.0),
            None => Shown::Absolute(n.0),
            Some(space) => {
                let offset = n.since(space.iss);
                if offset > space.reach {
                    Shown::Outside(n.0)
                } else if self.relative {
                    Shown::Relative(offset)
                } else {
                    Shown::Absolute(n.0)
                }
            }
        }
    }

    /// What a student typed in this numbering, as a real sequence number
    /// of `owner`'s space (relative values count from its ISS).
    pub fn absolute_of(&self, typed: u32, owner: Side) -> SeqNum {
        match self.spaces[owner] {
            Some(space) if self.relative => space.iss + typed,
            _ => SeqNum(typed),
        }
    }

    /// A real number written the way a student types it in this numbering.
    pub fn typed(&self, n: SeqNum, owner: Side) -> u32 {
        match self.spaces[owner] {
            Some(space) if self.relative => n.since(space.iss),
            _ => n.0,
        }
    }

    /// How a composed segment's number of `owner`'s space is read, with
    /// `owner` in `state`: from its ISS when relative numbers are chosen
    /// and its connection has one.
    pub fn reading(&self, owner: Side, state: State) -> Reading {
        match self.spaces[owner] {
            _ if !self.relative => Reading::Real,
            None => Reading::NoIss(owner),
            Some(_) if matches!(state, State::Closed | State::Listen) => {
                Reading::NoConnection(owner)
            }
            Some(_) => Reading::FromIss(owner),
        }
    }

    /// How a composed segment's acknowledgment field is read: as any
    /// number of `owner`'s space with the ACK flag, as the real value
    /// without it.
    pub fn ack_reading(&self, flags: Flags, owner: Side, state: State) -> Reading {
        if flags.contains(Flags::ACK) {
            self.reading(owner, state)
        } else {
            Reading::AckUnused
        }
    }

    /// What a student typed in a field read this way, as a real number.
    pub fn read(&self, reading: Reading, typed: u32) -> SeqNum {
        match reading {
            Reading::FromIss(owner) => self.absolute_of(typed, owner),
            Reading::Real | Reading::NoIss(_) | Reading::NoConnection(_) | Reading::AckUnused => {
                SeqNum(typed)
            }
        }
    }

    /// A real number as a field read this way shows it.
    pub fn write(&self, reading: Reading, n: SeqNum) -> u32 {
        match reading {
            Reading::FromIss(owner) => self.typed(n, owner),
            Reading::Real | Reading::NoIss(_) | Reading::NoConnection(_) | Reading::AckUnused => {
                n.0
            }
        }
    }

    /// Whether `owner`'s numbers are counted from its ISS here.
    pub fn counts_from_iss(&self, owner: Side) -> bool {
        self.relative && self.spaces[owner].is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Call;
    use crate::sim::Sim;
    use core::time::Duration;

    fn connected() -> Sim {
        let mut sim = Sim::default();
        sim.set_isn(Side::Client, u32::MAX);
        sim.set_isn(Side::Server, 5000);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(1)).unwrap();
        sim
    }

    #[test]
    fn relative_numbers_count_from_the_owner_iss_and_wrap() {
        let n = Numbering::new(true, &connected().snapshot());
        assert_eq!(n.show(SeqNum(0), Side::Client), Shown::Relative(1));
        assert_eq!(n.show(SeqNum(5001), Side::Server), Shown::Relative(1));
        assert_eq!(n.absolute_of(1, Side::Server), SeqNum(5001));
        assert_eq!(n.typed(SeqNum(5001), Side::Server), 1);
    }

    #[test]
    fn a_number_outside_the_space_is_shown_real_and_marked() {
        let sim = connected();
        for relative in [true, false] {
            let n = Numbering::new(relative, &sim.snapshot());
            assert_eq!(
                n.show(SeqNum(100_000), Side::Server),
                Shown::Outside(100_000)
            );
            assert_eq!(n.show(SeqNum(4999), Side::Server), Shown::Outside(4999));
        }
    }

    #[test]
    fn a_hand_made_syn_is_counted_from_the_irs_its_receiver_learned() {
        let mut sim = Sim::default();
        sim.call(Side::Server, Call::Listen);
        sim.inject(
            Side::Client,
            crate::Segment {
                seq: SeqNum(1000),
                ack: SeqNum(0),
                flags: crate::Flags::SYN,
                wnd: 1000,
                payload: Vec::new().into(),
                options: Vec::new(),
            },
        );
        sim.deliver(crate::sim::Selector::FIRST).unwrap();
        let n = Numbering::new(true, &sim.snapshot());
        assert_eq!(n.show(SeqNum(1000), Side::Client), Shown::Relative(0));
        assert_eq!(n.show(SeqNum(1001), Side::Client), Shown::Relative(1));
    }

    #[test]
    fn a_composed_number_counts_from_an_iss_only_of_a_live_connection_and_an_ack_only_with_ack() {
        let sim = connected();
        let n = Numbering::new(true, &sim.snapshot());
        let est = State::Established;
        assert_eq!(n.reading(Side::Server, est), Reading::FromIss(Side::Server));
        assert_eq!(n.write(Reading::FromIss(Side::Server), SeqNum(5001)), 1);
        assert_eq!(n.read(Reading::FromIss(Side::Server), 1), SeqNum(5001));
        // A CLOSED side's last ISS is of a connection that is over.
        let closed = n.reading(Side::Server, State::Closed);
        assert_eq!(closed, Reading::NoConnection(Side::Server));
        assert_eq!(n.reading(Side::Server, State::Listen), closed);
        assert_eq!(n.write(closed, SeqNum(7)), 7);
        // Without ACK the field is ignored: its real value, never an offset.
        let unused = n.ack_reading(Flags::SYN, Side::Server, est);
        assert_eq!(unused, Reading::AckUnused);
        assert_eq!(
            (n.write(unused, SeqNum(0)), n.read(unused, 0)),
            (0, SeqNum(0))
        );
        assert_eq!(
            n.ack_reading(Flags::ACK, Side::Server, est),
            Reading::FromIss(Side::Server)
        );
        let real = Numbering::new(false, &sim.snapshot());
        assert_eq!(real.reading(Side::Server, est), Reading::Real);
        let fresh = Numbering::new(true, &Sim::default().snapshot());
        assert_eq!(
            fresh.reading(Side::Client, State::Closed),
            Reading::NoIss(Side::Client)
        );
    }

    #[test]
    fn before_an_iss_numbers_are_real() {
        let n = Numbering::new(true, &Sim::default().snapshot());
        assert_eq!(n.show(SeqNum(7), Side::Client), Shown::NoIsn(7));
        assert_eq!(n.absolute_of(7, Side::Client), SeqNum(7));
        assert!(!n.counts_from_iss(Side::Client));
    }
}
