//! Ranges of the sequence spaces (RFC 9293 Figures 3 and 4) that the TCB
//! variables alone do not tell: out-of-order text held beyond RCV.NXT, and
//! sent data that had to be retransmitted.

use super::Endpoint;
use crate::seq::SeqNum;
use serde::{Deserialize, Serialize};

/// `len` sequence numbers from `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The first number.
    pub start: SeqNum,
    /// How many.
    pub len: u32,
}

impl Span {
    /// The number after the last.
    pub fn end(self) -> SeqNum {
        self.start + self.len
    }
}

/// Spans reported at most (a picture shows no more; thousands of held
/// segments merge into a few ranges anyway).
pub const SPANS_SHOWN: usize = 16;

/// Merges ranges given in sequence order into disjoint spans, the first
/// [`SPANS_SHOWN`] of them.
fn merge(ranges: impl Iterator<Item = (SeqNum, u32)>) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (start, len) in ranges.filter(|&(_, len)| len > 0) {
        if let Some(last) = spans.last_mut() {
            if start.le(last.end()) {
                let end = start + len;
                if end.gt(last.end()) {
                    last.len = end.since(last.start);
                }
                continue;
            }
        }
        if spans.len() == SPANS_SHOWN {
            break;
        }
        spans.push(Span { start, len });
    }
    spans
}

impl Endpoint {
    /// Text (and FIN) that arrived ahead of RCV.NXT and waits for the gap
    /// before it to fill (§3.10.7.4, SHLD-31).
    pub fn held_spans(&self) -> Vec<Span> {
        merge(
            self.held
                .iter()
                .map(|h| (h.seq, h.payload.len() as u32 + u32::from(h.fin))),
        )
    }

    /// Sent and not acknowledged, and retransmitted at least once.
    pub fn retransmitted_spans(&self) -> Vec<Span> {
        merge(
            self.retransmit_queue
                .iter()
                .filter(|u| u.retransmits > 0)
                .map(|u| (u.seq, u.len())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_in_order_merge_when_they_touch_or_overlap() {
        let s = |n: u32| SeqNum(n);
        let spans = merge([(s(10), 5), (s(15), 5), (s(18), 1), (s(30), 2), (s(40), 0)].into_iter());
        assert_eq!(
            spans,
            [
                Span {
                    start: s(10),
                    len: 10
                },
                Span {
                    start: s(30),
                    len: 2
                }
            ]
        );
    }

    #[test]
    fn merging_works_across_the_wrap() {
        let spans = merge([(SeqNum(u32::MAX - 1), 4), (SeqNum(2), 3)].into_iter());
        assert_eq!(
            spans,
            [Span {
                start: SeqNum(u32::MAX - 1),
                len: 7
            }]
        );
    }

    #[test]
    fn at_most_a_fixed_number_of_spans() {
        let spans = merge((0..100).map(|i| (SeqNum(i * 10), 1)));
        assert_eq!(spans.len(), SPANS_SHOWN);
    }
}
