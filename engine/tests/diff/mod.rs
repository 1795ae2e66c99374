//! Shared by the differential tests: a TCP `Actor` of any kind (ours,
//! smoltcp, the Linux kernel), a network that joins two actors with a fixed
//! latency and records the wire, the scenario families, and the comparison
//! that allows only differences listed by name (`docs/real-stacks.md`).

#![allow(dead_code)]

pub mod congestion;
pub mod sack;
pub mod slow_reader;

use tcp_engine::endpoint::Call;
use tcp_engine::history::AppHistory;
use tcp_engine::sim::{BySide, Side};
use tcp_engine::{Config, Endpoint, Flags, Instant, Output, Segment};

/// One way's delay on the simulated wire.
pub const LATENCY_MS: u64 = 10;

/// A TCP endpoint of either kind, driven the same way.
pub trait Actor {
    fn call(&mut self, call: Call, now: u64);
    fn receive(&mut self, seg: Segment, now: u64);
    /// Segments it wants to send now.
    fn poll(&mut self, now: u64) -> Vec<Segment>;
    fn next_timeout(&mut self, now: u64) -> Option<u64>;
    fn state(&self) -> String;
    fn received(&mut self) -> Vec<u8>;
    /// From the next connection on: a receive buffer of about `bytes`
    /// whose data waits until [`Call::Read`]. False if this stack cannot.
    fn slow_reader(&mut self, _bytes: u32) -> bool {
        false
    }
    /// Its congestion window and slow start threshold now, in segments,
    /// if it runs congestion control (`diff/congestion.rs`).
    fn window(&mut self) -> Option<congestion::Window> {
        None
    }
}

pub struct Ours {
    ep: Endpoint,
    /// What the application was told, kept as the simulation keeps it.
    app: AppHistory,
    out: Vec<Segment>,
}

impl Ours {
    pub fn with(isn: u32, rfc5961: bool) -> Ours {
        Ours::configured(
            isn,
            Config {
                rfc5961,
                ..Config::default()
            },
        )
    }
    pub fn configured(isn: u32, config: Config) -> Ours {
        let mut ep = Endpoint::new(config, 1);
        ep.set_next_isn(isn);
        Ours {
            ep,
            app: AppHistory::default(),
            out: Vec::new(),
        }
    }
    fn collect(&mut self) {
        for o in self.ep.take_outputs() {
            self.app.record(&o);
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
        self.collect();
        self.app.received().to_vec()
    }
    fn slow_reader(&mut self, bytes: u32) -> bool {
        let config = Config {
            window: bytes,
            autoread: false,
            ..self.ep.config().clone()
        };
        self.ep.set_config(config);
        true
    }
    fn window(&mut self) -> Option<congestion::Window> {
        let view = self.ep.congestion()?;
        let smss = self.ep.config().mss.max(1);
        Some(congestion::Window {
            cwnd: view.cwnd / smss,
            ssthresh: (view.ssthresh < tcp_engine::endpoint::INITIAL_SSTHRESH)
                .then_some(view.ssthresh / smss),
            recovery: view.recovery,
            ack: false,
        })
    }
}

/// What crossed the wire, comparable across stacks: sender, flags,
/// sequence and acknowledgment numbers relative to each side's ISN, length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    from: Side,
    flags: String,
    seq: u32,
    ack: Option<u32>,
    len: usize,
}

/// Client, server, the wire and the clock, in lockstep: simulated time,
/// or real time when one side is a real kernel.
pub struct Net {
    now: u64,
    real_start: Option<std::time::Instant>,
    actors: BySide<Box<dyn Actor>>,
    in_flight: Vec<(u64, Side, Segment)>,
    seen: Vec<(Side, Segment)>,
    /// How many segments had crossed the wire at each application read.
    reads: Vec<usize>,
    /// Data segments the wire loses, by sender and sequence number
    /// relative to its ISN: one entry per transmission lost.
    losses: Vec<(Side, u32)>,
    /// Whose congestion window is read after each ACK it takes.
    sampled: Option<Side>,
    /// What it read, in order.
    windows: Vec<congestion::Window>,
}

impl Net {
    fn new(client: Box<dyn Actor>, server: Box<dyn Actor>, real_time: bool) -> Net {
        Net {
            now: 0,
            real_start: real_time.then(std::time::Instant::now),
            actors: BySide::new(client, server),
            in_flight: Vec::new(),
            seen: Vec::new(),
            reads: Vec::new(),
            losses: Vec::new(),
            sampled: None,
            windows: Vec::new(),
        }
    }
    /// Hands `seg` from `from` to the other side; reads the window of the
    /// side sampled after each ACK it takes.
    fn deliver(&mut self, from: Side, seg: Segment) {
        let to = from.other();
        let ack = seg.flags.contains(Flags::ACK);
        self.actors[to].receive(seg, self.now);
        if ack && self.sampled == Some(to) {
            if let Some(w) = self.actors[to].window() {
                self.windows.push(congestion::Window { ack: true, ..w });
            }
        }
    }
    /// Whether the wire loses `seg` from `side` (see `losses`).
    fn loses(&mut self, side: Side, seg: &Segment) -> bool {
        if seg.payload.is_empty() || self.losses.is_empty() {
            return false;
        }
        let rel = seg.seq.since(tcp_engine::SeqNum(self.isn(side)));
        match self.losses.iter().position(|&l| l == (side, rel)) {
            Some(k) => {
                self.losses.remove(k);
                true
            }
            None => false,
        }
    }
    fn call(&mut self, side: Side, call: Call) {
        if matches!(call, Call::Read(_)) {
            self.reads.push(self.seen.len());
        }
        self.actors[side].call(call, self.now);
        if self.sampled == Some(side) {
            if let Some(w) = self.actors[side].window() {
                if self.windows.last() != Some(&w) {
                    self.windows.push(w);
                }
            }
        }
        self.pump_from(side);
    }
    /// Moves what the actors want to send onto the wire.
    fn pump(&mut self) {
        self.pump_from(Side::Client);
    }
    /// The same, asking `first` first: what a call made it send goes
    /// before anything the other side happened to send in that moment.
    fn pump_from(&mut self, first: Side) {
        for side in [first, first.other()] {
            let polled = self.actors[side].poll(self.now);
            if self.sampled == Some(side) {
                // A timer's work (a timeout) shows here, between ACKs.
                if let Some(w) = self.actors[side].window() {
                    if self
                        .windows
                        .last()
                        .is_none_or(|last| last.window() != w.window())
                    {
                        self.windows.push(congestion::Window { ack: false, ..w });
                    }
                }
            }
            for seg in polled {
                self.seen.push((side, seg.clone()));
                if self.loses(side, &seg) {
                    continue;
                }
                self.in_flight.push((self.now + LATENCY_MS, side, seg));
            }
        }
    }
    /// Runs until nothing is in flight and no timer is due before `until`.
    fn run_until(&mut self, until: u64) {
        if self.real_start.is_some() {
            return self.run_real_until(until);
        }
        for _ in 0..100_000 {
            self.pump();
            let next_arrival = self.in_flight.iter().map(|f| f.0).min();
            let now = self.now;
            let next_timer = self
                .actors
                .values_mut()
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
                self.deliver(from, seg);
            }
        }
        panic!("the exchange did not settle");
    }
    /// Real time: poll both sides every millisecond until `until`.
    fn run_real_until(&mut self, until: u64) {
        let start = self.real_start.unwrap_or_else(std::time::Instant::now);
        loop {
            self.now = start.elapsed().as_millis() as u64;
            let (due, rest): (Vec<_>, Vec<_>) =
                self.in_flight.drain(..).partition(|f| f.0 <= self.now);
            self.in_flight = rest;
            for (_, from, seg) in due {
                self.deliver(from, seg);
            }
            self.pump();
            if self.now >= until {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
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
            payload: payload.into(),
            options: Vec::new(),
        };
        self.seen.push((from, seg.clone()));
        self.actors[from.other()].receive(seg, self.now);
        self.pump();
    }
    fn state(&self, side: Side) -> String {
        self.actors[side].state()
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

pub type Step = fn(&mut Net);

/// A scenario family: what the applications do.
pub struct Family {
    pub name: &'static str,
    pub steps: Step,
    /// Exercises RFC 5961, which smoltcp does not implement: compare with
    /// our engine in RFC 793 mode (`set rfc5961 off`) instead.
    pub rfc5961: bool,
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

/// The server's application does not read: its buffer fills, its window
/// closes, the client probes; then the application reads, three times.
pub fn slow_reader(net: &mut Net) {
    assert!(net.actors[Side::Server].slow_reader(4096));
    handshake(net);
    net.call(Side::Client, Call::Send(vec![b'x'; 10_000]));
    for until in [5_000, 8_000, 11_000] {
        net.run_until(until);
        net.call(Side::Server, Call::Read(None));
    }
    net.run_until(14_000);
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

fn duplicate_syn_in_syn_received(net: &mut Net) {
    net.call(Side::Server, Call::Listen);
    net.call(Side::Client, Call::Connect);
    // The SYN reached the server; its SYN,ACK is on the way back.
    net.run_until(15);
    net.inject(Side::Client, Flags::SYN, 0, 0, b"");
    net.run_until(1_000);
}

pub const FAMILIES: [Family; 14] = [
    Family {
        name: "duplicate SYN in SYN-RECEIVED",
        steps: duplicate_syn_in_syn_received,
        rfc5961: false,
    },
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
pub enum Difference {
    /// The stack sends a different segment in place of ours.
    Replaced(&'static str, fn(ours: &Seen, theirs: &Seen) -> bool),
    /// The stack does not send a segment ours sends (after `before`).
    Missing(&'static str, fn(before: &Seen, ours: &Seen) -> bool),
    /// The run with the stack has a segment more (after `before`), as a
    /// consequence of the same-named difference earlier in the run.
    Extra(&'static str, fn(before: &Seen, theirs: &Seen) -> bool),
}

pub const ALLOWED: [Difference; 4] = [
    // ...and the endpoint that gets that second SYN,ACK acknowledges it
    // again: the same ACK twice.
    Difference::Extra("duplicate-syn-gets-syn-ack-again", |before, o| {
        before == o && o.flags == "ACK"
    }),
    // RFC 9293 §3.10.7.4: a duplicate SYN in SYN-RECEIVED is outside the
    // window and answered with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. Linux
    // sends its SYN,ACK again instead.
    Difference::Replaced("duplicate-syn-gets-syn-ack-again", |r, o| {
        r.flags == "ACK" && o.flags == "SYN,ACK" && r.from == o.from && o.seq == 0 && r.ack == o.ack
    }),
    // RFC 5961 §4.2 (and RFC 9293 §3.10.7.4): a SYN in a synchronized state
    // gets a challenge ACK (RFC 793: a reset), and an old SYN in SYN-RECEIVED
    // an ACK. smoltcp drops such SYNs silently.
    Difference::Missing("later-syn-ignored", |before, r| {
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
pub fn diff(reference: &[Seen], other: &[Seen]) -> Result<Vec<&'static str>, String> {
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
        if let Some(name) = missing {
            used.push(name);
            i += 1;
            continue;
        }
        let extra = ALLOWED.iter().find_map(|d| {
            match (d, j.checked_sub(1).and_then(|k| other.get(k)), o) {
                (Difference::Extra(name, f), Some(before), Some(o))
                    if used.contains(name) && f(before, o) =>
                {
                    Some(*name)
                }
                _ => None,
            }
        });
        match extra {
            Some(name) => {
                used.push(name);
                j += 1;
            }
            None => return Err(format!("at segment {}: ours {r:?}, theirs {o:?}", i + 1)),
        }
    }
    Ok(used)
}

/// What a run produced: the wire, the final states, the data delivered.
pub type Outcome = (Vec<Seen>, [String; 2], [Vec<u8>; 2]);

pub fn run(
    family: &Family,
    client: Box<dyn Actor>,
    server: Box<dyn Actor>,
    real_time: bool,
) -> Outcome {
    let mut net = Net::new(client, server, real_time);
    (family.steps)(&mut net);
    outcome(&mut net)
}

fn outcome(net: &mut Net) -> Outcome {
    let states = [net.state(Side::Client), net.state(Side::Server)];
    let received = [
        net.actors[Side::Client].received(),
        net.actors[Side::Server].received(),
    ];
    (net.seen(), states, received)
}

/// Runs `family` with our engine on both sides, then with `make(role)` in
/// one role, and compares. Returns segments compared and differences used.
pub fn compare(stack: &Stack, family: &Family, role: Side) -> (usize, Vec<&'static str>) {
    let (name, real_time, make) = (stack.name, stack.real_time, &stack.make);
    // Stacks without RFC 5961 are compared with our RFC 793 mode on the
    // families that exercise it (named difference "no-rfc5961").
    let no_rfc5961 = family.rfc5961 && !stack.rfc5961;
    let rfc5961 = !no_rfc5961;
    let reference = run(
        family,
        Box::new(Ours::with(1000, rfc5961)),
        Box::new(Ours::with(5000, rfc5961)),
        false,
    );
    let other = match role {
        Side::Client => run(
            family,
            make(Side::Client),
            Box::new(Ours::with(5000, rfc5961)),
            real_time,
        ),
        Side::Server => run(
            family,
            Box::new(Ours::with(1000, rfc5961)),
            make(Side::Server),
            real_time,
        ),
    };
    let mut used = diff(&reference.0, &other.0).unwrap_or_else(|why| {
        panic!(
            "{}: {name} as {role}: the wire differs ({why})\nours:   {:#?}\n{name}: {:#?}",
            family.name, reference.0, other.0
        )
    });
    assert_eq!(
        reference.1, other.1,
        "{}: {name} as {role}: final states differ",
        family.name
    );
    assert_eq!(
        reference.2, other.2,
        "{}: {name} as {role}: delivered data differs",
        family.name
    );
    if no_rfc5961 {
        used.push("no-rfc5961");
    }
    (reference.0.len(), used)
}

/// Another TCP stack to compare with.
pub struct Stack {
    /// For messages.
    pub name: &'static str,
    /// It runs in real time (the kernel) rather than on simulated time.
    pub real_time: bool,
    /// It implements RFC 5961's challenge ACKs.
    pub rfc5961: bool,
    /// A fresh endpoint of it playing `side`.
    pub make: Box<dyn Fn(Side) -> Box<dyn Actor>>,
}

/// Compares every family in one role and prints the figures.
pub fn report(stack: &Stack, role: Side, families: &[&Family]) -> usize {
    let name = stack.name;
    let mut compared = 0;
    let mut used = Vec::new();
    for family in families {
        let (n, differences) = compare(stack, family, role);
        compared += n;
        for d in differences {
            used.push(format!("{}: {d}", family.name));
        }
    }
    eprintln!(
        "{name} as {role}: {} families, {compared} segments compared; named differences: {used:?}",
        families.len()
    );
    compared
}
