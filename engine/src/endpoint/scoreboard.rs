//! The SACK scoreboard of RFC 6675 §3 and the routines of its §4 that
//! read it: which octets between HighACK and HighData the receiver has
//! SACKed, `IsLost`, `SetPipe` and the candidates `NextSeg` chooses from.
//! Pure data: the endpoint (`sack.rs`) feeds it and acts on its answers.
//!
//! Ranges are kept as [`Span`]s in the sender's own sequence space, in
//! sequence order, disjoint and never touching (touching ones merge). All
//! lie within SND.UNA..SND.NXT: an ACK trims what it covers, and a block
//! outside that range is not taken.

use super::Span;
use crate::seq::SeqNum;

/// RFC 6675 §2: "Per [RFC5681], this threshold is defined to be 3
/// duplicate acknowledgments."
pub const DUP_THRESH: u32 = 3;

/// The SACKed ranges of one connection's sent data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scoreboard {
    sacked: Vec<Span>,
}

/// How many octets of `lo..hi` lie in `a..b` (both half-open).
fn overlap(lo: SeqNum, hi: SeqNum, a: SeqNum, b: SeqNum) -> u32 {
    let start = if lo.lt(a) { a } else { lo };
    let end = if hi.lt(b) { hi } else { b };
    if start.lt(end) {
        end.since(start)
    } else {
        0
    }
}

impl Scoreboard {
    /// The SACKed ranges, in sequence order.
    pub fn ranges(&self) -> &[Span] {
        &self.sacked
    }

    /// Octets SACKed in all.
    pub fn sacked_bytes(&self) -> u32 {
        self.sacked.iter().map(|s| s.len).sum()
    }

    /// Forgets every SACKed mark (RFC 2018 §5, after a timeout).
    pub fn clear(&mut self) {
        self.sacked.clear();
    }

    /// Update () for the cumulative part: nothing below SND.UNA is kept.
    pub fn acknowledge(&mut self, una: SeqNum) {
        self.sacked.retain(|s| una.lt(s.end()));
        if let Some(first) = self.sacked.first_mut() {
            if first.start.lt(una) {
                first.len = first.end().since(una);
                first.start = una;
            }
        }
    }

    /// Update () for one SACK block `left..right` (RFC 2018 §3: "Left Edge
    /// of Block", "Right Edge of Block"), taken only where it lies within
    /// SND.UNA..SND.NXT. Returns how many octets it newly SACKed.
    pub fn mark(&mut self, left: SeqNum, right: SeqNum, una: SeqNum, nxt: SeqNum) -> u32 {
        if !(left.lt(right) && una.lt(right) && right.le(nxt) && una.le(nxt)) {
            return 0;
        }
        let left = if left.lt(una) { una } else { left };
        let before: u32 = self
            .sacked
            .iter()
            .map(|s| overlap(left, right, s.start, s.end()))
            .sum();
        let (mut start, mut end) = (left, right);
        // Every range that touches or overlaps the block joins it.
        self.sacked.retain(|s| {
            let apart = s.end().lt(start) || end.lt(s.start);
            if !apart {
                if s.start.lt(start) {
                    start = s.start;
                }
                if end.lt(s.end()) {
                    end = s.end();
                }
            }
            apart
        });
        let at = self.sacked.partition_point(|s| s.start.lt(start));
        self.sacked.insert(
            at,
            Span {
                start,
                len: end.since(start),
            },
        );
        right.since(left) - before
    }

    /// Whether `seq` has been SACKed.
    pub fn is_sacked(&self, seq: SeqNum) -> bool {
        self.sacked.iter().any(|s| seq.in_range(s.start, s.end()))
    }

    /// The number below which every octet not SACKed is lost, or `None`
    /// when none is. IsLost (SeqNum) (RFC 6675 §4) holds for an octet not
    /// SACKed when DupThresh discontiguous SACKed ranges lie above it, or
    /// more than (DupThresh − 1) · SMSS SACKed octets do. Both counts only
    /// fall as SeqNum rises, so the lost octets are those below the start
    /// of the highest range that still meets either.
    pub fn lost_below(&self, smss: u32) -> Option<SeqNum> {
        let mut bytes = 0u32;
        let mut count = 0u32;
        let mut edge = None;
        for s in self.sacked.iter().rev() {
            bytes = bytes.saturating_add(s.len);
            count += 1;
            if edge.is_none() && (count >= DUP_THRESH || bytes > (DUP_THRESH - 1) * smss) {
                edge = Some(s.start);
            }
        }
        edge
    }

    /// IsLost (SeqNum) (RFC 6675 §4).
    pub fn is_lost(&self, seq: SeqNum, smss: u32) -> bool {
        !self.is_sacked(seq) && self.lost_below(smss).is_some_and(|edge| seq.lt(edge))
    }

    /// The pieces of `una..nxt` not SACKed, in order.
    fn holes(&self, una: SeqNum, nxt: SeqNum) -> Vec<(SeqNum, SeqNum)> {
        let mut out = Vec::new();
        let mut at = una;
        for s in &self.sacked {
            if at.lt(s.start) {
                out.push((at, s.start));
            }
            at = s.end();
        }
        if at.lt(nxt) {
            out.push((at, nxt));
        }
        out
    }

    /// SetPipe () (RFC 6675 §4): for every octet from HighACK + 1 to
    /// HighData not SACKed, one if IsLost () is false, and one more if it
    /// is at or below HighRxt (`rxt_end` is HighRxt + 1).
    pub fn pipe(&self, una: SeqNum, nxt: SeqNum, rxt_end: SeqNum, smss: u32) -> u32 {
        let lost = self.lost_below(smss).unwrap_or(una);
        self.holes(una, nxt)
            .into_iter()
            .map(|(a, b)| {
                let not_lost = overlap(a, b, lost, nxt);
                let resent = overlap(a, b, una, rxt_end);
                not_lost + resent
            })
            .sum()
    }

    /// NextSeg () rule (1) (RFC 6675 §4): the smallest octet S2 not SACKed,
    /// above HighRxt, below the highest SACKed octet, for which IsLost ()
    /// is true; with how far (at most `smss`) its hole runs.
    pub fn next_lost(&self, una: SeqNum, rxt_end: SeqNum, smss: u32) -> Option<(SeqNum, u32)> {
        let edge = self.lost_below(smss)?;
        self.first_hole_from(una, rxt_end, edge, smss)
    }

    /// NextSeg () rule (3): as rule (1) without IsLost (): the smallest
    /// octet not SACKed above HighRxt and below the highest SACKed octet.
    pub fn next_unsacked(&self, una: SeqNum, rxt_end: SeqNum, smss: u32) -> Option<(SeqNum, u32)> {
        let highest = self.sacked.last()?.start;
        self.first_hole_from(una, rxt_end, highest, smss)
    }

    /// NextSeg () rule (4), the rescue retransmission: up to `smss` octets
    /// ending with the highest octet not SACKed below SND.NXT.
    pub fn rescue(&self, una: SeqNum, nxt: SeqNum, smss: u32) -> Option<(SeqNum, u32)> {
        let (a, b) = *self.holes(una, nxt).last()?;
        let len = b.since(a).min(smss.max(1));
        Some((b - len, len))
    }

    /// The hole at SND.UNA (up to `smss` octets of it): the segment RFC
    /// 6675 §5 step (4.3) retransmits first.
    pub fn first_hole(&self, una: SeqNum, nxt: SeqNum, smss: u32) -> Option<(SeqNum, u32)> {
        self.first_hole_from(una, una, nxt, smss)
    }

    /// The first octet not SACKed, at or above `from` (and SND.UNA), below
    /// `below`: up to `smss` octets of its hole.
    fn first_hole_from(
        &self,
        una: SeqNum,
        from: SeqNum,
        below: SeqNum,
        smss: u32,
    ) -> Option<(SeqNum, u32)> {
        let from = if from.lt(una) { una } else { from };
        self.holes(una, below).into_iter().find_map(|(a, b)| {
            let start = if a.lt(from) { from } else { a };
            start
                .lt(b)
                .then(|| (start, b.since(start).min(smss.max(1))))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMSS: u32 = 100;
    const UNA: SeqNum = SeqNum(1000);
    const NXT: SeqNum = SeqNum(1600);

    /// Segments 1000, 1100, … of 100 octets; those listed are SACKed.
    fn board(sacked: &[u32]) -> Scoreboard {
        let mut b = Scoreboard::default();
        for &s in sacked {
            b.mark(SeqNum(s), SeqNum(s + SMSS), UNA, NXT);
        }
        b
    }

    #[test]
    fn update_merges_blocks_and_counts_only_new_octets() {
        let mut b = Scoreboard::default();
        assert_eq!(b.mark(SeqNum(1100), SeqNum(1200), UNA, NXT), 100);
        assert_eq!(b.mark(SeqNum(1300), SeqNum(1400), UNA, NXT), 100);
        // The same block again is nothing new; one that bridges is.
        assert_eq!(b.mark(SeqNum(1100), SeqNum(1200), UNA, NXT), 0);
        assert_eq!(b.mark(SeqNum(1150), SeqNum(1300), UNA, NXT), 100);
        assert_eq!(
            b.ranges(),
            &[Span {
                start: SeqNum(1100),
                len: 300
            }]
        );
        assert_eq!(b.sacked_bytes(), 300);
    }

    #[test]
    fn update_takes_no_block_outside_snd_una_to_snd_nxt() {
        let mut b = Scoreboard::default();
        // Beyond SND.NXT, wholly below SND.UNA, or empty: not taken.
        assert_eq!(b.mark(SeqNum(1500), SeqNum(1700), UNA, NXT), 0);
        assert_eq!(b.mark(SeqNum(900), SeqNum(1000), UNA, NXT), 0);
        assert_eq!(b.mark(SeqNum(1200), SeqNum(1200), UNA, NXT), 0);
        // Reaching below SND.UNA: only the part above it.
        assert_eq!(b.mark(SeqNum(900), SeqNum(1100), UNA, NXT), 100);
        assert!(b.is_sacked(UNA));
        b.acknowledge(SeqNum(1050));
        assert_eq!(
            b.ranges(),
            &[Span {
                start: SeqNum(1050),
                len: 50
            }]
        );
        b.acknowledge(SeqNum(1100));
        assert!(b.ranges().is_empty());
    }

    #[test]
    fn update_works_across_the_wrap_of_sequence_space() {
        let (una, nxt) = (SeqNum(u32::MAX - 150), SeqNum(250));
        let mut b = Scoreboard::default();
        assert_eq!(b.mark(SeqNum(u32::MAX - 50), SeqNum(50), una, nxt), 101);
        assert_eq!(b.mark(SeqNum(50), SeqNum(150), una, nxt), 100);
        assert_eq!(b.ranges().len(), 1);
        assert!(b.is_sacked(SeqNum(0)));
        assert!(!b.is_sacked(SeqNum(200)));
    }

    #[test]
    fn is_lost_needs_dupthresh_ranges_or_more_than_two_smss_sacked_above() {
        // One segment SACKed above the first: not lost.
        assert!(!board(&[1100]).is_lost(UNA, SMSS));
        // Two segments (200 octets = 2·SMSS, not more): not lost.
        assert!(!board(&[1200, 1400]).is_lost(UNA, SMSS));
        // Three discontiguous ranges above: lost.
        assert!(board(&[1100, 1300, 1500]).is_lost(UNA, SMSS));
        // Three contiguous segments, one range, 300 > 2·SMSS octets: lost.
        let b = board(&[1100, 1200, 1300]);
        assert!(b.is_lost(UNA, SMSS));
        // Nothing above 1400 is SACKed: 1400 is not lost, and a SACKed
        // octet never is.
        assert!(!b.is_lost(SeqNum(1400), SMSS));
        assert!(!b.is_lost(SeqNum(1100), SMSS));
    }

    #[test]
    fn set_pipe_counts_octets_not_sacked_not_lost_and_those_resent() {
        // Nothing SACKed: pipe is FlightSize.
        assert_eq!(board(&[]).pipe(UNA, NXT, UNA, SMSS), 600);
        // 1000 lost (three SACKed above), 1400 not lost: pipe = 100 (1400),
        // and the SACKed 300 are out of it.
        let b = board(&[1100, 1200, 1300, 1500]);
        assert_eq!(b.pipe(UNA, NXT, UNA, SMSS), 100);
        // Once 1000 is resent (HighRxt = 1099) it counts again.
        assert_eq!(b.pipe(UNA, NXT, SeqNum(1100), SMSS), 200);
    }

    #[test]
    fn next_seg_rule_1_returns_the_first_lost_hole_above_high_rxt() {
        // Holes at 1000 and 1200; 1100, 1300, 1400, 1500 SACKed.
        let b = board(&[1100, 1300, 1400, 1500]);
        assert_eq!(b.next_lost(UNA, UNA, SMSS), Some((UNA, 100)));
        // After 1000 was resent (HighRxt = 1099), the hole at 1200.
        assert_eq!(
            b.next_lost(UNA, SeqNum(1100), SMSS),
            Some((SeqNum(1200), 100))
        );
        // After both: none lost above HighRxt.
        assert_eq!(b.next_lost(UNA, SeqNum(1300), SMSS), None);
    }

    #[test]
    fn next_seg_rule_3_returns_a_hole_below_the_highest_sack_not_yet_lost() {
        // 1000 is a hole with only 1100 SACKed above it: not lost.
        let b = board(&[1100]);
        assert_eq!(b.next_lost(UNA, UNA, SMSS), None);
        assert_eq!(b.next_unsacked(UNA, UNA, SMSS), Some((UNA, 100)));
        // Above the highest SACKed octet nothing is returned by rule (3).
        assert_eq!(b.next_unsacked(UNA, SeqNum(1100), SMSS), None);
    }

    #[test]
    fn next_seg_rule_4_rescue_includes_the_highest_octet_not_sacked() {
        let b = board(&[1100]);
        assert_eq!(b.rescue(UNA, NXT, SMSS), Some((SeqNum(1500), 100)));
        // Everything SACKed up to SND.NXT but the first hole.
        let b = board(&[1100, 1200, 1300, 1400, 1500]);
        assert_eq!(b.rescue(UNA, NXT, SMSS), Some((UNA, 100)));
    }
}
