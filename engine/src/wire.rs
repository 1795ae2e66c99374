//! The segments in flight, as a persistent vector: a copy shares every
//! chunk, and a change copies only the chunk it touches. Time travel keeps
//! a copy of the simulation per step, and a student can put thousands of
//! segments on a slow wire; copying them all at every step would make
//! memory and time grow with the square of the session.

use crate::segment::Segment;
use crate::side::Side;
use crate::time::Instant;
use core::fmt;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::sync::Arc;

/// Which segment a wire operation means: the N-th oldest in flight
/// (1-based), counting only one direction when `from` is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selector {
    /// Only segments sent by this side.
    pub from: Option<Side>,
    /// 1-based position.
    pub n: usize,
}

impl Selector {
    /// The oldest segment in flight.
    pub const FIRST: Selector = Selector { from: None, n: 1 };
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.from {
            Some(side) => write!(f, "{side}>{} #{}", side.other(), self.n),
            None => write!(f, "#{}", self.n),
        }
    }
}

/// How a segment got onto the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Sent by the endpoint's TCP (auto mode).
    Tcp,
    /// Released from the outbox by hand.
    Released,
    /// Hand-made by the student; the sender's state did not change.
    Injected,
    /// A copy of segment `of`.
    Duplicate {
        /// The original's id.
        of: u64,
    },
}

/// A segment on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InFlight {
    /// Unique within the session.
    pub id: u64,
    /// The sender.
    pub from: Side,
    /// The segment.
    pub seg: Segment,
    /// When it was put on the wire.
    pub sent_at: Instant,
    /// When it arrives.
    pub arrives_at: Instant,
    /// How it got there.
    pub origin: Origin,
    /// Tie-break for events at the same instant: schedule order.
    pub(crate) sched: u64,
}

impl InFlight {
    /// A segment in flight, for tests of the wire.
    #[cfg(test)]
    pub(crate) fn new(
        id: u64,
        from: Side,
        seg: Segment,
        sent_at: Instant,
        arrives_at: Instant,
        origin: Origin,
    ) -> InFlight {
        InFlight {
            id,
            from,
            seg,
            sent_at,
            arrives_at,
            origin,
            sched: id,
        }
    }
}

/// Segments per chunk.
const CHUNK: usize = 64;

/// Segments in flight, in the order they were put on the wire (so ids
/// ascend). Chunks are double-ended: segments mostly arrive oldest first,
/// and taking the front of a chunk must not shift the rest of it.
#[derive(Clone, Debug, Default)]
pub struct Wire {
    chunks: Vec<Arc<VecDeque<InFlight>>>,
    len: usize,
}

impl Wire {
    /// How many segments are in flight.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing is in flight.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &InFlight> + '_ {
        self.chunks.iter().flat_map(|c| c.iter())
    }

    /// All of it, as a plain vector.
    pub fn to_vec(&self) -> Vec<InFlight> {
        self.iter().cloned().collect()
    }

    /// The chunk and offset of position `i`.
    fn locate(&self, mut i: usize) -> Option<(usize, usize)> {
        for (c, chunk) in self.chunks.iter().enumerate() {
            if i < chunk.len() {
                return Some((c, i));
            }
            i -= chunk.len();
        }
        None
    }

    /// The `i`-th oldest.
    pub fn get(&self, i: usize) -> Option<&InFlight> {
        let (c, o) = self.locate(i)?;
        self.chunks[c].get(o)
    }

    /// The `i`-th oldest, to change (copies its chunk if shared).
    pub fn get_mut(&mut self, i: usize) -> Option<&mut InFlight> {
        let (c, o) = self.locate(i)?;
        Arc::make_mut(&mut self.chunks[c]).get_mut(o)
    }

    /// Puts a segment on the wire (its id is larger than any there).
    pub fn push(&mut self, flight: InFlight) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => Arc::make_mut(last).push_back(flight),
            _ => {
                let mut chunk = VecDeque::with_capacity(CHUNK);
                chunk.push_back(flight);
                self.chunks.push(Arc::new(chunk));
            }
        }
        self.len += 1;
    }

    /// Takes the `i`-th oldest off the wire.
    pub fn remove(&mut self, i: usize) -> Option<InFlight> {
        let (c, o) = self.locate(i)?;
        let flight = Arc::make_mut(&mut self.chunks[c]).remove(o)?;
        if self.chunks[c].is_empty() {
            self.chunks.remove(c);
        }
        self.len -= 1;
        Some(flight)
    }

    /// The position of the segment with this id, if it is in flight.
    pub fn index_of(&self, id: u64) -> Option<usize> {
        // Most segments arrive oldest first: try the front before searching.
        if self
            .chunks
            .first()
            .and_then(|c| c.front())
            .is_some_and(|f| f.id == id)
        {
            return Some(0);
        }
        // Ids ascend along the wire: find the chunk, then the segment.
        let c = self
            .chunks
            .partition_point(|chunk| chunk.back().is_some_and(|f| f.id < id));
        let chunk = self.chunks.get(c)?;
        let o = chunk.binary_search_by_key(&id, |f| f.id).ok()?;
        Some(self.chunks[..c].iter().map(|c| c.len()).sum::<usize>() + o)
    }
}

impl core::ops::Index<usize> for Wire {
    type Output = InFlight;
    fn index(&self, i: usize) -> &InFlight {
        match self.get(i) {
            Some(f) => f,
            None => panic!("wire position {i} out of {}", self.len),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Origin;
    use super::*;
    use crate::segment::Segment;
    use crate::side::Side;
    use crate::time::Instant;

    fn flight(id: u64) -> InFlight {
        InFlight::new(
            id,
            Side::Client,
            Segment::default(),
            Instant::ZERO,
            Instant::ZERO,
            Origin::Injected,
        )
    }

    #[test]
    fn a_copy_shares_chunks_and_changes_stay_apart() {
        let mut a = Wire::default();
        for id in 1..=300 {
            a.push(flight(id));
        }
        let b = a.clone();
        assert_eq!(a.remove(100).map(|f| f.id), Some(101));
        assert_eq!((a.len(), b.len()), (299, 300));
        assert_eq!(b.index_of(101), Some(100));
        assert_eq!(a.index_of(101), None);
        assert_eq!(a.index_of(102), Some(100));
        assert_eq!(a.index_of(300), Some(298));
        // Only the touched chunk was copied.
        let shared = a
            .chunks
            .iter()
            .zip(&b.chunks)
            .filter(|(x, y)| Arc::ptr_eq(x, y))
            .count();
        assert_eq!(shared, a.chunks.len() - 1);
        assert_eq!(a.iter().map(|f| f.id).filter(|id| *id == 101).count(), 0);
        while !a.is_empty() {
            a.remove(0);
        }
        assert!(a.chunks.is_empty() && a.index_of(5).is_none());
    }
}
