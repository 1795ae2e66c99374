//! Segment payloads shared rather than copied. A segment's bytes are
//! written once (when the sender takes them from its queue, or a student
//! makes the segment) and then only read: by the wire, the receiver's
//! out-of-order queue, the trace, and every copy of the simulation the
//! playground keeps to go back in time. Sharing them makes each of those
//! copies a reference count, and cutting the front or back of a payload
//! (trimming to the window) a change of two numbers.

use core::fmt;
use core::ops::Deref;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

/// Immutable bytes, cheap to clone and to cut. Empty ones allocate nothing.
#[derive(Clone, Default)]
pub struct SharedBytes {
    data: Option<Arc<[u8]>>,
    start: usize,
    end: usize,
}

impl SharedBytes {
    /// No bytes.
    pub const fn new() -> SharedBytes {
        SharedBytes {
            data: None,
            start: 0,
            end: 0,
        }
    }

    /// The bytes as a slice.
    pub fn as_slice(&self) -> &[u8] {
        match &self.data {
            Some(data) => &data[self.start..self.end],
            None => &[],
        }
    }

    /// Keeps the first `len` bytes (all of them if there are fewer).
    pub fn truncate(&mut self, len: usize) {
        self.end = self.end.min(self.start + len);
    }

    /// Drops the first `n` bytes (all of them if there are fewer).
    pub fn advance(&mut self, n: usize) {
        self.start = self.end.min(self.start + n);
    }
}

impl Deref for SharedBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl From<Vec<u8>> for SharedBytes {
    fn from(bytes: Vec<u8>) -> SharedBytes {
        if bytes.is_empty() {
            return SharedBytes::new();
        }
        let end = bytes.len();
        SharedBytes {
            data: Some(bytes.into()),
            start: 0,
            end,
        }
    }
}

impl From<&[u8]> for SharedBytes {
    fn from(bytes: &[u8]) -> SharedBytes {
        SharedBytes::from(bytes.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for SharedBytes {
    fn from(bytes: &[u8; N]) -> SharedBytes {
        SharedBytes::from(bytes.to_vec())
    }
}

impl fmt::Debug for SharedBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl PartialEq for SharedBytes {
    fn eq(&self, other: &SharedBytes) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for SharedBytes {}

impl PartialEq<[u8]> for SharedBytes {
    fn eq(&self, other: &[u8]) -> bool {
        self.as_slice() == other
    }
}

impl PartialEq<&[u8]> for SharedBytes {
    fn eq(&self, other: &&[u8]) -> bool {
        self.as_slice() == *other
    }
}

impl<const N: usize> PartialEq<&[u8; N]> for SharedBytes {
    fn eq(&self, other: &&[u8; N]) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<Vec<u8>> for SharedBytes {
    fn eq(&self, other: &Vec<u8>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

/// Written as a `Vec<u8>` is, so stored forms do not change.
impl Serialize for SharedBytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for SharedBytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SharedBytes, D::Error> {
        Vec::<u8>::deserialize(deserializer).map(SharedBytes::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_shares_the_bytes_and_keeps_the_right_ones() {
        let whole = SharedBytes::from(b"abcdef");
        let mut cut = whole.clone();
        cut.advance(1);
        cut.truncate(3);
        assert_eq!(cut, b"bcd");
        assert_eq!(whole, b"abcdef");
        cut.advance(10);
        assert!(cut.is_empty());
        let mut short = whole.clone();
        short.truncate(100);
        assert_eq!(short.len(), 6);
        assert_eq!(SharedBytes::from(Vec::new()), SharedBytes::new());
    }
}
