//! The one lesson runner: it walks a script statement by statement and says
//! what comes next (an action to run, a narration boundary, a check and its
//! result, or the end). The command-line checker, the playground's lesson
//! mode, its in-browser checker and a restored session all step lessons
//! through it, so `expect` and `expect goal` mean the same everywhere.
//!
//! It runs nothing itself: the caller runs each [`Item::Act`] on its [`Sim`]
//! (at once, or in slices for a long `advance`), then asks for the next item.

use super::{check, Check, Mismatch, Script, Statement, Stmt};
use crate::sim::Sim;

/// What comes next in a lesson.
#[derive(Debug, PartialEq, Eq)]
pub enum Item<'s> {
    /// A statement that acts on the simulation: the caller runs it.
    Act(&'s Statement),
    /// A `say` (its index in the script): the narration of the step after
    /// it. The playground pauses here for Next step; the checker goes on.
    Say(usize),
    /// An `expect` was checked against the simulation as it is now.
    Checked(Checked),
    /// Nothing is left to run (a challenge's goals and hints may follow).
    End,
}

/// An `expect` or a `goal` and whether it held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// The statement's line.
    pub line: usize,
    /// It is a `goal` (or `expect goal`), not a plain `expect`.
    pub goal: bool,
    /// `Err` says what the check expected and what was found (its
    /// `Display` is the checker's "expected …, found …").
    pub outcome: Result<(), Mismatch>,
}

/// Where a lesson is: the index of the next statement to look at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stepper {
    next: usize,
    /// As a student steps it: a challenge ends at its first goal.
    playing: bool,
}

impl Stepper {
    /// A stepper that goes on at statement `next` (a restored lesson).
    pub fn at(next: usize) -> Stepper {
        Stepper {
            next,
            playing: false,
        }
    }

    /// As a student steps the lesson: a challenge ends at its first `goal`,
    /// so the lines after it (the teacher's solution and `expect goal`, for
    /// the checker) never run in front of the student.
    pub fn playing(self) -> Stepper {
        Stepper {
            playing: true,
            ..self
        }
    }

    /// Index of the next statement to look at.
    pub fn next(&self) -> usize {
        self.next
    }

    /// The next item of `script`, checking any `expect` against `sim`.
    /// Titles, goals, hints and translations are passed over.
    pub fn step<'s>(&mut self, script: &'s Script, sim: &Sim) -> Item<'s> {
        while let Some(statement) = script.statements.get(self.next) {
            if self.playing && matches!(statement.kind, Stmt::Goal(_)) {
                self.next = script.statements.len();
                break;
            }
            let index = self.next;
            self.next += 1;
            match &statement.kind {
                Stmt::Title(_)
                | Stmt::Goal(_)
                | Stmt::Hint(_)
                | Stmt::Translation { .. }
                | Stmt::Lesson(_)
                | Stmt::Capture(_)
                | Stmt::Ask(_)
                | Stmt::Numbering(_)
                | Stmt::Choice(_) => {}
                Stmt::Say(_) => return Item::Say(index),
                Stmt::Expect(Check::Goal) => {
                    return Item::Checked(Checked {
                        line: statement.line,
                        goal: true,
                        outcome: check_goals(sim, goals_before(script, index)),
                    })
                }
                Stmt::Expect(c) => {
                    return Item::Checked(Checked {
                        line: statement.line,
                        goal: false,
                        outcome: check(sim, c),
                    })
                }
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
                | Stmt::Run(_) => return Item::Act(statement),
            }
        }
        Item::End
    }

    /// Whether nothing is left to step through: only goals, hints and
    /// translations (a challenge's task for the student) remain, or, as a
    /// student steps it, the next line is a goal.
    pub fn done(&self, script: &Script) -> bool {
        let rest = &script.statements[self.next.min(script.statements.len())..];
        if self.playing
            && rest
                .iter()
                .find(|s| !matches!(s.kind, Stmt::Hint(_) | Stmt::Translation { .. }))
                .is_some_and(|s| matches!(s.kind, Stmt::Goal(_)))
        {
            return true;
        }
        rest.iter().all(|s| {
            matches!(
                s.kind,
                Stmt::Goal(_)
                    | Stmt::Hint(_)
                    | Stmt::Translation { .. }
                    | Stmt::Lesson(_)
                    | Stmt::Capture(_)
                    | Stmt::Numbering(_)
            )
        })
    }

    /// The index of a challenge's first goal, where a student's stepping
    /// ends (the lines after it are the teacher's solution, if any).
    pub fn solution_from(script: &Script) -> Option<usize> {
        script
            .statements
            .iter()
            .position(|s| matches!(s.kind, Stmt::Goal(_)))
    }
}

/// Every `goal` of a script: a script with goals is a challenge.
pub fn goals(script: &Script) -> impl Iterator<Item = (usize, &Check)> {
    script.statements.iter().filter_map(|s| match &s.kind {
        Stmt::Goal(c) => Some((s.line, c)),
        _ => None,
    })
}

/// The goals written before statement `index` (what `expect goal` checks).
fn goals_before(script: &Script, index: usize) -> Vec<&Check> {
    script.statements[..index]
        .iter()
        .filter_map(|s| match &s.kind {
            Stmt::Goal(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Checks every goal; `Err` says which one does not hold yet.
pub fn check_goals<'c>(
    sim: &Sim,
    goals: impl IntoIterator<Item = &'c Check>,
) -> Result<(), Mismatch> {
    let mut any = false;
    for goal in goals {
        any = true;
        check_goal(sim, goal)?;
    }
    if any {
        Ok(())
    } else {
        Err(Mismatch::NoGoals)
    }
}

/// Checks one goal: why it is not reached yet, if it is not.
fn check_goal(sim: &Sim, goal: &Check) -> Result<(), Mismatch> {
    check(sim, goal).map_err(|why| Mismatch::Goal(Box::new(why)))
}

/// A challenge's task: its first `say` (shown for the whole challenge).
pub fn task(script: &Script) -> Option<usize> {
    script
        .statements
        .iter()
        .position(|s| matches!(s.kind, Stmt::Say(_)))
}

/// Whether a script is a lesson or a challenge (it narrates, or has
/// goals) rather than a plain session or test.
pub fn is_lesson(script: &Script) -> bool {
    script
        .statements
        .iter()
        .any(|s| matches!(s.kind, Stmt::Say(_) | Stmt::Goal(_)))
}

/// What checking a whole lesson found: every `expect` and `expect goal` in
/// order (and any action that could not run), then each `goal` against the
/// state the lesson's own steps leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Each check, in the order it ran; goals last.
    pub checks: Vec<Checked>,
}

impl Report {
    /// Whether every check held.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.outcome.is_ok())
    }
}

/// Checks a whole lesson on a fresh simulation, a slice of work at a
/// time (the in-browser checker gives the page back between slices). It
/// reports every check rather than stopping at the first failure: an
/// action that fails (a `deliver` with the wire empty) is reported on its
/// line and the lesson goes on.
#[derive(Debug)]
pub struct Checker {
    script: Script,
    sim: Sim,
    stepper: Stepper,
    /// A long statement under way: its index and where it is.
    running: Option<(usize, crate::sim::Running)>,
    report: Report,
    finished: bool,
}

impl Checker {
    /// A checker for `script`; nothing runs yet.
    pub fn new(script: Script) -> Checker {
        Checker {
            script,
            sim: Sim::default(),
            stepper: Stepper::default(),
            running: None,
            report: Report::default(),
            finished: false,
        }
    }

    /// Events run so far.
    pub fn events(&self) -> usize {
        self.sim.trace().len()
    }

    /// Runs about `events` more events (a statement that is not long is
    /// never cut); true once the whole lesson is checked.
    pub fn work(&mut self, events: usize) -> bool {
        let start = self.sim.trace().len();
        while !self.finished && self.sim.trace().len() - start < events {
            if let Some((i, mut running)) = self.running.take() {
                let statement = &self.script.statements[i];
                match super::resume(&mut self.sim, statement, &mut running, events.max(1)) {
                    Ok(true) => {}
                    Ok(false) => self.running = Some((i, running)),
                    Err(f) => self.fail(f),
                }
                continue;
            }
            match self.stepper.step(&self.script, &self.sim) {
                Item::Act(statement) => match super::begin(&mut self.sim, statement) {
                    Ok(None) => {}
                    Ok(Some(running)) => {
                        self.running = Some((self.stepper.next() - 1, running));
                    }
                    Err(f) => self.fail(f),
                },
                Item::Say(say) => {
                    let found = super::question::predict(&self.sim, &self.script, say);
                    for (i, found) in found {
                        if let Err(why) = found {
                            self.report.checks.push(Checked {
                                line: self.script.statements[i].line,
                                goal: false,
                                outcome: Err(Mismatch::Unanswerable(why)),
                            });
                        }
                    }
                }
                Item::Checked(c) => self.report.checks.push(c),
                Item::End => {
                    for (line, goal) in goals(&self.script) {
                        self.report.checks.push(Checked {
                            line,
                            goal: true,
                            outcome: check_goal(&self.sim, goal),
                        });
                    }
                    self.finished = true;
                }
            }
        }
        self.finished
    }

    fn fail(&mut self, failure: super::Failure) {
        self.report.checks.push(Checked {
            line: failure.line,
            goal: false,
            outcome: Err(Mismatch::refused(failure)),
        });
    }

    /// What the checks said so far (all of it once [`Checker::work`] is done).
    pub fn report(&self) -> &Report {
        &self.report
    }
}

/// Checks a whole lesson in one go (see [`Checker`]).
pub fn check_all(script: &Script) -> Report {
    let mut checker = Checker::new(script.clone());
    while !checker.work(usize::MAX) {}
    checker.report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;

    fn items(text: &str) -> Vec<String> {
        let script = parse(text).unwrap();
        let mut sim = Sim::default();
        let mut stepper = Stepper::default();
        let mut seen = Vec::new();
        loop {
            match stepper.step(&script, &sim) {
                Item::Act(s) => {
                    seen.push(format!("act {}", s.line));
                    crate::scenario::exec(&mut sim, s).unwrap();
                }
                Item::Say(i) => seen.push(format!("say {}", script.statements[i].line)),
                Item::Checked(c) => seen.push(format!("check {} {}", c.line, c.outcome.is_ok())),
                Item::End => return seen,
            }
        }
    }

    #[test]
    fn the_stepper_yields_actions_narration_and_checks_in_order() {
        let text = "title \"T\"\nserver listen\nsay \"Connect\"\nclient connect\nrun\nexpect client ESTABLISHED\nexpect server CLOSED\nhint \"h\"\n";
        assert_eq!(
            items(text),
            [
                "act 2",
                "say 3",
                "act 4",
                "act 5",
                "check 6 true",
                "check 7 false"
            ]
        );
    }

    #[test]
    fn expect_goal_checks_the_goals_written_before_it() {
        let solved = "server listen\nclient connect\nrun\ngoal client ESTABLISHED\nexpect goal\n";
        assert_eq!(items(solved).last().unwrap(), "check 5 true");
        let unsolved = "server listen\ngoal client ESTABLISHED\nexpect goal\n";
        assert_eq!(items(unsolved).last().unwrap(), "check 3 false");
        // A goal after the check is not one it checks.
        let none = "expect goal\ngoal client CLOSED\n";
        assert_eq!(items(none), ["check 1 false"]);
    }

    #[test]
    fn a_lesson_is_done_when_only_goals_and_hints_remain() {
        let script =
            parse("server listen\nsay \"Task\"\ngoal server LISTEN\nhint \"h\"\n").unwrap();
        let mut stepper = Stepper::default();
        let sim = Sim::default();
        assert!(!stepper.done(&script));
        assert!(matches!(stepper.step(&script, &sim), Item::Act(_)));
        assert_eq!(stepper.step(&script, &sim), Item::Say(1));
        assert!(stepper.done(&script));
        assert_eq!(task(&script), Some(1));
    }

    #[test]
    fn a_student_never_runs_the_solution_written_after_a_challenges_goals() {
        let script = parse("server listen\nsay \"Reach ESTABLISHED\"\ngoal client ESTABLISHED\nclient connect\nrun\nexpect goal\n").unwrap();
        let sim = Sim::default();
        let mut student = Stepper::default().playing();
        assert!(matches!(student.step(&script, &sim), Item::Act(_)));
        assert_eq!(student.step(&script, &sim), Item::Say(1));
        assert!(student.done(&script));
        assert_eq!(student.step(&script, &sim), Item::End);
        // The checker runs the solution and proves the challenge solvable.
        assert!(crate::scenario::run_script(&script).is_ok());
    }

    #[test]
    fn checking_a_whole_lesson_lists_every_check_and_goes_on_past_failures() {
        let text = "server listen\nexpect server CLOSED\ndeliver\nclient connect\nrun\nexpect client ESTABLISHED\ngoal server CLOSED\ngoal client ESTABLISHED\n";
        let report = check_all(&parse(text).unwrap());
        let summary: Vec<(usize, bool, bool)> = report
            .checks
            .iter()
            .map(|c| (c.line, c.goal, c.outcome.is_ok()))
            .collect();
        assert_eq!(
            summary,
            [
                (2, false, false),
                (3, false, false),
                (6, false, true),
                (7, true, false),
                (8, true, true)
            ]
        );
        assert!(!report.passed());
        // In slices, the same report.
        let mut checker = Checker::new(parse(text).unwrap());
        let mut slices = 0;
        while !checker.work(1) {
            slices += 1;
        }
        assert!(slices > 3);
        assert_eq!(checker.report(), &report);
    }

    #[test]
    fn a_file_with_goals_is_a_lesson_even_without_narration() {
        assert!(is_lesson(&parse("goal server LISTEN\n").unwrap()));
        assert!(is_lesson(&parse("say \"x\"\n").unwrap()));
        assert!(!is_lesson(&parse("client send \"say hello\"\n").unwrap()));
    }
}
