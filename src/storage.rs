//! The student's session in this browser's storage. The rules (written
//! once, as a pure function, in [`plan`]):
//!
//! - Only the student's own actions in this tab write it: opening a link,
//!   a file or a lesson writes nothing until the student acts.
//! - Before a session that did not come from storage replaces the saved
//!   one (a link, even one that could not be opened, a file, a lesson, a
//!   reset), the saved one is kept aside ("your earlier session", one click
//!   back); a saved session that could not be replayed is kept aside too.
//!   When it cannot be (the storage is full), the student is asked before
//!   anything is overwritten.
//! - Saving happens at most a second after a change (also while Play
//!   runs), and at once when the page is left. A session the app could
//!   not open again (over a restore's limits) is not saved, and it says so.
//! - A save that fails (storage full) says so; a newer save from another
//!   tab is announced.
//! - A session whose replay did not finish (the page crashed or was
//!   closed) is not replayed again automatically: the app starts clean and
//!   offers it back.
//! - A page that frames the playground never reaches the storage.

pub mod plan;

use crate::i18n::Text;
use crate::listener::{listen, Listening};
use crate::state::{Action, AppState, Notice, SessionText, Source};
use plan::{Answer, Aside, Effect, Event, Origin, Over, Standing, Stored, Trouble};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tcp_engine::limits::{MAX_SCRIPT_BYTES, MAX_STATEMENTS};
use yew::prelude::*;

/// The session.
pub const SESSION_KEY: &str = "tcp-playground/session/v1";
/// The session a link, file, lesson or reset replaced.
pub const EARLIER_KEY: &str = "tcp-playground/session/v1/earlier";
/// A saved session that could not be replayed, kept for a teacher to read.
pub const UNREADABLE_KEY: &str = "tcp-playground/session/v1/unreadable";
/// Present while a saved session is being replayed.
const REPLAYING_KEY: &str = "tcp-playground/session/v1/replaying";
/// At most one save per this many milliseconds.
const SAVE_EVERY_MS: u32 = 1000;

/// This browser's storage, unless the page is framed by another: a course
/// page must not read or overwrite the student's own session.
pub fn storage() -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    let framed = match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    };
    if framed {
        return None;
    }
    window.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// What the saved session offers at start.
pub enum Saved {
    /// Nothing saved.
    Nothing,
    /// A session to replay.
    Session(String),
    /// A session whose last replay never finished: not replayed again.
    Unfinished(String),
}

/// The saved session, and whether its last replay finished.
pub fn saved() -> Saved {
    let Some(text) = get(SESSION_KEY) else {
        return Saved::Nothing;
    };
    if get(REPLAYING_KEY).is_some() {
        if let Some(s) = storage() {
            let _ = s.remove_item(REPLAYING_KEY);
        }
        Saved::Unfinished(text)
    } else {
        Saved::Session(text)
    }
}

/// Marks the replay of the saved session as under way (cleared when it
/// has been drawn once).
pub fn replaying(on: bool) {
    if let Some(s) = storage() {
        let _ = if on {
            s.set_item(REPLAYING_KEY, "1")
        } else {
            s.remove_item(REPLAYING_KEY)
        };
    }
}

/// The session kept aside when another replaced it, if any.
pub fn earlier() -> Option<String> {
    get(EARLIER_KEY)
}

/// Takes a share link's or a lesson's fragment (`#s=…`, `#lesson=…`) out
/// of the address bar, so that a reload opens the saved session.
fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.hash().is_ok_and(|h| !h.is_empty()) {
        let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
            return;
        };
        if let Ok(history) = window.history() {
            let url = format!("{path}{search}");
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The way back to the session this one replaced, and the question asked
/// when the saved session cannot be kept aside.
#[derive(Clone, PartialEq)]
pub struct Earlier {
    /// There is one to go back to.
    pub available: bool,
    /// Goes back to it; the current session is kept aside in its place.
    pub go_back: Callback<()>,
    /// The saved session could not be kept aside: the student is asked.
    pub asking: bool,
    /// The student's answer.
    pub answer: Callback<Answer>,
}

/// What the runner keeps between plans.
#[derive(Default)]
struct Tab {
    /// The session `standing` is for.
    session_id: u32,
    standing: Standing,
    stored: Stored,
    written: SessionText,
    last_save: f64,
    /// The page's first session when no link or lesson is in the address:
    /// the saved session opens at once, so it offers no earlier one.
    quiet: Option<u32>,
}

impl Tab {
    /// The standing of the session on screen (a new one starts afresh).
    fn standing(&self, session_id: u32) -> Standing {
        if self.session_id == session_id {
            self.standing
        } else {
            Standing::default()
        }
    }
}

/// Where the session on screen came from, for the storage rules.
fn origin(state: &AppState) -> Origin {
    if state.restore_failed == Some(Source::Saved) {
        Origin::Unreadable
    } else if state.replaces_saved {
        Origin::Elsewhere
    } else {
        Origin::Saved
    }
}

/// The one place storage effects run: [`plan::plan`] says what, this does
/// it, and feeds back what a write reports until nothing more follows.
#[derive(Clone)]
struct Runner {
    tab: Rc<RefCell<Tab>>,
    state: UseReducerHandle<AppState>,
    dispatch: Callback<Action>,
    asking: UseStateHandle<bool>,
}

impl Runner {
    /// A save is due: the session's text, unless a rule says otherwise.
    fn save(&self) {
        self.save_state(&self.state);
    }

    /// A save of `state` (the session on screen, or one just replaced).
    fn save_state(&self, state: &AppState) {
        let text = {
            let mut tab = self.tab.borrow_mut();
            tab.last_save = js_sys::Date::now();
            // Before this session first writes, what is stored now (another
            // tab may have saved since the page opened): that is kept aside.
            if tab.standing(state.session_id).claim == plan::Claim::Fresh {
                tab.stored.session = get(SESSION_KEY).is_some();
            }
            state.session_text_with(&mut tab.written)
        };
        let statements = tcp_engine::scenario::count_statements(&text);
        let bytes = text.len();
        self.run_for(state, Event::Save { bytes, statements }, &text);
    }

    fn run(&self, event: Event, text: &str) {
        self.run_for(&self.state, event, text);
    }

    fn run_for(&self, state: &AppState, event: Event, text: &str) {
        let mut next = Some(event);
        while let Some(event) = next.take() {
            let (effects, standing) = {
                let tab = self.tab.borrow();
                let was = tab.standing(state.session_id);
                plan::plan(tab.stored, origin(state), was, event)
            };
            {
                let mut tab = self.tab.borrow_mut();
                tab.session_id = state.session_id;
                tab.standing = standing;
            }
            for effect in effects {
                next = self.apply(*effect, text);
                if next.is_some() {
                    break;
                }
            }
        }
    }

    /// Runs one effect; what a write reports, if anything follows from it.
    fn apply(&self, effect: Effect, text: &str) -> Option<Event> {
        let notify = |error, text| self.dispatch.emit(Action::Notify(Notice { error, text }));
        let stored = |f: fn(&mut Stored)| f(&mut self.tab.borrow_mut().stored);
        match effect {
            Effect::KeepAside(to) => {
                let key = match to {
                    Aside::Earlier => EARLIER_KEY,
                    Aside::Unreadable => UNREADABLE_KEY,
                };
                let kept = get(SESSION_KEY).is_none_or(|old| set(key, &old));
                if to == Aside::Earlier && kept {
                    stored(|s| s.earlier = true);
                }
                (!kept).then_some(Event::AsideFailed)
            }
            Effect::Save => {
                if !set(SESSION_KEY, text) {
                    return Some(Event::WriteFailed);
                }
                stored(|s| s.session = true);
                // The student's work is the session now: a reload must not
                // go back to the link it started from.
                forget_fragment();
                Some(Event::Written)
            }
            Effect::Download => {
                if let Some(old) = get(SESSION_KEY) {
                    crate::export::download_bytes(
                        "tcp-earlier-session.scn",
                        "text/plain",
                        old.as_bytes(),
                    );
                }
                None
            }
            Effect::Ask(on) => {
                self.asking.set(on);
                None
            }
            Effect::PutAside => {
                if !set(EARLIER_KEY, &self.state.session_text()) {
                    return Some(Event::WriteFailed);
                }
                stored(|s| s.earlier = true);
                None
            }
            Effect::OpenEarlier | Effect::OpenSaved => {
                let earlier = matches!(effect, Effect::OpenEarlier);
                let text = get(if earlier { EARLIER_KEY } else { SESSION_KEY })?;
                if earlier {
                    // Read before this session takes its place.
                    if !set(EARLIER_KEY, &self.state.session_text()) {
                        return Some(Event::WriteFailed);
                    }
                    // Should this fail, the next save writes it: it is on screen.
                    set(SESSION_KEY, &text);
                }
                forget_fragment();
                replaying(true);
                self.dispatch.emit(Action::Restore(Source::Saved, text));
                None
            }
            Effect::Say(Trouble::Full) => {
                notify(true, Text::key("notice-save-failed"));
                None
            }
            Effect::Say(Trouble::TooLong(over)) => {
                let (key, n, max) = match over {
                    Over::Bytes => ("notice-save-too-long", text.len(), MAX_SCRIPT_BYTES),
                    Over::Statements => (
                        "notice-save-too-many",
                        tcp_engine::scenario::count_statements(text),
                        MAX_STATEMENTS,
                    ),
                };
                notify(
                    true,
                    Text::msg(key, vec![("n", n.into()), ("max", max.into())]),
                );
                None
            }
            Effect::SayWorks => {
                notify(false, Text::key("notice-save-works"));
                None
            }
            Effect::SayNotSaved => {
                notify(false, Text::key("notice-not-saved"));
                None
            }
        }
    }
}

/// Whether a session is saved (storage's own rule for offering "↩
/// Earlier session"); false when nothing is kept (`persist` off).
pub fn had_saved(persist: bool) -> bool {
    persist
        && (earlier().is_some()
            || storage()
                .and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
                .is_some())
}

/// A save waiting: its timer, and the page being left (dropped, it is
/// not made).
/// A save waiting for its time.
struct Waiting {
    /// The session as it was when the save was asked for.
    state: Rc<AppState>,
    /// Whether it is still to be made.
    pending: Rc<Cell<bool>>,
    _timer: gloo_timers::callback::Timeout,
    _on_hide: Listening,
}

/// Makes the saves the reducer asks for ([`crate::state::Effect::Save`]):
/// at most once a second (so Play saves too), and at once when the page
/// is left.
#[derive(Clone)]
pub struct Saver {
    runner: Runner,
    enabled: bool,
    waiting: Rc<RefCell<Option<Waiting>>>,
}

impl Saver {
    /// A save is due: a second after the last one at the earliest, or
    /// when the page is left first. It replaces a save still waiting.
    pub fn due(&self) {
        let runner = self.runner.clone();
        // Work under way (a replay, a long step) is not the student's yet.
        let state = &runner.state;
        let pending = Rc::new(Cell::new(self.enabled && state.dirty && !state.busy()));
        // Kept for a new session's first save (see `flush_other`); a clone
        // shares the session's logs.
        let snapshot = Rc::new((**state).clone());
        let since = js_sys::Date::now() - runner.tab.borrow().last_save;
        let save = {
            let pending = pending.clone();
            Rc::new(move || {
                if pending.replace(false) {
                    runner.save();
                }
            })
        };
        let wait = if since >= f64::from(SAVE_EVERY_MS) {
            0
        } else {
            SAVE_EVERY_MS - since as u32
        };
        let timeout = {
            let save = save.clone();
            gloo_timers::callback::Timeout::new(wait, move || save())
        };
        let on_hide = listen("pagehide", move |_: web_sys::Event| save());
        flush_other(&self.runner, &self.waiting, snapshot.session_id);
        *self.waiting.borrow_mut() = Some(Waiting {
            state: snapshot,
            pending,
            _timer: timeout,
            _on_hide: on_hide,
        });
    }

    /// Nothing is to be saved: a save still waiting is not made, unless it
    /// is another session's.
    pub fn drop_waiting(&self) {
        flush_other(&self.runner, &self.waiting, self.runner.state.session_id);
        self.waiting.borrow_mut().take();
    }
}

/// A save still waiting for a session other than `session` is made now, of
/// that session as it was: the new one (Reset, a lesson, a link) keeps the
/// saved session aside as the earlier one, which must hold its last
/// actions too, even those of the second before.
fn flush_other(runner: &Runner, waiting: &RefCell<Option<Waiting>>, session: u32) {
    let other = waiting
        .borrow_mut()
        .take_if(|w| w.state.session_id != session);
    if let Some(w) = other.filter(|w| w.pending.replace(false)) {
        runner.save_state(&w.state);
    }
}

/// The way back to an earlier session, and the saves the reducer asks for
/// ([`Saver`]); `enabled` is false when embedded.
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    enabled: bool,
) -> (Earlier, Saver) {
    let tab = use_mut_ref(|| {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok());
        Tab {
            stored: Stored {
                session: enabled && get(SESSION_KEY).is_some(),
                earlier: enabled && earlier().is_some(),
            },
            quiet: hash
                .is_none_or(|h| h.is_empty())
                .then_some(state.session_id),
            ..Tab::default()
        }
    });
    let asking = use_state(|| false);
    let waiting = use_mut_ref(|| None);
    let runner = Runner {
        tab: tab.clone(),
        state: state.clone(),
        dispatch: dispatch.clone(),
        asking: asking.clone(),
    };
    let go_back = {
        let (runner, waiting) = (runner.clone(), waiting.clone());
        Callback::from(move |_: ()| {
            if enabled {
                // The session before a Reset may still have a save waiting:
                // it is the one to open. This session's own is dropped:
                // going back keeps its latest text aside itself, and that
                // save would write it over the session opened.
                flush_other(&runner, &waiting, runner.state.session_id);
                waiting.borrow_mut().take();
                let dirty = runner.state.dirty;
                runner.run(Event::GoBack { dirty }, "");
            }
        })
    };
    let answer = {
        let runner = runner.clone();
        Callback::from(move |answer: Answer| {
            runner.run(Event::Answer(answer), "");
            // The save it held back, as any save (its limits apply).
            runner.save();
        })
    };
    // Another tab saved: this one says so (its own work is not lost: it is
    // saved again with the student's next action here).
    {
        let dispatch = dispatch.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                listen("storage", move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() == Some(SESSION_KEY) {
                        dispatch.emit(Action::Notify(Notice {
                            error: false,
                            text: Text::key("notice-other-tab"),
                        }));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let standing = tab.borrow().standing(state.session_id);
    let earlier = Earlier {
        available: enabled
            && tab.borrow().quiet != Some(state.session_id)
            && plan::can_go_back(tab.borrow().stored, origin(state), standing.claim),
        go_back,
        asking: *asking && standing.claim == plan::Claim::Asking,
        answer,
    };
    let saver = Saver {
        runner,
        enabled,
        waiting,
    };
    (earlier, saver)
}
