//! Messages to the page that embeds the playground: state changes,
//! signals, and a challenge completed.

use crate::state::AppState;
use yew::prelude::*;

/// Posts a message to the page that embeds the playground, if any.
pub fn post_to_parent(fields: &[(&str, wasm_bindgen::JsValue)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"tcp-playground".into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*key).into(), value);
    }
    // The messages carry nothing private, so any embedding origin may read them.
    let _ = parent.post_message(&message, "*");
}

/// Tells an embedding page what happened, once each.
#[hook]
pub fn use_parent_messages(state: &UseReducerHandle<AppState>) {
    // (session, trace length reported, challenge completed, cursor, steps)
    let posted = use_mut_ref(|| (0u32, 0usize, false, 0usize, 0usize));
    let state = state.clone();
    use_effect_with((state.session_id, state.sim.trace().len()), move |_| {
        let mut posted = posted.borrow_mut();
        let trace = state.sim.trace();
        let (cursor, steps) = (state.cursor, state.timeline.len());
        // Undo, redo and jumps revisit history: nothing new happened, so
        // nothing is reported (and nothing old is walked through again).
        let travelled = steps == posted.4 && cursor != posted.3;
        if posted.0 != state.session_id || travelled || trace.len() < posted.1 {
            // A new or restored session, or time travel: report from here on.
            *posted = (state.session_id, trace.len(), posted.2, cursor, steps);
        }
        posted.3 = cursor;
        posted.4 = steps;
        for entry in trace.iter_from(posted.1) {
            let time = wasm_bindgen::JsValue::from_f64(entry.time.as_millis() as f64);
            match &entry.event {
                tcp_engine::sim::Event::StateChanged { side, from, to } => post_to_parent(&[
                    ("type", "state".into()),
                    ("side", side.name().into()),
                    ("from", from.name().into()),
                    ("to", to.name().into()),
                    ("timeMs", time),
                ]),
                tcp_engine::sim::Event::Signal { side, signal } => post_to_parent(&[
                    ("type", "signal".into()),
                    ("side", side.name().into()),
                    ("text", signal.text().into()),
                    ("timeMs", time),
                ]),
                _ => {}
            }
        }
        posted.1 = trace.len();
        let completed = state.lesson.as_ref().is_some_and(|l| l.completed);
        if completed && !posted.2 {
            let title = state
                .lesson
                .as_ref()
                .map(|l| l.title.text.clone())
                .unwrap_or_default();
            post_to_parent(&[
                ("type", "challenge-complete".into()),
                ("title", title.into()),
            ]);
        }
        posted.2 = completed;
    });
}
