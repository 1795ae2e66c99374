//! Why a check did not hold, as typed values: what the check expected and
//! what the simulation held. A user interface says it in its reader's
//! language (a lesson's student never sees the file's line numbers); its
//! [`Display`](fmt::Display) is the checker's English, "expected …,
//! found …".

use super::{quote, CcVar, SeqExpr, Var};
use crate::endpoint::State;
use crate::note::Signal;
use crate::segment::{Flags, Segment};
use crate::sim::{Selector, Side, SimError};
use crate::time::{format_duration, Instant};
use core::fmt;
use core::time::Duration;

/// A segment as a check describes it, its expressions evaluated (the
/// fields it gives; `None` is "not given").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wanted {
    /// The flags.
    pub flags: Flags,
    /// `seq=`.
    pub seq: Option<u32>,
    /// `ack=`.
    pub ack: Option<u32>,
    /// `win=`.
    pub win: Option<u32>,
    /// `len=`.
    pub len: Option<u32>,
    /// `data=`.
    pub data: Option<String>,
}

impl fmt::Display for Wanted {
    /// In scenario syntax: `SYN,ACK seq=1000 ack=4`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.flags)?;
        for (name, v) in [
            ("seq", self.seq),
            ("ack", self.ack),
            ("win", self.win),
            ("len", self.len),
        ] {
            if let Some(v) = v {
                write!(f, " {name}={v}")?;
            }
        }
        if let Some(d) = &self.data {
            write!(f, " data={}", quote(d))?;
        }
        Ok(())
    }
}

/// The first field, in header order, in which a segment differs from the
/// one a check describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// SYN, ACK, FIN, RST (and PSH, URG when the check gives them).
    Flags,
    /// The sequence number.
    Seq,
    /// The acknowledgment number.
    Ack,
    /// The window.
    Win,
    /// The payload's length.
    Len,
    /// The payload.
    Data,
    /// The options.
    Options,
}

impl Field {
    /// Its name in scenario syntax (`flags`, `seq`, …).
    pub fn name(self) -> &'static str {
        match self {
            Field::Flags => "flags",
            Field::Seq => "seq",
            Field::Ack => "ack",
            Field::Win => "win",
            Field::Len => "len",
            Field::Data => "data",
            Field::Options => "options",
        }
    }
}

/// Why a check (an `expect` or a `goal`) did not hold, or why a lesson's
/// line could not run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// `expect SIDE STATE`: the side is in another state.
    State {
        /// Whose.
        side: Side,
        /// The state the check names.
        expected: State,
        /// The state it is in.
        found: State,
    },
    /// `expect SIDE VAR=EXPR`: the variable holds another value.
    Var {
        /// Whose.
        side: Side,
        /// Which variable.
        var: Var,
        /// As written.
        expr: SeqExpr,
        /// The expression's value.
        expected: u32,
        /// The variable's value.
        found: u32,
    },
    /// `expect SIDE received "TEXT"`: the application received other bytes.
    ReceivedText {
        /// Whose application.
        side: Side,
        /// The text the check gives.
        expected: String,
        /// The bytes received.
        found: Vec<u8>,
    },
    /// `expect SIDE received NUMBER`: another number of bytes.
    ReceivedCount {
        /// Whose application.
        side: Side,
        /// Bytes the check gives.
        expected: u32,
        /// Bytes received.
        found: usize,
    },
    /// `expect SIDE cwnd|ssthresh|flight|recovery …`: another value, or
    /// congestion control is off on that side (`found` is `None`).
    Congestion {
        /// Whose connection.
        side: Side,
        /// Which variable.
        var: CcVar,
        /// The value the check gives (`recovery`: 1 for on).
        expected: u32,
        /// The value found.
        found: Option<u32>,
    },
    /// `expect SIDE buffered NUMBER`: another number of bytes wait unread.
    Buffered {
        /// Whose buffer.
        side: Side,
        /// Bytes the check gives.
        expected: u32,
        /// Bytes waiting.
        found: usize,
    },
    /// `expect SIDE signal "TEXT"`: the application was not told that.
    Signal {
        /// Whose application.
        side: Side,
        /// The RFC's words the check gives.
        expected: String,
        /// What it was told instead (none, or others).
        told: Vec<Signal>,
    },
    /// `expect wire empty`: segments are in flight.
    WireEmpty {
        /// How many.
        in_flight: usize,
        /// The oldest one's sender.
        from: Side,
        /// The oldest one.
        oldest: Segment,
    },
    /// `expect wire count N`: another number in flight.
    WireCount {
        /// The count the check gives.
        expected: u32,
        /// The count in flight.
        found: usize,
    },
    /// `expect link SIDE>OTHER queue N`: another number of segments wait
    /// in that link's queue.
    LinkQueue {
        /// The direction, by its sender.
        from: Side,
        /// The count the check gives.
        expected: u32,
        /// Segments waiting.
        found: usize,
    },
    /// `expect wire [SEL] …`: no segment in flight is the one selected.
    WireMissing {
        /// The selector.
        selector: Selector,
        /// The segment the check describes.
        expected: Box<Wanted>,
        /// Segments in flight.
        in_flight: usize,
    },
    /// `expect wire [SEL] …`: the segment selected differs.
    WireDiffers {
        /// Its sender.
        from: Side,
        /// The segment the check describes.
        expected: Box<Wanted>,
        /// The segment in flight.
        found: Segment,
        /// The first field that differs.
        field: Field,
    },
    /// `expect outbox SIDE empty`: segments wait in it.
    OutboxEmpty {
        /// Whose outbox.
        side: Side,
        /// How many wait.
        waiting: usize,
        /// The first.
        first: Segment,
    },
    /// `expect outbox SIDE N …`: the outbox holds fewer than N.
    OutboxMissing {
        /// Whose outbox.
        side: Side,
        /// The position the check gives (from 1).
        n: usize,
        /// The segment the check describes.
        expected: Box<Wanted>,
        /// How many wait.
        waiting: usize,
    },
    /// `expect outbox SIDE N …`: the N-th differs.
    OutboxDiffers {
        /// Whose outbox.
        side: Side,
        /// The position the check gives (from 1).
        n: usize,
        /// The segment the check describes.
        expected: Box<Wanted>,
        /// The segment waiting there.
        found: Segment,
        /// The first field that differs.
        field: Field,
    },
    /// `expect time DURATION`: the clock reads another time.
    Time {
        /// The time the check gives.
        expected: Duration,
        /// The clock.
        found: Instant,
    },
    /// `expect SIDE rule "TEXT"`: that side's TCP never applied it.
    Rule {
        /// Whose TCP.
        side: Side,
        /// The rule's id or section, as the check gives it.
        rule: String,
    },
    /// `expect SIDE no rule "TEXT"`: that side's TCP has applied it.
    RuleApplied {
        /// Whose TCP.
        side: Side,
        /// The rule's id or section, as the check gives it.
        rule: String,
    },
    /// `expect goal` checked outside a lesson runner (which knows the goals).
    GoalOutside,
    /// `expect goal` with no goal written before it.
    NoGoals,
    /// A goal that does not hold yet, and why.
    Goal(Box<Mismatch>),
    /// An `ask` that its step cannot answer (the side sends nothing in it).
    Unanswerable(super::Unanswerable),
    /// A line of the lesson could not run: the wire's or clock's reason
    /// when it was one, and the checker's words.
    Refused {
        /// The typed reason, if any.
        cause: Option<SimError>,
        /// What the checker says.
        message: String,
    },
}

/// A segment in scenario syntax, for "found …".
pub(super) fn describe(seg: &Segment) -> String {
    let mut s = format!(
        "{} seq={} ack={} win={} len={}",
        seg.flags,
        seg.seq,
        seg.ack,
        seg.wnd,
        seg.payload.len()
    );
    if !seg.payload.is_empty() {
        s.push_str(&format!(
            " data={}",
            quote(&String::from_utf8_lossy(&seg.payload))
        ));
    }
    if !seg.options.is_empty() {
        s.push_str(&format!(" options={}", crate::options::List(&seg.options)));
    }
    s
}

fn dir(from: Side) -> String {
    format!("{from}>{}", from.other())
}

fn sel_text(sel: &Selector) -> String {
    match sel.from {
        Some(from) => format!("{} number {}", dir(from), sel.n),
        None => format!("number {}", sel.n),
    }
}

fn differs(field: Field) -> &'static str {
    match field {
        Field::Flags => "the flags",
        other => other.name(),
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::State {
                side,
                expected,
                found,
            } => write!(f, "expected {side} {expected}, found {found}"),
            Mismatch::Var {
                side,
                var,
                expr,
                expected,
                found,
            } => write!(
                f,
                "expected {side} {}={expected} ({expr}), found {found}",
                var.name()
            ),
            Mismatch::ReceivedText {
                side,
                expected,
                found,
            } => write!(
                f,
                "expected {side} received {}, found {}",
                quote(expected),
                quote(&String::from_utf8_lossy(found))
            ),
            Mismatch::ReceivedCount {
                side,
                expected,
                found,
            } => write!(
                f,
                "expected {side} received {expected} bytes, found {found} bytes"
            ),
            Mismatch::Congestion {
                side,
                var,
                expected,
                found,
            } => {
                let show = |v: u32| var.written(v);
                write!(
                    f,
                    "expected {side} {} {}, found ",
                    var.name(),
                    show(*expected)
                )?;
                match found {
                    Some(v) => f.write_str(&show(*v)),
                    None => f.write_str("congestion control off"),
                }
            }
            Mismatch::Buffered {
                side,
                expected,
                found,
            } => write!(
                f,
                "expected {side} buffered {expected} bytes, found {found} bytes"
            ),
            Mismatch::Signal {
                side,
                expected,
                told,
            } => {
                write!(f, "expected {side} signal {}, found ", quote(expected))?;
                if told.is_empty() {
                    return write!(f, "no signal");
                }
                let told: Vec<String> = told.iter().map(|s| quote(s.text())).collect();
                write!(f, "only {}", told.join(", "))
            }
            Mismatch::WireEmpty {
                in_flight,
                from,
                oldest,
            } => write!(
                f,
                "expected wire empty, found {in_flight} in flight (oldest: {} {})",
                dir(*from),
                describe(oldest)
            ),
            Mismatch::WireCount { expected, found } => {
                write!(f, "expected wire count {expected}, found {found}")
            }
            Mismatch::LinkQueue {
                from,
                expected,
                found,
            } => write!(
                f,
                "expected {expected} waiting in the {} link queue, found {found}",
                dir(*from)
            ),
            Mismatch::WireMissing {
                selector,
                expected,
                in_flight,
            } => {
                write!(
                    f,
                    "expected a segment {} {expected}, found ",
                    sel_text(selector)
                )?;
                match in_flight {
                    0 => write!(f, "the wire empty"),
                    n => write!(f, "only {n} in flight"),
                }
            }
            Mismatch::WireDiffers {
                from,
                expected,
                found,
                field,
            } => write!(
                f,
                "expected {} {expected}, found {} {} ({} differs)",
                dir(*from),
                dir(*from),
                describe(found),
                differs(*field)
            ),
            Mismatch::OutboxEmpty {
                side,
                waiting,
                first,
            } => write!(
                f,
                "expected outbox {side} empty, found {waiting} waiting (first: {})",
                describe(first)
            ),
            Mismatch::OutboxMissing {
                side,
                n,
                expected,
                waiting,
            } => write!(
                f,
                "expected outbox {side} segment {n} {expected}, found {waiting} waiting"
            ),
            Mismatch::OutboxDiffers {
                side,
                n,
                expected,
                found,
                field,
            } => write!(
                f,
                "expected outbox {side} {n} {expected}, found {} ({} differs)",
                describe(found),
                differs(*field)
            ),
            Mismatch::Time { expected, found } => write!(
                f,
                "expected time {}, found {found}",
                format_duration(*expected)
            ),
            Mismatch::Rule { side, rule } => write!(
                f,
                "expected {side} rule {}, found that its TCP never applied it",
                quote(rule)
            ),
            Mismatch::RuleApplied { side, rule } => write!(
                f,
                "expected {side} no rule {}, found that its TCP applied it",
                quote(rule)
            ),
            Mismatch::GoalOutside => write!(
                f,
                "expect goal is checked by the lesson runner, which knows the goals"
            ),
            Mismatch::NoGoals => {
                write!(f, "expected goals to check, found no goal before this line")
            }
            Mismatch::Goal(why) => write!(f, "goal not reached: {why}"),
            Mismatch::Refused { message, .. } => f.write_str(message),
            Mismatch::Unanswerable(why) => write!(f, "{why}"),
        }
    }
}

impl Mismatch {
    /// A line that could not run, told as a check that failed (a lesson
    /// lists it with its checks).
    pub fn refused(failure: super::Failure) -> Mismatch {
        Mismatch::Refused {
            cause: failure.cause,
            message: failure.message,
        }
    }
}
