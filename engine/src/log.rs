//! An append-only vector whose clones share everything but the newest
//! chunk. Yew's reducer clones the simulation on every action, and time
//! travel keeps many copies; with this, both cost O(len / 256), not O(len).

use serde::{Serialize, Serializer};
use std::sync::Arc;

/// Append-only storage with cheap clones; `CHUNK` items share one
/// allocation (bytes want large chunks, events small ones). The oldest
/// chunks can be forgotten to bound memory; indices stay as they were
/// (a forgotten item reads as `None`).
#[derive(Clone, Debug)]
pub struct Log<T, const CHUNK: usize = 256> {
    /// Items forgotten from the front (a multiple of `CHUNK`).
    base: usize,
    /// Sealed chunks of exactly `CHUNK` items. `Arc<Vec>` rather than
    /// `Arc<[T]>`: sealing moves the vector in instead of copying it.
    full: std::collections::VecDeque<Arc<Vec<T>>>,
    tail: Vec<T>,
}

impl<T, const CHUNK: usize> Default for Log<T, CHUNK> {
    fn default() -> Log<T, CHUNK> {
        Log {
            base: 0,
            full: std::collections::VecDeque::new(),
            tail: Vec::new(),
        }
    }
}

impl<T: Clone, const CHUNK: usize> Log<T, CHUNK> {
    /// An empty log.
    pub fn new() -> Log<T, CHUNK> {
        Log::default()
    }

    /// Appends one item.
    pub fn push(&mut self, item: T) {
        self.tail.push(item);
        if self.tail.len() == CHUNK {
            let chunk = core::mem::replace(&mut self.tail, Vec::with_capacity(CHUNK));
            self.full.push_back(Arc::new(chunk));
        }
    }

    /// Appends many.
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.push(item);
        }
    }

    /// Appends a slice, a chunk's worth at a time (application data: one
    /// copy per chunk, not a push per byte).
    pub fn extend_from_slice(&mut self, mut items: &[T]) {
        while !items.is_empty() {
            let room = CHUNK - self.tail.len();
            let (now, rest) = items.split_at(room.min(items.len()));
            self.tail.extend_from_slice(now);
            items = rest;
            if self.tail.len() == CHUNK {
                let chunk = core::mem::replace(&mut self.tail, Vec::with_capacity(CHUNK));
                self.full.push_back(Arc::new(chunk));
            }
        }
    }

    /// The items from `start` on (from the oldest kept, if `start` is
    /// forgotten), as the slices they are stored in.
    pub fn slices_from(&self, start: usize) -> impl Iterator<Item = &[T]> + '_ {
        let i = start.max(self.base) - self.base;
        let (first, offset) = (i / CHUNK, i % CHUNK);
        self.full
            .iter()
            .map(|c| &c[..])
            .chain(core::iter::once(&self.tail[..]))
            .skip(first)
            .enumerate()
            .map(move |(k, s)| {
                if k == 0 {
                    s.get(offset..).unwrap_or(&[])
                } else {
                    s
                }
            })
    }

    /// The items in the chunks they are stored in: the sealed ones, oldest
    /// first, then the newest items, not sealed yet. A sealed chunk never
    /// changes and is shared by every clone of the log that holds it, so
    /// what a caller computes from one can be kept, keyed by
    /// [`Arc::ptr_eq`].
    pub fn chunks(&self) -> (impl Iterator<Item = &Arc<Vec<T>>> + '_, &[T]) {
        (self.full.iter(), &self.tail)
    }

    /// How many items were ever pushed (forgotten ones included).
    pub fn len(&self) -> usize {
        self.base + self.full.len() * CHUNK + self.tail.len()
    }

    /// The index of the oldest item still kept.
    pub fn first_kept(&self) -> usize {
        self.base
    }

    /// Forgets the oldest whole chunks until at most `keep` items (rounded
    /// up to a chunk) remain.
    pub fn forget_oldest(&mut self, keep: usize) {
        while self.len() - self.base > keep + CHUNK && !self.full.is_empty() {
            self.full.pop_front();
            self.base += CHUNK;
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i` (`None` past the end or if forgotten).
    pub fn get(&self, i: usize) -> Option<&T> {
        let i = i.checked_sub(self.base)?;
        match self.full.get(i / CHUNK) {
            Some(chunk) => chunk.get(i % CHUNK),
            None if i / CHUNK == self.full.len() => self.tail.get(i % CHUNK),
            None => None,
        }
    }

    /// Items in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + '_ {
        self.full
            .iter()
            .flat_map(|c| c.iter())
            .chain(self.tail.iter())
    }

    /// Items from `start` on (from the oldest kept, if `start` is forgotten).
    pub fn iter_from(&self, start: usize) -> impl Iterator<Item = &T> + '_ {
        (start.max(self.base)..self.len()).filter_map(move |i| self.get(i))
    }

    /// The last item.
    pub fn last(&self) -> Option<&T> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// Forgets whole chunks that lie entirely before `index`.
    pub fn forget_before(&mut self, index: usize) {
        while self.base + CHUNK <= index && !self.full.is_empty() {
            self.full.pop_front();
            self.base += CHUNK;
        }
    }

    /// Replaces the last item (O(256) at worst: a shared chunk is copied).
    pub fn set_last(&mut self, item: T) {
        if self.tail.is_empty() {
            match self.full.pop_back() {
                Some(chunk) => self.tail = Arc::unwrap_or_clone(chunk),
                None => return,
            }
        }
        if let Some(last) = self.tail.last_mut() {
            *last = item;
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.base = 0;
        self.full.clear();
        self.tail.clear();
    }

    /// A plain vector copy.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }
}

impl<T: Clone + PartialEq, const CHUNK: usize> PartialEq for Log<T, CHUNK> {
    fn eq(&self, other: &Log<T, CHUNK>) -> bool {
        self.len() == other.len() && self.base == other.base && self.iter().eq(other.iter())
    }
}

impl<T: Clone + Eq, const CHUNK: usize> Eq for Log<T, CHUNK> {}

impl<T: Clone + Serialize, const CHUNK: usize> Serialize for Log<T, CHUNK> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod slice_tests {
    use super::Log;

    #[test]
    fn slices_in_and_out_match_items_one_by_one() {
        let data: Vec<u32> = (0..1000).collect();
        let mut a: Log<u32, 64> = Log::new();
        let mut b: Log<u32, 64> = Log::new();
        a.extend(data[..10].iter().copied());
        b.extend_from_slice(&data[..10]);
        a.extend(data[10..].iter().copied());
        b.extend_from_slice(&data[10..]);
        assert_eq!(a.iter().collect::<Vec<_>>(), b.iter().collect::<Vec<_>>());
        assert_eq!(a.len(), b.len());
        for start in [0, 5, 63, 64, 65, 640, 999, 1000] {
            let from: Vec<u32> = b.slices_from(start).flatten().copied().collect();
            assert_eq!(from, data[start..], "from {start}");
        }
        b.forget_before(200);
        let from: Vec<u32> = b.slices_from(10).flatten().copied().collect();
        assert_eq!(from, data[b.first_kept()..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_full_chunks_and_index_across_them() {
        let mut a: Log<u32> = Log::new();
        a.extend(0..1000u32);
        let b = a.clone();
        a.push(1000);
        assert_eq!(b.len(), 1000);
        assert_eq!(a.len(), 1001);
        assert_eq!(a.get(255), Some(&255));
        assert_eq!(a.get(256), Some(&256));
        assert_eq!(a.get(1000), Some(&1000));
        assert_eq!(a.get(1001), None);
        assert!(Arc::ptr_eq(&a.full[0], &b.full[0]));
        assert_eq!(
            a.iter_from(998).copied().collect::<Vec<_>>(),
            [998, 999, 1000]
        );
        let mut c = b.clone();
        c.set_last(7);
        assert_eq!((c.last(), b.last(), c.len()), (Some(&7), Some(&999), 1000));
    }

    #[test]
    fn forgetting_old_chunks_keeps_indices() {
        let mut a: Log<u32> = Log::new();
        a.extend(0..2000u32);
        a.forget_oldest(600);
        assert_eq!(a.len(), 2000, "the count of all items ever pushed");
        assert_eq!(a.first_kept(), 1280);
        assert_eq!(a.get(1279), None);
        assert_eq!(a.get(1280), Some(&1280));
        assert_eq!(a.get(1999), Some(&1999));
        assert_eq!(a.iter_from(0).next(), Some(&1280));
        assert_eq!(a.iter().count(), 720);
    }
}
