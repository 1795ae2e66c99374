//! Reading packet captures (pcap and pcapng, as Wireshark, tcpdump and
//! dumpcap write them) into the TCP segments they hold.
//!
//! Link types: Ethernet, raw IPv4/IPv6, Linux cooked (SLL and SLL2) and BSD
//! loopback. What is not a TCP segment we can read (other protocols, IP
//! fragments, packets cut before their TCP header) is counted, never fatal;
//! a segment whose data was cut by the capture's snap length keeps the
//! bytes captured and the length of what was cut, as a number: never bytes
//! made up to fill it, so that what a capture costs in memory is bounded by
//! the file's size.

mod replay;

pub use replay::{
    is_bookkeeping, replay, shown_origin, Caveat, Difference, Kind, Limit, Replay, MAX_REPLAY_DATA,
    MAX_REPLAY_EVENTS, MAX_REPLAY_SEGMENTS, MAX_REPLAY_TEXT, MAX_REPLAY_UNSEEN, TEXT_BUDGET,
};

pub use crate::options::TcpOption;
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use core::fmt;
use core::time::Duration;
use etherparse::{LaxNetSlice, LaxSlicedPacket, TransportSlice};
use pcap_file::pcap::PcapParser;
use pcap_file::pcapng::{Block, PcapNgParser};
use pcap_file::DataLink;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Largest capture read, in bytes (the playground holds it all in memory).
pub const MAX_CAPTURE_BYTES: usize = 64 << 20;

/// One side of a connection: an address and a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Address {
    /// IPv4 or IPv6.
    pub ip: IpAddr,
    /// TCP port.
    pub port: u16,
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ip {
            IpAddr::V4(ip) => write!(f, "{ip}:{}", self.port),
            IpAddr::V6(ip) => write!(f, "[{ip}]:{}", self.port),
        }
    }
}

/// A TCP segment read from a capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captured {
    /// When, from the capture's earliest packet.
    pub time: Duration,
    /// Sender.
    pub from: Address,
    /// Receiver.
    pub to: Address,
    /// The segment (its data as far as the capture kept it, its options
    /// in order).
    pub seg: Segment,
    /// The capture kept only part of its data (snap length).
    pub cut: bool,
    /// Bytes of its data the capture cut (its length on the wire less the
    /// bytes in `seg`): a count, never bytes made up.
    pub missing: u32,
}

impl Captured {
    /// Its data's length on the wire: the bytes captured and those cut.
    pub fn data_len(&self) -> usize {
        self.seg.payload.len() + self.missing as usize
    }

    /// Its length in sequence space on the wire (SYN and FIN count one
    /// each), cut data included.
    pub fn seg_len(&self) -> u32 {
        self.seg.seg_len().wrapping_add(self.missing)
    }
}

/// What the reader passed over, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Packets of other protocols (ARP, UDP, ICMP…).
    pub not_tcp: usize,
    /// IP fragments (a TCP segment in pieces is not put back together).
    pub fragments: usize,
    /// Packets cut before the end of their TCP header.
    pub too_short: usize,
    /// Packets on a link type the reader does not know.
    pub unknown_link: usize,
}

/// Everything read from a capture.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capture {
    /// The TCP segments, in capture order.
    pub segments: Vec<Captured>,
    /// What was passed over.
    pub skipped: Skipped,
    /// The file ends in the middle of a packet or block: what came before
    /// it was read.
    pub cut_short: bool,
}

/// A TCP connection in a capture: who opened it, packets, when it started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connection {
    /// The side that sent the first SYN (else the first packet).
    pub client: Address,
    /// The other side.
    pub server: Address,
    /// Its segments, both ways.
    pub packets: usize,
    /// Its first segment's time.
    pub start: Duration,
}

/// Why a file could not be read as a capture at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptureError {
    /// Bigger than [`MAX_CAPTURE_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Neither pcap nor pcapng.
    NotACapture,
    /// A capture whose header is damaged or cut off.
    Damaged(String),
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaptureError::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes; captures of at most {MAX_CAPTURE_BYTES} bytes can be opened"
            ),
            CaptureError::NotACapture => f.write_str(
                "this is not a packet capture: expected a pcap or pcapng file (as Wireshark or tcpdump save them)",
            ),
            CaptureError::Damaged(why) => write!(f, "the capture's header is damaged: {why}"),
        }
    }
}

impl std::error::Error for CaptureError {}

/// Reads a pcap or pcapng file.
pub fn read(bytes: &[u8]) -> Result<Capture, CaptureError> {
    if bytes.len() > MAX_CAPTURE_BYTES {
        return Err(CaptureError::TooLarge { bytes: bytes.len() });
    }
    let magic = bytes.get(..4).ok_or(CaptureError::NotACapture)?;
    let mut capture = Capture::default();
    let add = |capture: &mut Capture, time: Duration, link: DataLink, data: &[u8], orig: u32| {
        read_packet(capture, time, link, data, orig);
    };
    match magic {
        [0xa1, 0xb2, 0xc3, 0xd4]
        | [0xd4, 0xc3, 0xb2, 0xa1]
        | [0xa1, 0xb2, 0x3c, 0x4d]
        | [0x4d, 0x3c, 0xb2, 0xa1] => {
            let (mut rest, parser) =
                PcapParser::new(bytes).map_err(|e| CaptureError::Damaged(e.to_string()))?;
            let header = parser.header();
            let nanos = header.ts_resolution == pcap_file::TsResolution::NanoSecond;
            while !rest.is_empty() {
                // Raw: pcap-file's checked packets refuse a packet longer
                // than the snap length, which is what a cut packet is.
                match parser.next_raw_packet(rest) {
                    Ok((next, packet)) => {
                        let frac = u64::from(packet.ts_frac);
                        let time = Duration::from_secs(u64::from(packet.ts_sec))
                            + Duration::from_nanos(if nanos { frac } else { frac * 1000 });
                        add(
                            &mut capture,
                            time,
                            header.datalink,
                            &packet.data,
                            packet.orig_len,
                        );
                        rest = next;
                    }
                    Err(_) => {
                        capture.cut_short = true;
                        break;
                    }
                }
            }
        }
        [0x0a, 0x0d, 0x0d, 0x0a] => {
            let (mut rest, mut parser) =
                PcapNgParser::new(bytes).map_err(|e| CaptureError::Damaged(e.to_string()))?;
            while !rest.is_empty() {
                let (next, block) = match parser.next_block(rest) {
                    Ok(found) => found,
                    Err(_) => {
                        capture.cut_short = true;
                        break;
                    }
                };
                rest = next;
                match block {
                    Block::EnhancedPacket(p) => {
                        let interface = parser.packet_interface(&p);
                        match interface {
                            Some(i) => {
                                // pcap-file hands the raw count as nanoseconds
                                // whatever the interface's resolution.
                                let raw = u64::try_from(p.timestamp.as_nanos()).unwrap_or(u64::MAX);
                                let time = pcapng_time(raw, tsresol(i));
                                add(&mut capture, time, i.linktype, &p.data, p.original_len)
                            }
                            None => capture.skipped.unknown_link += 1,
                        }
                    }
                    Block::SimplePacket(p) => {
                        let link = parser.interfaces().first().map(|i| i.linktype);
                        match link {
                            Some(link) => {
                                add(&mut capture, Duration::ZERO, link, &p.data, p.original_len)
                            }
                            None => capture.skipped.unknown_link += 1,
                        }
                    }
                    Block::Packet(p) => {
                        let link = parser
                            .interfaces()
                            .get(usize::from(p.interface_id))
                            .map(|i| i.linktype);
                        // The obsolete block counts in microseconds by default.
                        let time = Duration::from_micros(p.timestamp);
                        match link {
                            Some(link) => add(&mut capture, time, link, &p.data, p.original_len),
                            None => capture.skipped.unknown_link += 1,
                        }
                    }
                    // Section headers, interfaces, names, statistics: not packets.
                    Block::SectionHeader(_)
                    | Block::InterfaceDescription(_)
                    | Block::NameResolution(_)
                    | Block::InterfaceStatistics(_)
                    | Block::SystemdJournalExport(_)
                    | Block::Unknown(_) => {}
                }
            }
        }
        _ => return Err(CaptureError::NotACapture),
    }
    // Times from the earliest packet, which is not always the first in the
    // file (captures merged end to end).
    let earliest = capture.segments.iter().map(|c| c.time).min();
    for c in &mut capture.segments {
        c.time -= earliest.unwrap_or_default();
    }
    Ok(capture)
}

/// An interface's timestamp resolution (its `if_tsresol` option): 6, a
/// microsecond, unless it says otherwise.
fn tsresol(
    interface: &pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionBlock,
) -> u8 {
    use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionOption;
    interface
        .options
        .iter()
        .find_map(|o| match o {
            InterfaceDescriptionOption::IfTsResol(r) => Some(*r),
            _ => None,
        })
        .unwrap_or(6)
}

/// `raw` units of a pcapng resolution as a time: 10^-r seconds, or 2^-r
/// when the top bit is set (pcapng §4.2, if_tsresol).
fn pcapng_time(raw: u64, resolution: u8) -> Duration {
    let r = u32::from(resolution & 0x7F);
    let (secs, nanos) = if resolution & 0x80 == 0 {
        let unit = 10u64.checked_pow(r).unwrap_or(u64::MAX);
        (
            raw / unit,
            u128::from(raw % unit) * 1_000_000_000 / u128::from(unit),
        )
    } else if r < 64 {
        (
            raw >> r,
            (u128::from(raw & ((1u64 << r) - 1)) * 1_000_000_000) >> r,
        )
    } else {
        (0, 0)
    };
    Duration::new(secs, nanos as u32)
}

/// The IP packet inside a frame of this link type, if the reader knows it.
fn ip_of(link: DataLink, data: &[u8]) -> Option<&[u8]> {
    match link {
        DataLink::RAW | DataLink::IPV4 | DataLink::IPV6 => Some(data),
        // Linux cooked v1: 16 bytes, the protocol last.
        DataLink::LINUX_SLL => data.get(16..),
        // Linux cooked v2: 20 bytes, the protocol first.
        DataLink::LINUX_SLL2 => data.get(20..),
        // BSD loopback: a 4-byte address family (host or network order).
        DataLink::NULL | DataLink::LOOP => data.get(4..),
        _ => None,
    }
}

/// Reads one frame; counts it where it is passed over.
fn read_packet(capture: &mut Capture, time: Duration, link: DataLink, data: &[u8], orig: u32) {
    let sliced = if link == DataLink::ETHERNET {
        LaxSlicedPacket::from_ethernet(data).ok()
    } else {
        match ip_of(link, data) {
            Some(ip) => LaxSlicedPacket::from_ip(ip).ok(),
            None => {
                capture.skipped.unknown_link += 1;
                return;
            }
        }
    };
    let Some(sliced) = sliced else {
        capture.skipped.too_short += 1;
        return;
    };
    let (from_ip, to_ip, ip_payload) = match &sliced.net {
        Some(LaxNetSlice::Ipv4(v4)) => (
            IpAddr::V4(Ipv4Addr::from(v4.header().source())),
            IpAddr::V4(Ipv4Addr::from(v4.header().destination())),
            v4.payload(),
        ),
        Some(LaxNetSlice::Ipv6(v6)) => (
            IpAddr::V6(Ipv6Addr::from(v6.header().source())),
            IpAddr::V6(Ipv6Addr::from(v6.header().destination())),
            v6.payload(),
        ),
        Some(LaxNetSlice::Arp(_)) | None => {
            capture.skipped.not_tcp += 1;
            return;
        }
    };
    if ip_payload.fragmented {
        capture.skipped.fragments += 1;
        return;
    }
    if ip_payload.ip_number != etherparse::IpNumber::TCP {
        capture.skipped.not_tcp += 1;
        return;
    }
    let Some(TransportSlice::Tcp(tcp)) = &sliced.transport else {
        capture.skipped.too_short += 1;
        return;
    };
    // The data's real length: from the IP header when the capture cut it.
    let header = usize::from(tcp.data_offset()) * 4;
    let real = if ip_payload.incomplete {
        ip_payload_len(&sliced).map_or(0, |n| n.saturating_sub(header))
    } else {
        tcp.payload().len()
    };
    let payload = tcp.payload();
    // Cut by the snap length when the frame is shorter than on the wire; an
    // IP header that claims more than a whole frame holds is not believed.
    let cut = payload.len() < real && data.len() < orig as usize;
    let missing = if cut { real - payload.len() } else { 0 };
    let seg = Segment {
        seq: SeqNum(tcp.sequence_number()),
        ack: SeqNum(tcp.acknowledgment_number()),
        flags: flags(tcp),
        wnd: tcp.window_size(),
        payload: payload.into(),
        options: crate::options::decode(tcp.options()),
    };
    capture.segments.push(Captured {
        time,
        from: Address {
            ip: from_ip,
            port: tcp.source_port(),
        },
        to: Address {
            ip: to_ip,
            port: tcp.destination_port(),
        },
        seg,
        cut,
        // At most an IP packet's length (64 KB): the header's field.
        missing: missing as u32,
    });
}

/// The IP payload's length as its header gives it.
fn ip_payload_len(sliced: &LaxSlicedPacket) -> Option<usize> {
    match &sliced.net {
        Some(LaxNetSlice::Ipv4(v4)) => {
            let h = v4.header();
            Some(usize::from(h.total_len()).saturating_sub(usize::from(h.ihl()) * 4))
        }
        Some(LaxNetSlice::Ipv6(v6)) => Some(usize::from(v6.header().payload_length())),
        Some(LaxNetSlice::Arp(_)) | None => None,
    }
}

/// The control bits of a TCP header as read by etherparse.
pub(crate) fn flags(tcp: &etherparse::TcpSlice) -> Flags {
    let mut f = Flags::NONE;
    for (on, flag) in [
        (tcp.fin(), Flags::FIN),
        (tcp.syn(), Flags::SYN),
        (tcp.rst(), Flags::RST),
        (tcp.psh(), Flags::PSH),
        (tcp.ack(), Flags::ACK),
        (tcp.urg(), Flags::URG),
    ] {
        if on {
            f |= flag;
        }
    }
    f
}

impl Capture {
    /// The connections in the capture, in the order they first appear.
    /// One pass, each segment's connection found by its two addresses.
    pub fn connections(&self) -> Vec<Connection> {
        let mut found: Vec<Connection> = Vec::new();
        let mut index: HashMap<(Address, Address), usize> = HashMap::new();
        for c in &self.segments {
            // Either way round: the pair in a fixed order.
            let key = if c.from <= c.to {
                (c.from, c.to)
            } else {
                (c.to, c.from)
            };
            match index.get(&key) {
                Some(&k) => {
                    let k = &mut found[k];
                    k.packets += 1;
                    // The first SYN without ACK names the client.
                    if c.seg.flags.contains(Flags::SYN) && !c.seg.flags.contains(Flags::ACK) {
                        k.client = c.from;
                        k.server = c.to;
                    }
                }
                None => {
                    // A SYN,ACK comes from the server.
                    let from_server = c.seg.flags.contains(Flags::SYN | Flags::ACK);
                    let (client, server) = if from_server {
                        (c.to, c.from)
                    } else {
                        (c.from, c.to)
                    };
                    index.insert(key, found.len());
                    found.push(Connection {
                        client,
                        server,
                        packets: 1,
                        start: c.time,
                    });
                }
            }
        }
        found
    }
}
