//! Segments as real bytes: IPv4 + TCP with checksums, and a session as a
//! pcapng capture that Wireshark opens.
//!
//! The writers are a few lines each, by hand: they run in the browser, where
//! every kilobyte of code delays the first screen. Reading bytes back (only
//! the comparisons with Linux and smoltcp do) uses `etherparse`.
//!
//! The client is 192.0.2.1:49152 and the server 192.0.2.2:80 (addresses
//! reserved for documentation, RFC 5737).

use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::sim::{Event, Side, TraceEntry};
use etherparse::{SlicedPacket, TransportSlice};

/// IPv4 address and TCP port of each side.
pub fn address(side: Side) -> ([u8; 4], u16) {
    match side {
        Side::Client => ([192, 0, 2, 1], 49152),
        Side::Server => ([192, 0, 2, 2], 80),
    }
}

/// The Internet checksum (RFC 1071): the ones' complement of the ones'
/// complement sum of 16-bit words, `start` being a partial sum already.
fn checksum(start: u32, bytes: &[u8]) -> u16 {
    let mut sum = start;
    let mut words = bytes.chunks_exact(2);
    for w in &mut words {
        sum += u32::from(u16::from_be_bytes([w[0], w[1]]));
    }
    if let [last] = words.remainder() {
        sum += u32::from(*last) << 8;
    }
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

/// The sum of a few big-endian 16-bit words (for the pseudo-header).
fn sum_words(words: &[u16]) -> u32 {
    words.iter().map(|w| u32::from(*w)).sum()
}

/// The segment as an IPv4 packet sent by `from`: a 20-byte IPv4 header
/// (RFC 791: no options, Don't Fragment, TTL 64) and a 20-byte TCP header
/// (RFC 9293 §3.1: no options; the acknowledgment number only with ACK).
pub fn to_ipv4(seg: &Segment, from: Side) -> Vec<u8> {
    let (src, sport) = address(from);
    let (dst, dport) = address(from.other());
    // The engine's segments stay far below IPv4's 65535-byte limit.
    let options = crate::options::encode(&seg.options);
    let header = 20 + options.len();
    let tcp_len = header + seg.payload.len().min(65_535 - 40 - options.len());
    let total = (20 + tcp_len) as u16;
    let mut out = Vec::with_capacity(usize::from(total));
    out.extend_from_slice(&[
        0x45,
        0,
        (total >> 8) as u8,
        total as u8,
        0,
        0,
        0x40,
        0,
        64,
        6,
        0,
        0,
    ]);
    out.extend_from_slice(&src);
    out.extend_from_slice(&dst);
    let ip_sum = checksum(0, &out[..20]);
    out[10..12].copy_from_slice(&ip_sum.to_be_bytes());

    let ack = if seg.has(Flags::ACK) { seg.ack.0 } else { 0 };
    let bits = [
        (Flags::FIN, 0x01),
        (Flags::SYN, 0x02),
        (Flags::RST, 0x04),
        (Flags::PSH, 0x08),
        (Flags::ACK, 0x10),
        (Flags::URG, 0x20),
    ]
    .iter()
    .filter(|(flag, _)| seg.has(*flag))
    .fold(0u8, |b, (_, bit)| b | bit);
    out.extend_from_slice(&sport.to_be_bytes());
    out.extend_from_slice(&dport.to_be_bytes());
    out.extend_from_slice(&seg.seq.0.to_be_bytes());
    out.extend_from_slice(&ack.to_be_bytes());
    out.extend_from_slice(&[((header / 4) as u8) << 4, bits]);
    out.extend_from_slice(&seg.wnd.to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]); // checksum (below), urgent pointer
    out.extend_from_slice(&options);
    out.extend_from_slice(&seg.payload[..tcp_len - header]);
    // The pseudo-header: addresses, protocol 6, TCP length.
    let pseudo = sum_words(&[
        u16::from_be_bytes([src[0], src[1]]),
        u16::from_be_bytes([src[2], src[3]]),
        u16::from_be_bytes([dst[0], dst[1]]),
        u16::from_be_bytes([dst[2], dst[3]]),
        6,
        tcp_len as u16,
    ]);
    let tcp_sum = checksum(pseudo, &out[20..]);
    out[36..38].copy_from_slice(&tcp_sum.to_be_bytes());
    out
}

/// An IPv4 packet back to the sender and the segment.
pub fn from_ipv4(bytes: &[u8]) -> Result<(Side, Segment), String> {
    let packet = SlicedPacket::from_ip(bytes).map_err(|e| format!("not an IPv4 packet: {e}"))?;
    let Some(TransportSlice::Tcp(tcp)) = packet.transport else {
        return Err("not a TCP segment".to_string());
    };
    let from = if tcp.source_port() == address(Side::Client).1 {
        Side::Client
    } else {
        Side::Server
    };
    let flags = crate::capture::flags(&tcp);
    Ok((
        from,
        Segment {
            seq: SeqNum(tcp.sequence_number()),
            ack: SeqNum(tcp.acknowledgment_number()),
            flags,
            wnd: tcp.window_size(),
            payload: tcp.payload().into(),
            options: crate::options::decode(tcp.options()),
        },
    ))
}

/// LINKTYPE_ETHERNET: the link type every capture tool reads.
const LINKTYPE_ETHERNET: u32 = 1;

/// Each side's (locally administered) Ethernet address.
fn mac(side: Side) -> [u8; 6] {
    match side {
        Side::Client => [0x02, 0, 0, 0, 0, 0x01],
        Side::Server => [0x02, 0, 0, 0, 0, 0x02],
    }
}

/// A capture taken on `at`'s link, as `tcpdump` on that machine would
/// record it: what `at` sends when it sends it, what reaches it when it
/// arrives (a segment lost on the way is never seen). pcapng (little-endian,
/// microsecond timestamps), Ethernet frames; `application` names the writer
/// in the section header, which Wireshark shows as the capture's application.
pub fn pcap<'a>(
    trace: impl Iterator<Item = &'a TraceEntry>,
    at: Side,
    application: &str,
) -> Vec<u8> {
    let mut writer = PcapWriter::new(at, application);
    for entry in trace {
        writer.add(entry);
    }
    writer.finish()
}

/// [`pcap`] an entry at a time, so that a long session can be written in
/// slices between which the page stays responsive.
pub struct PcapWriter {
    out: Vec<u8>,
    at: Side,
    /// Segments on their way to `at`, by id, until they arrive.
    coming: std::collections::HashMap<u64, (Side, Segment)>,
}

/// Appends a pcapng block (type, body, then the length on both sides).
fn block(out: &mut Vec<u8>, kind: u32, body: &[u8]) {
    let len = (12 + body.len()) as u32;
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&len.to_le_bytes());
}

/// Pads `body` to a 32-bit boundary, as every pcapng field must be.
fn pad(body: &mut Vec<u8>) {
    body.resize(body.len().next_multiple_of(4), 0);
}

impl PcapWriter {
    /// A capture taken at `at`, written by `application` (for example
    /// "TCP Playground 0.1.0"): its headers, no packet yet.
    pub fn new(at: Side, application: &str) -> PcapWriter {
        let mut out = Vec::new();
        // Section header: byte-order magic, version 1.0, length unknown,
        // then the option shb_userappl (code 4) and the end of options.
        let mut body = Vec::new();
        body.extend_from_slice(&0x1A2B_3C4D_u32.to_le_bytes());
        body.extend_from_slice(&[1, 0, 0, 0]);
        body.extend_from_slice(&u64::MAX.to_le_bytes());
        let app = &application.as_bytes()[..application.len().min(0xFFFF)];
        body.extend_from_slice(&4u16.to_le_bytes());
        body.extend_from_slice(&(app.len() as u16).to_le_bytes());
        body.extend_from_slice(app);
        pad(&mut body);
        body.extend_from_slice(&[0; 4]);
        block(&mut out, 0x0A0D_0D0A, &body);
        // Interface description: Ethernet, snapshot length 65535, and the
        // default microsecond resolution (no if_tsresol option).
        let mut body = Vec::new();
        body.extend_from_slice(&LINKTYPE_ETHERNET.to_le_bytes()[..2]);
        body.extend_from_slice(&[0, 0]);
        body.extend_from_slice(&65_535u32.to_le_bytes());
        block(&mut out, 1, &body);
        PcapWriter {
            out,
            at,
            coming: std::collections::HashMap::new(),
        }
    }

    /// Writes what `entry` puts on the wire at `at`, if anything.
    pub fn add(&mut self, entry: &TraceEntry) {
        let at = self.at;
        let frame = match &entry.event {
            Event::Sent { from, seg, .. } if *from == at => Some((*from, seg.clone())),
            Event::Sent { id, from, seg, .. } => {
                self.coming.insert(*id, (*from, seg.clone()));
                None
            }
            Event::Delivered { id, to } if *to == at => self.coming.remove(id),
            Event::Dropped { id, .. } => {
                self.coming.remove(id);
                None
            }
            _ => None,
        };
        let Some((from, seg)) = frame else { return };
        // Enhanced packet block: interface 0, a 64-bit microsecond time in
        // two halves, captured and original lengths, the frame, padded.
        let ip = to_ipv4(&seg, from);
        let micros = entry.time.as_millis().saturating_mul(1000);
        let len = (14 + ip.len()) as u32;
        let mut body = Vec::with_capacity(20 + 16 + ip.len());
        for word in [0, (micros >> 32) as u32, micros as u32, len, len] {
            body.extend_from_slice(&word.to_le_bytes());
        }
        body.extend_from_slice(&mac(from.other()));
        body.extend_from_slice(&mac(from));
        body.extend_from_slice(&[0x08, 0x00]);
        body.extend_from_slice(&ip);
        pad(&mut body);
        block(&mut self.out, 6, &body);
    }

    /// The capture's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Call;
    use crate::sim::Sim;
    use pcap_file::pcapng::blocks::section_header::SectionHeaderOption;
    use pcap_file::pcapng::{Block, PcapNgReader};
    use pcap_file::DataLink;
    use std::time::Duration;

    #[test]
    fn segments_survive_the_trip_through_real_bytes() {
        let seg = Segment {
            seq: SeqNum(0xFFFF_FFF0),
            ack: SeqNum(5001),
            flags: Flags::ACK | Flags::PSH | Flags::FIN,
            wnd: 1234,
            payload: b"bye".to_vec().into(),
            options: Vec::new(),
        };
        let bytes = to_ipv4(&seg, Side::Server);
        assert_eq!(bytes.len(), 20 + 20 + 3);
        assert_eq!(from_ipv4(&bytes).unwrap(), (Side::Server, seg));
    }

    #[test]
    fn checksums_are_valid() {
        // Even and odd payloads (the last byte is padded), with and
        // without ACK, from both sides.
        for (payload, flags, from) in [
            (&b""[..], Flags::SYN, Side::Client),
            (b"hello", Flags::ACK | Flags::PSH, Side::Server),
            (b"hi", Flags::RST, Side::Client),
        ] {
            let bytes = to_ipv4(
                &Segment {
                    seq: SeqNum(1),
                    ack: SeqNum(0xFFFF_0000),
                    flags,
                    wnd: 65535,
                    payload: payload.to_vec().into(),
                    options: Vec::new(),
                },
                from,
            );
            let ip = etherparse::Ipv4HeaderSlice::from_slice(&bytes).unwrap();
            assert_eq!(ip.header_checksum(), ip.to_header().calc_header_checksum());
            assert_eq!(usize::from(ip.total_len()), bytes.len());
            let tcp = etherparse::TcpHeaderSlice::from_slice(&bytes[20..]).unwrap();
            let expected = tcp
                .to_header()
                .calc_checksum_ipv4_raw(ip.source(), ip.destination(), payload)
                .unwrap();
            assert_eq!(tcp.checksum(), expected, "{payload:?}");
            assert_eq!(from_ipv4(&bytes).unwrap().1.flags, flags);
        }
    }

    #[test]
    fn a_handshake_capture_reads_back_with_its_flags_and_numbers() {
        let mut sim = Sim::default();
        sim.set_isn(Side::Client, 1000);
        sim.set_isn(Side::Server, 5000);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(10)).unwrap();
        let capture = pcap(sim.trace().iter(), Side::Client, "TCP Playground 9.9.9");
        let mut reader = PcapNgReader::new(&capture[..]).unwrap();
        // Wireshark's "Capture file properties" name the application.
        assert_eq!(
            reader.section().options,
            [SectionHeaderOption::UserApplication(
                "TCP Playground 9.9.9".into()
            )]
        );
        let mut seen = Vec::new();
        let mut links = Vec::new();
        while let Some(block) = reader.next_block() {
            let packet = match block.unwrap() {
                Block::InterfaceDescription(i) => {
                    links.push(i.linktype);
                    continue;
                }
                Block::EnhancedPacket(packet) => packet,
                other => panic!("unexpected block {other:?}"),
            };
            assert_eq!(packet.interface_id, 0);
            assert_eq!(&packet.data[12..14], &[0x08, 0x00], "IPv4 in Ethernet");
            let (from, seg) = from_ipv4(&packet.data[14..]).unwrap();
            // pcap-file reads the raw count (microseconds here) as nanoseconds.
            let ms = packet.timestamp.as_nanos() / 1000;
            seen.push((from, seg.flags, seg.seq.0, ms));
        }
        assert_eq!(links, [DataLink::ETHERNET]);
        // Seen at the client: the server's SYN,ACK when it arrives there.
        assert_eq!(
            seen,
            [
                (Side::Client, Flags::SYN, 1000, 0),
                (Side::Server, Flags::SYN | Flags::ACK, 5000, 200),
                (Side::Client, Flags::ACK, 1001, 200),
            ]
        );
    }

    #[test]
    fn a_capture_point_sees_no_lost_segment_of_the_other_side() {
        let mut sim = Sim::default();
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.deliver(crate::sim::Selector { from: None, n: 1 })
            .unwrap();
        sim.drop_segment(crate::sim::Selector { from: None, n: 1 })
            .unwrap();
        let flags = |at: Side| {
            let capture = pcap(sim.trace().iter(), at, "test");
            let read = crate::capture::read(&capture).unwrap();
            read.segments
                .iter()
                .map(|c| c.seg.flags)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            flags(Side::Client),
            [Flags::SYN],
            "the SYN,ACK never reached it"
        );
        assert_eq!(flags(Side::Server), [Flags::SYN, Flags::SYN | Flags::ACK]);
    }
}
