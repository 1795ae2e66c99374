//! The SACK family, compared by behaviour: a bulk transfer from the server
//! to the client, with selective acknowledgments on both sides (RFC 2018)
//! and two segments of one window lost once each, as in
//! `scenarios/conformance/established--sack-two-holes.scn`.
//!
//! Two roles. With the real stack sending to our engine, the blocks our
//! receiver generates must lead it to send again exactly the holes, before
//! any timeout; and its windows and retransmissions are compared with our
//! engine's as the sender (RFC 6675 recovery on RFC 5681's Reno or RFC
//! 6582's NewReno, IW10). With our engine sending to the real stack, the
//! SACK blocks the stack generates are compared with the ones our receiver
//! generates for the same losses. What differs is named
//! (`docs/real-stacks.md`, "SACK").

use super::congestion::{self, facts, Facts, Loss, Window, MSS};
use super::{Actor, Net, Ours, Stack};
use tcp_engine::endpoint::{Call, CongestionControl};
use tcp_engine::options::TcpOption;
use tcp_engine::sim::Side;
use tcp_engine::{Config, Flags, SeqNum};

/// One transfer and the segments its wire loses once each.
pub struct Family {
    pub name: &'static str,
    /// Full-sized segments the server's application sends at once.
    pub segments: u32,
    /// Segments lost (numbered from 1 in sequence order), once each.
    pub lose: &'static [u32],
    /// How long the run lasts, in milliseconds.
    pub until: u64,
}

/// IW10 sends segments 1 to 10; their ACKs open the window to 20, and
/// segments 11 to 30 go in the second round trip: 15 and 17 are lost from
/// it (two holes in one window, one segment SACKed between them).
pub const FAMILIES: [Family; 1] = [Family {
    name: "two losses in one window: SACK recovery",
    segments: 40,
    lose: &[15, 17],
    until: 3_000,
}];

/// Our engine as the receiver: SACK and the MSS option on, everything
/// else as the playground has it (no delayed ACK, out-of-order data kept).
pub fn receiver() -> Box<dyn Actor> {
    let config = Config {
        mss_option: true,
        sack: true,
        ..Config::default()
    };
    Box::new(Ours::configured(1000, config))
}

/// Our engine as the sender: `cc`, IW10 and SACK (so RFC 6675 recovers).
pub fn sender(cc: CongestionControl) -> Box<dyn Actor> {
    let config = Config {
        mss_option: true,
        sack: true,
        cc,
        iw: Some(10),
        ..Config::default()
    };
    Box::new(Ours::configured(5000, config))
}

/// A run's wire and windows, in segments numbered from 1.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    /// The sender's windows after each ACK it took (and timer's work).
    pub windows: Vec<Window>,
    /// Segments the sender sent again, in the order it sent them.
    pub retransmitted: Vec<u32>,
    /// The SACK blocks of each of the receiver's ACKs that carried some,
    /// as the first and last segment each block covers, in its order.
    pub blocks: Vec<Vec<(u32, u32)>>,
    /// Both SYNs carried SACK-permitted.
    pub negotiated: bool,
    /// Bytes delivered to the receiving application.
    pub delivered: usize,
}

/// The segment (numbered from 1) whose first octet is `rel` octets after
/// the sender's ISN.
fn segment(rel: u32) -> u32 {
    rel.saturating_sub(1) / MSS + 1
}

/// Runs `family` with `server` sending to `client`.
pub fn observe(
    family: &Family,
    client: Box<dyn Actor>,
    server: Box<dyn Actor>,
    real_time: bool,
) -> Run {
    let mut net = Net::new(client, server, real_time);
    net.sampled = Some(Side::Server);
    for &lost in family.lose {
        net.losses.push((Side::Server, 1 + (lost - 1) * MSS));
    }
    net.call(Side::Server, Call::Listen);
    net.call(Side::Client, Call::Connect);
    net.run_until(1_000);
    net.call(
        Side::Server,
        Call::Send(vec![b'x'; (family.segments * MSS) as usize]),
    );
    net.run_until(family.until);
    let delivered = net.actors[Side::Client].received().len();
    let sender = SeqNum(net.isn(Side::Server));
    let mut high = 0;
    let mut run = Run {
        windows: std::mem::take(&mut net.windows),
        delivered,
        ..Run::default()
    };
    let mut offered = [false; 2];
    for (from, seg) in &net.seen {
        let permits = seg.options.contains(&TcpOption::SackPermitted);
        if seg.flags.contains(Flags::SYN) {
            offered[usize::from(*from == Side::Server)] |= permits;
        }
        if *from == Side::Server && !seg.payload.is_empty() {
            let rel = seg.seq.since(sender);
            if rel < high {
                run.retransmitted.push(segment(rel));
            }
            high = high.max(rel + seg.payload.len() as u32);
        }
        if *from == Side::Client {
            for option in &seg.options {
                if let TcpOption::Sack(blocks) = option {
                    run.blocks.push(
                        blocks
                            .iter()
                            .map(|&(l, r)| {
                                let (l, r) = (SeqNum(l).since(sender), SeqNum(r).since(sender));
                                (segment(l), segment(r.saturating_sub(1)))
                            })
                            .collect(),
                    );
                }
            }
        }
    }
    run.negotiated = offered == [true, true];
    run
}

/// The blocks as they changed: one entry per ACK whose blocks differ from
/// the previous ACK's (a stack that acknowledges more or less often sends
/// the same blocks more or fewer times).
pub fn changes(blocks: &[Vec<(u32, u32)>]) -> Vec<Vec<(u32, u32)>> {
    let mut out: Vec<Vec<(u32, u32)>> = Vec::new();
    for b in blocks {
        if out.last() != Some(b) {
            out.push(b.clone());
        }
    }
    out
}

/// The names this comparison may report, each in docs/real-stacks.md.
pub const NAMED: [&str; 4] = [
    "prr",
    "rescue-retransmission",
    "ssthresh-from-cwnd",
    "recovery-ends-above-recover",
];

/// The holes, each sent again once, then (RFC 6675 §4, NextSeg () rule
/// (4), the rescue retransmission, once per recovery) the highest
/// segment not SACKed: the last hole, when everything above it is SACKed.
fn with_rescue(family: &Family) -> Vec<u32> {
    let mut sent = family.lose.to_vec();
    sent.extend(family.lose.last());
    sent
}

/// What every run must show, whoever sends: SACK agreed, everything
/// delivered, exactly the holes sent again, once each (and, if `rescue`,
/// RFC 6675's rescue retransmission), and no timeout.
pub fn check_recovery(family: &Family, run: &Run, f: &Facts, rescue: bool) -> Result<(), String> {
    let total = (family.segments * MSS) as usize;
    if !run.negotiated {
        return Err("SACK-permitted is not on both SYNs".into());
    }
    if run.delivered != total {
        return Err(format!("{} of {total} bytes delivered", run.delivered));
    }
    let expected = if rescue {
        with_rescue(family)
    } else {
        family.lose.to_vec()
    };
    if run.retransmitted != expected {
        return Err(format!(
            "sent again {:?}, the holes are {:?}",
            run.retransmitted, family.lose
        ));
    }
    if f.timeout.is_some() || !matches!(f.first_loss, Some(Loss::DuplicateAcks { .. })) {
        return Err(format!(
            "first loss {:?}, timeout {:?}",
            f.first_loss, f.timeout
        ));
    }
    Ok(())
}

/// RFC 2018 §3 for a receiver, on the segments of `family`: it sends
/// blocks, every block lies above the first hole, and none covers a hole
/// (a hole is never SACKed: it is lost once and then filled in order).
pub fn check_blocks(family: &Family, run: &Run) -> Result<(), String> {
    let first = family.lose[0];
    let no_hole = |&(l, r): &(u32, u32)| l > first && family.lose.iter().all(|h| *h < l || *h > r);
    let sound = run
        .blocks
        .iter()
        .all(|b| !b.is_empty() && b.iter().all(no_hole));
    if run.blocks.is_empty() || !sound {
        return Err(format!("receiver's blocks {:?}", run.blocks));
    }
    Ok(())
}

/// RFC 6675 as our engine follows it (segments): the third duplicate ACK
/// sets ssthresh = cwnd = FlightSize / 2 (§5 (4.2)), and cwnd stays
/// there through recovery and after it (no inflation, no PRR).
pub fn check_rules(family: &Family, run: &Run) -> Result<(), String> {
    let f = facts(&run.windows, run.delivered);
    check_recovery(family, run, &f, true)?;
    check_blocks(family, run)?;
    if f.initial != Some(10) {
        return Err(format!("initial window {:?}, not IW10", f.initial));
    }
    let at_loss = f.slow_start.last().copied().unwrap_or(0);
    let ssthresh = (at_loss / 2).max(2);
    if f.first_loss != Some(Loss::DuplicateAcks { ssthresh }) {
        return Err(format!("first loss {:?} at cwnd {at_loss}", f.first_loss));
    }
    if f.in_recovery.iter().any(|&c| c != ssthresh) || f.after_recovery != Some(ssthresh) {
        return Err(format!(
            "recovery {:?}, then {:?}",
            f.in_recovery, f.after_recovery
        ));
    }
    Ok(())
}

/// What differs between our sender's run and theirs, by name, each
/// checked against its explanation; anything else is an error.
pub fn named(ours: &Run, theirs: &Run) -> Result<Vec<&'static str>, String> {
    let (a, b) = (
        facts(&ours.windows, ours.delivered),
        facts(&theirs.windows, theirs.delivered),
    );
    let mut named = Vec::new();
    let same = |what: &str, x: &dyn std::fmt::Debug, y: &dyn std::fmt::Debug| {
        let (x, y) = (format!("{x:?}"), format!("{y:?}"));
        if x == y {
            Ok(())
        } else {
            Err(format!("{what}: ours {x}, theirs {y}"))
        }
    };
    let mut rescued = theirs.retransmitted.clone();
    rescued.extend(theirs.retransmitted.last());
    if ours.retransmitted == rescued {
        // Linux has no NextSeg () rule (4): with tail loss probes off,
        // nothing sends the highest segment not SACKed a second time.
        named.push("rescue-retransmission");
    } else {
        same("sent again", &ours.retransmitted, &theirs.retransmitted)?;
    }
    same("initial window", &a.initial, &b.initial)?;
    same("slow start", &a.slow_start, &b.slow_start)?;
    let ssthresh = match (a.first_loss, b.first_loss) {
        (Some(Loss::DuplicateAcks { ssthresh: x }), Some(Loss::DuplicateAcks { ssthresh: y }))
            if x != y =>
        {
            // Linux's tcp_reno_ssthresh: max(cwnd / 2, 2), where RFC
            // 6675 halves FlightSize.
            let at_loss = b.slow_start.last().copied().unwrap_or(0);
            same("ssthresh from cwnd", &(at_loss / 2).max(2), &y)?;
            named.push("ssthresh-from-cwnd");
            y
        }
        (Some(Loss::DuplicateAcks { ssthresh }), y) => {
            same("first loss", &a.first_loss, &y)?;
            ssthresh
        }
        (x, y) => return same("first loss", &x, &y).map(|_| named),
    };
    if a.in_recovery != b.in_recovery {
        // PRR (RFC 6937): the window falls towards ssthresh, never grows,
        // and ends there; RFC 6675 sets it to ssthresh at once.
        let r = &b.in_recovery;
        let falls = r.windows(2).all(|w| w[1] <= w[0]) && r.last() == Some(&ssthresh);
        if !falls {
            return Err(format!("recovery: theirs {r:?} is not PRR's"));
        }
        named.push("prr");
    }
    match (a.recovery_acks, b.recovery_acks) {
        (Some(x), Some(y)) if y == x + 1 => named.push("recovery-ends-above-recover"),
        (x, y) => same("ACKs in recovery", &x, &y)?,
    }
    same("after recovery", &a.after_recovery, &b.after_recovery)?;
    Ok(named)
}

/// The blocks written short: `16 | 18-19,16 | …`.
pub fn written(blocks: &[Vec<(u32, u32)>]) -> String {
    blocks
        .iter()
        .map(|b| {
            b.iter()
                .map(|&(l, r)| {
                    if l == r {
                        format!("{l}")
                    } else {
                        format!("{l}-{r}")
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Our engine's run of `family` with `cc`, checked against RFC 2018 and
/// RFC 6675.
pub fn ours(family: &Family, cc: CongestionControl) -> Run {
    let run = observe(family, receiver(), sender(cc), false);
    if let Err(why) = check_rules(family, &run) {
        panic!(
            "{}, ours ({}): {why}\nwindows: {}\nblocks: {}",
            family.name,
            cc.name(),
            congestion::written(&run.windows),
            written(&run.blocks)
        );
    }
    run
}

/// The stack sends to our receiver: it must send again exactly the holes
/// our blocks show; then its windows are compared with our sender's.
pub fn compare_sender(stack: &Stack, family: &Family, cc: CongestionControl) -> Vec<&'static str> {
    let reference = ours(family, cc);
    let theirs = observe(family, receiver(), (stack.make)(Side::Server), true);
    let f = facts(&theirs.windows, theirs.delivered);
    let shown = || {
        format!(
            "ours:   {}\ntheirs: {}\nour receiver's blocks: {}",
            congestion::written(&reference.windows),
            congestion::written(&theirs.windows),
            written(&theirs.blocks)
        )
    };
    if let Err(why) =
        check_recovery(family, &theirs, &f, false).and_then(|()| check_blocks(family, &theirs))
    {
        panic!(
            "{}: {} sending: {why}\n{}",
            family.name,
            stack.name,
            shown()
        );
    }
    let names = named(&reference, &theirs).unwrap_or_else(|why| {
        panic!(
            "{}: {} against ours ({}): {why}\n{}",
            family.name,
            stack.name,
            cc.name(),
            shown()
        )
    });
    eprintln!(
        "{}, {} sending, against ours ({}): {names:?}\n{}\nsent again: {:?}",
        family.name,
        stack.name,
        cc.name(),
        shown(),
        theirs.retransmitted
    );
    names
}

/// Our engine sends to the stack: the stack's blocks, as they change, must
/// be the ones our receiver generates for the same losses.
pub fn compare_receiver(stack: &Stack, family: &Family) -> Vec<&'static str> {
    let reference = ours(family, CongestionControl::NewReno);
    let theirs = observe(
        family,
        (stack.make)(Side::Client),
        sender(CongestionControl::NewReno),
        true,
    );
    let (a, b) = (changes(&reference.blocks), changes(&theirs.blocks));
    eprintln!(
        "{}, {} receiving:\nour blocks:   {}\ntheir blocks: {}\nsent again: {:?}",
        family.name,
        stack.name,
        written(&a),
        written(&b),
        theirs.retransmitted
    );
    let f = facts(&theirs.windows, theirs.delivered);
    if let Err(why) = check_recovery(family, &theirs, &f, true) {
        panic!("{}: {} receiving: {why}", family.name, stack.name);
    }
    assert_eq!(
        a, b,
        "{}: {}'s SACK blocks differ from ours",
        family.name, stack.name
    );
    Vec::new()
}

/// Our engine's runs of every family follow RFC 2018 and RFC 6675 (runs
/// everywhere, where the kernel comparison cannot).
pub fn check_ours() {
    for family in &FAMILIES {
        for cc in [CongestionControl::Reno, CongestionControl::NewReno] {
            ours(family, cc);
        }
    }
}
