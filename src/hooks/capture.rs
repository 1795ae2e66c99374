//! Opening a capture: the file's bytes go to the capture worker (started
//! the first time), its answers come back as actions or as the choice of a
//! connection. See `crate::capture` for the messages.

use crate::capture::{Choice, Listing, Opened, Refusal};
use crate::i18n::Text;
use crate::state::{Action, Notice};
use std::rc::Rc;
use tcp_engine::capture::MAX_CAPTURE_BYTES;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

/// A file whose connections wait for the student to choose one.
#[derive(Clone, Debug, PartialEq)]
pub struct Choosing {
    /// The file's name.
    pub name: String,
    /// Its connections.
    pub connections: Vec<Choice>,
}

/// What the page needs to open captures.
#[derive(Clone, PartialEq)]
pub struct CaptureOpener {
    /// Opens a file.
    pub open: Callback<File>,
    /// A file with several connections, waiting for a choice.
    pub choosing: Option<Choosing>,
    /// The student chose connection N (`None`: none, after all).
    pub choose: Callback<Option<usize>>,
}

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
/// user is taken to it rather than left at the button they pressed.
fn focus_soon(selector: &'static str) {
    gloo_timers::callback::Timeout::new(0, move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = found {
            let _ = element.focus();
        }
    })
    .forget();
}

/// Sends `message` to the worker; its answer goes to `answer`.
fn ask(worker: &Worker, message: &JsValue, answer: impl FnMut(JsValue) + 'static) {
    let mut answer = answer;
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| answer(e.data()));
    worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // One handler per question, replaced by the next: kept until then.
    handler.forget();
    // A file's bytes move to the worker rather than being copied (the page
    // needs them no more): a 10 MB copy would hold the page.
    let _ = if message.is_instance_of::<js_sys::ArrayBuffer>() {
        worker.post_message_with_transfer(message, &js_sys::Array::of1(message))
    } else {
        worker.post_message(message)
    };
}

/// Asks for connection `n`'s replay, and opens it.
fn replay(worker: &Worker, n: usize, name: String, dispatch: Callback<Action>) {
    ask(worker, &JsValue::from(n as f64), move |answer| {
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

/// Opening captures, for the page.
#[hook]
pub fn use_capture_opener(dispatch: &Callback<Action>) -> CaptureOpener {
    let worker = use_mut_ref(|| None::<Worker>);
    let choosing = use_state_eq(|| None::<Choosing>);
    let open = {
        let (worker, choosing, dispatch) = (worker.clone(), choosing.clone(), dispatch.clone());
        Callback::from(move |file: File| {
            let name = file.name();
            // Refused before it is read: the worker would refuse it anyway.
            let size = file.size();
            if size > MAX_CAPTURE_BYTES as f64 {
                notify(&dispatch, refusal(&name, size, Refusal::TooLarge));
                return;
            }
            let existing = worker.borrow().clone();
            let started = existing.or_else(|| {
                let options = WorkerOptions::new();
                options.set_type(WorkerType::Module);
                let w = Worker::new_with_options("capture-worker.js", &options).ok()?;
                *worker.borrow_mut() = Some(w.clone());
                Some(w)
            });
            let Some(w) = started else {
                notify(&dispatch, Text::key("capture-no-worker"));
                return;
            };
            let (choosing, dispatch) = (choosing.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(bytes) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
                else {
                    notify(
                        &dispatch,
                        Text::msg("notice-not-text", vec![("name", name.into())]),
                    );
                    return;
                };
                let asked = w.clone();
                ask(&w, &bytes, move |answer| match Listing::from_js(&answer) {
                    Listing::Refused(why) => notify(&dispatch, refusal(&name, size, why)),
                    Listing::Connections(c) if c.is_empty() => notify(
                        &dispatch,
                        Text::msg("capture-no-connection", vec![("name", name.clone().into())]),
                    ),
                    Listing::Connections(c) if c.len() == 1 => {
                        replay(&asked, 0, name.clone(), dispatch.clone())
                    }
                    Listing::Connections(connections) => {
                        choosing.set(Some(Choosing {
                            name: name.clone(),
                            connections,
                        }));
                        focus_soon(".capture-pick li button");
                    }
                });
            });
        })
    };
    let choose = {
        let (worker, choosing, dispatch) = (worker, choosing.clone(), dispatch.clone());
        Callback::from(move |n: Option<usize>| {
            let name = choosing
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default();
            choosing.set(None);
            if let (Some(n), Some(w)) = (n, worker.borrow().as_ref()) {
                replay(w, n, name, dispatch.clone());
            }
        })
    };
    CaptureOpener {
        open,
        choosing: (*choosing).clone(),
        choose,
    }
}
