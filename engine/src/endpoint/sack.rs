//! Selective acknowledgments: the option's negotiation and the receiver's
//! blocks (RFC 2018), and the sender's loss recovery built on them
//! (RFC 6675), for a side with `sack` on whose peer's SYN permitted it.
//!
//! Loss recovery by SACK runs when the side also runs congestion control
//! (`reno` or `newreno`): RFC 6675 replaces RFC 5681's fast recovery and
//! RFC 6582's partial ACKs; slow start, congestion avoidance, the
//! timeout's window and restart after idle stay those of `congestion.rs`.
//! Every decision is a [`Note`].

use super::scoreboard::{Scoreboard, DUP_THRESH};
use super::{Endpoint, Span, Tcb};
use crate::note::{Note, Reason, Seq};
use crate::options::{encode, TcpOption};
use crate::segment::Segment;
use crate::seq::SeqNum;
use serde::{Deserialize, Serialize};

/// RFC 2018 §3: the 40 bytes of options hold at most 4 blocks.
pub const MAX_SACK_BLOCKS: usize = 4;

/// How many SACK blocks fit beside `other` options (RFC 2018 §3: "a SACK
/// option that specifies n blocks will have a length of 8*n+2 bytes, so
/// the 40 bytes available for TCP options can specify a maximum of 4
/// blocks"; 3 beside the timestamps option).
pub fn blocks_that_fit(other: &[TcpOption]) -> usize {
    (40usize
        .saturating_sub(encode(other).len())
        .saturating_sub(2)
        / 8)
    .min(MAX_SACK_BLOCKS)
}

/// SACK's state on one connection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Sack {
    /// Our SYN carried SACK-permitted.
    offered: bool,
    /// The peer's SYN did.
    peer_offered: bool,
    /// Receiver: a sequence number in each block most recently reported
    /// first, most recent first (RFC 2018 §4).
    recent: Vec<SeqNum>,
    /// Sender: what the peer has SACKed (RFC 6675 §3).
    board: Scoreboard,
    /// HighRxt + 1: the end of the highest octet retransmitted in this
    /// recovery (RFC 6675 §2).
    rxt_end: SeqNum,
    /// RescueRxt (RFC 6675 §2), undefined until a recovery sets it.
    rescue_rxt: Option<SeqNum>,
    /// RecoveryPoint (RFC 6675 §2): HighData when recovery (or the last
    /// timeout) began.
    recovery_point: SeqNum,
    /// A timeout set RecoveryPoint: no new recovery until HighACK reaches
    /// it (RFC 6675 §5.1).
    after_rto: bool,
}

/// SACK as a student sees it (the snapshot carries it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SackView {
    /// Sender: the ranges the peer has SACKed, in this side's own sequence
    /// space, in order (the scoreboard).
    pub sacked: Vec<Span>,
    /// Sender: octets SACKed in all.
    pub sacked_bytes: u32,
    /// Sender: RFC 6675's pipe, when this side runs congestion control.
    pub pipe: Option<u32>,
    /// Sender: RecoveryPoint, while SACK loss recovery lasts.
    pub recovery_point: Option<SeqNum>,
    /// Receiver: the blocks its next ACK carries, in the peer's sequence
    /// space, in the order sent.
    pub blocks: Vec<Span>,
}

/// The blocks of a segment's SACK option, as sequence numbers.
fn blocks(seg: &Segment) -> impl Iterator<Item = (SeqNum, SeqNum)> + '_ {
    seg.options
        .iter()
        .flat_map(|o| match o {
            TcpOption::Sack(blocks) => blocks.as_slice(),
            TcpOption::Mss(_)
            | TcpOption::WindowScale(_)
            | TcpOption::SackPermitted
            | TcpOption::Timestamps(..)
            | TcpOption::Unknown { .. } => &[],
        })
        .map(|&(l, r)| (SeqNum(l), SeqNum(r)))
}

/// What NextSeg () (RFC 6675 §4) chose to retransmit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    /// Rule (1): a lost hole.
    Lost,
    /// Rule (3): a hole below the highest SACK, not (yet) lost.
    Unsacked,
    /// Rule (4): the rescue retransmission.
    Rescue,
}

impl Endpoint {
    // ----- negotiation (RFC 2018 §2) -----

    /// Our SYN is formed now: it offers SACK when the setting is on.
    pub(super) fn offer_sack(&mut self) {
        self.sack.offered = self.config.sack;
    }

    /// Whether a SYN of ours carries SACK-permitted.
    pub(super) fn sack_offered(&self) -> bool {
        self.sack.offered
    }

    /// The peer's SYN arrived: did it offer SACK?
    pub(super) fn learn_peer_sack(&mut self, seg: &Segment) {
        self.sack.peer_offered = seg.options.contains(&TcpOption::SackPermitted);
    }

    /// Both SYNs carried SACK-permitted (and the setting is still on).
    pub fn sack_permitted(&self) -> bool {
        self.config.sack && self.sack.offered && self.sack.peer_offered
    }

    /// The connection is open: says whether SACK was agreed.
    pub(super) fn sack_established(&mut self) {
        if !self.sack.offered {
            return;
        }
        self.note(if self.sack.peer_offered {
            Note::SackPermitted {}
        } else {
            Note::SackNotPermitted {}
        });
    }

    // ----- the receiver's blocks (RFC 2018 §4) -----

    /// The out-of-order data held, as contiguous blocks in sequence order.
    fn held_blocks(&self) -> Vec<(SeqNum, SeqNum)> {
        let mut out: Vec<(SeqNum, SeqNum)> = Vec::new();
        for h in &self.held {
            let end = h.seq + (h.payload.len() as u32 + u32::from(h.fin));
            match out.last_mut() {
                Some(last) if h.seq.le(last.1) => {
                    if last.1.lt(end) {
                        last.1 = end;
                    }
                }
                _ => out.push((h.seq, end)),
            }
        }
        out
    }

    /// The blocks an ACK carries now: the block holding the segment that
    /// arrived last first, then those most recently reported, then the
    /// others from the highest down, as many as fit.
    fn sack_blocks(&self) -> Vec<(SeqNum, SeqNum)> {
        if !self.sack_permitted() || self.held.is_empty() {
            return Vec::new();
        }
        let all = self.held_blocks();
        let mut chosen: Vec<(SeqNum, SeqNum)> = Vec::new();
        let recent = self
            .sack
            .recent
            .iter()
            .filter_map(|r| all.iter().find(|b| r.in_range(b.0, b.1)));
        for b in recent.chain(all.iter().rev()) {
            if !chosen.contains(b) {
                chosen.push(*b);
            }
        }
        chosen.truncate(blocks_that_fit(&[]));
        chosen
    }

    /// The SACK option for an ACK sent now, if it carries one.
    pub(super) fn sack_option(&self) -> Option<TcpOption> {
        let blocks = self.sack_blocks();
        (!blocks.is_empty())
            .then(|| TcpOption::Sack(blocks.iter().map(|b| (b.0 .0, b.1 .0)).collect()))
    }

    /// Out-of-order text starting at `seq` arrived (and is held): its block
    /// goes first in the ACKs from now on.
    pub(super) fn sack_arrived(&mut self, seq: SeqNum) {
        if !self.sack_permitted() {
            return;
        }
        let all = self.held_blocks();
        let block_of = |s: SeqNum| all.iter().position(|b| s.in_range(b.0, b.1));
        let mut seen = vec![block_of(seq)];
        let mut recent = vec![seq];
        for &r in &self.sack.recent {
            let b = block_of(r);
            if b.is_some() && !seen.contains(&b) {
                seen.push(b);
                recent.push(r);
            }
        }
        recent.truncate(MAX_SACK_BLOCKS);
        self.sack.recent = recent;
        let chosen = self.sack_blocks();
        if let Some(&(left, right)) = chosen.first() {
            self.note(Note::SackBlocks {
                left: Seq::peer(left),
                right: Seq::peer(right),
                blocks: chosen.len() as u32,
            });
        }
    }

    // ----- the sender (RFC 6675) -----

    /// SACK-based loss recovery runs on this connection.
    pub(super) fn sack_active(&self) -> bool {
        self.cc_on() && self.sack_permitted()
    }

    /// SetPipe () (RFC 6675 §4); FlightSize without SACK information.
    pub fn pipe(&self) -> Option<u32> {
        if !self.cc_on() {
            return None;
        }
        let smss = self.send_mss().max(1);
        let (una, nxt) = (self.tcb.snd_una, self.tcb.snd_nxt);
        Some(self.sack.board.pipe(una, nxt, self.sack.rxt_end, smss))
    }

    /// The snapshot's view, when SACK was agreed.
    pub fn sack_view(&self) -> Option<SackView> {
        self.sack_permitted().then(|| SackView {
            sacked: self.sack.board.ranges().to_vec(),
            sacked_bytes: self.sack.board.sacked_bytes(),
            pipe: self.pipe(),
            recovery_point: (self.cc.recovery && self.sack_active())
                .then_some(self.sack.recovery_point),
            blocks: self
                .sack_blocks()
                .iter()
                .map(|b| Span {
                    start: b.0,
                    len: b.1.since(b.0),
                })
                .collect(),
        })
    }

    /// After a timeout and until HighACK reaches RecoveryPoint, SACK
    /// information still chooses what is retransmitted (RFC 6675 §5.1).
    fn after_rto(&self) -> bool {
        self.sack.after_rto && !self.sack.recovery_point.lt(self.tcb.snd_una)
    }

    /// The room for new data pipe leaves, for [`Endpoint::cwnd_room`], while
    /// pipe governs sending: in recovery (RFC 6675 §5 (C)) and on the
    /// duplicate ACKs before it (step (3), which replaces limited
    /// transmit). The second value is what of it is step (3)'s.
    pub(super) fn sack_room(&self) -> Option<(u32, u32)> {
        if !self.sack_active() || !(self.cc.recovery || self.cc.dupacks > 0) {
            return None;
        }
        let room = self.cc.cwnd.saturating_sub(self.pipe().unwrap_or(0));
        Some((room, if self.cc.recovery { 0 } else { room }))
    }

    /// The note for new data sent on duplicate ACKs: step (3)'s with SACK.
    pub(super) fn limited_transmit_note(&self) -> Note {
        if self.sack_active() {
            Note::SackLimitedTransmit {
                pipe: self.pipe().unwrap_or(0),
                cwnd: self.cc.cwnd,
            }
        } else {
            Note::LimitedTransmit {
                count: self.cc.dupacks,
            }
        }
    }

    /// An acceptable ACK with SACK in use, in place of RFC 5681's and
    /// RFC 6582's recovery: Update (), then RFC 6675 §5.
    pub(super) fn sack_on_ack(&mut self, seg: &Segment, before: &Tcb) {
        let smss = self.send_mss().max(1);
        let (una, nxt) = (self.tcb.snd_una, self.tcb.snd_nxt);
        self.sack.board.acknowledge(una);
        let mut newly = 0u32;
        for (left, right) in blocks(seg) {
            newly = newly.saturating_add(self.sack.board.mark(left, right, una, nxt));
        }
        if self.sack.after_rto && self.sack.recovery_point.lt(una) {
            self.sack.after_rto = false;
        }
        if before.snd_una.lt(seg.ack) {
            // "If the incoming ACK is a cumulative acknowledgment, the TCP
            // MUST reset DupAcks to zero."
            let syn = u32::from(before.snd_una == self.tcb.iss);
            let acked = seg.ack.since(before.snd_una).saturating_sub(syn);
            self.cc.dupacks = 0;
            self.cc.limited = 0;
            self.cc.timed_out = false;
            if self.cc.recovery {
                self.sack_recovery_ack(seg.ack);
                return;
            }
            if acked > 0 {
                self.grow(acked, smss);
            }
        } else if self.cc.recovery {
            if newly > 0 {
                self.sack_recovery_ack(seg.ack);
            }
            return;
        }
        // RFC 6675 §2: a duplicate ACK carries a SACK block that SACKs
        // octets not SACKed before.
        if newly == 0 {
            return;
        }
        self.cc.dupacks = self.cc.dupacks.saturating_add(1);
        let count = self.cc.dupacks;
        let lost = self.sack.board.is_lost(una, smss);
        if self.after_rto() && (count >= DUP_THRESH || lost) {
            self.note(Note::SackRecoveryHeld {
                recovery_point: Seq::own(self.sack.recovery_point),
            });
        } else if count >= DUP_THRESH {
            self.enter_sack_recovery(false, smss);
        } else if lost {
            self.enter_sack_recovery(true, smss);
        } else {
            // Step (3.1): HighRxt = HighACK; (3.2)–(3.3) run as data goes.
            self.sack.rxt_end = una;
            self.note(Note::SackDuplicateAck {
                count,
                sacked: self.sack.board.sacked_bytes(),
            });
        }
    }

    /// RFC 6675 §5 steps (A) and (B): an ACK in recovery.
    fn sack_recovery_ack(&mut self, ack: SeqNum) {
        if self.sack.recovery_point.lt(ack) {
            self.cc.recovery = false;
            self.note(Note::SackRecoveryEnds { cwnd: self.cc.cwnd });
            return;
        }
        self.note(Note::SackRecoveryAck {
            pipe: self.pipe().unwrap_or(0),
            recovery_point: Seq::own(self.sack.recovery_point),
        });
    }

    /// RFC 6675 §5 step (4): fast retransmit and loss recovery, from step
    /// (1) (DupAcks reached DupThresh) or step (2) (IsLost (HighACK + 1)).
    fn enter_sack_recovery(&mut self, by_is_lost: bool, smss: u32) {
        let (una, nxt) = (self.tcb.snd_una, self.tcb.snd_nxt);
        // (4.1) RecoveryPoint = HighData.
        let recovery_point = nxt - 1;
        // (4.2) ssthresh = cwnd = FlightSize / 2, without what limited
        // transmit sent (and never below 2·SMSS, RFC 5681 equation (4)).
        let flight = self.flight().saturating_sub(self.cc.limited);
        let ssthresh = (flight / 2).max(2 * smss);
        self.cc.ssthresh = ssthresh;
        self.cc.cwnd = ssthresh;
        self.cc.recovery = true;
        self.cc.recover = recovery_point;
        self.sack.recovery_point = recovery_point;
        let (recovery_point, cwnd) = (Seq::own(recovery_point), ssthresh);
        self.note(if by_is_lost {
            Note::SackRecoveryLost {
                flight,
                cwnd,
                recovery_point,
            }
        } else {
            Note::SackRecovery {
                flight,
                cwnd,
                recovery_point,
            }
        });
        // (4.3) The first segment presumed dropped; HighRxt and RescueRxt
        // are its last octet. (4.4)–(4.5): step (C) runs as data goes.
        let (start, len) = self
            .sack
            .board
            .first_hole(una, nxt, smss)
            .unwrap_or((una, 0));
        let sent = self.sack_resend(start, len);
        self.sack.rxt_end = start + sent;
        self.sack.rescue_rxt = Some(start + sent.max(1) - 1);
    }

    /// RFC 6675 §5.1: a retransmission timeout ends SACK recovery,
    /// RecoveryPoint becomes HighData, and the SACKed marks are cleared
    /// (RFC 2018 §5); ACKs from now on fill the scoreboard again.
    pub(super) fn sack_on_timeout(&mut self) {
        if !self.sack_active() {
            return;
        }
        let cleared = self.sack.board.sacked_bytes();
        self.sack.board.clear();
        self.sack.recovery_point = self.tcb.snd_nxt - 1;
        self.sack.after_rto = true;
        // The timer resends the first segment: that is HighRxt now.
        self.sack.rxt_end = self
            .retransmit_queue
            .front()
            .map_or(self.tcb.snd_una, |u| u.end());
        self.sack.rescue_rxt = None;
        self.note(Note::SackTimeout {
            cleared,
            recovery_point: Seq::own(self.sack.recovery_point),
        });
    }

    /// RFC 6675 §5 step (C) for retransmissions, while cwnd − pipe ≥ 1 SMSS:
    /// NextSeg () rule (1) first (`rest` false, before new data), or rules
    /// (3) and (4) (`rest` true, once no new data can go: rule (2)).
    /// Also after a timeout, when SACK information chooses what goes.
    pub(super) fn sack_retransmit(&mut self, rest: bool) {
        let recovering = self.cc.recovery || self.after_rto();
        if !self.sack_active() || !recovering || !self.may_send_data() {
            return;
        }
        let smss = self.send_mss().max(1);
        // Each retransmission raises HighRxt or sets RescueRxt: the loop
        // ends; the bound only guards against a mistake.
        for _ in 0..=self.retransmit_queue.len() {
            let pipe = self.pipe().unwrap_or(0);
            if self.cc.cwnd.saturating_sub(pipe) < smss {
                return;
            }
            let Some((pick, start, len)) = self.next_seg(rest, smss) else {
                return;
            };
            let sent = self.sack_resend(start, len);
            if sent == 0 {
                return;
            }
            let seq = Seq::own(start);
            match pick {
                Pick::Lost | Pick::Unsacked => {
                    // (C.2) HighRxt: the highest octet retransmitted.
                    self.sack.rxt_end = start + sent;
                    let pipe = self.pipe().unwrap_or(0);
                    self.note(if pick == Pick::Lost {
                        Note::SackRetransmitLost {
                            seq,
                            len: sent,
                            pipe,
                        }
                    } else {
                        Note::SackRetransmitUnsacked {
                            seq,
                            len: sent,
                            pipe,
                        }
                    });
                }
                Pick::Rescue => {
                    self.sack.rescue_rxt = Some(self.sack.recovery_point);
                    self.note(Note::SackRescue { seq, len: sent });
                }
            }
        }
    }

    /// NextSeg () (RFC 6675 §4), for retransmissions only: rule (2), new
    /// data, is the ordinary sending path's.
    fn next_seg(&self, rest: bool, smss: u32) -> Option<(Pick, SeqNum, u32)> {
        let (una, nxt) = (self.tcb.snd_una, self.tcb.snd_nxt);
        let board = &self.sack.board;
        if let Some((s, len)) = board.next_lost(una, self.sack.rxt_end, smss) {
            return Some((Pick::Lost, s, len));
        }
        if !rest || !self.cc.recovery {
            return None;
        }
        if let Some((s, len)) = board.next_unsacked(una, self.sack.rxt_end, smss) {
            return Some((Pick::Unsacked, s, len));
        }
        // Rule (4): once per recovery, "If HighACK is greater than
        // RescueRxt (or RescueRxt is undefined)".
        let high_ack = una - 1;
        if self.sack.rescue_rxt.is_some_and(|r| !r.lt(high_ack)) {
            return None;
        }
        board
            .rescue(una, nxt, smss)
            .map(|(s, len)| (Pick::Rescue, s, len))
    }

    /// Sends `len` octets from `start` again (within the one kept segment
    /// that holds `start`). Returns how many went.
    fn sack_resend(&mut self, start: SeqNum, len: u32) -> u32 {
        let Some(kept) = self
            .retransmit_queue
            .iter_mut()
            .find(|u| start.in_range(u.seq, u.end()) && !u.syn)
        else {
            return 0;
        };
        // Karn: no RTT sample from a segment sent twice.
        kept.retransmits = kept.retransmits.max(1);
        let from = start.since(kept.seq) as usize;
        let mut payload = kept.payload.clone();
        let data = payload.len().saturating_sub(from);
        let take = (len as usize).min(data);
        payload.advance(from.min(payload.len()));
        payload.truncate(take);
        // The FIN goes with the data before it, when the range reaches it.
        let fin = kept.fin && (take as u32) < len;
        let sent = take as u32 + u32::from(fin);
        if sent == 0 {
            return 0;
        }
        let seg = self.form(start, false, payload, fin);
        self.transmit(seg, Reason::SackRetransmit);
        self.data_sent();
        sent
    }
}
