//! The app's effects that are not the reducer's (those are values run by
//! `shell::use_effects`): the play clock, keyboard shortcuts, start-up,
//! opening captures, and the means the runner uses for work in slices and
//! messages to an embedding page. These only dispatch actions.

mod capture;
mod parent;
mod startup;

pub use capture::{
    prefetch as prefetch_capture_opener, use_capture_opener, CaptureOpener, Picking,
};
pub use parent::{tell, tell_lesson, Audience, Told, TELL_LESSON};
pub use startup::use_startup;

use crate::state::{Action, SPEEDS};
use gloo_timers::callback::Interval;
use std::time::Duration;
use yew::prelude::*;

/// Play mode advances the clock this often (real time).
const TICK_MS: u32 = 50;

/// Work under way (a long replay or step) runs a slice at a time, giving
/// the page back between. Slices are cheap next to drawing the page, so a
/// task runs slices until [`SLICES_MS`] have passed, and the page is drawn
/// once per task rather than once per slice. Queued for the next task;
/// dropping what this returns cancels them (see
/// [`crate::state::Effect::Slices`]).
pub fn next_slices(dispatch: &Callback<Action>) -> Option<Soon> {
    let dispatch = dispatch.clone();
    soon(move || {
        let clock = web_sys::window().and_then(|w| w.performance());
        let now = || clock.as_ref().map_or(f64::INFINITY, |c| c.now());
        let start = now();
        // Once the work ends, a further slice does nothing.
        for _ in 0..MAX_SLICES_PER_TASK {
            dispatch.emit(Action::Continue);
            if now() - start >= SLICES_MS {
                break;
            }
        }
    })
}

/// A task queued to run `f` next, after anything the browser has pending
/// (drawing, input). Unlike a zero timeout it is not held back 4 ms once
/// timeouts nest, which left a replay's main thread idle half the time.
/// Dropping it cancels `f`. One channel serves every task (a channel per
/// task cost a replay more than a millisecond per slice to make and drop).
pub struct Soon {
    id: u64,
}

/// The channel, and the one task waiting on it (a newer one replaces it).
struct SoonChannel {
    sender: web_sys::MessagePort,
    _receiver: web_sys::MessagePort,
    _run: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

type Pending = Option<(u64, Box<dyn FnOnce()>)>;

thread_local! {
    static SOON_NEXT: std::cell::RefCell<Pending> = const { std::cell::RefCell::new(None) };
    static SOON_IDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static SOON_CHANNEL: Option<SoonChannel> = {
        let channel = web_sys::MessageChannel::new().ok();
        channel.map(|channel| {
            let run = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
                if let Some((_, f)) = SOON_NEXT.with(|next| next.borrow_mut().take()) {
                    f()
                }
            });
            let receiver = channel.port1();
            receiver.set_onmessage(Some(wasm_bindgen::JsCast::unchecked_ref(run.as_ref())));
            SoonChannel {
                sender: channel.port2(),
                _receiver: receiver,
                _run: run,
            }
        })
    };
}

impl Drop for Soon {
    fn drop(&mut self) {
        SOON_NEXT.with(|next| {
            let mut next = next.borrow_mut();
            if next.as_ref().is_some_and(|(id, _)| *id == self.id) {
                *next = None;
            }
        });
    }
}

fn soon(f: impl FnOnce() + 'static) -> Option<Soon> {
    let id = SOON_IDS.with(|ids| {
        ids.set(ids.get().wrapping_add(1));
        ids.get()
    });
    let posted = SOON_CHANNEL.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|c| c.sender.post_message(&wasm_bindgen::JsValue::NULL).is_ok())
    });
    if !posted {
        return None;
    }
    SOON_NEXT.with(|next| *next.borrow_mut() = Some((id, Box::new(f))));
    Some(Soon { id })
}

/// `value()`, or while `hold` is true, what it was when the hold began
/// (not computed meanwhile). While work runs in slices (a restore, a long
/// step), everything but the dock keeps showing the moment before it:
/// drawing the thousands of rows rushing past, and the endpoints, clock
/// and buttons with them, cost more than the work itself, and nobody can
/// read them. The dock shows the progress meanwhile.
#[hook]
pub fn use_held<T: Clone + 'static>(hold: bool, value: impl FnOnce() -> T) -> T {
    let held = use_mut_ref(|| None::<T>);
    let mut held = held.borrow_mut();
    match &*held {
        Some(was) if hold => was.clone(),
        _ => held.insert(value()).clone(),
    }
}

/// Milliseconds of slices one task runs before the page is drawn.
const SLICES_MS: f64 = 12.0;
/// Most slices in one task.
const MAX_SLICES_PER_TASK: u32 = 8;

/// A notice, in the page's flow (under the wire; on a phone or a tablet,
/// under the endpoints), is brought into view when it appears below the
/// screen (the wire at a frame's bottom edge), if the control the student
/// used (the focus) stays in view; never otherwise. `words`: whether the
/// words fetched after the first screen have come (notices wait for them).
#[hook]
pub fn use_notice_in_view(state: &UseReducerHandle<crate::state::AppState>, words: bool) {
    use_effect_with((state.notice.clone(), state.refused, words), |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let document = window.document();
        let notice = document
            .as_ref()
            .and_then(|d| d.query_selector(".middle > .notice").ok().flatten());
        let (Some(notice), Ok(height)) = (notice, window.inner_height()) else {
            return;
        };
        let by = notice.get_bounding_client_rect().bottom() - height.as_f64().unwrap_or(0.0) + 8.0;
        let used = document
            .and_then(|d| d.active_element())
            .map_or(0.0, |a| a.get_bounding_client_rect().top());
        if by > 0.0 && used >= by {
            window.scroll_by_with_x_and_y(0.0, by);
        }
    });
}

/// Play mode: the simulated clock moves while playing, at speed index
/// `speed` (see [`SPEEDS`]).
#[hook]
pub fn use_play_clock(playing: bool, speed: usize, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    let factor = SPEEDS[speed.min(SPEEDS.len() - 1)];
    use_effect_with((playing, speed), move |(playing, _)| {
        let interval = playing.then(|| {
            let step = Duration::from_secs_f64(f64::from(TICK_MS) / 1000.0 * factor);
            Interval::new(TICK_MS, move || dispatch.emit(Action::Tick(step)))
        });
        move || drop(interval)
    });
}

/// Keyboard: Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo; Space plays
/// or pauses; N steps to the next event. Not while typing, and nothing in
/// `mode=readonly`.
#[hook]
pub fn use_shortcuts(playing: bool, readonly: bool, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with(playing, move |playing| {
        let playing = *playing;
        let listening = crate::listener::listen("keydown", move |e: web_sys::KeyboardEvent| {
            // Keys belong to the control that has focus: nothing while
            // typing, and Space presses a focused button rather than
            // starting Play. Ctrl+Z, Ctrl+Y and N are no control's keys.
            let target = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
            // A checkbox, radio button or slider takes no text: the
            // shortcuts work there, but Space is still theirs.
            let choice = target.as_ref().is_some_and(|el| {
                el.tag_name() == "INPUT"
                    && matches!(
                        el.get_attribute("type").as_deref(),
                        Some("checkbox" | "radio" | "range")
                    )
            });
            let typing = !choice
                && target.as_ref().is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.has_attribute("contenteditable")
                });
            let on_control = choice
                || target.as_ref().is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY")
                        || el.has_attribute("tabindex")
                });
            if typing || readonly || (on_control && e.key() == " ") {
                return;
            }
            let key = e.key();
            let ctrl = e.ctrl_key() || e.meta_key();
            let action = match key.as_str() {
                "z" | "Z" if ctrl && e.shift_key() => Some(Action::Redo),
                "z" if ctrl => Some(Action::Undo),
                "y" if ctrl => Some(Action::Redo),
                " " if !ctrl => Some(Action::SetPlaying(!playing)),
                "n" if !ctrl => Some(Action::StepEvent),
                _ => None,
            };
            if let Some(action) = action {
                e.prevent_default();
                dispatch.emit(action);
            }
        });
        move || drop(listening)
    });
}
