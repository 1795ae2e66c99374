//! Segments as real bytes: IPv4 + TCP with checksums (via `etherparse`),
//! and a session as a pcap capture (via `pcap-file`) that Wireshark opens.
//!
//! The client is 192.0.2.1:49152 and the server 192.0.2.2:80 (addresses
//! reserved for documentation, RFC 5737).

use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::sim::{Event, Side, TraceEntry};
use etherparse::{PacketBuilder, SlicedPacket, TransportSlice};
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::DataLink;
use std::time::Duration;

/// IPv4 address and TCP port of each side.
pub fn address(side: Side) -> ([u8; 4], u16) {
    match side {
        Side::Client => ([192, 0, 2, 1], 49152),
        Side::Server => ([192, 0, 2, 2], 80),
    }
}

/// The segment as an IPv4 packet sent by `from`.
pub fn to_ipv4(seg: &Segment, from: Side) -> Vec<u8> {
    let (src, sport) = address(from);
    let (dst, dport) = address(from.other());
    let mut b = PacketBuilder::ipv4(src, dst, 64).tcp(sport, dport, seg.seq.0, seg.wnd);
    if seg.has(Flags::SYN) {
        b = b.syn();
    }
    if seg.has(Flags::FIN) {
        b = b.fin();
    }
    if seg.has(Flags::RST) {
        b = b.rst();
    }
    if seg.has(Flags::PSH) {
        b = b.psh();
    }
    if seg.has(Flags::ACK) {
        b = b.ack(seg.ack.0);
    }
    if seg.has(Flags::URG) {
        b = b.urg(0);
    }
    let mut out = Vec::with_capacity(b.size(seg.payload.len()));
    // Writing to a Vec cannot fail, and payloads stay under the IPv4 limit.
    if b.write(&mut out, &seg.payload).is_err() {
        out.clear();
    }
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
    let mut flags = Flags::NONE;
    for (on, flag) in [
        (tcp.syn(), Flags::SYN),
        (tcp.fin(), Flags::FIN),
        (tcp.rst(), Flags::RST),
        (tcp.psh(), Flags::PSH),
        (tcp.ack(), Flags::ACK),
        (tcp.urg(), Flags::URG),
    ] {
        if on {
            flags |= flag;
        }
    }
    Ok((
        from,
        Segment {
            seq: SeqNum(tcp.sequence_number()),
            ack: SeqNum(tcp.acknowledgment_number()),
            flags,
            wnd: tcp.window_size(),
            payload: tcp.payload().to_vec(),
        },
    ))
}

/// A capture of every segment put on the wire, at the time it was sent.
pub fn pcap<'a>(trace: impl Iterator<Item = &'a TraceEntry>) -> Vec<u8> {
    let header = PcapHeader {
        datalink: DataLink::IPV4,
        ..PcapHeader::default()
    };
    let mut out = Vec::new();
    if let Ok(mut writer) = PcapWriter::with_header(&mut out, header) {
        for entry in trace {
            if let Event::Sent { from, seg, .. } = &entry.event {
                let bytes = to_ipv4(seg, *from);
                let time = Duration::from_millis(entry.time.as_millis());
                // A Vec always accepts the write.
                let _ = writer.write_packet(&PcapPacket::new(time, bytes.len() as u32, &bytes));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Call;
    use crate::sim::Sim;
    use pcap_file::pcap::PcapReader;

    #[test]
    fn segments_survive_the_trip_through_real_bytes() {
        let seg = Segment {
            seq: SeqNum(0xFFFF_FFF0),
            ack: SeqNum(5001),
            flags: Flags::ACK | Flags::PSH | Flags::FIN,
            wnd: 1234,
            payload: b"bye".to_vec(),
        };
        let bytes = to_ipv4(&seg, Side::Server);
        assert_eq!(bytes.len(), 20 + 20 + 3);
        assert_eq!(from_ipv4(&bytes).unwrap(), (Side::Server, seg));
    }

    #[test]
    fn checksums_are_valid() {
        let bytes = to_ipv4(
            &Segment {
                seq: SeqNum(1),
                flags: Flags::SYN,
                wnd: 65535,
                ..Segment::default()
            },
            Side::Client,
        );
        let ip = etherparse::Ipv4HeaderSlice::from_slice(&bytes).unwrap();
        assert_eq!(ip.header_checksum(), ip.to_header().calc_header_checksum());
        let tcp = etherparse::TcpHeaderSlice::from_slice(&bytes[20..]).unwrap();
        let expected = tcp
            .to_header()
            .calc_checksum_ipv4_raw(ip.source(), ip.destination(), &[])
            .unwrap();
        assert_eq!(tcp.checksum(), expected);
    }

    #[test]
    fn a_handshake_capture_reads_back_with_its_flags_and_numbers() {
        let mut sim = Sim::default();
        sim.set_isn(Side::Client, 1000);
        sim.set_isn(Side::Server, 5000);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(10)).unwrap();
        let capture = pcap(sim.trace().iter());
        let mut reader = PcapReader::new(&capture[..]).unwrap();
        assert_eq!(reader.header().datalink, DataLink::IPV4);
        let mut seen = Vec::new();
        while let Some(packet) = reader.next_packet() {
            let packet = packet.unwrap();
            let (from, seg) = from_ipv4(&packet.data).unwrap();
            seen.push((from, seg.flags, seg.seq.0, packet.timestamp.as_millis()));
        }
        assert_eq!(
            seen,
            [
                (Side::Client, Flags::SYN, 1000, 0),
                (Side::Server, Flags::SYN | Flags::ACK, 5000, 100),
                (Side::Client, Flags::ACK, 1001, 200),
            ]
        );
    }
}
