//! A lesson or challenge the student steps through. The engine's lesson
//! runner ([`Stepper`]) says what comes next; this module runs its actions
//! on the session, keeps what its checks said, and shows its narration.

use super::long::{By, Record, Started};
use super::quiz::Asking;
use super::{AppState, Notice};
use crate::i18n::{Localized, Part, Text};
use std::rc::Rc;
use tcp_engine::scenario::{
    self, Answered, Check, Checked, Item, LessonAt, Narration, Script, Statement, Stepper, Stmt,
};

/// Most characters of a place in a lesson ([`Lesson::place`]) read from
/// outside: what SCORM 1.2 lets an LMS keep (`cmi.suspend_data`).
pub const MAX_PLACE: usize = 4096;

/// A lesson's text and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonSource {
    /// The scenario text.
    pub text: String,
    /// Where it was fetched from (a bundled file or a teacher's URL), told
    /// to the embedding page; `None` for a file, a fragment or the editor.
    pub url: Option<String>,
}

impl LessonSource {
    /// A lesson from text that has no address.
    pub fn text(text: impl Into<String>) -> LessonSource {
        LessonSource {
            text: text.into(),
            url: None,
        }
    }
}

impl From<&str> for LessonSource {
    fn from(text: &str) -> LessonSource {
        LessonSource::text(text)
    }
}

impl From<String> for LessonSource {
    fn from(text: String) -> LessonSource {
        LessonSource::text(text)
    }
}

/// A loaded scenario the student steps through.
#[derive(Clone, Debug)]
pub struct Lesson {
    /// Its title.
    pub title: Localized,
    /// Its statements.
    pub script: Rc<Script>,
    /// Its text as written (share links and the saved session carry it).
    pub text: Rc<str>,
    /// Where it was fetched from, if anywhere.
    pub url: Option<Rc<str>>,
    /// Where the lesson runner is.
    pub stepper: Stepper,
    /// The narration of the step that just ran, shown beside its effect.
    pub narration: Option<Localized>,
    /// The narration of the coming step (shown as "Next:").
    pub preview: Option<Localized>,
    /// A challenge's task (its first `say`), shown for the whole challenge.
    pub task: Option<Localized>,
    /// Whether every statement has run.
    pub done: bool,
    /// A challenge's goals (empty for a lesson).
    pub goals: Vec<Check>,
    /// A challenge's hints.
    pub hints: Vec<Localized>,
    /// Hints shown so far.
    pub hints_shown: usize,
    /// The goals have all held at some point.
    pub completed: bool,
    /// What the lesson's checks said so far, in order.
    pub checks: Vec<Checked>,
    /// The coming step's questions, while they wait for answers.
    pub asking: Option<Asking>,
    /// The first answer to each question answered so far (the score).
    pub answers: Vec<Answered>,
    /// The answers given before the step that just ran, shown beside it.
    pub step_answers: Vec<Answered>,
    /// Its blanks on the ladder, answered by the engine (see
    /// [`scenario::blank_answers`]).
    pub blanks: Rc<Vec<BlankAt>>,
}

/// A field of a segment the lesson leaves blank on the ladder
/// (`blank SIDE FIELD [N]`), with the engine's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlankAt {
    /// The `blank` line.
    pub line: usize,
    /// The `say` of its step (its index).
    pub say: usize,
    /// The sender.
    pub side: tcp_engine::sim::Side,
    /// The field.
    pub field: scenario::SegField,
    /// The right answer, and the segment it is read from.
    pub expected: scenario::Expected,
}

impl PartialEq for Lesson {
    /// Cheap: the script is compared by identity.
    fn eq(&self, other: &Lesson) -> bool {
        Rc::ptr_eq(&self.script, &other.script)
            && self.stepper == other.stepper
            && self.narration == other.narration
            && self.preview == other.preview
            && self.done == other.done
            && self.hints_shown == other.hints_shown
            && self.completed == other.completed
            && self.checks == other.checks
            && self.asking == other.asking
            && self.answers == other.answers
            && self.step_answers == other.step_answers
    }
}

impl Lesson {
    /// A lesson or challenge from its script and text, not started.
    pub fn new(script: Script, source: &LessonSource) -> Lesson {
        let texts = |of: Narration| -> Vec<Localized> {
            (0..script.statements.len())
                .filter_map(|i| localized(&script.statements, i, of))
                .collect()
        };
        let hints = texts(Narration::Hint);
        let title = texts(Narration::Title)
            .into_iter()
            .next()
            .unwrap_or_default();
        let goals: Vec<Check> = scenario::goals(&script).map(|(_, c)| c.clone()).collect();
        let task = if goals.is_empty() {
            None
        } else {
            scenario::task(&script).and_then(|i| localized(&script.statements, i, Narration::Say))
        };
        Lesson {
            title,
            text: source.text.as_str().into(),
            url: source.url.as_deref().map(Into::into),
            stepper: Stepper::default().playing(),
            narration: None,
            preview: None,
            task,
            done: false,
            goals,
            hints,
            hints_shown: 0,
            completed: false,
            checks: Vec::new(),
            asking: None,
            answers: Vec::new(),
            step_answers: Vec::new(),
            blanks: Rc::new(blanks(&script)),
            script: Rc::new(script),
        }
    }

    /// The lesson a saved or shared session follows, at the step it had
    /// reached: the narration on screen is the one it showed then.
    pub fn resume(at: &LessonAt) -> Option<Lesson> {
        let script = scenario::parse(&at.text).ok()?;
        let next = script
            .statements
            .iter()
            .position(|s| s.line >= at.next_line)
            .unwrap_or(script.statements.len());
        let mut lesson = Lesson::new(script, &LessonSource::text(at.text.as_str()));
        lesson.stepper = Stepper::at(next).playing();
        lesson.done = lesson.stepper.done(&lesson.script);
        lesson.hints_shown = (at.hints as usize).min(lesson.hints.len());
        lesson.completed = at.completed && lesson.is_challenge();
        lesson.answers = at
            .answers
            .iter()
            .filter(|a| lesson.question(a.line).is_some())
            .cloned()
            .collect();
        // The runner stops just after a `say`: that one is the preview, the
        // one before it the narration (both the narration once it is done).
        let statements = &lesson.script.statements;
        let mut says = (0..next)
            .rev()
            .filter(|&i| matches!(statements[i].kind, Stmt::Say(_)));
        let (last, before) = (says.next(), says.next());
        let text = |i: Option<usize>| i.and_then(|i| localized(statements, i, Narration::Say));
        if lesson.done {
            lesson.narration = text(last);
        } else if let Some(say) = last.filter(|&i| i + 1 == next) {
            lesson.preview = text(last);
            lesson.narration = text(before);
            lesson.asking = Asking::at(&lesson.script, say, &lesson.answers);
        } else {
            lesson.narration = text(last);
        }
        Some(lesson)
    }

    /// The line of the lesson where it goes on.
    fn next_line(&self) -> usize {
        let statements = &self.script.statements;
        statements
            .get(self.stepper.next())
            .map_or_else(|| statements.last().map_or(1, |s| s.line + 1), |s| s.line)
    }

    /// Where the student is, without the lesson's text: `next LINE hints N
    /// [completed] answer …`, as a `lesson` statement writes it (what an
    /// LMS keeps to bring the student back; [`Lesson::session_at`] reads it).
    pub fn place(&self) -> String {
        let at = Stmt::Lesson(Box::new(LessonAt {
            text: String::new(),
            next_line: self.next_line(),
            hints: self.hints_shown as u32,
            completed: self.completed,
            answers: self.answers.clone(),
        }));
        let line = at.to_string();
        line.strip_prefix("lesson \"\" ")
            .unwrap_or(&line)
            .to_string()
    }

    /// A session that brings this lesson back at `place` (as
    /// [`Lesson::place`] writes it): the lesson's own actions before the
    /// line it names, then the `lesson` line. `Err` says what is wrong
    /// with `place` (it comes from outside: an LMS, an address).
    pub fn session_at(&self, place: &str) -> Result<String, String> {
        if place.len() > MAX_PLACE {
            return Err(format!("it has more than {MAX_PLACE} characters"));
        }
        if let Some(c) = place
            .chars()
            .find(|&c| !(c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '-' | '_' | '.')))
        {
            return Err(format!("it holds {c:?}"));
        }
        let empty = Stmt::Lesson(Box::new(LessonAt {
            text: self.text.to_string(),
            next_line: 0,
            hints: 0,
            completed: false,
            answers: Vec::new(),
        }))
        .to_string();
        let line = format!(
            "{} {place}",
            empty.strip_suffix(" next 0 hints 0").unwrap_or(&empty)
        );
        let parsed = scenario::parse(&line).map_err(|e| e.message)?;
        let Some(Stmt::Lesson(at)) = parsed.statements.first().map(|s| &s.kind) else {
            return Err("it is not a place in a lesson".to_string());
        };
        let statements = &self.script.statements;
        let next = statements
            .iter()
            .position(|s| s.line >= at.next_line)
            .unwrap_or(statements.len());
        // The lesson's actions up to there, as its runner takes them (its
        // checks are checked against nothing that matters here).
        let mut text = String::new();
        let mut stepper = Stepper::default().playing();
        let blank = tcp_engine::sim::Sim::default();
        while stepper.next() < next {
            match stepper.step(&self.script, &blank) {
                Item::Act(statement) => {
                    text.push_str(&statement.kind.to_string());
                    text.push('\n');
                }
                Item::Say(_) | Item::Checked(_) => {}
                Item::End => break,
            }
        }
        text.push_str(&line);
        text.push('\n');
        Ok(text)
    }

    /// The `lesson` statement that brings this lesson back at this step.
    pub fn at(&self) -> LessonAt {
        let next_line = self.next_line();
        LessonAt {
            text: self.text.to_string(),
            next_line,
            hints: self.hints_shown as u32,
            completed: self.completed,
            answers: self.answers.clone(),
        }
    }

    /// The numbering the lesson sets itself (`numbering real|relative`),
    /// if it does: it shows it in place of the student's choice, and says
    /// so in its bar.
    pub fn numbering(&self) -> Option<scenario::Numbering> {
        self.script.statements.iter().find_map(|s| match s.kind {
            Stmt::Numbering(n) => Some(n),
            _ => None,
        })
    }

    /// A challenge has goals.
    pub fn is_challenge(&self) -> bool {
        !self.goals.is_empty()
    }

    /// Steps taken and steps in all: a step is what one Next step runs,
    /// up to the next narration.
    pub fn progress(&self) -> (usize, usize) {
        let says = |s: &[Statement]| s.iter().filter(|s| matches!(s.kind, Stmt::Say(_))).count();
        let statements = &self.script.statements;
        let total = says(statements);
        if self.done {
            return (total, total);
        }
        let passed = says(&statements[..self.stepper.next().min(statements.len())]);
        // The preview's `say` has been read, but its step has not run yet.
        (
            passed.saturating_sub(usize::from(self.preview.is_some())),
            total,
        )
    }

    /// The narration of every step taken so far, in order: what a printed
    /// worksheet lists (the lesson bar shows only the latest). The preview's
    /// `say` has been read, but its step has not run yet.
    pub fn narrations(&self) -> Vec<Localized> {
        let statements = &self.script.statements;
        let next = self.stepper.next().min(statements.len());
        let mut says: Vec<usize> = (0..next)
            .filter(|&i| matches!(statements[i].kind, Stmt::Say(_)))
            .collect();
        if self.preview.is_some() && !self.done {
            says.pop();
        }
        says.into_iter()
            .filter_map(|i| localized(statements, i, Narration::Say))
            .collect()
    }

    /// The printed worksheet's steps: each step taken so far, and each
    /// later one that asks something: its number, its narration once it
    /// has run, and its questions (the `ask` lines; blanks are on the
    /// ladder). A challenge's task is not a step.
    pub fn worksheet(&self) -> Vec<(usize, Option<Localized>, Vec<usize>)> {
        let statements = &self.script.statements;
        let next = self.stepper.next().min(statements.len());
        let coming = (self.preview.is_some() && !self.done)
            .then(|| {
                (0..next)
                    .rev()
                    .find(|&i| matches!(statements[i].kind, Stmt::Say(_)))
            })
            .flatten();
        let task = scenario::task(&self.script).filter(|_| self.is_challenge());
        (0..statements.len())
            .filter(|&i| matches!(statements[i].kind, Stmt::Say(_)) && Some(i) != task)
            .enumerate()
            .filter_map(|(n, say)| {
                let ran = self.done || (say < next && Some(say) != coming);
                let asks = scenario::questions(&self.script, say);
                let narration = ran
                    .then(|| localized(statements, say, Narration::Say))
                    .flatten();
                (narration.is_some() || !asks.is_empty()).then_some((n + 1, narration, asks))
            })
            .collect()
    }

    /// The blanks whose step has run (the ladder shows their segments):
    /// every one whose `say` is behind the runner, but the coming step's.
    pub fn open_blanks(&self) -> impl Iterator<Item = &BlankAt> {
        let statements = &self.script.statements;
        let next = self.stepper.next().min(statements.len());
        let coming = (self.preview.is_some() && !self.done)
            .then(|| {
                (0..next)
                    .rev()
                    .find(|&i| matches!(statements[i].kind, Stmt::Say(_)))
            })
            .flatten();
        self.blanks
            .iter()
            .filter(move |b| b.say < next && Some(b.say) != coming)
    }

    /// How the embedding page names the lesson: its address, else its title.
    pub fn name(&self) -> String {
        self.url
            .as_deref()
            .map_or_else(|| self.title.text.clone(), str::to_string)
    }
}

/// A lesson's blanks with their answers: those the engine can answer (the
/// checker names the others).
fn blanks(script: &Script) -> Vec<BlankAt> {
    // A new session's simulation (the app's own, not one made here).
    scenario::blank_answers(script, AppState::new(0).sim)
        .into_iter()
        .filter_map(|(i, found)| {
            let Stmt::Ask(scenario::Question::Blank(b)) = &script.statements[i].kind else {
                return None;
            };
            let say = (0..i)
                .rev()
                .find(|&j| matches!(script.statements[j].kind, Stmt::Say(_)))?;
            Some(BlankAt {
                line: script.statements[i].line,
                say,
                side: b.side,
                field: b.field,
                expected: found.ok()?,
            })
        })
        .collect()
}

/// The text of statement `i` if it is a `title`, `say` or `hint` of kind
/// `of` written without a language, with the translations that follow it
/// (up to the next one of its kind without a language).
pub fn localized(statements: &[Statement], i: usize, of: Narration) -> Option<Localized> {
    let text = match (&statements.get(i)?.kind, of) {
        (Stmt::Title(t), Narration::Title)
        | (Stmt::Say(t), Narration::Say)
        | (Stmt::Hint(t), Narration::Hint)
        | (Stmt::Ask(scenario::Question::Choice { text: t, .. }), Narration::Ask)
        | (Stmt::Choice(t), Narration::Choice) => t.clone(),
        _ => return None,
    };
    let mut translations = Vec::new();
    for s in &statements[i + 1..] {
        match &s.kind {
            Stmt::Translation {
                of: kind,
                lang,
                text,
            } if *kind == of => {
                translations.push((lang.clone(), text.clone()));
            }
            Stmt::Title(_) if of == Narration::Title => break,
            Stmt::Say(_) if of == Narration::Say => break,
            Stmt::Hint(_) if of == Narration::Hint => break,
            Stmt::Ask(_) if of == Narration::Ask => break,
            Stmt::Choice(_) if of == Narration::Choice => break,
            _ => {}
        }
    }
    Some(Localized { text, translations })
}

impl AppState {
    /// Opens a lesson in a fresh session and runs its setup (up to its
    /// first narration).
    pub(super) fn open_lesson(&self, script: Script, source: &LessonSource) -> AppState {
        let mut fresh = AppState::new(self.session_id.wrapping_add(1));
        let lesson = Lesson::new(script, source);
        fresh.relative_chosen = self.relative_chosen;
        fresh.speed = self.speed;
        fresh.lesson = Some(Rc::new(lesson));
        fresh.show_lesson_numbering();
        let mut fresh = fresh.act(|s| s.lesson_step());
        // The lesson's setup is where its timeline starts.
        fresh.timeline.clear();
        fresh.commit(false);
        fresh.dirty = false;
        fresh.replaces_saved = true;
        fresh
    }

    /// The numbering shown: the student's, unless the open lesson sets its
    /// own (its narration names real numbers, say), which its bar tells.
    /// Opening a lesson and restoring one both apply this rule.
    pub(super) fn show_lesson_numbering(&mut self) {
        self.relative = self
            .lesson
            .as_deref()
            .and_then(Lesson::numbering)
            .map_or(self.relative_chosen, |n| n == scenario::Numbering::Relative);
    }

    /// Marks a challenge complete the first time all its goals hold.
    pub(super) fn check_challenge(&mut self) {
        let Some(lesson) = &self.lesson else {
            return;
        };
        if lesson.completed || lesson.goals.is_empty() || !lesson.done {
            return;
        }
        if scenario::check_goals(&self.sim, &lesson.goals).is_ok() {
            let lesson = Rc::make_mut(self.lesson.as_mut().expect("checked above"));
            lesson.completed = true;
            let name = Part::Lesson(lesson.title.clone());
            let text = Text::msg("notice-challenge-complete", vec![("name", name)]);
            self.say(text.clone());
            self.notice = Some(Notice { error: false, text });
        }
    }

    /// The lesson's next step (the Next step button): the statements its
    /// preview described run, and then that narration is shown beside
    /// their effect. Questions not answered before it are skipped.
    pub(super) fn lesson_next(&mut self) {
        if let Some(lesson) = self.lesson.as_mut().map(Rc::make_mut) {
            // Unanswered questions are skipped: they score nothing.
            lesson.asking = None;
            lesson.narration = lesson.preview.take();
            lesson.step_answers.clear();
        }
        self.lesson_step();
    }

    /// Runs the lesson's statements up to its next narration (or goes on
    /// after a long one).
    pub(super) fn lesson_step(&mut self) {
        let Some(mut lesson) = self.lesson.take().map(Rc::unwrap_or_clone) else {
            return;
        };
        let script = lesson.script.clone();
        // A line that could not run (a `deliver` with the wire empty) is
        // listed with the checks, as the in-browser checker lists it.
        let note_failure = |lesson: &mut Lesson, failure: Option<scenario::Failure>| {
            if let Some(f) = failure {
                lesson.checks.push(Checked {
                    line: f.line,
                    goal: false,
                    outcome: Err(scenario::Mismatch::refused(f)),
                });
            }
        };
        // After a long line that failed in its slices.
        note_failure(&mut lesson, self.lesson_failure.take());
        // Run until the next narration: it describes the step after this
        // one, so it is kept as the preview until that step has run.
        loop {
            match lesson.stepper.step(&script, &self.sim) {
                Item::Say(i) => {
                    lesson.preview = localized(&script.statements, i, Narration::Say);
                    lesson.asking = Asking::at(&script, i, &lesson.answers);
                    break;
                }
                // The lesson bar lists them (no notice to cover the ladder).
                Item::Checked(checked) => lesson.checks.push(checked),
                Item::Act(statement) => {
                    let at = lesson.stepper.next() - 1;
                    match self.start(statement.clone(), By::Lesson(at), Record::Push) {
                        Started::Done => {}
                        Started::Failed => note_failure(&mut lesson, self.lesson_failure.take()),
                        Started::Going => {
                            // Its slices go on, then this step (see `long`).
                            self.lesson = Some(Rc::new(lesson));
                            return;
                        }
                    }
                }
                Item::End => break,
            }
        }
        lesson.done = lesson.stepper.done(&script);
        if lesson.done {
            // Nothing comes next: the last narration stays on screen.
            if let Some(last) = lesson.preview.take() {
                lesson.narration = Some(last);
            }
        }
        self.lesson = Some(Rc::new(lesson));
    }
}

#[cfg(test)]
mod tests {
    use crate::state::{restore, Action, AppState, Source};
    use std::rc::Rc;
    use yew::Reducible;

    fn said(s: &AppState) -> Vec<String> {
        let lesson = s.lesson.as_ref().expect("a lesson");
        lesson.narrations().into_iter().map(|n| n.text).collect()
    }

    #[test]
    fn the_narrations_so_far_are_every_step_taken_not_the_coming_one() {
        let text = "title \"T\"\nsay \"Listen.\"\nserver listen\nsay \"Connect.\"\nclient connect\nsay \"Run.\"\nrun\n";
        let mut s = Rc::new(AppState::new(1)).reduce(Action::LoadLesson(text.into()));
        assert!(said(&s).is_empty(), "nothing has run yet");
        s = s.reduce(Action::LessonNext);
        assert_eq!(said(&s), ["Listen."]);
        s = s.reduce(Action::LessonNext);
        assert_eq!(said(&s), ["Listen.", "Connect."]);
        // A shared link reopens with the same steps behind it.
        let back = restore(Source::Link, &s.session_text(), 2).unwrap();
        assert_eq!(said(&back), said(&s));
        s = s.reduce(Action::LessonNext);
        assert_eq!(said(&s), ["Listen.", "Connect.", "Run."]);
        assert!(s.lesson.as_ref().is_some_and(|l| l.done));
    }
}
