//! The student's session in this browser's storage. The rules:
//!
//! - Only the student's own actions in this tab write it: opening a link,
//!   a file or a lesson writes nothing until the student acts.
//! - Before a session that did not come from storage replaces the saved
//!   one, the saved one is kept aside ("your earlier session", one click
//!   back); a saved session that could not be replayed is kept aside too.
//! - Saving happens at most a second after a change (also while Play
//!   runs), and at once when the page is left.
//! - A save that fails (storage full) says so; a newer save from another
//!   tab is announced.
//! - A session whose replay did not finish (the page crashed or was
//!   closed) is not replayed again automatically: the app starts clean and
//!   offers it back.
//! - A page that frames the playground never reaches the storage.

use crate::i18n::Text;
use crate::state::{Action, AppState, Notice, SessionText, Source};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

/// The way back to the session this one replaced.
#[derive(Clone, PartialEq)]
pub struct Earlier {
    /// There is one to go back to.
    pub available: bool,
    /// Goes back to it; the current session is kept aside in its place.
    pub go_back: Callback<()>,
}

/// Saves the session: while the student acts, at most once a second (so
/// Play saves too), and at once when the page is left. `enabled` is false
/// when embedded.
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    enabled: bool,
) -> Earlier {
    // Per session: whether the saved one was kept aside already.
    let kept_aside = use_mut_ref(|| None::<u32>);
    let had_saved = *use_memo((), move |_| {
        enabled && (get(SESSION_KEY).is_some() || earlier().is_some())
    });
    let go_back = {
        let state = state.clone();
        let dispatch = dispatch.clone();
        let kept_aside = kept_aside.clone();
        Callback::from(move |_: ()| {
            // Before the first save the replaced session is still the saved one.
            let moved = *kept_aside.borrow() == Some(state.session_id);
            let earlier = if moved { earlier() } else { get(SESSION_KEY) };
            let Some(earlier) = earlier else {
                return;
            };
            set(EARLIER_KEY, &state.session_text());
            set(SESSION_KEY, &earlier);
            forget_fragment();
            dispatch.emit(Action::Restore(Source::Saved, earlier));
        })
    };
    let last_save = use_mut_ref(|| 0.0_f64);
    let written = use_mut_ref(SessionText::default);
    let failed = use_mut_ref(|| false);
    {
        let state = state.clone();
        let dispatch = dispatch.clone();
        // While work runs nothing is saved, and its slices change nothing
        // here (each would otherwise set up the save again).
        let moment = (!state.busy()).then(|| {
            (
                state.session.len(),
                state.sim.now(),
                state.cursor,
                state.dirty,
            )
        });
        use_effect_with((state.session_id, moment), move |_| {
            // Work under way (a replay, a long step) is not the student's yet.
            let pending = Rc::new(Cell::new(enabled && state.dirty && !state.busy()));
            let save = {
                let pending = pending.clone();
                let last_save = last_save.clone();
                let written = written.clone();
                Rc::new(move || {
                    if !pending.replace(false) {
                        return;
                    }
                    if *kept_aside.borrow() != Some(state.session_id) {
                        *kept_aside.borrow_mut() = Some(state.session_id);
                        if let Some(old) = get(SESSION_KEY) {
                            if state.restore_failed == Some(Source::Saved) {
                                set(UNREADABLE_KEY, &old);
                            } else if state.replaces_saved {
                                set(EARLIER_KEY, &old);
                            }
                        }
                    }
                    *last_save.borrow_mut() = js_sys::Date::now();
                    let text = state.session_text_with(&mut written.borrow_mut());
                    let ok = set(SESSION_KEY, &text);
                    if ok {
                        // The student's work is the session now: a reload
                        // must not go back to the link it started from.
                        forget_fragment();
                    }
                    // Said once when saving starts failing, once when it works again.
                    if ok == *failed.borrow() {
                        *failed.borrow_mut() = !ok;
                        dispatch.emit(Action::Notify(Notice {
                            error: !ok,
                            text: Text::key(if ok {
                                "notice-save-works"
                            } else {
                                "notice-save-failed"
                            }),
                        }));
                    }
                })
            };
            let since = js_sys::Date::now() - *last_save.borrow();
            let wait = if since >= f64::from(SAVE_EVERY_MS) {
                0
            } else {
                SAVE_EVERY_MS - since as u32
            };
            let timeout = {
                let save = save.clone();
                gloo_timers::callback::Timeout::new(wait, move || save())
            };
            let on_hide = Closure::<dyn Fn()>::new(move || save());
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
            }
            move || {
                drop(timeout);
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "pagehide",
                        on_hide.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    // Another tab saved: this one says so (its own work is not lost: it is
    // saved again with the student's next action here).
    {
        let dispatch = dispatch.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                    move |e: web_sys::StorageEvent| {
                        if e.key().as_deref() == Some(SESSION_KEY) {
                            dispatch.emit(Action::Notify(Notice {
                                error: false,
                                text: Text::key("notice-other-tab"),
                            }));
                        }
                    },
                );
                if let Some(w) = web_sys::window() {
                    let _ = w.add_event_listener_with_callback(
                        "storage",
                        on_storage.as_ref().unchecked_ref(),
                    );
                }
                on_storage
            });
            move || {
                if let (Some(w), Some(l)) = (web_sys::window(), listener) {
                    let _ = w
                        .remove_event_listener_with_callback("storage", l.as_ref().unchecked_ref());
                }
            }
        });
    }
    Earlier {
        available: had_saved && state.replaces_saved,
        go_back,
    }
}
