//! The congestion family, compared by behaviour: a sender (a real stack,
//! or our engine with congestion control on and RFC 6928's IW10) sends a
//! bulk transfer to our engine, the wire loses chosen segments, and the
//! sender's cwnd and ssthresh are read after each ACK it takes (and after
//! each timer's work). Real stacks count windows in packets and recover
//! by other rules (Linux: PRR, RFC 6937), so the two runs are not
//! compared ACK by ACK. Instead the same facts are drawn from both (the
//! initial window, slow start ACK by ACK, how the first loss is found and
//! ssthresh then, the window after recovery and after a timeout,
//! congestion avoidance's pace) and what differs is named
//! (`docs/real-stacks.md`, "Congestion control").

use super::{Actor, Net, Ours, Stack};
use tcp_engine::endpoint::{Call, CongestionControl};
use tcp_engine::sim::Side;
use tcp_engine::Config;

/// The segment size both sides announce (the MSS option is on): a TUN
/// device's MTU of 1500 less 40 bytes of headers.
pub const MSS: u32 = 1460;

/// A sender's windows at one moment, in segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub cwnd: u32,
    /// `None` while it is "arbitrarily high" (RFC 5681 §3.1): ours is
    /// the largest unscaled window, Linux's is infinite.
    pub ssthresh: Option<u32>,
    /// In fast recovery (Linux: `TCP_CA_Recovery`).
    pub recovery: bool,
    /// Read after an ACK (else after a call or a timer's work).
    pub ack: bool,
}

impl Window {
    /// The windows, whenever read.
    pub fn window(&self) -> (u32, Option<u32>, bool) {
        (self.cwnd, self.ssthresh, self.recovery)
    }
}

/// One transfer and the segments its wire loses.
pub struct Family {
    pub name: &'static str,
    /// Full-sized segments the server's application sends at once.
    pub segments: u32,
    /// Segments lost (numbered from 1 in sequence order), and how many of
    /// their transmissions each (2: the first retransmission too).
    pub lose: &'static [(u32, u32)],
    /// How long the run lasts, in milliseconds.
    pub until: u64,
}

pub const FAMILIES: [Family; 2] = [
    Family {
        name: "one loss: fast retransmit, recovery, avoidance",
        segments: 90,
        lose: &[(15, 1)],
        until: 4_000,
    },
    Family {
        name: "a lost retransmission: timeout",
        segments: 60,
        lose: &[(15, 2)],
        until: 6_000,
    },
];

/// How the first loss was found, and ssthresh then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loss {
    /// The third duplicate ACK (RFC 5681 §3.2).
    DuplicateAcks { ssthresh: u32 },
    /// The retransmission timer (RFC 5681 §3.1).
    Timeout { ssthresh: u32 },
}

/// What one run showed, in segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// cwnd when the application sent.
    pub initial: Option<u32>,
    /// cwnd after each ACK of slow start, until the first loss is found.
    pub slow_start: Vec<u32>,
    pub first_loss: Option<Loss>,
    /// cwnd after each ACK in fast recovery.
    pub in_recovery: Vec<u32>,
    /// ACKs in fast recovery, counting the one that ended it, if an ACK
    /// (not a timeout) ended it.
    pub recovery_acks: Option<usize>,
    /// cwnd at the first ACK after fast recovery.
    pub after_recovery: Option<u32>,
    /// ssthresh and cwnd once the retransmission timer fired.
    pub timeout: Option<(Option<u32>, u32)>,
    /// cwnd at the first ACK after the timeout.
    pub after_timeout: Option<u32>,
    /// Congestion avoidance after the loss: for each cwnd held a whole
    /// time, how many ACKs it took to grow by one segment.
    pub avoidance: Vec<(u32, usize)>,
    /// Bytes delivered to the receiving application.
    pub delivered: usize,
}

/// The sender's application sends everything at once, after the handshake.
fn transfer(net: &mut Net, family: &Family) {
    net.sampled = Some(Side::Server);
    for &(segment, times) in family.lose {
        for _ in 0..times {
            net.losses.push((Side::Server, 1 + (segment - 1) * MSS));
        }
    }
    net.call(Side::Server, Call::Listen);
    net.call(Side::Client, Call::Connect);
    net.run_until(1_000);
    net.call(
        Side::Server,
        Call::Send(vec![b'x'; (family.segments * MSS) as usize]),
    );
    net.run_until(family.until);
}

/// Our engine as the receiver: the MSS option on, everything else as
/// the playground has it (no delayed ACK, out-of-order data kept).
pub fn receiver() -> Box<dyn Actor> {
    let config = Config {
        mss_option: true,
        ..Config::default()
    };
    Box::new(Ours::configured(1000, config))
}

/// Our engine as the sender, with `cc` and IW10 (Linux's initial window).
pub fn sender(cc: CongestionControl) -> Box<dyn Actor> {
    let config = Config {
        mss_option: true,
        cc,
        iw: Some(10),
        ..Config::default()
    };
    Box::new(Ours::configured(5000, config))
}

/// Runs `family` with `server` sending; returns its windows, in order,
/// and the bytes the receiver got.
pub fn observe(family: &Family, server: Box<dyn Actor>, real_time: bool) -> (Vec<Window>, usize) {
    let mut net = Net::new(receiver(), server, real_time);
    transfer(&mut net, family);
    let delivered = net.actors[Side::Client].received().len();
    (std::mem::take(&mut net.windows), delivered)
}

/// The facts of a run's windows.
pub fn facts(windows: &[Window], delivered: usize) -> Facts {
    // From the application's send on (the handshake's ACK is before it).
    let sent = windows.iter().position(|w| !w.ack).unwrap_or(0);
    let acks = |from: usize| windows.iter().enumerate().skip(from).filter(|(_, w)| w.ack);
    let initial = windows.get(sent).map(|w| w.cwnd);
    let lost_at = windows.iter().position(|w| w.ssthresh.is_some());
    let end = lost_at.unwrap_or(windows.len());
    let slow_start = acks(sent)
        .take_while(|(i, _)| *i < end)
        .map(|(_, w)| w.cwnd)
        .collect();
    let first_loss = lost_at.map(|i| {
        let w = windows[i];
        let ssthresh = w.ssthresh.unwrap_or(0);
        if w.recovery {
            Loss::DuplicateAcks { ssthresh }
        } else {
            Loss::Timeout { ssthresh }
        }
    });
    let in_recovery: Vec<u32> = acks(0)
        .filter(|(_, w)| w.recovery)
        .map(|(_, w)| w.cwnd)
        .collect();
    // Recovery that an ACK ended (not a timeout): the window after it.
    let ended = windows
        .iter()
        .rposition(|w| w.recovery)
        .and_then(|i| windows.get(i + 1))
        .filter(|w| w.ack);
    let after_recovery = ended.map(|w| w.cwnd);
    let recovery_acks = ended.map(|_| in_recovery.len());
    let timed_out = windows
        .iter()
        .enumerate()
        .skip(end)
        .find(|(_, w)| w.cwnd == 1 && !w.recovery);
    let timeout = timed_out.map(|(_, w)| (w.ssthresh, w.cwnd));
    let after_timeout = timed_out
        .and_then(|(i, _)| acks(i + 1).next())
        .map(|(_, w)| w.cwnd);
    // Runs of ACKs at one cwnd, in avoidance (cwnd at or above ssthresh,
    // out of recovery), after the first loss; the first and last are cut.
    let mut runs: Vec<(u32, usize)> = Vec::new();
    for (_, w) in acks(end) {
        let avoiding = !w.recovery && w.ssthresh.is_some_and(|s| w.cwnd >= s);
        match runs.last_mut() {
            Some((cwnd, n)) if avoiding && *cwnd == w.cwnd => *n += 1,
            _ if avoiding => runs.push((w.cwnd, 1)),
            _ => runs.clear(),
        }
    }
    let avoidance = match runs.len() {
        0..=2 => Vec::new(),
        n => runs[1..n - 1].to_vec(),
    };
    Facts {
        initial,
        slow_start,
        first_loss,
        in_recovery,
        recovery_acks,
        after_recovery,
        timeout,
        after_timeout,
        avoidance,
        delivered,
    }
}

/// The windows, written short: `10 11 R12 …`, `t` before one read
/// between ACKs.
pub fn written(windows: &[Window]) -> String {
    windows
        .iter()
        .map(|w| {
            format!(
                "{}{}{}{}",
                if w.ack { "" } else { "t" },
                if w.recovery { "R" } else { "" },
                w.cwnd,
                w.ssthresh.map_or(String::new(), |s| format!("/{s}")),
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names this comparison may report, each in docs/real-stacks.md.
pub const NAMED: [&str; 5] = [
    "prr",
    "recovery-ends-above-recover",
    "ssthresh-from-cwnd",
    "timeout-in-recovery-keeps-ssthresh",
    "slow-start-counts-every-acked-segment",
];

/// The cwnd slow start had reached when the first loss was found.
fn cwnd_at_loss(f: &Facts) -> u32 {
    f.slow_start.last().copied().or(f.initial).unwrap_or(0)
}

/// RFC 5681 as our engine follows it, on its own run of `family` (the
/// equations in segments; every segment here is full-sized).
pub fn check_rules(family: &Family, ours: &Facts) -> Result<(), String> {
    let total = (family.segments * MSS) as usize;
    if ours.delivered != total {
        return Err(format!("{} of {total} bytes delivered", ours.delivered));
    }
    if ours.initial != Some(10) {
        return Err(format!("initial window {:?}, not IW10", ours.initial));
    }
    // Slow start: one SMSS per ACK (RFC 5681 equation (2), L = 1·SMSS),
    // none for the first two duplicate ACKs.
    let grew = ours
        .slow_start
        .windows(2)
        .all(|w| w[1] == w[0] + 1 || w[1] == w[0]);
    if !grew || ours.slow_start.first() != Some(&11) {
        return Err(format!("slow start {:?}", ours.slow_start));
    }
    let flight = cwnd_at_loss(ours);
    match ours.first_loss {
        // Equation (4): the sender was cwnd-limited, so FlightSize was cwnd.
        Some(Loss::DuplicateAcks { ssthresh }) if ssthresh == (flight / 2).max(2) => {}
        other => return Err(format!("first loss {other:?} at cwnd {flight}")),
    }
    // §3.2 steps 3 and 4: ssthresh + 3, then one more per duplicate ACK.
    let ssthresh = (flight / 2).max(2);
    let inflated = ours.in_recovery.first() == Some(&(ssthresh + 3))
        && ours.in_recovery.windows(2).all(|w| w[1] == w[0] + 1);
    if !inflated {
        return Err(format!("fast recovery {:?}", ours.in_recovery));
    }
    // Step 6 (and RFC 6582's full ACK, with this much in flight): ssthresh.
    if ours.timeout.is_none() && ours.after_recovery != Some(ssthresh) {
        return Err(format!("after recovery {:?}", ours.after_recovery));
    }
    // RFC 3465 §2.1: one SMSS per cwnd's worth of acknowledged bytes.
    if let Some(&(cwnd, acks)) = ours.avoidance.iter().find(|&&(c, n)| n != c as usize) {
        return Err(format!("avoidance held cwnd {cwnd} for {acks} ACKs"));
    }
    // Equation (5): LW = 1·SMSS, then slow start again, one SMSS per ACK.
    if let Some((_, cwnd)) = ours.timeout {
        if cwnd != 1 || ours.after_timeout != Some(2) {
            return Err(format!(
                "timeout {:?}, then {:?}",
                ours.timeout, ours.after_timeout
            ));
        }
    }
    Ok(())
}

/// What differs between our run and theirs, by name, each checked against
/// its explanation; anything else that differs is an error.
pub fn named(ours: &Facts, theirs: &Facts) -> Result<Vec<&'static str>, String> {
    let mut named = Vec::new();
    let same = |what: &str, a: &dyn std::fmt::Debug, b: &dyn std::fmt::Debug| {
        let (a, b) = (format!("{a:?}"), format!("{b:?}"));
        if a == b {
            Ok(())
        } else {
            Err(format!("{what}: ours {a}, theirs {b}"))
        }
    };
    same("delivered", &ours.delivered, &theirs.delivered)?;
    same("initial window", &ours.initial, &theirs.initial)?;
    same("slow start", &ours.slow_start, &theirs.slow_start)?;
    match (ours.first_loss, theirs.first_loss) {
        (Some(Loss::DuplicateAcks { ssthresh: a }), Some(Loss::DuplicateAcks { ssthresh: b }))
            if a != b =>
        {
            // Linux's tcp_reno_ssthresh: max(cwnd / 2, 2).
            same("ssthresh from cwnd", &(cwnd_at_loss(theirs) / 2).max(2), &b)?;
            named.push("ssthresh-from-cwnd");
        }
        (a, b) => same("first loss", &a, &b)?,
    }
    if ours.in_recovery != theirs.in_recovery {
        // PRR (RFC 6937): the window falls towards ssthresh, never grows,
        // and ends there.
        let ssthresh = match theirs.first_loss {
            Some(Loss::DuplicateAcks { ssthresh }) => ssthresh,
            _ => 0,
        };
        let r = &theirs.in_recovery;
        let falls = r.windows(2).all(|w| w[1] <= w[0]) && r.last() == Some(&ssthresh);
        if !falls {
            return Err(format!("fast recovery: theirs {r:?} is not PRR's"));
        }
        named.push("prr");
    }
    match (ours.recovery_acks, theirs.recovery_acks) {
        (Some(a), Some(b)) if b == a + 1 => named.push("recovery-ends-above-recover"),
        (a, b) => same("ACKs in recovery", &a, &b)?,
    }
    same(
        "after recovery",
        &ours.after_recovery,
        &theirs.after_recovery,
    )?;
    match (ours.timeout, theirs.timeout, theirs.first_loss) {
        (Some((a, 1)), Some((b, 1)), Some(Loss::DuplicateAcks { ssthresh })) if a != b => {
            same("ssthresh kept at the timeout", &Some(ssthresh), &b)?;
            named.push("timeout-in-recovery-keeps-ssthresh");
        }
        (a, b, _) => same("timeout", &a, &b)?,
    }
    match (ours.after_timeout, theirs.after_timeout) {
        (Some(a), Some(b)) if b > a => named.push("slow-start-counts-every-acked-segment"),
        (a, b) => same("after the timeout", &a, &b)?,
    }
    same("avoidance", &ours.avoidance, &theirs.avoidance)?;
    Ok(named)
}

/// Runs `family` with our engine sending (`cc`), then with `stack`
/// sending; checks our run against RFC 5681 and returns the differences,
/// named.
pub fn compare(stack: &Stack, family: &Family, cc: CongestionControl) -> Vec<&'static str> {
    let (ours, got) = observe(family, sender(cc), false);
    let reference = facts(&ours, got);
    if let Err(why) = check_rules(family, &reference) {
        panic!(
            "{}, ours ({}): {why}\n{}",
            family.name,
            cc.name(),
            written(&ours)
        );
    }
    let (theirs, got) = observe(family, (stack.make)(Side::Server), stack.real_time);
    let other = facts(&theirs, got);
    let names = named(&reference, &other).unwrap_or_else(|why| {
        panic!(
            "{}: {} against ours ({}): {why}\nours:   {}\ntheirs: {}",
            family.name,
            stack.name,
            cc.name(),
            written(&ours),
            written(&theirs)
        )
    });
    eprintln!(
        "{}, {} against ours ({}): {names:?}\nours:   {}\ntheirs: {}",
        family.name,
        stack.name,
        cc.name(),
        written(&ours),
        written(&theirs)
    );
    names
}

/// Our engine's runs of every family follow RFC 5681 (runs everywhere,
/// where the kernel comparison cannot).
pub fn check_ours() {
    for family in &FAMILIES {
        for cc in [CongestionControl::Reno, CongestionControl::NewReno] {
            let (windows, got) = observe(family, sender(cc), false);
            if let Err(why) = check_rules(family, &facts(&windows, got)) {
                panic!(
                    "{}, ours ({}): {why}\n{}",
                    family.name,
                    cc.name(),
                    written(&windows)
                );
            }
        }
    }
}
