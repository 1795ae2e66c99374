//! Differential tests against smoltcp, an independent Rust TCP stack, in
//! lockstep on simulated time. Real IPv4/TCP packets cross between the two
//! through a tiny smoltcp `Device`. Each scenario runs with our engine on
//! both sides, then with smoltcp in one role; the wire (flags, relative
//! sequence numbers, lengths) and the final states must agree, apart from
//! differences listed by name in `ALLOWED` (and explained in
//! `docs/real-stacks.md`).

use smoltcp::iface::{Config as IfaceConfig, Interface, SocketHandle, SocketSet};
use smoltcp::phy::{self, DeviceCapabilities, Medium};
use smoltcp::socket::tcp;
use smoltcp::time::Instant as SmolInstant;
use smoltcp::wire::{HardwareAddress, IpAddress, IpCidr};
use std::collections::VecDeque;
use tcp_engine::endpoint::Call;
use tcp_engine::packet::{address, from_ipv4, to_ipv4};
use tcp_engine::sim::Side;
use tcp_engine::{Config, Endpoint, Flags, Instant, Output, Segment};

/// One way's delay on the simulated wire.
const LATENCY_MS: u64 = 10;

/// A TCP endpoint of either kind, driven the same way.
trait Actor {
    fn call(&mut self, call: Call, now: u64);
    fn receive(&mut self, seg: Segment, now: u64);
    /// Segments it wants to send now.
    fn poll(&mut self, now: u64) -> Vec<Segment>;
    fn next_timeout(&mut self, now: u64) -> Option<u64>;
    fn state(&self) -> String;
    fn received(&mut self) -> Vec<u8>;
}

struct Ours {
    ep: Endpoint,
    out: Vec<Segment>,
}

impl Ours {
    fn with(isn: u32, rfc5961: bool) -> Ours {
        let config = Config {
            rfc5961,
            ..Config::default()
        };
        let mut ep = Endpoint::new(config, 1);
        ep.set_next_isn(isn);
        Ours {
            ep,
            out: Vec::new(),
        }
    }
    fn collect(&mut self) {
        for o in self.ep.take_outputs() {
            if let Output::Transmit { seg, .. } = o {
                self.out.push(seg);
            }
        }
    }
}

impl Actor for Ours {
    fn call(&mut self, call: Call, now: u64) {
        self.ep.call(call, Instant::from_millis(now));
        self.collect();
    }
    fn receive(&mut self, seg: Segment, now: u64) {
        self.ep.on_segment(seg, Instant::from_millis(now));
        self.collect();
    }
    fn poll(&mut self, now: u64) -> Vec<Segment> {
        if self.ep.poll_timeout().is_some_and(|t| t.as_millis() <= now) {
            self.ep.on_timeout(Instant::from_millis(now));
            self.collect();
        }
        std::mem::take(&mut self.out)
    }
    fn next_timeout(&mut self, _now: u64) -> Option<u64> {
        self.ep.poll_timeout().map(|t| t.as_millis())
    }
    fn state(&self) -> String {
        self.ep.state().name().to_string()
    }
    fn received(&mut self) -> Vec<u8> {
        self.ep.received().to_vec()
    }
}

/// Raw IPv4 packets in and out of smoltcp.
#[derive(Default)]
struct Pipe {
    rx: VecDeque<Vec<u8>>,
    tx: Vec<Vec<u8>>,
}

struct RxToken(Vec<u8>);
struct TxToken<'a>(&'a mut Vec<Vec<u8>>);

impl phy::RxToken for RxToken {
    fn consume<R, F: FnOnce(&[u8]) -> R>(self, f: F) -> R {
        f(&self.0)
    }
}

impl phy::TxToken for TxToken<'_> {
    fn consume<R, F: FnOnce(&mut [u8]) -> R>(self, len: usize, f: F) -> R {
        let mut buf = vec![0; len];
        let r = f(&mut buf);
        self.0.push(buf);
        r
    }
}

impl phy::Device for Pipe {
    type RxToken<'a> = RxToken;
    type TxToken<'a> = TxToken<'a>;
    fn receive(&mut self, _: SmolInstant) -> Option<(RxToken, TxToken<'_>)> {
        let packet = self.rx.pop_front()?;
        Some((RxToken(packet), TxToken(&mut self.tx)))
    }
    fn transmit(&mut self, _: SmolInstant) -> Option<TxToken<'_>> {
        Some(TxToken(&mut self.tx))
    }
    fn capabilities(&self) -> DeviceCapabilities {
        let mut caps = DeviceCapabilities::default();
        caps.medium = Medium::Ip;
        caps.max_transmission_unit = 1500;
        caps
    }
}

struct Smol {
    side: Side,
    iface: Interface,
    device: Pipe,
    sockets: SocketSet<'static>,
    handle: SocketHandle,
    received: Vec<u8>,
}

fn ip(side: Side) -> IpAddress {
    let ([a, b, c, d], _) = address(side);
    IpAddress::v4(a, b, c, d)
}

impl Smol {
    fn new(side: Side, seed: u64) -> Smol {
        let mut device = Pipe::default();
        let mut config = IfaceConfig::new(HardwareAddress::Ip);
        config.random_seed = seed;
        let mut iface = Interface::new(config, &mut device, SmolInstant::ZERO);
        iface.update_ip_addrs(|addrs| {
            addrs.push(IpCidr::new(ip(side), 24)).unwrap();
        });
        let mut socket = tcp::Socket::new(
            tcp::SocketBuffer::new(vec![0; 65535]),
            tcp::SocketBuffer::new(vec![0; 65535]),
        );
        // As the playground's endpoints: no delayed ACK, no Nagle.
        socket.set_ack_delay(None);
        socket.set_nagle_enabled(false);
        let mut sockets = SocketSet::new(vec![]);
        let handle = sockets.add(socket);
        Smol {
            side,
            iface,
            device,
            sockets,
            handle,
            received: Vec::new(),
        }
    }
    fn socket(&mut self) -> &mut tcp::Socket<'static> {
        self.sockets.get_mut::<tcp::Socket>(self.handle)
    }
}

impl Actor for Smol {
    fn call(&mut self, call: Call, now: u64) {
        let (_, port) = address(self.side);
        let (_, peer_port) = address(self.side.other());
        let peer = ip(self.side.other());
        match call {
            Call::Listen => self.socket().listen(port).unwrap(),
            Call::Connect => {
                let cx = self.iface.context();
                let socket = self.sockets.get_mut::<tcp::Socket>(self.handle);
                socket.connect(cx, (peer, peer_port), port).unwrap();
            }
            Call::Send(data) => {
                self.socket().send_slice(&data).unwrap();
            }
            Call::Close => self.socket().close(),
            Call::Abort => self.socket().abort(),
        }
        let _ = now;
    }
    fn receive(&mut self, seg: Segment, _now: u64) {
        self.device.rx.push_back(to_ipv4(&seg, self.side.other()));
    }
    fn poll(&mut self, now: u64) -> Vec<Segment> {
        let t = SmolInstant::from_millis(now as i64);
        self.iface.poll(t, &mut self.device, &mut self.sockets);
        let mut buf = [0u8; 4096];
        while let Ok(n) = self.socket().recv_slice(&mut buf) {
            if n == 0 {
                break;
            }
            self.received.extend_from_slice(&buf[..n]);
        }
        self.device
            .tx
            .drain(..)
            .filter_map(|bytes| from_ipv4(&bytes).ok().map(|(_, seg)| seg))
            .collect()
    }
    fn next_timeout(&mut self, now: u64) -> Option<u64> {
        let t = SmolInstant::from_millis(now as i64);
        self.iface
            .poll_delay(t, &self.sockets)
            .map(|d| now + d.total_millis())
    }
    fn state(&self) -> String {
        self.sockets
            .get::<tcp::Socket>(self.handle)
            .state()
            .to_string()
    }
    fn received(&mut self) -> Vec<u8> {
        self.received.clone()
    }
}

/// What crossed the wire, comparable across stacks: sender, flags,
/// sequence and acknowledgment numbers relative to each side's ISN, length.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seen {
    from: Side,
    flags: String,
    seq: u32,
    ack: Option<u32>,
    len: usize,
}

/// Client, server, the wire and the clock, in lockstep.
struct Net {
    now: u64,
    actors: [Box<dyn Actor>; 2],
    in_flight: Vec<(u64, Side, Segment)>,
    seen: Vec<(Side, Segment)>,
}

impl Net {
    fn new(client: Box<dyn Actor>, server: Box<dyn Actor>) -> Net {
        Net {
            now: 0,
            actors: [client, server],
            in_flight: Vec::new(),
            seen: Vec::new(),
        }
    }
    fn idx(side: Side) -> usize {
        if side == Side::Client {
            0
        } else {
            1
        }
    }
    fn call(&mut self, side: Side, call: Call) {
        self.actors[Net::idx(side)].call(call, self.now);
        self.pump();
    }
    /// Moves what the actors want to send onto the wire.
    fn pump(&mut self) {
        for side in Side::BOTH {
            for seg in self.actors[Net::idx(side)].poll(self.now) {
                self.seen.push((side, seg.clone()));
                self.in_flight.push((self.now + LATENCY_MS, side, seg));
            }
        }
    }
    /// Runs until nothing is in flight and no timer is due before `until`.
    fn run_until(&mut self, until: u64) {
        for _ in 0..100_000 {
            self.pump();
            let next_arrival = self.in_flight.iter().map(|f| f.0).min();
            let now = self.now;
            let next_timer = self
                .actors
                .iter_mut()
                .filter_map(|a| a.next_timeout(now))
                .min();
            let Some(next) = next_arrival.into_iter().chain(next_timer).min() else {
                return;
            };
            if next > until {
                self.now = until;
                self.pump();
                return;
            }
            self.now = self.now.max(next);
            let due: Vec<_> = {
                let (due, rest): (Vec<_>, Vec<_>) =
                    self.in_flight.drain(..).partition(|f| f.0 <= self.now);
                self.in_flight = rest;
                due
            };
            for (_, from, seg) in due {
                self.actors[Net::idx(from.other())].receive(seg, self.now);
            }
        }
        panic!("the exchange did not settle");
    }
    fn isn(&self, side: Side) -> u32 {
        self.seen
            .iter()
            .find(|(s, seg)| *s == side && seg.flags.contains(Flags::SYN))
            .map_or(0, |(_, seg)| seg.seq.0)
    }
    /// A hand-made segment from `from`, numbers relative to the two ISNs.
    fn inject(&mut self, from: Side, flags: Flags, seq: u32, ack: u32, payload: &[u8]) {
        let seg = Segment {
            seq: tcp_engine::SeqNum(self.isn(from).wrapping_add(seq)),
            ack: tcp_engine::SeqNum(self.isn(from.other()).wrapping_add(ack)),
            flags,
            wnd: 65535,
            payload: payload.to_vec(),
        };
        self.seen.push((from, seg.clone()));
        self.actors[Net::idx(from.other())].receive(seg, self.now);
        self.pump();
    }
    fn state(&self, side: Side) -> String {
        self.actors[Net::idx(side)].state()
    }
    /// The wire, with numbers relative to each side's first SYN.
    fn seen(&self) -> Vec<Seen> {
        let isn = |side: Side| {
            self.seen
                .iter()
                .find(|(s, seg)| *s == side && seg.flags.contains(Flags::SYN))
                .map_or(0, |(_, seg)| seg.seq.0)
        };
        let (ic, is) = (isn(Side::Client), isn(Side::Server));
        self.seen
            .iter()
            .map(|(from, seg)| {
                let (own, peer) = if *from == Side::Client {
                    (ic, is)
                } else {
                    (is, ic)
                };
                let flags = seg.flags.without(Flags::PSH).to_string();
                Seen {
                    from: *from,
                    flags,
                    seq: if seg.flags.contains(Flags::RST)
                        && !seg.flags.contains(Flags::ACK)
                        && seg.seq.0 == 0
                    {
                        0
                    } else {
                        seg.seq.0.wrapping_sub(own)
                    },
                    ack: seg
                        .flags
                        .contains(Flags::ACK)
                        .then(|| seg.ack.0.wrapping_sub(peer)),
                    len: seg.payload.len(),
                }
            })
            .collect()
    }
}

type Step = fn(&mut Net);

/// A scenario family: what the applications do.
struct Family {
    name: &'static str,
    steps: Step,
    /// Exercises RFC 5961, which smoltcp does not implement: compare with
    /// our engine in RFC 793 mode (`set rfc5961 off`) instead.
    rfc5961: bool,
}

fn handshake(net: &mut Net) {
    net.call(Side::Server, Call::Listen);
    net.call(Side::Client, Call::Connect);
    net.run_until(1_000);
}

fn data_both_ways(net: &mut Net) {
    handshake(net);
    net.call(Side::Client, Call::Send(b"hello".to_vec()));
    net.run_until(2_000);
    net.call(Side::Server, Call::Send(b"world!".to_vec()));
    net.run_until(3_000);
}

fn client_closes_first(net: &mut Net) {
    handshake(net);
    net.call(Side::Client, Call::Close);
    net.run_until(2_000);
    net.call(Side::Server, Call::Close);
    net.run_until(3_000);
}

fn server_closes_first(net: &mut Net) {
    handshake(net);
    net.call(Side::Server, Call::Close);
    net.run_until(2_000);
    net.call(Side::Client, Call::Close);
    net.run_until(3_000);
}

fn simultaneous_close(net: &mut Net) {
    handshake(net);
    net.call(Side::Client, Call::Close);
    net.call(Side::Server, Call::Close);
    net.run_until(3_000);
}

fn closed_port(net: &mut Net) {
    net.call(Side::Client, Call::Connect);
    net.run_until(500);
}

fn client_aborts(net: &mut Net) {
    handshake(net);
    net.call(Side::Client, Call::Abort);
    net.run_until(2_000);
}

fn half_close_then_data(net: &mut Net) {
    handshake(net);
    net.call(Side::Client, Call::Close);
    net.run_until(2_000);
    net.call(Side::Server, Call::Send(b"still here".to_vec()));
    net.run_until(3_000);
}

fn rst_in_window(net: &mut Net) {
    handshake(net);
    net.inject(Side::Client, Flags::RST, 101, 0, b"");
    net.run_until(2_000);
}

fn exact_rst(net: &mut Net) {
    handshake(net);
    net.inject(Side::Client, Flags::RST, 1, 0, b"");
    net.run_until(2_000);
}

fn syn_in_established(net: &mut Net) {
    handshake(net);
    net.inject(Side::Client, Flags::SYN, 101, 0, b"");
    net.run_until(2_000);
}

fn data_outside_window(net: &mut Net) {
    handshake(net);
    net.inject(Side::Client, Flags::ACK, 200_001, 1, b"far away");
    net.run_until(2_000);
}

fn fin_again_in_time_wait(net: &mut Net) {
    client_closes_first(net);
    net.inject(Side::Server, Flags::FIN | Flags::ACK, 1, 2, b"");
    net.run_until(4_000);
}

const FAMILIES: [Family; 13] = [
    Family {
        name: "RST in the window, not exact",
        steps: rst_in_window,
        rfc5961: true,
    },
    Family {
        name: "exact RST",
        steps: exact_rst,
        rfc5961: false,
    },
    Family {
        name: "SYN in ESTABLISHED",
        steps: syn_in_established,
        rfc5961: false,
    },
    Family {
        name: "data outside the window",
        steps: data_outside_window,
        rfc5961: false,
    },
    Family {
        name: "FIN again in TIME-WAIT",
        steps: fin_again_in_time_wait,
        rfc5961: false,
    },
    Family {
        name: "handshake",
        steps: handshake,
        rfc5961: false,
    },
    Family {
        name: "data both ways",
        steps: data_both_ways,
        rfc5961: false,
    },
    Family {
        name: "client closes first",
        steps: client_closes_first,
        rfc5961: false,
    },
    Family {
        name: "server closes first",
        steps: server_closes_first,
        rfc5961: false,
    },
    Family {
        name: "simultaneous close",
        steps: simultaneous_close,
        rfc5961: false,
    },
    Family {
        name: "RST to a closed port",
        steps: closed_port,
        rfc5961: false,
    },
    Family {
        name: "abort",
        steps: client_aborts,
        rfc5961: false,
    },
    Family {
        name: "half-close, then data",
        steps: half_close_then_data,
        rfc5961: false,
    },
];

/// A difference between a real stack and RFC 9293 (as our engine follows
/// it) that the comparison tolerates, by name (see docs/real-stacks.md).
enum Difference {
    /// The stack sends a different segment in place of ours.
    Replaced(&'static str, fn(ours: &Seen, theirs: &Seen) -> bool),
    /// The stack does not send a segment ours sends (after `before`).
    Missing(&'static str, fn(before: &Seen, ours: &Seen) -> bool),
}

const ALLOWED: [Difference; 2] = [
    // RFC 5961 §4.2 (and RFC 9293 §3.10.7.4): a SYN in a synchronized state
    // gets a challenge ACK (RFC 793: a reset). smoltcp drops it silently.
    Difference::Missing("syn-in-synchronized-state-ignored", |before, r| {
        before.flags == "SYN" && r.flags == "ACK" && r.from != before.from
    }),
    // RFC 9293 §3.10.5: ABORT sends <SEQ=SND.NXT><CTL=RST>; smoltcp (like
    // Linux) also sets ACK with its current RCV.NXT.
    Difference::Replaced("rst-on-abort-carries-ack", |r, o| {
        r.flags == "RST" && o.flags == "RST,ACK" && r.seq == o.seq && r.from == o.from
    }),
];

/// Compares two wires segment by segment; returns the named differences
/// used, or where they part ways.
fn diff(reference: &[Seen], other: &[Seen]) -> Result<Vec<&'static str>, String> {
    let (mut i, mut j) = (0, 0);
    let mut used = Vec::new();
    while i < reference.len() || j < other.len() {
        let (r, o) = (reference.get(i), other.get(j));
        if r.is_some() && r == o {
            i += 1;
            j += 1;
            continue;
        }
        let replaced = ALLOWED.iter().find_map(|d| match (d, r, o) {
            (Difference::Replaced(name, f), Some(r), Some(o)) if f(r, o) => Some(*name),
            _ => None,
        });
        if let Some(name) = replaced {
            used.push(name);
            i += 1;
            j += 1;
            continue;
        }
        let missing = ALLOWED.iter().find_map(|d| {
            match (d, i.checked_sub(1).and_then(|k| reference.get(k)), r) {
                (Difference::Missing(name, f), Some(before), Some(r)) if f(before, r) => {
                    Some(*name)
                }
                _ => None,
            }
        });
        match missing {
            Some(name) => {
                used.push(name);
                i += 1;
            }
            None => return Err(format!("at segment {}: ours {r:?}, theirs {o:?}", i + 1)),
        }
    }
    Ok(used)
}

fn run(
    family: &Family,
    client: Box<dyn Actor>,
    server: Box<dyn Actor>,
) -> (Vec<Seen>, [String; 2], [Vec<u8>; 2]) {
    let mut net = Net::new(client, server);
    (family.steps)(&mut net);
    let states = [net.state(Side::Client), net.state(Side::Server)];
    let received = [net.actors[0].received(), net.actors[1].received()];
    (net.seen(), states, received)
}

fn compare(family: &Family, role: Side) -> (usize, Vec<&'static str>) {
    // smoltcp follows RFC 793 for RSTs and SYNs in the window (no RFC 5961):
    // named difference "no-rfc5961", compared against our RFC 793 mode.
    let rfc5961 = !family.rfc5961;
    let reference = run(
        family,
        Box::new(Ours::with(1000, rfc5961)),
        Box::new(Ours::with(5000, rfc5961)),
    );
    let smol_seed = 7;
    let other = match role {
        Side::Client => run(
            family,
            Box::new(Smol::new(Side::Client, smol_seed)),
            Box::new(Ours::with(5000, rfc5961)),
        ),
        Side::Server => run(
            family,
            Box::new(Ours::with(1000, rfc5961)),
            Box::new(Smol::new(Side::Server, smol_seed)),
        ),
    };
    let used = diff(&reference.0, &other.0).unwrap_or_else(|why| {
        panic!(
            "{}: smoltcp as {role}: the wire differs ({why})\nours:    {:#?}\nsmoltcp: {:#?}",
            family.name, reference.0, other.0
        )
    });
    assert_eq!(
        reference.1, other.1,
        "{}: smoltcp as {role}: final states differ",
        family.name
    );
    assert_eq!(
        reference.2, other.2,
        "{}: smoltcp as {role}: delivered data differs",
        family.name
    );
    let mut used = used;
    if family.rfc5961 {
        used.push("no-rfc5961");
    }
    (reference.0.len(), used)
}

fn report(role: Side, families: &[&Family]) {
    let mut compared = 0;
    let mut used = Vec::new();
    for family in families {
        let (n, differences) = compare(family, role);
        compared += n;
        for d in differences {
            used.push(format!("{}: {d}", family.name));
        }
    }
    eprintln!(
        "smoltcp as {role}: {} families, {compared} segments compared; named differences: {used:?}",
        families.len()
    );
}

#[test]
fn smoltcp_as_server_behaves_like_our_server() {
    report(Side::Server, &FAMILIES.iter().collect::<Vec<_>>());
}

#[test]
fn smoltcp_as_client_behaves_like_our_client() {
    // A client cannot be the closed port.
    let families: Vec<&Family> = FAMILIES
        .iter()
        .filter(|f| f.name != "RST to a closed port")
        .collect();
    report(Side::Client, &families);
}
