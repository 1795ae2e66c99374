//! Runs statements on a [`Sim`] and checks expectations.

use super::lesson::{Checked, Item, Stepper};
use super::mismatch::{Field, Mismatch, Wanted};
use super::{
    CallSpec, Check, Payload, Received, Script, SegSpec, SeqExpr, Statement, Stmt, Var,
    DEFAULT_RUN_BOUND,
};
use crate::endpoint::{Call, MAX_SEND_QUEUE};
use crate::note::Signal;
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::sim::{Running, Side, Sim, SimError, MAX_EVENTS_PER_SESSION, MAX_IN_FLIGHT};
use crate::time::Instant;
use core::fmt;
use serde::{Deserialize, Serialize};

/// Why a statement failed: an expectation that does not hold, or a wire
/// or outbox statement that selects nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The statement's line.
    pub line: usize,
    /// The column, where the failure names one part of the line (0: the
    /// whole line).
    #[serde(default)]
    pub col: usize,
    /// "expected …, found …".
    pub message: String,
    /// The wire's or clock's reason, when it was one (for words in other
    /// languages than the checker's English).
    pub cause: Option<SimError>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.col {
            0 => write!(f, "{}: {}", self.line, self.message),
            col => write!(f, "{}:{col}: {}", self.line, self.message),
        }
    }
}

/// Runs a whole script on a fresh simulation (seed 0 unless it says),
/// stopping at the first check that fails: the lesson runner's steps with
/// no pauses for narration.
pub fn run_script(script: &Script) -> Result<Sim, Failure> {
    let mut sim = Sim::default();
    let mut stepper = Stepper::default();
    loop {
        match stepper.step(script, &sim) {
            Item::Act(statement) => exec(&mut sim, statement)?,
            Item::Say(say) => {
                if let Some(failure) = unanswerable(&sim, script, say).next() {
                    return Err(failure);
                }
            }
            Item::Checked(Checked {
                line,
                outcome: Err(mismatch),
                ..
            }) => {
                return Err(Failure {
                    line,
                    col: 0,
                    message: mismatch.to_string(),
                    cause: None,
                })
            }
            Item::Checked(_) => {}
            Item::End => return Ok(sim),
        }
    }
}

/// Runs a whole script like [`run_script`] but goes on past a check that
/// fails, so the checker can report every one: the failures in line order.
/// A statement that cannot run (a wire statement that selects nothing)
/// ends the run, since what follows it would no longer mean what its
/// author wrote.
pub fn check_script(script: &Script) -> Vec<Failure> {
    let mut sim = Sim::default();
    let mut stepper = Stepper::default();
    let mut failures = Vec::new();
    loop {
        match stepper.step(script, &sim) {
            Item::Act(statement) => {
                if let Err(f) = exec(&mut sim, statement) {
                    failures.push(f);
                    return failures;
                }
            }
            Item::Say(say) => failures.extend(unanswerable(&sim, script, say)),
            Item::Checked(Checked {
                line,
                outcome: Err(mismatch),
                ..
            }) => failures.push(Failure {
                line,
                col: 0,
                message: mismatch.to_string(),
                cause: None,
            }),
            Item::Checked(_) => {}
            Item::End => return failures,
        }
    }
}

/// The questions of the step after the `say` at index `say` that the
/// step cannot answer, as failures on their lines.
fn unanswerable<'s>(
    sim: &Sim,
    script: &'s Script,
    say: usize,
) -> impl Iterator<Item = Failure> + 's {
    super::question::predict(sim, script, say)
        .into_iter()
        .filter_map(|(i, found)| {
            found.err().map(|why| Failure {
                line: script.statements[i].line,
                // A blank names its segment at a column.
                col: match &script.statements[i].kind {
                    Stmt::Ask(super::Question::Blank(b)) => b.col,
                    _ => 0,
                },
                message: why.to_string(),
                cause: None,
            })
        })
}

/// Filler bytes for `send NUMBER` and `len=NUMBER`: the alphabet, repeated.
fn filler(n: usize) -> Vec<u8> {
    (0..n).map(|i| b'a' + (i % 26) as u8).collect()
}

impl CallSpec {
    /// The call the application makes. `send NUMBER` sends that much
    /// filler, but never more than the queue takes plus one byte: the
    /// endpoint refuses it all the same, without gigabytes built first.
    pub fn call(&self) -> Call {
        match self {
            CallSpec::Listen => Call::Listen,
            CallSpec::Connect => Call::Connect,
            CallSpec::Close => Call::Close,
            CallSpec::Abort => Call::Abort,
            CallSpec::Read(n) => Call::Read(*n),
            CallSpec::Send(Payload::Text(t)) => Call::Send(t.as_bytes().to_vec()),
            CallSpec::Send(Payload::Bytes(b)) => Call::Send(b.clone()),
            CallSpec::Send(Payload::Filler(n)) => {
                Call::Send(filler((*n as usize).min(MAX_SEND_QUEUE + 1)))
            }
        }
    }
}

impl SegSpec {
    /// The `inject` of exactly `seg`: every number given as it is, its
    /// data as text (bytes that are not UTF-8 become U+FFFD), its options
    /// when it has any.
    pub fn exactly(seg: &Segment) -> SegSpec {
        SegSpec {
            flags: seg.flags,
            seq: Some(SeqExpr::Num(seg.seq.0)),
            ack: Some(SeqExpr::Num(seg.ack.0)),
            win: Some(u32::from(seg.wnd)),
            len: None,
            data: (!seg.payload.is_empty())
                .then(|| String::from_utf8_lossy(&seg.payload).into_owned()),
            options: (!seg.options.is_empty()).then(|| seg.options.clone()),
        }
    }
}

/// Evaluates a sequence expression against the endpoints' current values.
fn eval(sim: &Sim, expr: SeqExpr) -> u32 {
    match expr {
        SeqExpr::Num(n) => n,
        SeqExpr::Var { side, var, offset } => var_value(sim, side, var).wrapping_add(offset),
    }
}

fn var_value(sim: &Sim, side: Side, var: Var) -> u32 {
    let tcb = sim.endpoint(side).tcb();
    match var {
        Var::Iss => tcb.iss.0,
        Var::Irs => tcb.irs.0,
        Var::SndUna => tcb.snd_una.0,
        Var::SndNxt => tcb.snd_nxt.0,
        Var::SndWnd => tcb.snd_wnd,
        Var::RcvNxt => tcb.rcv_nxt.0,
        Var::RcvWnd => tcb.rcv_wnd,
    }
}

/// Builds the segment an `inject` describes; missing fields are 0, `win` 65535.
pub fn segment_from_spec(sim: &Sim, spec: &SegSpec) -> Segment {
    let payload = match (&spec.data, spec.len) {
        (Some(text), _) => text.as_bytes().to_vec(),
        (None, Some(n)) => filler(n as usize),
        (None, None) => Vec::new(),
    };
    Segment {
        seq: SeqNum(spec.seq.map_or(0, |e| eval(sim, e))),
        ack: SeqNum(spec.ack.map_or(0, |e| eval(sim, e))),
        flags: spec.flags,
        wnd: spec
            .win
            .map_or(u16::MAX, |w| u16::try_from(w).unwrap_or(u16::MAX)),
        payload: payload.into(),
        options: spec.options.clone().unwrap_or_default(),
    }
}

/// `formed` with the fields `spec` gives replaced (its flags always).
fn edited(sim: &Sim, formed: &Segment, spec: &SegSpec) -> Segment {
    let given = segment_from_spec(sim, spec);
    Segment {
        seq: if spec.seq.is_some() {
            given.seq
        } else {
            formed.seq
        },
        ack: if spec.ack.is_some() {
            given.ack
        } else {
            formed.ack
        },
        flags: spec.flags,
        wnd: if spec.win.is_some() {
            given.wnd
        } else {
            formed.wnd
        },
        payload: if spec.data.is_some() || spec.len.is_some() {
            given.payload
        } else {
            formed.payload.clone()
        },
        options: spec
            .options
            .clone()
            .unwrap_or_else(|| formed.options.clone()),
    }
}

/// Compares a segment with a spec; `Err` names the first field that differs.
fn matches_spec(sim: &Sim, seg: &Segment, spec: &SegSpec) -> Result<(), Field> {
    let strict = Flags::SYN | Flags::ACK | Flags::FIN | Flags::RST;
    let mut mask = strict.bits();
    for optional in [Flags::PSH, Flags::URG] {
        if spec.flags.contains(optional) {
            mask |= optional.bits();
        }
    }
    let check = |differs: bool, field: Field| if differs { Err(field) } else { Ok(()) };
    check(
        seg.flags.bits() & mask != spec.flags.bits() & mask,
        Field::Flags,
    )?;
    check(
        spec.seq.is_some_and(|e| eval(sim, e) != seg.seq.0),
        Field::Seq,
    )?;
    check(
        spec.ack.is_some_and(|e| eval(sim, e) != seg.ack.0),
        Field::Ack,
    )?;
    check(
        spec.win.is_some_and(|w| w != u32::from(seg.wnd)),
        Field::Win,
    )?;
    check(
        spec.len.is_some_and(|n| n as usize != seg.payload.len()),
        Field::Len,
    )?;
    check(
        spec.data
            .as_ref()
            .is_some_and(|d| d.as_bytes() != seg.payload.as_slice()),
        Field::Data,
    )?;
    check(
        spec.options.as_ref().is_some_and(|o| *o != seg.options),
        Field::Options,
    )
}

/// The spec with its expressions evaluated, for "expected …".
fn wanted(sim: &Sim, spec: &SegSpec) -> Wanted {
    Wanted {
        flags: spec.flags,
        seq: spec.seq.map(|e| eval(sim, e)),
        ack: spec.ack.map(|e| eval(sim, e)),
        win: spec.win,
        len: spec.len,
        data: spec.data.clone(),
    }
}

/// Checks one expectation; `Err` says what it expected and what was found.
pub fn check(sim: &Sim, check: &Check) -> Result<(), Mismatch> {
    match check {
        Check::Endpoint { side, state, vars } => {
            let side = *side;
            let ep = sim.endpoint(side);
            if let Some(state) = state {
                if ep.state() != *state {
                    return Err(Mismatch::State {
                        side,
                        expected: *state,
                        found: ep.state(),
                    });
                }
            }
            for (var, expr) in vars {
                let expected = eval(sim, *expr);
                let found = var_value(sim, side, *var);
                if expected != found {
                    return Err(Mismatch::Var {
                        side,
                        var: *var,
                        expr: *expr,
                        expected,
                        found,
                    });
                }
            }
            Ok(())
        }
        Check::Received(side, want) => {
            let got = sim.app(*side).received().to_vec();
            match want {
                Received::Text(text) if text.as_bytes() != got.as_slice() => {
                    Err(Mismatch::ReceivedText {
                        side: *side,
                        expected: text.clone(),
                        found: got,
                    })
                }
                Received::Count(n) if *n as usize != got.len() => Err(Mismatch::ReceivedCount {
                    side: *side,
                    expected: *n,
                    found: got.len(),
                }),
                Received::Text(_) | Received::Count(_) => Ok(()),
            }
        }
        Check::Buffered(side, n) => {
            let found = sim.endpoint(*side).buffered();
            if found == *n as usize {
                Ok(())
            } else {
                Err(Mismatch::Buffered {
                    side: *side,
                    expected: *n,
                    found,
                })
            }
        }
        Check::Signal(side, text) => {
            let app = sim.app(*side);
            if Signal::ALL
                .iter()
                .any(|s| s.text() == text && app.was_told(*s))
            {
                Ok(())
            } else {
                Err(Mismatch::Signal {
                    side: *side,
                    expected: text.clone(),
                    told: app.signals(),
                })
            }
        }
        Check::WireEmpty => match sim.wire().iter().next() {
            None => Ok(()),
            Some(oldest) => Err(Mismatch::WireEmpty {
                in_flight: sim.wire().len(),
                from: oldest.from,
                oldest: oldest.seg.clone(),
            }),
        },
        Check::LinkQueue(from, n) => match sim.queue(*from).len() {
            found if found == *n as usize => Ok(()),
            found => Err(Mismatch::LinkQueue {
                from: *from,
                expected: *n,
                found,
            }),
        },
        Check::WireCount(n) => match sim.wire().len() {
            found if found == *n as usize => Ok(()),
            found => Err(Mismatch::WireCount {
                expected: *n,
                found,
            }),
        },
        Check::Wire(sel, spec) => {
            let flight = sim.selected(*sel).map_err(|_| Mismatch::WireMissing {
                selector: *sel,
                expected: Box::new(wanted(sim, spec)),
                in_flight: sim.wire().len(),
            })?;
            matches_spec(sim, &flight.seg, spec).map_err(|field| Mismatch::WireDiffers {
                from: flight.from,
                expected: Box::new(wanted(sim, spec)),
                found: flight.seg.clone(),
                field,
            })
        }
        Check::OutboxEmpty(side) => match sim.outbox(*side) {
            [] => Ok(()),
            waiting @ [first, ..] => Err(Mismatch::OutboxEmpty {
                side: *side,
                waiting: waiting.len(),
                first: first.seg.clone(),
            }),
        },
        Check::Outbox(side, n, spec) => {
            let Some(out) = sim.outbox(*side).get(n.saturating_sub(1)) else {
                return Err(Mismatch::OutboxMissing {
                    side: *side,
                    n: *n,
                    expected: Box::new(wanted(sim, spec)),
                    waiting: sim.outbox(*side).len(),
                });
            };
            matches_spec(sim, &out.seg, spec).map_err(|field| Mismatch::OutboxDiffers {
                side: *side,
                n: *n,
                expected: Box::new(wanted(sim, spec)),
                found: out.seg.clone(),
                field,
            })
        }
        Check::Rule(side, prefix) => {
            if sim.applied(*side, prefix) {
                Ok(())
            } else {
                Err(Mismatch::Rule {
                    side: *side,
                    rule: prefix.clone(),
                })
            }
        }
        Check::NoRule(side, prefix) => {
            if sim.applied(*side, prefix) {
                Err(Mismatch::RuleApplied {
                    side: *side,
                    rule: prefix.clone(),
                })
            } else {
                Ok(())
            }
        }
        Check::Goal => Err(Mismatch::GoalOutside),
        Check::Congestion(side, var, expected) => {
            let found = var.value(sim.endpoint(*side));
            if found == Some(*expected) {
                Ok(())
            } else {
                Err(Mismatch::Congestion {
                    side: *side,
                    var: *var,
                    expected: *expected,
                    found,
                })
            }
        }
        Check::Time(d) => {
            if sim.now() == Instant::ZERO + *d {
                Ok(())
            } else {
                Err(Mismatch::Time {
                    expected: *d,
                    found: sim.now(),
                })
            }
        }
    }
}

/// Runs one statement. `say` and `title` do nothing here.
pub fn exec(sim: &mut Sim, statement: &Statement) -> Result<(), Failure> {
    if let Some(mut running) = begin(sim, statement)? {
        resume(sim, statement, &mut running, usize::MAX)?;
    }
    Ok(())
}

/// Runs at most `events` more events of a long statement started by
/// [`begin`]; true once it is finished.
pub fn resume(
    sim: &mut Sim,
    statement: &Statement,
    running: &mut Running,
    events: usize,
) -> Result<bool, Failure> {
    sim.resume(running, events).map_err(|e| Failure {
        col: 0,
        line: statement.line,
        message: e.to_string(),
        cause: Some(e),
    })
}

/// Starts one statement. A long one (`advance`, `run`) runs nothing yet: it
/// is returned for [`resume`] to run in slices. Any other runs at once.
pub fn begin(sim: &mut Sim, statement: &Statement) -> Result<Option<Running>, Failure> {
    let fail = |message: String| Failure {
        col: 0,
        line: statement.line,
        message,
        cause: None,
    };
    let sim_err = |e: SimError| Failure {
        col: 0,
        line: statement.line,
        message: e.to_string(),
        cause: Some(e),
    };
    // A session at its limit takes no more steps (narration and checks are free).
    let acts = !matches!(
        statement.kind,
        Stmt::Title(_)
            | Stmt::Say(_)
            | Stmt::Goal(_)
            | Stmt::Hint(_)
            | Stmt::Translation { .. }
            | Stmt::Lesson(_)
            | Stmt::Capture(_)
            | Stmt::Ask(_)
            | Stmt::Choice(_)
            | Stmt::Numbering(_)
            | Stmt::Expect(_)
    );
    if acts && sim.events() >= MAX_EVENTS_PER_SESSION {
        return Err(sim_err(SimError::SessionFull));
    }
    match &statement.kind {
        Stmt::Title(_)
        | Stmt::Say(_)
        | Stmt::Goal(_)
        | Stmt::Hint(_)
        | Stmt::Translation { .. }
        | Stmt::Lesson(_)
        | Stmt::Capture(_)
        | Stmt::Ask(_)
        | Stmt::Numbering(_)
        | Stmt::Choice(_) => {}
        Stmt::Seed(n) => sim.set_seed(u64::from(*n)),
        Stmt::Set(setting) => sim.apply(*setting),
        Stmt::Call(side, call) => sim.call(*side, call.call()),
        Stmt::Deliver(sel) => sim.deliver(*sel).map_err(sim_err)?,
        Stmt::Drop(sel) => sim.drop_segment(*sel).map_err(sim_err)?,
        Stmt::Duplicate(sel) => {
            if sim.wire().len() >= MAX_IN_FLIGHT {
                return Err(sim_err(SimError::WireFull));
            }
            sim.duplicate(*sel).map_err(sim_err)?;
        }
        Stmt::Delay(sel, d) => sim.delay(*sel, *d).map_err(sim_err)?,
        Stmt::Inject(from, spec) => {
            if sim.wire().len() >= MAX_IN_FLIGHT {
                return Err(sim_err(SimError::WireFull));
            }
            let seg = segment_from_spec(sim, spec);
            sim.inject(*from, seg);
        }
        Stmt::Release(side, n, edit) => {
            let edited = match edit {
                Some(spec) => {
                    let formed = sim.outbox(*side).get(n.wrapping_sub(1));
                    formed.map(|out| edited(sim, &out.seg, spec))
                }
                None => None,
            };
            sim.release(*side, *n, edited).map_err(sim_err)?;
        }
        Stmt::Discard(side, n) => sim.discard(*side, *n).map_err(sim_err)?,
        Stmt::Advance(d) => return Ok(Some(sim.begin_advance(*d))),
        Stmt::Run(bound) => return Ok(Some(sim.begin_run(bound.unwrap_or(DEFAULT_RUN_BOUND)))),
        Stmt::Expect(c) => check(sim, c).map_err(|m| fail(m.to_string()))?,
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::TcpOption;

    #[test]
    fn the_inject_of_exactly_a_segment_builds_that_segment() {
        let seg = Segment {
            seq: SeqNum(u32::MAX),
            ack: SeqNum(7),
            flags: Flags::SYN | Flags::ACK,
            wnd: 1234,
            payload: b"hello".to_vec().into(),
            options: vec![TcpOption::Mss(536)],
        };
        let spec = SegSpec::exactly(&seg);
        assert_eq!(segment_from_spec(&Sim::default(), &spec), seg);
        let bare = Segment {
            payload: Vec::new().into(),
            options: Vec::new(),
            ..seg
        };
        let spec = SegSpec::exactly(&bare);
        assert_eq!((spec.data, spec.options), (None, None));
    }

    #[test]
    fn a_send_of_more_filler_than_the_queue_takes_builds_one_byte_more() {
        let call = CallSpec::Send(Payload::Filler(u32::MAX)).call();
        assert!(matches!(call, Call::Send(d) if d.len() == MAX_SEND_QUEUE + 1));
        let call = CallSpec::Send(Payload::Filler(3)).call();
        assert_eq!(call, Call::Send(b"abc".to_vec()));
    }

    #[test]
    fn a_no_rule_check_holds_until_the_side_applies_a_rule_it_names() {
        let text = "set client.cc reno\nset mss 1000\nserver listen\nclient connect\nrun\n\
                    expect client no rule \"retransmit\"\nexpect client no rule \"RFC 5681 §3.2\"\n\
                    client send 4000\ndrop\nrun\n\
                    expect client no rule \"retransmit\"\nexpect client no rule \"fast-retransmit\"\n\
                    expect client rule \"fast-retransmit\"\nexpect server no rule \"fast-retransmit\"\n";
        let script = crate::scenario::parse(text).unwrap();
        let outcomes: Vec<_> = crate::scenario::check_all(&script)
            .checks
            .into_iter()
            .map(|c| (c.line, c.outcome))
            .collect();
        let side = Side::Client;
        assert_eq!(
            outcomes,
            [
                (6, Ok(())),
                (7, Ok(())),
                (11, Ok(())),
                (
                    12,
                    Err(Mismatch::RuleApplied {
                        side,
                        rule: "fast-retransmit".into()
                    })
                ),
                (13, Ok(())),
                (14, Ok(())),
            ]
        );
        let err = run_script(&script).unwrap_err();
        assert_eq!(
            err.to_string(),
            "12: expected client no rule \"fast-retransmit\", found that its TCP applied it"
        );
    }
}
