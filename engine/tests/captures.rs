//! The capture reader on real captures made by the Linux kernel
//! (`scripts/make-captures.sh`), and on damaged input.

use std::path::Path;
use tcp_engine::capture::{read, CaptureError, TcpOption, MAX_CAPTURE_BYTES};
use tcp_engine::Flags;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/captures")
            .join(name),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn flags(name: &str) -> Vec<String> {
    read(&fixture(name))
        .unwrap()
        .segments
        .iter()
        .map(|c| c.seg.flags.without(Flags::PSH).to_string())
        .collect()
}

#[test]
fn an_ipv6_curl_reads_with_its_addresses() {
    let capture = read(&fixture("curl-ipv6.pcap")).unwrap();
    let c = &capture.connections()[0];
    assert_eq!(c.server.to_string(), "[fd77::2]:8083");
    assert!(c.client.to_string().starts_with("[fd77::1]:"));
    assert_eq!(capture.segments[0].seg.flags, Flags::SYN);
}

#[test]
fn a_curl_reads_the_same_from_every_link_type_and_format() {
    for name in [
        "curl-ethernet.pcap",
        "curl-ethernet.pcapng",
        "curl-sll.pcap",
        "curl-sll2.pcap",
    ] {
        let capture = read(&fixture(name)).unwrap();
        let connections = capture.connections();
        assert_eq!(connections.len(), 1, "{name}");
        let c = &connections[0];
        assert_eq!(
            (c.client.to_string(), c.server.port),
            (format!("10.77.0.1:{}", c.client.port), 8080),
            "{name}"
        );
        let first = &capture.segments[0];
        assert_eq!(first.seg.flags, Flags::SYN, "{name}");
        assert!(
            first.seg.options.contains(&TcpOption::Mss(1460)),
            "{name}: {:?}",
            first.seg.options
        );
        assert!(
            first.seg.options.contains(&TcpOption::SackPermitted),
            "{name}"
        );
        assert!(
            first
                .seg
                .options
                .iter()
                .any(|o| matches!(o, TcpOption::WindowScale(_))),
            "{name}"
        );
        assert!(
            first
                .seg
                .options
                .iter()
                .any(|o| matches!(o, TcpOption::Timestamps(_, 0))),
            "{name}"
        );
        // The HTTP request and the page, in order, and both FINs.
        let data: usize = capture.segments.iter().map(|c| c.seg.payload.len()).sum();
        assert!(data > 3000, "{name}: {data} bytes of data");
        assert_eq!(
            capture
                .segments
                .iter()
                .filter(|c| c.seg.has(Flags::FIN))
                .count(),
            2,
            "{name}"
        );
        assert!(
            !capture.cut_short && capture.segments.iter().all(|c| !c.cut),
            "{name}"
        );
        assert!(
            capture.segments.windows(2).all(|w| w[0].time <= w[1].time),
            "{name}"
        );
    }
}

#[test]
fn a_closed_port_answers_rst_ack() {
    assert_eq!(flags("closed-port.pcap"), ["SYN", "RST,ACK"]);
}

#[test]
fn an_abort_is_a_reset_after_the_handshake() {
    assert_eq!(flags("abort.pcap"), ["SYN", "SYN,ACK", "ACK", "RST,ACK"]);
}

#[test]
fn a_half_close_has_a_fin_each_way_with_data_after_the_first() {
    let capture = read(&fixture("half-close.pcap")).unwrap();
    let fins: Vec<usize> = (0..capture.segments.len())
        .filter(|&i| capture.segments[i].seg.has(Flags::FIN))
        .collect();
    assert_eq!(fins.len(), 2);
    let client = capture.segments[fins[0]].from;
    assert!(capture.segments[fins[0]..]
        .iter()
        .any(|c| c.from != client && !c.seg.payload.is_empty()));
}

#[test]
fn segments_cut_by_the_snap_length_keep_their_real_length() {
    let capture = read(&fixture("curl-snaplen.pcap")).unwrap();
    let cut: Vec<_> = capture.segments.iter().filter(|c| c.cut).collect();
    assert!(!cut.is_empty());
    assert!(
        cut.iter().any(|c| c.data_len() > 1000),
        "the page's length, not the snap's"
    );
    // What was cut is a count, not bytes made up.
    for c in &cut {
        assert!(c.missing > 0 && c.seg.payload.len() + c.missing as usize == c.data_len());
    }
}

#[test]
fn a_lossy_transfer_repeats_data() {
    let capture = read(&fixture("lossy.pcap")).unwrap();
    let mut seen = std::collections::HashSet::new();
    let repeated = capture
        .segments
        .iter()
        .filter(|c| !c.seg.payload.is_empty())
        .any(|c| !seen.insert((c.from, c.seg.seq)));
    assert!(repeated, "a retransmission");
}

#[test]
fn what_is_not_a_capture_says_so_and_damage_is_not_fatal() {
    assert_eq!(read(b"hello, world"), Err(CaptureError::NotACapture));
    assert_eq!(read(b""), Err(CaptureError::NotACapture));
    assert!(matches!(
        read(&[0xd4, 0xc3, 0xb2, 0xa1, 2, 0]),
        Err(CaptureError::Damaged(_))
    ));
    let big = vec![0u8; MAX_CAPTURE_BYTES + 1];
    assert!(matches!(read(&big), Err(CaptureError::TooLarge { .. })));
    // Cut in the middle of a packet: what came before is read.
    let whole = fixture("curl-ethernet.pcap");
    let cut = read(&whole[..whole.len() - 10]).unwrap();
    assert!(cut.cut_short);
    assert_eq!(cut.segments.len() + 1, read(&whole).unwrap().segments.len());
    let whole = fixture("curl-ethernet.pcapng");
    assert!(read(&whole[..whole.len() - 10]).unwrap().cut_short);
}

#[test]
fn a_pcapng_counts_time_in_its_interface_resolution() {
    // The same packets saved as pcap and as pcapng (microseconds by
    // default, pcapng §4.2): the same times, not a thousandth of them.
    let times = |name: &str| -> Vec<_> {
        read(&fixture(name))
            .unwrap()
            .segments
            .iter()
            .map(|c| c.time)
            .collect()
    };
    let pcapng = times("curl-ethernet.pcapng");
    assert_eq!(pcapng, times("curl-ethernet.pcap"));
    assert!(pcapng.last().unwrap().as_micros() > 1000, "{pcapng:?}");
}

#[test]
fn any_prefix_or_damage_never_panics() {
    for name in [
        "curl-ethernet.pcap",
        "curl-ethernet.pcapng",
        "curl-sll2.pcap",
    ] {
        let whole = fixture(name);
        for n in (0..whole.len()).step_by(7) {
            let _ = read(&whole[..n]);
        }
        let mut damaged = whole.clone();
        for i in (24..damaged.len()).step_by(13) {
            damaged[i] ^= 0x5a;
            let _ = read(&damaged);
        }
    }
}

#[test]
fn times_count_from_the_earliest_packet_even_when_it_is_not_the_first() {
    // Two captures joined end to end, the later one first (same header).
    let (later, earlier) = (fixture("abort.pcap"), fixture("closed-port.pcap"));
    let mut joined = later.clone();
    joined.extend_from_slice(&earlier[24..]);
    let capture = read(&joined).unwrap();
    let starts: Vec<_> = capture.connections().iter().map(|c| c.start).collect();
    assert_eq!(starts.len(), 2);
    // closed-port was captured before abort: its connection starts at zero.
    assert!(starts[0] > starts[1], "{starts:?}");
    assert_eq!(starts[1], std::time::Duration::ZERO);
}
