//! Opening a capture: the file's bytes go to a capture worker started for
//! that file, its answers come back as actions or as the choice of a
//! connection. The worker ends once the replay is here (when the page is
//! next idle), when the student cancels, or when it fails (its memory goes
//! with it); the next file starts a new one. See `crate::capture` for the
//! messages.

use crate::capture::{Listing, Opened, Refusal, Shown};
use crate::i18n::Text;
use crate::state::{Action, Notice};
use std::cell::RefCell;
use std::rc::Rc;
use tcp_engine::capture::MAX_CAPTURE_BYTES;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

/// Where opening a file is.
#[derive(Clone, Debug, PartialEq)]
pub enum Picking {
    /// The worker reads the file or replays a connection.
    Reading {
        /// The file's name.
        name: String,
    },
    /// Its connections wait for the student to choose one.
    Choosing {
        /// The file's name.
        name: String,
        /// The connections shown.
        shown: Shown,
    },
}

/// What the page needs to open captures.
#[derive(Clone, PartialEq)]
pub struct CaptureOpener {
    /// Opens a file.
    pub open: Callback<File>,
    /// A file being read, or waiting for the choice of a connection.
    pub picking: Option<Picking>,
    /// The student chose connection N (`None`: none, after all; the same
    /// cancels reading).
    pub choose: Callback<Option<u32>>,
    /// Shows the first N connections (the largest first).
    pub list: Callback<usize>,
}

/// The worker reading the current file, and its handlers (kept while it
/// runs, dropped with it).
struct Running {
    worker: Worker,
    handlers: Vec<Closure<dyn FnMut(MessageEvent)>>,
}

type Current = Rc<RefCell<Option<Running>>>;

fn notify(dispatch: &Callback<Action>, text: Text) {
    dispatch.emit(Action::Notify(Notice { error: true, text }));
}

/// The message for a file the worker could not read.
fn refusal(name: &str, size: f64, why: Refusal) -> Text {
    let name = ("name", name.to_string().into());
    match why {
        Refusal::TooLarge => Text::msg(
            "capture-too-big",
            vec![
                name,
                ("size", (size as u64).into()),
                ("max", MAX_CAPTURE_BYTES.into()),
            ],
        ),
        Refusal::NotACapture => Text::msg("capture-not-capture", vec![name]),
        Refusal::Damaged(why) => Text::msg("capture-damaged", vec![name, ("why", why.into())]),
    }
}

/// Moves focus to what just appeared (the choice of a connection, the
/// capture's panel) once it is drawn, so that a keyboard or screen reader
/// user is taken to it rather than left at the button they pressed. The
/// panel may wait for its chunk (or the action for the sessions chunk), so
/// it is looked for at each frame, for up to 10 seconds; if the student has
/// moved the focus meanwhile, it stays where they put it.
fn focus_soon(selector: &'static str) {
    let document = web_sys::window().and_then(|w| w.document());
    let Some(document) = document else {
        return;
    };
    let was = document.active_element();
    // From the next frame: the page is drawn again before it (a panel
    // already there would be found before the new one replaced it).
    crate::components::scroll::at_next_frame(move || look_for(document, was, selector, 600));
}

/// One look for `focus_soon`'s element; `left` looks remain.
fn look_for(
    document: web_sys::Document,
    was: Option<web_sys::Element>,
    selector: &'static str,
    left: u32,
) {
    let now = document.active_element();
    // The focus is where it was, or was let go (the picker's button gone).
    let untouched = now == was
        || now.is_none()
        || now.as_ref() == document.body().map(Into::into).as_ref()
        || was.as_ref().is_some_and(|w| !w.is_connected());
    if !untouched || left == 0 {
        return;
    }
    let found = document
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match found {
        Some(element) => {
            let _ = element.focus();
        }
        None => crate::components::scroll::at_next_frame(move || {
            look_for(document, was, selector, left - 1)
        }),
    }
}

/// Ends the current worker, if any: the browser frees all it held. Its
/// handlers are dropped in the next task, once the running one has
/// returned (one of them may be what ends it); forgotten, each kept what it
/// held for the page's life.
fn stop(current: &Current) {
    if let Some(running) = current.borrow_mut().take() {
        let worker = &running.worker;
        worker.terminate();
        // Nothing calls a handler once dropped.
        worker.set_onmessage(None);
        worker.set_onerror(None);
        worker.set_onmessageerror(None);
        gloo_timers::callback::Timeout::new(0, move || drop(running)).forget();
    }
}

/// Ends the current worker once the page is idle (at the latest after
/// two seconds), its handlers detached at once. The replay has arrived:
/// ending the worker there and then, its teardown (a 56 MB capture's
/// reader holds 264 MB) ran beside the page taking the replay, whose own
/// memory growth and first calls then waited for it (that answer: 20 ms of
/// work held the page 150-260 ms on a busy machine).
fn stop_when_idle(current: &Current) {
    if let Some(running) = current.borrow_mut().take() {
        let worker = &running.worker;
        worker.set_onmessage(None);
        worker.set_onerror(None);
        worker.set_onmessageerror(None);
        crate::components::lazy::when_idle(2000, move || {
            running.worker.terminate();
            drop(running);
        });
    }
}

/// Whether `worker` is still the current one (not cancelled or replaced).
fn is_current(current: &Current, worker: &Worker) -> bool {
    current
        .borrow()
        .as_ref()
        .is_some_and(|r| JsValue::from(&r.worker) == JsValue::from(worker))
}

/// Starts a worker for the file `name`; a failure in it (out of memory,
/// say) ends it with a message naming the file.
fn start(
    current: &Current,
    name: &str,
    picking: &UseStateHandle<Option<Picking>>,
    dispatch: &Callback<Action>,
) -> Option<Worker> {
    stop(current);
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options("capture-worker.js", &options).ok()?;
    let failed = {
        let (current, picking, dispatch) = (current.clone(), picking.clone(), dispatch.clone());
        let (name, w) = (name.to_string(), worker.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |_| {
            if is_current(&current, &w) {
                stop(&current);
                picking.set(None);
                notify(
                    &dispatch,
                    Text::msg("capture-failed", vec![("name", name.clone().into())]),
                );
            }
        })
    };
    worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(failed.as_ref().unchecked_ref()));
    *current.borrow_mut() = Some(Running {
        worker: worker.clone(),
        handlers: vec![failed],
    });
    Some(worker)
}

/// Sends `message` to the current worker; its answer goes to `answer`.
fn ask(current: &Current, message: &JsValue, answer: impl FnMut(JsValue) + 'static) {
    ask_boxed(current, message, Box::new(answer));
}

/// [`ask`], compiled once (each answer's closure costs the first load).
fn ask_boxed(current: &Current, message: &JsValue, mut answer: Box<dyn FnMut(JsValue)>) {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| answer(e.data()));
    let mut running = current.borrow_mut();
    let Some(running) = running.as_mut() else {
        return;
    };
    let worker = &running.worker;
    worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // A file's bytes move to the worker rather than being copied (the page
    // needs them no more): a 10 MB copy would hold the page.
    let _ = if message.is_instance_of::<js_sys::ArrayBuffer>() {
        worker.post_message_with_transfer(message, &js_sys::Array::of1(message))
    } else {
        worker.post_message(message)
    };
    // Replaced by the next question's, kept until the worker ends.
    running.handlers.push(handler);
}

/// Asks for connection `n`'s replay, opens it, and ends the worker.
fn replay(
    current: &Current,
    picking: &UseStateHandle<Option<Picking>>,
    n: u32,
    name: String,
    dispatch: Callback<Action>,
) {
    picking.set(Some(Picking::Reading { name: name.clone() }));
    let (done, picking) = (current.clone(), picking.clone());
    ask(current, &JsValue::from(n), move |answer| {
        stop_when_idle(&done);
        picking.set(None);
        if answer.is_null() {
            return;
        }
        let opened = Opened {
            name: name.clone(),
            ..Opened::from_js(&answer)
        };
        dispatch.emit(Action::OpenCapture(Rc::new(opened)));
        focus_soon("#capture-title");
    });
}

/// What the page asks of the capture opener.
enum Command {
    Open(File),
    Choose(Option<u32>),
    List(usize),
}

/// The opener's state, shared by its commands.
struct Opener {
    current: Current,
    picking: UseStateHandle<Option<Picking>>,
    dispatch: Callback<Action>,
}

crate::lazy_part!(
    /// Opening captures ([`run`]), in a chunk of its own: used only when a
    /// capture is opened.
    OPENER, capture_opener, fn(&Opener, Command), run
);

/// Loads the opener's chunk, then `next` (see `crate::components::lazy::prefetch`).
pub fn prefetch(next: crate::components::lazy::Next) {
    crate::components::lazy::prefetch(OPENER, next);
}

/// Carries out `command`.
fn run(opener: &Opener, command: Command) {
    use crate::components::{capture, lazy};
    lazy::install(capture::PICKER, capture::picker);
    let Opener {
        current,
        picking,
        dispatch,
    } = opener;
    match command {
        Command::Open(file) => {
            let name = file.name();
            // Refused before it is read: the worker would refuse it anyway.
            let size = file.size();
            if size > MAX_CAPTURE_BYTES as f64 {
                notify(dispatch, refusal(&name, size, Refusal::TooLarge));
                return;
            }
            let Some(w) = start(current, &name, picking, dispatch) else {
                notify(dispatch, Text::key("capture-no-worker"));
                return;
            };
            picking.set(Some(Picking::Reading { name: name.clone() }));
            let (current, picking, dispatch) = (current.clone(), picking.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                // Cancelled, or another file opened, while it was read.
                if !is_current(&current, &w) {
                    return;
                }
                let Ok(bytes) = read else {
                    stop(&current);
                    picking.set(None);
                    notify(
                        &dispatch,
                        Text::msg("notice-not-text", vec![("name", name.into())]),
                    );
                    return;
                };
                let asked = current.clone();
                ask(&current, &bytes, move |answer| {
                    match Listing::from_js(&answer) {
                        Listing::Refused(why) => {
                            stop(&asked);
                            picking.set(None);
                            notify(&dispatch, refusal(&name, size, why));
                        }
                        Listing::Connections(shown) if shown.total == 0 => {
                            stop(&asked);
                            picking.set(None);
                            notify(
                                &dispatch,
                                Text::msg(
                                    "capture-no-connection",
                                    vec![("name", name.clone().into())],
                                ),
                            );
                        }
                        Listing::Connections(shown) if shown.total == 1 => {
                            let n = shown.choices.first().map_or(0, |c| c.n);
                            replay(&asked, &picking, n, name.clone(), dispatch.clone());
                        }
                        Listing::Connections(shown) => {
                            picking.set(Some(Picking::Choosing {
                                name: name.clone(),
                                shown,
                            }));
                            focus_soon(".capture-pick li button");
                        }
                    }
                });
            });
        }
        Command::Choose(n) => {
            let name = match &**picking {
                Some(Picking::Choosing { name, .. }) => name.clone(),
                _ => String::new(),
            };
            match n {
                Some(n) if current.borrow().is_some() => {
                    replay(current, picking, n, name, dispatch.clone())
                }
                _ => {
                    stop(current);
                    picking.set(None);
                }
            }
        }
        Command::List(limit) => {
            let Some(Picking::Choosing { name, .. }) = &**picking else {
                return;
            };
            let (name, picking) = (name.clone(), picking.clone());
            let message = crate::capture::object(&[("limit", (limit as f64).into())]);
            ask(current, &message, move |answer| {
                if let Listing::Connections(shown) = Listing::from_js(&answer) {
                    picking.set(Some(Picking::Choosing {
                        name: name.clone(),
                        shown,
                    }));
                }
            });
        }
    }
}

/// Opening captures, for the page.
#[hook]
pub fn use_capture_opener(dispatch: &Callback<Action>) -> CaptureOpener {
    let current: Current = use_mut_ref(|| None);
    let picking = use_state_eq(|| None::<Picking>);
    let send = {
        let (current, picking, dispatch) = (current.clone(), picking.clone(), dispatch.clone());
        Rc::new(move |command: Command| {
            let opener = Opener {
                current: current.clone(),
                picking: picking.clone(),
                dispatch: dispatch.clone(),
            };
            let failed = dispatch.clone();
            crate::components::lazy::with_part(
                OPENER,
                move |run| run(&opener, command),
                move || notify(&failed, Text::key("lazy-failed")),
            );
        })
    };
    // `open` is the same callback at every render (the controls given it
    // would render again at every action otherwise), running the latest
    // render's `send`.
    let latest = use_mut_ref(|| send.clone());
    *latest.borrow_mut() = send.clone();
    let open = use_memo((), move |_| {
        Callback::from(move |file| {
            let send = latest.borrow().clone();
            send(Command::Open(file))
        })
    });
    let (choose, list) = (send.clone(), send);
    CaptureOpener {
        open: (*open).clone(),
        picking: (*picking).clone(),
        choose: Callback::from(move |n| choose(Command::Choose(n))),
        list: Callback::from(move |limit| list(Command::List(limit))),
    }
}
