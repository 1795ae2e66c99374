//! The one reducer that owns the simulation (Elm style).
//!
//! Every student action becomes a scenario statement: it runs on the
//! [`Sim`] and is appended to the session, so the session can be saved,
//! restored after a reload and exported in the same language lessons use.
//! What an action asks of the world (saving, work in slices, telling the
//! embedding page, announcing) is recorded as values ([`effects`]) in the
//! state the reducer returns; `shell::use_effects` runs them.

pub mod effects;
#[cfg(test)]
mod formats;
mod later;
mod lesson;
mod long;
mod quiz;
mod replay;

pub use effects::{Effect, Effects, Mark};
pub use later::{after_waiting, dispatch, Later, SESSIONS};

pub use lesson::{localized, Lesson, LessonSource};
pub use quiz::{Asking, Given, Score};

pub use long::Long;
use long::{ActStart, By, Record, Started};
pub use replay::{restore, Replay, SLICE_EVENTS, SLICE_STATEMENTS};

use crate::i18n::Text;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use tcp_engine::log::Log;
use tcp_engine::scenario::{self, Statement, Stmt};
use tcp_engine::sim::{BySide, Event, Selector, Side, Sim};
use tcp_engine::{Segment, Tcb};
use yew::Reducible;

/// A message for the student: what went wrong, or what just happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Shown in red when true.
    pub error: bool,
    /// The words, in the language shown when it is drawn.
    pub text: Text,
}

/// Events kept for the ladder and log (about 25,000 segments): older ones
/// are forgotten, so that a tab left playing for hours stays small. The
/// session's statements, and so share links and reloads, are kept whole.
pub const HISTORY_EVENTS: usize = 100_000;
/// Application data kept per side, for display.
pub const HISTORY_BYTES: usize = 1 << 20;
/// Steps the timeline keeps (undo reaches this far back).
pub const TIMELINE_STEPS: usize = 500;
/// Memory the timeline's steps may own (beyond what they share): 16,000
/// segments on a slow wire would otherwise be copied into every step.
pub const TIMELINE_BYTES: usize = 32 << 20;

/// Speeds offered in play mode.
pub const SPEEDS: [f64; 6] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0];
/// How [`SPEEDS`] are written (no float formatting in the app: it costs
/// 11 KB of code).
pub const SPEED_LABELS: [&str; 6] = ["0.25×", "0.5×", "1×", "2×", "4×", "8×"];

/// The first line of every session the app writes (share links, saves,
/// saved files): the playground's version and the scenario format, so a
/// later version knows what it reads. A comment, so any version reads it.
pub fn header() -> String {
    let mut line = String::from("# TCP Playground ");
    line.push_str(env!("CARGO_PKG_VERSION"));
    line.push_str(", scenario format ");
    line.push_str(&scenario::FORMAT.to_string());
    line.push('\n');
    line
}

/// Writes statements as scenario text, one a line.
pub type WriteStatements = fn(&mut String, &[Stmt]);

crate::installed!(
    /// [`write_statements`]: only the sessions chunk's actions record a
    /// statement other than a fresh session's seed, so the first screen's
    /// module needs no scenario printer.
    pub WRITE_STATEMENTS: WriteStatements = write_statements
);

/// `stmts` as scenario text, one a line.
pub fn write_statements(text: &mut String, stmts: &[Stmt]) {
    use std::fmt::Write;
    for stmt in stmts {
        let _ = writeln!(text, "{stmt}");
    }
}

/// [`write_statements`], or before the sessions chunk has run, the one
/// statement a session can hold then: its seed.
fn write(text: &mut String, stmts: &[Stmt]) {
    if let Some(write) = crate::components::lazy::installed(WRITE_STATEMENTS) {
        return write(text, stmts);
    }
    for stmt in stmts {
        // Nothing else is recorded before the chunk has run.
        if let Stmt::Seed(n) = stmt {
            text.push_str(&seed_line(*n));
        }
    }
}

/// `seed N` and its line's end, as the scenario printer writes it.
fn seed_line(n: u32) -> String {
    format!("seed {n}\n")
}

/// One statement as scenario text (no line end).
pub fn statement_text(stmt: &Stmt) -> String {
    let mut text = String::new();
    write(&mut text, std::slice::from_ref(stmt));
    text.truncate(text.trim_end().len());
    text
}

/// The text of a session's older statements, kept between saves: a long
/// session (a capture's replay has 30,000 statements) is written once, and
/// each save after it writes only the newest statements. Chunks of
/// statements are shared, unchanged, by every moment of the timeline that
/// holds them, so a jump back and forth finds them here still.
#[derive(Default)]
pub struct SessionText {
    session_id: Option<u32>,
    chunks: Vec<(Arc<Vec<Stmt>>, String)>,
}

/// Everything the UI shows.
#[derive(Clone)]
pub struct AppState {
    /// The simulation.
    pub sim: Sim,
    /// Changes with every reset, so views keyed on trace length notice.
    pub session_id: u32,
    /// Every action so far, as scenario statements.
    pub session: Log<Stmt>,
    /// The TCBs before the last action, to highlight what changed.
    pub before: BySide<Tcb>,
    /// A scenario being stepped through. Shared with the timeline's
    /// moments and the lesson bar's props, and compared by identity: a
    /// change goes through `Rc::make_mut`, which copies it while another
    /// holder (the state it was compared with) keeps the old one.
    pub lesson: Option<Rc<Lesson>>,
    /// The latest message.
    pub notice: Option<Notice>,
    /// Trace indices that get a row in the ladder.
    pub rows: Log<u32>,
    /// For segment id `n`, the ladder row of its sending (at `n - 1`).
    pub sent_row: Log<u32>,
    /// Play mode.
    pub playing: bool,
    /// Index into [`SPEEDS`].
    pub speed: usize,
    /// Sequence numbers relative to each side's ISN.
    pub relative: bool,
    /// The student's own choice of numbering: a lesson may switch to real
    /// numbers while it runs, and leaving it puts this back.
    pub relative_chosen: bool,
    /// The selected trace entry (log and ladder highlight it together).
    pub selected: Option<u32>,
    /// What the actions so far asked of the world (see [`effects`]).
    pub effects: Effects,
    /// Every moment the student can go back to, oldest first.
    pub timeline: Vec<Rc<Checkpoint>>,
    /// Where in the timeline the session is now.
    pub cursor: usize,
    /// The last restore that failed, and from where (its copy is kept aside).
    pub restore_failed: Option<Source>,
    /// The student changed this session in this tab: it is worth saving.
    /// Opening a link, a file or a lesson alone writes nothing.
    pub dirty: bool,
    /// This session did not come from this browser's saved one (a link, a
    /// file, a lesson, a reset, or the empty page a bad link leaves):
    /// saving it first keeps the saved one aside.
    pub replaces_saved: bool,
    /// A replay under way (a long link or file runs in slices).
    pub replay: Option<Replay>,
    /// The capture this session was opened from.
    pub capture: Option<Rc<crate::capture::Opened>>,
    /// The numbers of the capture this session began as the replay of
    /// (opened, or named by the `capture` line of a reopened session).
    pub capture_numbers: Option<Rc<crate::capture::Numbers>>,
    /// Trace entries before this index come from the capture's replay,
    /// whose bookkeeping the views leave out (0 when none does; the end
    /// is known once the student acts).
    pub capture_end: usize,
    /// Trace indices the log leaves out (the capture replay's bookkeeping),
    /// in order.
    pub hidden: Log<u32>,
    /// A long statement under way (it runs in slices).
    pub long: Option<Long>,
    /// The student acted while work ran, and was refused (told beside the
    /// work's progress until it ends).
    pub refused: bool,
    /// A lesson's line that could not run, for its list of checks.
    lesson_failure: Option<scenario::Failure>,
    /// Trace entries looked at for ladder rows so far.
    indexed: usize,
    /// How far the live history was forgotten when the steps last followed.
    forgotten: (usize, usize, usize),
    /// Bumped when the student acts after going back in time (the undone
    /// steps are dropped), with the ladder rows the branch kept: views that
    /// keep work per row redo it from there.
    pub branch: (u32, u32),
}

/// A moment of the session to go back to. Cheap: the simulation and the
/// logs share their chunks with the live state.
#[derive(Clone)]
pub struct Checkpoint {
    sim: Sim,
    session: Log<Stmt>,
    rows: Log<u32>,
    sent_row: Log<u32>,
    hidden: Log<u32>,
    lesson: Option<Rc<Lesson>>,
    /// What the step did, as the timeline names it.
    pub label: Option<StepLabel>,
    /// What this step owns alone, in bytes (see [`Sim::footprint`]).
    bytes: usize,
    /// Made by play mode (the next tick extends it rather than adding one).
    ticking: bool,
}

/// What one step of the timeline did, as it is named beside the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepLabel {
    /// A step of one statement: that statement.
    One(Stmt),
    /// A step of several statements (a lesson's step runs every statement
    /// up to its next narration): how many, and how far the clock moved.
    Several {
        /// Statements the step ran.
        count: usize,
        /// How far the clock moved in the step.
        moved: Duration,
    },
}

impl PartialEq for AppState {
    /// Cheap: every action bumps the trace or the view settings.
    fn eq(&self, other: &AppState) -> bool {
        self.session_id == other.session_id
            && self.sim.trace().len() == other.sim.trace().len()
            && self.sim.now() == other.sim.now()
            && self.session.len() == other.session.len()
            && self.notice == other.notice
            && self.playing == other.playing
            && self.speed == other.speed
            && self.relative == other.relative
            && self.selected == other.selected
            && self.cursor == other.cursor
            && self.timeline.len() == other.timeline.len()
            && same_lesson(&self.lesson, &other.lesson)
            && self.long.as_ref().map(Long::events) == other.long.as_ref().map(Long::events)
    }
}

/// Whether two states show the same lesson: the same one shared (see
/// [`AppState::lesson`]), or none.
pub fn same_lesson(a: &Option<Rc<Lesson>>, b: &Option<Rc<Lesson>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        (Some(_), None) | (None, Some(_)) => false,
    }
}

/// Where restored scenario text came from (for the messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// This browser's storage.
    Saved,
    /// A share link.
    Link,
    /// A file the student imported.
    File,
    /// A packet capture the student opened.
    Capture,
}

impl Source {
    /// How messages name it ("The shared session").
    pub fn name(self) -> Text {
        Text::key(match self {
            Source::Saved => "source-saved",
            Source::Link => "source-link",
            Source::File => "source-file",
            Source::Capture => "source-capture",
        })
    }
}

impl Action {
    /// What may happen while work runs (a replay, a long statement): its
    /// own slices, looking, and opening something else instead.
    pub fn allowed_while_busy(&self) -> bool {
        matches!(
            self,
            Action::Continue
                | Action::Stop
                | Action::Select(_)
                | Action::SetRelative(_)
                | Action::Notify(_)
                | Action::Dismiss
                | Action::Restore(..)
                | Action::ResumeLesson(_)
                | Action::OpenCapture(_)
                | Action::LoadLesson(_)
                | Action::Reset(_)
        )
    }

    /// What a student may do in `mode=readonly`: watch and step the lesson,
    /// look at events, choose how numbers are shown; nothing that changes
    /// the session otherwise.
    pub fn allowed_when_readonly(&self) -> bool {
        match self {
            Action::LessonNext
            | Action::LessonAnswer(_)
            | Action::LessonFill(..)
            | Action::ShowHint
            | Action::Select(_)
            | Action::SetRelative(_)
            | Action::Notify(_)
            | Action::Dismiss
            | Action::LoadLesson(_)
            | Action::Restore(..)
            | Action::ResumeLesson(_)
            | Action::Continue
            | Action::Stop => true,
            Action::Do(_)
            | Action::OpenCapture(_)
            | Action::OnWire(..)
            | Action::ReleaseEdited(..)
            | Action::Tick(_)
            | Action::StepEvent
            | Action::NextTimer
            | Action::LeaveLesson
            | Action::Reset(_)
            | Action::SetPlaying(_)
            | Action::SetSpeed(_)
            | Action::Undo
            | Action::Redo
            | Action::Jump(_) => false,
        }
    }
}

/// What the student can do to a segment in flight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireOp {
    /// Deliver it now.
    Deliver,
    /// Lose it.
    Drop,
    /// Put a copy on the wire.
    Duplicate,
    /// Make it arrive this much later.
    Delay(Duration),
}

impl WireOp {
    /// The statement doing it to the segment at `sel`.
    fn statement(self, sel: Selector) -> Stmt {
        match self {
            WireOp::Deliver => Stmt::Deliver(sel),
            WireOp::Drop => Stmt::Drop(sel),
            WireOp::Duplicate => Stmt::Duplicate(sel),
            WireOp::Delay(d) => Stmt::Delay(sel, d),
        }
    }
}

/// What the student (or a timer) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Run a statement and record it.
    Do(Stmt),
    /// Do this to the segment in flight with this id (found when the
    /// action runs, and recorded by its position, as scenarios say).
    OnWire(u64, WireOp),
    /// Release an outbox segment after editing it: recorded as a discard
    /// plus an inject of the edited segment (the same thing on the wire).
    ReleaseEdited(Side, usize, Segment),
    /// Play mode: the clock moves by this much.
    Tick(Duration),
    /// Move the clock to the next scheduled event.
    StepEvent,
    /// Move the clock to the next timer.
    NextTimer,
    /// Load a scenario as a lesson (a fresh session).
    LoadLesson(LessonSource),
    /// Run the lesson's next step.
    LessonNext,
    /// Answer the coming step's questions (one each, in order), then run it.
    LessonAnswer(Vec<Given>),
    /// Fill in a blank of the ladder (the `blank` line, the answer).
    LessonFill(usize, Given),
    /// Stop following the lesson; keep the session.
    LeaveLesson,
    /// Show the challenge's next hint.
    ShowHint,
    /// A fresh session with this seed.
    Reset(u32),
    /// Replace the session by scenario text from somewhere.
    Restore(Source, String),
    /// The open lesson goes on at a place an LMS kept
    /// ([`Lesson::place`]): `next LINE hints N …`.
    ResumeLesson(String),
    /// Replace the session by a capture's replay.
    OpenCapture(Rc<crate::capture::Opened>),
    /// Play or pause.
    SetPlaying(bool),
    /// Choose a speed index.
    SetSpeed(usize),
    /// Relative or absolute sequence numbers.
    SetRelative(bool),
    /// Select a trace entry.
    Select(Option<u32>),
    /// Go back one step.
    Undo,
    /// Go forward one step.
    Redo,
    /// Go to this moment of the timeline.
    Jump(usize),
    /// Show a message.
    Notify(Notice),
    /// Put the message away.
    Dismiss,
    /// The next slice of the work under way (a replay, a long statement).
    Continue,
    /// Stops the work under way: a long statement is undone, a replay
    /// keeps the lines that ran.
    Stop,
}

/// Ladder-worthy events: what happened on the wire and to the states.
fn gets_row(event: &Event) -> bool {
    matches!(
        event,
        Event::Call { .. }
            | Event::Sent { .. }
            | Event::Delivered { .. }
            | Event::Dropped { .. }
            | Event::StateChanged { .. }
            | Event::TimerFired { .. }
            | Event::Queued { .. }
            | Event::Discarded { .. }
    )
}

impl Checkpoint {
    /// What this step owns alone, in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

impl AppState {
    /// A fresh session with this seed.
    pub fn new(seed: u32) -> AppState {
        let mut state = AppState::blank(seed);
        // Not the saved session: the page opens with this one before any
        // link or saved session, and stays with it when a link is bad.
        state.replaces_saved = true;
        // What running `seed N` does (`scenario::begin`), without the
        // statement runner, which only the chunk of the actions holds
        // (see [`later`]): the simulation takes the seed, and the session
        // starts with it.
        state.sim.set_seed(u64::from(seed));
        state.session.push(Stmt::Seed(seed));
        state.before = state.tcbs();
        state.timeline.clear();
        state.commit(false);
        state
    }

    /// A session with no statement at all (restoring starts from here).
    fn blank(session_id: u32) -> AppState {
        let mut sim = Sim::default();
        sim.set_history_cap(HISTORY_EVENTS, HISTORY_BYTES);
        let mut state = AppState {
            sim,
            session_id,
            session: Log::new(),
            before: BySide::default(),
            lesson: None,
            notice: None,
            rows: Log::new(),
            sent_row: Log::new(),
            playing: false,
            speed: 2,
            relative: true,
            relative_chosen: true,
            selected: None,
            effects: Effects::default(),
            restore_failed: None,
            dirty: false,
            replaces_saved: false,
            replay: None,
            capture: None,
            capture_numbers: None,
            capture_end: 0,
            hidden: Log::new(),
            long: None,
            refused: false,
            lesson_failure: None,
            indexed: 0,
            timeline: Vec::new(),
            cursor: 0,
            forgotten: (0, 0, 0),
            branch: (0, 0),
        };
        state.commit(false);
        state
    }

    /// A checkpoint of now, the step after `from` (the moment it started
    /// from; `None` for the first moment of a timeline).
    fn checkpoint(&self, ticking: bool, from: Option<&Checkpoint>) -> Checkpoint {
        // A step names itself by its one statement, or, when it ran
        // several, by how many and how far the clock moved: the last of
        // them alone ("Time moved 1 ms") would not be what it did.
        let (ran_from, clock_from) =
            from.map_or((0, 0), |c| (c.session.len(), c.sim.now().as_millis()));
        let count = self.session.len().saturating_sub(ran_from);
        let moved = Duration::from_millis(self.sim.now().as_millis().saturating_sub(clock_from));
        let label = if count > 1 {
            Some(StepLabel::Several { count, moved })
        } else {
            match self.session.last() {
                // Advances in a row are written as one statement: the step
                // names what it moved, not their sum ("Time moved 3 s" for
                // a jump of 2 s).
                Some(Stmt::Advance(_)) if from.is_some() && !moved.is_zero() => {
                    Some(StepLabel::One(Stmt::Advance(moved)))
                }
                last => last.cloned().map(StepLabel::One),
            }
        };
        Checkpoint {
            sim: self.sim.clone(),
            session: self.session.clone(),
            rows: self.rows.clone(),
            sent_row: self.sent_row.clone(),
            hidden: self.hidden.clone(),
            lesson: self.lesson.clone(),
            label,
            bytes: self.sim.footprint(),
            ticking,
        }
    }

    /// Records the current moment in the timeline. Anything after the
    /// cursor (undone steps) is dropped: the session branches here.
    fn commit(&mut self, ticking: bool) {
        if self.timeline.len() > self.cursor + 1 {
            let kept = self.timeline[self.cursor].rows.len() as u32;
            self.branch = (self.branch.0.wrapping_add(1), kept);
        }
        self.timeline.truncate(self.cursor + 1);
        let extend = ticking && self.timeline.last().is_some_and(|c| c.ticking);
        // Play mode's ticks merge into one `advance`: it names itself.
        let from = self.timeline.get(self.cursor).filter(|_| !extend);
        let checkpoint = Rc::new(self.checkpoint(ticking, from.map(|c| &**c)));
        if extend {
            if let Some(last) = self.timeline.last_mut() {
                *last = checkpoint;
            }
        } else {
            self.timeline.push(checkpoint);
        }
        if self.timeline.len() > TIMELINE_STEPS {
            let excess = self.timeline.len() - TIMELINE_STEPS;
            self.timeline.drain(..excess);
        }
        // Then by memory: the oldest steps go first, the newest two stay.
        let mut bytes: usize = self.timeline.iter().map(|c| c.bytes).sum();
        let mut excess = 0;
        while bytes > TIMELINE_BYTES && self.timeline.len() - excess > 2 {
            bytes -= self.timeline[excess].bytes;
            excess += 1;
        }
        self.timeline.drain(..excess);
        self.cursor = self.timeline.len() - 1;
        // History the live session forgot is forgotten by every step too,
        // or the steps would keep it all alive.
        let base = self.sim.history_base();
        if base != self.forgotten {
            self.forgotten = base;
            for step in &mut self.timeline {
                if step.sim.history_base() != base {
                    Rc::make_mut(step).sim.forget_history_like(&self.sim);
                }
            }
        }
    }

    /// The session as far as it goes: the live simulation, or, while the
    /// student looks back in time, the newest moment of the timeline (the
    /// graphs draw the whole and mark the moment shown).
    pub fn whole(&self) -> &Sim {
        match self.timeline.last() {
            Some(last) if self.cursor + 1 < self.timeline.len() => &last.sim,
            _ => &self.sim,
        }
    }

    /// Goes to a moment of the timeline.
    fn goto(&mut self, index: usize) {
        let Some(c) = self.timeline.get(index).cloned() else {
            return;
        };
        self.dirty = true;
        self.before = self.tcbs();
        self.sim = c.sim.clone();
        self.session = c.session.clone();
        self.rows = c.rows.clone();
        self.sent_row = c.sent_row.clone();
        self.hidden = c.hidden.clone();
        self.indexed = self.sim.trace().len();
        let before = std::mem::replace(&mut self.lesson, c.lesson.clone());
        self.keep_answers(before.as_deref());
        self.cursor = index;
        self.selected = None;
        self.playing = false;
        // The toolbar says where in the timeline we are; a banner here would
        // move the whole page on every jump.
        self.notice = None;
    }

    /// Where the segment with this id is on the wire (0 = oldest).
    fn position_on_wire(&self, id: u64) -> Option<usize> {
        self.sim.wire().iter().position(|f| f.id == id)
    }

    /// Both TCBs now.
    fn tcbs(&self) -> BySide<Tcb> {
        BySide::from_fn(|side| *self.sim.endpoint(side).tcb())
    }

    /// The session as scenario text, headed by the version that wrote it
    /// (see [`header`]); during a lesson, it ends with the
    /// lesson and how far the student got in it.
    pub fn session_text(&self) -> String {
        self.session_text_with(&mut SessionText::default())
    }

    /// [`AppState::session_text`], writing again only the statements not
    /// written into `kept` before.
    pub fn session_text_with(&self, kept: &mut SessionText) -> String {
        if kept.session_id != Some(self.session_id) {
            *kept = SessionText {
                session_id: Some(self.session_id),
                chunks: Vec::new(),
            };
        }
        let mut text = header();
        let (sealed, newest) = self.session.chunks();
        for (i, chunk) in sealed.enumerate() {
            match kept.chunks.get(i) {
                Some((was, written)) if Arc::ptr_eq(was, chunk) => text.push_str(written),
                _ => {
                    // Another branch from here on: what was kept after it
                    // is of the other branch.
                    kept.chunks.truncate(i);
                    let mut written = String::new();
                    write(&mut written, chunk);
                    text.push_str(&written);
                    kept.chunks.push((Arc::clone(chunk), written));
                }
            }
        }
        write(&mut text, newest);
        // What of the capture it began as the session shows: its replay
        // so far (the end is known once the student acts; until then,
        // all of it), and its segments' numbers.
        if let Some(numbers) = &self.capture_numbers {
            let events = self.capture_end.min(self.sim.trace().len());
            if events > 0 {
                let at = scenario::CaptureAt {
                    events: events as u64,
                    ids: numbers.ids().to_vec(),
                };
                write(&mut text, &[Stmt::Capture(Box::new(at))]);
            }
        }
        if let Some(lesson) = &self.lesson {
            write(&mut text, &[Stmt::Lesson(Box::new(lesson.at()))]);
        }
        text
    }

    /// Whether the student did anything yet (beyond the seed).
    pub fn is_empty(&self) -> bool {
        self.session.len() <= 1
    }

    /// Runs a statement the student asked for; on success it joins the
    /// session (see [`long`] for a long one and for failures).
    fn record(&mut self, stmt: Stmt) -> bool {
        self.start_all(vec![stmt]) != Started::Failed
    }

    /// Adds ladder rows for trace entries new since the last call (read in
    /// place: a long slice adds thousands, and copying each cost time).
    fn index_trace(&mut self) {
        let from = self.indexed;
        let trace = self.sim.trace();
        self.indexed = trace.len();
        // What runs after a capture's replay (the student's own steps, also
        // after going back into it) is no longer the replay's; a reopened
        // session's replay runs it again.
        if self.replay.is_none() {
            self.capture_end = self.capture_end.min(from);
        }
        let mut announce = None;
        for (k, entry) in trace.iter_from(from).enumerate() {
            let i = from.max(trace.first_kept()) + k;
            if i < self.capture_end && tcp_engine::capture::is_bookkeeping(&entry.event) {
                self.hidden.push(i as u32);
                continue;
            }
            if !gets_row(&entry.event) {
                continue;
            }
            let row = self.rows.len() as u32;
            self.rows.push(i as u32);
            match entry.event {
                Event::Sent { id, .. } => {
                    // Ids are handed out in order, so index = id - 1.
                    while (self.sent_row.len() as u64) < id - 1 {
                        self.sent_row.push(u32::MAX);
                    }
                    self.sent_row.push(row);
                }
                Event::StateChanged { side, from, to } => {
                    announce = Some(Text::msg(
                        "announce-state",
                        vec![
                            ("side", side.into()),
                            ("from", from.name().into()),
                            ("to", to.name().into()),
                        ],
                    ));
                }
                _ => {}
            }
        }
        if let Some(text) = announce {
            self.say(text);
        }
    }

    /// The common path of every action that changes the simulation; the
    /// result becomes a step of the timeline (unless nothing happened).
    fn act(self, f: impl FnOnce(&mut AppState)) -> AppState {
        self.act_as(false, f)
    }

    fn act_as(mut self, ticking: bool, f: impl FnOnce(&mut AppState)) -> AppState {
        self.act_in_place(ticking, f);
        self
    }

    /// [`AppState::act`] on a state held by reference. When `f` leaves a
    /// long statement going, the action ends with it.
    fn act_in_place(&mut self, ticking: bool, f: impl FnOnce(&mut AppState)) {
        let act = self.begin_act(ticking);
        f(self);
        match &mut self.long {
            Some(long) => long.act = Some(act),
            None => self.end_act(act),
        }
    }

    fn begin_act(&mut self, ticking: bool) -> ActStart {
        self.before = self.tcbs();
        self.notice = None;
        // The explanation follows the newest step (play mode keeps what
        // the student picked).
        if !ticking {
            self.selected = None;
        }
        self.dirty = true;
        ActStart {
            trace: self.sim.trace().len(),
            session: self.session.len(),
            ticking,
        }
    }

    fn end_act(&mut self, act: ActStart) {
        self.index_trace();
        if self.notice.is_none() {
            // What an application was told is news: refusals and resets.
            let told = self
                .sim
                .trace()
                .iter_from(act.trace)
                .find_map(|e| match &e.event {
                    Event::Signal { side, signal } => Some(Text::msg(
                        "notice-told",
                        vec![("side", (*side).into()), ("signal", (*signal).into())],
                    )),
                    _ => None,
                });
            self.notice = told.map(|text| Notice { error: false, text });
        }
        if self.lesson.is_some() {
            later::apply(self, Later::CheckChallenge);
        }
        let changed =
            self.sim.trace().len() != act.trace || self.session.len() != act.session || act.ticking;
        if changed {
            self.commit(act.ticking);
        }
    }

    /// Whether work is under way (a replay, a long statement): the
    /// student's own actions wait until it ends.
    pub fn busy(&self) -> bool {
        self.replay.is_some() || self.long.is_some()
    }

    /// Does `op` with the chunk of [`SESSIONS`] (see [`later`]).
    fn later(mut self, op: Later) -> AppState {
        later::apply(&mut self, op);
        self
    }

    /// The next slice of the work under way.
    fn work(&mut self) {
        if self.long.is_some() {
            self.long_slice();
        } else {
            self.replay_slice();
        }
    }

    /// `advance` merged into the previous one, so play mode does not
    /// grow the session by a statement per frame.
    fn advance(&mut self, d: Duration) {
        // A gap no one statement can write is recorded as several.
        let parts = tcp_engine::time::writable_parts(d);
        if parts.len() > 1 {
            self.start_all(parts.into_iter().map(Stmt::Advance).collect());
            return;
        }
        let previous = match self.session.last() {
            Some(Stmt::Advance(prev)) => Some(*prev),
            _ => None,
        };
        // Merged only while the sum is still one DURATION a scenario can
        // write (or a reload would not read the session back).
        let record = match previous {
            Some(prev) if tcp_engine::time::writable(prev.saturating_add(d)) => {
                Record::MergeAdvance(prev)
            }
            _ => Record::Push,
        };
        let statement = Statement {
            line: 0,
            kind: Stmt::Advance(d),
        };
        self.start(statement, By::Student, record);
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// Runs `action`, and records the effects it asks for (see
    /// [`effects`]) in the state it returns.
    fn reduce(self: Rc<AppState>, action: Action) -> Rc<AppState> {
        // While work runs, the session is not the student's yet. One rule
        // for whatever the student does meanwhile: it is refused, and they
        // are told, beside the progress and its Stop button. Not queued: the
        // stage shows the moment before the work, and a click queued behind
        // it would act on a moment the student has not seen. The clock is
        // not the student: its ticks are dropped silently.
        let refused = self.busy() && !action.allowed_while_busy();
        if refused && matches!(action, Action::Tick(_)) {
            return self;
        }
        let before = Mark::of(&self);
        let mut state = Rc::unwrap_or_clone(self);
        // The effects recorded so far stay, whatever state comes next (a
        // restore starts a new one).
        let mut effects = std::mem::take(&mut state.effects);
        let mut next = if refused {
            state.refuse()
        } else {
            state.reduced(action)
        };
        for effect in next.effects.take() {
            effects.push(effect);
        }
        for effect in effects::plan(Some(&before), &Mark::of(&next)) {
            effects.push(effect);
        }
        next.effects = effects;
        Rc::new(next)
    }
}

/// The parts of the reducer, each one kind of action. Inlined where they
/// are used: apart, they cost the first load 0.8 KB of moves.
impl AppState {
    /// An action refused while work runs: the student is told.
    #[inline(always)]
    fn refuse(mut self) -> AppState {
        self.refused = true;
        self.say(Text::key("busy-refused"));
        self
    }

    /// Records an announcement for screen readers.
    pub(crate) fn say(&mut self, text: Text) {
        self.effects.push(Effect::Announce(text));
    }

    /// The state after `action` (not refused).
    #[inline(always)]
    fn reduced(self, action: Action) -> AppState {
        let state = self;
        match action {
            // What changes the simulation runs in the chunk (see
            // [`later`]): the first screen never runs the engine.
            Action::Do(stmt) => state.later(Later::Do(stmt)),
            Action::OnWire(id, op) => state.later(Later::OnWire(id, op)),
            Action::ReleaseEdited(side, n, seg) => state.later(Later::ReleaseEdited(side, n, seg)),
            Action::Tick(d) => state.later(Later::Tick(d)),
            Action::StepEvent => state.later(Later::StepEvent),
            Action::NextTimer => state.later(Later::NextTimer),
            Action::LoadLesson(source) => state.later(Later::LoadLesson(source)),
            Action::LessonNext => state.later(Later::LessonNext),
            Action::LessonAnswer(given) => state.later(Later::LessonAnswer(given)),
            Action::LessonFill(line, given) => state.later(Later::LessonFill(line, given)),
            Action::LeaveLesson => AppState {
                lesson: None,
                relative: state.relative_chosen,
                ..state
            },
            Action::ShowHint => {
                let mut s = state;
                if let Some(lesson) = s.lesson.as_mut().map(Rc::make_mut) {
                    lesson.hints_shown = (lesson.hints_shown + 1).min(lesson.hints.len());
                }
                s
            }
            Action::Reset(seed) => state.reset(seed),
            Action::Restore(source, text) => state.later(Later::Restore(source, text)),
            Action::ResumeLesson(place) => state.later(Later::Resume(place)),
            Action::OpenCapture(opened) => state.later(Later::OpenCapture(opened)),
            Action::SetPlaying(playing) => AppState { playing, ..state },
            Action::SetSpeed(speed) => AppState {
                speed: speed.min(SPEEDS.len() - 1),
                ..state
            },
            Action::SetRelative(relative) => AppState {
                relative,
                relative_chosen: relative,
                ..state
            },
            Action::Select(selected) => AppState { selected, ..state },
            Action::Undo => {
                let back = state.cursor.checked_sub(1);
                state.later(Later::Travel(back))
            }
            Action::Redo => {
                let on = state.cursor + 1;
                state.later(Later::Travel(Some(on)))
            }
            Action::Jump(i) => state.later(Later::Travel(Some(i))),
            Action::Continue => state.later(Later::Continue),
            Action::Stop => {
                let mut s = state;
                if s.long.is_some() {
                    s.stop_long();
                } else {
                    s.stop_replay();
                }
                s.refused = false;
                s
            }
            Action::Notify(notice) => AppState {
                notice: Some(notice),
                ..state
            },
            Action::Dismiss => AppState {
                notice: None,
                ..state
            },
        }
    }

    /// Does `op` to the segment in flight with this id; nothing if it is
    /// gone meanwhile (delivered by the clock).
    fn on_wire(&mut self, id: u64, op: WireOp) {
        if let Some(i) = self.position_on_wire(id) {
            self.act_in_place(false, |s| {
                let sel = Selector {
                    from: None,
                    n: i + 1,
                };
                s.record(op.statement(sel));
            });
        }
    }

    /// [`Action::ReleaseEdited`]: a discard plus an inject of the edited
    /// segment.
    fn release_edited(&mut self, side: Side, n: usize, seg: Segment) {
        self.act_in_place(false, |s| {
            if s.record(Stmt::Discard(side, n)) {
                s.record(Stmt::Inject(side, scenario::SegSpec::exactly(&seg)));
            }
        });
    }

    /// Moves the clock to `next`, or says (catalog key `none`) that
    /// nothing is scheduled.
    #[inline(always)]
    fn advance_to(&mut self, next: Option<tcp_engine::time::Instant>, none: &'static str) {
        match next {
            Some(t) => {
                let d = t.saturating_since(self.sim.now());
                self.advance(d);
            }
            None => {
                self.notice = Some(Notice {
                    error: false,
                    text: Text::key(none),
                })
            }
        }
    }

    /// A fresh session with this seed, keeping the student's choices.
    #[inline(always)]
    fn reset(self, seed: u32) -> AppState {
        let mut fresh = AppState::new(seed);
        fresh.relative = self.relative_chosen;
        fresh.relative_chosen = self.relative_chosen;
        fresh.speed = self.speed;
        fresh.dirty = true;
        fresh
    }

    /// Goes to moment `to` of the timeline, if there is one (in the
    /// sessions chunk).
    fn travel(&mut self, to: Option<usize>) {
        if let Some(i) = to.filter(|&i| i < self.timeline.len()) {
            self.goto(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tcp_engine::scenario::CallSpec;
    use tcp_engine::State;

    fn apply(state: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
        actions.iter().fold(state, |s, a| s.reduce(a.clone()))
    }

    fn call(side: Side, c: CallSpec) -> Action {
        Action::Do(Stmt::Call(side, c))
    }

    fn client(s: &AppState) -> State {
        s.sim.endpoint(Side::Client).state()
    }

    #[test]
    fn lesson_narration_appears_with_the_step_it_describes() {
        let text =
            "title \"T\"\nsay \"Listen.\"\nserver listen\nsay \"Connect.\"\nclient connect\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into())],
        );
        let said = |s: &AppState| {
            let l = s.lesson.as_ref().unwrap();
            let t = |n: &Option<crate::i18n::Localized>| n.as_ref().map(|n| n.text.clone());
            (t(&l.narration), t(&l.preview))
        };
        assert_eq!(said(&s), (None, Some("Listen.".into())));
        let s = apply(s, &[Action::LessonNext]);
        // "Listen." is shown once the server listens, not before.
        assert_eq!(s.sim.endpoint(Side::Server).state(), State::Listen);
        assert_eq!(said(&s), (Some("Listen.".into()), Some("Connect.".into())));
        let s = apply(s, &[Action::LessonNext]);
        assert_eq!(said(&s), (Some("Connect.".into()), None));
        assert!(s.lesson.as_ref().unwrap().done);
    }

    #[test]
    fn a_challenge_stops_at_its_goals_so_its_solution_never_runs_for_the_student() {
        // Goals the setup already reaches: complete at once.
        let text = "title \"T\"\nserver listen\nclient connect\nrun\ngoal client ESTABLISHED\ngoal server ESTABLISHED\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into())],
        );
        let lesson = s.lesson.as_ref().unwrap();
        assert!(lesson.is_challenge() && lesson.done && lesson.completed);
        // A solution written after the goals (for the checker) is not run.
        let text = "title \"T\"\nserver listen\nsay \"Connect.\"\ngoal client ESTABLISHED\nclient connect\nrun\nexpect goal\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into())],
        );
        let lesson = s.lesson.as_ref().unwrap();
        assert!(lesson.done && !lesson.completed && lesson.checks.is_empty());
        assert_eq!(s.sim.endpoint(Side::Client).state(), State::Closed);
        assert!(
            tcp_engine::scenario::run_script(&tcp_engine::scenario::parse(text).unwrap()).is_ok()
        );
    }

    #[test]
    fn a_lessons_line_that_cannot_run_is_listed_with_its_checks() {
        let text = "server listen\nsay \"Deliver\"\ndeliver\nexpect server LISTEN\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into()), Action::LessonNext],
        );
        let checks = checks_of(&s);
        assert_eq!(checks, [(3, false), (4, true)]);
        assert!(s.notice.is_none(), "listed, not a notice over the ladder");
    }

    #[test]
    fn numbering_a_lesson_keeps_the_students_choice_unless_it_sets_its_own() {
        // Fixing an ISN is not choosing the numbering: the student's stays.
        let fixes = "title \"T\"\nset client.isn 1000\nserver listen\n";
        for chosen in [true, false] {
            let opened = apply(
                Rc::new(AppState::new(1)),
                &[
                    Action::SetRelative(chosen),
                    Action::LoadLesson(fixes.into()),
                ],
            );
            assert_eq!(opened.relative, chosen);
        }
        // A lesson that sets it shows its own, whatever the student chose.
        let relative = "title \"T\"\nnumbering relative\nserver listen\n";
        let opened = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::SetRelative(false),
                Action::LoadLesson(relative.into()),
            ],
        );
        assert!(opened.relative);
    }

    #[test]
    fn numbering_a_lesson_switched_to_real_comes_back_when_the_student_leaves_it() {
        let lesson = "title \"T\"\nset client.isn 1000\nnumbering real\nserver listen\n";
        let opened = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(lesson.into())],
        );
        // A lesson that sets real numbers shows them while it runs.
        assert!(!opened.relative);
        for leave in [
            Action::LeaveLesson,
            Action::Reset(7),
            Action::LoadLesson("title \"U\"\nserver listen\n".into()),
        ] {
            assert!(
                apply(opened.clone(), std::slice::from_ref(&leave)).relative,
                "{leave:?}"
            );
        }
        // The student's own choice of real numbers stays theirs.
        let chosen = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::SetRelative(false),
                Action::LoadLesson(lesson.into()),
                Action::LeaveLesson,
            ],
        );
        assert!(!chosen.relative);
    }

    #[test]
    fn numbering_a_restored_lesson_shows_its_own_and_leaving_gives_the_students_back() {
        let lesson = "title \"T\"\nset client.isn 1000\nnumbering real\nserver listen\nsay \"Go.\"\nclient connect\n";
        let opened = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(lesson.into()), Action::LessonNext],
        );
        // A reload: a new tab (relative by default) restores the saved text.
        let mut restored = apply(
            Rc::new(AppState::new(1)),
            &[Action::Restore(Source::Saved, opened.session_text())],
        );
        while restored.busy() {
            restored = apply(restored, &[Action::Continue]);
        }
        assert!(restored.lesson.is_some());
        assert!(
            !restored.relative,
            "the lesson's real numbers, as on opening"
        );
        assert!(apply(restored, &[Action::LeaveLesson]).relative);
    }

    #[test]
    fn a_lesson_step_of_several_statements_is_named_by_them_all_not_by_its_last() {
        let text = "title \"T\"\nserver listen\nsay \"Connect, then wait.\"\nclient connect\nrun\nadvance 1s\nsay \"Wait 1 ms.\"\nadvance 1ms\n";
        let label = |s: &AppState| s.timeline[s.cursor].label.clone();
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into()), Action::LessonNext],
        );
        let several = StepLabel::Several {
            count: 3,
            moved: Duration::from_millis(1300),
        };
        assert_eq!(label(&s), Some(several));
        let s = apply(s, &[Action::LessonNext]);
        let one = Stmt::Advance(Duration::from_millis(1));
        assert_eq!(label(&s), Some(StepLabel::One(one)));
    }

    #[test]
    fn a_step_of_time_is_named_by_what_it_moved_though_written_merged() {
        use tcp_engine::sim::Selector;
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                call(Side::Server, CallSpec::Listen),
                call(Side::Client, CallSpec::Connect),
                Action::Do(Stmt::Run(None)),
                call(Side::Client, CallSpec::Close),
                Action::Do(Stmt::Run(None)),
                call(Side::Server, CallSpec::Close),
                Action::Do(Stmt::Deliver(Selector::FIRST)),
                // The final ACK is lost: the FIN comes again at 1 s.
                Action::Do(Stmt::Drop(Selector::FIRST)),
                Action::NextTimer,
                Action::NextTimer,
            ],
        );
        let moved = |ms: u64| Stmt::Advance(Duration::from_millis(ms));
        let Some(Stmt::Advance(total)) = s.session.last().cloned() else {
            panic!("the jumps are one advance");
        };
        let last = s.timeline[s.cursor - 1].sim.now().as_millis();
        let step = s.sim.now().as_millis() - last;
        assert!(Duration::from_millis(step) < total, "merged: {total:?}");
        assert_eq!(
            s.timeline[s.cursor].label,
            Some(StepLabel::One(moved(step)))
        );
        // The second jump ended TIME-WAIT, not the FIN's cancelled timer.
        assert_eq!(client(&s), State::Closed);
    }

    /// The lesson's checks so far, as (line, passed).
    fn checks_of(s: &AppState) -> Vec<(usize, bool)> {
        let lesson = s.lesson.as_ref().expect("a lesson");
        lesson
            .checks
            .iter()
            .map(|c| (c.line, c.outcome.is_ok()))
            .collect()
    }

    #[test]
    fn a_shared_lesson_reopens_at_the_same_step_with_its_narration_and_hints() {
        let text = "title \"T\"\nsay \"Listen.\"\nserver listen\nsay \"Connect.\"\nclient connect\nexpect client SYN-SENT\nsay \"Run.\"\nrun\ngoal client ESTABLISHED\nhint \"One\"\nhint \"Two\"\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::LoadLesson(text.into()),
                Action::LessonNext,
                Action::LessonNext,
                Action::ShowHint,
            ],
        );
        let link = s.session_text();
        assert!(link.contains("\nlesson \"title"), "{link}");
        let back = restore(Source::Link, &link, 2).unwrap();
        let (a, b) = (s.lesson.as_ref().unwrap(), back.lesson.as_ref().unwrap());
        assert_eq!(a.stepper, b.stepper);
        assert_eq!((&a.narration, &a.preview), (&b.narration, &b.preview));
        assert_eq!((a.hints_shown, a.done, a.progress()), (1, false, (2, 3)));
        assert_eq!((b.hints_shown, b.done, b.progress()), (1, false, (2, 3)));
        assert_eq!(back.session_text(), link);
        // Both go on the same way, to the challenge's end.
        let (s, back) = (
            apply(s, &[Action::LessonNext]),
            apply(Rc::new(back), &[Action::LessonNext]),
        );
        assert_eq!(s.session_text(), back.session_text());
        assert!(back.lesson.as_ref().is_some_and(|l| l.done && l.completed));
        // A completed challenge stays completed in its link.
        let again = restore(Source::Link, &back.session_text(), 3).unwrap();
        assert!(again.lesson.as_ref().is_some_and(|l| l.completed));
    }

    #[test]
    fn a_lesson_keeps_what_its_checks_said() {
        let text = "server listen\nexpect server LISTEN\nsay \"Next\"\nexpect server CLOSED\n";
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(text.into())],
        );
        let s = apply(s, &[Action::LessonNext, Action::Dismiss]);
        let checks = checks_of(&s);
        assert_eq!(checks, [(2, true), (4, false)]);
    }

    #[test]
    fn the_reducer_records_what_each_action_asks_of_the_world() {
        let due = |s: &AppState, seen: u64| s.effects.since(seen).cloned().collect::<Vec<_>>();
        let s = apply(
            Rc::new(AppState::new(1)),
            &[call(Side::Server, CallSpec::Listen)],
        );
        let acted = due(&s, 0);
        assert!(acted.contains(&Effect::Save), "{acted:?}");
        assert!(acted.contains(&Effect::Tell), "{acted:?}");
        let announced = acted.iter().find_map(|e| match e {
            Effect::Announce(text) => Some(text.render(&crate::i18n::I18n::english_with_rules())),
            _ => None,
        });
        assert!(announced.is_some_and(|t| t.contains("LISTEN")));
        // A long text replays in slices, and is not saved while it runs.
        let mut text = String::from("seed 4\nserver listen\nclient connect\nrun\n");
        for _ in 0..400 {
            text.push_str("client send \"ab\"\nrun\n");
        }
        let seen = s.effects.serial();
        let s = apply(s, &[Action::Restore(Source::Link, text)]);
        assert!(s.busy());
        let started = due(&s, seen);
        assert!(started.contains(&Effect::Slices(true)), "{started:?}");
        assert!(started.contains(&Effect::Unsave), "{started:?}");
        // The student's action meanwhile is refused and said, nothing else.
        let seen = s.effects.serial();
        let s = apply(s, &[call(Side::Client, CallSpec::Close)]);
        assert_eq!(due(&s, seen), [Effect::Announce(Text::key("busy-refused"))]);
        // Its end lets the saved session be replayed next time, and the
        // slices stop.
        let mut s = s;
        while s.busy() {
            s = apply(s, &[Action::Continue]);
        }
        let ended = due(&s, seen);
        assert!(ended.contains(&Effect::Replayed), "{ended:?}");
        assert!(ended.contains(&Effect::Slices(false)), "{ended:?}");
    }

    #[test]
    fn wire_buttons_act_on_the_segment_they_show_by_id() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::Do(Stmt::Inject(Side::Client, scenario::SegSpec::default())),
                Action::Do(Stmt::Inject(Side::Server, scenario::SegSpec::default())),
            ],
        );
        let ids: Vec<u64> = s.sim.wire().iter().map(|f| f.id).collect();
        let s = apply(s, &[Action::OnWire(ids[1], WireOp::Drop)]);
        assert_eq!(
            s.sim.wire().iter().map(|f| f.id).collect::<Vec<_>>(),
            vec![ids[0]]
        );
        assert_eq!(
            s.session.last().map(|st| st.to_string()).as_deref(),
            Some("drop 2")
        );
        // A segment gone meanwhile: nothing happens, and nothing is recorded.
        let len = s.session.len();
        let s = apply(s, &[Action::OnWire(ids[1], WireOp::Deliver)]);
        assert_eq!(s.session.len(), len);
    }

    #[test]
    fn undo_redo_and_branching_follow_the_timeline() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                call(Side::Server, CallSpec::Listen),
                call(Side::Client, CallSpec::Connect),
            ],
        );
        assert_eq!(
            (client(&s), s.timeline.len(), s.cursor),
            (State::SynSent, 3, 2)
        );
        let s = apply(s, &[Action::Undo]);
        assert_eq!((client(&s), s.session.len()), (State::Closed, 2));
        let s = apply(s, &[Action::Redo]);
        assert_eq!(client(&s), State::SynSent);
        // Going back and acting branches: the undone future is gone.
        let s = apply(s, &[Action::Jump(1), call(Side::Client, CallSpec::Listen)]);
        assert_eq!(
            (client(&s), s.timeline.len(), s.cursor),
            (State::Listen, 3, 2)
        );
        let s = apply(s, &[Action::Redo]);
        assert_eq!(client(&s), State::Listen, "nothing to redo after a branch");
        assert!(s.session_text().ends_with("server listen\nclient listen\n"));
    }

    #[test]
    fn a_fresh_sessions_seed_is_written_without_the_printer_as_the_printer_writes_it() {
        for n in [0, 1, 7, u32::MAX] {
            let mut printed = String::new();
            write_statements(&mut printed, &[Stmt::Seed(n)]);
            assert_eq!(seed_line(n), printed);
        }
        // And the fresh session so written reads back as the same session.
        let s = AppState::new(42);
        let mut text = header();
        text.push_str(&seed_line(42));
        assert_eq!(s.session_text(), text);
    }

    #[test]
    fn a_session_text_kept_between_saves_equals_one_written_whole() {
        let text: String = [header(), "seed 1\n".to_string()]
            .into_iter()
            .chain((0..700).map(|i| format!("advance {}ms\n", i % 7 + 1)))
            .collect();
        let s = Rc::new(restore(Source::Link, &text, 1).unwrap());
        let mut kept = SessionText::default();
        assert_eq!(s.session_text_with(&mut kept), text);
        assert_eq!(kept.chunks.len(), 2, "two sealed chunks of 256");
        // Back in time, forward again, and a branch long enough to seal a
        // chunk of its own where the other branch had one.
        let back = apply(s.clone(), &[Action::Jump(1)]);
        assert!(back.session.len() < 256, "{}", back.session.len());
        assert_eq!(back.session_text_with(&mut kept), back.session_text());
        assert_eq!(s.session_text_with(&mut kept), text);
        let mut branch = back;
        for _ in 0..300 {
            branch = apply(
                branch,
                &[Action::Do(Stmt::Advance(Duration::from_millis(2)))],
            );
        }
        assert_eq!(branch.session_text_with(&mut kept), branch.session_text());
        assert!(branch.session_text().ends_with("advance 2ms\n"));
        assert_eq!(s.session_text_with(&mut kept), text);
    }

    #[test]
    fn play_mode_ticks_merge_into_one_step() {
        let tick = Action::Tick(Duration::from_millis(50));
        let s = apply(
            Rc::new(AppState::new(1)),
            &[tick.clone(), tick.clone(), tick],
        );
        assert_eq!(s.timeline.len(), 2);
        assert_eq!(s.sim.now().as_millis(), 150);
        assert!(s.session_text().ends_with("advance 150ms\n"));
    }

    #[test]
    fn a_restored_session_can_be_undone_step_by_step() {
        let s = restore(
            Source::Saved,
            "seed 3\nserver listen\nclient connect\nrun\n",
            9,
        )
        .unwrap();
        assert_eq!((client(&s), s.timeline.len()), (State::Established, 4));
        let s = apply(Rc::new(s), &[Action::Undo]);
        assert_eq!(client(&s), State::SynSent);
    }

    #[test]
    fn refused_calls_are_announced_and_change_nothing() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[call(Side::Client, CallSpec::Close)],
        );
        let notice = s.notice.clone().unwrap();
        assert!(!notice.error);
        assert_eq!(
            notice.text.render(&crate::i18n::I18n::english_with_rules()),
            "The client's application is told “connection does not exist”."
        );
        assert_eq!(client(&s), State::Closed);
    }

    fn run_out(mut s: AppState) -> AppState {
        while s.busy() {
            s.work();
        }
        s
    }

    #[test]
    fn a_text_parsed_as_it_runs_ends_where_one_parsed_whole_does() {
        // Longer than a slice, with comments and blank lines between.
        let mut text = String::from("seed 4\n# comment\nserver listen\nclient connect\nrun\n\n");
        for i in 0..400 {
            text.push_str(&format!("# step {i}\nclient send \"ab\"\nrun\n"));
        }
        let whole = restore(Source::File, &text, 1).unwrap();
        let parsed = replay::start_parsing(Source::Capture, text.as_str().into(), 1).unwrap();
        assert_eq!(parsed.replay.as_ref().unwrap().total(), 804);
        let parsed = run_out(parsed);
        assert_eq!(parsed.notice, None);
        assert_eq!(parsed.sim.trace().len(), whole.sim.trace().len());
        assert_eq!(parsed.timeline.len(), whole.timeline.len());
        let rcv = |s: &AppState| s.sim.endpoint(Side::Server).tcb().rcv_nxt;
        assert_eq!(rcv(&parsed), rcv(&whole));
    }

    #[test]
    fn a_line_that_does_not_parse_ends_a_text_parsed_as_it_runs_there() {
        let mut text = String::from("server listen\nclient connect\nrun\n");
        for _ in 0..200 {
            text.push_str("advance 1ms\n");
        }
        text.push_str("client sned \"x\"\nclient close\n");
        let s = run_out(replay::start_parsing(Source::Capture, text.into(), 1).unwrap());
        // What ran before the line is kept, and the message names it.
        assert_eq!(client(&s), State::Established);
        let notice = s.notice.clone().unwrap();
        assert!(notice.error);
        let said = notice.text.render(&crate::i18n::I18n::english_with_rules());
        assert!(said.contains("204"), "{said}");
    }

    /// A capture's session opened the way the page opens it: the engine's
    /// replay of curl-ethernet.pcap, its text and its segments' ids.
    fn opened_capture() -> AppState {
        let bytes = include_bytes!("../engine/tests/captures/curl-ethernet.pcap");
        let capture = tcp_engine::capture::read(bytes).unwrap();
        let r = tcp_engine::capture::replay(&capture, &capture.connections()[0]);
        let opened = crate::capture::Opened {
            name: "curl-ethernet.pcap".into(),
            text: r.text.as_str().into(),
            label: String::new(),
            near: r.near,
            latency_ms: 0,
            packets: r.packets.len() as u32,
            lost: Vec::new(),
            unseen: 0,
            stopped: None,
            no_handshake: false,
            skipped: 0,
            cut_short: false,
            differences: Vec::new(),
            not_kept: Vec::new(),
            not_kept_bytes: 0,
            limited: None,
            segments: crate::capture::Numbers::new(
                r.ids.iter().map(|id| id.unwrap_or(0)).collect(),
            ),
        };
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::OpenCapture(Rc::new(opened))],
        );
        run_out(Rc::unwrap_or_clone(s))
    }

    /// What the ladder and log show of a session: each row's entry with
    /// its capture number, and the entries the log leaves out.
    fn as_shown(s: &AppState) -> (Vec<(u32, Option<u32>)>, Vec<u32>) {
        let trace = crate::components::ladder::TraceRef::of(s);
        let rows = s.rows.iter().map(|&i| {
            let number = match &s.sim.trace().get(i as usize).unwrap().event {
                Event::Sent { id, .. } => trace.capture_number(*id, i as usize),
                _ => None,
            };
            (i, number)
        });
        (rows.collect(), s.hidden.iter().copied().collect())
    }

    #[test]
    fn a_reopened_capture_session_is_shown_as_it_was() {
        let opened = opened_capture();
        let (rows, hidden) = as_shown(&opened);
        assert!(rows.iter().any(|&(_, n)| n == Some(1)), "{rows:?}");
        assert!(!hidden.is_empty());
        // Before the student acts (the way back to an earlier session),
        // after, and after going back into the replay and acting there.
        let acted = Rc::unwrap_or_clone(apply(
            Rc::new(opened.clone()),
            &[Action::Do(Stmt::Advance(Duration::from_secs(300)))],
        ));
        let back = opened.timeline.len().saturating_sub(4);
        let branched = Rc::unwrap_or_clone(apply(
            Rc::new(acted.clone()),
            &[
                Action::Jump(back),
                Action::Do(Stmt::Advance(Duration::from_secs(300))),
            ],
        ));
        for (s, source) in [
            (&opened, Source::Saved),
            (&acted, Source::Link),
            (&branched, Source::Saved),
        ] {
            let text = s.session_text();
            let reopened = restore(source, &text, 2).unwrap();
            assert_eq!(reopened.notice, None);
            assert_eq!(as_shown(&reopened), as_shown(s));
            assert_eq!(reopened.session_text(), text);
        }
        // The student's own steps after the replay show what they did.
        let (_, hidden) = as_shown(&acted);
        let own = acted.sim.trace().len() - acted.capture_end;
        assert!(own > 0 && hidden.iter().all(|&i| (i as usize) < acted.capture_end));
    }

    #[test]
    fn a_statement_that_fails_at_once_changes_nothing() {
        let s = restore(Source::File, "seed 2\nserver listen\nclient connect\n", 1).unwrap();
        let (events, steps) = (s.sim.trace().len(), s.session.len());
        let any = Selector { from: None, n: 3 };
        let failing = [
            Action::Do(Stmt::Deliver(any)),
            Action::Do(Stmt::Drop(any)),
            Action::Do(Stmt::Release(Side::Server, 1, None)),
            Action::Do(Stmt::Discard(Side::Client, 2)),
        ];
        let s = apply(Rc::new(s), &failing);
        assert_eq!((s.sim.trace().len(), s.session.len()), (events, steps));
        assert_eq!(client(&s), State::SynSent);
    }
}
