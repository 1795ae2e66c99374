//! Replaying scenario text (a saved session, a share link, a file) in
//! slices of bounded work, so that a long one never blocks the page: the
//! app shows the progress and a Stop button between slices, and the
//! student's own actions wait until it ends. Cost grows linearly with the
//! text: only the last steps become moments of the timeline.

use super::long::{By, Record, Started};
use super::{AppState, Notice, Source, TIMELINE_STEPS};
use crate::i18n::Text;
use std::rc::Rc;
use tcp_engine::scenario::{self, Failure, Script, Stmt};

/// Statements run in one slice at most.
pub const SLICE_STATEMENTS: usize = 150;
/// Events one slice may add before it yields (a statement is never cut).
pub const SLICE_EVENTS: usize = 8_000;

/// A replay under way.
#[derive(Clone, Debug)]
pub struct Replay {
    /// Where the text came from.
    pub source: Source,
    script: Rc<Script>,
    /// Statements run so far.
    pub next: usize,
    /// From this statement on, each becomes a step of the timeline.
    first_step: usize,
}

impl Replay {
    /// How many statements there are.
    pub fn total(&self) -> usize {
        self.script.statements.len()
    }
}

impl PartialEq for Replay {
    fn eq(&self, other: &Replay) -> bool {
        self.source == other.source
            && Rc::ptr_eq(&self.script, &other.script)
            && self.next == other.next
    }
}

/// Starts replaying `text` into a new session; nothing runs yet. Text that
/// does not parse is refused whole, with its line and column.
pub fn start(source: Source, text: &str, session_id: u32) -> Result<AppState, Text> {
    let script = scenario::parse(text).map_err(|e| {
        Text::msg(
            "notice-restore-unreadable",
            vec![
                ("source", source.name().into()),
                ("line", e.line.into()),
                ("col", e.col.into()),
                ("message", e.message.into()),
            ],
        )
    })?;
    let mut state = AppState::blank(session_id);
    state.replay = Some(Replay {
        source,
        first_step: script.statements.len().saturating_sub(TIMELINE_STEPS),
        script: Rc::new(script),
        next: 0,
    });
    Ok(state)
}

impl AppState {
    /// Runs the next slice of the replay under way. A line that fails (at a
    /// limit, or a wire operation that selects nothing) ends the replay
    /// there: what ran before it is kept and the message names the line. A
    /// long line goes on in slices of its own ([`AppState::long`]).
    pub(super) fn replay_slice(&mut self) {
        let Some(replay) = self.replay.as_ref() else {
            return;
        };
        let script = replay.script.clone();
        let first_step = replay.first_step;
        let events_at_start = self.sim.trace().len();
        let mut ran = 0;
        loop {
            let Some(replay) = self.replay.as_ref() else {
                // A line failed: the replay has ended.
                return;
            };
            let i = replay.next;
            let Some(statement) = script.statements.get(i) else {
                break;
            };
            if ran == SLICE_STATEMENTS || self.sim.trace().len() - events_at_start >= SLICE_EVENTS {
                return;
            }
            ran += 1;
            let statement = statement.clone();
            // The lesson the session followed: it goes on where it was.
            if let Stmt::Lesson(at) = &statement.kind {
                self.lesson = super::Lesson::resume(at);
                if let Some(replay) = &mut self.replay {
                    replay.next += 1;
                }
                continue;
            }
            // A leading `seed` is where the session starts, as in a new one.
            let seed = i == 0 && matches!(statement.kind, Stmt::Seed(_));
            let mut started = Started::Done;
            if i < first_step || seed {
                started = self.start(statement, By::Replay, Record::Push);
                self.index_trace();
                if seed {
                    self.timeline.clear();
                    self.commit(false);
                }
            } else {
                self.act_in_place(false, |s| {
                    started = s.start(statement, By::Replay, Record::Push)
                });
            }
            match started {
                Started::Done => {
                    if let Some(replay) = &mut self.replay {
                        replay.next += 1;
                    }
                }
                // Told by `fail_replay`, which ended the replay.
                Started::Failed => return,
                // The statement's own slices go on; the replay after them.
                Started::Going => return,
            }
        }
        if let Some(replay) = self.replay.take() {
            // Every line ran: nothing to tell (what a line told is history).
            self.notice = None;
            // A lesson named at the end belongs to the step it ends on.
            if let (Some(lesson), Some(last)) = (&self.lesson, self.timeline.last_mut()) {
                std::rc::Rc::make_mut(last).lesson = Some(lesson.clone());
            }
            self.finish_replay(replay.source);
        }
    }

    /// Ends the replay at a line that failed; what ran before it is kept.
    pub(super) fn fail_replay(&mut self, failure: Failure) {
        let Some(replay) = self.replay.take() else {
            return;
        };
        self.notice = Some(Notice {
            error: true,
            text: Text::msg(
                "notice-restore-stops",
                vec![
                    ("source", replay.source.name().into()),
                    ("line", failure.line.into()),
                    ("message", Text::failure(failure).into()),
                ],
            ),
        });
        self.finish_replay(replay.source);
    }

    /// Ends the replay under way where it is (the Stop button).
    pub(super) fn stop_replay(&mut self) {
        if let Some(replay) = self.replay.take() {
            self.notice = Some(Notice {
                error: false,
                text: Text::msg(
                    "notice-replay-stopped",
                    vec![
                        ("source", replay.source.name().into()),
                        ("done", replay.next.into()),
                        ("total", replay.total().into()),
                    ],
                ),
            });
            self.finish_replay(replay.source);
        }
    }

    fn finish_replay(&mut self, source: Source) {
        // Nothing the student did yet: opening writes nothing.
        self.dirty = false;
        self.replaces_saved = source != Source::Saved;
        if self.notice.is_some() {
            // The full text is kept aside (see storage).
            self.restore_failed = Some(source);
        }
    }
}

/// Replays `text` to the end (tests, and texts short enough for one go).
pub fn restore(source: Source, text: &str, session_id: u32) -> Result<AppState, Text> {
    let mut state = start(source, text, session_id)?;
    while state.busy() {
        state.work();
    }
    Ok(state)
}
