//! Formatting shared by the components: numbers as a student reads them.

use tcp_engine::sim::Side;
use tcp_engine::{Flags, Segment, SeqNum, Tcb};

/// Offsets for relative sequence numbers (as Wireshark shows them): what a
/// side sends counts from its ISS, what it receives from its IRS.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numbering {
    /// False shows raw 32-bit numbers.
    pub relative: bool,
    /// Client ISS, server ISS.
    pub iss: [SeqNum; 2],
    /// Client IRS, server IRS.
    pub irs: [SeqNum; 2],
}

fn index(side: Side) -> usize {
    match side {
        Side::Client => 0,
        Side::Server => 1,
    }
}

impl Numbering {
    /// From both TCBs.
    pub fn new(relative: bool, client: &Tcb, server: &Tcb) -> Numbering {
        Numbering {
            relative,
            iss: [client.iss, server.iss],
            irs: [client.irs, server.irs],
        }
    }

    fn show(&self, n: SeqNum, base: SeqNum) -> String {
        if self.relative {
            n.since(base).to_string()
        } else {
            n.0.to_string()
        }
    }

    /// A number in `side`'s own sending space (ISS, SND.*).
    pub fn sent_by(&self, n: SeqNum, side: Side) -> String {
        self.show(n, self.iss[index(side)])
    }

    /// A number in the space `side` receives (IRS, RCV.*).
    pub fn received_by(&self, n: SeqNum, side: Side) -> String {
        self.show(n, self.irs[index(side)])
    }

    /// A segment as a one-line label: `SYN,ACK seq=0 ack=1 win=65535`.
    pub fn segment(&self, seg: &Segment, from: Side) -> String {
        let mut s = format!("{} seq={}", seg.flags, self.sent_by(seg.seq, from));
        if seg.flags.contains(Flags::ACK) {
            s.push_str(&format!(" ack={}", self.received_by(seg.ack, from)));
        }
        s.push_str(&format!(" win={}", seg.wnd));
        if !seg.payload.is_empty() {
            s.push_str(&format!(" len={}", seg.payload.len()));
        }
        s
    }
}

/// `1.300 s`.
pub fn clock(ms: u64) -> String {
    format!("{}.{:03} s", ms / 1000, ms % 1000)
}

/// The payload as text a student can read (control characters shown as ·).
pub fn printable(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| if c.is_control() { '·' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_numbers_count_sent_from_iss_and_received_from_irs() {
        let client = Tcb {
            iss: SeqNum(u32::MAX),
            irs: SeqNum(5000),
            ..Tcb::default()
        };
        let server = Tcb {
            iss: SeqNum(5000),
            irs: SeqNum(u32::MAX),
            ..Tcb::default()
        };
        let n = Numbering::new(true, &client, &server);
        assert_eq!(n.sent_by(SeqNum(0), Side::Client), "1", "wraps past 2^32");
        assert_eq!(n.received_by(SeqNum(5001), Side::Client), "1");
        let seg = Segment {
            seq: SeqNum(5000),
            ack: SeqNum(0),
            flags: Flags::SYN | Flags::ACK,
            wnd: 100,
            payload: vec![],
        };
        assert_eq!(n.segment(&seg, Side::Server), "SYN,ACK seq=0 ack=1 win=100");
        assert_eq!(clock(61_500), "61.500 s");
    }
}
