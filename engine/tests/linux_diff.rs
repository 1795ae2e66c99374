//! Differential tests against the Linux kernel's TCP. Inside a network
//! namespace made for each run, a TUN device carries real IPv4 packets
//! between the kernel (a socket driven by the test) and our engine. Each
//! scenario family runs with our engine on both sides, then with the kernel
//! in one role; the wire and the final states (from `ss`) must agree apart
//! from the differences named in `diff::ALLOWED`. Where the machine cannot
//! make a namespace or a TUN device (not root, no /dev/net/tun), the tests
//! say so and pass.

mod diff;

use diff::{report, Actor, Family, Stack, FAMILIES};
use socket2::{Domain, Protocol, Socket, Type};
use std::fs::File;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddrV4};
use std::os::fd::AsRawFd;
use std::process::Command;
use tcp_engine::endpoint::{Call, CongestionControl};
use tcp_engine::packet::{address, from_ipv4, to_ipv4};
use tcp_engine::sim::Side;
use tcp_engine::Segment;

const TUNSETIFF: libc::c_ulong = 0x4004_54ca;

#[repr(C)]
struct IfReq {
    name: [libc::c_char; libc::IFNAMSIZ],
    flags: libc::c_short,
    _pad: [u8; 22],
}

fn sh(command: &str) -> Result<(), String> {
    let out = Command::new("sh")
        .arg("-c")
        .arg(command)
        .output()
        .map_err(|e| format!("{command}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Moves this thread into a new network namespace with a TUN device whose
/// address is `side`'s. Old namespaces (and their TIME-WAIT sockets) go.
fn fresh_namespace(side: Side) -> Result<File, String> {
    // SAFETY: unshare only changes this thread's namespace membership.
    if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
        return Err(format!(
            "unshare(CLONE_NEWNET): {}",
            std::io::Error::last_os_error()
        ));
    }
    let tun = File::options()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .map_err(|e| format!("/dev/net/tun: {e}"))?;
    let mut req = IfReq {
        name: [0; libc::IFNAMSIZ],
        flags: (libc::IFF_TUN | libc::IFF_NO_PI) as libc::c_short,
        _pad: [0; 22],
    };
    for (dst, src) in req.name.iter_mut().zip(b"tcpplay0") {
        *dst = *src as libc::c_char;
    }
    // SAFETY: TUNSETIFF reads an ifreq of the right layout and size.
    if unsafe { libc::ioctl(tun.as_raw_fd(), TUNSETIFF, &req) } != 0 {
        return Err(format!("TUNSETIFF: {}", std::io::Error::last_os_error()));
    }
    // SAFETY: fcntl on a file descriptor we own.
    unsafe {
        let flags = libc::fcntl(tun.as_raw_fd(), libc::F_GETFL);
        libc::fcntl(tun.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
    let ([a, b, c, d], _) = address(side);
    sh("ip link set lo up")?;
    sh(&format!(
        "ip addr add {a}.{b}.{c}.{d}/24 dev tcpplay0 && ip link set tcpplay0 up"
    ))?;
    // Options our engine does not model, off so that segments compare.
    sh("sysctl -qw net.ipv4.tcp_timestamps=0 net.ipv4.tcp_sack=0 net.ipv4.tcp_window_scaling=0 net.ipv4.tcp_ecn=0")?;
    Ok(tun)
}

fn addr(side: Side) -> SocketAddrV4 {
    let ([a, b, c, d], port) = address(side);
    SocketAddrV4::new(Ipv4Addr::new(a, b, c, d), port)
}

/// The kernel's TCP, through a socket and the TUN device.
struct Kernel {
    side: Side,
    tun: File,
    listener: Option<Socket>,
    stream: Option<Socket>,
    had_connection: bool,
    aborted: bool,
    received: Vec<u8>,
    /// SO_RCVBUF for the next socket; `None` keeps the kernel's default.
    rcvbuf: Option<u32>,
    /// SO_SNDBUF for the next socket; `None` keeps the kernel's default.
    sndbuf: Option<u32>,
    /// The application reads everything as it arrives (in `poll`).
    autoread: bool,
}

impl Kernel {
    fn new(side: Side) -> Kernel {
        let tun = fresh_namespace(side).expect("namespace");
        Kernel {
            side,
            tun,
            listener: None,
            stream: None,
            had_connection: false,
            aborted: false,
            received: Vec::new(),
            rcvbuf: None,
            sndbuf: None,
            autoread: true,
        }
    }

    /// Reads up to `n` bytes (everything, if `None`) from the stream.
    fn read(&mut self, n: Option<usize>) {
        let Some(s) = &mut self.stream else {
            return;
        };
        let mut left = n.unwrap_or(usize::MAX);
        let mut buf = [0u8; 4096];
        while left > 0 {
            match s.read(&mut buf[..left.min(4096)]) {
                Ok(0) | Err(_) => break,
                Ok(got) => {
                    self.received.extend_from_slice(&buf[..got]);
                    left -= got;
                }
            }
        }
    }

    fn with_rcvbuf(&self, s: &Socket) {
        if let Some(bytes) = self.rcvbuf {
            s.set_recv_buffer_size(bytes as usize).unwrap();
        }
        if let Some(bytes) = self.sndbuf {
            s.set_send_buffer_size(bytes as usize).unwrap();
        }
    }

    fn socket() -> Socket {
        let s = Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP)).unwrap();
        s.set_reuse_address(true).unwrap();
        s.set_nonblocking(true).unwrap();
        s.set_tcp_nodelay(true).unwrap();
        s
    }
}

impl Actor for Kernel {
    fn call(&mut self, call: Call, _now: u64) {
        match call {
            Call::Listen => {
                let s = Kernel::socket();
                self.with_rcvbuf(&s);
                s.bind(&addr(self.side).into()).unwrap();
                s.listen(8).unwrap();
                self.listener = Some(s);
            }
            Call::Connect => {
                let s = Kernel::socket();
                self.with_rcvbuf(&s);
                s.bind(&addr(self.side).into()).unwrap();
                // Non-blocking: EINPROGRESS while the SYN goes out.
                let _ = s.connect(&addr(self.side.other()).into());
                self.stream = Some(s);
                self.had_connection = true;
            }
            Call::Send(data) => {
                if let Some(s) = &self.stream {
                    let sent = s.send(&data);
                    // The congestion family sends in one call: all of it
                    // must fit the send buffer it set.
                    assert!(
                        self.sndbuf.is_none() || sent.as_ref().is_ok_and(|&n| n == data.len()),
                        "the kernel took {sent:?} of {} bytes",
                        data.len()
                    );
                }
            }
            Call::Close => {
                if let Some(s) = &self.stream {
                    let _ = s.shutdown(Shutdown::Write);
                }
            }
            Call::Abort => {
                if let Some(s) = self.stream.take() {
                    // SO_LINGER 0 makes close() send a RST: the socket ABORT.
                    let _ = s.set_linger(Some(std::time::Duration::ZERO));
                    drop(s);
                    self.aborted = true;
                }
            }
            Call::Read(n) => self.read(n.map(|n| n as usize)),
        }
    }

    fn receive(&mut self, seg: Segment, _now: u64) {
        let _ = self.tun.write_all(&to_ipv4(&seg, self.side.other()));
    }

    fn poll(&mut self, _now: u64) -> Vec<Segment> {
        if self.stream.is_none() && !self.aborted {
            if let Some(Ok((s, _))) = self.listener.as_ref().map(Socket::accept) {
                let _ = s.set_nonblocking(true);
                self.stream = Some(s);
                self.had_connection = true;
            }
        }
        if self.autoread {
            self.read(None);
        }
        let mut out = Vec::new();
        let mut packet = [0u8; 65536];
        while let Ok(n) = self.tun.read(&mut packet) {
            // Only TCP between the two addresses; IPv6 and the rest pass by.
            if let Ok((from, seg)) = from_ipv4(&packet[..n]) {
                if from == self.side {
                    out.push(seg);
                }
            }
        }
        out
    }

    fn next_timeout(&mut self, now: u64) -> Option<u64> {
        Some(now + 1)
    }

    fn state(&self) -> String {
        let out = Command::new("ss")
            .arg("-Htan")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let port = format!(":{}", address(self.side).1);
        let peer = format!(":{}", address(self.side.other()).1);
        let mut listening = false;
        for line in out.lines() {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() < 5 || !cols[3].ends_with(&port) {
                continue;
            }
            if cols[4].ends_with(&peer) {
                return match cols[0] {
                    "ESTAB" => "ESTABLISHED",
                    "SYN-RECV" => "SYN-RECEIVED",
                    other => other,
                }
                .to_string();
            }
            listening |= cols[0] == "LISTEN";
        }
        // Our model's endpoint is the connection: once it is gone it is CLOSED.
        if listening && !self.had_connection {
            "LISTEN"
        } else {
            "CLOSED"
        }
        .to_string()
    }

    fn received(&mut self) -> Vec<u8> {
        self.received.clone()
    }

    fn slow_reader(&mut self, bytes: u32) -> bool {
        self.rcvbuf = Some(bytes);
        self.autoread = false;
        true
    }

    /// `tcpi_snd_cwnd` and `tcpi_snd_ssthresh` (in packets) and whether
    /// the socket is in `TCP_CA_Recovery`, read with `TCP_INFO`.
    fn window(&mut self) -> Option<diff::congestion::Window> {
        let s = self.stream.as_ref()?;
        // SAFETY: tcp_info is plain data; zeroes are a valid value.
        let mut info: libc::tcp_info = unsafe { std::mem::zeroed() };
        let mut len = std::mem::size_of::<libc::tcp_info>() as libc::socklen_t;
        // SAFETY: TCP_INFO writes at most `len` bytes into `info`.
        let got = unsafe {
            libc::getsockopt(
                s.as_raw_fd(),
                libc::IPPROTO_TCP,
                libc::TCP_INFO,
                (&mut info as *mut libc::tcp_info).cast(),
                &mut len,
            )
        };
        // TCP_INFINITE_SSTHRESH, and TCP_CA_Recovery (include/net/tcp.h).
        const INFINITE: u32 = 0x7fff_ffff;
        const RECOVERY: u8 = 3;
        (got == 0).then_some(diff::congestion::Window {
            cwnd: info.tcpi_snd_cwnd,
            ssthresh: (info.tcpi_snd_ssthresh < INFINITE).then_some(info.tcpi_snd_ssthresh),
            recovery: info.tcpi_ca_state == RECOVERY,
            ack: false,
        })
    }
}

/// Why this machine cannot run the kernel comparison, if it cannot.
fn unavailable() -> Option<String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Some("not running as root".into());
    }
    if !std::path::Path::new("/dev/net/tun").exists() {
        return Some("/dev/net/tun does not exist".into());
    }
    for tool in ["ip", "ss", "sysctl"] {
        if Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {tool}"))
            .output()
            .map_or(true, |o| !o.status.success())
        {
            return Some(format!("the {tool} command is missing"));
        }
    }
    None
}

/// RFC 5681's Reno as the textbook has it (and as CNP3's packetdrill
/// scripts set it): no SACK or D-SACK, no F-RTO, no RACK, no early
/// retransmit or tail loss probe, no ECN, nothing kept from earlier
/// connections. Each is a sysctl of the network namespace (since Linux
/// 4.15 at the latest); where one is not, this says which.
fn reno_as_the_textbook() -> Result<(), String> {
    for (key, value) in [
        ("tcp_congestion_control", "reno"),
        ("tcp_sack", "0"),
        ("tcp_dsack", "0"),
        ("tcp_frto", "0"),
        ("tcp_recovery", "0"),
        ("tcp_early_retrans", "0"),
        ("tcp_ecn", "0"),
        ("tcp_no_metrics_save", "1"),
    ] {
        let path = format!("/proc/sys/net/ipv4/{key}");
        std::fs::write(&path, value)
            .map_err(|e| format!("net.ipv4.{key} cannot be set in a network namespace: {e}"))?;
        let read = std::fs::read_to_string(&path).unwrap_or_default();
        if read.trim() != value {
            return Err(format!(
                "net.ipv4.{key} reads {} after writing {value}",
                read.trim()
            ));
        }
    }
    Ok(())
}

/// The SACK family's kernel: Reno, with SACK (RFC 2018) on and the
/// heuristics Linux adds to it off: D-SACK (RFC 2883), RACK
/// (`tcp_recovery`, RFC 8985), early retransmit and tail loss probe, F-RTO
/// (RFC 5682), FACK (`tcp_fack`, where the kernel still has it) and SACK
/// compression (`tcp_comp_sack_nr`, since Linux 4.19: a receiver that
/// holds back ACKs while its out-of-order queue grows). What
/// remains is RFC 6675's rule for loss (DupThresh segments SACKed above
/// a hole), with Linux's own window in recovery (PRR, RFC 6937).
fn sack_without_heuristics() -> Result<(), String> {
    reno_as_the_textbook()?;
    for (key, value) in [
        ("tcp_sack", "1"),
        ("tcp_fack", "0"),
        ("tcp_comp_sack_nr", "0"),
    ] {
        let path = format!("/proc/sys/net/ipv4/{key}");
        if key != "tcp_sack" && !std::path::Path::new(&path).exists() {
            // FACK went in Linux 4.15 (its sysctl later); kernels before
            // 4.19 do not compress SACKs.
            continue;
        }
        std::fs::write(&path, value)
            .map_err(|e| format!("net.ipv4.{key} cannot be set in a network namespace: {e}"))?;
        let read = std::fs::read_to_string(&path).unwrap_or_default();
        if read.trim() != value {
            return Err(format!(
                "net.ipv4.{key} reads {} after writing {value}",
                read.trim()
            ));
        }
    }
    Ok(())
}

/// The kernel with SACK (`sack_without_heuristics`), in either role, with a
/// send buffer that takes a whole transfer at once.
fn linux_sack() -> Stack {
    Stack {
        name: "linux (reno, sack)",
        real_time: true,
        rfc5961: true,
        make: Box::new(|side| {
            let mut kernel = Kernel::new(side);
            sack_without_heuristics().expect("checked before");
            kernel.sndbuf = Some(1 << 20);
            Box::new(kernel) as Box<dyn Actor>
        }),
    }
}

/// The kernel's sender, Reno as the textbook has it, with a send buffer
/// that takes a whole transfer at once.
fn linux_reno() -> Stack {
    Stack {
        name: "linux (reno)",
        real_time: true,
        rfc5961: true,
        make: Box::new(|side| {
            let mut kernel = Kernel::new(side);
            reno_as_the_textbook().expect("checked before");
            kernel.sndbuf = Some(1 << 20);
            Box::new(kernel) as Box<dyn Actor>
        }),
    }
}

fn linux() -> Stack {
    Stack {
        name: "linux",
        real_time: true,
        rfc5961: true,
        make: Box::new(|side| Box::new(Kernel::new(side)) as Box<dyn Actor>),
    }
}

// Not every machine can make a TUN device in a network namespace, so the
// test runner skips this unless asked (./scripts/test.sh asks where it can).
#[test]
#[ignore = "needs root, /dev/net/tun, ip, ss and sysctl; ./scripts/test.sh runs it where they are"]
fn linux_behaves_like_our_engine_in_both_roles() {
    if let Some(why) = unavailable() {
        panic!("the Linux comparison needs a TUN device in a network namespace: {why}");
    }
    // One thread runs everything: namespaces belong to threads.
    let mut compared = report(&linux(), Side::Server, &FAMILIES.iter().collect::<Vec<_>>());
    let families: Vec<&Family> = FAMILIES
        .iter()
        .filter(|f| f.name != "RST to a closed port")
        .collect();
    compared += report(&linux(), Side::Client, &families);
    eprintln!("linux: {compared} segments compared in all");
    // A kernel socket that does not read, in both roles, compared by
    // behaviour (diff/slow_reader.rs).
    for role in Side::BOTH {
        for name in diff::slow_reader::compare(&linux(), role) {
            assert!(
                diff::slow_reader::NAMED.contains(&name),
                "{name} is not documented"
            );
        }
    }
}

/// The congestion family (diff/congestion.rs): the kernel's Reno sender
/// against our engine's Reno and NewReno senders, the same segments lost.
#[test]
#[ignore = "needs root, /dev/net/tun, ip, ss and sysctl; ./scripts/test.sh runs it where they are"]
fn linux_reno_windows_match_ours_but_for_named_differences() {
    if let Some(why) = unavailable() {
        eprintln!("the Linux congestion comparison is skipped: it needs a TUN device in a network namespace: {why}");
        return;
    }
    // One thread runs everything: namespaces belong to threads.
    drop(Kernel::new(Side::Server));
    if let Err(why) = reno_as_the_textbook() {
        eprintln!("the Linux congestion comparison is skipped: {why}");
        return;
    }
    let linux = linux_reno();
    for family in &diff::congestion::FAMILIES {
        for cc in [CongestionControl::Reno, CongestionControl::NewReno] {
            for name in diff::congestion::compare(&linux, family, cc) {
                assert!(
                    diff::congestion::NAMED.contains(&name),
                    "{name} is not documented"
                );
            }
        }
    }
}

/// The SACK family (diff/sack.rs): the kernel's SACK sender against our
/// receiver (it must send again exactly the holes our blocks show) and
/// against our RFC 6675 senders; then our sender against the kernel's
/// receiver, whose blocks must be ours.
#[test]
#[ignore = "needs root, /dev/net/tun, ip, ss and sysctl; ./scripts/test.sh runs it where they are"]
fn linux_sack_recovery_matches_ours_but_for_named_differences() {
    if let Some(why) = unavailable() {
        eprintln!("the Linux SACK comparison is skipped: it needs a TUN device in a network namespace: {why}");
        return;
    }
    // One thread runs everything: namespaces belong to threads.
    drop(Kernel::new(Side::Server));
    if let Err(why) = sack_without_heuristics() {
        eprintln!("the Linux SACK comparison is skipped: {why}");
        return;
    }
    let linux = linux_sack();
    for family in &diff::sack::FAMILIES {
        for cc in [CongestionControl::Reno, CongestionControl::NewReno] {
            for name in diff::sack::compare_sender(&linux, family, cc) {
                assert!(
                    diff::sack::NAMED.contains(&name),
                    "{name} is not documented"
                );
            }
        }
        for name in diff::sack::compare_receiver(&linux, family) {
            assert!(
                diff::sack::NAMED.contains(&name),
                "{name} is not documented"
            );
        }
    }
}
