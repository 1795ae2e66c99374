//! Sequence numbers (RFC 9293 §3.4).
//!
//! Sequence space is a circle of 2^32 numbers, so "less than" only means
//! something for numbers less than 2^31 apart. [`SeqNum`] therefore has no
//! `Ord`: wrapping order is not transitive, and a sort over it would lie.

use core::fmt;
use core::ops::{Add, Sub};
use serde::{Deserialize, Serialize};

/// A 32-bit TCP sequence number whose comparisons wrap modulo 2^32.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeqNum(pub u32);

impl SeqNum {
    /// Signed distance from `other` to `self` (`self - other`) on the circle.
    fn diff(self, other: SeqNum) -> i32 {
        // Reinterpreting the wrapped difference as i32 is the RFC 1982 rule.
        self.0.wrapping_sub(other.0) as i32
    }

    /// `self < other` modulo 2^32.
    pub fn lt(self, other: SeqNum) -> bool {
        self.diff(other) < 0
    }

    /// `self =< other` modulo 2^32.
    pub fn le(self, other: SeqNum) -> bool {
        self.diff(other) <= 0
    }

    /// `self > other` modulo 2^32.
    pub fn gt(self, other: SeqNum) -> bool {
        self.diff(other) > 0
    }

    /// `self >= other` modulo 2^32.
    pub fn ge(self, other: SeqNum) -> bool {
        self.diff(other) >= 0
    }

    /// `lo =< self < hi` modulo 2^32 (an empty range when `lo == hi`).
    pub fn in_range(self, lo: SeqNum, hi: SeqNum) -> bool {
        lo.le(self) && self.lt(hi)
    }

    /// How many sequence numbers lie from `earlier` up to `self`
    /// (`self - earlier`, wrapping). Callers use it only where
    /// `earlier =< self` already holds.
    pub fn since(self, earlier: SeqNum) -> u32 {
        self.0.wrapping_sub(earlier.0)
    }
}

impl Add<u32> for SeqNum {
    type Output = SeqNum;
    fn add(self, n: u32) -> SeqNum {
        SeqNum(self.0.wrapping_add(n))
    }
}

impl Sub<u32> for SeqNum {
    type Output = SeqNum;
    fn sub(self, n: u32) -> SeqNum {
        SeqNum(self.0.wrapping_sub(n))
    }
}

impl fmt::Display for SeqNum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_wrap_at_two_to_the_32() {
        let before_wrap = SeqNum(0xFFFF_FFF0);
        let after_wrap = before_wrap + 0x20;
        assert_eq!(after_wrap, SeqNum(0x10));
        assert!(before_wrap.lt(after_wrap));
        assert!(after_wrap.gt(before_wrap));
        assert!(!after_wrap.lt(before_wrap));
        assert_eq!(after_wrap.since(before_wrap), 0x20);
    }

    #[test]
    fn in_range_is_half_open_and_wraps() {
        let lo = SeqNum(u32::MAX - 1);
        let hi = lo + 4;
        assert!(lo.in_range(lo, hi));
        assert!((lo + 3).in_range(lo, hi));
        assert!(!hi.in_range(lo, hi));
        assert!(!lo.in_range(lo, lo), "an empty window holds nothing");
    }

    #[test]
    fn equal_numbers_are_le_and_ge_but_not_lt() {
        let a = SeqNum(7);
        assert!(a.le(a) && a.ge(a) && !a.lt(a) && !a.gt(a));
    }
}
