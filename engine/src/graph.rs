//! The graphs of a transfer over time, as typed series that the UI only
//! scales and draws: the time-sequence graph of one direction (tcptrace's,
//! as Wireshark's TCP Stream Graphs draw it) and the congestion graph of
//! one sender. Read from the simulation's trace and window history; times
//! are the engine's [`Instant`]s, numbers [`SeqNum`]s (the UI shows them in
//! the student's numbering).

use crate::log::Log;
use crate::note::{Note, Reason};
use crate::options::TcpOption;
use crate::samples::WindowSample;
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::sim::{BySide, DropCause, Event, Origin, Side, TraceEntry};
use crate::time::Instant;
use std::collections::HashMap;

/// What a segment on the time-sequence graph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BarKind {
    /// Sequence space sent for the first time.
    New,
    /// Sequence space sent before, sent again (by the retransmission
    /// timer, or in a capture).
    Retransmission,
    /// Sent again by fast retransmit or a NewReno partial ACK (RFC 5681
    /// §3.2, RFC 6582 §3.2), before the timer.
    FastRetransmit,
    /// One octet beyond a zero window (RFC 9293 §3.8.6.1).
    WindowProbe,
    /// Hand-made by the student.
    Injected,
    /// A copy the wire made.
    Copy,
}

/// What became of a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// Still on the wire (or the trace ends first).
    InFlight,
    /// Arrived at the peer.
    Delivered(Instant),
    /// Lost.
    Lost {
        /// When.
        at: Instant,
        /// Why.
        cause: DropCause,
    },
}

/// A segment that occupies sequence space: a vertical bar from its first
/// to its last octet, at the time it was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The trace entry that sent it (the ladder's row, the log's line).
    pub entry: u32,
    /// Its id on the wire.
    pub id: u64,
    /// When it was sent.
    pub sent: Instant,
    /// SEG.SEQ.
    pub seq: SeqNum,
    /// SEG.LEN (SYN and FIN count one).
    pub len: u32,
    /// What it is.
    pub kind: BarKind,
    /// What became of it.
    pub fate: Fate,
}

impl Bar {
    /// The number after its last octet (SEG.SEQ + SEG.LEN).
    pub fn end(&self) -> SeqNum {
        self.seq + self.len
    }

    /// When it is drawn at `moment`: its sending; or its arrival at the
    /// peer (a lost segment where it was lost; one still on the wire is
    /// not drawn).
    pub fn time(&self, moment: Moment) -> Option<Instant> {
        match (moment, self.fate) {
            (Moment::Sent, _) => Some(self.sent),
            (Moment::Arrived, Fate::Delivered(at) | Fate::Lost { at, .. }) => Some(at),
            (Moment::Arrived, Fate::InFlight) => None,
        }
    }
}

/// Which moment of a segment the time-sequence graph draws it at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Moment {
    /// When it was sent (tcptrace's graph, at the sender).
    #[default]
    Sent,
    /// When it arrived at the receiver.
    Arrived,
}

/// An acknowledgment the data's sender received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AckPoint {
    /// The trace entry that sent it (the ladder's row, the log's line).
    pub entry: u32,
    /// When it arrived.
    pub time: Instant,
    /// SEG.ACK: the acknowledged edge.
    pub ack: SeqNum,
    /// SEG.ACK + SEG.WND (scaled if both SYNs offered window scaling, RFC
    /// 7323 §2.2): the receive window's right edge.
    pub edge: SeqNum,
    /// Its SACK blocks (RFC 2018), left and right edges.
    pub sack: Vec<(SeqNum, SeqNum)>,
}

/// The time-sequence graph of one direction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeSequence {
    /// The segments with sequence space, in the order sent.
    pub bars: Vec<Bar>,
    /// The acknowledgments received, in order.
    pub acks: Vec<AckPoint>,
    /// The lowest number drawn (the sender's ISS when its SYN is in the
    /// trace): offsets are counted from it.
    pub origin: Option<SeqNum>,
    /// The highest offset from [`TimeSequence::origin`] drawn.
    pub top: u32,
    /// The first and last times drawn.
    pub span: Option<(Instant, Instant)>,
    /// Indices of the bars that arrived or were lost, in the order of
    /// that moment (for [`Moment::Arrived`]).
    pub arrivals: Vec<u32>,
}

/// What the trace tells of one segment from the other side, until it arrives.
#[derive(Clone, Debug)]
struct PendingAck {
    entry: u32,
    ack: SeqNum,
    wnd: u32,
    syn: bool,
    sack: Vec<(SeqNum, SeqNum)>,
}

/// The largest window shift (RFC 7323 §2.3).
const MAX_SHIFT: u8 = 14;

/// The kind of a segment with sequence space sent by the data's sender.
fn bar_kind(
    seg: &Segment,
    origin: Origin,
    reason: Option<Reason>,
    high: Option<SeqNum>,
) -> BarKind {
    let again = high.is_some_and(|h| seg.seq.lt(h));
    match (origin, reason) {
        (Origin::Duplicate { .. }, _) => BarKind::Copy,
        (_, Some(Reason::WindowProbe)) => BarKind::WindowProbe,
        (_, Some(Reason::FastRetransmit)) if again => BarKind::FastRetransmit,
        _ if again => BarKind::Retransmission,
        (Origin::Injected, _) => BarKind::Injected,
        (Origin::Tcp | Origin::Released, _) => BarKind::New,
    }
}

fn sack_blocks(seg: &Segment) -> Vec<(SeqNum, SeqNum)> {
    seg.options
        .iter()
        .flat_map(|o| match o {
            TcpOption::Sack(blocks) => blocks
                .iter()
                .map(|&(l, r)| (SeqNum(l), SeqNum(r)))
                .collect(),
            TcpOption::Mss(_)
            | TcpOption::WindowScale(_)
            | TcpOption::SackPermitted
            | TcpOption::Timestamps(..)
            | TcpOption::Unknown { .. } => Vec::new(),
        })
        .collect()
}

fn window_scale(seg: &Segment) -> Option<u8> {
    seg.options.iter().find_map(|o| match o {
        TcpOption::WindowScale(n) => Some((*n).min(MAX_SHIFT)),
        _ => None,
    })
}

/// Trace entries with their indices (forgotten ones left out).
#[cfg(test)]
fn entries(trace: &Log<TraceEntry>) -> impl Iterator<Item = (u32, &TraceEntry)> + '_ {
    let base = trace.first_kept();
    trace
        .iter()
        .enumerate()
        .map(move |(k, e)| (u32::try_from(base + k).unwrap_or(u32::MAX), e))
}

/// The graphs of one side read from a trace a slice at a time: a long
/// trace is read between frames, and a trace that grew is read only from
/// where the last reading stopped. What it gives is what
/// [`TimeSequence::of`] and [`CongestionGraph::of`] give for the whole
/// trace (they are this reader, reading all of it at once).
#[derive(Clone, Debug)]
pub struct Reader {
    side: Side,
    /// The index of the next trace entry to read.
    next: usize,
    /// The first entry kept when reading began (forgetting more restarts).
    first: usize,
    /// The last entry read: a trace without it there is another trace.
    last: Option<TraceEntry>,
    ts: TimeSequence,
    /// The end of the highest octet sent so far.
    high: Option<SeqNum>,
    /// The other side's segments with an ACK, until they arrive.
    pending: HashMap<u64, PendingAck>,
    /// The window shift each side's SYN offered.
    scale: BySide<Option<u8>>,
    events: Vec<CcEvent>,
    queue: Vec<(Instant, u32)>,
}

impl Reader {
    /// A reader of `side`'s graphs (the data it sends, its congestion
    /// window) that has read nothing yet.
    pub fn new(side: Side) -> Reader {
        Reader {
            side,
            next: 0,
            first: 0,
            last: None,
            ts: TimeSequence::default(),
            high: None,
            pending: HashMap::new(),
            scale: BySide::default(),
            events: Vec::new(),
            queue: Vec::new(),
        }
    }

    /// Whose graphs it reads.
    pub fn side(&self) -> Side {
        self.side
    }

    /// Whether everything `trace` holds has been read.
    pub fn done(&self, trace: &Log<TraceEntry>) -> bool {
        self.next >= trace.len()
    }

    /// Reads up to `most` more entries of `trace`; whether it has read all
    /// of it. A trace that is not the one read so far grown (an entry read
    /// is no longer there, or more were forgotten) is read again from its
    /// start.
    pub fn read(&mut self, trace: &Log<TraceEntry>, most: usize) -> bool {
        let same = self.next <= trace.len()
            && self.first == trace.first_kept()
            && match &self.last {
                None => self.next == 0,
                Some(last) => self.next.checked_sub(1).and_then(|i| trace.get(i)) == Some(last),
            };
        if !same {
            *self = Reader::new(self.side);
        }
        if self.next == 0 {
            self.first = trace.first_kept();
            self.next = self.first;
        }
        let until = self.next.saturating_add(most).min(trace.len());
        for i in self.next..until {
            if let Some(e) = trace.get(i) {
                self.entry(u32::try_from(i).unwrap_or(u32::MAX), e);
            }
        }
        if until > self.next {
            self.last = trace.get(until - 1).cloned();
            self.next = until;
        }
        self.done(trace)
    }

    /// One trace entry: what it changes on either graph.
    fn entry(&mut self, entry: u32, e: &TraceEntry) {
        let from = self.side;
        let graph = &mut self.ts;
        match &e.event {
            Event::Sent {
                id,
                from: sender,
                seg,
                origin,
                reason,
                ..
            } => {
                if seg.has(Flags::SYN) {
                    self.scale[*sender] = window_scale(seg);
                }
                if *sender == from && seg.seg_len() > 0 {
                    let kind = bar_kind(seg, *origin, *reason, self.high);
                    let end = seg.seq + seg.seg_len();
                    if self.high.is_none_or(|h| end.gt(h)) {
                        self.high = Some(end);
                    }
                    graph.bars.push(Bar {
                        entry,
                        id: *id,
                        sent: e.time,
                        seq: seg.seq,
                        len: seg.seg_len(),
                        kind,
                        fate: Fate::InFlight,
                    });
                } else if *sender != from && seg.has(Flags::ACK) {
                    self.pending.insert(
                        *id,
                        PendingAck {
                            entry,
                            ack: seg.ack,
                            wnd: u32::from(seg.wnd),
                            syn: seg.has(Flags::SYN),
                            sack: sack_blocks(seg),
                        },
                    );
                }
            }
            Event::Delivered { id, to } if *to == from => {
                if let Some(p) = self.pending.remove(id) {
                    // Both SYNs offered scaling: later windows are shifted
                    // by what the window's sender offered (RFC 7323 §2.2).
                    let shift = match (self.scale[from], self.scale[from.other()]) {
                        (Some(_), Some(theirs)) if !p.syn => theirs,
                        _ => 0,
                    };
                    graph.acks.push(AckPoint {
                        entry: p.entry,
                        time: e.time,
                        ack: p.ack,
                        edge: p.ack + (p.wnd << shift),
                        sack: p.sack,
                    });
                }
            }
            Event::Delivered { id, .. } => {
                if let Some(bar) = graph.bar_mut(*id) {
                    bar.fate = Fate::Delivered(e.time);
                }
            }
            Event::Dropped { id, cause, .. } => {
                self.pending.remove(id);
                if let Some(bar) = graph.bar_mut(*id) {
                    bar.fate = Fate::Lost {
                        at: e.time,
                        cause: *cause,
                    };
                }
            }
            Event::Note { side, note } if *side == from => {
                if let Some((kind, cwnd, ssthresh)) = CcEventKind::of(note) {
                    self.events.push(CcEvent {
                        entry,
                        time: e.time,
                        kind,
                        cwnd,
                        ssthresh,
                    });
                }
            }
            Event::Queue { from: queue, len } if *queue == from => {
                self.queue
                    .push((e.time, u32::try_from(*len).unwrap_or(u32::MAX)));
            }
            // Nothing else moves a number on these graphs.
            Event::Note { .. }
            | Event::Queue { .. }
            | Event::Call { .. }
            | Event::Queued { .. }
            | Event::Discarded { .. }
            | Event::Delayed { .. }
            | Event::TimerFired { .. }
            | Event::StateChanged { .. }
            | Event::Signal { .. }
            | Event::Received { .. }
            | Event::Setting(_)
            | Event::Seed(_) => {}
        }
    }

    /// The time-sequence graph of what has been read (of `trace`).
    pub fn time_sequence(&self, trace: &Log<TraceEntry>) -> TimeSequence {
        let mut graph = TimeSequence {
            bars: self.ts.bars.clone(),
            acks: self.ts.acks.clone(),
            ..TimeSequence::default()
        };
        graph.measure(trace);
        graph.order_arrivals();
        graph
    }

    /// The congestion graph of what has been read (of `trace`), with the
    /// side's window history `samples`.
    pub fn congestion(
        &self,
        trace: &Log<TraceEntry>,
        samples: &Log<WindowSample>,
    ) -> CongestionGraph {
        let samples: Vec<WindowSample> = samples.iter().copied().collect();
        let first = trace.get(trace.first_kept()).map(|e| e.time);
        CongestionGraph {
            cc: samples.iter().any(|s| s.cc.is_some()),
            samples,
            events: self.events.clone(),
            queue: self.queue.clone(),
            span: first.zip(trace.last().map(|e| e.time)),
        }
    }
}

impl TimeSequence {
    /// The time-sequence graph of the data `from` sends, from the trace.
    pub fn of(trace: &Log<TraceEntry>, from: Side) -> TimeSequence {
        let mut reader = Reader::new(from);
        reader.read(trace, usize::MAX);
        reader.time_sequence(trace)
    }

    /// Sorts the bars that ended (arrived or lost) by when they did.
    fn order_arrivals(&mut self) {
        let mut ended: Vec<(Instant, u32)> = self
            .bars
            .iter()
            .enumerate()
            .filter_map(|(i, b)| Some((b.time(Moment::Arrived)?, u32::try_from(i).ok()?)))
            .collect();
        ended.sort_unstable();
        self.arrivals = ended.into_iter().map(|(_, i)| i).collect();
    }

    /// The bar of segment `id` (bars are in the order of their ids).
    fn bar_mut(&mut self, id: u64) -> Option<&mut Bar> {
        let i = self.bars.binary_search_by_key(&id, |b| b.id).ok()?;
        self.bars.get_mut(i)
    }

    /// Finds the lowest number drawn and the extent of the rest.
    fn measure(&mut self, trace: &Log<TraceEntry>) {
        let numbers =
            self.bars
                .iter()
                .flat_map(|b| [b.seq, b.end()])
                .chain(self.acks.iter().flat_map(|a| {
                    [a.ack, a.edge]
                        .into_iter()
                        .chain(a.sack.iter().flat_map(|&(l, r)| [l, r]))
                }));
        let mut origin: Option<SeqNum> = None;
        let mut top: Option<SeqNum> = None;
        for n in numbers {
            if origin.is_none_or(|o| n.lt(o)) {
                origin = Some(n);
            }
            if top.is_none_or(|t| n.gt(t)) {
                top = Some(n);
            }
        }
        // The ISS, when the sender's SYN is drawn.
        if let Some(first) = self.bars.first() {
            if first.seq.le(origin.unwrap_or(first.seq)) {
                origin = Some(first.seq);
            }
        }
        self.origin = origin;
        self.top = match (origin, top) {
            (Some(o), Some(t)) => t.since(o),
            _ => 0,
        };
        let first = trace.get(trace.first_kept()).map(|e| e.time);
        self.span = first.zip(trace.last().map(|e| e.time));
    }

    /// `n`'s height: its offset from [`TimeSequence::origin`] (negative
    /// below it), with wrapping comparisons.
    pub fn offset(&self, n: SeqNum) -> i64 {
        match self.origin {
            None => 0,
            Some(o) if n.ge(o) => i64::from(n.since(o)),
            Some(o) => -i64::from(o.since(n)),
        }
    }

    /// The number at offset `offset` from the origin (for the axis' ticks).
    pub fn number_at(&self, offset: u32) -> SeqNum {
        self.origin.unwrap_or(SeqNum(0)) + offset
    }

    /// What the graph shows at time `t`: the highest number sent by then,
    /// and the last acknowledgment received.
    pub fn at(&self, t: Instant) -> Figures {
        let sent = self.bars.partition_point(|b| b.sent <= t);
        let highest = self.bars[..sent]
            .iter()
            .map(Bar::end)
            .reduce(|a, b| if b.gt(a) { b } else { a });
        let acked = self.acks.partition_point(|a| a.time <= t);
        let last = acked.checked_sub(1).and_then(|i| self.acks.get(i));
        Figures {
            highest,
            ack: last.map(|a| a.ack),
            edge: last.map(|a| a.edge),
            sent,
            retransmitted: self.bars[..sent]
                .iter()
                .filter(|b| matches!(b.kind, BarKind::Retransmission | BarKind::FastRetransmit))
                .count(),
            lost: self.bars[..sent]
                .iter()
                .filter(|b| matches!(b.fate, Fate::Lost { at, .. } if at <= t))
                .count(),
        }
    }

    /// The bars drawn at `moment` from `from` to `to`, at most one of
    /// each look per column of `columns` across the range (per-pixel
    /// minimum and maximum, as the screen cannot show more): a zoomed-out
    /// 10,000-segment session draws a few hundred shapes. A group of one
    /// is exact.
    pub fn visible(&self, moment: Moment, from: Instant, to: Instant, columns: u32) -> Vec<Shown> {
        let bars: Vec<(Instant, &Bar)> = match moment {
            Moment::Sent => {
                let start = self.bars.partition_point(|b| b.sent < from);
                let end = self.bars.partition_point(|b| b.sent <= to);
                self.bars[start..end].iter().map(|b| (b.sent, b)).collect()
            }
            Moment::Arrived => {
                let at = |&i: &u32| self.bars[i as usize].time(moment).unwrap_or(from);
                let start = self.arrivals.partition_point(|i| at(i) < from);
                let end = self.arrivals.partition_point(|i| at(i) <= to);
                self.arrivals[start..end.max(start)]
                    .iter()
                    .map(|i| (at(i), &self.bars[*i as usize]))
                    .collect()
            }
        };
        let width = to.as_millis().saturating_sub(from.as_millis()).max(1);
        let columns = u64::from(columns.max(1));
        let mut out: Vec<Shown> = Vec::new();
        // The last group of each look, by look.
        let mut open: HashMap<(BarKind, bool), usize> = HashMap::new();
        for (time, bar) in bars {
            let column = (time.as_millis() - from.as_millis()) * columns / width;
            let look = (bar.kind, matches!(bar.fate, Fate::Lost { .. }));
            let (low, high) = (self.offset(bar.seq), self.offset(bar.end()));
            match open.get(&look).and_then(|&i| out.get_mut(i)) {
                Some(group) if group.column == column => {
                    group.low = group.low.min(low);
                    group.high = group.high.max(high);
                    group.count += 1;
                }
                _ => {
                    open.insert(look, out.len());
                    out.push(Shown {
                        bar: *bar,
                        time,
                        column,
                        low,
                        high,
                        count: 1,
                    });
                }
            }
        }
        out
    }

    /// What happened on this graph, in order: every segment that was not
    /// new data, and every loss (the text alternative's events).
    pub fn happenings(&self) -> impl Iterator<Item = &Bar> + '_ {
        self.bars
            .iter()
            .filter(|b| !matches!(b.kind, BarKind::New) || matches!(b.fate, Fate::Lost { .. }))
    }
}

/// One column of a step line (a value that holds until the next point):
/// the first and last values in it, and the range between, so that a
/// line of 100,000 points draws as a few per pixel (per-pixel min/max).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// Its index across the range.
    pub column: u64,
    /// When its first point is.
    pub time: Instant,
    /// The value at its first point.
    pub first: i64,
    /// The value at its last point.
    pub last: i64,
    /// The least value in it.
    pub min: i64,
    /// The greatest value in it.
    pub max: i64,
    /// Points in it.
    pub count: u32,
}

/// A step line's points from `from` to `to` in `columns` columns, with the
/// value in force as the range begins (the last point before it).
/// `points` must be in time order.
pub fn envelope(
    points: impl IntoIterator<Item = (Instant, i64)>,
    from: Instant,
    to: Instant,
    columns: u32,
) -> (Option<i64>, Vec<Column>) {
    let width = to.as_millis().saturating_sub(from.as_millis()).max(1);
    let columns = u64::from(columns.max(1));
    let mut entering = None;
    let mut out: Vec<Column> = Vec::new();
    for (time, value) in points {
        if time < from {
            entering = Some(value);
            continue;
        }
        if time > to {
            break;
        }
        let column = (time.as_millis() - from.as_millis()) * columns / width;
        match out.last_mut() {
            Some(c) if c.column == column => {
                c.last = value;
                c.min = c.min.min(value);
                c.max = c.max.max(value);
                c.count += 1;
            }
            _ => out.push(Column {
                column,
                time,
                first: value,
                last: value,
                min: value,
                max: value,
                count: 1,
            }),
        }
    }
    (entering, out)
}

/// One shape of the time-sequence graph: a bar, or bars of one look
/// merged in one column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The first bar of the group (what selecting it selects).
    pub bar: Bar,
    /// When the first bar is drawn (its sending or its arrival).
    pub time: Instant,
    /// Its column.
    pub column: u64,
    /// The lowest offset of the group.
    pub low: i64,
    /// The highest offset of the group.
    pub high: i64,
    /// Bars in the group.
    pub count: u32,
}

/// The time-sequence graph's figures at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    /// The number after the highest octet sent so far.
    pub highest: Option<SeqNum>,
    /// The last acknowledgment received.
    pub ack: Option<SeqNum>,
    /// Its window's right edge.
    pub edge: Option<SeqNum>,
    /// Segments sent so far.
    pub sent: usize,
    /// Of them, retransmissions.
    pub retransmitted: usize,
    /// Of them, lost so far.
    pub lost: usize,
}

/// An event the congestion graph marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CcEventKind {
    /// The third duplicate ACK: fast retransmit, fast recovery begins
    /// (RFC 5681 §3.2).
    ThirdDuplicateAck,
    /// The retransmission timer fired on data (RFC 5681 §3.1).
    Timeout,
    /// A partial ACK in recovery (RFC 6582 §3.2).
    PartialAck,
    /// Fast recovery ended (RFC 5681 §3.2, RFC 6582's full ACK).
    RecoveryExit,
}

impl CcEventKind {
    /// The event a rule applied is, if any, with cwnd and (if the rule
    /// set it) ssthresh as it left them.
    pub fn of(note: &Note) -> Option<(CcEventKind, u32, Option<u32>)> {
        use CcEventKind::*;
        Some(match *note {
            // CUBIC's cut (RFC 9438 §4.6) and SACK's loss recovery (RFC
            // 6675 §5 step (4)) start at the third duplicate ACK too.
            Note::FastRetransmit { ssthresh, cwnd, .. }
            | Note::CubicDecrease { ssthresh, cwnd, .. } => {
                (ThirdDuplicateAck, cwnd, Some(ssthresh))
            }
            Note::SackRecovery { cwnd, .. } => (ThirdDuplicateAck, cwnd, None),
            Note::TimeoutWindow { ssthresh, cwnd, .. }
            | Note::TimeoutWindowAgain { ssthresh, cwnd }
            | Note::CubicTimeout { ssthresh, cwnd, .. } => (Timeout, cwnd, Some(ssthresh)),
            Note::PartialAck { cwnd, .. } => (PartialAck, cwnd, None),
            Note::FullAck { cwnd }
            | Note::FastRecoveryEnds { cwnd }
            | Note::SackRecoveryEnds { cwnd } => (RecoveryExit, cwnd, None),
            // Every other rule changes no period this graph marks.
            _ => return None,
        })
    }

    /// A stable id for the catalogs.
    pub fn id(self) -> &'static str {
        match self {
            CcEventKind::ThirdDuplicateAck => "third-dupack",
            CcEventKind::Timeout => "timeout",
            CcEventKind::PartialAck => "partial-ack",
            CcEventKind::RecoveryExit => "recovery-exit",
        }
    }
}

/// A marked event of the congestion graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CcEvent {
    /// The trace entry of the rule applied.
    pub entry: u32,
    /// When.
    pub time: Instant,
    /// What.
    pub kind: CcEventKind,
    /// cwnd as the rule set it (other events at the same moment, such as
    /// the duplicate ACKs after the third, may change it within it).
    pub cwnd: u32,
    /// ssthresh as the rule set it, if it set it.
    pub ssthresh: Option<u32>,
}

/// The congestion graph of one sender.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CongestionGraph {
    /// Its windows over time, a sample at each change.
    pub samples: Vec<WindowSample>,
    /// The events marked, in order.
    pub events: Vec<CcEvent>,
    /// Its bottleneck queue's length over time (segments waiting).
    pub queue: Vec<(Instant, u32)>,
    /// Congestion control ran at some point.
    pub cc: bool,
    /// The first and last times drawn.
    pub span: Option<(Instant, Instant)>,
}

impl CongestionGraph {
    /// The congestion graph of `side`'s sending.
    pub fn of(trace: &Log<TraceEntry>, samples: &Log<WindowSample>, side: Side) -> CongestionGraph {
        let mut reader = Reader::new(side);
        reader.read(trace, usize::MAX);
        reader.congestion(trace, samples)
    }

    /// The periods of fast recovery: from, and until (none: still in it).
    pub fn recovery(&self) -> Vec<(Instant, Option<Instant>)> {
        let mut out: Vec<(Instant, Option<Instant>)> = Vec::new();
        for s in &self.samples {
            let inside = s.cc.is_some_and(|c| c.recovery);
            let open = matches!(out.last(), Some((_, None)));
            if inside && !open {
                out.push((s.time, None));
            } else if !inside && open {
                if let Some(last) = out.last_mut() {
                    last.1 = Some(s.time);
                }
            }
        }
        out
    }

    /// The windows in force at `t`.
    pub fn at(&self, t: Instant) -> Option<&WindowSample> {
        let i = self.samples.partition_point(|s| s.time <= t);
        i.checked_sub(1).and_then(|i| self.samples.get(i))
    }

    /// The queue's length at `t`.
    pub fn queue_at(&self, t: Instant) -> u32 {
        let i = self.queue.partition_point(|q| q.0 <= t);
        i.checked_sub(1).map_or(0, |i| self.queue[i].1)
    }

    /// The largest value drawn (cwnd, ssthresh, flight, window).
    pub fn top(&self) -> u32 {
        self.samples
            .iter()
            .flat_map(|s| {
                let cc = s.cc.map_or([0, 0], |c| [c.cwnd, c.ssthresh]);
                [s.flight, s.window, cc[0], cc[1]]
            })
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::{Call, CongestionControl};
    use crate::scenario::{parse, run_script};
    use crate::sim::{Selector, Setting, Sim};
    use crate::testing::connected;
    use core::time::Duration;

    /// The time of the trace's first segment sent for `reason`.
    fn sent_for(sim: &Sim, wanted: fn(&Reason) -> bool) -> Vec<(u32, Instant)> {
        entries(sim.trace())
            .filter_map(|(i, e)| match &e.event {
                Event::Sent {
                    reason: Some(r), ..
                } if wanted(r) => Some((i, e.time)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_retransmission_is_drawn_at_the_time_and_row_of_its_sending() {
        let mut sim = connected();
        sim.call(Side::Client, Call::Send(b"hello".to_vec()));
        sim.drop_segment(Selector::FIRST).unwrap();
        sim.run(Duration::from_secs(10)).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Client);
        let ladder = sent_for(&sim, |r| matches!(r, Reason::Retransmission { .. }));
        assert_eq!(ladder.len(), 1);
        let again: Vec<&Bar> = graph
            .bars
            .iter()
            .filter(|b| b.kind == BarKind::Retransmission)
            .collect();
        assert_eq!(again.len(), 1);
        assert_eq!((again[0].entry, again[0].sent), ladder[0]);
        assert_eq!((again[0].seq, again[0].len), (SeqNum(1001), 5));
        assert!(matches!(again[0].fate, Fate::Delivered(_)));
        // The first sending was lost by hand, one RTO (1 s) earlier.
        let lost: Vec<&Bar> = graph
            .happenings()
            .filter(|b| b.kind == BarKind::New)
            .collect();
        assert_eq!(lost.len(), 1);
        assert!(matches!(
            lost[0].fate,
            Fate::Lost {
                cause: DropCause::Hand,
                ..
            }
        ));
        assert_eq!(
            again[0].sent.saturating_since(lost[0].sent),
            Duration::from_secs(1)
        );
        // The SYN is drawn: numbers count from the ISS.
        assert_eq!(graph.origin, Some(SeqNum(1000)));
        assert_eq!(graph.offset(SeqNum(1006)), 6);
        assert_eq!(graph.offset(SeqNum(999)), -1);
        // The ACK of the data ends the step line at 1006, its window above.
        let last = graph.acks.last().unwrap();
        assert_eq!(last.ack, SeqNum(1006));
        assert_eq!(
            last.edge.since(last.ack),
            sim.endpoint(Side::Client).tcb().snd_wnd
        );
        let end = graph.span.unwrap().1;
        let figures = graph.at(end);
        assert_eq!((figures.retransmitted, figures.lost), (1, 1));
        assert_eq!(figures.ack, Some(SeqNum(1006)));
    }

    #[test]
    fn at_arrival_a_bar_is_drawn_when_it_reached_the_peer_or_was_lost() {
        let mut sim = connected();
        sim.set_latency(Duration::from_millis(40));
        sim.call(Side::Client, Call::Send(b"hello".to_vec()));
        sim.drop_segment(Selector::FIRST).unwrap();
        sim.run(Duration::from_secs(10)).unwrap();
        // One more, still on the wire when the trace ends.
        sim.call(Side::Client, Call::Send(b"!".to_vec()));
        sim.run(Duration::from_millis(1)).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Client);
        let (from, to) = (Instant::from_millis(0), sim.now());
        let sent = graph.visible(Moment::Sent, from, to, 100_000);
        let arrived = graph.visible(Moment::Arrived, from, to, 100_000);
        // The one on the wire has no arrival: it is not drawn.
        assert_eq!(arrived.len() + 1, sent.len(), "{arrived:?}");
        for shown in &arrived {
            match shown.bar.fate {
                Fate::Delivered(at) => {
                    assert_eq!(shown.time, at);
                    // The handshake crossed before the latency was set.
                    let latency = if shown.bar.seq == SeqNum(1000) {
                        100
                    } else {
                        40
                    };
                    assert_eq!(
                        at.saturating_since(shown.bar.sent),
                        Duration::from_millis(latency)
                    );
                }
                Fate::Lost { at, .. } => assert_eq!(shown.time, at),
                Fate::InFlight => panic!("drawn before it arrived: {shown:?}"),
            }
        }
        // The retransmission arrives after the lost first sending.
        let again = arrived
            .iter()
            .position(|s| s.bar.kind == BarKind::Retransmission)
            .unwrap();
        let lost = arrived
            .iter()
            .position(|s| matches!(s.bar.fate, Fate::Lost { .. }))
            .unwrap();
        assert!(lost < again);
        assert!(sent.iter().all(|s| s.time == s.bar.sent));
    }

    #[test]
    fn the_reverse_direction_has_only_its_own_segments() {
        let mut sim = connected();
        sim.call(Side::Client, Call::Send(b"hello".to_vec()));
        sim.run(Duration::from_secs(10)).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Server);
        // The server's SYN only: its ACKs carry no sequence space.
        assert_eq!(graph.bars.len(), 1);
        assert_eq!(graph.origin, Some(SeqNum(5000)));
        assert!(graph.acks.iter().all(|a| a.ack.ge(SeqNum(5001))));
    }

    #[test]
    fn numbers_across_the_wrap_stay_in_order() {
        let mut sim = Sim::default();
        sim.set_isn(Side::Client, u32::MAX - 2);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(10)).unwrap();
        sim.call(Side::Client, Call::Send(b"wrapping".to_vec()));
        sim.run(Duration::from_secs(10)).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Client);
        assert_eq!(graph.origin, Some(SeqNum(u32::MAX - 2)));
        // The window's edge is drawn too: the top is above the data.
        assert!(graph.top > 9);
        let data = graph.bars.last().unwrap();
        assert_eq!((graph.offset(data.seq), graph.offset(data.end())), (1, 9));
    }

    #[test]
    fn a_zero_window_probe_is_marked_as_one() {
        let text = include_str!("../../scenarios/zero-window.scn");
        let sim = run_script(&parse(text).unwrap()).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Client);
        let probes: Vec<&Bar> = graph
            .bars
            .iter()
            .filter(|b| b.kind == BarKind::WindowProbe)
            .collect();
        assert!(probes.len() >= 4, "{:?}", graph.bars);
        assert!(probes.iter().all(|b| (b.seq, b.len) == (SeqNum(1001), 1)));
        // A zero window: the edge is the acknowledged number.
        assert!(graph
            .acks
            .iter()
            .any(|a| a.edge == a.ack && a.ack == SeqNum(1001)));
    }

    #[test]
    fn a_captures_graph_has_its_segments() {
        let bytes = include_bytes!("../tests/captures/lossy.pcap");
        let capture = crate::capture::read(bytes).unwrap();
        let conn = capture.connections()[0].clone();
        let replay = crate::capture::replay(&capture, &conn);
        let sim = run_script(&parse(&replay.text).unwrap()).unwrap();
        for side in Side::BOTH {
            let graph = TimeSequence::of(sim.trace(), side);
            let mut checked = 0;
            for ((from, c), id) in replay.packets.iter().zip(&replay.ids) {
                let Some(id) = id.filter(|_| *from == side && c.seg.seg_len() > 0) else {
                    continue;
                };
                let bar = graph.bars.iter().find(|b| b.id == id).unwrap();
                assert_eq!((bar.seq, bar.len), (c.seg.seq, c.seg.seg_len()));
                checked += 1;
            }
            let captured = replay
                .packets
                .iter()
                .filter(|(from, c)| *from == side && c.seg.seg_len() > 0)
                .count();
            assert_eq!(
                checked, captured,
                "every captured segment with sequence space is drawn"
            );
            assert_eq!(graph.bars.len(), captured, "and nothing else");
        }
        // The server sends the data, and lost some of it.
        let server = TimeSequence::of(sim.trace(), Side::Server);
        assert!(server
            .bars
            .iter()
            .any(|b| b.kind == BarKind::Retransmission));
    }

    #[test]
    fn many_bars_in_one_column_are_drawn_as_one_shape_per_look() {
        // Slow start spreads the sending over round trips.
        let mut sim = connected_with_cc();
        sim.call(Side::Client, Call::Send(vec![b'x'; 100_000]));
        sim.run(Duration::from_secs(60)).unwrap();
        let graph = TimeSequence::of(sim.trace(), Side::Client);
        assert!(graph.bars.len() > 30);
        let (from, to) = graph.span.unwrap();
        let one = graph.visible(Moment::Sent, from, to, 1);
        assert_eq!(one.len(), 1, "one column, one look: {one:?}");
        assert_eq!(one[0].count as usize, graph.bars.len());
        let highest = graph.at(to).highest.unwrap();
        assert_eq!((one[0].low, one[0].high), (0, graph.offset(highest)));
        let wide = graph.visible(Moment::Sent, from, to, 100_000);
        assert!(wide.len() > 1);
        let drawn: u32 = wide.iter().map(|s| s.count).sum();
        assert_eq!(drawn as usize, graph.bars.len());
    }

    #[test]
    fn the_congestion_graph_has_the_windows_and_the_fast_retransmit() {
        let mut sim = connected_with_cc();
        sim.call(Side::Client, Call::Send(vec![b'x'; 1460 * 10]));
        // The first data segment is lost; the rest bring duplicate ACKs.
        sim.drop_segment(Selector::FIRST).unwrap();
        sim.run(Duration::from_secs(30)).unwrap();
        let graph = CongestionGraph::of(
            sim.trace(),
            sim.windows(Side::Client).samples(),
            Side::Client,
        );
        assert!(graph.cc);
        let kinds: Vec<CcEventKind> = graph.events.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds.first(),
            Some(&CcEventKind::ThirdDuplicateAck),
            "{kinds:?}"
        );
        assert!(kinds.contains(&CcEventKind::RecoveryExit), "{kinds:?}");
        let recovery = graph.recovery();
        assert_eq!(recovery.len(), 1);
        assert_eq!(recovery[0].0, graph.events[0].time);
        let before = graph.at(graph.events[0].time).unwrap();
        assert!(before.cc.unwrap().recovery);
        let end = graph.at(graph.span.unwrap().1).unwrap();
        assert_eq!(end.flight, 0);
        assert!(!end.cc.unwrap().recovery);
    }

    /// Duplicate ACKs that arrive at the same moment as the third grow
    /// cwnd within that moment: the event says what its own rule set.
    #[test]
    fn an_events_figures_are_its_rules_not_the_last_of_its_moment() {
        let mut sim = lossy();
        sim.run(Duration::from_secs(30)).unwrap();
        let graph = CongestionGraph::of(
            sim.trace(),
            sim.windows(Side::Client).samples(),
            Side::Client,
        );
        let third = graph
            .events
            .iter()
            .find(|e| e.kind == CcEventKind::ThirdDuplicateAck)
            .unwrap();
        let Some(Event::Note {
            note: Note::FastRetransmit { cwnd, ssthresh, .. },
            ..
        }) = sim.trace().get(third.entry as usize).map(|e| &e.event)
        else {
            panic!("the third duplicate ACK's entry is its rule");
        };
        assert_eq!((third.cwnd, third.ssthresh), (*cwnd, Some(*ssthresh)));
        let last = graph.at(third.time).unwrap().cc.unwrap().cwnd;
        assert!(
            last > *cwnd,
            "the moment's last cwnd {last} is not the rule's {cwnd}"
        );
    }

    /// After a timeout, the octets that count as lost are not in the
    /// flight the graph draws, as they are not in the engine's FlightSize.
    #[test]
    fn the_flight_drawn_is_the_engines_flight_size() {
        let mut sim = connected_with_cc();
        sim.call(Side::Client, Call::Send(vec![b'x'; 1460 * 2]));
        // Both lost: no duplicate ACK, the timer fires, go-back-N begins.
        sim.drop_segment(Selector::FIRST).unwrap();
        sim.drop_segment(Selector::FIRST).unwrap();
        let mut checked = 0;
        for _ in 0..400 {
            sim.run(Duration::from_millis(10)).unwrap();
            let view = sim.endpoint(Side::Client).congestion().unwrap();
            let drawn = sim.windows(Side::Client).samples().last().unwrap().flight;
            assert_eq!(drawn, view.flight, "at {:?}", sim.now());
            let tcb = sim.endpoint(Side::Client).tcb();
            if view.flight != tcb.snd_nxt.since(tcb.snd_una) {
                checked += 1;
            }
        }
        assert!(checked > 0, "a moment when octets counted as lost");
    }

    #[test]
    fn without_congestion_control_only_flight_and_window_are_kept() {
        let mut sim = connected();
        sim.call(Side::Client, Call::Send(b"hello".to_vec()));
        sim.run(Duration::from_millis(1)).unwrap();
        let graph = CongestionGraph::of(
            sim.trace(),
            sim.windows(Side::Client).samples(),
            Side::Client,
        );
        assert!(!graph.cc);
        assert!(graph.samples.iter().any(|s| s.flight == 5));
        assert!(graph.samples.iter().all(|s| s.cc.is_none()));
        assert!(graph.events.is_empty());
    }

    #[test]
    fn a_full_queue_is_drawn_with_its_length_and_its_drops() {
        let mut sim = connected_with_cc();
        sim.apply(Setting::Link(
            Side::Client,
            Some(crate::link::Link {
                rate: 100_000,
                queue: 1,
            }),
        ));
        sim.call(Side::Client, Call::Send(vec![b'x'; 1460 * 20]));
        sim.run(Duration::from_secs(60)).unwrap();
        let cc = CongestionGraph::of(
            sim.trace(),
            sim.windows(Side::Client).samples(),
            Side::Client,
        );
        assert_eq!(cc.queue.iter().map(|q| q.1).max(), Some(1));
        let ts = TimeSequence::of(sim.trace(), Side::Client);
        assert!(ts.bars.iter().any(|b| matches!(
            b.fate,
            Fate::Lost {
                cause: DropCause::QueueFull,
                ..
            }
        )));
    }

    #[test]
    fn cubics_cut_and_sacks_recovery_are_marked_as_renos_are() {
        let kinds = |setup: &str| -> Vec<CcEventKind> {
            let text = format!(
                "set mss 1000\nset client.iw 10\n{setup}server listen\nclient connect\nrun\n\
                 client send 10000\ndrop\ndrop client>server 2\nrun\n"
            );
            let sim = crate::scenario::run_script(&crate::scenario::parse(&text).unwrap()).unwrap();
            CongestionGraph::of(
                sim.trace(),
                sim.windows(Side::Client).samples(),
                Side::Client,
            )
            .events
            .iter()
            .map(|e| e.kind)
            .collect()
        };
        use CcEventKind::{PartialAck, RecoveryExit, ThirdDuplicateAck};
        // CUBIC's recovery is NewReno's: the same marks as NewReno's.
        assert_eq!(
            kinds("set client.cc cubic\n"),
            [ThirdDuplicateAck, PartialAck, RecoveryExit]
        );
        assert_eq!(
            kinds("set client.cc newreno\n"),
            [ThirdDuplicateAck, PartialAck, RecoveryExit]
        );
        // SACK repairs both holes in one recovery, without partial ACKs.
        assert_eq!(
            kinds("set client.cc newreno\nset client.sack on\nset server.sack on\n"),
            [ThirdDuplicateAck, RecoveryExit]
        );
    }

    fn connected_with_cc() -> Sim {
        let mut sim = Sim::default();
        sim.set_isn(Side::Client, 1000);
        sim.set_isn(Side::Server, 5000);
        sim.apply(Setting::Cc(Side::Client, CongestionControl::NewReno));
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(10)).unwrap();
        sim
    }
    /// A sender with data to send, losing one segment: bars of each kind,
    /// ACKs, congestion events and a queue.
    fn lossy() -> Sim {
        let mut sim = connected_with_cc();
        sim.call(Side::Client, Call::Send(vec![7; 60_000]));
        sim.drop_segment(Selector::FIRST).unwrap();
        sim
    }

    fn assert_reads_as_a_whole(reader: &Reader, sim: &Sim) {
        let (trace, samples) = (sim.trace(), sim.windows(Side::Client).samples());
        let ts = TimeSequence::of(trace, Side::Client);
        assert!(!ts.bars.is_empty() && !ts.acks.is_empty());
        assert_eq!(reader.time_sequence(trace), ts);
        assert_eq!(
            reader.congestion(trace, samples),
            CongestionGraph::of(trace, samples, Side::Client)
        );
    }

    #[test]
    fn a_reader_reads_a_trace_in_slices_and_as_it_grows_as_one_reading() {
        let mut sim = lossy();
        let mut grown = Reader::new(Side::Client);
        for _ in 0..8 {
            sim.run(Duration::from_millis(250)).unwrap();
            assert!(grown.read(sim.trace(), usize::MAX));
            assert_eq!(grown.next, sim.trace().len());
            assert_reads_as_a_whole(&grown, &sim);
        }
        assert!(grown
            .time_sequence(sim.trace())
            .bars
            .iter()
            .any(|b| b.kind != BarKind::New));
        let mut sliced = Reader::new(Side::Client);
        let mut slices = 1;
        while !sliced.read(sim.trace(), 7) {
            slices += 1;
            assert!(!sliced.done(sim.trace()));
        }
        assert!(slices > 10, "{slices} slices");
        assert_reads_as_a_whole(&sliced, &sim);
    }

    #[test]
    fn a_reader_given_another_trace_reads_it_from_its_start() {
        let start = lossy();
        let (mut one, mut other) = (start.clone(), start);
        one.run(Duration::from_secs(2)).unwrap();
        other.call(Side::Client, Call::Send(vec![1; 3000]));
        other.run(Duration::from_secs(3)).unwrap();
        assert!(other.trace().len() > one.trace().len());
        let mut reader = Reader::new(Side::Client);
        reader.read(one.trace(), usize::MAX);
        // Longer, but not the one read grown: read again, not appended to.
        reader.read(other.trace(), usize::MAX);
        assert_reads_as_a_whole(&reader, &other);
        // Shorter: the same.
        reader.read(one.trace(), usize::MAX);
        assert_reads_as_a_whole(&reader, &one);
        // The same trace with its oldest entries forgotten.
        let mut trace = one.trace().clone();
        let mut forgetting = Reader::new(Side::Client);
        forgetting.read(&trace, usize::MAX);
        trace.forget_oldest(0);
        assert!(trace.first_kept() > 0);
        forgetting.read(&trace, usize::MAX);
        let ts = forgetting.time_sequence(&trace);
        assert_eq!(ts, TimeSequence::of(&trace, Side::Client));
        assert!(ts.bars.len() < TimeSequence::of(one.trace(), Side::Client).bars.len());
    }
}
