//! The engine's typed facts in words: notes, reasons, signals, settings and
//! trace events, in the student's language and numbering. The one place
//! where they become text.

use super::ftl::Value;
use super::I18n;
use core::time::Duration;
use tcp_engine::endpoint::{Call, TimerKind};
use tcp_engine::note::{Arg, Note, Reason, Rule, Seq, Signal, Space};
use tcp_engine::numbering::{Numbering, Shown};
use tcp_engine::recovery::Recovery;
use tcp_engine::scenario::{CallSpec, Payload, Setting, Stmt};
use tcp_engine::sim::{DropCause, Event, Origin, Selector, Side, TraceEntry, MAX_IN_FLIGHT};
use tcp_engine::{Flags, Segment, SeqNum};

/// `client` / `server` in the student's language.
pub fn side(i18n: &I18n, side: Side) -> String {
    i18n.t(match side {
        Side::Client => "side-client",
        Side::Server => "side-server",
    })
}

/// A sequence number of `owner`'s space, in the chosen numbering.
pub fn seq(i18n: &I18n, numbering: &Numbering, n: SeqNum, owner: Side) -> String {
    match numbering.show(n, owner) {
        Shown::Relative(v) | Shown::Absolute(v) => v.to_string(),
        Shown::Outside(v) => i18n.f(
            "num-outside",
            &[
                ("n", v.into()),
                ("relative", u64::from(numbering.relative).into()),
            ],
        ),
        Shown::NoIsn(v) => i18n.f("num-no-isn", &[("n", v.into())]),
    }
}

/// A length of time in SI units: `250 ms`, `1 s`, `1.25 s`, `2 min`.
pub fn duration(d: Duration) -> String {
    // In u64, not `as_millis`'s u128: its formatting and division would
    // add 3 KB to the first load, for durations no session reaches.
    let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
    if ms >= 60_000 && ms.is_multiple_of(60_000) {
        format!("{} min", ms / 60_000)
    } else if ms >= 1000 && ms.is_multiple_of(1000) {
        format!("{} s", ms / 1000)
    } else if ms >= 1000 {
        let s = format!("{}.{:03}", ms / 1000, ms % 1000);
        format!("{} s", s.trim_end_matches('0'))
    } else {
        format!("{ms} ms")
    }
}

/// A moment on the clock: `1.300 s`.
pub fn clock(ms: u64) -> String {
    format!("{}.{:03} s", ms / 1000, ms % 1000)
}

/// A sequence number in a sentence: a relative one says so (a bare "ISS =
/// 0" teaches that ISNs are 0), and an initial number gives its real value
/// too.
fn seq_in_prose(i18n: &I18n, numbering: &Numbering, n: SeqNum, owner: Side, name: &str) -> String {
    match numbering.show(n, owner) {
        Shown::Relative(v) if matches!(name, "iss" | "irs") => i18n.f(
            "num-relative-real",
            &[("n", v.into()), ("real", n.0.into())],
        ),
        Shown::Relative(v) => i18n.f("num-relative", &[("n", v.into())]),
        Shown::Absolute(_) | Shown::Outside(_) | Shown::NoIsn(_) => seq(i18n, numbering, n, owner),
    }
}

fn value(i18n: &I18n, numbering: &Numbering, noter: Side, name: &str, arg: Arg) -> Value {
    match arg {
        Arg::Seq(Seq { n, space }) => {
            let owner = match space {
                Space::Own => noter,
                Space::Peer => noter.other(),
            };
            Value::Str(seq_in_prose(i18n, numbering, n, owner, name))
        }
        Arg::Count(n) => Value::Num(n),
        Arg::Duration(d) => Value::Str(duration(d)),
        Arg::Time(t) => Value::Str(format!("t = {}", clock(t.as_millis()))),
        Arg::State(s) => Value::Str(s.name().to_string()),
        Arg::Signal(s) => Value::Str(signal(i18n, s)),
    }
}

/// A note with this instance's values, written by `noter`'s TCP.
pub fn note(i18n: &I18n, numbering: &Numbering, noter: Side, note: &Note) -> String {
    let args: Vec<(&str, Value)> = note
        .args()
        .into_iter()
        .map(|(name, arg)| (name, value(i18n, numbering, noter, name, arg)))
        .collect();
    i18n.f(&rule_key(note.rule()), &args)
}

/// The catalog key of a rule.
pub fn rule_key(rule: Rule) -> String {
    format!("rule-{}", rule.id())
}

/// A rule's plain sentence for a student.
pub fn rule_plain(i18n: &I18n, rule: Rule) -> String {
    i18n.attr(&rule_key(rule), "plain", &[])
}

/// Why a TCP formed a segment.
pub fn reason(i18n: &I18n, reason: Reason) -> String {
    let args: Vec<(&str, Value)> = reason
        .args()
        .into_iter()
        .map(|(name, arg)| {
            let v = match arg {
                Arg::Count(n) => Value::Num(n),
                _ => Value::Num(0),
            };
            (name, v)
        })
        .collect();
    i18n.f(&format!("reason-{}", reason.id()), &args)
}

/// What the application is told.
pub fn signal(i18n: &I18n, signal: Signal) -> String {
    i18n.t(&format!("signal-{}", signal.id()))
}

/// A segment as a one-line label: `SYN,ACK seq=0 ack=1 win=65535 len=5`.
/// Field names stay as in the header; numbers follow the numbering.
pub fn segment(i18n: &I18n, numbering: &Numbering, seg: &Segment, from: Side) -> String {
    segment_masked(i18n, numbering, seg, from, &[])
}

/// The room a blank takes on the ladder: a box's width of spaces that do
/// not collapse (the box is drawn around them).
pub const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";

/// [`segment`], with the fields in `blank` left blank (a lesson's fill-in).
pub fn segment_masked(
    i18n: &I18n,
    numbering: &Numbering,
    seg: &Segment,
    from: Side,
    blank: &[tcp_engine::scenario::SegField],
) -> String {
    use tcp_engine::scenario::SegField as F;
    let shown = |f: F, value: String| {
        if blank.contains(&f) {
            BLANK.into()
        } else {
            value
        }
    };
    let mut s = format!(
        "{} seq={}",
        shown(F::Flags, seg.flags.to_string()),
        shown(F::Seq, seq(i18n, numbering, seg.seq, from))
    );
    if seg.flags.contains(Flags::ACK) {
        s.push_str(" ack=");
        s.push_str(&shown(F::Ack, seq(i18n, numbering, seg.ack, from.other())));
    }
    s.push_str(&format!(" win={}", shown(F::Win, seg.wnd.to_string())));
    if !seg.payload.is_empty() {
        s.push_str(&format!(" len={}", seg.payload.len()));
    }
    if !seg.options.is_empty() {
        s.push_str(" <");
        s.push_str(&segment_options(i18n, numbering, seg, from));
        s.push('>');
    }
    s
}

/// A segment's options as the ladder shows them, SACK blocks with their
/// edges numbered as the ACK field is (they name the peer's sequence
/// space): `sack 1001-2001 3001-4001`.
fn segment_options(i18n: &I18n, numbering: &Numbering, seg: &Segment, from: Side) -> String {
    use tcp_engine::options::TcpOption as O;
    let shown: Vec<String> = seg
        .options
        .iter()
        .map(|o| match o {
            O::Sack(blocks) => {
                let edge = |n: u32| seq(i18n, numbering, SeqNum(n), from.other());
                let blocks: Vec<String> = blocks
                    .iter()
                    .map(|&(l, r)| format!("{}-{}", edge(l), edge(r)))
                    .collect();
                format!("sack {}", blocks.join(" "))
            }
            other => options(core::slice::from_ref(other)),
        })
        .collect();
    shown.join(",")
}

/// Options as the ladder shows them, short: `mss 1460,sackOK,TS,ws 10`.
pub fn options(options: &[tcp_engine::options::TcpOption]) -> String {
    use tcp_engine::options::TcpOption as O;
    let shown: Vec<String> = options
        .iter()
        .map(|o| match o {
            O::Mss(n) => format!("mss {n}"),
            O::WindowScale(n) => format!("ws {n}"),
            O::SackPermitted => "sackOK".to_string(),
            O::Sack(b) => format!("sack {}", b.len()),
            O::Timestamps(..) => "TS".to_string(),
            O::Unknown { kind, .. } => format!("opt {kind}"),
        })
        .collect();
    shown.join(",")
}

fn on(on: bool) -> Value {
    Value::Num(u64::from(on))
}

/// A setting change in plain words.
pub fn setting(i18n: &I18n, s: &Setting) -> String {
    let sd = |x: Side| Value::Str(side(i18n, x));
    match *s {
        Setting::Isn(x, n) => i18n.f("setting-isn", &[("side", sd(x)), ("n", n.into())]),
        Setting::Window(x, n) => i18n.f("setting-window", &[("side", sd(x)), ("n", n.into())]),
        Setting::Mss(n) => i18n.f("setting-mss", &[("n", n.into())]),
        Setting::Msl(d) => i18n.f("setting-msl", &[("d", duration(d).into())]),
        Setting::Rto(d) => i18n.f("setting-rto", &[("d", duration(d).into())]),
        Setting::Latency(d) => i18n.f("setting-latency", &[("d", duration(d).into())]),
        Setting::Retries(n) => i18n.f("setting-retries", &[("n", n.into())]),
        Setting::Rfc5961(v) => i18n.f("setting-rfc5961", &[("on", on(v))]),
        Setting::Auto(x, v) => i18n.f("setting-auto", &[("side", sd(x)), ("on", on(v))]),
        Setting::Autoread(x, v) => i18n.f("setting-autoread", &[("side", sd(x)), ("on", on(v))]),
        Setting::DelayedAck(v) => i18n.f("setting-delayed-ack", &[("on", on(v))]),
        Setting::MssOption(v) => i18n.f("setting-mss-option", &[("on", on(v))]),
        Setting::Nagle(x, v) => i18n.f("setting-nagle", &[("side", sd(x)), ("on", on(v))]),
        Setting::Cc(x, cc) => i18n.f("setting-cc", &[("side", sd(x)), ("cc", cc.name().into())]),
        Setting::Sack(x, v) => i18n.f("setting-sack", &[("side", sd(x)), ("on", on(v))]),
        Setting::Iw(x, n) => i18n.f(
            "setting-iw",
            &[("side", sd(x)), ("n", u64::from(n.unwrap_or(0)).into())],
        ),
        Setting::Loss(p) => i18n.f("setting-loss", &[("n", u64::from(p).into())]),
        Setting::Link(x, link) => {
            let mut args = vec![("from", sd(x)), ("to", sd(x.other()))];
            if let Some(l) = link {
                args.push(("rate", tcp_engine::link::format_rate(l.rate).into()));
                args.push(("queue", u64::from(l.queue).into()));
            }
            let key = if link.is_some() {
                "setting-link"
            } else {
                "setting-link-off"
            };
            i18n.f(key, &args)
        }
    }
}

/// An application call.
pub fn call(i18n: &I18n, c: &Call) -> String {
    match c {
        Call::Listen => i18n.t("call-listen"),
        Call::Connect => i18n.t("call-connect"),
        Call::Send(data) => i18n.f("call-send", &[("len", data.len().into())]),
        Call::Close => i18n.t("call-close"),
        Call::Abort => i18n.t("call-abort"),
        Call::Read(None) => i18n.t("call-read-all"),
        Call::Read(Some(n)) => i18n.f("call-read", &[("len", (*n).into())]),
    }
}

/// What makes up for a lost segment sent by `from`, as the engine decided.
pub fn recovery(i18n: &I18n, recovery: Recovery, from: Side) -> String {
    i18n.f(
        &format!("lost-why-{}", recovery.id()),
        &[
            ("from", side(i18n, from).into()),
            ("to", side(i18n, from.other()).into()),
        ],
    )
}

/// The name of a timer.
pub fn timer(i18n: &I18n, kind: TimerKind) -> String {
    i18n.t(match kind {
        TimerKind::Retransmission => "timer-retransmission",
        TimerKind::TimeWait => "timer-time-wait",
        TimerKind::DelayedAck => "timer-delayed-ack",
        TimerKind::ZeroWindowProbe => "timer-zero-window-probe",
        TimerKind::SwsOverride => "timer-sws-override",
    })
}

/// One log line: who, the RFC section (if a rule), and what happened.
pub struct LogLine {
    /// `client`, `server`, `wire` or `setting`, translated.
    pub who: String,
    /// The rule's section, e.g. `§3.10.7.4`; empty for other events.
    pub section: &'static str,
    /// The sentence.
    pub text: String,
}

/// Draws a trace entry as a log line.
pub type EventText = fn(&I18n, &Numbering, &TraceEntry) -> LogLine;

crate::installed!(
    /// [`every_event`]: only what the sessions chunk runs makes events
    /// other than a fresh session's seed, so the first screen's module
    /// needs none of their sentences.
    pub EVENT_TEXT: EventText = every_event
);

/// A trace entry as a log line.
pub fn event(i18n: &I18n, numbering: &Numbering, entry: &TraceEntry) -> LogLine {
    match (crate::components::lazy::installed(EVENT_TEXT), &entry.event) {
        (Some(every), _) => every(i18n, numbering, entry),
        // A fresh session's one entry.
        (None, Event::Seed(n)) => seed(i18n, *n),
        // Not made before the chunk has run; said plainly if it were.
        (None, _) => LogLine {
            who: String::new(),
            section: "",
            text: i18n.t("lazy-failed"),
        },
    }
}

fn seed(i18n: &I18n, n: u64) -> LogLine {
    LogLine {
        who: i18n.t("who-setting"),
        section: "",
        text: i18n.f("setting-seed", &[("n", n.to_string().into())]),
    }
}

/// [`event`] for every kind of entry.
pub fn every_event(i18n: &I18n, numbering: &Numbering, entry: &TraceEntry) -> LogLine {
    let line = |who: String, text: String| LogLine {
        who,
        section: "",
        text,
    };
    let wire = || i18n.t("who-wire");
    let id = |n: u64| Value::Num(n);
    match &entry.event {
        Event::Call { side: s, call: c } => line(
            side(i18n, *s),
            i18n.f("ev-call", &[("call", call(i18n, c).into())]),
        ),
        Event::Sent {
            id: n,
            from,
            seg,
            origin,
            reason: why,
            ..
        } => {
            let label = Value::Str(segment(i18n, numbering, seg, *from));
            let why = Value::Str(why.map(|r| reason(i18n, r)).unwrap_or_default());
            match origin {
                Origin::Tcp => line(
                    side(i18n, *from),
                    i18n.f(
                        "ev-sent",
                        &[("id", id(*n)), ("seg", label), ("reason", why)],
                    ),
                ),
                Origin::Released => line(
                    side(i18n, *from),
                    i18n.f(
                        "ev-released",
                        &[("id", id(*n)), ("seg", label), ("reason", why)],
                    ),
                ),
                Origin::Injected => line(
                    wire(),
                    i18n.f(
                        "ev-injected",
                        &[
                            ("id", id(*n)),
                            ("from", side(i18n, *from).into()),
                            ("seg", label),
                        ],
                    ),
                ),
                Origin::Duplicate { of } => line(
                    wire(),
                    i18n.f(
                        "ev-duplicate",
                        &[("id", id(*n)), ("of", id(*of)), ("seg", label)],
                    ),
                ),
            }
        }
        Event::Queued {
            side: s,
            seg,
            reason: why,
        } => line(
            side(i18n, *s),
            i18n.f(
                "ev-queued",
                &[
                    ("seg", segment(i18n, numbering, seg, *s).into()),
                    ("reason", reason(i18n, *why).into()),
                ],
            ),
        ),
        Event::Discarded { side: s, seg } => line(
            side(i18n, *s),
            i18n.f(
                "ev-discarded",
                &[("seg", segment(i18n, numbering, seg, *s).into())],
            ),
        ),
        Event::Delivered { id: n, to } => line(
            wire(),
            i18n.f(
                "ev-delivered",
                &[("id", id(*n)), ("to", side(i18n, *to).into())],
            ),
        ),
        Event::Dropped { id: n, cause, .. } => line(
            wire(),
            i18n.f(
                match cause {
                    DropCause::Hand => "ev-lost",
                    DropCause::Random => "ev-lost-random",
                    DropCause::WireFull => "ev-lost-wire-full",
                    DropCause::QueueFull => "ev-lost-queue-full",
                },
                &[("id", id(*n)), ("max", MAX_IN_FLIGHT.into())],
            ),
        ),
        Event::Queue { from, len } => line(
            wire(),
            i18n.f(
                "ev-queue",
                &[
                    ("from", side(i18n, *from).into()),
                    ("to", side(i18n, from.other()).into()),
                    ("len", (*len).into()),
                ],
            ),
        ),
        Event::Delayed { id: n, until } => line(
            wire(),
            i18n.f(
                "ev-delayed",
                &[("id", id(*n)), ("time", clock(until.as_millis()).into())],
            ),
        ),
        Event::TimerFired { side: s, kind } => line(
            side(i18n, *s),
            i18n.f("ev-timer", &[("timer", timer(i18n, *kind).into())]),
        ),
        Event::StateChanged { side: s, from, to } => {
            line(side(i18n, *s), format!("{} → {}", from.name(), to.name()))
        }
        Event::Note { side: s, note: n } => LogLine {
            who: side(i18n, *s),
            section: n.rule().section(),
            text: note(i18n, numbering, *s, n),
        },
        Event::Signal {
            side: s,
            signal: sig,
        } => line(
            side(i18n, *s),
            i18n.f("ev-signal", &[("signal", signal(i18n, *sig).into())]),
        ),
        Event::Received { side: s, len } => line(
            side(i18n, *s),
            i18n.f("ev-received", &[("len", (*len).into())]),
        ),
        Event::Setting(s) => line(i18n.t("who-setting"), setting(i18n, s)),
        Event::Seed(n) => seed(i18n, *n),
    }
}

/// What one step of the timeline did, in plain words (its label).
pub fn step_label(i18n: &I18n, label: &crate::state::StepLabel) -> String {
    use crate::state::StepLabel;
    match label {
        StepLabel::One(stmt) => statement(i18n, stmt),
        StepLabel::Several { count, moved } if moved.is_zero() => {
            i18n.f("step-several", &[("count", (*count).into())])
        }
        StepLabel::Several { count, moved } => i18n.f(
            "step-several-time",
            &[("count", (*count).into()), ("d", duration(*moved).into())],
        ),
    }
}

/// What one statement of the session did, in plain words.
pub fn statement(i18n: &I18n, stmt: &Stmt) -> String {
    let sel = |s: &Selector| -> Value {
        match s.from {
            Some(from) => i18n
                .f(
                    "step-selector-dir",
                    &[("n", s.n.into()), ("from", side(i18n, from).into())],
                )
                .into(),
            None => i18n.f("step-selector", &[("n", s.n.into())]).into(),
        }
    };
    match stmt {
        Stmt::Call(s, c) => {
            let what = match c {
                // Named by its length, without building the filler.
                CallSpec::Send(Payload::Filler(n)) => i18n.f("call-send", &[("len", (*n).into())]),
                c => call(i18n, &c.call()),
            };
            i18n.f(
                "step-call",
                &[("side", side(i18n, *s).into()), ("call", what.into())],
            )
        }
        Stmt::Deliver(s) => i18n.f("step-deliver", &[("seg", sel(s))]),
        Stmt::Drop(s) => i18n.f("step-drop", &[("seg", sel(s))]),
        Stmt::Duplicate(s) => i18n.f("step-duplicate", &[("seg", sel(s))]),
        Stmt::Delay(s, d) => i18n.f("step-delay", &[("seg", sel(s)), ("d", duration(*d).into())]),
        Stmt::Inject(s, _) => i18n.f("step-inject", &[("side", side(i18n, *s).into())]),
        Stmt::Release(s, _, _) => i18n.f("step-release", &[("side", side(i18n, *s).into())]),
        Stmt::Discard(s, _) => i18n.f("step-discard", &[("side", side(i18n, *s).into())]),
        Stmt::Advance(d) => i18n.f("step-advance", &[("d", duration(*d).into())]),
        // The bound may end a run while events are still due (an ACK storm
        // never falls quiet): the label says so rather than "until nothing
        // was left".
        Stmt::Run(bound) => i18n.f(
            "step-run",
            &[(
                "d",
                duration(bound.unwrap_or(tcp_engine::scenario::DEFAULT_RUN_BOUND)).into(),
            )],
        ),
        Stmt::Set(s) => setting(i18n, s),
        Stmt::Seed(n) => i18n.f("setting-seed", &[("n", n.to_string().into())]),
        Stmt::Title(_)
        | Stmt::Say(_)
        | Stmt::Expect(_)
        | Stmt::Goal(_)
        | Stmt::Hint(_)
        | Stmt::Lesson(_)
        | Stmt::Capture(_)
        | Stmt::Ask(_)
        | Stmt::Choice(_)
        | Stmt::Numbering(_)
        | Stmt::Translation { .. } => i18n.t("step-lesson"),
    }
}

/// Why the wire or the clock refused a statement, in words.
pub fn sim_error(i18n: &I18n, e: &tcp_engine::sim::SimError) -> String {
    use tcp_engine::sim::SimError;
    match e {
        SimError::NoSuchSegment(sel) => match sel.from {
            Some(from) => i18n.f(
                "sim-no-segment-dir",
                &[("n", sel.n.into()), ("from", side(i18n, from).into())],
            ),
            None => i18n.f("sim-no-segment", &[("n", sel.n.into())]),
        },
        SimError::NoSuchOutgoing { side: s, n } => i18n.f(
            "sim-no-outgoing",
            &[("n", (*n).into()), ("side", side(i18n, *s).into())],
        ),
        SimError::TooManyEvents => i18n.f(
            "sim-too-many-events",
            &[("max", tcp_engine::limits::MAX_EVENTS_PER_STEP.into())],
        ),
        SimError::SessionFull => i18n.f(
            "sim-session-full",
            &[("max", tcp_engine::limits::MAX_EVENTS_PER_SESSION.into())],
        ),
        SimError::WireFull => i18n.f("sim-wire-full", &[("max", MAX_IN_FLIGHT.into())]),
    }
}

/// A lesson's check that did not hold, as the lesson's own expectation in
/// the student's words (`check-*` in the rules' catalog, fetched after the
/// first screen: checks fail late). No line number: the student never saw
/// the file. Numbers are the lesson's own (absolute), as its text wrote them.
/// The words of a check on an endpoint: its state, variables, data and
/// what its application was told.
#[inline(always)]
pub(super) fn endpoint_check(i18n: &I18n, m: &tcp_engine::scenario::Mismatch) -> Option<Words> {
    use tcp_engine::scenario::Mismatch as M;
    let sd = |s: Side| Value::Str(side(i18n, s));
    let text = |bytes: &[u8]| Value::Str(String::from_utf8_lossy(bytes).into_owned());
    // Quoted as the log quotes what an application is told.
    let said = |s: Signal| format!("“{}”", signal(i18n, s));
    Some(match m {
        M::State {
            side,
            expected,
            found,
        } => (
            "check-state",
            vec![
                ("side", sd(*side)),
                ("expected", expected.name().into()),
                ("found", found.name().into()),
            ],
        ),
        M::Var {
            side,
            var,
            expected,
            found,
            ..
        } => (
            "check-var",
            vec![
                ("side", sd(*side)),
                ("var", var.name().into()),
                ("expected", (*expected).into()),
                ("found", (*found).into()),
            ],
        ),
        M::ReceivedText {
            side,
            expected,
            found,
        } => (
            "check-received-text",
            vec![
                ("side", sd(*side)),
                ("expected", text(expected.as_bytes())),
                ("found", text(found)),
            ],
        ),
        M::ReceivedCount {
            side,
            expected,
            found,
        } => (
            "check-received-count",
            vec![
                ("side", sd(*side)),
                ("expected", (*expected).into()),
                ("found", (*found).into()),
            ],
        ),
        M::Congestion {
            side,
            var,
            expected,
            found,
        } => {
            // The check's own words: `recovery on`, `cwnd 2920`.
            let show = |v: u32| var.written(v);
            let mut args = vec![
                ("side", sd(*side)),
                ("var", var.name().into()),
                ("expected", show(*expected).into()),
            ];
            match found {
                Some(v) => {
                    args.push(("found", show(*v).into()));
                    ("check-congestion", args)
                }
                None => ("check-congestion-off", args),
            }
        }
        M::Buffered {
            side,
            expected,
            found,
        } => (
            "check-buffered",
            vec![
                ("side", sd(*side)),
                ("expected", (*expected).into()),
                ("found", (*found).into()),
            ],
        ),
        M::Signal {
            side,
            expected,
            told,
        } => {
            let expected = Signal::ALL.iter().find(|s| s.text() == expected.as_str());
            let told: Vec<String> = told.iter().map(|s| said(*s)).collect();
            (
                "check-signal",
                vec![
                    ("side", sd(*side)),
                    (
                        "expected",
                        expected.map_or_else(String::new, |s| said(*s)).into(),
                    ),
                    ("count", told.len().into()),
                    ("told", told.join(", ").into()),
                ],
            )
        }
        M::WireEmpty { .. }
        | M::LinkQueue { .. }
        | M::WireCount { .. }
        | M::WireMissing { .. }
        | M::WireDiffers { .. }
        | M::OutboxEmpty { .. }
        | M::OutboxMissing { .. }
        | M::OutboxDiffers { .. }
        | M::Time { .. }
        | M::Rule { .. }
        | M::RuleApplied { .. }
        | M::GoalOutside
        | M::NoGoals
        | M::Goal(_)
        | M::Refused { .. }
        | M::Unanswerable(_) => return None,
    })
}

/// The words of a check on the wire, the link or an outbox.
#[inline(always)]
pub(super) fn wire_check(i18n: &I18n, m: &tcp_engine::scenario::Mismatch) -> Option<Words> {
    use tcp_engine::scenario::Mismatch as M;
    let sd = |s: Side| Value::Str(side(i18n, s));
    let seg = |s: &Segment, from: Side| Value::Str(segment(i18n, &Numbering::absolute(), s, from));
    Some(match m {
        M::WireEmpty {
            in_flight,
            from,
            oldest,
        } => (
            "check-wire-empty",
            vec![
                ("found", (*in_flight).into()),
                ("from", sd(*from)),
                ("seg", seg(oldest, *from)),
            ],
        ),
        M::LinkQueue {
            from,
            expected,
            found,
        } => (
            "check-link-queue",
            vec![
                ("from", sd(*from)),
                ("to", sd(from.other())),
                ("expected", (*expected).into()),
                ("found", (*found).into()),
            ],
        ),
        M::WireCount { expected, found } => (
            "check-wire-count",
            vec![("expected", (*expected).into()), ("found", (*found).into())],
        ),
        M::WireMissing {
            selector,
            expected,
            in_flight,
        } => (
            "check-wire-missing",
            vec![
                ("n", selector.n.into()),
                ("expected", expected.to_string().into()),
                ("found", (*in_flight).into()),
            ],
        ),
        M::WireDiffers {
            from,
            expected,
            found,
            field,
        } => (
            "check-wire-differs",
            vec![
                ("from", sd(*from)),
                ("expected", expected.to_string().into()),
                ("found", seg(found, *from)),
                ("field", field.name().into()),
            ],
        ),
        M::OutboxEmpty {
            side,
            waiting,
            first,
        } => (
            "check-outbox-empty",
            vec![
                ("side", sd(*side)),
                ("found", (*waiting).into()),
                ("seg", seg(first, *side)),
            ],
        ),
        M::OutboxMissing {
            side,
            n,
            expected,
            waiting,
        } => (
            "check-outbox-missing",
            vec![
                ("side", sd(*side)),
                ("n", (*n).into()),
                ("expected", expected.to_string().into()),
                ("found", (*waiting).into()),
            ],
        ),
        M::OutboxDiffers {
            side,
            n,
            expected,
            found,
            field,
        } => (
            "check-outbox-differs",
            vec![
                ("side", sd(*side)),
                ("n", (*n).into()),
                ("expected", expected.to_string().into()),
                ("found", seg(found, *side)),
                ("field", field.name().into()),
            ],
        ),
        M::State { .. }
        | M::Var { .. }
        | M::ReceivedText { .. }
        | M::ReceivedCount { .. }
        | M::Congestion { .. }
        | M::Buffered { .. }
        | M::Signal { .. }
        | M::Time { .. }
        | M::Rule { .. }
        | M::RuleApplied { .. }
        | M::GoalOutside
        | M::NoGoals
        | M::Goal(_)
        | M::Refused { .. }
        | M::Unanswerable(_) => return None,
    })
}

/// The words of a check on the clock, a rule, the goals, or a line that
/// could not run.
#[inline(always)]
pub(super) fn outcome_check(i18n: &I18n, m: &tcp_engine::scenario::Mismatch) -> Option<Words> {
    use tcp_engine::scenario::Mismatch as M;
    let sd = |s: Side| Value::Str(side(i18n, s));
    Some(match m {
        M::Time { expected, found } => (
            "check-time",
            vec![
                ("expected", clock(expected.as_millis() as u64).into()),
                ("found", clock(found.as_millis()).into()),
            ],
        ),
        M::Rule { side, rule } => (
            "check-rule",
            vec![("side", sd(*side)), ("rule", rule.clone().into())],
        ),
        M::RuleApplied { side, rule } => (
            "check-no-rule",
            vec![("side", sd(*side)), ("rule", rule.clone().into())],
        ),
        M::GoalOutside | M::NoGoals => ("check-no-goals", Vec::new()),
        M::Goal(why) => ("check-goal", vec![("why", mismatch(i18n, why).into())]),
        M::Refused { cause: Some(e), .. } => {
            ("check-refused", vec![("why", sim_error(i18n, e).into())])
        }
        M::Refused {
            cause: None,
            message,
        } => ("check-refused", vec![("why", message.clone().into())]),
        M::Unanswerable(tcp_engine::scenario::Unanswerable::SendsNothing(s)) => {
            ("check-unanswerable-sends", vec![("side", sd(*s))])
        }
        M::Unanswerable(tcp_engine::scenario::Unanswerable::NothingArrives(s)) => {
            ("check-unanswerable-arrives", vec![("side", sd(*s))])
        }
        M::Unanswerable(tcp_engine::scenario::Unanswerable::NoSuchSegment { side, nth, sent }) => (
            "check-blank-segment",
            vec![
                ("side", sd(*side)),
                ("n", (*nth).into()),
                ("sent", (*sent).into()),
            ],
        ),
        M::Unanswerable(tcp_engine::scenario::Unanswerable::NoAckField(s)) => {
            ("check-blank-ack", vec![("side", sd(*s))])
        }
        M::State { .. }
        | M::Var { .. }
        | M::ReceivedText { .. }
        | M::ReceivedCount { .. }
        | M::Congestion { .. }
        | M::Buffered { .. }
        | M::Signal { .. }
        | M::WireEmpty { .. }
        | M::LinkQueue { .. }
        | M::WireCount { .. }
        | M::WireMissing { .. }
        | M::WireDiffers { .. }
        | M::OutboxEmpty { .. }
        | M::OutboxMissing { .. }
        | M::OutboxDiffers { .. } => return None,
    })
}

/// A check's catalog key and its values.
type Words = (&'static str, Vec<(&'static str, Value)>);

/// A lesson's check that did not hold, as the lesson's own expectation in
/// the student's words (`check-*` in the rules' catalog, fetched after the
/// first screen: checks fail late). No line number: the student never saw
/// the file. Numbers are the lesson's own (absolute), as its text wrote them.
pub fn mismatch(i18n: &I18n, m: &tcp_engine::scenario::Mismatch) -> String {
    use tcp_engine::scenario::Mismatch as M;
    // Each kind of check has its words in one of these (and none in the
    // others, which list it apart so that a new kind must be placed).
    let (key, args) = endpoint_check(i18n, m)
        .or_else(|| wire_check(i18n, m))
        .or_else(|| outcome_check(i18n, m))
        .unwrap_or(("check-no-goals", Vec::new()));
    let sentence = i18n.f(key, &args);
    // The lesson's numbers are real ones, whatever numbering the screen
    // shows: said so, so that they are never read as relative.
    let numbered = matches!(
        m,
        M::Var { .. }
            | M::WireEmpty { .. }
            | M::WireMissing { .. }
            | M::WireDiffers { .. }
            | M::OutboxEmpty { .. }
            | M::OutboxMissing { .. }
            | M::OutboxDiffers { .. }
    );
    if numbered {
        sentence + " " + &i18n.t("check-real-numbers")
    } else {
        sentence
    }
}
