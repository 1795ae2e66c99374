//! A captured connection replayed through the playground's two engines.
//!
//! Each side's TCP is an engine in manual mode, configured from the capture
//! (its ISN, window and segment size). Each captured segment is sent at its
//! time by the side that sent it: the application calls that make a TCP send
//! it come first (`connect`, `send`, `close`, `abort`), then the segment the
//! engine formed is released from the outbox (with the capture's window and
//! flags where they differ). What the engine would not have sent at that
//! moment goes onto the wire as captured (`inject`): the sender's state does
//! not change, and the difference is named. The result is a scenario, so the
//! ladder, the states and the rules behind each step are the ones the
//! playground shows for any session, and the student can go back to any
//! moment and carry on from there.
//!
//! A capture is taken at one point. Times seen there are exact for the side
//! that is there (the *near* side) and shifted by the one-way delay for the
//! other. The near side is found from the handshake (at the client, SYN to
//! SYN,ACK is a whole round trip; at the server, it is almost nothing), and
//! the one-way delay is half that round trip.

use super::{Capture, Captured, Connection, TcpOption};
use crate::endpoint::{CongestionControl, State, TimerKind};
use crate::limits::{MAX_SCRIPT_BYTES, MAX_STATEMENTS};
use crate::note::Reason;
use crate::scenario::{self, CallSpec, Payload, SegSpec, SeqExpr, Setting, Statement, Stmt};
use crate::segment::{Flags, Segment, MAX_PAYLOAD};
use crate::sim::{BySide, Selector, Side, Sim};
use core::fmt::Write as _;
use core::time::Duration;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// Where the real stack did something the engine would not have done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The engine would have acknowledged at once; the real stack waited
    /// (`delayed-ack` in docs/real-stacks.md).
    DelayedAck,
    /// The real RST of an abort carries an ACK; RFC 9293 §3.10.5's does not
    /// (`rst-on-abort-carries-ack`).
    RstCarriesAck,
    /// The SYN carries options the engine does not send (`syn-options`).
    SynOptions,
    /// Windows are scaled (RFC 7323): the capture's window fields are
    /// shifted, and the playground shows them scaled, at most 65535
    /// (`window-scaling`).
    WindowScaling,
    /// A retransmission before the engine's timer would fire (`min-rto`).
    EarlyRetransmission,
    /// A retransmission after duplicate ACKs, before any timer
    /// (RFC 5681 §3.2; `fast-retransmit`).
    FastRetransmit,
    /// The engine's window would not have allowed this data yet.
    BeyondWindow,
    /// A segment the engine would not have sent at that moment
    /// (`not-formed`).
    NotFormed,
    /// The capture ends where the engine would still send something
    /// (`engine-would-send`).
    EngineWouldSend,
}

impl Kind {
    /// Its name in docs/real-stacks.md and in the playground's texts.
    pub fn name(self) -> &'static str {
        match self {
            Kind::DelayedAck => "delayed-ack",
            Kind::RstCarriesAck => "rst-on-abort-carries-ack",
            Kind::SynOptions => "syn-options",
            Kind::WindowScaling => "window-scaling",
            Kind::EarlyRetransmission => "min-rto",
            Kind::FastRetransmit => "fast-retransmit",
            Kind::BeyondWindow => "beyond-window",
            Kind::NotFormed => "not-formed",
            Kind::EngineWouldSend => "engine-would-send",
        }
    }
}

/// One difference, at one captured segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    /// Index of the segment in [`Replay::packets`].
    pub packet: usize,
    /// The side whose TCP behaved differently.
    pub side: Side,
    /// What differed.
    pub kind: Kind,
}

/// What the replay could not know for sure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// No SYN was captured: the engines start CLOSED and cannot follow the
    /// connection's states.
    NoHandshake,
    /// Segments taken as lost (sent again before anything acknowledged
    /// them), by their index: the capture saw them, the receiver probably
    /// did not.
    Lost(Vec<usize>),
    /// Segments the capture never saw that the sender must have sent (the
    /// capture holds later data): taken as lost before the capture point.
    Unseen(usize),
    /// The replay stopped at this segment: the engines could not go on.
    Stopped(usize),
    /// The replay stops before this segment (by its index): the
    /// connection goes past one of a replay's limits.
    Limited {
        /// The first segment not replayed.
        at: usize,
        /// Its segments in the capture, in all.
        total: usize,
        /// Which limit.
        limit: Limit,
    },
    /// Segments whose data the replay does not have (cut by the snap
    /// length, sent before the capture point saw it, or past the
    /// [`TEXT_BUDGET`] of data a replay writes out), by their index, and
    /// how many bytes: the applications send filler bytes of the same
    /// length in their place.
    NotKept {
        /// The segments, by index.
        packets: Vec<usize>,
        /// Their bytes not kept, in all.
        bytes: u64,
    },
}

/// A limit on what one capture's replay holds, so that opening any
/// capture costs a bounded time and memory, and its scenario can be saved
/// with the student's session and read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// At most [`MAX_REPLAY_SEGMENTS`] segments.
    Segments,
    /// At most [`MAX_REPLAY_DATA`] bytes of data, counted as on the wire
    /// (a segment cut by the snap length counts its whole length: the
    /// replay sends filler bytes in place of what was cut).
    Data,
    /// At most [`MAX_REPLAY_TEXT`] bytes of scenario text, or three
    /// quarters of a scenario's statements (a pathological capture only:
    /// a segment takes about 100 bytes and 4 statements).
    Text,
    /// At most [`MAX_REPLAY_UNSEEN`] segments that the capture never saw
    /// (see [`Caveat::Unseen`]): a capture whose sequence numbers jump far
    /// ahead has its sender send all it missed first, one segment at a time.
    Unseen,
    /// At most [`MAX_REPLAY_EVENTS`] events in the engines (timers firing,
    /// segments formed, arrivals): what running the replay costs, here and
    /// each time the page replays its scenario.
    Events,
}

/// Most segments of one connection a replay holds.
pub const MAX_REPLAY_SEGMENTS: usize = 15_000;
/// Most bytes of data (as on the wire) a replay carries.
pub const MAX_REPLAY_DATA: u64 = 32 << 20;
/// Longest scenario text a replay writes: three quarters of a scenario's
/// limit, so that the session saved with it (its segments' numbers, what
/// the student did next) still fits in one scenario.
pub const MAX_REPLAY_TEXT: usize = MAX_SCRIPT_BYTES / 4 * 3;
/// Most statements a replay writes, likewise.
const MAX_REPLAY_STATEMENTS: usize = MAX_STATEMENTS / 4 * 3;
/// Most segments a replay's sender sends that the capture never saw.
/// Each is released from an outbox that may hold a whole window of
/// one-byte segments, and taken as lost: a few are a capture that missed
/// some; tens of thousands (a fuzzed file's sequence numbers jumping 65 KB
/// with one-byte segments) took 25 s.
pub const MAX_REPLAY_UNSEEN: usize = 1_000;
/// Most events a replay's engines run, in all: a 15,000-segment transfer
/// takes about 100,000.
pub const MAX_REPLAY_EVENTS: usize = 400_000;
/// How far into an outbox the replay looks for the segment a TCP formed:
/// further in, the captured segment goes onto the wire as captured.
const OUTBOX_SEARCH: usize = 2 * MAX_REPLAY_UNSEEN;

/// A captured connection as a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replay {
    /// The scenario text: settings, then each segment's statements.
    pub text: String,
    /// Where the capture was taken, when the round trip shows it (with
    /// both hosts under a millisecond apart, times are the same at both).
    pub near: Option<Side>,
    /// The one-way delay the replay uses, from the handshake.
    pub latency: Duration,
    /// The connection's segments, in capture order, with their sender.
    pub packets: Vec<(Side, Captured)>,
    /// For each of [`Replay::packets`], the scenario line that sends it.
    pub lines: Vec<usize>,
    /// For each of [`Replay::packets`], the id of the segment that carries
    /// it on the wire when the scenario runs from a fresh simulation (ids
    /// are handed out in order): how a view finds a captured segment.
    pub ids: Vec<Option<u64>>,
    /// Where the real stacks differed from the engine, in order.
    pub differences: Vec<Difference>,
    /// What the replay could not know.
    pub caveats: Vec<Caveat>,
}

/// Whether `event`, in a capture's replay, is the replay's bookkeeping
/// rather than something either TCP did: the replay holds each side's
/// segments in an outbox so as to send each captured segment at its time,
/// so a segment formed into the outbox, and one thrown out of it (a bare
/// ACK the real TCP never sent), say nothing about the connection. Views
/// of a capture leave them out; the scenario keeps them.
pub fn is_bookkeeping(event: &crate::sim::Event) -> bool {
    use crate::sim::Event;
    matches!(event, Event::Queued { .. } | Event::Discarded { .. })
}

/// How a segment of a capture's replay went onto the wire, as a view of
/// the capture tells it: a release from the replay's outbox is the TCP
/// sending it (see [`is_bookkeeping`]).
pub fn shown_origin(origin: crate::sim::Origin) -> crate::sim::Origin {
    use crate::sim::Origin;
    match origin {
        Origin::Released => Origin::Tcp,
        Origin::Tcp | Origin::Injected | Origin::Duplicate { .. } => origin,
    }
}

/// Replays one connection of `capture` (as listed by
/// [`Capture::connections`]): its first segments, within the
/// [`Limit`]s.
pub fn replay(capture: &Capture, conn: &Connection) -> Replay {
    let all = capture.segments.iter().filter_map(|c| {
        if c.from == conn.client && c.to == conn.server {
            Some((Side::Client, c))
        } else if c.from == conn.server && c.to == conn.client {
            Some((Side::Server, c))
        } else {
            None
        }
    });
    let mut packets: Vec<(Side, Captured)> = Vec::new();
    let (mut data, mut limited) = (0u64, None);
    for (side, c) in all {
        data += c.data_len() as u64;
        limited = if packets.len() == MAX_REPLAY_SEGMENTS {
            Some(Limit::Segments)
        } else if data > MAX_REPLAY_DATA {
            Some(Limit::Data)
        } else {
            None
        };
        if limited.is_some() {
            break;
        }
        packets.push((side, c.clone()));
    }
    let (near, rtt) = capture_point(&packets);
    // At most a minute each way: a longer "round trip" is a capture's odd
    // clock, not a network.
    let latency = Duration::from_millis(rtt.as_millis() as u64 / 2).min(MAX_LATENCY);
    let near = (rtt >= Duration::from_millis(1)).then_some(near);
    let mut r = Replayer::new(&packets, near.unwrap_or(Side::Client), latency);
    r.run(conn);
    if let Some(limit) = limited {
        r.caveats.push(Caveat::Limited {
            at: packets.len(),
            total: conn.packets,
            limit,
        });
    }
    Replay {
        text: r.text,
        near,
        latency,
        lines: r.lines,
        ids: r.ids,
        differences: r.differences,
        caveats: r.caveats,
        packets,
    }
}

/// The side the capture was taken at, and the round trip seen there.
fn capture_point(packets: &[(Side, Captured)]) -> (Side, Duration) {
    let is = |c: &Captured, f: Flags| c.seg.flags & (Flags::SYN | Flags::ACK) == f;
    let syn_ack = packets
        .iter()
        .position(|(_, c)| is(c, Flags::SYN | Flags::ACK));
    // The SYN it answers: the last one before it (earlier ones were lost).
    let syn = syn_ack.and_then(|a| packets[..a].iter().rposition(|(_, c)| is(c, Flags::SYN)));
    let (Some(syn), Some(syn_ack)) = (syn, syn_ack) else {
        return (Side::Client, Duration::ZERO);
    };
    let ack = packets[syn_ack..]
        .iter()
        .find(|(side, c)| *side == packets[syn].0 && c.seg.flags.contains(Flags::ACK));
    let t = |i: usize| packets[i].1.time;
    let to_syn_ack = t(syn_ack).saturating_sub(t(syn));
    let to_ack = ack.map_or(Duration::ZERO, |(_, c)| c.time.saturating_sub(t(syn_ack)));
    // At the opener's host the SYN,ACK takes a whole round trip to come
    // back and the ACK leaves at once; at the other host, the reverse.
    if to_syn_ack >= to_ack {
        (packets[syn].0, to_syn_ack)
    } else {
        (packets[syn].0.other(), to_ack)
    }
}

/// Which segments were lost: segment `i` was when its sender sent the same
/// sequence number again before the receiver acknowledged any of it. One
/// pass in capture order: each data segment waits, by its sequence number,
/// until a copy of it is sent (lost) or the other side acknowledges past it
/// (not lost); so O(n log n) for a connection of n segments.
fn lost_segments(packets: &[(Side, Captured)]) -> Vec<bool> {
    let mut lost = vec![false; packets.len()];
    // Waiting segments by sender and sequence number, and in the order the
    // sender's sequence numbers grow: counted from half the number space
    // before its first segment, so that numbers that wrap, and those
    // below the first, keep their order (a replay's data is far less than
    // 2 GB): the smallest first.
    let mut by_seq: HashMap<(Side, u32), Vec<usize>> = HashMap::new();
    let mut by_order: BySide<BinaryHeap<Reverse<(u32, usize)>>> = BySide::default();
    let mut base: BySide<Option<crate::seq::SeqNum>> = BySide::default();
    let mut settled = vec![false; packets.len()];
    for (i, (side, c)) in packets.iter().enumerate() {
        let other = side.other();
        // An acknowledgment settles what it covers of the other side's.
        if c.seg.has(Flags::ACK) {
            while let Some(&Reverse((_, k))) = by_order[other].peek() {
                if !packets[k].1.seg.seq.lt(c.seg.ack) {
                    break;
                }
                by_order[other].pop();
                settled[k] = true;
            }
        }
        if c.seg_len() == 0 {
            continue;
        }
        // A copy: what waits with this number was lost.
        if let Some(waiting) = by_seq.remove(&(*side, c.seg.seq.0)) {
            for k in waiting {
                if !settled[k] {
                    settled[k] = true;
                    lost[k] = true;
                }
            }
        }
        let b = *base[*side].get_or_insert(c.seg.seq - (1 << 31));
        by_seq.entry((*side, c.seg.seq.0)).or_default().push(i);
        by_order[*side].push(Reverse((c.seg.seq.since(b), i)));
    }
    lost
}

/// Events after an arrival that [`Replayer::sent_before`] looks at.
const SENT_BEFORE_LOOKAHEAD: usize = 64;

/// For each side and sequence number, the first four bare ACKs that ask
/// the side for it (sent by the other side), by index.
fn asking(packets: &[(Side, Captured)]) -> HashMap<(Side, u32), Vec<usize>> {
    let mut asks: HashMap<(Side, u32), Vec<usize>> = HashMap::new();
    for (i, (side, c)) in packets.iter().enumerate() {
        if c.seg.has(Flags::ACK) && c.seg_len() == 0 {
            let at = asks.entry((side.other(), c.seg.ack.0)).or_default();
            if at.len() < 4 {
                at.push(i);
            }
        }
    }
    asks
}

/// The longest one-way delay a replay takes from a capture's times.
const MAX_LATENCY: Duration = Duration::from_secs(60);

/// Data written out as captured in one replay, at most (the rest as byte
/// counts, which the replay names as not kept).
pub const TEXT_BUDGET: usize = 64 << 10;

/// Something that happens at one moment of the replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Event {
    at: Duration,
    packet: usize,
    arrival: bool,
}

struct Replayer<'a> {
    packets: &'a [(Side, Captured)],
    near: Side,
    latency: Duration,
    sim: Sim,
    text: String,
    line: usize,
    lines: Vec<usize>,
    ids: Vec<Option<u64>>,
    /// Bytes each application has handed to its TCP.
    queued: BySide<u32>,
    closed: BySide<bool>,
    differences: Vec<Difference>,
    caveats: Vec<Caveat>,
    /// Window scale shifts, once both SYNs carried the option.
    scale: BySide<u8>,
    /// Bytes of data still written out as text: past them, as counts, so
    /// that a big capture's scenario stays small.
    text_left: usize,
    /// Segments sent that the capture never saw.
    unseen: usize,
    /// Segments whose data is sent as filler, and its bytes.
    not_kept: (Vec<usize>, u64),
    /// Statements written.
    statements: usize,
    /// The replay reached one of its [`Limit`]s (the text, the
    /// statements, the unseen segments or the events), and the segment
    /// it stops before, when that is not the next one.
    full: Option<(Limit, Option<usize>)>,
    failed: bool,
    /// Each side's window scaling already named.
    scaling_named: BySide<bool>,
    /// For each side and sequence number, the first four bare ACKs the
    /// other side sent asking for it, by index (see
    /// [`Replayer::after_duplicate_acks`]).
    asks: HashMap<(Side, u32), Vec<usize>>,
}

impl<'a> Replayer<'a> {
    fn new(packets: &'a [(Side, Captured)], near: Side, latency: Duration) -> Replayer<'a> {
        let mut sim = Sim::default();
        sim.set_tracing(false);
        Replayer {
            packets,
            near,
            latency,
            sim,
            text: String::new(),
            line: 0,
            lines: vec![0; packets.len()],
            ids: vec![None; packets.len()],
            queued: BySide::default(),
            closed: BySide::default(),
            differences: Vec::new(),
            caveats: Vec::new(),
            scale: BySide::default(),
            text_left: TEXT_BUDGET,
            unseen: 0,
            not_kept: (Vec::new(), 0),
            statements: 0,
            full: None,
            failed: false,
            scaling_named: BySide::default(),
            asks: asking(packets),
        }
    }

    /// Whether `line` still fits in the replay's text; when it does not,
    /// the replay is full and stops.
    fn fits(&mut self, line: usize) -> bool {
        if self.text.len() + line + 1 > MAX_REPLAY_TEXT || self.statements >= MAX_REPLAY_STATEMENTS
        {
            self.full.get_or_insert((Limit::Text, None));
            self.failed = true;
        }
        !self.failed
    }

    /// Runs `stmt` and writes it down; a statement the engine refuses stops
    /// the replay there.
    fn exec(&mut self, stmt: Stmt) {
        if self.failed {
            return;
        }
        // A gap longer than one `advance` can write (a capture left running
        // for months) is written as several.
        if let Stmt::Advance(d) = stmt {
            if let [first, rest @ ..] = crate::time::writable_parts(d).as_slice() {
                if !rest.is_empty() {
                    for part in std::iter::once(first).chain(rest) {
                        self.exec(Stmt::Advance(*part));
                    }
                    return;
                }
            }
        }
        let written = stmt.to_string();
        if !self.fits(written.len()) {
            return;
        }
        self.line += 1;
        let statement = Statement {
            line: self.line,
            kind: stmt,
        };
        if scenario::exec(&mut self.sim, &statement).is_err() {
            self.failed = true;
            return;
        }
        self.statements += 1;
        self.text.push_str(&written);
        self.text.push('\n');
        // Past the budget, this statement is the last: the scenario runs
        // exactly what the replay ran.
        if self.sim.events() >= MAX_REPLAY_EVENTS {
            self.full.get_or_insert((Limit::Events, None));
            self.failed = true;
        }
    }

    fn comment(&mut self, text: &str) {
        if !self.fits(text.len() + 2) {
            return;
        }
        self.line += 1;
        let _ = writeln!(self.text, "# {text}");
    }

    fn differ(&mut self, packet: usize, side: Side, kind: Kind) {
        let d = Difference { packet, side, kind };
        // Once per side and kind in a row is enough to read.
        if self.differences.last() != Some(&d) {
            self.differences.push(d);
        }
    }

    fn run(&mut self, conn: &Connection) {
        let p = self.packets;
        self.line += 1;
        let _ = writeln!(
            self.text,
            "title {}",
            scenario::quote(&format!("Capture: {} → {}", conn.client, conn.server))
        );
        self.comment(&format!(
            "Captured at the {}'s host; one-way delay taken as {} ms.",
            self.near,
            self.latency.as_millis()
        ));
        self.setup();
        if !p.iter().any(|(_, c)| c.seg.has(Flags::SYN)) {
            self.caveats.push(Caveat::NoHandshake);
        }
        let lost = lost_segments(p);
        let taken: Vec<usize> = (0..p.len()).filter(|&i| lost[i]).collect();
        if !taken.is_empty() {
            self.caveats.push(Caveat::Lost(taken));
        }
        let events = self.events();
        let mut done = vec![false; events.len()];
        for e in 0..events.len() {
            if done[e] {
                continue;
            }
            let event = events[e];
            if let Some((limit, at)) = self.full {
                self.caveats.push(Caveat::Limited {
                    at: at.unwrap_or(event.packet),
                    total: conn.packets,
                    limit,
                });
                return;
            }
            if self.failed {
                self.caveats.push(Caveat::Stopped(event.packet));
                return;
            }
            self.advance_to(event.at);
            if event.arrival {
                if lost[event.packet] {
                    continue;
                }
                for k in self.sent_before(&events, e) {
                    done[k] = true;
                    self.send(events[k].packet, &lost);
                }
                self.arrive(event.packet);
            } else {
                self.send(event.packet, &lost);
            }
        }
        // A limit met at the last segment itself.
        if let Some((limit, Some(at))) = self.full {
            self.caveats.push(Caveat::Limited {
                at,
                total: conn.packets,
                limit,
            });
        }
        if self.unseen > 0 {
            self.caveats.push(Caveat::Unseen(self.unseen));
        }
        let (packets, bytes) = core::mem::take(&mut self.not_kept);
        if !packets.is_empty() {
            self.caveats.push(Caveat::NotKept { packets, bytes });
        }
        for side in Side::BOTH {
            if self
                .sim
                .outbox(side)
                .iter()
                .any(|out| !discardable(&out.seg, out.reason))
            {
                self.differ(p.len().saturating_sub(1), side, Kind::EngineWouldSend);
            }
        }
    }

    /// Settings from the capture: ISNs, windows, segment size, manual mode.
    fn setup(&mut self) {
        let p = self.packets;
        let mut mss = 1;
        for (_, c) in p {
            mss = mss.max(c.data_len() as u32);
        }
        self.comment(
            "The wire's delay is 1 ms more, so that a segment always arrives after it left;",
        );
        self.comment("the segment size is the largest captured, so each segment stays one.");
        self.exec(Stmt::Set(Setting::Latency(
            self.latency + Duration::from_millis(1),
        )));
        self.exec(Stmt::Set(Setting::Mss(mss.min(MAX_PAYLOAD as u32))));
        // The captured TCPs' own congestion control chose what they sent
        // and when; the engines' would choose otherwise (hold data back,
        // resend on duplicate ACKs), so the capture is replayed with
        // theirs off, whatever the session had (`fast-retransmit` and
        // `not-formed` in docs/real-stacks.md).
        self.comment("congestion control off: the captured TCPs' own chose what they sent.");
        for side in Side::BOTH {
            self.exec(Stmt::Set(Setting::Cc(side, CongestionControl::Off)));
        }
        let mut options = BySide::<Option<u8>>::default();
        for side in Side::BOTH {
            let syn = p.iter().find(|(s, c)| *s == side && c.seg.has(Flags::SYN));
            if let Some((_, c)) = syn {
                self.exec(Stmt::Set(Setting::Isn(side, c.seg.seq.0)));
                self.exec(Stmt::Set(Setting::Window(side, u32::from(c.seg.wnd))));
                options[side] = c.seg.options.iter().find_map(|o| match o {
                    TcpOption::WindowScale(s) => Some((*s).min(14)),
                    _ => None,
                });
            }
        }
        if let (Some(c), Some(s)) = (options[Side::Client], options[Side::Server]) {
            self.scale = BySide::new(c, s);
        }
        self.exec(Stmt::Set(Setting::Auto(Side::Client, false)));
        self.exec(Stmt::Set(Setting::Auto(Side::Server, false)));
        let server_answers = p
            .iter()
            .any(|(s, c)| *s == Side::Server && c.seg.has(Flags::SYN | Flags::ACK));
        if server_answers {
            self.exec(Stmt::Call(Side::Server, CallSpec::Listen));
        }
    }

    /// Every send and arrival, in time order (capture order on ties).
    fn events(&self) -> Vec<Event> {
        let p = self.packets;
        let ms = |d: Duration| Duration::from_millis(d.as_millis() as u64);
        let first = p.first().map_or(Duration::ZERO, |(_, c)| ms(c.time));
        let mut events = Vec::with_capacity(p.len() * 2);
        for (i, (side, c)) in p.iter().enumerate() {
            // Shifted by the delay, so that the far side's sends are never
            // before time zero.
            let seen = ms(c.time).saturating_sub(first) + self.latency;
            let (sent, arrived) = if *side == self.near {
                (seen, seen + self.latency)
            } else {
                (seen - self.latency, seen)
            };
            events.push(Event {
                at: sent,
                packet: i,
                arrival: false,
            });
            events.push(Event {
                at: arrived,
                packet: i,
                arrival: true,
            });
        }
        events.sort();
        events
    }

    /// The sends just after arrival `e` that its host's TCP made before it
    /// took that segment in. A capture sees an arriving segment before the
    /// TCP does: a segment sent within the next millisecond whose ACK stops
    /// exactly where the arriving, in-order data begins was sent without
    /// it (closes cross this way).
    fn sent_before(&self, events: &[Event], e: usize) -> Vec<usize> {
        let p = self.packets;
        let (from, arrived) = &p[events[e].packet];
        let to = from.other();
        let rcv_nxt = self.sim.endpoint(to).tcb().rcv_nxt;
        if arrived.seg_len() == 0 || arrived.seg.seq != rcv_nxt {
            return Vec::new();
        }
        let soon = |c: &Captured| c.time.saturating_sub(arrived.time) < Duration::from_millis(1);
        // The next few events at most: a capture with thousands in one
        // millisecond would otherwise be looked through once per arrival.
        events[e + 1..]
            .iter()
            .take(SENT_BEFORE_LOOKAHEAD)
            .enumerate()
            .take_while(|(_, ev)| soon(&p[ev.packet].1))
            .filter(|(_, ev)| {
                let (side, c) = &p[ev.packet];
                !ev.arrival && *side == to && c.seg.has(Flags::ACK) && c.seg.ack == rcv_nxt
            })
            .map(|(k, _)| e + 1 + k)
            .collect()
    }

    fn advance_to(&mut self, at: Duration) {
        let now = self.sim.now().saturating_since(crate::time::Instant::ZERO);
        if at > now {
            self.exec(Stmt::Advance(at - now));
        }
    }

    /// Segment `i` is sent (and lost at once when it is taken as lost).
    fn send(&mut self, i: usize, lost: &[bool]) {
        self.send_one(i);
        if lost[i] {
            self.lose(i);
        }
    }

    fn send_one(&mut self, i: usize) {
        let (side, c) = &self.packets[i];
        let (side, real, len) = (*side, &c.seg, c.data_len());
        // Numbered from 1, as the panel and Wireshark number them.
        self.comment(&format!(
            "{}: {side} sends {} seq={} ack={} win={} len={len}",
            i + 1,
            real.flags,
            real.seq,
            real.ack,
            real.wnd,
        ));
        if real.has(Flags::SYN) && !c.seg.options.is_empty() {
            self.differ(i, side, Kind::SynOptions);
        }
        self.calls(i);
        let wnd = self.window(i, side, real);
        let found = self
            .sim
            .outbox(side)
            .iter()
            .take(OUTBOX_SEARCH)
            .position(|out| {
                let f = Flags::SYN | Flags::FIN | Flags::RST;
                out.seg.seq == real.seq
                    && out.seg.flags & f == real.flags & f
                    && out.seg.payload.len() == len
                    && (!out.seg.has(Flags::ACK) || out.seg.ack == real.ack)
                    && (out.seg.has(Flags::ACK) == real.has(Flags::ACK)
                        || (real.has(Flags::RST) && out.reason == Reason::Abort))
            });
        match found {
            Some(k) if self.skippable(side, k, real) => {
                if self.past_unseen_limit(side, k) {
                    self.full.get_or_insert((Limit::Unseen, Some(i)));
                    self.failed = true;
                    return;
                }
                for _ in 0..k {
                    let out = &self.sim.outbox(side)[0];
                    if discardable(&out.seg, out.reason) {
                        if out.seg.seg_len() == 0 && !out.seg.has(Flags::RST) {
                            self.differ(i, side, Kind::DelayedAck);
                        }
                        self.exec(Stmt::Discard(side, 1));
                    } else {
                        self.unseen(side);
                    }
                }
                let formed = self.sim.outbox(side)[0].seg.clone();
                if formed.has(Flags::ACK) != real.has(Flags::ACK) {
                    self.differ(i, side, Kind::RstCarriesAck);
                }
                let edit = (formed.flags != real.flags
                    || formed.wnd != wnd
                    || formed.ack != real.ack
                    || formed.options != real.options)
                    .then(|| {
                        Box::new(SegSpec {
                            flags: real.flags,
                            ack: (formed.ack != real.ack).then_some(SeqExpr::Num(real.ack.0)),
                            win: (formed.wnd != wnd).then_some(u32::from(wnd)),
                            options: (formed.options != real.options).then(|| real.options.clone()),
                            ..SegSpec::default()
                        })
                    });
                self.lines[i] = self.line + 1;
                self.exec(Stmt::Release(side, 1, edit));
            }
            _ => {
                let kind = self.why_not_formed(i);
                self.differ(i, side, kind);
                let data = self.injected_data(i);
                let spec = SegSpec {
                    flags: real.flags,
                    seq: Some(SeqExpr::Num(real.seq.0)),
                    ack: real.has(Flags::ACK).then_some(SeqExpr::Num(real.ack.0)),
                    win: Some(u32::from(wnd)),
                    len: (len > 0 && data.is_none()).then_some(len.min(MAX_PAYLOAD) as u32),
                    data,
                    options: (!real.options.is_empty()).then(|| real.options.clone()),
                };
                self.lines[i] = self.line + 1;
                self.exec(Stmt::Inject(side, spec));
            }
        }
        self.ids[i] = self.sim.wire().iter().last().map(|f| f.id);
    }

    /// The data segment `i` carries when it goes onto the wire as captured
    /// (`inject`): its text, while the budget lasts. A hand-made segment
    /// carries text only: other data is sent as filler, and named.
    fn injected_data(&mut self, i: usize) -> Option<String> {
        let c = &self.packets[i].1;
        let bytes = &c.seg.payload;
        if c.data_len() == 0 {
            return None;
        }
        let text = core::str::from_utf8(bytes)
            .ok()
            .filter(|t| !c.cut && t.len() <= self.text_left && t.len() <= MAX_PAYLOAD);
        match text {
            Some(t) => {
                self.text_left -= t.len();
                Some(t.to_string())
            }
            None => {
                self.not_kept.0.push(i);
                self.not_kept.1 += c.data_len() as u64;
                None
            }
        }
    }

    /// Whether the outbox's first `k` segments may go before `real`: ACKs
    /// the real stack did not send and copies of what was sent before are
    /// thrown away; data before `real`'s was sent and never reached the
    /// capture (see [`Replayer::unseen`]).
    fn skippable(&self, side: Side, k: usize, real: &Segment) -> bool {
        self.sim.outbox(side)[..k].iter().all(|out| {
            discardable(&out.seg, out.reason)
                || (!out.seg.payload.is_empty() && (out.seg.seq + out.seg.seg_len()).le(real.seq))
        })
    }

    /// Whether sending the first `k` segments of `side`'s outbox before
    /// the captured one would take the replay past [`MAX_REPLAY_UNSEEN`]
    /// segments the capture never saw.
    fn past_unseen_limit(&self, side: Side, k: usize) -> bool {
        let unseen = self.sim.outbox(side)[..k]
            .iter()
            .filter(|out| !discardable(&out.seg, out.reason))
            .count();
        self.unseen + unseen > MAX_REPLAY_UNSEEN
    }

    /// The first outbox segment was sent and lost before the capture point
    /// could see it: the capture holds later data, never this.
    fn unseen(&mut self, side: Side) {
        self.comment("not in the capture: lost before it reached the capture point");
        self.exec(Stmt::Release(side, 1, None));
        let id = self.sim.wire().iter().last().map(|f| f.id);
        let n = self
            .sim
            .wire()
            .iter()
            .filter(|f| f.from == side)
            .position(|f| Some(f.id) == id);
        if let Some(n) = n {
            self.exec(Stmt::Drop(Selector {
                from: Some(side),
                n: n + 1,
            }));
        }
        self.unseen += 1;
    }

    /// The application calls that make `side`'s TCP send segment `i`.
    fn calls(&mut self, i: usize) {
        let (side, c) = &self.packets[i];
        let (side, real) = (*side, &c.seg);
        let state = self.sim.endpoint(side).state();
        if real.has(Flags::SYN) && !real.has(Flags::ACK) && state == State::Closed {
            self.exec(Stmt::Call(side, CallSpec::Connect));
        }
        let tcb = *self.sim.endpoint(side).tcb();
        let synchronized = !matches!(state, State::Closed | State::Listen);
        let len = c.data_len();
        if synchronized && len > 0 {
            let first = real.seq + u32::from(real.has(Flags::SYN));
            let end = first + len as u32;
            let queued_end = tcb.iss + 1 + self.queued[side];
            if end.gt(queued_end) && !self.closed[side] {
                let new = end.since(queued_end) as usize;
                self.queued[side] += new as u32;
                // More than this segment holds: the capture missed data sent
                // before it, whose bytes it never saw.
                // (A cut segment's bytes are not all there: never kept.)
                let kept = match real.payload.get(real.payload.len().wrapping_sub(new)..) {
                    Some(bytes) if new <= len => {
                        (!c.cut && bytes.len() <= self.text_left).then_some(bytes)
                    }
                    _ => None,
                };
                let sent = match kept {
                    Some(bytes) => {
                        self.text_left -= bytes.len();
                        payload(bytes)
                    }
                    None => {
                        self.not_kept.0.push(i);
                        self.not_kept.1 += new as u64;
                        Payload::Filler(new as u32)
                    }
                };
                self.exec(Stmt::Call(side, CallSpec::Send(sent)));
            }
        }
        if real.has(Flags::FIN) && !self.closed[side] && synchronized {
            self.closed[side] = true;
            self.exec(Stmt::Call(side, CallSpec::Close));
        }
        let formed_rst = self
            .sim
            .outbox(side)
            .iter()
            .any(|out| out.seg.has(Flags::RST));
        if real.has(Flags::RST) && !formed_rst && synchronized {
            self.closed[side] = true;
            self.exec(Stmt::Call(side, CallSpec::Abort));
        }
    }

    /// Why the engine did not form segment `i` itself.
    fn why_not_formed(&self, i: usize) -> Kind {
        let (side, c) = &self.packets[i];
        let real = &c.seg;
        let ep = self.sim.endpoint(*side);
        let tcb = ep.tcb();
        let resent = c.seg_len() > 0 && real.seq.lt(tcb.snd_nxt);
        if resent && self.after_duplicate_acks(i) {
            return Kind::FastRetransmit;
        }
        if resent
            && ep
                .timers()
                .iter()
                .any(|t| t.kind == TimerKind::Retransmission)
        {
            return Kind::EarlyRetransmission;
        }
        let end = real.seq + c.seg_len();
        if c.data_len() > 0 && end.gt(tcb.snd_una + tcb.snd_wnd) {
            return Kind::BeyondWindow;
        }
        Kind::NotFormed
    }

    /// Whether segment `i` resends data within a round trip of the third
    /// duplicate ACK asking for it (RFC 5681 §3.2); a retransmission timer
    /// fires later than that, at least a second after the data left
    /// (RFC 6298 §2.4), or 200 ms on Linux.
    fn after_duplicate_acks(&self, i: usize) -> bool {
        let (side, c) = &self.packets[i];
        // The first ACK asking for this byte is not a duplicate.
        let third = self
            .asks
            .get(&(*side, c.seg.seq.0))
            .and_then(|at| at.get(3))
            .filter(|&&k| k < i);
        third.is_some_and(|&k| {
            let p = &self.packets[k].1;
            c.time.saturating_sub(p.time) <= 2 * self.latency + Duration::from_millis(20)
        })
    }

    /// The window segment `i` advertises, in bytes as the playground shows
    /// it: scaled (RFC 7323 §2.3), at most 65535.
    fn window(&mut self, i: usize, side: Side, real: &Segment) -> u16 {
        let shift = self.scale[side];
        if shift == 0 || real.has(Flags::SYN) {
            return real.wnd;
        }
        if !self.scaling_named[side] && real.wnd > 0 {
            self.scaling_named[side] = true;
            self.differ(i, side, Kind::WindowScaling);
        }
        u16::try_from(u32::from(real.wnd) << shift).unwrap_or(u16::MAX)
    }

    /// Segment `i` reaches the other side now.
    fn arrive(&mut self, i: usize) {
        let Some(sel) = self.selector(i) else { return };
        self.exec(Stmt::Deliver(sel));
    }

    /// Segment `i` is lost on the way.
    fn lose(&mut self, i: usize) {
        let Some(sel) = self.selector(i) else { return };
        self.comment(&format!("{}: sent again later, so taken as lost", i + 1));
        self.exec(Stmt::Drop(sel));
    }

    /// How a statement names segment `i` while it is in flight.
    fn selector(&self, i: usize) -> Option<Selector> {
        let id = self.ids[i]?;
        let from = self.packets[i].0;
        let n = self
            .sim
            .wire()
            .iter()
            .filter(|f| f.from == from)
            .position(|f| f.id == id)?;
        Some(Selector {
            from: Some(from),
            n: n + 1,
        })
    }
}

/// An outbox segment the real stack may not have sent without the
/// connection's state going wrong: a bare ACK or a copy.
fn discardable(seg: &Segment, reason: Reason) -> bool {
    let bare_ack = seg.seg_len() == 0 && !seg.has(Flags::RST);
    bare_ack || matches!(reason, Reason::Retransmission { .. } | Reason::WindowProbe)
}

/// The bytes an application sends, as captured: text when they are UTF-8
/// (HTTP is), else bytes (the scenario escapes what is not printable).
fn payload(bytes: &[u8]) -> Payload {
    match core::str::from_utf8(bytes) {
        Ok(t) => Payload::Text(t.to_string()),
        Err(_) => Payload::Bytes(bytes.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::Address;
    use crate::seq::SeqNum;
    use proptest::prelude::*;

    /// The definition, segment by segment (quadratic): what
    /// [`lost_segments`] must agree with.
    fn lost_by_definition(packets: &[(Side, Captured)], i: usize) -> bool {
        let (from, c) = &packets[i];
        if c.seg_len() == 0 {
            return false;
        }
        for (side, later) in &packets[i + 1..] {
            if side == from {
                if later.seg.seq == c.seg.seq && later.seg_len() > 0 {
                    return true;
                }
            } else if later.seg.has(Flags::ACK) && later.seg.ack.gt(c.seg.seq) {
                return false;
            }
        }
        false
    }

    fn packet(side: Side, seq: u32, ack: Option<u32>, len: u32) -> (Side, Captured) {
        let at = |port| Address {
            ip: std::net::Ipv4Addr::LOCALHOST.into(),
            port,
        };
        let (from, to) = match side {
            Side::Client => (at(1), at(2)),
            Side::Server => (at(2), at(1)),
        };
        let seg = Segment {
            seq: SeqNum(seq),
            ack: SeqNum(ack.unwrap_or(0)),
            flags: if ack.is_some() {
                Flags::ACK
            } else {
                Flags::NONE
            },
            wnd: 0,
            payload: Default::default(),
            options: Vec::new(),
        };
        let captured = Captured {
            time: Duration::ZERO,
            from,
            to,
            seg,
            cut: len > 0,
            missing: len,
        };
        (side, captured)
    }

    proptest! {
        #[test]
        fn loss_found_in_one_pass_is_the_definitions(
            steps in proptest::collection::vec((any::<bool>(), 0u32..12, proptest::option::of(0u32..14), 0u32..3), 0..60),
            base in any::<u32>(),
        ) {
            // Small numbers near a base (which may wrap), both ways.
            let packets: Vec<_> = steps
                .iter()
                .map(|&(client, seq, ack, len)| {
                    let side = if client { Side::Client } else { Side::Server };
                    packet(side, base.wrapping_add(seq), ack.map(|a| base.wrapping_add(a)), len)
                })
                .collect();
            let fast = lost_segments(&packets);
            for (i, &found) in fast.iter().enumerate() {
                prop_assert_eq!(found, lost_by_definition(&packets, i), "segment {}", i);
            }
        }
    }

    #[test]
    fn loss_among_a_million_unacknowledged_segments_takes_one_pass() {
        // One byte each, never acknowledged, then the first sent again:
        // the definition, segment by segment, looks through the rest for
        // each (5 × 10^11 steps).
        let n = 1_000_000u32;
        let mut packets: Vec<_> = (0..n).map(|k| packet(Side::Client, k, None, 1)).collect();
        packets.push(packet(Side::Client, 0, None, 1));
        let started = std::time::Instant::now();
        let lost = lost_segments(&packets);
        assert!(lost[0] && !lost[1] && !lost[n as usize]);
        // Well under a second optimised; generous for a debug build on a
        // busy machine.
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
    }
}
