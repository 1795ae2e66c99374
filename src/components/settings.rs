//! Settings a scenario can set, applied as `set` statements (so they are
//! recorded in the session like everything else).

use crate::state::{Action, Notice};
use tcp_engine::scenario::parse;
use tcp_engine::sim::Snapshot;
use tcp_engine::time::format_duration;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Settings`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Current values.
    pub snapshot: Snapshot,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// (statement prefix, label, current value).
fn fields(s: &Snapshot) -> Vec<(&'static str, &'static str, String)> {
    let c = &s.endpoints[0].config;
    vec![
        (
            "seed",
            "Seed (random ISNs and loss)",
            s.config.seed.to_string(),
        ),
        ("set client.isn", "Client ISN (next SYN)", "random".into()),
        ("set server.isn", "Server ISN (next SYN)", "random".into()),
        (
            "set latency",
            "Latency (one way)",
            format_duration(s.config.latency),
        ),
        (
            "set loss",
            "Random loss (%)",
            s.config.loss_percent.to_string(),
        ),
        ("set rto", "Initial RTO", format_duration(c.rto)),
        (
            "set msl",
            "MSL (TIME-WAIT = 2 × MSL)",
            format_duration(c.msl),
        ),
        ("set mss", "MSS (bytes)", c.mss.to_string()),
        (
            "set client.window",
            "Client window",
            s.endpoints[0].config.window.to_string(),
        ),
        (
            "set server.window",
            "Server window",
            s.endpoints[1].config.window.to_string(),
        ),
        (
            "set retries",
            "Retries before giving up",
            c.retries.to_string(),
        ),
        (
            "set rfc5961",
            "RFC 5961 challenge ACKs (on/off)",
            if c.rfc5961 { "on".into() } else { "off".into() },
        ),
    ]
}

/// The settings form.
#[function_component]
pub fn Settings(props: &Props) -> Html {
    let refs: Vec<NodeRef> = (0..12).map(|_| NodeRef::default()).collect();
    let list = fields(&props.snapshot);
    let submit = {
        let refs = refs.clone();
        let dispatch = props.dispatch.clone();
        let list = list.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut statements = Vec::new();
            for ((prefix, label, _), r) in list.iter().zip(&refs) {
                let Some(input) = r.cast::<HtmlInputElement>() else {
                    continue;
                };
                let value = input.value();
                if value.trim().is_empty() {
                    continue;
                }
                // The scenario parser checks the value and explains mistakes.
                match parse(&format!("{prefix} {}", value.trim())) {
                    Ok(script) => statements.extend(script.statements.into_iter().map(|s| s.kind)),
                    Err(err) => {
                        let message = err.message.replace("found \"", "found “").replace('"', "”");
                        dispatch.emit(Action::Notify(Notice {
                            error: true,
                            text: format!("{label}: {message}"),
                        }));
                        return;
                    }
                }
            }
            for stmt in statements {
                dispatch.emit(Action::Do(stmt));
            }
            for r in &refs {
                if let Some(input) = r.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    html! {
        <details class="settings">
            <summary>{"Settings"}</summary>
            <form onsubmit={submit}>
                <p class="hint">{"Fill in what you want to change; empty fields stay as they are. Durations look like 250ms, 1s or 2m."}</p>
                <div class="grid">
                { for list.iter().zip(&refs).map(|((_, label, current), r)| html! {
                    <label>{*label}<input ref={r.clone()} type="text" placeholder={current.clone()} /></label>
                }) }
                </div>
                <button type="submit" class="primary">{"Apply"}</button>
            </form>
        </details>
    }
}
