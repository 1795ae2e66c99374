//! Questions in lessons (playground extension): before a step runs, a
//! lesson asks the student to predict what it will do. Wherever the
//! engine can tell, it finds the right answer itself by running the step
//! on a copy of the simulation, so the teacher writes no answer: a side's
//! state after the step, a field of the next segment a side sends, what
//! becomes of the next segment that arrives at a side. A multiple-choice
//! question carries the teacher's answer.
//!
//! Where a question may stand (just after a `say`, before the actions of
//! its step) is checked when the text is parsed; whether it can be
//! answered (the side does send a segment in that step) when the lesson
//! is checked, by the same run on a copy.

use super::lesson::{Item, Stepper};
use super::{exec, ParseError, Script, Statement, Stmt};
use crate::note::{Outcome, Rule};
use crate::numbering::Numbering;
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::side::Side;
use crate::sim::{Event, Sim, TraceEntry};
use crate::state::State;
use core::fmt;
use serde::{Deserialize, Serialize};

/// A field of a segment a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SegField {
    /// The control bits.
    Flags,
    /// SEG.SEQ.
    Seq,
    /// SEG.ACK.
    Ack,
    /// SEG.WND.
    Win,
}

impl SegField {
    /// Every field with its scenario name.
    pub const NAMED: [(SegField, &'static str); 4] = [
        (SegField::Flags, "flags"),
        (SegField::Seq, "seq"),
        (SegField::Ack, "ack"),
        (SegField::Win, "win"),
    ];

    /// The scenario name, e.g. `seq`.
    pub fn name(self) -> &'static str {
        SegField::NAMED
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("?", |(_, n)| n)
    }

    pub(super) fn from_name(name: &str) -> Option<SegField> {
        SegField::NAMED
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(f, _)| *f)
    }

    /// Whose sequence space the field of a segment `sender` sends counts
    /// in: its own for SEG.SEQ, its peer's for SEG.ACK; none for the flags
    /// and the window.
    pub fn space(self, sender: Side) -> Option<Side> {
        match self {
            SegField::Seq => Some(sender),
            SegField::Ack => Some(sender.other()),
            SegField::Flags | SegField::Win => None,
        }
    }
}

/// What an `ask` line asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Question {
    /// `ask SIDE state`: the side's state once the step has run.
    State(Side),
    /// `ask SIDE sends FIELD`: that field of the first segment the side's
    /// TCP sends in the step.
    Sends(Side, SegField),
    /// `ask SIDE outcome`: what becomes of the first segment that arrives
    /// at the side in the step (accepted, ignored, answered with an ACK,
    /// with a challenge ACK, or with a RST).
    Outcome(Side),
    /// `ask "TEXT" answer N`, followed by its `choice` lines: the teacher's
    /// question and the number of the right choice (from 1).
    Choice {
        /// The question.
        text: String,
        /// The right choice, from 1.
        answer: u32,
    },
    /// `blank SIDE FIELD [N]`: a fill-in on the finished ladder, that
    /// field of the Nth segment (from 1) the side's TCP sends in the step,
    /// left blank for the student to fill in once the step has run.
    Blank(Blank),
}

/// A field of a segment left blank on the ladder (`blank SIDE FIELD [N]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blank {
    /// The sender.
    pub side: Side,
    /// The field blanked.
    pub field: SegField,
    /// Which of the segments the side's TCP sends in the step, from 1.
    pub nth: u32,
    /// The column that names the segment (its `N`, else its side), for the
    /// checker's message when there is no such segment.
    pub col: usize,
}

impl Question {
    /// The side and field a student answers in numbers or flags for (a
    /// prediction of a field, or a blank on the ladder).
    pub fn field(&self) -> Option<(Side, SegField)> {
        match self {
            Question::Sends(side, field) => Some((*side, *field)),
            Question::Blank(b) => Some((b.side, b.field)),
            Question::State(_) | Question::Outcome(_) | Question::Choice { .. } => None,
        }
    }

    /// A blank on the ladder, filled in after its step has run (not a
    /// question asked before it).
    pub fn is_blank(&self) -> bool {
        matches!(self, Question::Blank(_))
    }
}

/// The words an `ask SIDE outcome` is answered with, in the order a
/// student is offered them.
pub const OUTCOMES: [(Outcome, &str); 5] = [
    (Outcome::Accepted, "accepted"),
    (Outcome::Ignored, "ignored"),
    (Outcome::Refused, "refused"),
    (Outcome::Challenged, "challenged"),
    (Outcome::Reset, "reset"),
];

/// An answer: the student's, or the right one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// A state.
    State(State),
    /// Control bits.
    Flags(Flags),
    /// A sequence number, its real 32-bit value.
    Seq(SeqNum),
    /// A window, in bytes.
    Window(u32),
    /// What became of an arriving segment.
    Outcome(Outcome),
    /// A choice, from 1.
    Choice(u32),
}

impl fmt::Display for Answer {
    /// As a saved session writes it: one word.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Answer::State(s) => f.write_str(s.name()),
            Answer::Flags(flags) => write!(f, "{flags}"),
            Answer::Seq(n) => write!(f, "{}", n.0),
            Answer::Window(n) | Answer::Choice(n) => write!(f, "{n}"),
            Answer::Outcome(o) => f.write_str(outcome_word(o)),
        }
    }
}

/// The word of an outcome.
pub fn outcome_word(outcome: Outcome) -> &'static str {
    OUTCOMES
        .iter()
        .find(|(o, _)| *o == outcome)
        .map_or("?", |(_, w)| w)
}

impl Question {
    /// Reads one word as an answer to this question (as a saved session
    /// writes it); `None` if it is no answer to it.
    pub fn read(&self, word: &str) -> Option<Answer> {
        match self {
            Question::State(_) => State::from_name(word).map(Answer::State),
            Question::Sends(_, field) | Question::Blank(Blank { field, .. }) => match field {
                SegField::Flags => super::parse::parse_flags(word).map(Answer::Flags),
                SegField::Seq | SegField::Ack => {
                    super::parse_number(word).map(|n| Answer::Seq(SeqNum(n)))
                }
                SegField::Win => super::parse_number(word).map(Answer::Window),
            },
            Question::Outcome(_) => OUTCOMES
                .iter()
                .find(|(_, w)| *w == word)
                .map(|(o, _)| Answer::Outcome(*o)),
            Question::Choice { .. } => super::parse_number(word)
                .filter(|&n| n >= 1)
                .map(Answer::Choice),
        }
    }
}

/// A question the student answered, kept for the score and the review
/// (and in saved sessions and share links).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    /// The `ask` line.
    pub line: usize,
    /// What the student answered.
    pub given: Answer,
    /// What the step did.
    pub right: Answer,
    /// The rule the TCP applied, if one decided it.
    pub rule: Option<Rule>,
}

impl Answered {
    /// The student predicted what the step did.
    pub fn is_right(&self) -> bool {
        self.given == self.right
    }
}

/// The right answer to a question, found by running its step on a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The answer.
    pub answer: Answer,
    /// The rule that decided it, if a TCP applied one.
    pub rule: Option<Rule>,
    /// The numbering once the step has run (relative; set `relative` as
    /// the student chose): a number the student types for a SYN's
    /// sequence number counts from the ISS that SYN chooses.
    pub numbering: Numbering,
    /// The id of the segment a field question or a blank reads (the one
    /// the ladder draws), when it was sent (not one kept in an outbox).
    pub segment: Option<u64>,
}

impl Expected {
    /// A number the student typed for this question, read in the
    /// numbering shown (`relative`, as the student chose): a sequence
    /// number counts from the ISS of the side whose space it is in, once
    /// the step has run; a window is bytes. `None` for a question that is
    /// not answered with a number.
    pub fn read_typed(&self, question: &Question, typed: u32, relative: bool) -> Option<Answer> {
        match question.field()? {
            (side, field @ (SegField::Seq | SegField::Ack)) => {
                let mut numbering = self.numbering;
                numbering.relative = relative;
                let owner = field.space(side)?;
                Some(Answer::Seq(numbering.absolute_of(typed, owner)))
            }
            (_, SegField::Win) => Some(Answer::Window(typed)),
            (_, SegField::Flags) => None,
        }
    }
}

/// Why a question cannot be answered where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unanswerable {
    /// `ask SIDE sends …`: the side's TCP sends no segment in the step.
    SendsNothing(Side),
    /// `ask SIDE outcome`: no segment arrives at the side in the step.
    NothingArrives(Side),
    /// `blank SIDE FIELD N`: the side's TCP sends fewer than N segments
    /// in the step (`sent` of them).
    NoSuchSegment {
        /// The sender.
        side: Side,
        /// The segment the blank names, from 1.
        nth: u32,
        /// How many the side sends in the step.
        sent: u32,
    },
    /// `blank SIDE ack [N]`: the segment carries no ACK, so it has no
    /// acknowledgment number to fill in (the ladder shows none).
    NoAckField(Side),
}

impl fmt::Display for Unanswerable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unanswerable::SendsNothing(side) => write!(
                f,
                "the question cannot be answered: the {side} sends no segment in the step after it"
            ),
            Unanswerable::NothingArrives(side) => write!(
                f,
                "the question cannot be answered: no segment arrives at the {side} in the step after it"
            ),
            Unanswerable::NoSuchSegment { side, nth, sent } => write!(
                f,
                "the blank names segment {nth} of the {side}, but the {side} sends {sent} in the step after it"
            ),
            Unanswerable::NoAckField(side) => write!(
                f,
                "the blank names the ack field of a segment the {side} sends without ACK: it has no acknowledgment number"
            ),
        }
    }
}

/// Whether a statement acts on the simulation (is part of a step's run).
fn acts(kind: &Stmt) -> bool {
    match kind {
        Stmt::Seed(_)
        | Stmt::Set(_)
        | Stmt::Call(..)
        | Stmt::Deliver(_)
        | Stmt::Drop(_)
        | Stmt::Duplicate(_)
        | Stmt::Delay(..)
        | Stmt::Inject(..)
        | Stmt::Release(..)
        | Stmt::Discard(..)
        | Stmt::Advance(_)
        | Stmt::Run(_) => true,
        Stmt::Title(_)
        | Stmt::Say(_)
        | Stmt::Expect(_)
        | Stmt::Goal(_)
        | Stmt::Hint(_)
        | Stmt::Lesson(_)
        | Stmt::Capture(_)
        | Stmt::Translation { .. }
        | Stmt::Ask(_)
        | Stmt::Numbering(_)
        | Stmt::Choice(_) => false,
    }
}

/// The `ask` and `blank` statements (their indices) of the step that
/// follows the `say` at index `say`.
fn step_asks(script: &Script, say: usize) -> Vec<usize> {
    let statements = &script.statements;
    (say + 1..statements.len())
        .take_while(|&i| {
            matches!(
                statements[i].kind,
                Stmt::Ask(_) | Stmt::Choice(_) | Stmt::Translation { .. }
            )
        })
        .filter(|&i| matches!(statements[i].kind, Stmt::Ask(_)))
        .collect()
}

/// The `ask` statements (their indices) of the step that follows the `say`
/// at index `say`: the questions to answer before it runs.
pub fn questions(script: &Script, say: usize) -> Vec<usize> {
    step_asks(script, say)
        .into_iter()
        .filter(|&i| !matches!(&script.statements[i].kind, Stmt::Ask(q) if q.is_blank()))
        .collect()
}

/// The `blank` statements (their indices) of the step that follows the
/// `say` at index `say`: fields of its segments left blank on the ladder.
pub fn blanks(script: &Script, say: usize) -> Vec<usize> {
    step_asks(script, say)
        .into_iter()
        .filter(|&i| matches!(&script.statements[i].kind, Stmt::Ask(q) if q.is_blank()))
        .collect()
}

/// Every blank of a lesson with its answer, found by running the whole
/// lesson as written on a fresh simulation (the finished ladder a printed
/// worksheet shows, and the one a student who only presses Next step
/// builds), from `fresh`, a new simulation: `(index of the blank,
/// answer)`, in order.
pub fn blank_answers(script: &Script, fresh: Sim) -> Vec<(usize, Result<Expected, Unanswerable>)> {
    let mut found = Vec::new();
    if !script
        .statements
        .iter()
        .any(|s| matches!(&s.kind, Stmt::Ask(q) if q.is_blank()))
    {
        return found;
    }
    let mut sim = fresh;
    let mut stepper = Stepper::default().playing();
    loop {
        match stepper.step(script, &sim) {
            Item::Act(statement) => {
                let _ = exec(&mut sim, statement);
            }
            Item::Say(say) => {
                let blanks = blanks(script, say);
                if !blanks.is_empty() {
                    found.extend(
                        predict(&sim, script, say)
                            .into_iter()
                            .filter(|(i, _)| blanks.contains(i)),
                    );
                }
            }
            Item::Checked(_) => {}
            Item::End => break,
        }
    }
    found
}

/// Every question of a script.
pub fn count_questions(script: &Script) -> usize {
    script
        .statements
        .iter()
        .filter(|s| matches!(s.kind, Stmt::Ask(_)))
        .count()
}

/// The choices of the multiple-choice question at index `ask` (their
/// indices, in order).
pub fn choices(statements: &[Statement], ask: usize) -> Vec<usize> {
    (ask + 1..statements.len())
        .take_while(|&i| {
            matches!(
                statements[i].kind,
                Stmt::Choice(_) | Stmt::Translation { .. }
            )
        })
        .filter(|&i| matches!(statements[i].kind, Stmt::Choice(_)))
        .collect()
}

/// Runs the step after the `say` at index `say` on a copy of `sim`, as a
/// student's Next step would, and answers each of its questions from what
/// happened: `(index of the ask, answer)`. `sim` is left as it was.
pub fn predict(
    sim: &Sim,
    script: &Script,
    say: usize,
) -> Vec<(usize, Result<Expected, Unanswerable>)> {
    let asks = step_asks(script, say);
    if asks.is_empty() {
        return Vec::new();
    }
    let mut copy = sim.clone();
    let start = copy.trace().len();
    let mut stepper = Stepper::at(say + 1).playing();
    loop {
        match stepper.step(script, &copy) {
            // A line that cannot run is the checker's to report; the
            // step goes on, as it does in front of the student.
            Item::Act(statement) => {
                let _ = exec(&mut copy, statement);
            }
            Item::Checked(_) => {}
            Item::Say(_) | Item::End => break,
        }
    }
    let steps: Vec<TraceEntry> = copy.trace().iter_from(start).cloned().collect();
    let numbering = Numbering::new(true, &copy.snapshot());
    asks.into_iter()
        .filter_map(|i| match &script.statements[i].kind {
            Stmt::Ask(question) => {
                let found =
                    answer(&copy, &steps, question).map(|(answer, rule, segment)| Expected {
                        answer,
                        rule,
                        numbering,
                        segment,
                    });
                Some((i, found))
            }
            _ => None,
        })
        .collect()
}

/// The rule `side`'s TCP applied in making entry `at` happen (a state
/// change, a segment formed): a note of that side in the same step of the
/// trace (from the arrival, call or timer that set it off to the next
/// one). The note just before the entry if there is one; else the first
/// after it (a TCP may log its rule once it has acted); else the last
/// before it. A segment formed in answer to a segment the TCP did not
/// accept is told by that refusal.
fn rule_of(entries: &[TraceEntry], at: usize, side: Side) -> Option<Rule> {
    let starts = |e: &TraceEntry| crate::story::starts_step(&e.event);
    let from = entries[..=at].iter().rposition(starts).unwrap_or(0);
    let to = entries[at + 1..]
        .iter()
        .position(starts)
        .map_or(entries.len(), |n| at + 1 + n);
    let note = |e: &TraceEntry| match &e.event {
        Event::Note { side: s, note } if *s == side => Some(note.rule()),
        _ => None,
    };
    // A segment that answers a refusal is told by the refusal (a FIN
    // again in TIME-WAIT is answered, whatever timer it restarts).
    let refusal = entries[from..to]
        .iter()
        .filter_map(note)
        .find(|r| r.outcome() != crate::note::Outcome::Accepted);
    let formed = matches!(entries[at].event, Event::Sent { .. } | Event::Queued { .. });
    if let Some(rule) = refusal.filter(|_| formed) {
        return Some(rule);
    }
    at.checked_sub(1)
        .filter(|&b| b >= from)
        .and_then(|b| note(&entries[b]))
        .or_else(|| entries[at + 1..to].iter().find_map(note))
        .or_else(|| entries[from..at].iter().rev().find_map(note))
}

/// A segment a TCP formed in a step: where in the step's entries, the
/// segment, and its id if it was sent (not kept in an outbox).
type Formed<'e> = (usize, &'e Segment, Option<u64>);

/// The segments `side`'s TCP formed in `entries` (sent, or put in its
/// outbox), in order.
fn formed(entries: &[TraceEntry], side: Side) -> impl Iterator<Item = Formed<'_>> {
    entries
        .iter()
        .enumerate()
        .filter_map(move |(i, e)| match &e.event {
            Event::Sent {
                id,
                from,
                seg,
                reason: Some(_),
                ..
            } if *from == side => Some((i, seg, Some(*id))),
            Event::Queued { side: s, seg, .. } if *s == side => Some((i, seg, None)),
            _ => None,
        })
}

impl SegField {
    /// This field of `seg`, as a question compares it.
    pub fn read(self, seg: &Segment) -> Answer {
        field_of(seg, self)
    }
}

/// A field of a segment, as a question compares it.
fn field_of(seg: &Segment, field: SegField) -> Answer {
    match field {
        // As a wire check compares them: PSH and URG are left out.
        SegField::Flags => {
            Answer::Flags(seg.flags & (Flags::SYN | Flags::ACK | Flags::FIN | Flags::RST))
        }
        SegField::Seq => Answer::Seq(seg.seq),
        SegField::Ack => Answer::Seq(seg.ack),
        SegField::Win => Answer::Window(u32::from(seg.wnd)),
    }
}

/// An answer, the rule that decided it, and the segment it was read from.
type Found = (Answer, Option<Rule>, Option<u64>);

/// The answer to `question` after a step that logged `entries` and left
/// `after`, with the rule that decided it.
fn answer(after: &Sim, entries: &[TraceEntry], question: &Question) -> Result<Found, Unanswerable> {
    match question {
        Question::State(side) => {
            let changed = entries.iter().rposition(
                |e| matches!(e.event, Event::StateChanged { side: s, .. } if s == *side),
            );
            let rule = changed.and_then(|at| rule_of(entries, at, *side));
            Ok((Answer::State(after.endpoint(*side).state()), rule, None))
        }
        Question::Sends(side, field) => {
            let (at, seg, id) = formed(entries, *side)
                .next()
                .ok_or(Unanswerable::SendsNothing(*side))?;
            Ok((field_of(seg, *field), rule_of(entries, at, *side), id))
        }
        Question::Blank(b) => {
            let sent = formed(entries, b.side).count() as u32;
            let (at, seg, id) = formed(entries, b.side)
                .nth(b.nth.saturating_sub(1) as usize)
                .ok_or(match sent {
                    0 => Unanswerable::SendsNothing(b.side),
                    _ => Unanswerable::NoSuchSegment {
                        side: b.side,
                        nth: b.nth,
                        sent,
                    },
                })?;
            if b.field == SegField::Ack && !seg.flags.contains(Flags::ACK) {
                return Err(Unanswerable::NoAckField(b.side));
            }
            Ok((field_of(seg, b.field), rule_of(entries, at, b.side), id))
        }
        Question::Outcome(side) => {
            let at = entries
                .iter()
                .position(|e| matches!(e.event, Event::Delivered { to, .. } if to == *side))
                .ok_or(Unanswerable::NothingArrives(*side))?;
            let rule = crate::story::decisive_rule(&entries[at..], *side)
                .ok_or(Unanswerable::NothingArrives(*side))?;
            Ok((Answer::Outcome(rule.outcome()), Some(rule), None))
        }
        Question::Choice { answer, .. } => Ok((Answer::Choice(*answer), None, None)),
    }
}

/// Where questions may stand, checked as the text is parsed: an `ask`
/// just after a `say` (with only other questions, choices and
/// translations between), before the actions of its step, never in a
/// challenge's solution; a multiple-choice question followed by at least
/// two `choice` lines, its answer one of them; a `choice` only after one.
pub(super) fn check_places(statements: &[Statement]) -> Result<(), ParseError> {
    let wrong = |s: &Statement, message: String| Err(ParseError::new(s.line, 1, message));
    let first_goal = statements
        .iter()
        .position(|s| matches!(s.kind, Stmt::Goal(_)));
    for (i, s) in statements.iter().enumerate() {
        match &s.kind {
            Stmt::Ask(question) => {
                if first_goal.is_some_and(|g| g < i) {
                    return wrong(s, "a question after a goal is in the teacher's solution, which students never see: ask it before the goals".into());
                }
                let head = statements[..i].iter().rev().find(|p| {
                    !matches!(
                        p.kind,
                        Stmt::Ask(_) | Stmt::Choice(_) | Stmt::Translation { .. }
                    )
                });
                if !head.is_some_and(|p| matches!(p.kind, Stmt::Say(_))) {
                    return wrong(s, "a question belongs just after a say, before the actions of the step it asks about".into());
                }
                let step_acts = statements[i + 1..]
                    .iter()
                    .take_while(|n| !matches!(n.kind, Stmt::Say(_) | Stmt::Goal(_)))
                    .any(|n| acts(&n.kind));
                if !step_acts {
                    return wrong(s, "the step after this question runs nothing: a question asks what its step will do".into());
                }
                let n = choices(statements, i).len();
                match question {
                    Question::Choice { .. } if n < 2 => {
                        return wrong(
                            s,
                            format!(
                                "expected at least 2 choice lines after this question, found {n}"
                            ),
                        );
                    }
                    Question::Choice { answer, .. } if *answer as usize > n || *answer == 0 => {
                        return wrong(s, format!("expected an answer from 1 to {n} (the choices after this question), found {answer}"));
                    }
                    Question::State(_)
                    | Question::Sends(..)
                    | Question::Outcome(_)
                    | Question::Blank(_)
                        if n > 0 =>
                    {
                        return wrong(s, "choice lines follow only a question written in double quotes, with its answer".into());
                    }
                    Question::Choice { .. }
                    | Question::State(_)
                    | Question::Sends(..)
                    | Question::Outcome(_)
                    | Question::Blank(_) => {}
                }
            }
            Stmt::Choice(_) => {
                let before = statements[..i]
                    .iter()
                    .rev()
                    .find(|p| !matches!(p.kind, Stmt::Choice(_) | Stmt::Translation { .. }));
                if !before.is_some_and(|p| matches!(p.kind, Stmt::Ask(Question::Choice { .. }))) {
                    return wrong(s, "a choice belongs after a question written in double quotes (ask \"…\" answer N)".into());
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{check_script, parse, Checker, Mismatch};

    const OPEN: &str = "set client.isn 1000\nset server.isn 5000\nserver listen\nclient connect\n";

    /// The predictions for the step after the first `say` of `text`, on
    /// the simulation its setup (the lines before that `say`) leaves.
    fn predicted(text: &str) -> Vec<(usize, Result<Expected, Unanswerable>)> {
        let script = parse(text).unwrap();
        let say = script
            .statements
            .iter()
            .position(|s| matches!(s.kind, Stmt::Say(_)))
            .unwrap();
        let mut sim = Sim::default();
        for s in &script.statements[..say] {
            exec(&mut sim, s).unwrap();
        }
        let before = sim.trace().len();
        let found = predict(&sim, &script, say);
        assert_eq!(sim.trace().len(), before, "the copy ran, not the session");
        found
            .into_iter()
            .map(|(i, r)| (script.statements[i].line, r))
            .collect()
    }

    fn answers(text: &str) -> Vec<(Answer, Option<&'static str>)> {
        predicted(text)
            .into_iter()
            .map(|(_, r)| {
                let e = r.unwrap();
                (e.answer, e.rule.map(Rule::id))
            })
            .collect()
    }

    #[test]
    fn a_state_question_is_answered_by_running_its_step_on_a_copy() {
        let text = format!(
            "{OPEN}say \"The SYN arrives.\"\nask server state\nask client state\ndeliver\n"
        );
        assert_eq!(
            answers(&text),
            [
                (Answer::State(State::SynReceived), Some("listen-syn")),
                // The client's state does not change in this step: no rule.
                (Answer::State(State::SynSent), None),
            ]
        );
    }

    #[test]
    fn a_field_question_reads_the_first_segment_the_side_sends_in_the_step() {
        let text = format!("{OPEN}say \"The SYN arrives.\"\nask server sends flags\nask server sends seq\nask server sends ack\nask server sends win\ndeliver\ndeliver\n");
        let found = answers(&text);
        assert_eq!(
            found.iter().map(|(a, _)| *a).collect::<Vec<_>>(),
            [
                Answer::Flags(Flags::SYN | Flags::ACK),
                Answer::Seq(SeqNum(5000)),
                Answer::Seq(SeqNum(1001)),
                Answer::Window(65535),
            ]
        );
        assert_eq!(found[0].1, Some("listen-syn"));
        // A SYN's sequence number counts from the ISS it chooses: typed
        // relative, it is 0.
        let (_, e) = &predicted(
            "set client.isn 1000\nsay \"Connect.\"\nask client sends seq\nclient connect\n",
        )[0];
        let e = e.as_ref().unwrap();
        let seq = Question::Sends(Side::Client, SegField::Seq);
        assert_eq!(e.read_typed(&seq, 0, true), Some(e.answer));
        assert_eq!(e.read_typed(&seq, 1000, false), Some(e.answer));
        assert_eq!(
            e.read_typed(&seq, 1000, true),
            Some(Answer::Seq(SeqNum(2000)))
        );
        // The ACK of a SYN,ACK counts in the client's space, seen from the server.
        let (_, e) = &predicted(&format!(
            "{OPEN}say \"The SYN arrives.\"\nask server sends ack\ndeliver\n"
        ))[0];
        let e = e.as_ref().unwrap();
        let ack = Question::Sends(Side::Server, SegField::Ack);
        assert_eq!(e.read_typed(&ack, 1, true), Some(Answer::Seq(SeqNum(1001))));
        let win = Question::Sends(Side::Server, SegField::Win);
        assert_eq!(e.read_typed(&win, 500, true), Some(Answer::Window(500)));
        assert_eq!(e.read_typed(&Question::State(Side::Server), 1, true), None);
    }

    #[test]
    fn an_outcome_question_tells_what_became_of_the_next_segment_to_arrive() {
        let open = format!("{OPEN}run\n");
        let in_window = format!("{open}say \"A RST in the window, not at RCV.NXT.\"\nask server outcome\ninject client>server RST seq=client.snd.nxt+10\ndeliver\n");
        assert_eq!(
            answers(&in_window),
            [(Answer::Outcome(Outcome::Challenged), Some("rst-challenge"))]
        );
        let exact = format!("{open}say \"A RST at RCV.NXT.\"\nask server outcome\ninject client>server RST seq=client.snd.nxt\ndeliver\n");
        assert_eq!(answers(&exact)[0].0, Answer::Outcome(Outcome::Accepted));
        let closed = "server listen\nserver close\nsay \"A SYN to a closed port.\"\nask server outcome\nclient connect\ndeliver\n";
        assert_eq!(answers(closed)[0].0, Answer::Outcome(Outcome::Reset));
    }

    #[test]
    fn a_multiple_choice_question_carries_the_teachers_answer() {
        let text = format!("{OPEN}say \"Next.\"\nask \"Who answers?\" answer 2\nask es \"¿Quién responde?\"\nchoice \"The client\"\nchoice es \"El cliente\"\nchoice \"The server\"\ndeliver\n");
        assert_eq!(answers(&text), [(Answer::Choice(2), None)]);
        let script = parse(&text).unwrap();
        let ask = script
            .statements
            .iter()
            .position(|s| matches!(s.kind, Stmt::Ask(_)))
            .unwrap();
        assert_eq!(choices(&script.statements, ask).len(), 2);
    }

    #[test]
    fn the_checker_refuses_a_question_its_step_cannot_answer_naming_the_line() {
        // Line 6 asks what the client sends, but only the server sends.
        let text = format!(
            "{OPEN}say \"The SYN arrives.\"\nask client sends flags\nask client outcome\ndeliver\n"
        );
        let failures = check_script(&parse(&text).unwrap());
        let said: Vec<(usize, &str)> = failures
            .iter()
            .map(|f| (f.line, f.message.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                (6, "the question cannot be answered: the client sends no segment in the step after it"),
                (7, "the question cannot be answered: no segment arrives at the client in the step after it"),
            ]
        );
        // The in-browser checker lists them the same way.
        let mut checker = Checker::new(parse(&text).unwrap());
        while !checker.work(usize::MAX) {}
        let lines: Vec<usize> = checker
            .report()
            .checks
            .iter()
            .filter(|c| matches!(c.outcome, Err(Mismatch::Unanswerable(_))))
            .map(|c| c.line)
            .collect();
        assert_eq!(lines, [6, 7]);
        // Answerable, it passes.
        let fine = format!("{OPEN}say \"The SYN arrives.\"\nask server sends flags\ndeliver\n");
        assert!(check_script(&parse(&fine).unwrap()).is_empty());
    }

    #[test]
    fn a_question_out_of_its_place_is_refused_naming_its_line() {
        let refused = |text: &str| {
            let e = parse(text).unwrap_err();
            (e.line, e.message)
        };
        let (line, message) = refused("server listen\nask server state\n");
        assert_eq!(line, 2);
        assert!(message.contains("just after a say"), "{message}");
        let (line, message) =
            refused("say \"x\"\nserver listen\nask server state\nclient connect\n");
        assert_eq!(line, 3);
        assert!(message.contains("just after a say"), "{message}");
        let (line, message) =
            refused("server listen\nsay \"x\"\nask server state\nsay \"y\"\nclient connect\n");
        assert_eq!(line, 3);
        assert!(message.contains("runs nothing"), "{message}");
        let (line, message) =
            refused("say \"x\"\nask \"Q\" answer 1\nchoice \"A\"\nserver listen\n");
        assert_eq!(line, 2);
        assert!(message.contains("at least 2 choice lines"), "{message}");
        let (line, message) =
            refused("say \"x\"\nask \"Q\" answer 3\nchoice \"A\"\nchoice \"B\"\nserver listen\n");
        assert_eq!(
            (line, message.as_str()),
            (
                2,
                "expected an answer from 1 to 2 (the choices after this question), found 3"
            )
        );
        let (line, message) = refused("say \"x\"\nask server state\nchoice \"A\"\nserver listen\n");
        assert_eq!(line, 2);
        assert!(message.contains("choice lines follow only"), "{message}");
        let (line, message) = refused("say \"x\"\nchoice \"A\"\nserver listen\n");
        assert_eq!(line, 2);
        assert!(message.contains("a choice belongs after"), "{message}");
        let (line, message) =
            refused("say \"x\"\ngoal server LISTEN\nsay \"y\"\nask server state\nserver listen\n");
        assert_eq!(line, 4);
        assert!(message.contains("solution"), "{message}");
        let e = parse("say \"x\"\nask server sends port\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 18));
        assert!(
            e.message
                .starts_with("expected a field of the segment: flags, seq, ack or win"),
            "{}",
            e.message
        );
    }

    #[test]
    fn questions_and_a_lessons_answers_are_written_back_as_they_were_read() {
        let text = "say \"x\"\nask client state\nask server sends flags\nask client outcome\nask \"Q\" answer 2\nask es \"P\"\nchoice \"A\"\nchoice es \"A\"\nchoice \"B\"\nserver listen\n";
        let script = parse(text).unwrap();
        assert_eq!(script.to_string(), text);
        let lesson = format!(
            "lesson {} next 10 hints 0 answer 2 LISTEN CLOSED - answer 3 none SYN,ACK listen-syn answer 4 reset ignored closed-rst answer 5 1 2 -",
            crate::scenario::quote(text)
        );
        let Stmt::Lesson(at) = &parse(&lesson).unwrap().statements[0].kind else {
            panic!("a lesson line");
        };
        assert_eq!(at.answers.len(), 4);
        assert_eq!(at.answers[1].right, Answer::Flags(Flags::SYN | Flags::ACK));
        assert_eq!(at.answers[1].rule, Rule::from_id("listen-syn"));
        assert!(!at.answers[0].is_right());
        assert_eq!(parse(&lesson).unwrap().to_string().trim_end(), lesson);
        // An answer that is no answer to the question on that line is a
        // mistake in the text, named.
        let bad = lesson.replace("answer 2 LISTEN", "answer 2 SYN,ACK");
        assert!(parse(&bad)
            .unwrap_err()
            .message
            .contains("an answer to that question"));
        let bad = lesson.replace("answer 2 LISTEN", "answer 1 LISTEN");
        assert!(parse(&bad)
            .unwrap_err()
            .message
            .contains("the line of a question"));
        // Older saves, without answers, read as before.
        let old = format!("lesson {} next 10 hints 0", crate::scenario::quote(text));
        let Stmt::Lesson(at) = &parse(&old).unwrap().statements[0].kind else {
            panic!("a lesson line");
        };
        assert!(at.answers.is_empty());
    }

    #[test]
    fn each_answer_of_the_four_way_close_names_the_rule_that_decided_it() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../scenarios/active-close.scn"
        ))
        .unwrap();
        let script = parse(&text).unwrap();
        let mut sim = Sim::default();
        let mut stepper = Stepper::default();
        let mut found = Vec::new();
        loop {
            match stepper.step(&script, &sim) {
                Item::Act(s) => exec(&mut sim, s).unwrap(),
                Item::Say(i) => {
                    found.extend(predict(&sim, &script, i).into_iter().map(|(_, r)| {
                        let r = r.unwrap();
                        (r.answer.to_string(), r.rule.map(Rule::id))
                    }))
                }
                Item::Checked(_) => {}
                Item::End => break,
            }
        }
        let said: Vec<(&str, Option<&str>)> = found.iter().map(|(a, r)| (a.as_str(), *r)).collect();
        assert_eq!(
            said,
            [
                ("FIN,ACK", Some("close-established")),
                ("FIN-WAIT-1", Some("close-established")),
                ("CLOSE-WAIT", Some("fin")),
                ("1002", Some("fin")),
                ("TIME-WAIT", Some("fin")),
                ("CLOSED", Some("last-ack-acked")),
            ]
        );
    }
    #[test]
    fn a_blank_is_read_and_written_back_as_it_was_written() {
        let text = "say \"x\"\nblank client seq\nblank server ack 2\nblank server flags\nask server state\nserver listen\n";
        let script = parse(text).unwrap();
        assert_eq!(script.to_string(), text);
        let Stmt::Ask(Question::Blank(b)) = &script.statements[2].kind else {
            panic!("a blank");
        };
        assert_eq!(
            (b.side, b.field, b.nth, b.col),
            (Side::Server, SegField::Ack, 2, 18)
        );
        // Blanks are filled in on the ladder, not asked before the step.
        assert_eq!(questions(&script, 0), [4]);
        assert_eq!(blanks(&script, 0), [1, 2, 3]);
        assert_eq!(count_questions(&script), 4);
        // A field that does not exist is refused at its column.
        let e = parse("say \"x\"\nblank client port\nserver listen\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 14));
        assert!(
            e.message
                .starts_with("expected a field of the segment: flags, seq, ack or win"),
            "{}",
            e.message
        );
        let e = parse("say \"x\"\nblank client seq 0\nserver listen\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 18));
        // A blank stands where a question does.
        let e = parse("server listen\nblank server seq\n").unwrap_err();
        assert!(e.message.contains("just after a say"), "{}", e.message);
        let e = parse("say \"x\"\nblank server seq\nchoice \"A\"\nserver listen\n").unwrap_err();
        assert!(
            e.message.contains("choice lines follow only"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_blank_is_answered_by_the_engine_with_the_segment_it_blanks() {
        let text = format!("{OPEN}say \"The SYN arrives.\"\nblank server seq\nblank server ack\nblank server flags\nblank server win\ndeliver\n");
        let found = predicted(&text);
        let answers: Vec<Answer> = found
            .iter()
            .map(|(_, r)| r.as_ref().unwrap().answer)
            .collect();
        assert_eq!(
            answers,
            [
                Answer::Seq(SeqNum(5000)),
                Answer::Seq(SeqNum(1001)),
                Answer::Flags(Flags::SYN | Flags::ACK),
                Answer::Window(65535),
            ]
        );
        // Each names the segment the ladder draws: the server's SYN,ACK.
        let e = found[0].1.as_ref().unwrap();
        assert!(e.segment.is_some());
        assert!(found
            .iter()
            .all(|(_, r)| r.as_ref().unwrap().segment == e.segment));
        assert_eq!(e.rule.map(Rule::id), Some("listen-syn"));
        // Typed relative, the SYN,ACK's ack counts from the client's ISS.
        let blank = Question::Blank(Blank {
            side: Side::Server,
            field: SegField::Ack,
            nth: 1,
            col: 7,
        });
        assert_eq!(
            found[1].1.as_ref().unwrap().read_typed(&blank, 1, true),
            Some(Answer::Seq(SeqNum(1001)))
        );
        // The second segment a side sends in the step.
        let two = "set client.isn 1000\nset server.isn 5000\nserver listen\nclient connect\nrun\nsay \"Two sends.\"\nblank client seq 2\nclient send 10\nclient send 10\n";
        let found = predicted(two);
        assert_eq!(
            found[0].1.as_ref().unwrap().answer,
            Answer::Seq(SeqNum(1011))
        );
    }

    #[test]
    fn the_checker_refuses_a_blank_naming_a_segment_or_field_that_does_not_exist_with_line_and_column(
    ) {
        // Line 4 names the client's 2nd segment, but it sends one; line 5
        // the ack of its SYN, which carries no ACK; line 8 a segment of a
        // step in which the client sends nothing.
        let text = "set client.isn 1000\nserver listen\nsay \"Connect.\"\nblank client seq 2\nblank client ack\nclient connect\nsay \"The server closes.\"\nblank client win\nserver close\n";
        let failures = check_script(&parse(text).unwrap());
        let said: Vec<String> = failures.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "4:18: the blank names segment 2 of the client, but the client sends 1 in the step after it",
                "5:7: the blank names the ack field of a segment the client sends without ACK: it has no acknowledgment number",
                "8:7: the question cannot be answered: the client sends no segment in the step after it",
            ]
        );
        // Written right, the lesson passes.
        let fine = "set client.isn 1000\nserver listen\nsay \"Connect.\"\nblank client seq\nclient connect\n";
        assert!(check_script(&parse(fine).unwrap()).is_empty());
    }

    #[test]
    fn the_blanks_of_a_whole_lesson_are_answered_by_running_it_as_written() {
        let text = "set client.isn 1000\nset server.isn 5000\nsay \"Listen.\"\nserver listen\nsay \"Connect.\"\nblank client seq\nclient connect\nsay \"SYN arrives.\"\nblank server ack\nblank server seq\ndeliver\nsay \"Done.\"\nblank client win 3\nrun\n";
        let script = parse(text).unwrap();
        let found: Vec<(usize, Result<Answer, Unanswerable>)> =
            blank_answers(&script, Sim::default())
                .into_iter()
                .map(|(i, r)| (script.statements[i].line, r.map(|e| e.answer)))
                .collect();
        assert_eq!(
            found,
            [
                (6, Ok(Answer::Seq(SeqNum(1000)))),
                (9, Ok(Answer::Seq(SeqNum(1001)))),
                (10, Ok(Answer::Seq(SeqNum(5000)))),
                (
                    13,
                    Err(Unanswerable::NoSuchSegment {
                        side: Side::Client,
                        nth: 3,
                        sent: 1
                    })
                ),
            ]
        );
        // A saved session keeps a blank's answer as it keeps a question's.
        let lesson = format!(
            "lesson {} next 99 hints 0 answer 9 1001 1001 listen-syn answer 6 7 1000 -",
            crate::scenario::quote(text)
        );
        let Stmt::Lesson(at) = &parse(&lesson).unwrap().statements[0].kind else {
            panic!("a lesson line");
        };
        assert_eq!(at.answers.len(), 2);
        assert!(at.answers[0].is_right() && !at.answers[1].is_right());
        assert_eq!(parse(&lesson).unwrap().to_string().trim_end(), lesson);
    }
}
