//! Two endpoints, the wire between them and the simulated clock
//! (`scenario-format.md`: "The wire", "Outbox", "Time").
//!
//! Everything that happens is appended to a trace, from which the UI draws
//! the ladder diagram and the event log. Runs are deterministic: the only
//! randomness is seeded.

use crate::endpoint::{Call, Config, Endpoint, Output, State, Tcb, Timer, TimerKind};
use crate::history::AppHistory;
pub use crate::history::DATA_TAIL;
pub use crate::link::Link;
use crate::link::Queue;
use crate::log::Log;
use crate::note::{Note, Reason, RuleSet, Signal};
use crate::recovery::{Recovery, Scene};
use crate::samples::{WindowHistory, WindowSample};
use crate::segment::Segment;
pub use crate::setting::Setting;
pub use crate::side::{BySide, Side};
use crate::time::Instant;
use crate::wire::Wire;
pub use crate::wire::{InFlight, Origin, Selector};
use core::cmp::Reverse;
use core::fmt;
use core::time::Duration;
use serde::{Deserialize, Serialize};
use std::collections::BinaryHeap;

/// A segment waiting in a manual endpoint's outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    /// The segment the TCP formed.
    pub seg: Segment,
    /// Why it formed it.
    pub reason: Reason,
    /// When.
    pub formed_at: Instant,
}

/// Settings of the wire and both endpoints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimConfig {
    /// One-way delay.
    pub latency: Duration,
    /// Seed of the random ISNs and of random loss.
    pub seed: u64,
    /// Percent of segments the TCPs send that the wire loses (play mode).
    pub loss_percent: u8,
    /// Each direction's bottleneck, by sender; none by default.
    #[serde(default)]
    pub links: BySide<Option<Link>>,
}

impl Default for SimConfig {
    fn default() -> SimConfig {
        SimConfig {
            latency: Duration::from_millis(100),
            seed: 0,
            loss_percent: 0,
            links: BySide::default(),
        }
    }
}

/// Something that happened, for the ladder and the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// The application made a call.
    Call {
        /// Who.
        side: Side,
        /// What.
        call: Call,
    },
    /// A segment went onto the wire.
    Sent {
        /// The segment's id.
        id: u64,
        /// The sender.
        from: Side,
        /// The segment.
        seg: Segment,
        /// When it will arrive.
        arrives_at: Instant,
        /// How.
        origin: Origin,
        /// Why the TCP formed it (none for injected segments and copies).
        reason: Option<Reason>,
    },
    /// A manual endpoint's TCP formed a segment; it waits in the outbox.
    Queued {
        /// Whose outbox.
        side: Side,
        /// The segment.
        seg: Segment,
        /// Why.
        reason: Reason,
    },
    /// An outbox segment was thrown away.
    Discarded {
        /// Whose outbox.
        side: Side,
        /// The segment.
        seg: Segment,
    },
    /// A segment arrived.
    Delivered {
        /// Its id.
        id: u64,
        /// The receiver.
        to: Side,
    },
    /// A segment was lost.
    Dropped {
        /// Its id.
        id: u64,
        /// Why.
        cause: DropCause,
        /// What makes up for it, decided from both TCPs' state as it was lost.
        recovery: Recovery,
    },
    /// The number of segments waiting in one direction's link queue
    /// changed (see [`Link`]).
    Queue {
        /// The direction, by its sender.
        from: Side,
        /// Segments waiting now.
        len: usize,
    },
    /// A segment's arrival moved later.
    Delayed {
        /// Its id.
        id: u64,
        /// New arrival time.
        until: Instant,
    },
    /// A timer fired. Timers of one side due at one instant each have
    /// their event, in the order of [`TimerKind::ALL`].
    TimerFired {
        /// Whose.
        side: Side,
        /// Which.
        kind: TimerKind,
    },
    /// A state transition.
    StateChanged {
        /// Whose.
        side: Side,
        /// Before.
        from: State,
        /// After.
        to: State,
    },
    /// An explanation: the rule a TCP applied, with its values.
    Note {
        /// Whose TCP.
        side: Side,
        /// The rule and values.
        note: Note,
    },
    /// A message to the application.
    Signal {
        /// Whose application.
        side: Side,
        /// The message.
        signal: Signal,
    },
    /// Data handed to the application.
    Received {
        /// Whose application.
        side: Side,
        /// How many bytes.
        len: usize,
    },
    /// A setting changed.
    Setting(Setting),
    /// The random generator was reseeded.
    Seed(u64),
}

/// Why a segment was lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DropCause {
    /// The student dropped it.
    Hand,
    /// The random-loss setting.
    Random,
    /// The wire already held [`MAX_IN_FLIGHT`] segments (tail drop).
    WireFull,
    /// Its direction's link queue was full (drop-tail, [`Link::queue`]).
    QueueFull,
}

/// An event and when it happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceEntry {
    /// When.
    pub time: Instant,
    /// What.
    pub event: Event,
}

/// Why a wire, outbox or clock operation could not be done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SimError {
    /// The selector matched no segment in flight.
    NoSuchSegment(Selector),
    /// The outbox has no N-th segment.
    NoSuchOutgoing {
        /// Whose outbox.
        side: Side,
        /// 1-based position asked for.
        n: usize,
    },
    /// One step ran more events than any sane exchange needs.
    TooManyEvents,
    /// The session reached [`MAX_EVENTS_PER_SESSION`] events.
    SessionFull,
    /// The wire holds [`MAX_IN_FLIGHT`] segments already.
    WireFull,
}

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SimError::NoSuchSegment(sel) => {
                let dir = match sel.from {
                    Some(side) => format!(" {side}>{}", side.other()),
                    None => String::new(),
                };
                write!(f, "no segment{dir} number {} is in flight", sel.n)
            }
            SimError::NoSuchOutgoing { side, n } => {
                write!(f, "the {side} outbox has no segment number {n}")
            }
            SimError::TooManyEvents => write!(
                f,
                "more than {MAX_EVENTS_PER_STEP} events in one step: the endpoints seem to answer each other forever"
            ),
            SimError::SessionFull => write!(
                f,
                "the session has reached its limit of {MAX_EVENTS_PER_SESSION} events; start a new one to go on"
            ),
            SimError::WireFull => write!(
                f,
                "the wire already holds {MAX_IN_FLIGHT} segments, as many as it may"
            ),
        }
    }
}

impl std::error::Error for SimError {}

pub use crate::limits::{MAX_EVENTS_PER_SESSION, MAX_EVENTS_PER_STEP, MAX_IN_FLIGHT};

/// Plain data about one endpoint, for display.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointView {
    /// The state.
    pub state: State,
    /// The TCB variables.
    pub tcb: Tcb,
    /// The connection has chosen its ISS (numbers of its send space mean something).
    pub iss_known: bool,
    /// The peer's SYN arrived: IRS and RCV.NXT mean something.
    pub irs_known: bool,
    /// Running timers.
    pub timers: Vec<Timer>,
    /// Current retransmission timeout in ms.
    pub rto_ms: u64,
    /// How many bytes the application has sent.
    pub sent_len: usize,
    /// The last bytes sent, as text.
    pub sent_tail: String,
    /// Bytes passed to SEND, not yet in a segment.
    pub queued: usize,
    /// How many bytes the application has read.
    pub received_len: usize,
    /// Bytes in order in the receive buffer, not read yet (RCV.USER).
    pub buffered: usize,
    /// The receive buffer's size (RCV.BUFF).
    pub rcv_buff: u32,
    /// Out-of-order text held beyond RCV.NXT.
    pub held: Vec<crate::endpoint::Span>,
    /// Sent, unacknowledged and retransmitted.
    pub retransmitted: Vec<crate::endpoint::Span>,
    /// The send space in numbers (Figure 3).
    pub send_space: crate::endpoint::SendSpace,
    /// The receive space in numbers (Figure 4).
    pub receive_space: crate::endpoint::ReceiveSpace,
    /// The last bytes received, as text.
    pub received_tail: String,
    /// Signals to the application, oldest first.
    pub signals: Vec<Signal>,
    /// Whether segments go straight onto the wire.
    pub auto: bool,
    /// The outbox (manual mode).
    pub outbox: Vec<Outgoing>,
    /// The settings.
    pub config: Config,
    /// Congestion control's window, threshold, flight size and recovery
    /// state (RFC 5681), when this side runs it.
    #[serde(default)]
    pub congestion: Option<crate::endpoint::CongestionView>,
    /// SACK, when this side agreed it with its peer (RFC 2018): the
    /// scoreboard's SACKed ranges, pipe (RFC 6675) and the blocks its
    /// next ACK carries.
    #[serde(default)]
    pub sack: Option<crate::endpoint::SackView>,
}

/// Plain data of everything the UI shows, apart from the trace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The clock.
    pub now: Instant,
    /// Each endpoint.
    pub endpoints: BySide<EndpointView>,
    /// Segments in flight, oldest first.
    pub wire: Vec<InFlight>,
    /// Ids of the segments waiting in each direction's link queue (by
    /// sender), oldest first; the length is the queue's.
    #[serde(default)]
    pub queues: BySide<Vec<u64>>,
    /// Wire settings.
    pub config: SimConfig,
    /// How many trace entries exist.
    pub trace_len: usize,
}

/// A scheduled thing: a segment arriving or an endpoint's timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Due {
    Arrival(usize),
    Timer(Side),
    /// The oldest segment in a link queue starts serialization.
    Departure(Side),
}

/// Two endpoints, the wire and the clock.
#[derive(Clone, Debug)]
pub struct Sim {
    now: Instant,
    config: SimConfig,
    endpoints: BySide<Endpoint>,
    auto: BySide<bool>,
    outbox: BySide<Vec<Outgoing>>,
    wire: Wire,
    /// Each direction's link queue, by sender.
    queues: BySide<Queue>,
    /// Each endpoint's timer deadline and when it was (re)armed.
    timers: BySide<(Option<Instant>, u64)>,
    next_id: u64,
    next_sched: u64,
    /// Arrivals by (time, schedule order, id): the next one in O(log n).
    /// Entries whose segment left the wire or was rescheduled are stale
    /// and skipped.
    arrivals: BinaryHeap<Reverse<(Instant, u64, u64)>>,
    loss_rng: u64,
    trace: Log<TraceEntry>,
    /// Every rule each TCP has applied.
    rules: BySide<RuleSet>,
    /// What each application did and was told.
    apps: BySide<AppHistory>,
    /// Each sender's windows over time (the congestion graph's data).
    windows: BySide<WindowHistory>,
    /// Trace entries kept at most (the oldest are forgotten); none by default.
    history_cap: Option<usize>,
    /// Off: no trace is kept (a benchmark's floor); events are still
    /// counted, for the limits.
    tracing: bool,
    /// Events not kept in the trace while tracing is off.
    untraced: usize,
    /// The endpoints' outputs pass through this buffer, kept between
    /// calls so that collecting them allocates nothing (always empty
    /// between calls).
    outputs: Vec<Output>,
}

/// Distinct ISN streams for the two sides from one seed.
fn side_seed(seed: u64, side: Side) -> u64 {
    seed.wrapping_mul(2).wrapping_add(side.index() as u64) ^ 0x7463_705f_706c_6179
}

impl Default for Sim {
    fn default() -> Sim {
        Sim::new(SimConfig::default(), Config::default())
    }
}

impl Sim {
    /// Two CLOSED endpoints with the same settings, at time zero.
    pub fn new(config: SimConfig, endpoint: Config) -> Sim {
        let seed = config.seed;
        Sim {
            now: Instant::ZERO,
            endpoints: BySide::from_fn(|side| {
                Endpoint::new(endpoint.clone(), side_seed(seed, side))
            }),
            config,
            auto: BySide::new(true, true),
            outbox: BySide::default(),
            wire: Wire::default(),
            queues: BySide::default(),
            timers: BySide::default(),
            next_id: 1,
            next_sched: 0,
            arrivals: BinaryHeap::new(),
            loss_rng: seed ^ 0x6c6f_7373,
            trace: Log::new(),
            rules: BySide::default(),
            apps: BySide::default(),
            windows: BySide::default(),
            history_cap: None,
            tracing: true,
            untraced: 0,
            outputs: Vec::new(),
        }
    }

    // ----- reading -----

    /// The clock.
    pub fn now(&self) -> Instant {
        self.now
    }

    /// One endpoint.
    pub fn endpoint(&self, side: Side) -> &Endpoint {
        &self.endpoints[side]
    }

    /// What one side's application did and was told: the bytes it sent
    /// and read, the messages it got.
    pub fn app(&self, side: Side) -> &AppHistory {
        &self.apps[side]
    }

    /// Segments in flight, oldest first.
    pub fn wire(&self) -> &Wire {
        &self.wire
    }

    /// Ids of the segments waiting in the link queue from `from`, oldest first.
    pub fn queue(&self, from: Side) -> Vec<u64> {
        self.queues[from].ids()
    }

    /// One endpoint's outbox.
    pub fn outbox(&self, side: Side) -> &[Outgoing] {
        &self.outbox[side]
    }

    /// Whether an endpoint sends on its own.
    pub fn auto(&self, side: Side) -> bool {
        self.auto[side]
    }

    /// Wire settings.
    pub fn config(&self) -> &SimConfig {
        &self.config
    }

    /// Roughly how many bytes a copy of this simulation owns alone (the
    /// trace and the applications' data are shared between copies): what a
    /// step of undo history costs.
    pub fn footprint(&self) -> usize {
        let segments = |segs: &mut dyn Iterator<Item = &Segment>| -> usize {
            segs.map(|s| s.payload.len() + core::mem::size_of::<InFlight>())
                .sum()
        };
        let wire = segments(&mut self.wire.iter().map(|f| &f.seg));
        let outboxes: usize = self
            .outbox
            .iter()
            .map(|(_, o)| segments(&mut o.iter().map(|out| &out.seg)))
            .sum();
        let endpoints: usize = self.endpoints.iter().map(|(_, e)| e.footprint()).sum();
        let apps: usize = self.apps.iter().map(|(_, a)| a.footprint()).sum();
        core::mem::size_of::<Sim>()
            + wire
            + outboxes
            + endpoints
            + apps
            + self.arrivals.len() * core::mem::size_of::<(Instant, u64, u64)>()
    }

    /// `side`'s windows as a sender over time (flight size, the peer's
    /// window, congestion control's variables), a sample at each change.
    pub fn windows(&self, side: Side) -> &WindowHistory {
        &self.windows[side]
    }

    /// Everything that happened, oldest first.
    pub fn trace(&self) -> &Log<TraceEntry> {
        &self.trace
    }

    /// Plain data for display.
    pub fn snapshot(&self) -> Snapshot {
        let view = |side: Side| {
            let ep = self.endpoint(side);
            let app = self.app(side);
            EndpointView {
                state: ep.state(),
                tcb: *ep.tcb(),
                iss_known: ep.iss().is_some(),
                irs_known: ep.irs().is_some(),
                timers: ep.timers(),
                rto_ms: u64::try_from(ep.rto().as_millis()).unwrap_or(u64::MAX),
                sent_len: app.sent().len(),
                sent_tail: app.sent_tail(),
                queued: ep.queued(),
                received_len: app.received().len(),
                buffered: ep.buffered(),
                rcv_buff: ep.rcv_buff(),
                held: ep.held_spans(),
                retransmitted: ep.retransmitted_spans(),
                send_space: ep.send_space(),
                receive_space: ep.receive_space(),
                received_tail: app.received_tail(),
                signals: app.signals(),
                auto: self.auto(side),
                outbox: self.outbox(side).to_vec(),
                config: ep.config().clone(),
                congestion: ep.congestion(),
                sack: ep.sack_view(),
            }
        };
        Snapshot {
            now: self.now,
            endpoints: BySide::from_fn(view),
            wire: self.wire.to_vec(),
            queues: BySide::from_fn(|side| self.queue(side)),
            config: self.config.clone(),
            trace_len: self.trace.len(),
        }
    }

    /// Whether `side`'s TCP has applied a rule with this id, or whose
    /// section starts with `pattern` (e.g. `"RFC 5961"`, `"§3.10.7.4"`).
    pub fn applied(&self, side: Side, pattern: &str) -> bool {
        self.rules[side].any_matches(pattern)
    }

    /// What a correct TCP on `side` would send now, for the composer: the
    /// segment waiting in its outbox; else the segment its TCP forms now
    /// ([`Endpoint::next_segment`]: its SYN or SYN,ACK during the
    /// handshake, `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>` once synchronized,
    /// the SYN an active OPEN would send when it has no connection).
    /// The TCP forms it, so it carries what the TCP's own would (the MSS
    /// option of a SYN); nothing changes.
    pub fn suggestion(&self, side: Side) -> Segment {
        match self.outbox[side].first() {
            Some(out) => out.seg.clone(),
            None => self.endpoints[side].next_segment(),
        }
    }

    /// The next time something is scheduled (a segment arrives or a timer fires).
    pub fn next_event_time(&self) -> Option<Instant> {
        let arrivals = self.wire.iter().map(|f| f.arrives_at);
        let timers = self.timers.iter().filter_map(|(_, (due, _))| *due);
        // A segment leaving a link queue is not counted: it always comes
        // before its arrival, and a step to that runs it.
        arrivals.chain(timers).min()
    }

    /// When the next timer fires, with every arrival before it run (on a
    /// copy): an arrival may cancel the earliest timer now running, as the
    /// ACK of a retransmitted FIN cancels its retransmission. `None` when
    /// no timer would fire.
    pub fn next_timer_firing(&self) -> Option<Instant> {
        let mut sim = self.clone();
        sim.set_tracing(false);
        for _ in 0..MAX_EVENTS_PER_STEP {
            let timer = Side::BOTH
                .into_iter()
                .filter_map(|side| sim.endpoints[side].poll_timeout())
                .min()?;
            let arrival = sim.wire.iter().map(|f| f.arrives_at).min();
            match arrival {
                Some(at) if at < timer => sim.advance(at.saturating_since(sim.now)).ok()?,
                Some(_) | None => return Some(timer),
            }
        }
        None
    }

    // ----- settings -----

    fn log(&mut self, event: Event) {
        if !self.tracing {
            self.untraced += 1;
            return;
        }
        self.trace.push(TraceEntry {
            time: self.now,
            event,
        });
        if let Some(cap) = self.history_cap {
            self.trace.forget_oldest(cap);
        }
    }

    /// Forgets the history that `later` (a later moment of this session)
    /// has forgotten: earlier snapshots then share only what is still kept.
    pub fn forget_history_like(&mut self, later: &Sim) {
        self.trace.forget_before(later.trace.first_kept());
        for side in Side::BOTH {
            self.apps[side].forget_data_like(&later.apps[side]);
            self.windows[side].forget_like(&later.windows[side]);
        }
    }

    /// How far history has been forgotten: (trace, client data, server data).
    pub fn history_base(&self) -> (usize, usize, usize) {
        let data = |side: Side| self.apps[side].first_kept();
        (
            self.trace.first_kept(),
            data(Side::Client),
            data(Side::Server),
        )
    }

    /// Keeps no trace from now on: what happened is no longer recorded or
    /// explained, only run (for benchmarks, to show what the trace costs).
    /// Events are still counted for the session's limit.
    pub fn set_tracing(&mut self, on: bool) {
        self.tracing = on;
    }

    /// Events so far, traced or not.
    pub fn events(&self) -> usize {
        self.trace.len() + self.untraced
    }

    /// Bounds memory for endless sessions: keep at most `entries` trace
    /// entries and `bytes` of each application's data (the oldest go).
    /// Checks of the whole received text then see only what is kept, so
    /// the scenario checker never sets this; the playground does.
    pub fn set_history_cap(&mut self, entries: usize, bytes: usize) {
        self.history_cap = Some(entries);
        for app in self.apps.values_mut() {
            app.set_data_cap(bytes);
        }
    }

    /// Applies a setting from now on and logs it: the one place every
    /// setting goes through, so that each change is in the trace once.
    pub fn apply(&mut self, setting: Setting) {
        let setting = match setting {
            Setting::Loss(percent) => Setting::Loss(percent.min(100)),
            other => other,
        };
        // Logged first: what the change sets off (a read) follows it.
        self.log(Event::Setting(setting));
        match setting {
            Setting::Isn(side, isn) => self.endpoints[side].set_next_isn(isn),
            Setting::Auto(side, auto) => self.auto[side] = auto,
            Setting::Latency(latency) => self.config.latency = latency,
            Setting::Loss(percent) => self.config.loss_percent = percent,
            Setting::Link(side, link) => self.config.links[side] = link,
            Setting::Window(side, w) => self.configure(&[side], |c| c.window = w),
            Setting::Mss(n) => self.configure(&Side::BOTH, |c| c.mss = n),
            Setting::Msl(d) => self.configure(&Side::BOTH, |c| c.msl = d),
            Setting::Rto(d) => self.configure(&Side::BOTH, |c| c.rto = d),
            Setting::Retries(n) => self.configure(&Side::BOTH, |c| c.retries = n),
            Setting::Rfc5961(on) => self.configure(&Side::BOTH, |c| c.rfc5961 = on),
            Setting::Autoread(side, on) => self.configure(&[side], |c| c.autoread = on),
            Setting::DelayedAck(on) => self.configure(&Side::BOTH, |c| c.delayed_ack = on),
            Setting::MssOption(on) => self.configure(&Side::BOTH, |c| c.mss_option = on),
            Setting::Nagle(side, on) => self.configure(&[side], |c| c.nagle = on),
            Setting::Sack(side, on) => self.configure(&[side], |c| c.sack = on),
            Setting::Cc(side, cc) => self.configure(&[side], |c| c.cc = cc),
            Setting::Iw(side, iw) => self.configure(&[side], |c| c.iw = iw),
        }
    }

    /// Changes endpoints' settings (for [`Sim::apply`], which logs them).
    fn configure(&mut self, sides: &[Side], edit: impl Fn(&mut Config)) {
        for &side in sides {
            let mut config = self.endpoints[side].config().clone();
            edit(&mut config);
            self.endpoints[side].set_config(config);
            // Turning autoread on reads what waits, which may open the window.
            self.collect(side);
        }
    }

    /// Changes the one-way latency for segments sent from now on
    /// ([`Setting::Latency`]).
    pub fn set_latency(&mut self, latency: Duration) {
        self.apply(Setting::Latency(latency));
    }

    /// Sets the share of TCP-sent segments the wire loses at random
    /// ([`Setting::Loss`]).
    pub fn set_loss(&mut self, percent: u8) {
        self.apply(Setting::Loss(percent));
    }

    /// Reseeds both endpoints' random ISNs and the random loss.
    pub fn set_seed(&mut self, seed: u64) {
        self.config.seed = seed;
        self.loss_rng = seed ^ 0x6c6f_7373;
        for side in Side::BOTH {
            self.endpoints[side].reseed(side_seed(seed, side));
        }
        self.log(Event::Seed(seed));
    }

    /// Fixes the ISN of the next SYN this side forms ([`Setting::Isn`]).
    pub fn set_isn(&mut self, side: Side, isn: u32) {
        self.apply(Setting::Isn(side, isn));
    }

    /// Switches a side between sending on its own and the outbox
    /// ([`Setting::Auto`]).
    pub fn set_auto(&mut self, side: Side, auto: bool) {
        self.apply(Setting::Auto(side, auto));
    }

    // ----- inputs -----

    fn bump_sched(&mut self) -> u64 {
        self.next_sched += 1;
        self.next_sched
    }

    /// Records a timer change with its schedule order.
    fn sync_timer(&mut self, side: Side) {
        let due = self.endpoints[side].poll_timeout();
        if due != self.timers[side].0 {
            let sched = self.bump_sched();
            self.timers[side] = (due, sched);
        }
    }

    /// Moves an endpoint's outputs to the trace and the wire or outbox.
    fn collect(&mut self, side: Side) {
        let mut outputs = core::mem::take(&mut self.outputs);
        self.endpoints[side].take_outputs_into(&mut outputs);
        for out in outputs.drain(..) {
            self.apps[side].record(&out);
            match out {
                Output::Transmit { seg, reason } => {
                    if self.auto[side] {
                        // Lost before the bottleneck: it takes no room there.
                        let lost = self.loss_roll();
                        let id = self.put_on_wire(side, seg, Origin::Tcp, Some(reason), lost);
                        if lost {
                            if let Some(i) = self.wire.index_of(id) {
                                self.lose(i, DropCause::Random);
                            }
                        }
                    } else {
                        self.log(Event::Queued {
                            side,
                            seg: seg.clone(),
                            reason,
                        });
                        self.outbox[side].push(Outgoing {
                            seg,
                            reason,
                            formed_at: self.now,
                        });
                    }
                }
                Output::Note(note) => {
                    self.rules[side].insert(note.rule());
                    self.log(Event::Note { side, note })
                }
                Output::StateChange { from, to } => {
                    self.log(Event::StateChanged { side, from, to })
                }
                Output::Signal(signal) => self.log(Event::Signal { side, signal }),
                Output::Data(bytes) => self.log(Event::Received {
                    side,
                    len: bytes.len(),
                }),
                // In the trace as the call that made it (Event::Call).
                Output::SendAccepted(_) => {}
                Output::TimerFired(kind) => self.log(Event::TimerFired { side, kind }),
            }
        }
        self.outputs = outputs;
        self.sync_timer(side);
        if self.tracing {
            let sample = WindowSample::of(&self.endpoints[side], self.now);
            self.windows[side].record(sample, self.history_cap);
        }
    }

    fn put_on_wire(
        &mut self,
        from: Side,
        seg: Segment,
        origin: Origin,
        reason: Option<Reason>,
        bypass_link: bool,
    ) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let full = self.wire.len() >= MAX_IN_FLIGHT;
        // Through the bottleneck, if any: the segment propagates once its
        // last bit is out (`None`: the queue is full).
        let mut departs = Some(self.now);
        let waiting = self.queues[from].len();
        if let Some(link) = self.config.links[from].filter(|_| !full && !bypass_link) {
            self.settle(from);
            departs = self.queues[from]
                .enter(&link, id, seg.payload.len(), self.now.as_millis())
                .map(Instant::from_millis);
        }
        let arrives_at = departs.unwrap_or(self.now) + self.config.latency;
        let sched = self.bump_sched();
        self.log(Event::Sent {
            id,
            from,
            seg: seg.clone(),
            arrives_at,
            origin,
            reason,
        });
        if full || departs.is_none() {
            let recovery = self.recovery(from, &seg, origin);
            let cause = if full {
                DropCause::WireFull
            } else {
                DropCause::QueueFull
            };
            self.log(Event::Dropped {
                id,
                cause,
                recovery,
            });
            return id;
        }
        if self.queues[from].len() != waiting {
            self.log_queue(from);
        }
        self.wire.push(InFlight {
            id,
            from,
            seg,
            sent_at: self.now,
            arrives_at,
            origin,
            sched,
        });
        self.arrivals.push(Reverse((arrives_at, sched, id)));
        id
    }

    /// Random loss, decided by the seeded generator when a segment is sent.
    fn loss_roll(&mut self) -> bool {
        let p = u64::from(self.config.loss_percent);
        p != 0 && crate::endpoint::splitmix64(&mut self.loss_rng) % 100 < p
    }

    /// Logs the length of `from`'s link queue.
    fn log_queue(&mut self, from: Side) {
        let len = self.queues[from].len();
        self.log(Event::Queue { from, len });
    }

    /// Moves the queued segments whose serialization has begun out of
    /// `from`'s queue.
    fn settle(&mut self, from: Side) {
        if self.queues[from].settle(self.now.as_millis()) {
            self.log_queue(from);
        }
    }

    /// Takes the `i`-th segment off the wire. Taken from its link's queue
    /// or transmitter (by hand), it lets the segments behind it move up.
    fn take(&mut self, i: usize) -> Option<InFlight> {
        let flight = self.wire.remove(i)?;
        let from = flight.from;
        let waiting = self.queues[from].len();
        let moved = self.queues[from].remove(flight.id, self.now.as_millis());
        if self.queues[from].len() != waiting {
            self.log_queue(from);
        }
        for (id, earlier) in moved {
            let sched = self.bump_sched();
            if let Some(f) = self.wire.index_of(id).and_then(|j| self.wire.get_mut(j)) {
                f.arrives_at = Instant::from_millis(f.arrives_at.as_millis() - earlier);
                f.sched = sched;
                self.arrivals.push(Reverse((f.arrives_at, sched, id)));
            }
        }
        Some(flight)
    }

    /// Takes the `i`-th segment off the wire as lost.
    fn lose(&mut self, i: usize, cause: DropCause) -> Option<()> {
        let flight = self.take(i)?;
        self.lost(&flight, cause);
        Some(())
    }

    /// An application call on one side.
    pub fn call(&mut self, side: Side, call: Call) {
        self.log(Event::Call {
            side,
            call: call.clone(),
        });
        self.endpoints[side].call(call, self.now);
        self.collect(side);
    }

    fn select(&self, sel: Selector) -> Result<usize, SimError> {
        if sel.n == 0 {
            return Err(SimError::NoSuchSegment(sel));
        }
        self.wire
            .iter()
            .enumerate()
            .filter(|(_, f)| sel.from.is_none_or(|side| f.from == side))
            .nth(sel.n - 1)
            .map(|(i, _)| i)
            .ok_or(SimError::NoSuchSegment(sel))
    }

    /// The selected segment in flight.
    pub fn selected(&self, sel: Selector) -> Result<&InFlight, SimError> {
        self.select(sel).map(|i| &self.wire[i])
    }

    fn arrive(&mut self, index: usize) {
        let Some(flight) = self.take(index) else {
            return;
        };
        let to = flight.from.other();
        self.log(Event::Delivered { id: flight.id, to });
        self.endpoints[to].on_segment(flight.seg, self.now);
        self.collect(to);
    }

    /// The selected segment arrives now.
    pub fn deliver(&mut self, sel: Selector) -> Result<(), SimError> {
        let i = self.select(sel)?;
        self.arrive(i);
        Ok(())
    }

    /// Delivers the segment with this id now.
    pub fn deliver_id(&mut self, id: u64) -> bool {
        match self.wire.index_of(id) {
            Some(i) => {
                self.arrive(i);
                true
            }
            None => false,
        }
    }

    /// The selected segment is lost.
    pub fn drop_segment(&mut self, sel: Selector) -> Result<(), SimError> {
        let i = self.select(sel)?;
        self.lose(i, DropCause::Hand)
            .ok_or(SimError::NoSuchSegment(sel))
    }

    /// Logs the loss of a segment taken off the wire, with what recovers it.
    fn lost(&mut self, flight: &InFlight, cause: DropCause) {
        let recovery = self.recovery(flight.from, &flight.seg, flight.origin);
        self.log(Event::Dropped {
            id: flight.id,
            cause,
            recovery,
        });
    }

    /// What recovers `seg`, lost on its way from `from`, as the TCPs are now.
    fn recovery(&self, from: Side, seg: &Segment, origin: Origin) -> Recovery {
        Recovery::of(
            seg,
            origin,
            &Scene {
                from,
                sender: &self.endpoints[from],
                peer: &self.endpoints[from.other()],
                wire: &self.wire,
                now: self.now,
                latency: self.config.latency,
            },
        )
    }

    /// A copy of the selected segment goes onto the wire now.
    pub fn duplicate(&mut self, sel: Selector) -> Result<u64, SimError> {
        let i = self.select(sel)?;
        let flight = self.wire[i].clone();
        Ok(self.put_on_wire(
            flight.from,
            flight.seg,
            Origin::Duplicate { of: flight.id },
            None,
            false,
        ))
    }

    /// The selected segment arrives `by` later than planned.
    pub fn delay(&mut self, sel: Selector, by: Duration) -> Result<(), SimError> {
        let i = self.select(sel)?;
        let sched = self.bump_sched();
        let Some(flight) = self.wire.get_mut(i) else {
            return Err(SimError::NoSuchSegment(sel));
        };
        flight.arrives_at = flight.arrives_at + by;
        flight.sched = sched;
        let (id, until) = (flight.id, flight.arrives_at);
        self.arrivals.push(Reverse((until, sched, id)));
        self.log(Event::Delayed { id, until });
        Ok(())
    }

    /// A hand-made segment goes onto the wire from `from`, without
    /// changing the sender's state.
    pub fn inject(&mut self, from: Side, seg: Segment) -> u64 {
        self.put_on_wire(from, seg, Origin::Injected, None, false)
    }

    fn outbox_index(&self, side: Side, n: usize) -> Result<usize, SimError> {
        if n == 0 || n > self.outbox[side].len() {
            Err(SimError::NoSuchOutgoing { side, n })
        } else {
            Ok(n - 1)
        }
    }

    /// The N-th outbox segment goes onto the wire (as formed, or as edited).
    pub fn release(
        &mut self,
        side: Side,
        n: usize,
        edited: Option<Segment>,
    ) -> Result<u64, SimError> {
        let i = self.outbox_index(side, n)?;
        let out = self.outbox[side].remove(i);
        let seg = edited.unwrap_or(out.seg);
        Ok(self.put_on_wire(side, seg, Origin::Released, Some(out.reason), false))
    }

    /// The N-th outbox segment is thrown away.
    pub fn discard(&mut self, side: Side, n: usize) -> Result<(), SimError> {
        let i = self.outbox_index(side, n)?;
        let out = self.outbox[side].remove(i);
        self.log(Event::Discarded { side, seg: out.seg });
        Ok(())
    }

    // ----- time -----

    /// The earliest scheduled thing; ties go to the one scheduled first.
    /// Where segment `id` is on the wire (ids are handed out in the order
    /// segments go onto it, so the wire is sorted by id).
    fn wire_index(&self, id: u64) -> Option<usize> {
        self.wire.index_of(id)
    }

    fn next_due(&mut self) -> Option<(Instant, Due)> {
        // Drop stale arrivals: delivered, lost, or moved by a delay.
        let arrival = loop {
            let Some(Reverse((t, sched, id))) = self.arrivals.peek().copied() else {
                break None;
            };
            match self.wire_index(id) {
                Some(i) if self.wire.get(i).is_some_and(|f| f.sched == sched) => {
                    break Some((t, sched, Due::Arrival(i)));
                }
                _ => {
                    self.arrivals.pop();
                }
            }
        };
        let timers = Side::BOTH.into_iter().filter_map(|side| {
            let (due, sched) = self.timers[side];
            due.map(|t| (t, sched, Due::Timer(side)))
        });
        // Before anything else due at the same instant: only the queue changes.
        let departures = Side::BOTH.into_iter().filter_map(|side| {
            let t = self.queues[side].next_start()?;
            Some((Instant::from_millis(t), 0, Due::Departure(side)))
        });
        arrival
            .into_iter()
            .chain(timers)
            .chain(departures)
            .min_by_key(|(t, sched, _)| (*t, *sched))
            .map(|(t, _, due)| (t, due))
    }

    fn fire(&mut self, due: Due) {
        match due {
            Due::Arrival(i) => self.arrive(i),
            Due::Departure(side) => self.settle(side),
            Due::Timer(side) => {
                // The endpoint tells which timers fired, every one due now.
                self.endpoints[side].on_timeout(self.now);
                self.collect(side);
            }
        }
    }

    /// Runs the next scheduled event, moving the clock to it. Returns
    /// false when nothing is scheduled.
    pub fn step(&mut self) -> bool {
        match self.next_due() {
            Some((t, due)) => {
                self.now = self.now.max(t);
                self.fire(due);
                true
            }
            None => false,
        }
    }

    /// Moves the clock forward by `d`, running every event due on the way.
    pub fn advance(&mut self, d: Duration) -> Result<(), SimError> {
        let mut running = self.begin_advance(d);
        self.resume(&mut running, usize::MAX).map(|_| ())
    }

    /// Runs events until nothing is in flight and no timer is pending, for
    /// at most `bound`; the clock stops at the last event (or the bound).
    pub fn run(&mut self, bound: Duration) -> Result<(), SimError> {
        let mut running = self.begin_run(bound);
        self.resume(&mut running, usize::MAX).map(|_| ())
    }

    /// An [`advance`](Sim::advance) by `d` that [`resume`](Sim::resume)
    /// runs in slices, so that a caller (a web page) is never blocked long.
    pub fn begin_advance(&self, d: Duration) -> Running {
        Running {
            until: Until::Time(self.now + d),
            budget: MAX_EVENTS_PER_STEP,
        }
    }

    /// A [`run`](Sim::run) for at most `bound`, in slices like
    /// [`begin_advance`](Sim::begin_advance).
    pub fn begin_run(&self, bound: Duration) -> Running {
        Running {
            until: Until::Quiet(self.now + bound),
            budget: MAX_EVENTS_PER_STEP,
        }
    }

    /// Runs at most `events` more events of a long step; true once it is
    /// finished. The limits are those of the whole step, however sliced.
    pub fn resume(&mut self, running: &mut Running, events: usize) -> Result<bool, SimError> {
        let limit = match running.until {
            Until::Time(t) | Until::Quiet(t) => t,
        };
        for _ in 0..events {
            let Some((t, due)) = self.next_due() else {
                if let Until::Time(target) = running.until {
                    self.now = target;
                }
                return Ok(true);
            };
            if t > limit {
                self.now = limit;
                return Ok(true);
            }
            if running.budget == 0 {
                return Err(SimError::TooManyEvents);
            }
            if self.events() >= MAX_EVENTS_PER_SESSION {
                return Err(SimError::SessionFull);
            }
            running.budget -= 1;
            self.now = self.now.max(t);
            self.fire(due);
        }
        Ok(false)
    }
}

/// A long `advance` or `run` under way (see [`Sim::begin_advance`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Running {
    until: Until,
    /// Events the step may still run ([`MAX_EVENTS_PER_STEP`] in all).
    budget: usize,
}

impl Running {
    /// Events run so far.
    pub fn events(&self) -> usize {
        MAX_EVENTS_PER_STEP - self.budget
    }
}

/// Where a long step ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Until {
    /// `advance`: the clock reaches this time, whatever is scheduled.
    Time(Instant),
    /// `run`: nothing is scheduled any more, or this time is reached.
    Quiet(Instant),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Flags;
    use crate::seq::SeqNum;
    use crate::testing::connected;

    /// Setting kinds: the match has no wildcard, so a new kind does not
    /// compile until it is numbered here and listed in [`every_setting`].
    const SETTING_KINDS: usize = 18;
    fn kind(setting: Setting) -> usize {
        match setting {
            Setting::Isn(..) => 0,
            Setting::Window(..) => 1,
            Setting::Mss(_) => 2,
            Setting::Msl(_) => 3,
            Setting::Rto(_) => 4,
            Setting::Latency(_) => 5,
            Setting::Retries(_) => 6,
            Setting::Rfc5961(_) => 7,
            Setting::Auto(..) => 8,
            Setting::Loss(_) => 9,
            Setting::Autoread(..) => 10,
            Setting::DelayedAck(_) => 11,
            Setting::MssOption(_) => 12,
            Setting::Nagle(..) => 13,
            Setting::Cc(..) => 14,
            Setting::Iw(..) => 15,
            Setting::Link(..) => 16,
            Setting::Sack(..) => 17,
        }
    }

    /// One change of every kind, each away from the default.
    fn every_setting() -> Vec<Setting> {
        vec![
            Setting::Isn(Side::Client, 7),
            Setting::Window(Side::Server, 1000),
            Setting::Mss(500),
            Setting::Msl(Duration::from_secs(2)),
            Setting::Rto(Duration::from_secs(3)),
            Setting::Latency(Duration::from_millis(50)),
            Setting::Retries(2),
            Setting::Rfc5961(false),
            Setting::Auto(Side::Client, false),
            Setting::Loss(10),
            Setting::Autoread(Side::Server, false),
            Setting::DelayedAck(true),
            Setting::MssOption(true),
            Setting::Nagle(Side::Client, true),
            Setting::Cc(Side::Client, crate::endpoint::CongestionControl::NewReno),
            Setting::Iw(Side::Server, Some(10)),
            Setting::Sack(Side::Client, true),
            Setting::Link(
                Side::Client,
                Some(Link {
                    rate: 1_000_000,
                    queue: 5,
                }),
            ),
        ]
    }

    /// What the settings change: the wire's, both endpoints' and the modes.
    fn settings_seen(sim: &Sim) -> String {
        let side = |s: Side| format!("{:?} {}", sim.endpoint(s), sim.auto(s));
        format!(
            "{:?} {} {}",
            sim.config(),
            side(Side::Client),
            side(Side::Server)
        )
    }

    fn settings_logged(sim: &Sim) -> Vec<Setting> {
        sim.trace()
            .iter()
            .filter_map(|entry| match entry.event {
                Event::Setting(s) => Some(s),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_setting_kind_is_applied_and_logged_once() {
        let all = every_setting();
        let kinds: std::collections::BTreeSet<_> = all.iter().map(|&s| kind(s)).collect();
        assert_eq!(kinds.len(), SETTING_KINDS, "every kind listed once");
        for setting in all {
            let mut sim = connected();
            let before = settings_seen(&sim);
            let logged = settings_logged(&sim).len();
            sim.apply(setting);
            assert_eq!(
                settings_logged(&sim)[logged..],
                [setting],
                "{setting:?} logged once"
            );
            assert_ne!(settings_seen(&sim), before, "{setting:?} applied");
        }
    }

    #[test]
    fn a_loss_above_all_is_applied_and_logged_as_all() {
        let mut sim = Sim::default();
        sim.set_loss(250);
        assert_eq!(sim.config().loss_percent, 100);
        assert_eq!(settings_logged(&sim), [Setting::Loss(100)]);
    }

    #[test]
    fn the_next_timer_to_fire_is_not_one_an_arrival_cancels_first() {
        // The final ACK is lost; the server's FIN comes again at 1 s.
        let mut sim = connected();
        sim.call(Side::Client, Call::Close);
        sim.run(Duration::from_secs(5)).unwrap();
        sim.call(Side::Server, Call::Close);
        sim.deliver(Selector::FIRST).unwrap();
        sim.drop_segment(Selector::FIRST).unwrap();
        let start = sim.now();
        let first = sim.next_timer_firing().unwrap();
        sim.advance(first.saturating_since(start)).unwrap();
        assert!(matches!(
            sim.trace()
                .iter_from(sim.trace().len() - 8)
                .find(|e| matches!(e.event, Event::TimerFired { .. }))
                .map(|e| &e.event),
            Some(Event::TimerFired {
                side: Side::Server,
                ..
            })
        ));
        // The server's timer is due again, but the FIN's ACK on its way
        // cancels it: the next timer to fire is TIME-WAIT's end, restarted
        // by that FIN.
        let server_due = sim.endpoint(Side::Server).timers()[0].due;
        let time_wait = sim.endpoint(Side::Client).timers()[0].due;
        let next = sim.next_timer_firing().unwrap();
        assert!(server_due < time_wait && time_wait < next, "{next:?}");
        assert_eq!(sim.endpoint(Side::Client).state(), State::TimeWait);
    }

    #[test]
    fn timers_due_at_one_instant_each_give_an_event_in_order() {
        let mut sim = connected();
        sim.apply(Setting::DelayedAck(true));
        let t0 = sim.now();
        // The client's data is lost: it is due again at t0 + 1 s (RTO 1 s).
        sim.call(Side::Client, Call::Send(b"ours".to_vec()));
        sim.drop_segment(Selector::FIRST).unwrap();
        // The server's data arrives at t0 + 800 ms: its ACK may wait 200 ms.
        sim.advance(Duration::from_millis(700)).unwrap();
        sim.call(Side::Server, Call::Send(b"theirs".to_vec()));
        sim.advance(Duration::from_millis(300)).unwrap();
        let due = t0 + Duration::from_secs(1);
        let fired: Vec<TimerKind> = sim
            .trace()
            .iter()
            .filter(|e| e.time == due)
            .filter_map(|e| match e.event {
                Event::TimerFired {
                    side: Side::Client,
                    kind,
                } => Some(kind),
                _ => None,
            })
            .collect();
        assert_eq!(fired, [TimerKind::DelayedAck, TimerKind::Retransmission]);
    }

    fn seg(flags: Flags, seq: u32, ack: u32) -> Segment {
        Segment {
            seq: SeqNum(seq),
            ack: SeqNum(ack),
            flags,
            wnd: 65535,
            payload: Vec::new().into(),
            options: Vec::new(),
        }
    }

    fn fields(s: &Segment) -> (Flags, u32, u32) {
        (s.flags, s.seq.0, s.ack.0)
    }

    /// A lossy transfer with retransmissions: many events of every kind.
    fn lossy_transfer() -> Sim {
        let mut sim = connected();
        sim.set_loss(40);
        sim.call(Side::Client, Call::Send(vec![b'x'; 20_000]));
        sim.call(Side::Client, Call::Close);
        sim
    }

    #[test]
    fn received_data_is_shown_as_its_bytes() {
        let mut sim = connected();
        let mut data = b"HTTP/1.0 200 OK\r\n\r\n\x1b\xff".to_vec();
        data.extend_from_slice("é".as_bytes());
        sim.call(Side::Server, Call::Send(data));
        sim.run(Duration::from_secs(5)).unwrap();
        let shown = &sim.snapshot().endpoints[Side::Client].received_tail;
        assert_eq!(shown, "HTTP/1.0 200 OK\\r\\n\\r\\n\\x1b\\xffé");
        // Cut to the last bytes, never in the middle of a character.
        sim.call(Side::Server, Call::Send("€".repeat(DATA_TAIL).into_bytes()));
        sim.run(Duration::from_secs(5)).unwrap();
        let shown = &sim.snapshot().endpoints[Side::Client].received_tail;
        assert_eq!(shown, &"€".repeat(DATA_TAIL / 3));
    }

    #[test]
    fn a_long_step_run_in_slices_ends_where_it_would_in_one_go() {
        for (whole, sliced) in [
            (
                (|s: &mut Sim| s.advance(Duration::from_secs(30)))
                    as fn(&mut Sim) -> Result<(), SimError>,
                (|s: &Sim| s.begin_advance(Duration::from_secs(30))) as fn(&Sim) -> Running,
            ),
            (
                |s: &mut Sim| s.run(Duration::from_secs(600)),
                |s: &Sim| s.begin_run(Duration::from_secs(600)),
            ),
        ] {
            let mut one = lossy_transfer();
            whole(&mut one).unwrap();
            let mut many = lossy_transfer();
            let mut running = sliced(&many);
            let mut slices = 0;
            while !many.resume(&mut running, 2).unwrap() {
                slices += 1;
            }
            assert!(
                slices > 10,
                "the transfer is long enough to slice: {slices}"
            );
            assert!((2 * slices..=2 * slices + 2).contains(&running.events()));
            assert_eq!(many.snapshot(), one.snapshot());
        }
    }

    #[test]
    fn a_long_step_keeps_its_event_limit_across_slices() {
        let mut sim = lossy_transfer();
        let mut running = sim.begin_run(Duration::from_secs(600));
        running.budget = 20;
        let mut result = Ok(false);
        for _ in 0..10 {
            result = sim.resume(&mut running, 3);
            if result != Ok(false) {
                break;
            }
        }
        assert_eq!(result, Err(SimError::TooManyEvents));
    }

    #[test]
    fn suggestion_in_a_synchronized_state_is_snd_nxt_and_rcv_nxt() {
        let mut sim = connected();
        assert_eq!(
            fields(&sim.suggestion(Side::Client)),
            (Flags::ACK, 1001, 5001)
        );
        // After their FIN, the ACK covers it (CLOSE-WAIT).
        sim.call(Side::Server, Call::Close);
        sim.run(Duration::from_secs(1)).unwrap();
        assert_eq!(sim.endpoint(Side::Client).state(), State::CloseWait);
        assert_eq!(
            fields(&sim.suggestion(Side::Client)),
            (Flags::ACK, 1001, 5002)
        );
    }

    #[test]
    fn suggestion_in_syn_received_is_the_syn_ack() {
        let mut sim = Sim::default();
        sim.set_isn(Side::Server, 5000);
        sim.call(Side::Server, Call::Listen);
        sim.inject(Side::Client, seg(Flags::SYN, 700, 0));
        sim.deliver(Selector::FIRST).unwrap();
        assert_eq!(
            fields(&sim.suggestion(Side::Server)),
            (Flags::SYN | Flags::ACK, 5000, 701)
        );
    }

    #[test]
    fn suggestion_in_manual_mode_is_the_segment_in_the_outbox() {
        let mut sim = Sim::default();
        sim.set_auto(Side::Client, false);
        sim.set_isn(Side::Client, 42);
        sim.call(Side::Client, Call::Connect);
        assert_eq!(fields(&sim.suggestion(Side::Client)), (Flags::SYN, 42, 0));
        assert_eq!(
            sim.suggestion(Side::Client),
            sim.outbox(Side::Client)[0].seg
        );
    }

    #[test]
    fn suggestion_with_no_connection_is_the_syn_connect_sends() {
        for mss_option in [false, true] {
            let config = Config {
                mss_option,
                ..Config::default()
            };
            let mut sim = Sim::new(SimConfig::default(), config);
            let suggested = sim.suggestion(Side::Client);
            assert_eq!(suggested.flags, Flags::SYN);
            assert_eq!(sim.suggestion(Side::Client), suggested, "nothing changed");
            sim.set_auto(Side::Client, false);
            sim.call(Side::Client, Call::Connect);
            assert_eq!(sim.outbox(Side::Client)[0].seg, suggested);
        }
    }

    #[test]
    fn a_suggested_syn_carries_the_mss_option_when_the_tcp_announces_it() {
        let config = Config {
            mss_option: true,
            mss: 1200,
            ..Config::default()
        };
        let mut sim = Sim::new(SimConfig::default(), config);
        assert_eq!(sim.suggestion(Side::Client).mss(), Some(1200), "CLOSED");
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        assert_eq!(sim.suggestion(Side::Client).mss(), Some(1200), "SYN-SENT");
        sim.deliver(Selector::FIRST).unwrap();
        let syn_ack = sim.suggestion(Side::Server);
        assert_eq!(syn_ack.flags, Flags::SYN | Flags::ACK);
        assert_eq!(syn_ack.mss(), Some(1200), "SYN-RECEIVED");
    }

    #[test]
    fn history_cap_bounds_the_trace_and_keeps_indices() {
        let mut sim = Sim::default();
        sim.set_history_cap(2_000, 4096);
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(10)).unwrap();
        for _ in 0..400 {
            sim.call(Side::Client, Call::Send(vec![b'x'; 100]));
            sim.run(Duration::from_secs(10)).unwrap();
        }
        let trace = sim.trace();
        assert!(trace.len() > 3_000, "everything that happened is counted");
        assert!(
            trace.iter().count() <= 2_000 + 256,
            "but only the newest is kept"
        );
        assert!(trace.get(trace.first_kept()).is_some() && trace.get(0).is_none());
        assert_eq!(sim.app(Side::Server).received().len(), 40_000);
        assert!(sim.app(Side::Server).received().iter().count() <= 4096 + 16384);
    }

    #[test]
    fn without_a_trace_the_engine_runs_the_same_and_still_counts_events() {
        let run = |tracing: bool| {
            let mut sim = Sim::default();
            sim.set_tracing(tracing);
            sim.call(Side::Server, Call::Listen);
            sim.call(Side::Client, Call::Connect);
            sim.call(Side::Client, Call::Send(b"hello".to_vec()));
            sim.run(Duration::from_secs(60)).unwrap();
            sim
        };
        let (traced, untraced) = (run(true), run(false));
        assert!(untraced.trace().is_empty());
        assert_eq!(untraced.events(), traced.trace().len());
        assert_eq!(untraced.app(Side::Server).received().to_vec(), b"hello");
        assert_eq!(untraced.endpoint(Side::Client).state(), State::Established);
    }
}
