//! The transfers the engine benchmark times: the engine's, with and
//! without its trace, and smoltcp's, the same bytes through in-memory pipes.
//! Shared by the native benchmark (`main.rs`) and the wasm one
//! (`bench/engine-wasm`), so that both time exactly the same work.

use std::time::Duration;
use tcp_engine::endpoint::{Call, CongestionControl};
use tcp_engine::sim::{Event, Link, Setting, Side, Sim};
use tcp_engine::{Config, SimConfig};

/// Issue 32's benchmark: 10 MB over a 10 Mbit/s bottleneck with a
/// 20-packet drop-tail queue and 1 % random loss, 1460-byte segments, the
/// default 100 ms one-way latency.
pub const BOTTLENECK_DATA: usize = 10_000_000;

/// The trace kept, as the playground keeps it (`HISTORY_EVENTS` in the
/// app's state): the oldest entries go, so a long transfer stays bounded.
pub const BOTTLENECK_TRACE_CAP: usize = 100_000;

/// The bottleneck transfer with `cc` on the sender, with its trace (kept
/// to [`BOTTLENECK_TRACE_CAP`] entries) or not.
pub fn bottleneck(cc: CongestionControl, tracing: bool) -> Sim {
    let config = Config {
        retries: 30,
        ..Config::default()
    };
    let mut sim = Sim::new(
        SimConfig {
            seed: 1,
            ..SimConfig::default()
        },
        config,
    );
    sim.set_loss(1);
    sim.set_tracing(tracing);
    sim.set_history_cap(BOTTLENECK_TRACE_CAP, 1 << 20);
    sim.apply(Setting::Cc(Side::Client, cc));
    sim.apply(Setting::Link(
        Side::Client,
        Some(Link {
            rate: 10_000_000,
            queue: 20,
        }),
    ));
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(600)).unwrap();
    let mut left = BOTTLENECK_DATA;
    while left > 0 {
        let n = left.min(500_000);
        sim.call(Side::Client, Call::Send(vec![b'x'; n]));
        sim.run(Duration::from_secs(36_000)).unwrap();
        left -= n;
    }
    sim
}

/// The trace entries a session keeps now (after its cap dropped the
/// oldest).
pub fn kept(sim: &Sim) -> usize {
    sim.trace().len() - sim.trace().first_kept()
}

/// A long transfer with random loss: `data` bytes at `mss` bytes a segment.
pub fn transfer(loss: u8, mss: u32, data: usize) -> Sim {
    transfer_traced(loss, mss, data, true)
}

/// The same, keeping the trace or not.
pub fn transfer_traced(loss: u8, mss: u32, data: usize, tracing: bool) -> Sim {
    transfer_with(loss, mss, data, tracing, false)
}

/// The same, with delayed ACKs (RFC 9293 §3.8.6.3) or not: with them the
/// receiver acknowledges every second segment, as smoltcp and Linux do.
pub fn transfer_with(loss: u8, mss: u32, data: usize, tracing: bool, delayed_ack: bool) -> Sim {
    let config = Config {
        mss,
        retries: 30,
        delayed_ack,
        ..Config::default()
    };
    let mut sim = Sim::new(
        SimConfig {
            seed: 1,
            ..SimConfig::default()
        },
        config,
    );
    sim.set_loss(loss);
    sim.set_tracing(tracing);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(Duration::from_secs(600)).unwrap();
    let mut left = data;
    while left > 0 {
        let n = left.min(500_000);
        sim.call(Side::Client, Call::Send(vec![b'x'; n]));
        sim.run(Duration::from_secs(36_000)).unwrap();
        left -= n;
    }
    sim
}

pub fn segments(sim: &Sim) -> usize {
    sim.trace()
        .iter()
        .filter(|e| matches!(e.event, Event::Sent { .. }))
        .count()
}

/// smoltcp in the same run, for scale: two smoltcp sockets exchanging the
/// same transfer through in-memory pipes on simulated time.
#[path = "../../tests/diff/smol_pipe.rs"]
mod smol_pipe;

pub mod smol {
    use super::smol_pipe::Pipe;
    use smoltcp::iface::{Config, Interface, SocketSet};
    use smoltcp::socket::tcp;
    use smoltcp::time::Instant;
    use smoltcp::wire::{HardwareAddress, IpAddress, IpCidr};

    struct Host {
        iface: Interface,
        dev: Pipe,
        sockets: SocketSet<'static>,
        handle: smoltcp::iface::SocketHandle,
    }

    fn host(addr: [u8; 4]) -> Host {
        // MTU 140: 100-byte segments, as the engine's transfer uses.
        let mut dev = Pipe {
            mtu: 140,
            ..Pipe::default()
        };
        let mut iface = Interface::new(Config::new(HardwareAddress::Ip), &mut dev, Instant::ZERO);
        iface.update_ip_addrs(|a| {
            a.push(IpCidr::new(
                IpAddress::v4(addr[0], addr[1], addr[2], addr[3]),
                24,
            ))
            .unwrap()
        });
        let mut sockets = SocketSet::new(vec![]);
        let handle = sockets.add(super::smol_pipe::socket());
        Host {
            iface,
            dev,
            sockets,
            handle,
        }
    }

    /// Sends `data` bytes from one smoltcp socket to another; returns the
    /// packets exchanged.
    pub fn transfer(data: usize) -> usize {
        let (mut a, mut b) = (host([192, 0, 2, 1]), host([192, 0, 2, 2]));
        b.sockets
            .get_mut::<tcp::Socket>(b.handle)
            .listen(80)
            .unwrap();
        let cx = a.iface.context();
        a.sockets
            .get_mut::<tcp::Socket>(a.handle)
            .connect(cx, (IpAddress::v4(192, 0, 2, 2), 80), 49152)
            .unwrap();
        let (mut sent, mut got, mut packets, mut now) = (0, 0, 0, 0i64);
        let chunk = vec![b'x'; 4096];
        let mut buf = vec![0; 65536];
        while got < data && now < 100_000_000 {
            now += 1;
            let t = Instant::from_millis(now);
            a.iface.poll(t, &mut a.dev, &mut a.sockets);
            b.iface.poll(t, &mut b.dev, &mut b.sockets);
            let sa = a.sockets.get_mut::<tcp::Socket>(a.handle);
            while sent < data && sa.can_send() {
                match sa.send_slice(&chunk[..chunk.len().min(data - sent)]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sent += n,
                }
            }
            let sb = b.sockets.get_mut::<tcp::Socket>(b.handle);
            while let Ok(n) = sb.recv_slice(&mut buf) {
                if n == 0 {
                    break;
                }
                got += n;
            }
            packets += a.dev.tx.len() + b.dev.tx.len();
            b.dev.rx.extend(a.dev.tx.drain(..));
            a.dev.rx.extend(b.dev.tx.drain(..));
        }
        packets
    }
}
