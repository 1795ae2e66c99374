//! One TCP connection endpoint, sans-IO (RFC 9293 §3.10).
//!
//! Inputs go in as method calls that carry `now`: the user calls of §3.10.1–5
//! ([`Endpoint::call`]: OPEN, SEND, CLOSE, ABORT), SEGMENT ARRIVES ([`Endpoint::on_segment`]) and
//! timeouts ([`Endpoint::on_timeout`]). What comes out is pulled:
//! [`Endpoint::take_outputs`] (segments to send, notes, state changes,
//! signals, bytes SEND took and bytes handed to the application, in the
//! order they happened) and [`Endpoint::poll_timeout`]. What the
//! application was told is kept by whoever takes the outputs (the
//! simulation's [`AppHistory`](crate::history::AppHistory)), not here.

mod arrives;
mod congestion;
mod cubic;
mod sack;
mod scoreboard;
mod sending;
mod spaces;
#[cfg(test)]
mod tests;
mod timers;

use crate::log::Log;
use crate::note::{Note, Reason, Seq, Signal};
use crate::options::TcpOption;
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::shared::SharedBytes;
use crate::time::Instant;
use core::fmt;
use core::time::Duration;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

pub use crate::state::State;
use congestion::Congestion;
pub use congestion::{initial_window, CongestionControl, CongestionView, INITIAL_SSTHRESH, MAX_IW};
pub use cubic::{cubic_k, w_cubic};
pub use sack::{blocks_that_fit, SackView, MAX_SACK_BLOCKS};
pub use sending::SWS_OVERRIDE;
pub use spaces::{ReceiveSpace, SendSpace, Shut, Span, SPANS_SHOWN};
use timers::Timers;
pub use timers::{Timer, TimerKind};

/// The transmission control block variables of §3.3.1, as a student sees them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tcb {
    /// Initial send sequence number.
    pub iss: SeqNum,
    /// Initial receive sequence number.
    pub irs: SeqNum,
    /// Oldest unacknowledged sequence number.
    pub snd_una: SeqNum,
    /// Next sequence number to send.
    pub snd_nxt: SeqNum,
    /// Send window: what the peer last advertised.
    pub snd_wnd: u32,
    /// Segment sequence number used for the last window update.
    pub snd_wl1: SeqNum,
    /// Segment acknowledgment number used for the last window update.
    pub snd_wl2: SeqNum,
    /// Next sequence number expected on an incoming segment.
    pub rcv_nxt: SeqNum,
    /// Receive window.
    pub rcv_wnd: u32,
    /// Largest window the peer has advertised (RFC 5961 §5 MAX.SND.WND).
    pub max_snd_wnd: u32,
}

/// Settings of one endpoint (the scenario `set` keys).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// Receive window in bytes.
    pub window: u32,
    /// Largest payload of one segment.
    pub mss: u32,
    /// Maximum segment lifetime; TIME-WAIT lasts twice this.
    pub msl: Duration,
    /// Initial retransmission timeout (RFC 6298 §2.1).
    pub rto: Duration,
    /// Retransmissions of one segment before giving up.
    pub retries: u32,
    /// RFC 5961 challenge ACKs and the §5 ACK range check.
    pub rfc5961: bool,
    /// The application reads every byte as soon as it arrives in order, so
    /// the receive buffer never holds any and RCV.WND stays `window`. Off,
    /// data waits in the buffer (RCV.USER) until [`Call::Read`].
    #[serde(default = "yes")]
    pub autoread: bool,
    /// Delayed ACKs (RFC 9293 §3.8.6.3, SHLD-18): in-order data is
    /// acknowledged with the next segment out, every second data segment,
    /// or after [`DELAYED_ACK`] at the latest. Off (the default), every
    /// segment is acknowledged at once, so that each step can be seen.
    #[serde(default)]
    pub delayed_ack: bool,
    /// The MSS option (RFC 9293 §3.7.1): SYNs carry `mss`, and segments to
    /// the peer carry at most the MSS its SYN announced, 536 bytes when it
    /// announced none (MUST-15). Off (the default), SYNs carry no option
    /// and every segment may carry `mss` bytes, as before the option.
    #[serde(default)]
    pub mss_option: bool,
    /// The Nagle algorithm (RFC 9293 §3.7.4, SHLD-7): while data is
    /// unacknowledged, small segments wait for its ACK or for a full
    /// segment. Off (the default, as MUST-17 lets an application choose),
    /// every SEND goes out at once, as the scenarios assume.
    #[serde(default)]
    pub nagle: bool,
    /// Congestion control (RFC 5681, RFC 6582) on this side's connection.
    /// Off (the default), only the peer's window limits what is sent, as
    /// the scenarios written before it assume.
    #[serde(default)]
    pub cc: CongestionControl,
    /// The initial window in segments (RFC 6928's IW10 is 10); `None`
    /// takes RFC 5681 §3.1 equation (3) (2 to 4 segments by SMSS).
    #[serde(default)]
    pub iw: Option<u32>,
    /// Selective acknowledgments (RFC 2018): SYNs carry SACK-permitted,
    /// and when the peer's did too, ACKs carry SACK blocks for the data
    /// held out of order, and a side running congestion control recovers
    /// from losses by RFC 6675. Off (the default), as the scenarios
    /// written before it assume.
    #[serde(default)]
    pub sack: bool,
}

/// How long an ACK may wait for company (MUST-40: less than 0.5 s).
pub const DELAYED_ACK: Duration = Duration::from_millis(200);

fn yes() -> bool {
    true
}

impl Default for Config {
    fn default() -> Config {
        Config {
            window: 65535,
            mss: 1460,
            msl: Duration::from_secs(30),
            rto: Duration::from_secs(1),
            retries: 6,
            rfc5961: true,
            autoread: true,
            delayed_ack: false,
            mss_option: false,
            nagle: false,
            cc: CongestionControl::Off,
            iw: None,
            sack: false,
        }
    }
}

/// How a segment's octets stand at their sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outstanding {
    /// Some are unacknowledged and kept for retransmission.
    Octets,
    /// It is the zero-window probe still outstanding.
    Probe,
}

/// Largest receive window accepted: RFC 7323's limit, which also keeps every
/// window far inside the 2^31 range where sequence comparisons hold.
pub const MAX_WINDOW: u32 = 1 << 30;
/// Most bytes an application may have queued for sending
/// (beyond it, SEND answers "insufficient resources").
pub const MAX_SEND_QUEUE: usize = 1 << 20;
/// RFC 6298 §2.4 lower bound for a computed RTO.
const MIN_RTO: Duration = Duration::from_secs(1);
/// RFC 6298 §2.5 upper bound.
const MAX_RTO: Duration = Duration::from_secs(60);
/// RFC 6298 §5.7: the RTO once data flows after a SYN timed out.
const SYN_TIMEOUT_RTO: Duration = Duration::from_secs(3);
/// Out-of-order segments held at most. They all lie within the receive
/// window and repeats are not kept twice, so this only stops a flood of
/// tiny crafted segments.
const MAX_HELD: usize = 4096;

/// An application call (RFC 9293 §3.10.1–§3.10.5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Call {
    /// Passive OPEN.
    Listen,
    /// Active OPEN.
    Connect,
    /// SEND these bytes.
    Send(Vec<u8>),
    /// CLOSE: no more data from this side.
    Close,
    /// ABORT.
    Abort,
    /// RECEIVE (§3.10.3): take up to this many bytes waiting in the receive
    /// buffer (all of them if `None`). It never waits: with nothing in the
    /// buffer it returns nothing, like a non-blocking socket.
    Read(Option<u32>),
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Call::Listen => f.write_str("listen"),
            Call::Connect => f.write_str("connect"),
            Call::Send(data) => write!(f, "send {} bytes", data.len()),
            Call::Close => f.write_str("close"),
            Call::Abort => f.write_str("abort"),
            Call::Read(None) => f.write_str("read"),
            Call::Read(Some(n)) => write!(f, "read {n} bytes"),
        }
    }
}

/// Something the endpoint did, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Output {
    /// A segment to send, with why the TCP formed it.
    Transmit {
        /// The segment.
        seg: Segment,
        /// Why.
        reason: Reason,
    },
    /// An explanation: the rule of RFC 9293 (or 5961, 6298) that applied,
    /// with its values.
    Note(Note),
    /// A state transition.
    StateChange {
        /// Before.
        from: State,
        /// After.
        to: State,
    },
    /// A message to the application, e.g. `connection reset`.
    Signal(Signal),
    /// Bytes handed to the application (in order).
    Data(SharedBytes),
    /// Bytes a SEND call took, to be sent after those before them (a SEND
    /// refused tells a [`Signal`] instead).
    SendAccepted(SharedBytes),
    /// A timer fired; what it did follows. Timers due at one instant come
    /// one after the other, in the order of [`TimerKind::ALL`].
    TimerFired(TimerKind),
}

/// One segment kept for retransmission: the sequence space it occupies.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Unacked {
    seq: SeqNum,
    syn: bool,
    payload: SharedBytes,
    fin: bool,
    sent_at: Instant,
    retransmits: u32,
    /// A zero-window probe's octet (§3.8.6.1).
    probe: bool,
}

impl Unacked {
    fn len(&self) -> u32 {
        self.payload.len() as u32 + u32::from(self.syn) + u32::from(self.fin)
    }
    fn end(&self) -> SeqNum {
        self.seq + self.len()
    }
}

/// Segment text (and perhaps FIN) that arrived ahead of RCV.NXT (SHLD-31).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Held {
    seq: SeqNum,
    payload: SharedBytes,
    fin: bool,
}

/// Application data: large chunks keep clones cheap for long transfers.
pub type Bytes = Log<u8, 16384>;

/// Bytes waiting (to be sent, or to be read), in a log that clones cheaply.
#[derive(Clone, Debug, Default)]
struct ByteQueue {
    bytes: Bytes,
    taken: usize,
}

impl ByteQueue {
    fn len(&self) -> usize {
        self.bytes.len() - self.taken
    }
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn extend(&mut self, data: &[u8]) {
        self.bytes.extend_from_slice(data);
    }
    /// Takes the next `n` bytes, a stored slice at a time.
    fn take(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n.min(self.len()));
        for slice in self.bytes.slices_from(self.taken) {
            let want = n - out.len();
            if want == 0 {
                break;
            }
            out.extend_from_slice(&slice[..want.min(slice.len())]);
        }
        self.taken += out.len();
        self.bytes.forget_before(self.taken);
        out
    }
    fn clear(&mut self) {
        self.taken = self.bytes.len();
        self.bytes.forget_before(self.taken);
    }
}

/// One TCP endpoint: its state, TCB, queues and timers.
#[derive(Clone, Debug)]
pub struct Endpoint {
    config: Config,
    state: State,
    tcb: Tcb,
    /// MUST-11: SYN-RECEIVED remembers whether it came from LISTEN.
    passive: bool,
    /// This connection has chosen its ISS / learned the peer's (IRS).
    iss_known: bool,
    irs_known: bool,
    next_isn: Option<u32>,
    rng: u64,
    now: Instant,
    /// SEND data not yet put into segments: the bytes of `send_queue`
    /// from `send_taken` on. A log rather than a deque, so that copies of
    /// the endpoint (time travel keeps many) share it.
    send_queue: ByteQueue,
    /// CLOSE was called and its FIN is not formed yet.
    fin_pending: bool,
    /// CLOSE in SYN-RECEIVED with data queued waits for ESTABLISHED.
    close_when_established: bool,
    /// Sequence number of our FIN once formed.
    fin_seq: Option<SeqNum>,
    retransmit_queue: VecDeque<Unacked>,
    /// In sequence order (see `hold`).
    held: std::collections::VecDeque<Held>,
    rto: Duration,
    srtt: Option<Duration>,
    rttvar: Duration,
    syn_timed_out: bool,
    /// The peer answered a zero-window probe since the last timeout.
    probe_answered: bool,
    /// Every timer; see [`TimerKind`].
    timers: Timers,
    /// Data segments a delayed ACK owed (§3.8.6.3) covers so far.
    delack_segments: u32,
    /// The SWS override timer fired: the next flush may send a partial
    /// segment (§3.8.6.2.1 rule 4).
    sws_override: bool,
    /// The hold last told (a note per new decision to hold data).
    last_hold: Option<Note>,
    /// The send MSS the peer's SYN announced (MSS option on).
    peer_mss: Option<u32>,
    /// In-order data the application has not read yet (RCV.USER bytes).
    unread: ByteQueue,
    /// Congestion control's variables (see `congestion.rs`).
    cc: Congestion,
    /// SACK's negotiation, blocks and scoreboard (see `sack.rs`).
    sack: sack::Sack,
    outputs: Vec<Output>,
}

fn refused_send(state: State, error: Signal) -> Note {
    Note::SendRefused { state, error }
}

fn refused_close(state: State, error: Signal) -> Note {
    Note::CloseRefused { state, error }
}

fn abort_queued(bytes: u32, error: Signal) -> Note {
    Note::AbortQueuedSends { bytes, error }
}

fn refused_read(state: State, error: Signal) -> Note {
    Note::ReadRefused { state, error }
}

/// SplitMix64: a tiny, well-mixed PRNG; ISNs only need to look random.
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Endpoint {
    /// A CLOSED endpoint whose random ISNs come from `seed`.
    pub fn new(config: Config, seed: u64) -> Endpoint {
        let rto = config.rto;
        Endpoint {
            tcb: Tcb {
                rcv_wnd: config.window,
                ..Tcb::default()
            },
            config,
            state: State::Closed,
            passive: false,
            iss_known: false,
            irs_known: false,
            next_isn: None,
            rng: seed,
            now: Instant::ZERO,
            send_queue: ByteQueue::default(),
            unread: ByteQueue::default(),
            fin_pending: false,
            close_when_established: false,
            fin_seq: None,
            retransmit_queue: VecDeque::new(),
            held: std::collections::VecDeque::new(),
            rto,
            srtt: None,
            rttvar: Duration::ZERO,
            syn_timed_out: false,
            probe_answered: false,
            timers: Timers::default(),
            delack_segments: 0,
            sws_override: false,
            last_hold: None,
            peer_mss: None,
            cc: Congestion::default(),
            sack: sack::Sack::default(),
            outputs: Vec::new(),
        }
    }

    // ----- what the outside reads -----

    /// The current state.
    pub fn state(&self) -> State {
        self.state
    }

    /// The TCB variables (kept after the connection ends, for display).
    pub fn tcb(&self) -> &Tcb {
        &self.tcb
    }

    /// Our initial send sequence number, once this connection chose one.
    pub fn iss(&self) -> Option<SeqNum> {
        self.iss_known.then_some(self.tcb.iss)
    }

    /// The peer's initial sequence number, once its SYN arrived: until
    /// then this endpoint does not know its peer's numbering.
    pub fn irs(&self) -> Option<SeqNum> {
        self.irs_known.then_some(self.tcb.irs)
    }

    /// The settings.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Bytes in order in the receive buffer, not read yet (RCV.USER).
    pub fn buffered(&self) -> usize {
        self.unread.len()
    }

    /// The receive buffer's size (RCV.BUFF): the `window` setting.
    pub fn rcv_buff(&self) -> u32 {
        self.config.window.min(MAX_WINDOW)
    }

    /// Bytes passed to SEND but not yet put into a segment.
    pub fn queued(&self) -> usize {
        self.send_queue.len()
    }

    /// Roughly how many bytes a copy of this endpoint owns alone (what is
    /// not shared between copies): its queued segments.
    pub fn footprint(&self) -> usize {
        let unacked: usize = self
            .retransmit_queue
            .iter()
            .map(|u| u.payload.len() + core::mem::size_of::<Unacked>())
            .sum();
        let held: usize = self
            .held
            .iter()
            .map(|h| h.payload.len() + core::mem::size_of::<Held>())
            .sum();
        core::mem::size_of::<Endpoint>() + unacked + held
    }

    /// The current retransmission timeout.
    pub fn rto(&self) -> Duration {
        self.rto
    }

    /// Running timers, in the order they fire when due at one instant.
    pub fn timers(&self) -> Vec<Timer> {
        self.timers.running().collect()
    }

    /// When [`Endpoint::on_timeout`] must next be called.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.timers.next()
    }

    /// Whether `seg`'s sequence space is still kept for retransmission
    /// here, and whether it is the zero-window probe (for
    /// [`Recovery`](crate::recovery::Recovery)).
    pub(crate) fn outstanding(&self, seg: &Segment) -> Option<Outstanding> {
        let (start, end) = (seg.seq, seg.seq + seg.seg_len());
        let kept = self
            .retransmit_queue
            .iter()
            .find(|u| u.seq.lt(end) && start.lt(u.end()))?;
        if kept.probe && self.tcb.snd_wnd == 0 {
            Some(Outstanding::Probe)
        } else {
            Some(Outstanding::Octets)
        }
    }

    /// Every octet of `seg` (sent by the peer) has already arrived here, in
    /// this connection: below RCV.NXT, or held out of order.
    pub(crate) fn has_received(&self, seg: &Segment) -> bool {
        let (start, end) = (seg.seq, seg.seq + seg.seg_len());
        let known = self.irs_known && self.holds_connection() && self.tcb.irs.le(start);
        let held = || {
            self.held.iter().any(|h| {
                let len = h.payload.len() as u32 + u32::from(h.fin);
                h.seq.le(start) && end.le(h.seq + len)
            })
        };
        known && (end.le(self.tcb.rcv_nxt) || held())
    }

    /// A connection is open or opening (not CLOSED, not LISTEN).
    pub(crate) fn holds_connection(&self) -> bool {
        !matches!(self.state, State::Closed | State::Listen)
    }

    /// When the retransmission timer sends unacknowledged octets again
    /// (none when nothing is outstanding, or the timer only probes).
    pub(crate) fn resend_due(&self) -> Option<Instant> {
        if self.retransmit_queue.is_empty() {
            None
        } else {
            self.rto_timer()
        }
    }

    /// The peer's window is zero and the timer will probe it: with a probe
    /// outstanding, or with data waiting and nothing outstanding.
    pub(crate) fn probing(&self) -> bool {
        let waiting = match self.retransmit_queue.front() {
            Some(head) => head.probe,
            None => self.window_closed_on_data(),
        };
        waiting && self.tcb.snd_wnd == 0 && self.rto_timer().is_some()
    }

    /// All that is unacknowledged is a FIN without data.
    pub(crate) fn only_fin_outstanding(&self) -> bool {
        self.retransmit_queue.len() == 1
            && self
                .retransmit_queue
                .front()
                .is_some_and(|u| u.fin && !u.syn && u.payload.is_empty())
    }

    /// When TIME-WAIT ends, in TIME-WAIT.
    pub(crate) fn time_wait_due(&self) -> Option<Instant> {
        self.timers.get(TimerKind::TimeWait)
    }

    /// Takes everything the endpoint did since the last call.
    pub fn take_outputs(&mut self) -> Vec<Output> {
        core::mem::take(&mut self.outputs)
    }

    /// The same into `into` (emptied first); the endpoint keeps `into`'s
    /// old allocation for its next outputs, so a caller that passes the
    /// same buffer every time allocates nothing.
    pub fn take_outputs_into(&mut self, into: &mut Vec<Output>) {
        into.clear();
        core::mem::swap(&mut self.outputs, into);
    }

    // ----- settings -----

    /// Bytes the application takes, told to the caller.
    fn hand_to_application(&mut self, data: SharedBytes) {
        self.outputs.push(Output::Data(data));
    }

    /// Fixes the ISN of the next SYN this endpoint forms (once).
    pub fn set_next_isn(&mut self, isn: u32) {
        self.next_isn = Some(isn);
    }

    /// Reseeds the random ISN generator.
    pub fn reseed(&mut self, seed: u64) {
        self.rng = seed;
    }

    /// Changes the settings; they apply from now on.
    pub fn set_config(&mut self, config: Config) {
        if self.srtt.is_none() && !self.syn_timed_out && self.rto_timer().is_none() {
            // No RTT measured and no backoff under way: the new initial RTO holds.
            self.rto = config.rto;
        }
        let reads_now = config.autoread && !self.config.autoread;
        let resized = config.window != self.config.window;
        let cc_switched =
            (config.cc == CongestionControl::Off) != (self.config.cc == CongestionControl::Off);
        self.config = config;
        if cc_switched && self.may_send_data() {
            // Switched on mid-connection: it starts as a new connection
            // would, from the initial window.
            self.start_congestion_control();
        }
        if resized {
            let user = u32::try_from(self.unread.len()).unwrap_or(u32::MAX);
            self.tcb.rcv_wnd = self.rcv_buff().saturating_sub(user);
        }
        if reads_now && !self.unread.is_empty() {
            // An application that reads at once takes what was waiting.
            self.read(None);
        }
    }

    // ----- output helpers -----

    fn note(&mut self, note: Note) {
        self.outputs.push(Output::Note(note));
    }

    fn signal(&mut self, signal: Signal) {
        self.outputs.push(Output::Signal(signal));
    }

    fn set_state(&mut self, to: State) {
        let from = self.state;
        if from != to {
            self.state = to;
            self.outputs.push(Output::StateChange { from, to });
        }
    }

    fn transmit(&mut self, seg: Segment, reason: Reason) {
        if seg.has(Flags::ACK) {
            // Any segment with an ACK carries the one that was owed.
            self.timers.set(TimerKind::DelayedAck, None);
            self.delack_segments = 0;
        }
        self.outputs.push(Output::Transmit { seg, reason });
    }

    /// The window field we advertise: RCV.WND, at most 16 bits.
    fn advertised_window(&self) -> u16 {
        u16::try_from(self.tcb.rcv_wnd).unwrap_or(u16::MAX)
    }

    /// `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>`, the RFC's answer to many cases.
    fn ack_segment(&self) -> Segment {
        Segment {
            seq: self.tcb.snd_nxt,
            ack: self.tcb.rcv_nxt,
            flags: Flags::ACK,
            wnd: self.advertised_window(),
            payload: SharedBytes::new(),
            options: self.options(false, true),
        }
    }

    fn send_ack(&mut self, reason: Reason) {
        let seg = self.ack_segment();
        self.transmit(seg, reason);
    }

    /// The segment this TCP would send now if it sent one, formed as it
    /// forms its own, without changing anything: in SYN-SENT and
    /// SYN-RECEIVED its SYN (or SYN,ACK) again; in a synchronized state
    /// `<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>`; with no connection (CLOSED,
    /// LISTEN) the SYN an active OPEN would send now, from the ISS it
    /// would choose. Options (the MSS of a SYN) are the TCP's own.
    pub fn next_segment(&self) -> Segment {
        match self.state {
            State::Closed | State::Listen => {
                // Formed on a copy by OPEN itself, so that the ISS, the
                // window of a fresh TCB and the options are exactly its own.
                let mut copy = self.clone();
                copy.outputs.clear();
                copy.open(true);
                copy.outputs
                    .into_iter()
                    .find_map(|out| match out {
                        Output::Transmit { seg, .. } => Some(seg),
                        Output::Note(_)
                        | Output::StateChange { .. }
                        | Output::Signal(_)
                        | Output::Data(_)
                        | Output::SendAccepted(_)
                        | Output::TimerFired(_) => None,
                    })
                    .unwrap_or_default()
            }
            State::SynSent | State::SynReceived => {
                self.form(self.tcb.iss, true, SharedBytes::new(), false)
            }
            State::Established
            | State::FinWait1
            | State::FinWait2
            | State::CloseWait
            | State::Closing
            | State::LastAck
            | State::TimeWait => self.ack_segment(),
        }
    }

    /// The reset §3.5.2 prescribes for a segment: `<SEQ=SEG.ACK><CTL=RST>`
    /// if it has an ACK, else `<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>`.
    fn send_reset_for(&mut self, seg: &Segment, reason: Reason) {
        let rst = if seg.has(Flags::ACK) {
            Segment {
                seq: seg.ack,
                flags: Flags::RST,
                ..Segment::default()
            }
        } else {
            Segment {
                seq: SeqNum(0),
                ack: seg.seq + seg.seg_len(),
                flags: Flags::RST | Flags::ACK,
                ..Segment::default()
            }
        };
        self.transmit(rst, reason);
    }

    // ----- connection life cycle -----

    fn choose_iss(&mut self) -> SeqNum {
        match self.next_isn.take() {
            Some(isn) => SeqNum(isn),
            None => SeqNum(splitmix64(&mut self.rng) as u32),
        }
    }

    /// Creates a fresh TCB (OPEN from CLOSED): the previous connection's
    /// values are kept only until this point.
    fn new_tcb(&mut self) {
        self.tcb = Tcb {
            rcv_wnd: self.config.window.min(MAX_WINDOW),
            ..Tcb::default()
        };
        self.iss_known = false;
        self.irs_known = false;
        self.send_queue.clear();
        self.fin_pending = false;
        self.close_when_established = false;
        self.fin_seq = None;
        self.retransmit_queue.clear();
        self.held.clear();
        self.rto = self.config.rto;
        self.srtt = None;
        self.rttvar = Duration::ZERO;
        self.syn_timed_out = false;
        self.probe_answered = false;
        self.timers.stop_all();
        self.delack_segments = 0;
        self.sws_override = false;
        self.last_hold = None;
        self.unread.clear();
        self.cc = Congestion::default();
        self.sack = sack::Sack::default();
    }

    /// Forms our SYN (or SYN,ACK when the peer's SYN is known) with a new ISS.
    fn send_syn(&mut self, reason: Reason) {
        let iss = self.choose_iss();
        self.tcb.iss = iss;
        self.iss_known = true;
        self.tcb.snd_una = iss;
        self.tcb.snd_nxt = iss + 1;
        self.retransmit_queue.push_back(Unacked {
            seq: iss,
            syn: true,
            payload: SharedBytes::new(),
            fin: false,
            sent_at: self.now,
            retransmits: 0,
            probe: false,
        });
        self.offer_sack();
        let seg = self.form(iss, true, SharedBytes::new(), false);
        self.transmit(seg, reason);
        self.arm_rexmit_if_idle();
    }

    /// The largest payload a segment to the peer may carry: with the MSS
    /// option, the smaller of ours and the peer's (§3.7.1, MUST-16).
    fn send_mss(&self) -> u32 {
        match self.peer_mss {
            Some(peer) if self.config.mss_option => self.config.mss.min(peer),
            _ => self.config.mss,
        }
    }

    /// What the peer's SYN says of its MSS (§3.7.1), with the MSS option on.
    /// (And whether it offers SACK, RFC 2018 §2.)
    fn learn_peer_mss(&mut self, seg: &Segment) {
        self.learn_peer_sack(seg);
        if !self.config.mss_option {
            return;
        }
        let mss = match seg.mss() {
            Some(mss) => {
                self.note(Note::PeerMss {
                    mss: u32::from(mss),
                });
                u32::from(mss)
            }
            None => {
                self.note(Note::PeerMssDefault {
                    mss: crate::options::DEFAULT_MSS,
                });
                crate::options::DEFAULT_MSS
            }
        };
        self.peer_mss = Some(mss);
    }

    /// A segment from our sequence space, with ACK whenever RCV.NXT is known.
    fn form(&self, seq: SeqNum, syn: bool, payload: SharedBytes, fin: bool) -> Segment {
        let mut flags = Flags::NONE;
        if syn {
            flags |= Flags::SYN;
        }
        if fin {
            flags |= Flags::FIN;
        }
        let knows_peer = !matches!(self.state, State::Closed | State::Listen | State::SynSent);
        if knows_peer {
            flags |= Flags::ACK;
        }
        if !payload.is_empty() && !syn {
            flags |= Flags::PSH;
        }
        Segment {
            seq,
            ack: if knows_peer {
                self.tcb.rcv_nxt
            } else {
                SeqNum(0)
            },
            flags,
            wnd: self.advertised_window(),
            payload,
            // §3.7.1: the MSS option goes in SYNs only (MUST-65 would
            // ignore it elsewhere anyway).
            options: self.options(syn, knows_peer),
        }
    }

    /// A segment's options: in a SYN the MSS (§3.7.1: in SYNs only, as
    /// MUST-65 would ignore it elsewhere anyway) and SACK-permitted (RFC
    /// 2018 §2: "It MUST NOT be sent on non-SYN segments"); in others with
    /// an ACK, the SACK blocks (RFC 2018 §4).
    fn options(&self, syn: bool, ack: bool) -> Vec<TcpOption> {
        let mut options = Vec::new();
        if syn && self.config.mss_option {
            options.push(TcpOption::Mss(
                self.config.mss.min(u32::from(u16::MAX)) as u16
            ));
        }
        if syn && self.sack_offered() {
            options.push(TcpOption::SackPermitted);
        }
        if !syn && ack {
            options.extend(self.sack_option());
        }
        options
    }

    /// Enters CLOSED and forgets queues and timers ("delete the TCB");
    /// the variables stay visible.
    fn delete_tcb(&mut self) {
        self.peer_mss = None;
        self.timers.stop_all();
        self.delack_segments = 0;
        self.last_hold = None;
        self.send_queue.clear();
        self.unread.clear();
        self.fin_pending = false;
        self.close_when_established = false;
        self.retransmit_queue.clear();
        self.held.clear();
        self.set_state(State::Closed);
    }

    /// Back to LISTEN after a passive SYN-RECEIVED is reset (§3.10.7.4).
    fn return_to_listen(&mut self) {
        self.retransmit_queue.clear();
        self.held.clear();
        self.send_queue.clear();
        self.fin_pending = false;
        self.close_when_established = false;
        // The connection being formed is gone, and every timer with it.
        self.timers.stop_all();
        self.delack_segments = 0;
        self.sws_override = false;
        self.last_hold = None;
        self.set_state(State::Listen);
    }

    fn enter_established(&mut self) {
        self.set_state(State::Established);
        if self.syn_timed_out && self.config.rto < SYN_TIMEOUT_RTO && self.srtt.is_none() {
            self.rto = SYN_TIMEOUT_RTO;
            self.note(Note::RtoAfterSynTimeout {});
        }
        self.start_congestion_control();
        self.sack_established();
        if self.close_when_established {
            self.close_when_established = false;
            self.fin_pending = true;
            self.note(Note::CloseDeferredApplies {});
            self.set_state(State::FinWait1);
        }
    }

    /// §3.10.7.4: "Enter the TIME-WAIT state. Start the time-wait timer,
    /// turn off the other timers."
    fn enter_time_wait(&mut self) {
        self.set_state(State::TimeWait);
        self.retransmit_queue.clear();
        self.timers.stop_all_but(TimerKind::TimeWait);
        self.delack_segments = 0;
        self.restart_time_wait();
    }

    fn restart_time_wait(&mut self) {
        let wait = self.config.msl.saturating_mul(2);
        self.timers.set(TimerKind::TimeWait, Some(self.now + wait));
        self.note(Note::TimeWaitTimer {
            wait,
            until: self.now + wait,
        });
    }

    // ----- application calls (§3.10.1–§3.10.5) -----

    /// Performs an application call at `now`.
    pub fn call(&mut self, call: Call, now: Instant) {
        self.now = now;
        match call {
            Call::Listen => self.open(false),
            Call::Connect => self.open(true),
            Call::Send(data) => self.send(data),
            Call::Close => self.close(),
            Call::Abort => self.abort(),
            Call::Read(n) => self.read(n),
        }
        self.after_input();
    }

    /// A call the RFC refuses in this state: the note, then the error.
    fn refuse(&mut self, note: fn(State, Signal) -> Note, error: Signal) {
        self.note(note(self.state, error));
        self.signal(error);
    }

    /// OPEN call, §3.10.1.
    fn open(&mut self, active: bool) {
        match self.state {
            State::Closed => {
                self.new_tcb();
                if active {
                    self.passive = false;
                    self.set_state(State::SynSent);
                    self.send_syn(Reason::ActiveOpen);
                    self.note(Note::OpenActive {
                        iss: Seq::own(self.tcb.iss),
                    });
                } else {
                    self.passive = true;
                    self.note(Note::OpenPassive {});
                    self.set_state(State::Listen);
                }
            }
            State::Listen if active => {
                // The connection changes from passive to active.
                self.passive = false;
                self.set_state(State::SynSent);
                self.send_syn(Reason::ActiveOpen);
                self.note(Note::OpenActiveFromListen {
                    iss: Seq::own(self.tcb.iss),
                });
            }
            State::Listen
            | State::SynSent
            | State::SynReceived
            | State::Established
            | State::FinWait1
            | State::FinWait2
            | State::CloseWait
            | State::Closing
            | State::LastAck
            | State::TimeWait => self.refuse(
                |state, error| Note::OpenRefused { state, error },
                Signal::ErrorAlreadyExists,
            ),
        }
    }

    /// SEND call, §3.10.2.
    fn send(&mut self, data: Vec<u8>) {
        match self.state {
            State::Closed => self.refuse(refused_send, Signal::ErrorDoesNotExist),
            State::FinWait1
            | State::FinWait2
            | State::Closing
            | State::LastAck
            | State::TimeWait => self.refuse(refused_send, Signal::ErrorClosing),
            State::Listen
            | State::SynSent
            | State::SynReceived
            | State::Established
            | State::CloseWait => {
                if self.send_queue.len() + data.len() > MAX_SEND_QUEUE {
                    self.refuse(refused_send, Signal::ErrorInsufficientResources);
                    return;
                }
                self.send_queue.extend(&data);
                self.outputs.push(Output::SendAccepted(data.into()));
                match self.state {
                    State::Listen => {
                        self.passive = false;
                        self.set_state(State::SynSent);
                        self.send_syn(Reason::SendInListen);
                        self.note(Note::SendInListen {});
                    }
                    State::SynSent | State::SynReceived => self.note(Note::SendQueued {}),
                    _ => self.note(Note::SendSegmentize {}),
                }
            }
        }
    }

    /// CLOSE call, §3.10.4.
    fn close(&mut self) {
        match self.state {
            State::Closed => self.refuse(refused_close, Signal::ErrorDoesNotExist),
            State::Listen => {
                self.note(Note::CloseListen {});
                self.delete_tcb();
            }
            State::SynSent => {
                self.note(Note::CloseSynSent {});
                self.answer_queued_sends(
                    |bytes, error| Note::CloseQueuedSends { bytes, error },
                    Signal::ErrorClosing,
                );
                self.delete_tcb();
            }
            State::SynReceived => {
                if self.send_queue.is_empty() {
                    self.note(Note::CloseSynReceived {});
                    self.fin_pending = true;
                    self.set_state(State::FinWait1);
                } else {
                    self.note(Note::CloseSynReceivedQueued {});
                    self.close_when_established = true;
                }
            }
            State::Established => {
                self.note(Note::CloseEstablished {});
                self.fin_pending = true;
                self.set_state(State::FinWait1);
            }
            State::CloseWait => {
                self.note(Note::CloseCloseWait {});
                self.fin_pending = true;
                self.set_state(State::LastAck);
            }
            State::FinWait1
            | State::FinWait2
            | State::Closing
            | State::LastAck
            | State::TimeWait => self.refuse(refused_close, Signal::ErrorClosing),
        }
    }

    /// RECEIVE call, §3.10.3. Reads never wait (see [`Call::Read`]).
    fn read(&mut self, want: Option<u32>) {
        match self.state {
            State::Closed => self.refuse(refused_read, Signal::ErrorDoesNotExist),
            State::Closing | State::LastAck | State::TimeWait => {
                self.refuse(refused_read, Signal::ErrorClosing)
            }
            // "Since the remote side has already sent FIN, RECEIVEs must be
            // satisfied by data already on hand".
            State::CloseWait if self.unread.is_empty() => {
                self.refuse(refused_read, Signal::ErrorClosing)
            }
            State::Listen
            | State::SynSent
            | State::SynReceived
            | State::Established
            | State::FinWait1
            | State::FinWait2
            | State::CloseWait => {
                let n = want.map_or(usize::MAX, |n| n as usize);
                let data = self.unread.take(n);
                if data.is_empty() {
                    self.note(Note::ReadNothing {});
                    return;
                }
                self.note(Note::Read {
                    len: data.len() as u32,
                    buffered: self.unread.len() as u32,
                });
                self.hand_to_application(data.into());
                self.open_window_after_read(true);
            }
        }
    }

    /// §3.8.6.2.2, the receiver's SWS avoidance: the right edge
    /// RCV.NXT+RCV.WND moves only once the space freed and not yet offered
    /// reaches min(RCV.BUFF/2, Eff.snd.MSS); then a window update tells the
    /// sender, in the states where it may still send (`announce`; when the
    /// read follows an arrival, the ACK of the data carries the window).
    fn open_window_after_read(&mut self, announce: bool) {
        let buff = self.rcv_buff();
        let user = u32::try_from(self.unread.len()).unwrap_or(u32::MAX);
        let free = buff.saturating_sub(user);
        let reduction = free.saturating_sub(self.tcb.rcv_wnd);
        if reduction == 0 {
            return;
        }
        let threshold = (buff / 2).min(self.config.mss);
        if reduction < threshold {
            self.note(Note::WindowHeld {
                freed: reduction,
                threshold,
            });
            return;
        }
        self.tcb.rcv_wnd = free;
        self.note(Note::WindowOpens {
            rcv_wnd: free,
            threshold,
        });
        match self.state {
            State::Established | State::FinWait1 | State::FinWait2 if announce => {
                self.send_ack(Reason::WindowUpdate)
            }
            State::Established | State::FinWait1 | State::FinWait2 => {}
            // The peer has sent its FIN (or nothing yet): it sends no more
            // data, so no window update is needed.
            State::Closed
            | State::Listen
            | State::SynSent
            | State::SynReceived
            | State::CloseWait
            | State::Closing
            | State::LastAck
            | State::TimeWait => {}
        }
    }

    /// ABORT call, §3.10.5.
    fn abort(&mut self) {
        match self.state {
            State::Closed => self.refuse(
                |state, error| Note::AbortRefused { state, error },
                Signal::ErrorDoesNotExist,
            ),
            State::Listen | State::SynSent => {
                self.note(Note::AbortSilent { state: self.state });
                self.answer_queued_sends(abort_queued, Signal::ConnectionReset);
                self.delete_tcb();
            }
            State::SynReceived
            | State::Established
            | State::FinWait1
            | State::FinWait2
            | State::CloseWait => {
                let rst = Segment {
                    seq: self.tcb.snd_nxt,
                    flags: Flags::RST,
                    ..Segment::default()
                };
                self.note(Note::AbortReset { state: self.state });
                self.transmit(rst, Reason::Abort);
                self.answer_queued_sends(abort_queued, Signal::ConnectionReset);
                self.delete_tcb();
            }
            State::Closing | State::LastAck | State::TimeWait => {
                self.note(Note::AbortClosing { state: self.state });
                self.delete_tcb();
            }
        }
    }

    /// SENDs whose data never went into a segment are answered, not
    /// forgotten, when CLOSE or ABORT deletes the TCB (§3.10.4, §3.10.5).
    fn answer_queued_sends(&mut self, note: fn(u32, Signal) -> Note, error: Signal) {
        let bytes = self.send_queue.len();
        if bytes > 0 {
            self.note(note(u32::try_from(bytes).unwrap_or(u32::MAX), error));
            self.signal(error);
        }
    }

    // ----- sending -----

    /// Work every input ends with: send what the window allows, and stop the
    /// retransmission timer when nothing is outstanding (RFC 6298 §5.2),
    /// unless it must probe a zero window (§3.8.6.1).
    fn after_input(&mut self) {
        self.flush();
        let mut due = self.rto_timer();
        if self.retransmit_queue.is_empty() {
            due = if self.window_closed_on_data() {
                due.or(Some(self.now + self.rto))
            } else {
                None
            };
        }
        // Filed again under the role it plays now: a window that opened or
        // closed changes what the same timer will do.
        self.set_rto_timer(due);
    }

    /// The RFC 6298 timer, in either of its roles: it retransmits, or,
    /// while the peer's window is zero and data waits, it times the
    /// probes (§3.8.6.1). [`TimerKind::Retransmission`] and
    /// [`TimerKind::ZeroWindowProbe`] therefore never run together.
    fn rto_timer(&self) -> Option<Instant> {
        self.timers
            .get(TimerKind::Retransmission)
            .or(self.timers.get(TimerKind::ZeroWindowProbe))
    }

    /// Starts (or stops) the RFC 6298 timer under the role it plays now.
    fn set_rto_timer(&mut self, due: Option<Instant>) {
        let probes = self.tcb.snd_wnd == 0
            && match self.retransmit_queue.front() {
                Some(head) => head.probe,
                None => self.window_closed_on_data(),
            };
        let (role, other) = if probes {
            (TimerKind::ZeroWindowProbe, TimerKind::Retransmission)
        } else {
            (TimerKind::Retransmission, TimerKind::ZeroWindowProbe)
        };
        self.timers.set(other, None);
        self.timers.set(role, due);
    }

    /// The states in which queued data and a FIN may still go out.
    fn may_send_data(&self) -> bool {
        matches!(
            self.state,
            State::Established
                | State::CloseWait
                | State::FinWait1
                | State::Closing
                | State::LastAck
        )
    }

    /// New data (and perhaps FIN) at SND.NXT: into the retransmission queue
    /// and onto the wire, starting the timer if it is idle.
    fn send_new(&mut self, payload: Vec<u8>, fin: bool, reason: Reason) {
        let payload = SharedBytes::from(payload);
        let seq = self.tcb.snd_nxt;
        let n = payload.len() as u32;
        self.tcb.snd_nxt = seq + n + u32::from(fin);
        if fin {
            self.fin_pending = false;
            self.fin_seq = Some(seq + n);
        }
        self.retransmit_queue.push_back(Unacked {
            seq,
            syn: false,
            payload: payload.clone(),
            fin,
            sent_at: self.now,
            retransmits: 0,
            probe: reason == Reason::WindowProbe,
        });
        let seg = self.form(seq, false, payload, fin);
        self.transmit(seg, reason);
        self.data_sent();
        self.arm_rexmit_if_idle();
    }

    /// Data waits and the peer's window is zero: only probes can reopen it.
    fn window_closed_on_data(&self) -> bool {
        self.tcb.snd_wnd == 0 && !self.send_queue.is_empty() && self.may_send_data()
    }

    /// §3.8.6.1: one octet of new data beyond a zero window.
    fn send_window_probe(&mut self) {
        let probe = self.send_queue.take(1);
        if probe.is_empty() {
            return;
        }
        self.rto = self.rto.saturating_mul(2).min(MAX_RTO);
        self.note(Note::WindowProbe { next: self.rto });
        // Whether the closed window refuses it is told by the next ACK.
        self.probe_answered = false;
        self.send_new(probe, false, Reason::WindowProbe);
        // The timer that just fired is restarted with the doubled RTO.
        self.set_rto_timer(Some(self.now + self.rto));
    }

    /// The peer's window reopened while our probe's octet, which the closed
    /// window refused, waits unacknowledged: send it again now rather than
    /// at the next timeout, or the data sent after it would arrive out of
    /// order.
    pub(super) fn resend_refused_probe(&mut self) {
        let una = self.tcb.snd_una;
        let Some(head) = self.retransmit_queue.front_mut() else {
            return;
        };
        // Only once an ACK showing the closed window came after the probe
        // left: a probe still on its way may yet be taken.
        if !head.probe || head.seq != una || !self.probe_answered {
            return;
        }
        // Karn: no RTT sample from a segment sent twice.
        head.retransmits = head.retransmits.max(1);
        let payload = head.payload.clone();
        self.note(Note::ProbeAgain {});
        let seg = self.form(una, false, payload, false);
        self.transmit(seg, Reason::ProbeAgain);
        self.set_rto_timer(Some(self.now + self.rto));
    }

    /// RFC 6298 §5.1: start the timer when data is sent and it is not running.
    fn arm_rexmit_if_idle(&mut self) {
        if self.rto_timer().is_none() {
            self.set_rto_timer(Some(self.now + self.rto));
        }
    }

    /// RFC 6298 §2.2–2.3: a new round-trip sample.
    fn rtt_sample(&mut self, r: Duration) {
        let clock_granularity = Duration::from_millis(1);
        match self.srtt {
            None => {
                self.srtt = Some(r);
                self.rttvar = r / 2;
            }
            Some(srtt) => {
                let delta = srtt.abs_diff(r);
                self.rttvar = self.rttvar * 3 / 4 + delta / 4;
                self.srtt = Some(srtt * 7 / 8 + r / 8);
            }
        }
        let srtt = self.srtt.unwrap_or(r);
        let rto = srtt + clock_granularity.max(self.rttvar * 4);
        self.rto = rto.clamp(MIN_RTO, MAX_RTO);
    }

    /// Removes what SND.UNA now covers from the retransmission queue, takes
    /// an RTT sample (Karn: never from a retransmitted segment) and restarts
    /// the timer (RFC 6298 §5.3).
    fn acknowledge_up_to_snd_una(&mut self) {
        let una = self.tcb.snd_una;
        let mut sample = None;
        while let Some(front) = self.retransmit_queue.front_mut() {
            if front.end().le(una) {
                if front.retransmits == 0 {
                    sample = Some(self.now.saturating_since(front.sent_at));
                }
                self.retransmit_queue.pop_front();
            } else {
                if front.seq.lt(una) {
                    // Partly acknowledged: keep only the unacknowledged tail.
                    let mut covered = una.since(front.seq);
                    if front.syn {
                        front.syn = false;
                        covered -= 1;
                    }
                    let cut = (covered as usize).min(front.payload.len());
                    front.payload.advance(cut);
                    front.seq = una;
                }
                break;
            }
        }
        if let Some(r) = sample {
            self.rtt_sample(r);
        }
        let due = if self.retransmit_queue.is_empty() {
            None
        } else {
            Some(self.now + self.rto)
        };
        self.set_rto_timer(due);
    }

    // ----- timers -----

    /// Fires every timer due at or before `now`, in the order of
    /// [`TimerKind::ALL`], each told by [`Output::TimerFired`] before what
    /// it does. One that an earlier one stopped does not fire.
    pub fn on_timeout(&mut self, now: Instant) {
        self.now = now;
        for kind in TimerKind::ALL {
            if !self.timers.is_due(kind, now) {
                continue;
            }
            self.outputs.push(Output::TimerFired(kind));
            match kind {
                TimerKind::DelayedAck => {
                    self.note(Note::AckDelayTimeout {});
                    // The ACK stops the timer.
                    self.send_ack(Reason::DelayedAck);
                }
                // Each restarts or stops the timer itself.
                TimerKind::Retransmission | TimerKind::ZeroWindowProbe => {
                    self.retransmission_timeout()
                }
                TimerKind::SwsOverride => {
                    // The flush that ends this input sends what was held.
                    self.timers.set(TimerKind::SwsOverride, None);
                    self.sws_override = true;
                }
                TimerKind::TimeWait => {
                    self.note(Note::TimeWaitTimeout {});
                    self.delete_tcb();
                }
            }
        }
        self.after_input();
    }

    /// RFC 6298 §5.4–5.6, and giving up after `retries` (§3.8.3).
    fn retransmission_timeout(&mut self) {
        if self.retransmit_queue.is_empty() {
            if self.window_closed_on_data() {
                self.send_window_probe();
            } else {
                self.set_rto_timer(None);
            }
            return;
        }
        if self.tcb.snd_wnd == 0 && self.probe_answered {
            // "As long as the receiving TCP peer continues to send
            // acknowledgments in response to the probe segments, the sending
            // TCP peer MUST allow the connection to stay open."
            self.probe_answered = false;
            if let Some(head) = self.retransmit_queue.front_mut() {
                head.retransmits = 0;
            }
        }
        let Some(head) = self.retransmit_queue.front() else {
            return;
        };
        if head.retransmits >= self.config.retries {
            self.note(Note::GiveUp {
                retransmits: head.retransmits,
            });
            self.signal(Signal::ConnectionTimedOut);
            self.delete_tcb();
            return;
        }
        let (seq, syn, payload, fin) = (head.seq, head.syn, head.payload.clone(), head.fin);
        let resent_end = head.end();
        let probing = head.probe && self.tcb.snd_wnd == 0;
        if syn {
            self.syn_timed_out = true;
        }
        let mut attempt = 1;
        if let Some(head) = self.retransmit_queue.front_mut() {
            head.retransmits += 1;
            attempt = head.retransmits;
        }
        let seg = self.form(seq, syn, payload, fin);
        let old_rto = self.rto;
        self.rto = self.rto.saturating_mul(2).min(MAX_RTO);
        self.set_rto_timer(Some(self.now + self.rto));
        if probing {
            // The window is still closed: this is the next probe (§3.8.6.1).
            self.note(Note::WindowProbe { next: self.rto });
            self.transmit(seg, Reason::WindowProbe);
            return;
        }
        self.note(Note::Retransmit {
            rto: old_rto,
            new_rto: self.rto,
            attempt,
        });
        self.congestion_on_timeout();
        self.transmit(seg, Reason::Retransmission { attempt });
        self.data_sent();
        self.go_back_after_timeout(resent_end);
    }
}
