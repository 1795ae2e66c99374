//! Explanations as data: what an endpoint tells about each step it takes.
//!
//! The engine formats no text while it runs. Each explanation is a [`Note`]:
//! a variant per rule, whose fields are the values involved, typed (a
//! sequence number knows which sequence space it counts in). Every note has a
//! [`Rule`] with a stable id (used by `expect SIDE rule` and the language
//! catalogs), its RFC section and the RFC sentence it applies. Rendering the
//! note in a language is the UI's job (one catalog per language).
//!
//! The same holds for why a segment was formed ([`Reason`]) and what the
//! application is told ([`Signal`]).

use crate::seq::SeqNum;
use crate::state::State;
use crate::time::Instant;
use core::time::Duration;
use serde::{Deserialize, Serialize};

mod quotes;

/// Whose sequence space a number belongs to, seen from the endpoint that
/// wrote the note: its own (counted from its ISS) or its peer's (counted
/// from its IRS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Space {
    /// The noting endpoint's send space: ISS, SND.UNA, SND.NXT, SEG.ACK of
    /// an arriving segment.
    Own,
    /// The peer's send space: IRS, RCV.NXT, SEG.SEQ of an arriving segment.
    Peer,
}

/// A sequence number tagged with its sequence space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Seq {
    /// The 32-bit value.
    pub n: SeqNum,
    /// Whose space.
    pub space: Space,
}

impl Seq {
    /// A number in the noting endpoint's own send space.
    pub fn own(n: SeqNum) -> Seq {
        Seq {
            n,
            space: Space::Own,
        }
    }

    /// A number in the peer's send space.
    pub fn peer(n: SeqNum) -> Seq {
        Seq {
            n,
            space: Space::Peer,
        }
    }
}

/// One value of a note, for rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A sequence number.
    Seq(Seq),
    /// A count of bytes, octets or times.
    Count(u64),
    /// A length of time.
    Duration(Duration),
    /// A moment on the simulated clock.
    Time(Instant),
    /// A connection state.
    State(State),
    /// Something told to the application.
    Signal(Signal),
}

impl From<Seq> for Arg {
    fn from(v: Seq) -> Arg {
        Arg::Seq(v)
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Arg {
        Arg::Count(u64::from(v))
    }
}
impl From<Duration> for Arg {
    fn from(v: Duration) -> Arg {
        Arg::Duration(v)
    }
}
impl From<Instant> for Arg {
    fn from(v: Instant) -> Arg {
        Arg::Time(v)
    }
}
impl From<State> for Arg {
    fn from(v: State) -> Arg {
        Arg::State(v)
    }
}
impl From<Signal> for Arg {
    fn from(v: Signal) -> Arg {
        Arg::Signal(v)
    }
}
/// A yes or no, written 1 or 0 (catalogs select on the exact value).
impl From<bool> for Arg {
    fn from(v: bool) -> Arg {
        Arg::Count(u64::from(v))
    }
}

/// What TCP tells its application (RFC 9293 §3.9.1 and the error texts of
/// §3.10). The text is the RFC's, which `expect SIDE signal` matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Signal {
    /// A RST answered our SYN.
    ConnectionRefused,
    /// An acceptable RST arrived.
    ConnectionReset,
    /// The peer's FIN arrived.
    ConnectionClosing,
    /// A segment was retransmitted too often.
    ConnectionTimedOut,
    /// A call in CLOSED.
    ErrorDoesNotExist,
    /// OPEN on an existing connection.
    ErrorAlreadyExists,
    /// SEND or CLOSE after our CLOSE.
    ErrorClosing,
    /// SEND beyond what the queue holds.
    ErrorInsufficientResources,
}

impl Signal {
    /// Every signal.
    pub const ALL: [Signal; 8] = [
        Signal::ConnectionRefused,
        Signal::ConnectionReset,
        Signal::ConnectionClosing,
        Signal::ConnectionTimedOut,
        Signal::ErrorDoesNotExist,
        Signal::ErrorAlreadyExists,
        Signal::ErrorClosing,
        Signal::ErrorInsufficientResources,
    ];

    /// The RFC's words, e.g. `connection reset`.
    pub fn text(self) -> &'static str {
        match self {
            Signal::ConnectionRefused => "connection refused",
            Signal::ConnectionReset => "connection reset",
            Signal::ConnectionClosing | Signal::ErrorClosing => "connection closing",
            Signal::ConnectionTimedOut => "connection timed out",
            Signal::ErrorDoesNotExist => "connection does not exist",
            Signal::ErrorAlreadyExists => "connection already exists",
            Signal::ErrorInsufficientResources => "insufficient resources",
        }
    }

    /// The RFC's words for every signal, each once (two signals share
    /// `connection closing`): what `expect SIDE signal` accepts.
    pub fn texts() -> Vec<&'static str> {
        let mut texts: Vec<&'static str> = Vec::new();
        for text in Signal::ALL.map(Signal::text) {
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
        texts
    }

    /// A stable id for the language catalogs.
    pub fn id(self) -> &'static str {
        match self {
            Signal::ConnectionRefused => "refused",
            Signal::ConnectionReset => "reset",
            Signal::ConnectionClosing => "closing",
            Signal::ConnectionTimedOut => "timed-out",
            Signal::ErrorDoesNotExist => "does-not-exist",
            Signal::ErrorAlreadyExists => "already-exists",
            Signal::ErrorClosing => "error-closing",
            Signal::ErrorInsufficientResources => "insufficient-resources",
        }
    }

    /// True for the answer to a call TCP refused.
    pub fn is_error(self) -> bool {
        matches!(
            self,
            Signal::ErrorDoesNotExist
                | Signal::ErrorAlreadyExists
                | Signal::ErrorClosing
                | Signal::ErrorInsufficientResources
        )
    }
}

impl PartialEq<str> for Signal {
    fn eq(&self, text: &str) -> bool {
        self.text() == text
    }
}

impl PartialEq<&str> for Signal {
    fn eq(&self, text: &&str) -> bool {
        self.text() == *text
    }
}

/// Why a TCP formed a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reason {
    /// Active OPEN (from CLOSED or LISTEN): our SYN.
    ActiveOpen,
    /// SEND in LISTEN made the connection active: our SYN.
    SendInListen,
    /// The answer to a SYN in LISTEN: SYN,ACK.
    AnswerSyn,
    /// Simultaneous open: SYN,ACK.
    SimultaneousOpen,
    /// New data, and perhaps our FIN after it.
    Data {
        /// Payload bytes.
        len: u32,
        /// The FIN follows the data.
        fin: bool,
    },
    /// One octet beyond a zero window (§3.8.6.1).
    WindowProbe,
    /// The retransmission timer fired: the oldest unacknowledged segment again.
    Retransmission {
        /// 1 for the first retransmission of this segment.
        attempt: u32,
    },
    /// ABORT: reset the connection.
    Abort,
    /// A reset for a segment that has no connection (CLOSED).
    ResetNoConnection,
    /// A reset for an ACK in LISTEN.
    ResetAckInListen,
    /// A reset for an unacceptable ACK in SYN-SENT.
    ResetBadAckSynSent,
    /// A reset for an unacceptable ACK in SYN-RECEIVED.
    ResetBadAckSynReceived,
    /// A reset for a SYN in the window (RFC 5961 off).
    ResetSynInWindow,
    /// Our ACK of their SYN,ACK: the handshake is complete.
    AckHandshake,
    /// The segment was not acceptable: tell the peer what we expect.
    AckUnacceptable,
    /// Challenge ACK for a RST not at RCV.NXT (RFC 5961 §3).
    ChallengeRst,
    /// Challenge ACK for a SYN in a synchronized state (RFC 5961 §4).
    ChallengeSyn,
    /// Challenge ACK for an ACK number out of range (RFC 5961 §5).
    ChallengeAck,
    /// The ACK was for data never sent.
    AckTooNew,
    /// An out-of-order segment: ask again for RCV.NXT (a duplicate ACK).
    AckOutOfOrder,
    /// Acknowledge data received.
    AckData,
    /// Acknowledge their FIN.
    AckFin,
    /// The application read and the receive window reopened (§3.8.6.2.2).
    WindowUpdate,
    /// The peer's window reopened: the probe's refused octet again.
    ProbeAgain,
    /// The delayed-ACK timer fired (§3.8.6.3).
    DelayedAck,
    /// Fast retransmit (RFC 5681 §3.2) or a NewReno partial ACK (RFC 6582
    /// §3.2): the oldest unacknowledged segment again, before the timer.
    FastRetransmit,
    /// SACK loss recovery (RFC 6675 §5 step (C)): a segment the
    /// scoreboard shows missing, again before the timer.
    SackRetransmit,
    /// Go-back-N after a timeout (RFC 5681 §3.1 with RFC 6298 §5.4): a
    /// segment sent before the timeout, sent again as cwnd grows.
    GoBackN,
}

impl Reason {
    /// A stable id for the language catalogs.
    pub fn id(self) -> &'static str {
        match self {
            Reason::ActiveOpen => "active-open",
            Reason::SendInListen => "send-in-listen",
            Reason::AnswerSyn => "answer-syn",
            Reason::SimultaneousOpen => "simultaneous-open",
            Reason::Data { .. } => "data",
            Reason::WindowProbe => "window-probe",
            Reason::Retransmission { .. } => "retransmission",
            Reason::Abort => "abort",
            Reason::ResetNoConnection => "reset-no-connection",
            Reason::ResetAckInListen => "reset-ack-in-listen",
            Reason::ResetBadAckSynSent => "reset-bad-ack-syn-sent",
            Reason::ResetBadAckSynReceived => "reset-bad-ack-syn-received",
            Reason::ResetSynInWindow => "reset-syn-in-window",
            Reason::AckHandshake => "ack-handshake",
            Reason::AckUnacceptable => "ack-unacceptable",
            Reason::ChallengeRst => "challenge-rst",
            Reason::ChallengeSyn => "challenge-syn",
            Reason::ChallengeAck => "challenge-ack",
            Reason::AckTooNew => "ack-too-new",
            Reason::AckOutOfOrder => "ack-out-of-order",
            Reason::AckData => "ack-data",
            Reason::AckFin => "ack-fin",
            Reason::WindowUpdate => "window-update",
            Reason::ProbeAgain => "probe-again",
            Reason::DelayedAck => "delayed-ack",
            Reason::FastRetransmit => "fast-retransmit",
            Reason::SackRetransmit => "sack-retransmit",
            Reason::GoBackN => "go-back-n",
        }
    }

    /// Every reason, with sample values, for catalog tests.
    pub const SAMPLES: [Reason; 28] = [
        Reason::ActiveOpen,
        Reason::SendInListen,
        Reason::AnswerSyn,
        Reason::SimultaneousOpen,
        Reason::Data { len: 10, fin: true },
        Reason::WindowProbe,
        Reason::Retransmission { attempt: 2 },
        Reason::Abort,
        Reason::ResetNoConnection,
        Reason::ResetAckInListen,
        Reason::ResetBadAckSynSent,
        Reason::ResetBadAckSynReceived,
        Reason::ResetSynInWindow,
        Reason::AckHandshake,
        Reason::AckUnacceptable,
        Reason::ChallengeRst,
        Reason::ChallengeSyn,
        Reason::ChallengeAck,
        Reason::AckTooNew,
        Reason::AckOutOfOrder,
        Reason::AckData,
        Reason::AckFin,
        Reason::WindowUpdate,
        Reason::ProbeAgain,
        Reason::DelayedAck,
        Reason::FastRetransmit,
        Reason::SackRetransmit,
        Reason::GoBackN,
    ];

    /// True for the challenge ACKs of RFC 5961.
    pub fn is_challenge(self) -> bool {
        matches!(
            self,
            Reason::ChallengeRst | Reason::ChallengeSyn | Reason::ChallengeAck
        )
    }

    /// True for a retransmission after a timeout.
    pub fn is_retransmission(self) -> bool {
        matches!(self, Reason::Retransmission { .. })
    }

    /// True for a reset the TCP sends.
    pub fn is_reset(self) -> bool {
        matches!(
            self,
            Reason::Abort
                | Reason::ResetNoConnection
                | Reason::ResetAckInListen
                | Reason::ResetBadAckSynSent
                | Reason::ResetBadAckSynReceived
                | Reason::ResetSynInWindow
        )
    }

    /// The values, for rendering.
    pub fn args(self) -> Vec<(&'static str, Arg)> {
        match self {
            Reason::Data { len, fin } => vec![("len", len.into()), ("fin", u32::from(fin).into())],
            Reason::Retransmission { attempt } => vec![("attempt", attempt.into())],
            _ => Vec::new(),
        }
    }
}

/// What became of a segment when it arrived: the outcome the ladder shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Processed: it changed something or was simply taken.
    Accepted,
    /// Dropped or ignored without an answer.
    Ignored,
    /// Answered with a reset.
    Reset,
    /// Answered with a challenge ACK (RFC 5961).
    Challenged,
    /// Not acceptable; answered with an ACK saying what is expected.
    Refused,
}

/// A value to fill a sample note with.
trait Sample {
    fn sample() -> Self;
}
impl Sample for Seq {
    fn sample() -> Seq {
        Seq::peer(SeqNum(1000))
    }
}
impl Sample for u32 {
    fn sample() -> u32 {
        2
    }
}
impl Sample for Duration {
    fn sample() -> Duration {
        Duration::from_millis(1500)
    }
}
impl Sample for Instant {
    fn sample() -> Instant {
        Instant::from_millis(61_500)
    }
}
impl Sample for State {
    fn sample() -> State {
        State::Established
    }
}
impl Sample for Signal {
    fn sample() -> Signal {
        Signal::ErrorClosing
    }
}
impl Sample for bool {
    fn sample() -> bool {
        true
    }
}

/// Declares the rules: the [`Note`] enum (a variant per rule, with its
/// typed values), the [`Rule`] ids, their sections and outcomes. One table,
/// so a rule cannot exist without its id and section.
macro_rules! rules {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal, $section:literal, $outcome:ident { $($field:ident : $ty:ty),* $(,)? };
    )*) => {
        /// An explanation of one step an endpoint took, with its values.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Note {
            $(
                $(#[$doc])*
                #[allow(missing_docs)]
                $variant { $($field: $ty),* },
            )*
        }

        /// The rule a note applies: a stable id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Rule {
            $(
                $(#[$doc])*
                $variant,
            )*
        }

        impl Rule {
            /// Every rule, in the order of the table.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The stable id, e.g. `listen-syn`.
            pub fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id,)* }
            }

            /// The RFC section, e.g. `§3.10.7.2` or `RFC 5961 §3.2`.
            pub fn section(self) -> &'static str {
                match self { $(Rule::$variant => $section,)* }
            }

            /// What the rule does with an arriving segment (for arrival rules).
            pub fn outcome(self) -> Outcome {
                match self { $(Rule::$variant => Outcome::$outcome,)* }
            }
        }

        impl Note {
            /// The rule this note applies.
            pub fn rule(&self) -> Rule {
                match self { $(Note::$variant { .. } => Rule::$variant,)* }
            }

            /// One note of every rule, with sample values (for catalog tests).
            pub fn samples() -> Vec<Note> {
                vec![$(Note::$variant { $($field: <$ty as Sample>::sample()),* },)*]
            }

            /// The values, by name, for rendering.
            #[allow(unused_variables)]
            pub fn args(&self) -> Vec<(&'static str, Arg)> {
                match *self {
                    $(Note::$variant { $($field),* } => vec![$((stringify!($field), Arg::from($field))),*],)*
                }
            }
        }
    };
}

rules! {
    // ----- application calls (§3.10.1–§3.10.5) -----
    /// Active OPEN in CLOSED.
    OpenActive = "open-active", "§3.10.1", Accepted { iss: Seq };
    /// Passive OPEN in CLOSED.
    OpenPassive = "open-passive", "§3.10.1", Accepted {};
    /// Active OPEN in LISTEN.
    OpenActiveFromListen = "open-active-from-listen", "§3.10.1", Accepted { iss: Seq };
    /// OPEN refused.
    OpenRefused = "open-refused", "§3.10.1", Ignored { state: State, error: Signal };
    /// SEND in LISTEN.
    SendInListen = "send-in-listen", "§3.10.2", Accepted {};
    /// SEND before ESTABLISHED.
    SendQueued = "send-queued", "§3.10.2", Accepted {};
    /// SEND in a state that sends.
    SendSegmentize = "send-segmentize", "§3.10.2", Accepted {};
    /// SEND refused.
    SendRefused = "send-refused", "§3.10.2", Ignored { state: State, error: Signal };
    /// CLOSE in LISTEN.
    CloseListen = "close-listen", "§3.10.4", Accepted {};
    /// CLOSE in SYN-SENT.
    CloseSynSent = "close-syn-sent", "§3.10.4", Accepted {};
    /// CLOSE in SYN-SENT answers the SENDs still queued.
    CloseQueuedSends = "close-queued-sends", "§3.10.4", Accepted { bytes: u32, error: Signal };
    /// CLOSE in SYN-RECEIVED, nothing queued.
    CloseSynReceived = "close-syn-received", "§3.10.4", Accepted {};
    /// CLOSE in SYN-RECEIVED, data queued.
    CloseSynReceivedQueued = "close-syn-received-queued", "§3.10.4", Accepted {};
    /// The CLOSE queued in SYN-RECEIVED applies.
    CloseDeferredApplies = "close-deferred-applies", "§3.10.4", Accepted {};
    /// CLOSE in ESTABLISHED.
    CloseEstablished = "close-established", "§3.10.4", Accepted {};
    /// CLOSE in CLOSE-WAIT.
    CloseCloseWait = "close-close-wait", "§3.10.4", Accepted {};
    /// CLOSE refused.
    CloseRefused = "close-refused", "§3.10.4", Ignored { state: State, error: Signal };
    /// ABORT before anything was sent.
    AbortSilent = "abort-silent", "§3.10.5", Accepted { state: State };
    /// ABORT in a synchronized state: RST.
    AbortReset = "abort-reset", "§3.10.5", Accepted { state: State };
    /// ABORT answers the SENDs still queued.
    AbortQueuedSends = "abort-queued-sends", "§3.10.5", Accepted { bytes: u32, error: Signal };
    /// ABORT while closing.
    AbortClosing = "abort-closing", "§3.10.5", Accepted { state: State };
    /// ABORT refused.
    AbortRefused = "abort-refused", "§3.10.5", Ignored { state: State, error: Signal };
    /// RECEIVE: the application takes bytes from the receive buffer.
    Read = "read", "§3.10.3", Accepted { len: u32, buffered: u32 };
    /// RECEIVE with nothing waiting (reads here never wait).
    ReadNothing = "read-nothing", "§3.10.3", Accepted {};
    /// RECEIVE refused.
    ReadRefused = "read-refused", "§3.10.3", Ignored { state: State, error: Signal };
    /// After a read: the freed space is too small to offer yet (receiver SWS avoidance).
    WindowHeld = "window-held", "§3.8.6.2.2", Accepted { freed: u32, threshold: u32 };
    /// After a read: the window reopens to the free space.
    WindowOpens = "window-opens", "§3.8.6.2.2", Accepted { rcv_wnd: u32, threshold: u32 };

    // ----- sending and timers -----
    /// Data waits for the peer's window.
    WindowFull = "window-full", "§3.8.6.1", Accepted {};
    /// Sender SWS avoidance holds data: no rule of §3.8.6.2.1 lets it go.
    SwsHold = "sws-hold", "§3.8.6.2.1", Accepted { usable: u32, mss: u32, threshold: u32 };
    /// The SWS override timer fired: a partial segment goes.
    SwsOverride = "sws-override", "§3.8.6.2.1", Accepted { len: u32, wait: Duration };
    /// Nagle holds a small segment while data is unacknowledged.
    NagleHold = "nagle-hold", "§3.7.4", Accepted { queued: u32, unacked: u32, mss: u32 };
    /// Zero-window probe.
    WindowProbe = "window-probe", "§3.8.6.1", Accepted { next: Duration };
    /// The window reopened: the refused probe's octet goes again at once.
    ProbeAgain = "probe-again", "§3.8.6", Accepted {};
    /// Retransmission timeout.
    Retransmit = "retransmit", "RFC 6298 §5.4–5.6", Accepted { rto: Duration, new_rto: Duration, attempt: u32 };
    /// Giving up after too many retransmissions.
    GiveUp = "give-up", "§3.8.3", Accepted { retransmits: u32 };
    /// RTO after a SYN timed out.
    RtoAfterSynTimeout = "rto-after-syn-timeout", "RFC 6298 §5.7", Accepted {};
    /// The TIME-WAIT timer (re)starts.
    TimeWaitTimer = "time-wait-timer", "§3.10.7.4", Accepted { wait: Duration, until: Instant };
    /// TIME-WAIT ends.
    TimeWaitTimeout = "time-wait-timeout", "§3.10.8", Accepted {};

    // ----- congestion control (RFC 5681, RFC 3042, RFC 6582) -----
    /// The initial window of RFC 5681 §3.1 equation (3); ssthresh high.
    InitialWindow = "initial-window", "RFC 5681 §3.1", Accepted { cwnd: u32, ssthresh: u32 };
    /// The initial window the `iw` setting gives (RFC 6928).
    InitialWindowSet = "initial-window-set", "RFC 6928 §2", Accepted { segments: u32, cwnd: u32 };
    /// The SYN was sent again: the initial window is one segment.
    InitialWindowSynLost = "initial-window-syn-lost", "RFC 5681 §3.1", Accepted { cwnd: u32 };
    /// Slow start: cwnd grows by the bytes acknowledged, at most SMSS.
    SlowStart = "slow-start", "RFC 5681 §3.1", Accepted { acked: u32, cwnd: u32 };
    /// cwnd reached ssthresh: congestion avoidance from now on.
    SlowStartEnds = "slow-start-ends", "RFC 5681 §3.1", Accepted { cwnd: u32, ssthresh: u32 };
    /// Congestion avoidance: a window's worth acknowledged, cwnd += SMSS.
    CongestionAvoidance = "congestion-avoidance", "RFC 5681 §3.1", Accepted { cwnd: u32 };
    /// Data waits: the congestion window is full.
    CwndFull = "cwnd-full", "RFC 5681 §3.1", Accepted { cwnd: u32, flight: u32 };
    /// Retransmission timeout: ssthresh = max(FlightSize/2, 2·SMSS), cwnd = 1·SMSS.
    TimeoutWindow = "timeout-window", "RFC 5681 §3.1", Accepted { flight: u32, ssthresh: u32, cwnd: u32 };
    /// Another timeout of a segment already resent by the timer: ssthresh held.
    TimeoutWindowAgain = "timeout-window-again", "RFC 5681 §3.1", Accepted { ssthresh: u32, cwnd: u32 };
    /// A duplicate ACK by RFC 5681's definition, counted.
    DuplicateAckCounted = "duplicate-ack-counted", "RFC 5681 §2", Accepted { count: u32 };
    /// Limited transmit: a new segment on the first or second duplicate ACK.
    LimitedTransmit = "limited-transmit", "RFC 5681 §3.2", Accepted { count: u32 };
    /// Third duplicate ACK: fast retransmit, enter fast recovery.
    FastRetransmit = "fast-retransmit", "RFC 5681 §3.2", Accepted { flight: u32, ssthresh: u32, cwnd: u32 };
    /// Another duplicate ACK in fast recovery: cwnd += SMSS.
    FastRecoveryInflate = "fast-recovery-inflate", "RFC 5681 §3.2", Accepted { count: u32, cwnd: u32 };
    /// Reno: new data acknowledged, fast recovery ends, cwnd = ssthresh.
    FastRecoveryEnds = "fast-recovery-ends", "RFC 5681 §3.2", Accepted { cwnd: u32 };
    /// NewReno: a partial ACK: resend the next hole, stay in recovery.
    PartialAck = "partial-ack", "RFC 6582 §3.2", Accepted { acked: u32, cwnd: u32 };
    /// NewReno: a full ACK ends recovery.
    FullAck = "full-ack", "RFC 6582 §3.2", Accepted { cwnd: u32 };
    /// NewReno: three duplicate ACKs that do not cover `recover`: no fast retransmit.
    RecoverNotCovered = "recover-not-covered", "RFC 6582 §3.2", Accepted { recover: Seq };
    /// Idle longer than the RTO: cwnd restarts from the initial window.
    IdleRestart = "idle-restart", "RFC 5681 §4.1", Accepted { idle: Duration, cwnd: u32 };
    /// After a timeout, the octets sent after the resent segment count as lost and go again as cwnd allows.
    GoBackN = "go-back-n", "RFC 6298 §5.4", Accepted { from: Seq, to: Seq };

    // ----- CUBIC (RFC 9438) -----
    /// A congestion avoidance stage begins: W_max and K (§4.2).
    CubicEpoch = "cubic-epoch", "RFC 9438 §4.2", Accepted { cwnd: u32, w_max: u32, k: Duration };
    /// W_cubic(t) is below W_est: cwnd follows the Reno-friendly estimate (§4.3).
    CubicRenoFriendly = "cubic-reno-friendly", "RFC 9438 §4.3", Accepted { w_cubic: u32, cwnd: u32 };
    /// cwnd below W_max: it climbs towards W_max, more slowly as it nears it (§4.4).
    CubicConcave = "cubic-concave", "RFC 9438 §4.4", Accepted { t: Duration, target: u32, w_max: u32, cwnd: u32 };
    /// cwnd at or beyond W_max: it probes for more, faster and faster (§4.5).
    CubicConvex = "cubic-convex", "RFC 9438 §4.5", Accepted { t: Duration, target: u32, w_max: u32, cwnd: u32 };
    /// Third duplicate ACK under CUBIC: ssthresh = FlightSize × β_cubic (§4.6).
    CubicDecrease = "cubic-decrease", "RFC 9438 §4.6", Accepted { flight: u32, ssthresh: u32, cwnd: u32 };
    /// A loss below the last W_max: W_max = cwnd × (1 + β_cubic) / 2 (§4.7).
    CubicFastConvergence = "cubic-fast-convergence", "RFC 9438 §4.7", Accepted { cwnd: u32, w_max: u32 };
    /// A timeout under CUBIC: ssthresh with β_cubic, cwnd = 1·SMSS (§4.8).
    CubicTimeout = "cubic-timeout", "RFC 9438 §4.8", Accepted { flight: u32, ssthresh: u32, cwnd: u32 };

    // ----- selective acknowledgments (RFC 2018, RFC 6675) -----
    /// Both SYNs carried SACK-permitted: SACK is in use.
    SackPermitted = "sack-permitted", "RFC 2018 §2", Accepted {};
    /// Our SYN offered SACK, the peer's did not: no SACK on this connection.
    SackNotPermitted = "sack-not-permitted", "RFC 2018 §4", Accepted {};
    /// Out-of-order data held: ACKs carry SACK blocks, this one's first.
    SackBlocks = "sack-blocks", "RFC 2018 §4", Accepted { left: Seq, right: Seq, blocks: u32 };
    /// An ACK SACKed octets not SACKed before: a duplicate ACK by RFC 6675.
    SackDuplicateAck = "sack-duplicate-ack", "RFC 6675 §2", Accepted { count: u32, sacked: u32 };
    /// New data on duplicate ACKs, as far as cwnd − pipe allows.
    SackLimitedTransmit = "sack-limited-transmit", "RFC 6675 §5", Accepted { pipe: u32, cwnd: u32 };
    /// DupThresh duplicate ACKs: fast retransmit, SACK loss recovery.
    SackRecovery = "sack-recovery", "RFC 6675 §5", Accepted { flight: u32, cwnd: u32, recovery_point: Seq };
    /// IsLost (HighACK + 1) before DupThresh duplicate ACKs: recovery.
    SackRecoveryLost = "sack-recovery-lost", "RFC 6675 §5", Accepted { flight: u32, cwnd: u32, recovery_point: Seq };
    /// NextSeg () rule (1): a lost hole is sent again.
    SackRetransmitLost = "sack-retransmit-lost", "RFC 6675 §4", Accepted { seq: Seq, len: u32, pipe: u32 };
    /// NextSeg () rule (3): a hole below the highest SACK, not yet lost.
    SackRetransmitUnsacked = "sack-retransmit-unsacked", "RFC 6675 §4", Accepted { seq: Seq, len: u32, pipe: u32 };
    /// NextSeg () rule (4): the one rescue retransmission.
    SackRescue = "sack-rescue", "RFC 6675 §4", Accepted { seq: Seq, len: u32 };
    /// An ACK in recovery that does not cover RecoveryPoint.
    SackRecoveryAck = "sack-recovery-ack", "RFC 6675 §5", Accepted { pipe: u32, recovery_point: Seq };
    /// RecoveryPoint acknowledged: SACK loss recovery ends.
    SackRecoveryEnds = "sack-recovery-ends", "RFC 6675 §5", Accepted { cwnd: u32 };
    /// A timeout: recovery ends, RecoveryPoint = HighData, SACKed marks cleared.
    SackTimeout = "sack-timeout", "RFC 6675 §5.1", Accepted { cleared: u32, recovery_point: Seq };
    /// Loss is signalled again before HighACK reaches the timeout's RecoveryPoint: no new recovery.
    SackRecoveryHeld = "sack-recovery-held", "RFC 6675 §5.1", Accepted { recovery_point: Seq };

    // ----- SEGMENT ARRIVES in CLOSED and LISTEN -----
    /// CLOSED: a RST is discarded.
    ClosedRst = "closed-rst", "§3.10.7.1", Ignored {};
    /// CLOSED: a segment with ACK gets <SEQ=SEG.ACK><CTL=RST>.
    ClosedResetAck = "closed-reset-ack", "§3.10.7.1", Reset { ack: Seq };
    /// CLOSED: a segment without ACK gets <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    ClosedResetNoAck = "closed-reset-no-ack", "§3.10.7.1", Reset { seq: Seq, len: u32 };
    /// LISTEN: a RST is ignored.
    ListenRst = "listen-rst", "§3.10.7.2", Ignored {};
    /// LISTEN: an ACK is answered with a RST.
    ListenAck = "listen-ack", "§3.10.7.2", Reset { ack: Seq };
    /// LISTEN: a SYN.
    ListenSyn = "listen-syn", "§3.10.7.2", Accepted { irs: Seq, rcv_nxt: Seq, iss: Seq };
    /// LISTEN: anything else is dropped.
    ListenOther = "listen-other", "§3.10.7.2", Ignored {};
    /// Text or FIN with a SYN waits.
    SynTextHeld = "syn-text-held", "§3.10.7.2", Accepted {};

    // ----- SYN-SENT -----
    /// RST with an unacceptable ACK.
    SynSentBadAckRst = "syn-sent-bad-ack-rst", "§3.10.7.3", Ignored { ack: Seq };
    /// Unacceptable ACK.
    SynSentBadAck = "syn-sent-bad-ack", "§3.10.7.3", Reset { ack: Seq, iss: Seq, snd_nxt: Seq };
    /// RST acknowledging our SYN.
    SynSentRst = "syn-sent-rst", "§3.10.7.3", Accepted {};
    /// RST without ACK.
    SynSentRstNoAck = "syn-sent-rst-no-ack", "§3.10.7.3", Ignored {};
    /// SYN,ACK acknowledging our SYN.
    SynSentSynAck = "syn-sent-syn-ack", "§3.10.7.3", Accepted { irs: Seq, rcv_nxt: Seq, snd_una: Seq };
    /// The SYN,ACK carries text or FIN.
    SynAckText = "syn-ack-text", "§3.10.7.3", Accepted {};
    /// SYN without ACK: simultaneous open.
    SynSentSyn = "syn-sent-syn", "§3.10.7.3", Accepted { irs: Seq, rcv_nxt: Seq };
    /// Neither SYN nor RST.
    SynSentOther = "syn-sent-other", "§3.10.7.3", Ignored {};

    // ----- SYN-RECEIVED and the synchronized states (§3.10.7.4) -----
    /// Simultaneous open: the SYN,ACK repeats the SYN we hold.
    SimultaneousSynAck = "simultaneous-syn-ack", "§3.10.7.4", Accepted {};
    /// First check: not acceptable, a RST.
    SeqUnacceptableRst = "seq-unacceptable-rst", "§3.10.7.4", Ignored { seq: Seq, len: u32, rcv_nxt: Seq, rcv_wnd: u32 };
    /// First check: not acceptable.
    SeqUnacceptable = "seq-unacceptable", "§3.10.7.4", Refused { seq: Seq, len: u32, rcv_nxt: Seq, rcv_wnd: u32 };
    /// TIME-WAIT: their FIN again.
    TimeWaitFinAgain = "time-wait-fin-again", "§3.10.7.4", Refused {};
    /// First check: the part beyond the window is cut off.
    SeqTrimmed = "seq-trimmed", "§3.10.7.4", Accepted {};
    /// First check, zero window: the text is refused, the controls kept.
    ZeroWindowText = "zero-window-text", "§3.10.7.4", Refused { len: u32 };
    /// Second check: RST not exactly at RCV.NXT.
    RstChallenge = "rst-challenge", "RFC 5961 §3.2", Challenged { seq: Seq, rcv_nxt: Seq };
    /// Second check: RST in SYN-RECEIVED after a passive OPEN.
    RstSynReceivedPassive = "rst-syn-received-passive", "§3.10.7.4", Accepted {};
    /// Second check: RST in SYN-RECEIVED after an active OPEN.
    RstSynReceivedActive = "rst-syn-received-active", "§3.10.7.4", Accepted {};
    /// Second check: RST in ESTABLISHED, FIN-WAIT-1/2, CLOSE-WAIT.
    RstReset = "rst-reset", "§3.10.7.4", Accepted { state: State };
    /// Second check: RST in CLOSING, LAST-ACK, TIME-WAIT.
    RstClosing = "rst-closing", "§3.10.7.4", Accepted { state: State };
    /// Fourth check: SYN in SYN-RECEIVED after a passive OPEN.
    SynSynReceivedPassive = "syn-syn-received-passive", "§3.10.7.4", Accepted {};
    /// Fourth check: SYN, challenge ACK.
    SynChallenge = "syn-challenge", "RFC 5961 §4.2", Challenged {};
    /// Fourth check: SYN in the window resets (RFC 5961 off).
    SynReset = "syn-reset", "§3.10.7.4", Reset {};
    /// Fifth check: no ACK bit.
    AckOff = "ack-off", "§3.10.7.4", Ignored {};
    /// Fifth check: SYN-RECEIVED, our SYN is acknowledged.
    SynReceivedAck = "syn-received-ack", "§3.10.7.4", Accepted { ack: Seq, wnd: u32 };
    /// Fifth check: SYN-RECEIVED, unacceptable ACK.
    SynReceivedBadAck = "syn-received-bad-ack", "§3.10.7.4", Reset { ack: Seq, snd_una: Seq, snd_nxt: Seq };
    /// Fifth check: ACK out of the RFC 5961 range.
    AckChallenge = "ack-challenge", "RFC 5961 §5.2", Challenged { ack: Seq, lowest: Seq, snd_nxt: Seq };
    /// Fifth check: ACK of something not yet sent.
    AckTooNew = "ack-too-new", "§3.10.7.4", Refused { ack: Seq, snd_nxt: Seq };
    /// Fifth check: a new ACK.
    AckNew = "ack-new", "§3.10.7.4", Accepted { snd_una: Seq };
    /// A pure ACK that acknowledges nothing new, on a side that runs no
    /// congestion control (fast retransmit is part of it).
    AckDuplicate = "ack-duplicate", "§3.10.7.4", Accepted { ack: Seq, snd_una: Seq };
    /// A pure ACK that acknowledges nothing new, on a side that runs
    /// congestion control: it tells whether the ACK counts toward a fast
    /// retransmit.
    AckDuplicateCc = "ack-duplicate-cc", "§3.10.7.4", Accepted { ack: Seq, snd_una: Seq };
    /// Fifth check: window update.
    WindowUpdate = "window-update", "§3.10.7.4", Accepted { wnd: u32 };
    /// FIN-WAIT-1: our FIN is acknowledged.
    FinWait1Acked = "fin-wait-1-acked", "§3.10.7.4", Accepted {};
    /// FIN-WAIT-2: everything acknowledged; `fin`: this segment carries
    /// their FIN (the eighth step, after this one, takes it in order).
    FinWait2Acked = "fin-wait-2-acked", "§3.10.7.4", Accepted { fin: bool };
    /// CLOSING: our FIN is acknowledged.
    ClosingAcked = "closing-acked", "§3.10.7.4", Accepted {};
    /// CLOSING: the ACK does not cover our FIN.
    ClosingNotAcked = "closing-not-acked", "§3.10.7.4", Ignored {};
    /// LAST-ACK: our FIN is acknowledged.
    LastAckAcked = "last-ack-acked", "§3.10.7.4", Accepted {};
    /// Sixth: URG.
    Urg = "urg", "§3.10.7.4", Accepted {};
    /// Seventh: out of order, held.
    OutOfOrder = "out-of-order", "§3.10.7.4", Accepted { seq: Seq, rcv_nxt: Seq };
    /// Seventh: text after their FIN.
    TextAfterFin = "text-after-fin", "§3.10.7.4", Ignored {};
    /// Seventh: text delivered.
    Deliver = "deliver", "§3.10.7.4", Accepted { len: u32, rcv_nxt: Seq };
    /// The ACK of in-order data waits (delayed ACKs on).
    AckDelayed = "ack-delayed", "§3.8.6.3", Accepted { until: Instant };
    /// A second data segment: the ACK goes now.
    AckEverySecond = "ack-every-second", "§3.8.6.3", Accepted {};
    /// The delayed-ACK timer fired.
    AckDelayTimeout = "ack-delay-timeout", "§3.8.6.3", Accepted {};
    /// The peer's SYN announced its MSS (MSS option on).
    PeerMss = "peer-mss", "§3.7.1", Accepted { mss: u32 };
    /// The peer's SYN carried no MSS option: 536 (MSS option on).
    PeerMssDefault = "peer-mss-default", "§3.7.1", Accepted { mss: u32 };
    /// Seventh: text kept in the receive buffer for the application to read.
    Buffered = "buffered", "§3.10.7.4", Accepted { len: u32, rcv_nxt: Seq, buffered: u32, rcv_wnd: u32 };
    /// The receive buffer is full: a zero window.
    WindowClosed = "window-closed", "§3.8.6.1", Accepted { buffered: u32 };
    /// A held segment follows RCV.NXT now.
    HeldDelivered = "held-delivered", "§3.10.7.4", Accepted {};
    /// Eighth: FIN.
    Fin = "fin", "§3.10.7.4", Accepted { rcv_nxt: Seq };
}

impl Rule {
    /// Looks a rule up by its id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    /// The RFC sentence this rule applies, quoted with its RFC number.
    pub fn rfc_quote(self) -> &'static str {
        quotes::quote(self)
    }

    /// Whether `pattern` names this rule: its id, its section, or a section
    /// that holds it (`"RFC 5961"` and `"RFC 5961 §3"` name `RFC 5961 §3.2`;
    /// `"§3.1"` does not name `§3.10.1`, nor `"RFC"` every other RFC's rule).
    pub fn matches(self, pattern: &str) -> bool {
        self.id() == pattern || section_holds(self.section(), pattern)
    }

    /// Whether any rule matches `pattern`: a scenario that names no rule
    /// could never see it applied.
    pub fn is_known(pattern: &str) -> bool {
        Rule::ALL.iter().any(|r| r.matches(pattern))
    }

    /// Every rule's id, then every section some rule cites and every RFC
    /// other than RFC 9293 they come from (`RFC 5961`), each once: the names
    /// a mistyped pattern is compared with for suggestions.
    pub fn names() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Rule::ALL.iter().map(|r| r.id()).collect();
        for rule in Rule::ALL {
            let section = rule.section();
            let rfc = section.split_once(" §").map(|(rfc, _)| rfc);
            for name in [Some(section), rfc].into_iter().flatten() {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// Position in [`Rule::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Whether `section` is `pattern` or lies inside it: the rest after
/// `pattern` (which must end in a digit) starts a subsection (`.`), a
/// section of the RFC it names (` `) or a range (`–`).
fn section_holds(section: &str, pattern: &str) -> bool {
    match section.strip_prefix(pattern) {
        Some("") => true,
        Some(rest) => {
            pattern.ends_with(|c: char| c.is_ascii_digit()) && rest.starts_with(['.', ' ', '–'])
        }
        None => false,
    }
}

/// A set of rules, one bit each: cheap to copy with a simulation (256
/// rules at most).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuleSet([u128; 2]);

impl RuleSet {
    /// Adds a rule.
    pub fn insert(&mut self, rule: Rule) {
        let i = rule.index();
        self.0[i / 128] |= 1u128 << (i % 128);
    }

    /// Whether `rule` is in the set.
    fn has(self, rule: Rule) -> bool {
        let i = rule.index();
        self.0[i / 128] & (1u128 << (i % 128)) != 0
    }

    /// Whether any rule in the set matches `pattern` (see [`Rule::matches`]).
    pub fn any_matches(self, pattern: &str) -> bool {
        Rule::ALL.iter().any(|r| self.has(*r) && r.matches(pattern))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_fit_the_set() {
        assert!(Rule::ALL.len() <= 256, "RuleSet holds 256 rules");
        for (i, a) in Rule::ALL.iter().enumerate() {
            assert_eq!(a.index(), i);
            assert_eq!(Rule::from_id(a.id()), Some(*a));
            assert!(!a.rfc_quote().is_empty(), "{} has no RFC sentence", a.id());
            assert!(a
                .id()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }

    #[test]
    fn every_rule_has_a_sample_note() {
        let rules: Vec<Rule> = Note::samples().iter().map(Note::rule).collect();
        assert_eq!(rules, Rule::ALL);
    }

    #[test]
    fn a_rule_matches_by_id_or_section_prefix() {
        let mut set = RuleSet::default();
        set.insert(Rule::RstChallenge);
        assert!(set.any_matches("rst-challenge"));
        assert!(set.any_matches("RFC 5961"));
        assert!(!set.any_matches("§3.10.7.4"));
        assert!(!set.any_matches("rst"));
        assert!(set.any_matches("RFC 5961 §3"));
        assert!(set.any_matches("RFC 5961 §3.2"));
    }

    #[test]
    fn a_section_pattern_names_whole_sections_only() {
        assert!(Rule::OpenActive.matches("§3.10.1"));
        assert!(Rule::OpenActive.matches("§3.10"));
        assert!(Rule::OpenActive.matches("§3"));
        assert!(Rule::Retransmit.matches("RFC 6298 §5.4"));
        // A string prefix that is no section of it.
        assert!(!Rule::OpenActive.matches("§3.1"));
        assert!(!Rule::RstChallenge.matches("RFC"));
        assert!(!Rule::RstChallenge.matches("RFC 596"));
        assert!(!Rule::OpenActive.matches("§"));
        assert!(!Rule::OpenActive.matches(""));
    }

    #[test]
    fn only_ids_and_sections_some_rule_has_are_known() {
        for rule in Rule::ALL {
            assert!(Rule::is_known(rule.id()));
            assert!(Rule::is_known(rule.section()));
        }
        assert!(Rule::is_known("§3.10.7"));
        for unknown in [
            "no-such-rule-xyz",
            "§9.9.9",
            "time-wait-restart",
            "§3.1",
            "",
            "RFC",
        ] {
            assert!(!Rule::is_known(unknown), "{unknown}");
        }
        let names = Rule::names();
        assert_eq!(
            names.len(),
            names.iter().collect::<std::collections::HashSet<_>>().len()
        );
    }
}
