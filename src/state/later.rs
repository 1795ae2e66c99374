//! What the reducer reaches only once the student acts: every action that
//! changes the simulation (running a statement, the clock, what is done
//! to the wire), restoring a session (a saved one, a share link, a file),
//! a lesson and its steps, a capture's replay, and the later slices of
//! that work. With the `split` feature it is a wasm chunk of its own (with
//! the engine's stepping, the statement runner, the scenario parser, the
//! lesson runner and the checks it alone uses), so the first screen, which
//! only shows a fresh simulation, never loads it; prefetched once the page
//! is idle, and loaded by the first action if that comes sooner.
//!
//! The reducer stays synchronous: [`dispatch`] loads the chunk before it
//! hands the reducer an action that needs it ([`Action::needs_chunk`]),
//! and every action that arrives meanwhile waits behind it, in order.

use super::{Action, AppState, LessonSource, Notice, Source};
use crate::capture::Opened;
use crate::components::lazy;
use crate::i18n::Text;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tcp_engine::scenario;
use tcp_engine::sim::Side;
use tcp_engine::Segment;
use yew::Callback;

/// What the chunk does to the state.
#[derive(Debug)]
pub enum Later {
    /// [`Action::Do`].
    Do(scenario::Stmt),
    /// [`Action::OnWire`].
    OnWire(u64, super::WireOp),
    /// [`Action::ReleaseEdited`].
    ReleaseEdited(Side, usize, Segment),
    /// [`Action::Tick`].
    Tick(Duration),
    /// [`Action::StepEvent`].
    StepEvent,
    /// [`Action::NextTimer`].
    NextTimer,
    /// [`Action::LoadLesson`].
    LoadLesson(LessonSource),
    /// [`Action::LessonNext`].
    LessonNext,
    /// [`Action::LessonAnswer`]: the answers given, then the step runs.
    LessonAnswer(Vec<super::quiz::Given>),
    /// [`Action::LessonFill`].
    LessonFill(usize, super::quiz::Given),
    /// [`Action::Restore`]: a file that narrates or has goals opens as a
    /// lesson.
    Restore(Source, String),
    /// [`Action::ResumeLesson`].
    Resume(String),
    /// [`Action::OpenCapture`].
    OpenCapture(Rc<Opened>),
    /// [`Action::Continue`].
    Continue,
    /// A challenge's goals are checked after each action.
    CheckChallenge,
    /// [`Action::Undo`], [`Action::Redo`] and [`Action::Jump`]: a moment of
    /// the timeline, if there is one (the timeline only has moments once
    /// this chunk has acted, so going back never waits in practice).
    Travel(Option<usize>),
}

/// The chunk's entry point.
pub type Entry = fn(&mut AppState, Later);

crate::lazy_part!(
    /// The reducer's part that opens and runs sessions, lessons and
    /// captures.
    pub SESSIONS, sessions, Entry, run
);

impl Action {
    /// Whether the reducer needs the chunk of [`SESSIONS`] to do it.
    pub fn needs_chunk(&self) -> bool {
        match self {
            Action::Do(_)
            | Action::OnWire(..)
            | Action::ReleaseEdited(..)
            | Action::Tick(_)
            | Action::StepEvent
            | Action::NextTimer
            | Action::LoadLesson(_)
            | Action::LessonNext
            | Action::LessonAnswer(_)
            | Action::Restore(..)
            | Action::ResumeLesson(_)
            | Action::LessonFill(..)
            | Action::OpenCapture(_)
            | Action::Undo
            | Action::Redo
            | Action::Jump(_)
            | Action::Continue => true,
            Action::LeaveLesson
            | Action::ShowHint
            | Action::Reset(_)
            | Action::SetPlaying(_)
            | Action::SetSpeed(_)
            | Action::SetRelative(_)
            | Action::Select(_)
            | Action::Notify(_)
            | Action::Dismiss
            | Action::Stop => false,
        }
    }
}

/// The chunk could not be loaded (offline before it was ever fetched):
/// the student is told, and may try again.
fn not_loaded() -> Notice {
    Notice {
        error: true,
        text: Text::key("lazy-failed"),
    }
}

/// Does `op` with the chunk; [`dispatch`] has loaded it before the action
/// reached the reducer.
pub(super) fn apply(state: &mut AppState, op: Later) {
    match lazy::now(SESSIONS) {
        Some(entry) => entry(state, op),
        None => state.notice = Some(not_loaded()),
    }
}

/// What waits for the chunk: an action, or something the page does with
/// the session (a share link, an export) after the actions before it.
enum Waiting {
    Action(Action),
    Then(Box<dyn FnOnce()>),
}

thread_local! {
    /// What arrived while the chunk loads, in order; `None` when it is not
    /// loading.
    static WAITING: RefCell<Option<Vec<Waiting>>> = const { RefCell::new(None) };
}

/// Runs `then` once every action that came before it has been done: at
/// once, unless actions wait for the chunk; then in their queue, after
/// them (Share pressed right after a call makes a link with that call).
pub fn after_waiting(then: impl FnOnce() + 'static) {
    let then = WAITING.with_borrow_mut(|waiting| match waiting {
        Some(queue) => {
            queue.push(Waiting::Then(Box::new(then)));
            None
        }
        None => Some(then),
    });
    if let Some(then) = then {
        then();
    }
}

/// Hands `action` to `reducer`: at once, unless it needs the chunk and the
/// chunk is not loaded yet; then the chunk is loaded first, and this
/// action and every one after it wait, in order, until it has arrived (a
/// click is never lost, nor done before one that came first).
pub fn dispatch(reducer: &Callback<Action>, action: Action) {
    let action = WAITING.with_borrow_mut(|waiting| match waiting {
        Some(queue) => {
            queue.push(Waiting::Action(action));
            None
        }
        None => Some(action),
    });
    let Some(action) = action else {
        return;
    };
    if !action.needs_chunk() || lazy::now(SESSIONS).is_some() {
        return reducer.emit(action);
    }
    WAITING.set(Some(vec![Waiting::Action(action)]));
    waiting_shown(true);
    let reducer = reducer.clone();
    lazy::try_with_part(SESSIONS, move |entry| {
        waiting_shown(false);
        let mut told = false;
        for waiting in WAITING.take().unwrap_or_default() {
            match waiting {
                // The reducer runs at once: what comes next reads its state.
                Waiting::Then(then) => then(),
                Waiting::Action(action) if entry.is_some() || !action.needs_chunk() => {
                    reducer.emit(action)
                }
                Waiting::Action(_) => {
                    if !std::mem::replace(&mut told, true) {
                        reducer.emit(Action::Notify(not_loaded()));
                    }
                }
            }
        }
    });
}

/// While actions wait for the chunk, the page says it is busy (to
/// assistive technology, and by the pointer's shape).
fn waiting_shown(busy: bool) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let _ = if busy {
        body.set_attribute("aria-busy", "true")
    } else {
        body.remove_attribute("aria-busy")
    };
}

/// The chunk's entry point.
fn run(state: &mut AppState, op: Later) {
    install();
    match op {
        Later::Do(stmt) => state.act_in_place(false, |s| {
            s.record(stmt);
        }),
        Later::OnWire(id, op) => state.on_wire(id, op),
        Later::ReleaseEdited(side, n, seg) => state.release_edited(side, n, seg),
        Later::Tick(d) => state.act_in_place(true, |s| s.advance(d)),
        Later::StepEvent => state.act_in_place(false, |s| {
            let next = s.sim.next_event_time();
            s.advance_to(next, "notice-nothing-scheduled")
        }),
        // The next timer that fires, once the arrivals before it ran
        // (one of them may cancel the earliest timer).
        Later::NextTimer => state.act_in_place(false, |s| {
            let next = s.sim.next_timer_firing();
            s.advance_to(next, "notice-no-timer")
        }),
        Later::LoadLesson(source) => load_lesson(state, source),
        Later::LessonNext => state.act_in_place(false, AppState::lesson_next),
        Later::LessonAnswer(given) => state.act_in_place(false, |s| s.lesson_answer(&given)),
        Later::LessonFill(line, given) => state.lesson_fill(line, given),
        Later::Restore(Source::File, text) if crate::lessons::is_lesson(&text) => {
            load_lesson(state, LessonSource::text(text))
        }
        Later::Restore(source, text) => restore(state, source, &text),
        Later::Resume(place) => resume(state, &place),
        Later::OpenCapture(opened) => open_capture(state, opened),
        Later::Continue => {
            state.work();
            // Told until the work ends.
            state.refused &= state.busy();
        }
        Later::CheckChallenge => state.check_challenge(),
        Later::Travel(to) => state.travel(to),
    }
}

/// Puts in place what draws the results of this chunk's actions (see
/// [`lazy::Installed`]).
fn install() {
    use crate::components::{endpoint, explain, ladder, wire};
    use crate::i18n::render;
    lazy::install(render::EVENT_TEXT, render::every_event);
    lazy::install(endpoint::TCB_BOXES, endpoint::tcb_boxes);
    lazy::install(endpoint::OUTBOX, endpoint::outbox);
    lazy::install(endpoint::TOLD_AND_TIMERS, endpoint::told_and_timers);
    lazy::install(explain::EXTRA, explain::extra);
    lazy::install(
        crate::components::dock::PROGRESS,
        crate::components::dock::progress,
    );
    lazy::install(ladder::DRAW_ROWS, ladder::drawn);
    lazy::install(ladder::PRINT, ladder::print::view);
    lazy::install(ladder::BLANK_SLOTS, ladder::blank_slots);
    lazy::install(ladder::layout::ROW_LABEL, ladder::layout::row_label);
    lazy::install(wire::LINES, wire::lines);
    lazy::install(super::WRITE_STATEMENTS, super::write_statements);
    lazy::install(crate::hooks::TELL_LESSON, crate::hooks::tell_lesson);
}

fn load_lesson(state: &mut AppState, source: LessonSource) {
    match scenario::parse(&source.text) {
        Ok(script) => *state = state.open_lesson(script, &source),
        Err(e) => {
            let mut args = vec![
                ("line", e.line.into()),
                ("col", e.col.into()),
                ("message", Text::parse_error(&e).into()),
            ];
            // A teacher's file is named, so they know which one.
            let key = match source.url {
                Some(url) => {
                    args.push(("url", url.into()));
                    "notice-lesson-unparsable"
                }
                None => "notice-scenario-unreadable",
            };
            state.notice = Some(Notice {
                error: true,
                text: Text::msg(key, args),
            });
        }
    }
}

fn restore(state: &mut AppState, source: Source, text: &str) {
    match super::replay::start(source, text, state.session_id.wrapping_add(1)) {
        Ok(mut restored) => {
            restored.relative = state.relative_chosen;
            restored.relative_chosen = state.relative_chosen;
            restored.replay_slice();
            *state = restored;
        }
        Err(message) => {
            state.notice = Some(Notice {
                error: true,
                text: message,
            });
            state.restore_failed = Some(source);
        }
    }
}

/// The open lesson goes on at `place` (kept by an LMS): its actions up to
/// there run again, with the answers and hints kept. Nothing happens
/// without a lesson (its own failure to open was told).
fn resume(state: &mut AppState, place: &str) {
    let Some(lesson) = &state.lesson else {
        return;
    };
    match lesson.session_at(place) {
        Ok(text) => restore(state, Source::Link, &text),
        Err(why) => {
            state.notice = Some(Notice {
                error: true,
                text: Text::msg("notice-resume-unreadable", vec![("why", why.into())]),
            })
        }
    }
}

fn open_capture(state: &mut AppState, opened: Rc<Opened>) {
    match super::replay::start_parsing(
        Source::Capture,
        opened.text.clone(),
        state.session_id.wrapping_add(1),
    ) {
        Ok(mut restored) => {
            restored.relative = state.relative_chosen;
            restored.relative_chosen = state.relative_chosen;
            // The replay's slices begin in the next task: this one has
            // taken the text and drawn the panel.
            restored.capture_numbers = Some(Rc::new(opened.segments.clone()));
            restored.capture = Some(opened);
            restored.capture_end = usize::MAX;
            *state = restored;
        }
        Err(message) => {
            state.notice = Some(Notice {
                error: true,
                text: message,
            })
        }
    }
}
