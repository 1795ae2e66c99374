//! Writes statements back as scenario text, so that a session can be saved,
//! exported and shared in the same language lessons are written in.

use super::lex::{quote, quote_bytes};
use super::{
    CallSpec, Check, Numbering, Payload, Question, Received, Script, SegSpec, SeqExpr, Setting,
    Stmt,
};
use crate::side::Side;
use crate::time::format_duration;
use crate::wire::Selector;
use core::fmt;

fn dir(from: Side) -> String {
    format!("{from}>{}", from.other())
}

pub(super) fn on_off(b: bool) -> &'static str {
    if b {
        "on"
    } else {
        "off"
    }
}

impl fmt::Display for SeqExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SeqExpr::Num(n) => write!(f, "{n}"),
            SeqExpr::Var { side, var, offset } => {
                write!(f, "{side}.{}", var.name())?;
                if offset == 0 {
                    Ok(())
                } else if offset <= i32::MAX as u32 {
                    write!(f, "+{offset}")
                } else {
                    write!(f, "-{}", offset.wrapping_neg())
                }
            }
        }
    }
}

impl fmt::Display for SegSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.flags)?;
        if let Some(seq) = self.seq {
            write!(f, " seq={seq}")?;
        }
        if let Some(ack) = self.ack {
            write!(f, " ack={ack}")?;
        }
        if let Some(win) = self.win {
            write!(f, " win={win}")?;
        }
        if let Some(len) = self.len {
            write!(f, " len={len}")?;
        }
        if let Some(data) = &self.data {
            write!(f, " data={}", quote(data))?;
        }
        if let Some(options) = &self.options {
            write!(f, " options={}", crate::options::List(options))?;
        }
        Ok(())
    }
}

/// `[DIR] [N]`, leaving out what is the default.
fn selector(sel: &Selector) -> String {
    let mut parts = Vec::new();
    if let Some(from) = sel.from {
        parts.push(dir(from));
    }
    if sel.n != 1 {
        parts.push(sel.n.to_string());
    }
    parts.join(" ")
}

fn with_selector(keyword: &str, sel: &Selector) -> String {
    let s = selector(sel);
    if s.is_empty() {
        keyword.to_string()
    } else {
        format!("{keyword} {s}")
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Setting::Isn(side, n) => write!(f, "{side}.isn {n}"),
            Setting::Window(side, n) => write!(f, "{side}.window {n}"),
            Setting::Mss(n) => write!(f, "mss {n}"),
            Setting::Msl(d) => write!(f, "msl {}", format_duration(d)),
            Setting::Rto(d) => write!(f, "rto {}", format_duration(d)),
            Setting::Latency(d) => write!(f, "latency {}", format_duration(d)),
            Setting::Retries(n) => write!(f, "retries {n}"),
            Setting::Rfc5961(b) => write!(f, "rfc5961 {}", on_off(b)),
            Setting::Auto(side, b) => write!(f, "{side}.auto {}", on_off(b)),
            Setting::Loss(p) => write!(f, "loss {p}"),
            Setting::Autoread(side, b) => write!(f, "{side}.autoread {}", on_off(b)),
            Setting::DelayedAck(b) => write!(f, "delayed-ack {}", on_off(b)),
            Setting::MssOption(b) => write!(f, "mss-option {}", on_off(b)),
            Setting::Nagle(side, b) => write!(f, "{side}.nagle {}", on_off(b)),
            Setting::Sack(side, b) => write!(f, "{side}.sack {}", on_off(b)),
            Setting::Cc(side, cc) => write!(f, "{side}.cc {}", cc.name()),
            Setting::Iw(side, Some(n)) => write!(f, "{side}.iw {n}"),
            Setting::Iw(side, None) => write!(f, "{side}.iw rfc5681"),
            Setting::Link(side, link) => {
                write!(f, "link {side}>{} ", side.other())?;
                match link {
                    Some(link) => write!(f, "{link}"),
                    None => write!(f, "off"),
                }
            }
        }
    }
}

impl fmt::Display for Stmt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stmt::Title(t) => write!(f, "title {}", quote(t)),
            Stmt::Say(t) => write!(f, "say {}", quote(t)),
            Stmt::Seed(n) => write!(f, "seed {n}"),
            Stmt::Set(s) => write!(f, "set {s}"),
            Stmt::Call(side, call) => match call {
                CallSpec::Listen => write!(f, "{side} listen"),
                CallSpec::Connect => write!(f, "{side} connect"),
                CallSpec::Send(Payload::Text(t)) => write!(f, "{side} send {}", quote(t)),
                CallSpec::Send(Payload::Filler(n)) => write!(f, "{side} send {n}"),
                CallSpec::Send(Payload::Bytes(b)) => write!(f, "{side} send {}", quote_bytes(b)),
                CallSpec::Close => write!(f, "{side} close"),
                CallSpec::Abort => write!(f, "{side} abort"),
                CallSpec::Read(None) => write!(f, "{side} read"),
                CallSpec::Read(Some(n)) => write!(f, "{side} read {n}"),
            },
            Stmt::Deliver(sel) => f.write_str(&with_selector("deliver", sel)),
            Stmt::Drop(sel) => f.write_str(&with_selector("drop", sel)),
            Stmt::Duplicate(sel) => f.write_str(&with_selector("duplicate", sel)),
            Stmt::Delay(sel, d) => {
                write!(f, "{} {}", with_selector("delay", sel), format_duration(*d))
            }
            Stmt::Inject(from, spec) => write!(f, "inject {} {spec}", dir(*from)),
            Stmt::Release(side, n, None) => write!(f, "release {side} {n}"),
            Stmt::Release(side, n, Some(edit)) => write!(f, "release {side} {n} {edit}"),
            Stmt::Discard(side, n) => write!(f, "discard {side} {n}"),
            Stmt::Advance(d) => write!(f, "advance {}", format_duration(*d)),
            Stmt::Run(None) => f.write_str("run"),
            Stmt::Run(Some(d)) => write!(f, "run {}", format_duration(*d)),
            Stmt::Expect(check) => write!(f, "expect {check}"),
            Stmt::Goal(check) => write!(f, "goal {check}"),
            Stmt::Hint(t) => write!(f, "hint {}", quote(t)),
            Stmt::Numbering(Numbering::Real) => f.write_str("numbering real"),
            Stmt::Numbering(Numbering::Relative) => f.write_str("numbering relative"),
            Stmt::Lesson(at) => {
                write!(
                    f,
                    "lesson {} next {} hints {}",
                    quote(&at.text),
                    at.next_line,
                    at.hints
                )?;
                if at.completed {
                    f.write_str(" completed")?;
                }
                for a in &at.answers {
                    let rule = a.rule.map_or("-", crate::note::Rule::id);
                    write!(f, " answer {} {} {} {rule}", a.line, a.given, a.right)?;
                }
                Ok(())
            }
            Stmt::Capture(at) => {
                write!(f, "capture events {} ids", at.events)?;
                for id in &at.ids {
                    write!(f, " {id}")?;
                }
                Ok(())
            }
            Stmt::Ask(Question::State(side)) => write!(f, "ask {side} state"),
            Stmt::Ask(Question::Sends(side, field)) => {
                write!(f, "ask {side} sends {}", field.name())
            }
            Stmt::Ask(Question::Outcome(side)) => write!(f, "ask {side} outcome"),
            Stmt::Ask(Question::Choice { text, answer }) => {
                write!(f, "ask {} answer {answer}", quote(text))
            }
            Stmt::Ask(Question::Blank(b)) => {
                write!(f, "blank {} {}", b.side, b.field.name())?;
                match b.nth {
                    1 => Ok(()),
                    n => write!(f, " {n}"),
                }
            }
            Stmt::Choice(t) => write!(f, "choice {}", quote(t)),
            Stmt::Translation { of, lang, text } => {
                write!(f, "{} {lang} {}", of.keyword(), quote(text))
            }
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Check::Endpoint { side, state, vars } => {
                write!(f, "{side}")?;
                if let Some(state) = state {
                    write!(f, " {state}")?;
                }
                for (var, expr) in vars {
                    write!(f, " {}={expr}", var.name())?;
                }
                Ok(())
            }
            Check::Received(side, Received::Text(t)) => write!(f, "{side} received {}", quote(t)),
            Check::Received(side, Received::Count(n)) => write!(f, "{side} received {n}"),
            Check::Signal(side, t) => write!(f, "{side} signal {}", quote(t)),
            Check::Buffered(side, n) => write!(f, "{side} buffered {n}"),
            Check::WireEmpty => f.write_str("wire empty"),
            Check::WireCount(n) => write!(f, "wire count {n}"),
            Check::LinkQueue(side, n) => write!(f, "link {side}>{} queue {n}", side.other()),
            Check::Wire(sel, spec) => write!(f, "{} {spec}", with_selector("wire", sel)),
            Check::OutboxEmpty(side) => write!(f, "outbox {side} empty"),
            Check::Outbox(side, n, spec) => write!(f, "outbox {side} {n} {spec}"),
            Check::Time(d) => write!(f, "time {}", format_duration(*d)),
            Check::Rule(side, t) => write!(f, "{side} rule {}", quote(t)),
            Check::NoRule(side, t) => write!(f, "{side} no rule {}", quote(t)),
            Check::Goal => f.write_str("goal"),
            Check::Congestion(side, var, v) => {
                write!(f, "{side} {} {}", var.name(), var.written(*v))
            }
        }
    }
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.statements {
            writeln!(f, "{}", s.kind)?;
        }
        Ok(())
    }
}
