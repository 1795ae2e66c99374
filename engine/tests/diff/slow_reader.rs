//! The slow-reader family, compared by behaviour: the server's application
//! does not read, its buffer fills and its window closes, the client
//! probes, reads reopen the window. A real stack's buffer sizes, ACK pacing
//! and probes differ from ours by design, so two runs are not compared
//! segment by segment. Instead both must follow the rules of RFC 9293
//! §3.8.6 below, and what differs is named (`docs/real-stacks.md`).

use super::{slow_reader, Actor, Net, Ours, Stack};
use tcp_engine::sim::Side;
use tcp_engine::SeqNum;

/// Bytes the client sends.
const TOTAL: usize = 10_000;

/// The names this comparison may report, each in docs/real-stacks.md.
pub const NAMED: [&str; 4] = [
    "receive-buffer-size",
    "delayed-ack",
    "zero-window-probe-old-byte",
    "mss-option-absent",
];

/// What one run showed, numbers relative to each side's ISN.
#[derive(Debug, PartialEq, Eq)]
struct Facts {
    /// Bytes the server had taken when it first advertised a zero window.
    taken_at_zero: u32,
    /// The server acknowledged more than one segment with one ACK.
    coalesced_acks: bool,
    /// The client probed with no data, one below the server's RCV.NXT.
    probe_old_byte: bool,
    /// The largest data segment the client sent.
    largest_segment: usize,
}

/// Runs the family and checks the rules; returns the facts.
fn observe(
    client: Box<dyn Actor>,
    server: Box<dyn Actor>,
    real_time: bool,
) -> Result<Facts, String> {
    let mut net = Net::new(client, server, real_time);
    slow_reader(&mut net);
    let (_, states, received) = super::outcome(&mut net);
    if received[1].len() != TOTAL {
        return Err(format!(
            "the server's application read {} of {TOTAL} bytes",
            received[1].len()
        ));
    }
    if states != ["ESTABLISHED", "ESTABLISHED"] {
        return Err(format!("final states {states:?}"));
    }
    let isn = |side: Side| {
        net.seen
            .iter()
            .find(|(s, seg)| *s == side && seg.has(tcp_engine::Flags::SYN))
            .map_or(SeqNum(0), |(_, seg)| seg.seq)
    };
    let (client_isn, seen) = (isn(Side::Client), &net.seen);
    let rel = |n: SeqNum| n.since(client_isn);
    let server = |i: usize| {
        seen.get(i)
            .filter(|(s, _)| *s == Side::Server)
            .map(|(_, seg)| seg)
    };

    // 1. The window closes before the first read (§3.8.6: the buffer is full).
    let first_read = net.reads.first().copied().unwrap_or(seen.len());
    let zero = (0..first_read)
        .find(|&i| server(i).is_some_and(|s| s.wnd == 0))
        .ok_or("the server never advertised a zero window before its application read")?;
    let closed_at = server(zero).map_or(SeqNum(0), |s| s.ack);
    // 2. Until the read, the full buffer takes nothing: every answer (to a
    // probe) keeps RCV.NXT and the zero window (§3.8.6.1).
    for i in zero..first_read {
        if let Some(s) = server(i) {
            if s.wnd != 0 || s.ack != closed_at {
                return Err(format!(
                    "segment {i}: the server took data into a full buffer: {s}"
                ));
            }
        }
    }
    // 3. A read that frees a closed window sends a window update at once,
    // unasked: the next segment on the wire is the server's, window open
    // (§3.8.6.2.2), not an answer to the client's next probe.
    for &r in &net.reads {
        let closed = (0..r).rev().find_map(server).is_some_and(|s| s.wnd == 0);
        let next = seen.get(r);
        if closed && !next.is_some_and(|(side, s)| *side == Side::Server && s.wnd > 0) {
            return Err(format!(
                "no window update after the read at segment {r}: {next:?}"
            ));
        }
    }
    // 4. The client never sends past the right edge the server offered,
    // apart from one-octet probes (§3.8.6, §3.8.6.1).
    let mut edge: Option<SeqNum> = None;
    let mut last: Option<(SeqNum, u16)> = None;
    let mut data_ends: Vec<SeqNum> = Vec::new();
    let (mut coalesced_acks, mut probe_old_byte, mut largest_segment) = (false, false, 0);
    for (side, seg) in seen {
        match side {
            Side::Server => {
                let offered = seg.ack + u32::from(seg.wnd);
                edge = Some(edge.map_or(offered, |e| if offered.gt(e) { offered } else { e }));
                if let Some((prev, _)) = last {
                    // One ACK for two or more data segments that ended since
                    // (a probe's octet sent twice counts once).
                    let covered: std::collections::BTreeSet<u32> = data_ends
                        .iter()
                        .filter(|end| end.gt(prev) && end.le(seg.ack))
                        .map(|end| end.0)
                        .collect();
                    let covered = covered.len();
                    coalesced_acks |= covered >= 2;
                }
                last = Some((seg.ack, seg.wnd));
            }
            Side::Client if seg.payload.is_empty() => {
                // A probe that carries no data: one below what the server expects.
                probe_old_byte |= last.is_some_and(|(ack, wnd)| wnd == 0 && seg.seq + 1 == ack);
            }
            Side::Client => {
                largest_segment = largest_segment.max(seg.payload.len());
                let end = seg.seq + seg.payload.len() as u32;
                if seg.payload.len() > 1 && edge.is_some_and(|e| end.gt(e)) {
                    return Err(format!("the client sent past the window's edge: {seg}"));
                }
                data_ends.push(end);
            }
        }
    }
    Ok(Facts {
        taken_at_zero: rel(closed_at).saturating_sub(1),
        coalesced_acks,
        probe_old_byte,
        largest_segment,
    })
}

/// Runs the family with our engine on both sides, then with `stack` in
/// `role`; both must follow the rules. Returns the differences, named.
pub fn compare(stack: &Stack, role: Side) -> Vec<&'static str> {
    let ours = |isn| Box::new(Ours::with(isn, true)) as Box<dyn Actor>;
    let reference = observe(ours(1000), ours(5000), false)
        .unwrap_or_else(|why| panic!("slow reader, ours on both sides: {why}"));
    let (client, server) = match role {
        Side::Client => ((stack.make)(Side::Client), ours(5000)),
        Side::Server => (ours(1000), (stack.make)(Side::Server)),
    };
    let theirs = observe(client, server, stack.real_time)
        .unwrap_or_else(|why| panic!("slow reader, {} as {role}: {why}", stack.name));
    let mut named = Vec::new();
    if theirs.taken_at_zero != reference.taken_at_zero {
        named.push("receive-buffer-size");
    }
    if theirs.coalesced_acks && !reference.coalesced_acks {
        named.push("delayed-ack");
    }
    if theirs.probe_old_byte && !reference.probe_old_byte {
        named.push("zero-window-probe-old-byte");
    }
    if theirs.largest_segment != reference.largest_segment {
        named.push("mss-option-absent");
    }
    eprintln!(
        "{} as {role}, slow reader: ours {reference:?}, theirs {theirs:?}: {named:?}",
        stack.name
    );
    named
}

/// The rules hold for our engine on both sides (runs everywhere, where the
/// kernel comparison cannot).
pub fn check_ours() {
    let ours = |isn| Box::new(Ours::with(isn, true)) as Box<dyn Actor>;
    if let Err(why) = observe(ours(1000), ours(5000), false) {
        panic!("slow reader, ours on both sides: {why}");
    }
}
