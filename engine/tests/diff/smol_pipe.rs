//! A smoltcp `Device` that carries raw IPv4 packets through two in-memory
//! queues, and a socket set up like the playground's endpoints: shared by
//! the smoltcp differential test and the benchmark.

use smoltcp::phy::{self, DeviceCapabilities, Medium};
use smoltcp::socket::tcp;
use smoltcp::time::Instant as SmolInstant;
use std::collections::VecDeque;

/// Raw IPv4 packets in and out of smoltcp.
pub struct Pipe {
    /// Packets to hand to smoltcp.
    pub rx: VecDeque<Vec<u8>>,
    /// Packets smoltcp sent.
    pub tx: Vec<Vec<u8>>,
    /// Largest packet smoltcp may send (its MSS is this less 40).
    pub mtu: usize,
}

impl Default for Pipe {
    fn default() -> Pipe {
        Pipe {
            rx: VecDeque::new(),
            tx: Vec::new(),
            mtu: 1500,
        }
    }
}

pub struct RxToken(Vec<u8>);
pub struct TxToken<'a>(&'a mut Vec<Vec<u8>>);

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
        caps.max_transmission_unit = self.mtu;
        caps
    }
}

/// A smoltcp socket set up as the playground's endpoints are: 64 KB
/// buffers, no delayed ACK, no Nagle.
pub fn socket() -> tcp::Socket<'static> {
    let mut socket = tcp::Socket::new(
        tcp::SocketBuffer::new(vec![0; 65535]),
        tcp::SocketBuffer::new(vec![0; 65535]),
    );
    socket.set_ack_delay(None);
    socket.set_nagle_enabled(false);
    socket
}
