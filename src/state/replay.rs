//! Replaying scenario text (a saved session, a share link, a file) in
//! slices of bounded work, so that a long one never blocks the page: the
//! app shows the progress and a Stop button between slices, and the
//! student's own actions wait until it ends. Cost grows linearly with the
//! text: only the last steps become moments of the timeline.

use super::long::{By, Record, Started};
use super::{AppState, Notice, Source, TIMELINE_STEPS};
use crate::i18n::Text;
use std::rc::Rc;
use tcp_engine::limits::{MAX_SCRIPT_BYTES, MAX_STATEMENTS};
use tcp_engine::scenario::{self, Failure, Statement, Stmt};

/// Statements run in one slice at most.
pub const SLICE_STATEMENTS: usize = 150;
/// Statements that become steps of the timeline run in one slice at most.
pub const SLICE_STEPS: usize = 10;
/// Events one slice may add before it yields (a statement is never cut).
pub const SLICE_EVENTS: usize = 8_000;

/// A replay under way.
#[derive(Clone, Debug)]
pub struct Replay {
    /// Where the text came from.
    pub source: Source,
    /// Parsed statements, from statement `chunk_start` on.
    chunk: Rc<[Statement]>,
    chunk_start: usize,
    /// The text still to parse, for one parsed as it runs.
    rest: Option<Rest>,
    total: usize,
    /// Statements run so far.
    pub next: usize,
    /// From this statement on, each becomes a step of the timeline.
    first_step: usize,
}

/// Where the unparsed rest of a text begins.
#[derive(Clone, Debug)]
struct Rest {
    text: Rc<str>,
    at: usize,
    line: usize,
}

impl Replay {
    fn new(source: Source, chunk: Rc<[Statement]>, rest: Option<Rest>, total: usize) -> Replay {
        Replay {
            source,
            chunk,
            chunk_start: 0,
            rest,
            total,
            next: 0,
            first_step: total.saturating_sub(TIMELINE_STEPS),
        }
    }

    /// How many statements there are.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Parses the statements from `next` on (a slice's worth), once the
    /// ones parsed before have all run.
    fn parse_ahead(&mut self) -> Result<(), Failure> {
        let Some(rest) = &mut self.rest else {
            return Ok(());
        };
        if self.next < self.chunk_start + self.chunk.len() {
            return Ok(());
        }
        let mut chunk = Vec::with_capacity(SLICE_STATEMENTS);
        let tail = &rest.text[rest.at..];
        let mut used = 0;
        for line in tail.split_inclusive('\n') {
            if chunk.len() == SLICE_STATEMENTS {
                break;
            }
            used += line.len();
            rest.line += 1;
            let line = line.strip_suffix('\n').unwrap_or(line);
            let kind = scenario::parse_line(line, rest.line).map_err(|e| Failure {
                line: e.line,
                col: 0,
                message: e.message,
                cause: None,
            })?;
            if let Some(kind) = kind {
                chunk.push(Statement {
                    line: rest.line,
                    kind,
                });
            }
        }
        rest.at += used;
        if chunk.is_empty() {
            // Nothing left (the count said otherwise): the replay ends here.
            self.total = self.next;
        }
        self.chunk_start = self.next;
        self.chunk = chunk.into();
        Ok(())
    }
}

impl PartialEq for Replay {
    fn eq(&self, other: &Replay) -> bool {
        self.source == other.source
            && Rc::ptr_eq(&self.chunk, &other.chunk)
            && self.next == other.next
    }
}

/// Starts replaying `text` into a new session; nothing runs yet. Text that
/// does not parse is refused whole, with its line and column.
pub fn start(source: Source, text: &str, session_id: u32) -> Result<AppState, Text> {
    let script = scenario::parse(text).map_err(|e| match scenario::format_of(text) {
        Some(format) if format > scenario::FORMAT => newer(source, format),
        _ => unreadable(source, e),
    })?;
    let total = script.statements.len();
    let mut state = AppState::blank(session_id);
    // A session that began as a capture's replay shows it as it did: the
    // replay's bookkeeping hidden, its segments numbered.
    let capture = script.statements.iter().rev().find_map(|s| match &s.kind {
        Stmt::Capture(at) => Some(at),
        _ => None,
    });
    if let Some(at) = capture {
        state.capture_end = usize::try_from(at.events).unwrap_or(usize::MAX);
        let numbers = crate::capture::Numbers::new(at.ids.clone());
        state.capture_numbers = Some(Rc::new(numbers));
    }
    state.replay = Some(Replay::new(source, script.statements.into(), None, total));
    Ok(state)
}

/// Starts replaying a long text the app wrote itself (a capture's replay),
/// parsing it a slice at a time as it runs, so that opening it does not
/// hold the page for the whole parse. A line that does not parse ends the
/// replay there, as a line that fails does.
pub fn start_parsing(source: Source, text: Rc<str>, session_id: u32) -> Result<AppState, Text> {
    let at_most = |line, message| {
        unreadable(
            source,
            scenario::ParseError {
                line,
                col: 1,
                message,
                unknown: None,
                expecting: None,
            },
        )
    };
    if text.len() > MAX_SCRIPT_BYTES {
        return Err(at_most(
            1,
            format!("a scenario may have at most {MAX_SCRIPT_BYTES} bytes"),
        ));
    }
    let total = scenario::count_statements(&text);
    if total > MAX_STATEMENTS {
        return Err(at_most(
            1,
            format!("a scenario may have at most {MAX_STATEMENTS} statements"),
        ));
    }
    let rest = Rest {
        text,
        at: 0,
        line: 0,
    };
    let mut state = AppState::blank(session_id);
    state.replay = Some(Replay::new(source, Rc::from([]), Some(rest), total));
    Ok(state)
}

/// A text from a later version, in a format this one cannot read.
fn newer(source: Source, format: u32) -> Text {
    Text::msg(
        "notice-restore-newer",
        vec![
            ("source", source.name().into()),
            ("format", format.into()),
            ("version", env!("CARGO_PKG_VERSION").into()),
        ],
    )
}

fn unreadable(source: Source, e: scenario::ParseError) -> Text {
    Text::msg(
        "notice-restore-unreadable",
        vec![
            ("source", source.name().into()),
            ("line", e.line.into()),
            ("col", e.col.into()),
            ("message", Text::parse_error(&e).into()),
        ],
    )
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
        let first_step = replay.first_step;
        if let Some(Err(failure)) = self.replay.as_mut().map(Replay::parse_ahead) {
            self.fail_replay(failure);
            return;
        }
        let Some(replay) = self.replay.as_ref() else {
            return;
        };
        let (chunk, chunk_start) = (replay.chunk.clone(), replay.chunk_start);
        let events_at_start = self.sim.trace().len();
        let mut ran = 0;
        loop {
            let Some(replay) = self.replay.as_ref() else {
                // A line failed: the replay has ended.
                return;
            };
            let i = replay.next;
            if i >= replay.total {
                break;
            }
            let Some(statement) = chunk.get(i - chunk_start) else {
                // The next slice parses the next statements.
                return;
            };
            // A step of the timeline costs more (a moment kept to go back
            // to), so fewer run in one slice.
            let most = if i < first_step {
                SLICE_STATEMENTS
            } else {
                SLICE_STEPS
            };
            if ran >= most || self.sim.trace().len() - events_at_start >= SLICE_EVENTS {
                return;
            }
            ran += 1;
            let statement = statement.clone();
            // The lesson the session followed: it goes on where it was.
            if let Stmt::Lesson(at) = &statement.kind {
                self.lesson = super::Lesson::resume(at).map(std::rc::Rc::new);
                // As when it was opened: a restored lesson shows its numbering.
                self.show_lesson_numbering();
                if let Some(replay) = &mut self.replay {
                    replay.next += 1;
                }
                continue;
            }
            // The capture the session began as: taken in `start`.
            if let Stmt::Capture(_) = &statement.kind {
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
