//! TCP segments and their control flags (RFC 9293 §3.1).

use crate::options::TcpOption;
use crate::seq::SeqNum;
use crate::shared::SharedBytes;
use core::fmt;
use serde::{Deserialize, Serialize};

/// The control bits of a segment, as a small bitset so that any
/// combination (even a nonsensical one a student crafts) can be expressed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Flags(u8);

impl Flags {
    /// No control bits.
    pub const NONE: Flags = Flags(0);
    /// No more data from sender.
    pub const FIN: Flags = Flags(0x01);
    /// Synchronize sequence numbers.
    pub const SYN: Flags = Flags(0x02);
    /// Reset the connection.
    pub const RST: Flags = Flags(0x04);
    /// Push function.
    pub const PSH: Flags = Flags(0x08);
    /// Acknowledgment field is significant.
    pub const ACK: Flags = Flags(0x10);
    /// Urgent pointer field is significant.
    pub const URG: Flags = Flags(0x20);

    /// Every flag with its name, in the order the playground writes them
    /// (ACK last, as in `SYN,ACK`, `FIN,ACK`, `RST,ACK`: how captures show them).
    pub const NAMED: [(Flags, &'static str); 6] = [
        (Flags::SYN, "SYN"),
        (Flags::FIN, "FIN"),
        (Flags::RST, "RST"),
        (Flags::PSH, "PSH"),
        (Flags::ACK, "ACK"),
        (Flags::URG, "URG"),
    ];

    /// The raw bits, laid out as in the TCP header.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Flags from header bits; bits beyond the six named ones are dropped.
    pub fn from_bits(bits: u8) -> Flags {
        Flags(bits & 0x3F)
    }

    /// True when every flag in `other` is set here.
    pub fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// These flags without those in `other`.
    pub fn without(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }

    /// Looks a flag up by its upper-case name (`"SYN"`).
    pub fn from_name(name: &str) -> Option<Flags> {
        Flags::NAMED
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(flag, _)| *flag)
    }
}

impl core::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl core::ops::BitAnd for Flags {
    type Output = Flags;
    fn bitand(self, rhs: Flags) -> Flags {
        Flags(self.0 & rhs.0)
    }
}

impl core::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

impl fmt::Display for Flags {
    /// `SYN,ACK`; a segment with no flags is written `none`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (flag, name) in Flags::NAMED {
            if self.contains(flag) {
                if !first {
                    f.write_str(",")?;
                }
                f.write_str(name)?;
                first = false;
            }
        }
        if first {
            f.write_str("none")?;
        }
        Ok(())
    }
}

/// The largest payload a segment may carry: an IPv4 datagram of 65,535
/// bytes less the 20-byte IP and 20-byte TCP headers (a hand-made segment
/// must still fit in one).
pub const MAX_PAYLOAD: usize = 65_495;

/// One TCP segment: the header fields the playground models, and the payload.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// SEG.SEQ: the first sequence number of the segment.
    pub seq: SeqNum,
    /// SEG.ACK: meaningful only with the ACK flag.
    pub ack: SeqNum,
    /// The control bits.
    pub flags: Flags,
    /// SEG.WND: the window field (16 bits; no window scaling is modelled).
    pub wnd: u16,
    /// The segment text, shared by every copy of the segment.
    pub payload: SharedBytes,
    /// Its options, in header order (RFC 9293 §3.2).
    pub options: Vec<TcpOption>,
}

impl Segment {
    /// SEG.LEN: octets of sequence space, counting SYN and FIN (§3.4).
    pub fn seg_len(&self) -> u32 {
        let controls =
            u32::from(self.flags.contains(Flags::SYN)) + u32::from(self.flags.contains(Flags::FIN));
        // Payloads are bounded far below 2^32 by every producer.
        self.payload.len() as u32 + controls
    }

    /// The MSS option's value, if it carries one.
    pub fn mss(&self) -> Option<u16> {
        self.options.iter().find_map(|o| match o {
            TcpOption::Mss(n) => Some(*n),
            _ => None,
        })
    }

    /// True when the flag(s) are set.
    pub fn has(&self, flags: Flags) -> bool {
        self.flags.contains(flags)
    }
}

impl fmt::Display for Segment {
    /// The RFC's own notation: `<SEQ=100><ACK=301><CTL=SYN,ACK>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<SEQ={}>", self.seq)?;
        if self.has(Flags::ACK) {
            write!(f, "<ACK={}>", self.ack)?;
        }
        write!(f, "<CTL={}>", self.flags)?;
        if !self.payload.is_empty() {
            write!(f, "<LEN={}>", self.payload.len())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seg_len_counts_syn_and_fin() {
        let seg = Segment {
            flags: Flags::SYN | Flags::FIN,
            payload: b"abc".to_vec().into(),
            ..Segment::default()
        };
        assert_eq!(seg.seg_len(), 5);
    }

    #[test]
    fn flags_print_in_playground_order() {
        assert_eq!((Flags::ACK | Flags::SYN).to_string(), "SYN,ACK");
        assert_eq!((Flags::ACK | Flags::FIN).to_string(), "FIN,ACK");
        assert_eq!(Flags::NONE.to_string(), "none");
        assert_eq!(Flags::from_name("RST"), Some(Flags::RST));
        assert_eq!(Flags::from_name("rst"), None);
    }
}
