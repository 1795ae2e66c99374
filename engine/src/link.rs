//! A bottleneck on the wire: per direction, an optional rate and a
//! drop-tail queue, as a router before a slow link has. A segment waits
//! for the segments ahead of it, then for its own serialization time, and
//! only then starts its propagation latency; a segment that finds the
//! queue full is dropped.
//!
//! The clock ticks in milliseconds, but a segment at 10 Mbit/s takes
//! 1.232 ms: the link keeps its own time in nanoseconds, so that spacing
//! averages out exactly, and a segment leaves the link at the next whole
//! millisecond after its last bit.

use serde::{Deserialize, Serialize};

/// Bytes of IPv4 and TCP headers (without options) counted in each
/// segment's size on the link.
pub const HEADER_BYTES: u64 = 40;

const NS_PER_MS: u64 = 1_000_000;

/// The longest queue a link may have, in segments: Linux's default
/// `txqueuelen`.
pub const MAX_QUEUE: u32 = 1000;

/// One direction's bottleneck (`set link client>server rate 10mbit queue 20`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Bits per second (at least 1).
    pub rate: u64,
    /// Segments that may wait behind the one being serialized (at most
    /// [`MAX_QUEUE`]); a segment that finds this many waiting is dropped
    /// (drop-tail).
    pub queue: u32,
}

/// Rate units of the scenario language, as Linux's `tc` writes them:
/// bits per second in powers of 1000 (`kbps` in `tc` means bytes, so no
/// `bps` spelling is taken, to leave no doubt).
const UNITS: [(&str, u64); 4] = [
    ("gbit", 1_000_000_000),
    ("mbit", 1_000_000),
    ("kbit", 1_000),
    ("bit", 1),
];

/// A rate such as `10mbit` (a whole number and a unit: bit, kbit, mbit or
/// gbit) in bits per second, at least 1.
pub fn parse_rate(word: &str) -> Option<u64> {
    let (n, unit) = word.split_at(word.find(|c: char| !c.is_ascii_digit())?);
    let scale = UNITS.iter().find(|(u, _)| *u == unit)?.1;
    // A u32 count of any unit: every rate parsed prints back exactly.
    let rate = u64::from(n.parse::<u32>().ok()?) * scale;
    (rate > 0).then_some(rate)
}

/// A rate in the largest unit that writes it exactly.
pub fn format_rate(rate: u64) -> String {
    let (unit, scale) = UNITS
        .iter()
        .find(|(_, s)| rate.is_multiple_of(*s))
        .copied()
        .unwrap_or(("bit", 1));
    format!("{}{unit}", rate / scale)
}

impl core::fmt::Display for Link {
    /// As the scenario language writes it: `rate 10mbit queue 20`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "rate {} queue {}", format_rate(self.rate), self.queue)
    }
}

impl Link {
    /// Nanoseconds to put `payload` bytes (plus headers) onto the link.
    fn serialization(&self, payload: usize) -> u64 {
        // At most 2^64 / 8e9 bytes before this saturates: far beyond a segment.
        let bits = (payload as u64 + HEADER_BYTES).saturating_mul(8);
        bits.saturating_mul(NS_PER_MS * 1000)
            .div_ceil(self.rate.max(1))
    }
}

/// A segment waiting in the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Waiting {
    id: u64,
    /// When its serialization starts (ns).
    start: u64,
    /// Its serialization time (ns).
    ser: u64,
}

/// The millisecond at which something `ns` after the start has happened.
fn ms_after(ns: u64) -> u64 {
    ns.div_ceil(NS_PER_MS)
}

/// One direction's transmitter and queue as they run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Queue {
    /// When the transmitter is free (ns).
    free_at: u64,
    /// The segment being serialized (or last serialized) and its end (ns).
    busy: Option<(u64, u64)>,
    /// Waiting segments, oldest first (at most [`MAX_QUEUE`]). Each starts
    /// when the one before it ends: a queue only forms while the
    /// transmitter is busy.
    waiting: Vec<Waiting>,
}

impl Queue {
    /// Segments waiting, oldest first.
    pub(crate) fn ids(&self) -> Vec<u64> {
        self.waiting.iter().map(|w| w.id).collect()
    }

    /// How many segments wait.
    pub(crate) fn len(&self) -> usize {
        self.waiting.len()
    }

    /// When the oldest waiting segment starts serialization (ms).
    pub(crate) fn next_start(&self) -> Option<u64> {
        self.waiting.first().map(|w| ms_after(w.start))
    }

    /// Moves the segments whose serialization has started by `now_ms` to
    /// the transmitter; true if the queue got shorter.
    pub(crate) fn settle(&mut self, now_ms: u64) -> bool {
        let now = now_ms.saturating_mul(NS_PER_MS);
        let started = self.waiting.iter().take_while(|w| w.start <= now).count();
        if let Some(w) = started.checked_sub(1).map(|i| self.waiting[i]) {
            self.busy = Some((w.id, w.start.saturating_add(w.ser)));
        }
        self.waiting.drain(..started);
        started > 0
    }

    /// Segment `id` of `payload` bytes enters the link at `now_ms`: the
    /// millisecond its last bit leaves, or `None` when the queue is full.
    pub(crate) fn enter(
        &mut self,
        link: &Link,
        id: u64,
        payload: usize,
        now_ms: u64,
    ) -> Option<u64> {
        let now = now_ms.saturating_mul(NS_PER_MS);
        let waits = self.free_at > now;
        if waits && self.waiting.len() >= link.queue as usize {
            return None;
        }
        let start = self.free_at.max(now);
        let ser = link.serialization(payload);
        let end = start.saturating_add(ser);
        self.free_at = end;
        if waits {
            self.waiting.push(Waiting { id, start, ser });
        } else {
            self.busy = Some((id, end));
        }
        Some(ms_after(end))
    }

    /// Segment `id` leaves the link at `now_ms` (dropped or delivered by
    /// hand): the segments behind it move up, and the next one starts if
    /// its time has come. Returns those whose last bit now leaves earlier,
    /// with how many ms earlier.
    pub(crate) fn remove(&mut self, id: u64, now_ms: u64) -> Vec<(u64, u64)> {
        self.settle(now_ms);
        let now = now_ms.saturating_mul(NS_PER_MS);
        let (shift, behind) = match self.waiting.iter().position(|w| w.id == id) {
            Some(i) => (self.waiting.remove(i).ser, i),
            None => match self.busy {
                // Its serialization is cut short: the next starts now.
                Some((busy, end)) if busy == id && end > now => {
                    self.busy = None;
                    (end - now, 0)
                }
                _ => return Vec::new(),
            },
        };
        self.free_at = self.free_at.saturating_sub(shift);
        let moved = self.waiting[behind..]
            .iter_mut()
            .map(|w| {
                // Saturating: a clock centuries on must not wrap.
                let old = ms_after(w.start.saturating_add(w.ser));
                w.start = w.start.saturating_sub(shift);
                (
                    w.id,
                    old.saturating_sub(ms_after(w.start.saturating_add(w.ser))),
                )
            })
            .collect();
        self.settle(now_ms);
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_in_tc_units_and_print_back_exactly() {
        assert_eq!(parse_rate("10mbit"), Some(10_000_000));
        assert_eq!(parse_rate("1500kbit"), Some(1_500_000));
        assert_eq!(parse_rate("1gbit"), Some(1_000_000_000));
        assert_eq!(parse_rate("9600bit"), Some(9600));
        for bad in [
            "10",
            "mbit",
            "0mbit",
            "10mbps",
            "10 mbit",
            "-1kbit",
            "99999999999gbit",
        ] {
            assert_eq!(parse_rate(bad), None, "{bad}");
        }
        for rate in [
            1,
            1_500_000,
            10_000_000,
            4_294_967_295,
            4_294_967_295_000_000_000,
        ] {
            assert_eq!(parse_rate(&format_rate(rate)), Some(rate), "{rate}");
        }
        assert_eq!(format_rate(1_500_000), "1500kbit");
    }

    #[test]
    fn serialization_counts_headers_and_rounds_up() {
        let link = Link {
            rate: 8_000_000,
            queue: 1,
        };
        // 960 + 40 bytes = 8000 bits at 8 Mbit/s: 1 ms.
        assert_eq!(link.serialization(960), NS_PER_MS);
        // 40 bytes at 3 bit/s: 106.67 s, rounded up to the nanosecond.
        let slow = Link { rate: 3, queue: 1 };
        assert_eq!(slow.serialization(0), 106_666_666_667);
    }

    #[test]
    fn a_clock_centuries_on_saturates_instead_of_wrapping() {
        let link = Link { rate: 1, queue: 2 };
        let mut q = Queue::default();
        let late = u64::MAX / 2;
        for id in 1..=3 {
            assert_eq!(q.enter(&link, id, 0, late), Some(ms_after(u64::MAX)));
        }
        // Past the link's own time, every segment goes at once.
        assert_eq!(q.len(), 0);
        assert_eq!(q.remove(2, late), []);
        assert!(!q.settle(late));
    }

    #[test]
    fn a_removed_segment_lets_those_behind_it_move_up() {
        let link = Link {
            rate: 8_000_000,
            queue: 3,
        };
        let mut q = Queue::default();
        let ends: Vec<_> = (1..=4).map(|id| q.enter(&link, id, 960, 0)).collect();
        assert_eq!(ends, [Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(q.enter(&link, 5, 960, 0), None, "three wait: full");
        assert_eq!(q.remove(3, 0), [(4, 1)]);
        assert_eq!(q.ids(), [2, 4]);
        // The one on the transmitter, cut short at 0: the next starts.
        assert_eq!(q.remove(1, 0), [(2, 1), (4, 1)]);
        assert_eq!(q.ids(), [4]);
        assert_eq!(q.enter(&link, 6, 960, 0), Some(3));
    }

    use crate::endpoint::{Call, CongestionControl};
    use crate::side::Side;
    use crate::sim::{DropCause, Event, Setting, Sim};
    use crate::testing::connected;
    use core::time::Duration;

    /// Connected, 960-byte segments (1000 on the link), and a client>server
    /// link of 800 kbit/s: 10 ms per full segment.
    fn bottleneck(queue: u32) -> Sim {
        let mut sim = connected();
        sim.apply(Setting::Mss(960));
        sim.apply(Setting::Link(
            Side::Client,
            Some(Link {
                rate: 800_000,
                queue,
            }),
        ));
        sim
    }

    /// When each event the filter picks happened since `start` (a time
    /// and a trace length), in ms.
    fn times(sim: &Sim, start: (u64, usize), pick: impl Fn(&Event) -> bool) -> Vec<u64> {
        sim.trace()
            .iter_from(start.1)
            .filter(|e| pick(&e.event))
            .map(|e| e.time.as_millis() - start.0)
            .collect()
    }

    fn start(sim: &Sim) -> (u64, usize) {
        (sim.now().as_millis(), sim.trace().len())
    }

    fn client_data_sent(e: &Event) -> bool {
        matches!(e, Event::Sent { from: Side::Client, seg, .. } if !seg.payload.is_empty())
    }

    fn arrived_at_server(e: &Event) -> bool {
        matches!(
            e,
            Event::Delivered {
                to: Side::Server,
                ..
            }
        )
    }

    fn queue_lengths(sim: &Sim) -> Vec<usize> {
        sim.trace()
            .iter()
            .filter_map(|e| match e.event {
                Event::Queue { len, .. } => Some(len),
                _ => None,
            })
            .collect()
    }

    fn drops(sim: &Sim) -> Vec<DropCause> {
        sim.trace()
            .iter()
            .filter_map(|e| match e.event {
                Event::Dropped { cause, .. } => Some(cause),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn serialization_spaces_segments_and_the_acks_clock_the_sender() {
        let mut sim = bottleneck(100);
        sim.apply(Setting::Cc(Side::Client, CongestionControl::NewReno));
        let t0 = start(&sim);
        sim.call(Side::Client, Call::Send(vec![b'x'; 16 * 960]));
        sim.advance(Duration::from_millis(235)).unwrap();
        // The initial window (4 segments) leaves at once, and arrives
        // spaced by 10 ms of serialization before the 100 ms latency.
        assert_eq!(times(&sim, t0, arrived_at_server), [110, 120, 130, 140]);
        // Their ACKs come back 10 ms apart; each lets slow start send two
        // segments: the ACKs clock the sender at the bottleneck's pace.
        assert_eq!(
            times(&sim, t0, client_data_sent),
            [0, 0, 0, 0, 210, 210, 220, 220, 230, 230]
        );
        // Two segments a tick, one leaves a tick: the queue grows.
        assert_eq!(sim.queue(Side::Client).len(), 3);
        sim.run(Duration::from_secs(10)).unwrap();
        let arrivals = times(&sim, t0, arrived_at_server);
        assert_eq!(arrivals[4..8], [320, 330, 340, 350], "back to back");
        assert_eq!(sim.app(Side::Server).received().len(), 16 * 960);
        assert!(sim.queue(Side::Client).is_empty());
    }

    #[test]
    fn a_full_queue_drops_the_next_segment_as_queue_full() {
        let mut sim = bottleneck(2);
        let t0 = start(&sim);
        // Five segments at once: one on the transmitter, two wait, two are
        // dropped by the full queue.
        sim.call(Side::Client, Call::Send(vec![b'x'; 5 * 960]));
        assert_eq!(drops(&sim), [DropCause::QueueFull, DropCause::QueueFull]);
        assert_eq!(sim.snapshot().queues[Side::Client].len(), 2);
        assert_eq!(sim.snapshot().queues[Side::Server].len(), 0);
        sim.advance(Duration::from_millis(10)).unwrap();
        assert_eq!(sim.queue(Side::Client).len(), 1);
        sim.advance(Duration::from_millis(10)).unwrap();
        assert_eq!(queue_lengths(&sim), [1, 2, 1, 0]);
        sim.run(Duration::from_secs(1)).unwrap();
        assert_eq!(times(&sim, t0, arrived_at_server), [110, 120, 130]);
    }

    #[test]
    fn a_queued_segment_dropped_or_delivered_by_hand_lets_the_rest_move_up() {
        let mut sim = bottleneck(10);
        let t0 = start(&sim);
        sim.call(Side::Client, Call::Send(vec![b'x'; 4 * 960]));
        // The second waits; dropped, it frees its slot.
        sim.drop_segment(crate::wire::Selector { from: None, n: 2 })
            .unwrap();
        assert_eq!(drops(&sim), [DropCause::Hand]);
        // The one on the transmitter arrives at once; the others start.
        sim.deliver(crate::wire::Selector::FIRST).unwrap();
        assert_eq!(queue_lengths(&sim), [1, 2, 3, 2, 1]);
        sim.advance(Duration::from_millis(200)).unwrap();
        assert_eq!(queue_lengths(&sim), [1, 2, 3, 2, 1, 0]);
        assert_eq!(times(&sim, t0, arrived_at_server), [0, 110, 120]);
    }

    #[test]
    fn with_no_link_set_the_wire_runs_as_before() {
        let run = |link: Option<Link>| {
            let mut sim = connected();
            sim.set_loss(30);
            sim.apply(Setting::Link(Side::Server, link));
            sim.apply(Setting::Link(Side::Server, None));
            sim.call(Side::Client, Call::Send(vec![b'x'; 20_000]));
            sim.run(Duration::from_secs(600)).unwrap();
            sim.trace()
                .iter()
                .filter(|e| !matches!(e.event, Event::Setting(_)))
                .cloned()
                .collect::<Vec<_>>()
        };
        let fast = Some(Link { rate: 1, queue: 0 });
        let trace = run(None);
        assert_eq!(run(fast), trace, "a link taken away leaves no trace");
        assert!(trace
            .iter()
            .all(|e| !matches!(e.event, Event::Queue { .. })));
        assert!(drops_of(&trace).all(|c| c == DropCause::Random));
    }

    #[test]
    fn the_conformance_scenario_drops_from_the_full_queue_and_resends_those() {
        let text =
            include_str!("../../scenarios/conformance/established--bottleneck-queue-full.scn");
        let script = crate::scenario::parse(text).unwrap();
        let sim = crate::scenario::run_script(&script).unwrap();
        let trace: Vec<_> = sim.trace().iter().cloned().collect();
        let sent = |id: u64| {
            trace.iter().find_map(|e| match &e.event {
                Event::Sent { id: i, seg, .. } if *i == id => Some(seg.seq.0),
                _ => None,
            })
        };
        let dropped: Vec<u32> = trace
            .iter()
            .filter_map(|e| match e.event {
                Event::Dropped { id, cause, .. } => {
                    assert_eq!(cause, DropCause::QueueFull);
                    sent(id)
                }
                _ => None,
            })
            .collect();
        assert_eq!(dropped, [21161, 23081, 25001, 26921]);
        let resent: Vec<u32> = trace
            .iter()
            .filter_map(|e| match &e.event {
                Event::Sent {
                    from: Side::Client,
                    seg,
                    reason: Some(crate::note::Reason::FastRetransmit),
                    ..
                } => Some(seg.seq.0),
                _ => None,
            })
            .collect();
        assert_eq!(resent, dropped);
        assert_eq!(queue_lengths(&sim).iter().max(), Some(&4));
    }

    fn drops_of(trace: &[crate::sim::TraceEntry]) -> impl Iterator<Item = DropCause> + '_ {
        trace.iter().filter_map(|e| match e.event {
            Event::Dropped { cause, .. } => Some(cause),
            _ => None,
        })
    }
}
