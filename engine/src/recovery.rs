//! What recovers a lost segment, decided by the engine when the segment is
//! lost, from the state of both TCPs at that moment.
//!
//! A teaching tool must not say "its sender sends it again" of a segment no
//! TCP will ever send again (a pure ACK, a RST, a hand-made segment). Each
//! loss therefore carries a [`Recovery`], chosen here and only rendered by
//! the UI; the property tests hold every kind to what the engine then does.

use crate::endpoint::{Endpoint, Outstanding, State};
use crate::segment::{Flags, Segment};
use crate::side::Side;
use crate::time::Instant;
use crate::wire::Wire;
use crate::wire::{InFlight, Origin};
use core::time::Duration;
use serde::{Deserialize, Serialize};

/// What, if nothing else intervenes, makes up for a lost segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Recovery {
    /// The segment occupies sequence space (SYN, data, FIN) that its
    /// sender's TCP still holds unacknowledged: its retransmission timer
    /// (RFC 6298) sends those octets again, unless the connection ends
    /// first.
    Retransmission,
    /// As [`Recovery::Retransmission`], but its sender runs congestion
    /// control (RFC 5681): duplicate ACKs may tell it of the loss before
    /// its timer fires, and then fast retransmit (or, in NewReno's
    /// recovery, a partial ACK) sends the octets again; otherwise the
    /// timer does, and after a timeout the octets go again from SND.UNA as
    /// the window allows (go-back-N).
    FastRetransmitOrTimer,
    /// A zero-window probe (§3.8.6.1): the sender probes again when its
    /// timer fires, with a doubled interval.
    NextProbe,
    /// A pure ACK is never sent again. Its peer still waits for an
    /// acknowledgment, so the peer's retransmission timer sends the oldest
    /// unacknowledged segment again, and the ACK's sender acknowledges that
    /// copy. `time_wait`: the ACK's sender is in TIME-WAIT and the copy (the
    /// peer's FIN) arrives before 2 x MSL ends, so TIME-WAIT acknowledges it
    /// again and restarts its timer (§3.10.7.4).
    PeerResends {
        /// The ACK's sender answers from TIME-WAIT.
        time_wait: bool,
    },
    /// As [`Recovery::PeerResends`], but the ACK's sender leaves TIME-WAIT
    /// before the peer's FIN can come again: with no TCB left, it answers
    /// that FIN with a RST (§3.10.7.1), which ends the peer's connection.
    PeerResendsTooLate,
    /// A pure ACK (a window update) lost while its peer probes a zero
    /// window: the peer's next zero-window probe is answered with the
    /// window again.
    PeerProbes,
    /// A pure ACK that its peer waits for nothing from: nothing is sent
    /// again, and nothing needs to be (a later segment carries the same
    /// acknowledgment).
    NotNeeded,
    /// A RST is never sent again (§3.10.7): nothing recovers it.
    Reset,
    /// The octets it carries are no longer outstanding at its sender
    /// (already acknowledged, e.g. through an earlier copy): nothing is sent
    /// again, and nothing needs to be.
    AlreadyAcknowledged,
    /// The receiver already has these octets (an earlier copy arrived), so
    /// its acknowledgment, on its way or to come, makes up for the loss;
    /// should that be lost too, the sender's retransmission timer sends the
    /// octets again.
    AlreadyReceived,
    /// Its sender's TCP has no connection left that holds these octets
    /// (closed, reset or back in LISTEN): nothing sends it again.
    SenderGone,
    /// Another copy of the same octets from the same sender is still on the
    /// wire (a retransmission's original, or a duplicate) and the peer will
    /// take it: its acknowledgment makes up for the loss (should the
    /// sender's retransmission timer fire first, it sends them again all
    /// the same).
    CopyInFlight,
    /// A pure ACK lost while a later segment from the same sender, still on
    /// the wire, acknowledges at least as much: that segment carries the
    /// same news.
    LaterAckInFlight,
    /// Hand-made or a copy made on the wire: its sender's TCP does not know
    /// it exists, so nothing sends it again.
    Unknown,
}

impl Recovery {
    /// Every kind, for the catalogs' tests.
    pub const ALL: [Recovery; 15] = [
        Recovery::Retransmission,
        Recovery::FastRetransmitOrTimer,
        Recovery::NextProbe,
        Recovery::PeerResends { time_wait: false },
        Recovery::PeerResends { time_wait: true },
        Recovery::PeerResendsTooLate,
        Recovery::PeerProbes,
        Recovery::NotNeeded,
        Recovery::Reset,
        Recovery::AlreadyAcknowledged,
        Recovery::AlreadyReceived,
        Recovery::SenderGone,
        Recovery::CopyInFlight,
        Recovery::LaterAckInFlight,
        Recovery::Unknown,
    ];

    /// A stable id for the language catalogs (`lost-why-ID`).
    pub fn id(self) -> &'static str {
        match self {
            Recovery::Retransmission => "retransmission",
            Recovery::FastRetransmitOrTimer => "fast-retransmit-or-timer",
            Recovery::NextProbe => "next-probe",
            Recovery::PeerResends { time_wait: false } => "peer-resends",
            Recovery::PeerResends { time_wait: true } => "peer-resends-time-wait",
            Recovery::PeerResendsTooLate => "peer-resends-too-late",
            Recovery::PeerProbes => "peer-probes",
            Recovery::NotNeeded => "not-needed",
            Recovery::Reset => "reset",
            Recovery::AlreadyAcknowledged => "already-acknowledged",
            Recovery::AlreadyReceived => "already-received",
            Recovery::SenderGone => "sender-gone",
            Recovery::CopyInFlight => "copy-in-flight",
            Recovery::LaterAckInFlight => "later-ack-in-flight",
            Recovery::Unknown => "unknown",
        }
    }

    /// True when this kind says the segment's own sender sends it again.
    pub fn sender_resends(self) -> bool {
        matches!(
            self,
            Recovery::Retransmission | Recovery::FastRetransmitOrTimer | Recovery::NextProbe
        )
    }

    /// What recovers `seg`, lost on its way from `scene.from`, with the
    /// TCPs and the wire as they are at the loss.
    pub(crate) fn of(seg: &Segment, origin: Origin, scene: &Scene) -> Recovery {
        match origin {
            Origin::Injected | Origin::Duplicate { .. } => return Recovery::Unknown,
            Origin::Tcp | Origin::Released => {}
        }
        if seg.flags.contains(Flags::RST) {
            return Recovery::Reset;
        }
        let (sender, peer) = (scene.sender, scene.peer);
        if seg.seg_len() == 0 {
            if scene.later_ack_arrives_in_time(seg) {
                return Recovery::LaterAckInFlight;
            }
            return pure_ack(sender, peer, scene.now, scene.latency);
        }
        match sender.outstanding(seg) {
            Some(_) if peer.has_received(seg) => Recovery::AlreadyReceived,
            Some(_) if scene.copy_arrives(seg) => Recovery::CopyInFlight,
            Some(Outstanding::Probe) => Recovery::NextProbe,
            // With congestion control on, duplicate ACKs may resend them
            // before the timer does.
            Some(Outstanding::Octets) if sender.congestion().is_some() => {
                Recovery::FastRetransmitOrTimer
            }
            Some(Outstanding::Octets) => Recovery::Retransmission,
            None if sender.holds_connection() => Recovery::AlreadyAcknowledged,
            None => Recovery::SenderGone,
        }
    }
}

/// How many later arrivals a loss looks at to see whether they make up
/// for it.
const MAX_ARRIVALS_LOOKED_AT: usize = 16;

/// How many of the oldest segments in flight a loss looks through for those
/// of its sender (a full wire holds thousands, and every segment sent onto
/// it is lost: each loss must stay cheap).
const MAX_FLIGHTS_SCANNED: usize = 1024;

/// The TCPs and the wire at a loss.
pub(crate) struct Scene<'a> {
    /// Who sent the lost segment.
    pub from: Side,
    /// Its TCP.
    pub sender: &'a Endpoint,
    /// The TCP it was going to.
    pub peer: &'a Endpoint,
    /// What else is in flight.
    pub wire: &'a Wire,
    /// The moment of the loss.
    pub now: Instant,
    /// The wire's one-way delay.
    pub latency: Duration,
}

impl Scene<'_> {
    /// The peer as it would be after the sender's other segments in flight
    /// arrived, those due before `deadline`, in order of arrival (on a copy:
    /// the engine answers, not a guess of what it would do). Beyond the
    /// oldest few, those that carry every octet of `again` arrive too.
    fn peer_after_arrivals(&self, deadline: Option<Instant>, again: Option<&Segment>) -> Endpoint {
        let mut peer = self.peer.clone();
        // The oldest few sent (a loss on a full wire must stay cheap: the
        // wire may hold thousands), then the earliest to arrive first, by
        // picking rather than sorting (a sort would add kilobytes to the
        // first load). A copy of the lost segment behind them counts too:
        // unseen, a loss behind 16 segments in flight was said to be sent
        // again by the timer, and the copy made up for it instead.
        // One such copy at most: every loss on a full wire stays cheap.
        let (mut looked, mut copy) = (0, false);
        let mut coming: Vec<&InFlight> = self
            .wire
            .iter()
            .take(MAX_FLIGHTS_SCANNED)
            .filter(|f| f.from == self.from && deadline.is_none_or(|d| f.arrives_at < d))
            .filter(|f| {
                looked += 1;
                if looked <= MAX_ARRIVALS_LOOKED_AT {
                    return true;
                }
                let taken = !copy && again.is_some_and(|seg| carries(&f.seg, seg));
                copy |= taken;
                taken
            })
            .collect();
        while let Some(next) = (0..coming.len()).min_by_key(|&i| coming[i].arrives_at) {
            let f = coming.remove(next);
            peer.on_segment(f.seg.clone(), f.arrives_at);
        }
        peer
    }

    /// Another copy of every octet of `seg` is on its way and the peer
    /// will take it.
    fn copy_arrives(&self, seg: &Segment) -> bool {
        self.peer_after_arrivals(None, Some(seg)).has_received(seg)
    }

    /// The sender's later segments, arriving before the peer's
    /// retransmission timer fires, acknowledge as much as the lost pure ACK.
    fn later_ack_arrives_in_time(&self, seg: &Segment) -> bool {
        let peer = self.peer_after_arrivals(self.peer.resend_due(), None);
        seg.flags.contains(Flags::ACK)
            && self
                .wire
                .iter()
                .take(MAX_FLIGHTS_SCANNED)
                .any(|f| f.from == self.from)
            && peer.holds_connection()
            && seg.ack.le(peer.tcb().snd_una)
            && self.peer.tcb().snd_una.lt(seg.ack)
    }
}

/// Whether `copy` occupies every sequence number `seg` does.
fn carries(copy: &Segment, seg: &Segment) -> bool {
    copy.seq.le(seg.seq) && (seg.seq + seg.seg_len()).le(copy.seq + copy.seg_len())
}

/// A lost segment that occupies no sequence space and is no RST.
fn pure_ack(sender: &Endpoint, peer: &Endpoint, now: Instant, latency: Duration) -> Recovery {
    if peer.probing() {
        return Recovery::PeerProbes;
    }
    if let Some(due) = peer.resend_due() {
        // TIME-WAIT's own answer is to the FIN sent again (§3.10.7.4); with
        // more outstanding, the peer's oldest segment comes first.
        if sender.state() != State::TimeWait || !peer.only_fin_outstanding() {
            return Recovery::PeerResends { time_wait: false };
        }
        // The peer's copy arrives a one-way delay after its timer fires.
        let arrives = due.max(now) + latency;
        return match sender.time_wait_due() {
            Some(end) if arrives < end => Recovery::PeerResends { time_wait: true },
            Some(_) | None => Recovery::PeerResendsTooLate,
        };
    }
    Recovery::NotNeeded
}
