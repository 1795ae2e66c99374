//! An append-only vector whose clones share everything but the newest
//! chunk. Yew's reducer clones the simulation on every action, and time
//! travel keeps many copies; with this, both cost O(len / 256), not O(len).

use serde::{Serialize, Serializer};
use std::sync::Arc;

/// Append-only storage with cheap clones; `CHUNK` items share one
/// allocation (bytes want large chunks, events small ones).
#[derive(Clone, Debug)]
pub struct Log<T, const CHUNK: usize = 256> {
    full: Vec<Arc<[T]>>,
    tail: Vec<T>,
}

impl<T, const CHUNK: usize> Default for Log<T, CHUNK> {
    fn default() -> Log<T, CHUNK> {
        Log {
            full: Vec::new(),
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
            self.full.push(Arc::from(chunk));
        }
    }

    /// Appends many.
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.push(item);
        }
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.full.len() * CHUNK + self.tail.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`.
    pub fn get(&self, i: usize) -> Option<&T> {
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

    /// Items from `start` on.
    pub fn iter_from(&self, start: usize) -> impl Iterator<Item = &T> + '_ {
        (start..self.len()).filter_map(move |i| self.get(i))
    }

    /// The last item.
    pub fn last(&self) -> Option<&T> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// Replaces the last item (O(256) at worst: a shared chunk is copied).
    pub fn set_last(&mut self, item: T) {
        if self.tail.is_empty() {
            match self.full.pop() {
                Some(chunk) => self.tail = chunk.to_vec(),
                None => return,
            }
        }
        if let Some(last) = self.tail.last_mut() {
            *last = item;
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
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
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Clone + Eq, const CHUNK: usize> Eq for Log<T, CHUNK> {}

impl<T: Clone + Serialize, const CHUNK: usize> Serialize for Log<T, CHUNK> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
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
}
