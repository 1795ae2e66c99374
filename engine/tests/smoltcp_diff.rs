//! Differential tests against smoltcp, an independent Rust TCP stack, in
//! lockstep on simulated time. Real IPv4/TCP packets cross between the two
//! through a tiny smoltcp `Device`. Each scenario family runs with our
//! engine on both sides, then with smoltcp in one role; the wire (flags,
//! relative sequence numbers, lengths) and the final states must agree,
//! apart from the differences named in `diff::ALLOWED`.

mod diff;
#[path = "diff/smol_pipe.rs"]
mod smol_pipe;

use diff::{report, Actor, Family, Stack, FAMILIES};
use smol_pipe::Pipe;
use smoltcp::iface::{Config as IfaceConfig, Interface, SocketHandle, SocketSet};
use smoltcp::socket::tcp;
use smoltcp::time::Instant as SmolInstant;
use smoltcp::wire::{HardwareAddress, IpAddress, IpCidr};
use tcp_engine::endpoint::Call;
use tcp_engine::packet::{address, from_ipv4, to_ipv4};
use tcp_engine::sim::Side;
use tcp_engine::Segment;

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
        let mut sockets = SocketSet::new(vec![]);
        let handle = sockets.add(smol_pipe::socket());
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
            // smoltcp's socket is read in `poll`, like an application that
            // reads at once.
            Call::Read(_) => {}
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

fn smoltcp() -> Stack {
    Stack {
        name: "smoltcp",
        real_time: false,
        rfc5961: false,
        make: Box::new(|side| Box::new(Smol::new(side, 7)) as Box<dyn Actor>),
    }
}

#[test]
fn smoltcp_as_server_behaves_like_our_server() {
    report(
        &smoltcp(),
        Side::Server,
        &FAMILIES.iter().collect::<Vec<_>>(),
    );
}

#[test]
fn smoltcp_as_client_behaves_like_our_client() {
    // A client cannot be the closed port.
    let families: Vec<&Family> = FAMILIES
        .iter()
        .filter(|f| f.name != "RST to a closed port")
        .collect();
    report(&smoltcp(), Side::Client, &families);
}

#[test]
fn a_slow_reader_closes_and_reopens_the_window_by_the_rules() {
    diff::slow_reader::check_ours();
}

#[test]
fn our_congestion_windows_follow_rfc_5681_in_the_congestion_family() {
    diff::congestion::check_ours();
}

#[test]
fn our_sack_recovery_follows_rfc_6675_in_the_sack_family() {
    diff::sack::check_ours();
}
