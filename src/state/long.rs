//! Statements, and long ones in slices. A long `advance` or `run` (a lossy
//! link with a 1 ms timeout may fire 200,000 events) would block the page
//! for seconds in one go: it runs [`SLICE_EVENTS`] events at a time, the
//! app shows how far it got and a Stop button between slices, and the
//! step joins the timeline only when it is finished. A statement that
//! fails or is stopped leaves nothing half-done: the state goes back to
//! where it was before it, so the screen, the saved session and the
//! timeline agree.

use super::{AppState, Notice, SLICE_EVENTS};

/// Events of a statement's first slice: it runs in the task of the action
/// that started it, before the whole page is drawn again in that task, so
/// it is a quarter of the later ones (a short statement still finishes at
/// once, without a progress bar flashing by).
const FIRST_SLICE_EVENTS: usize = SLICE_EVENTS / 4;
use crate::i18n::Text;
use std::time::Duration;
use tcp_engine::log::Log;
use tcp_engine::scenario::{self, Failure, Statement, Stmt};
use tcp_engine::sim::{Running, Sim};

/// A long statement under way.
#[derive(Clone, Debug)]
pub struct Long {
    statement: Statement,
    running: Running,
    undo: Undo,
    by: By,
    /// How the statement joins the session when it is finished.
    record: Record,
    /// Statements to start after this one (the parts of a long gap).
    then: Vec<Stmt>,
    /// The action it belongs to, finished (and made a step of the
    /// timeline) when the statement is.
    pub(super) act: Option<ActStart>,
}

impl Long {
    /// Events run so far.
    pub fn events(&self) -> usize {
        self.running.events()
    }

    /// The statement under way.
    pub fn statement(&self) -> &Stmt {
        &self.statement.kind
    }
}

/// Who started a statement: where its failure is told, and what goes on
/// once it is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// The student's own action.
    Student,
    /// A lesson's statement at this index.
    Lesson(usize),
    /// A replay (the replay goes on at its next slice).
    Replay,
}

/// How a finished statement joins the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    /// As itself.
    Push,
    /// Play mode: merged into the session's last `advance`, of this
    /// duration, so that play does not add a statement per frame.
    MergeAdvance(Duration),
}

/// What an action started from, to finish it (maybe slices later).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActStart {
    pub(super) trace: usize,
    pub(super) session: usize,
    pub(super) ticking: bool,
}

/// The state before a statement, to go back to. Cheap: shared chunks.
#[derive(Clone, Debug)]
struct Undo {
    sim: Sim,
    session: Log<Stmt>,
    rows: Log<u32>,
    sent_row: Log<u32>,
    hidden: Log<u32>,
    indexed: usize,
}

/// How starting a statement went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Started {
    /// It ran and joined the session.
    Done,
    /// It failed and was undone; the failure is told.
    Failed,
    /// It goes on in slices ([`AppState::long`]).
    Going,
}

impl AppState {
    /// Starts a statement; a long one runs its first `events` now and goes
    /// on in later slices.
    pub(super) fn start(&mut self, statement: Statement, by: By, record: Record) -> Started {
        // Only `advance` and `run` go on in slices, and can fail halfway:
        // every other statement fails before it changes anything, so it
        // needs no copy of the state to go back to (copying the simulation
        // for each of a long replay's statements cost more than running them).
        let long_capable = matches!(statement.kind, Stmt::Advance(_) | Stmt::Run(_));
        let undo = long_capable.then(|| Undo {
            sim: self.sim.clone(),
            session: self.session.clone(),
            rows: self.rows.clone(),
            sent_row: self.sent_row.clone(),
            hidden: self.hidden.clone(),
            indexed: self.indexed,
        });
        match scenario::begin(&mut self.sim, &statement) {
            Ok(None) => {
                self.join(&statement.kind, record);
                Started::Done
            }
            Ok(Some(mut running)) => match self.slice(&statement, &mut running, FIRST_SLICE_EVENTS)
            {
                Ok(true) => {
                    self.join(&statement.kind, record);
                    Started::Done
                }
                Ok(false) => {
                    let Some(undo) = undo else {
                        // Not expected: only advance and run go on in
                        // slices. Without a copy to go back to, it is
                        // finished in one go rather than stopped halfway.
                        loop {
                            match self.slice(&statement, &mut running, SLICE_EVENTS) {
                                Ok(false) => continue,
                                Ok(true) => break,
                                Err(failure) => {
                                    self.failed(by, failure);
                                    return Started::Failed;
                                }
                            }
                        }
                        self.join(&statement.kind, record);
                        return Started::Done;
                    };
                    self.long = Some(Long {
                        statement,
                        running,
                        undo,
                        by,
                        record,
                        then: Vec::new(),
                        act: None,
                    });
                    Started::Going
                }
                Err(failure) => {
                    if let Some(undo) = undo {
                        self.undo(undo);
                    }
                    self.failed(by, failure);
                    Started::Failed
                }
            },
            Err(failure) => {
                if let Some(undo) = undo {
                    self.undo(undo);
                }
                self.failed(by, failure);
                Started::Failed
            }
        }
    }

    /// Runs events of a long statement until the trace has grown by about
    /// `events` entries (what the ladder's rows cost); true once it is
    /// finished.
    fn slice(
        &mut self,
        statement: &Statement,
        running: &mut Running,
        events: usize,
    ) -> Result<bool, Failure> {
        let from = self.sim.trace().len();
        while self.sim.trace().len() - from < events {
            if scenario::resume(&mut self.sim, statement, running, events / 40)? {
                self.index_trace();
                return Ok(true);
            }
        }
        self.index_trace();
        Ok(false)
    }

    /// Runs a statement the student asked for, and the ones after it.
    pub(super) fn start_all(&mut self, mut statements: Vec<Stmt>) -> Started {
        statements.reverse();
        while let Some(kind) = statements.pop() {
            let statement = Statement { line: 0, kind };
            match self.start(statement, By::Student, Record::Push) {
                Started::Done => {}
                Started::Failed => return Started::Failed,
                Started::Going => {
                    if let Some(long) = &mut self.long {
                        statements.reverse();
                        long.then = statements;
                    }
                    return Started::Going;
                }
            }
        }
        Started::Done
    }

    /// Runs the next slice of the long statement under way.
    pub(super) fn long_slice(&mut self) -> Started {
        let Some(mut long) = self.long.take() else {
            return Started::Done;
        };
        let statement = long.statement.clone();
        match self.slice(&statement, &mut long.running, SLICE_EVENTS) {
            Ok(false) => {
                self.long = Some(long);
                Started::Going
            }
            Ok(true) => {
                self.join(&long.statement.kind, long.record);
                self.finished(long, true);
                Started::Done
            }
            Err(failure) => {
                let by = long.by;
                self.undo(long.undo.clone());
                self.failed(by, failure);
                self.finished(long, false);
                Started::Failed
            }
        }
    }

    /// Stops the long statement under way (the Stop button): it is undone,
    /// and a replay it belongs to ends before it.
    pub(super) fn stop_long(&mut self) {
        let Some(long) = self.long.take() else {
            return;
        };
        self.undo(long.undo.clone());
        if let By::Lesson(at) = long.by {
            if let Some(lesson) = self.lesson.as_mut().map(std::rc::Rc::make_mut) {
                lesson.stepper = tcp_engine::scenario::Stepper::at(at).playing();
            }
        }
        if long.by == By::Replay {
            self.stop_replay();
        } else {
            self.notice = Some(Notice {
                error: false,
                text: Text::msg(
                    "notice-step-stopped",
                    vec![("events", long.events().into())],
                ),
            });
        }
        if let Some(act) = long.act {
            self.end_act(act);
        }
    }

    /// Goes on after a long statement, finished or failed: the student's
    /// next statements only after a success, a lesson's (to its next
    /// narration) in any case, as when they run in one go.
    fn finished(&mut self, long: Long, ok: bool) {
        let going = match long.by {
            By::Student => ok && self.start_all(long.then) == Started::Going,
            By::Lesson(_) => {
                self.lesson_step();
                self.long.is_some()
            }
            By::Replay => {
                if let Some(replay) = self.replay.as_mut().filter(|_| ok) {
                    replay.next += 1;
                }
                false
            }
        };
        match (long.act, &mut self.long) {
            (Some(act), Some(next)) if going => next.act = Some(act),
            (Some(act), _) => self.end_act(act),
            (None, _) => {}
        }
    }

    /// A statement joins the session.
    fn join(&mut self, kind: &Stmt, record: Record) {
        match (record, kind) {
            (Record::MergeAdvance(previous), Stmt::Advance(d)) => {
                self.session
                    .set_last(Stmt::Advance(previous.saturating_add(*d)));
            }
            // A lesson is not a step: the session names it at its end.
            // Nor is a capture's: the session names it at its end.
            (_, Stmt::Lesson(_) | Stmt::Capture(_)) => {}
            _ => self.session.push(kind.clone()),
        }
    }

    fn undo(&mut self, undo: Undo) {
        self.sim = undo.sim;
        self.session = undo.session;
        self.rows = undo.rows;
        self.sent_row = undo.sent_row;
        self.hidden = undo.hidden;
        self.indexed = undo.indexed;
    }

    /// Tells a failure where its statement came from.
    fn failed(&mut self, by: By, failure: Failure) {
        match by {
            By::Student => {
                self.playing = false;
                self.notice = Some(Notice {
                    error: true,
                    text: Text::failure(failure),
                });
            }
            // Listed with the lesson's checks (see `lesson_step`).
            By::Lesson(_) => self.lesson_failure = Some(failure),
            By::Replay => self.fail_replay(failure),
        }
    }
}
