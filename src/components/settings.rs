//! Settings a scenario can set, applied as `set` statements (so they are
//! recorded in the session like everything else).

use crate::i18n::{use_i18n, Text};
use crate::state::Notice;
use tcp_engine::scenario::parse;
use tcp_engine::sim::{Side, Snapshot};
use tcp_engine::time::format_duration;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Settings`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// Current values.
    pub snapshot: Snapshot,
    /// Does a statement (the `set` statements made from the fields).
    pub on_do: Callback<tcp_engine::scenario::Stmt>,
    /// Tells the student of a mistake in a field.
    pub on_notify: Callback<Notice>,
}

/// (statement prefix, label's catalog key, current value; empty for random).
fn fields(s: &Snapshot) -> Vec<(&'static str, &'static str, String)> {
    let c = &s.endpoints[Side::Client].config;
    vec![
        ("seed", "settings-seed", s.config.seed.to_string()),
        ("set client.isn", "settings-client-isn", String::new()),
        ("set server.isn", "settings-server-isn", String::new()),
        (
            "set latency",
            "settings-latency",
            format_duration(s.config.latency),
        ),
        (
            "set loss",
            "settings-loss",
            s.config.loss_percent.to_string(),
        ),
        ("set rto", "settings-rto", format_duration(c.rto)),
        ("set msl", "settings-msl", format_duration(c.msl)),
        ("set mss", "settings-mss", c.mss.to_string()),
        (
            "set client.window",
            "settings-client-window",
            s.endpoints[Side::Client].config.window.to_string(),
        ),
        (
            "set server.window",
            "settings-server-window",
            s.endpoints[Side::Server].config.window.to_string(),
        ),
        ("set retries", "settings-retries", c.retries.to_string()),
        (
            "set rfc5961",
            "settings-rfc5961",
            if c.rfc5961 { "on".into() } else { "off".into() },
        ),
        (
            "set delayed-ack",
            "settings-delayed-ack",
            if c.delayed_ack {
                "on".into()
            } else {
                "off".into()
            },
        ),
    ]
}

crate::lazy_part!(
    /// The settings, in a chunk of its own: folded, below the first screen.
    pub SETTINGS, settings, super::lazy::View<Props>, |p| html! { <Settings ..p.clone() /> }
);

/// The settings form.
#[function_component]
pub fn Settings(props: &Props) -> Html {
    let i18n = use_i18n();
    let list = fields(&props.snapshot);
    let refs = use_memo(list.len(), |n| {
        (0..*n)
            .map(|_| NodeRef::default())
            .collect::<Vec<NodeRef>>()
    });
    let submit = {
        let refs = (*refs).clone();
        let (on_do, on_notify) = (props.on_do.clone(), props.on_notify.clone());
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
                        on_notify.emit(Notice {
                            error: true,
                            text: Text::msg(
                                "settings-error",
                                vec![
                                    ("field", Text::key(label).into()),
                                    ("message", message.into()),
                                ],
                            ),
                        });
                        return;
                    }
                }
            }
            for stmt in statements {
                on_do.emit(stmt);
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
            <summary>{i18n.t("settings-title")}</summary>
            <form onsubmit={submit}>
                <p class="hint">{i18n.t("settings-hint")}</p>
                <div class="grid">
                { for list.iter().zip(refs.iter()).map(|((_, label, current), r)| html! {
                    <label>{i18n.t(label)}<input ref={r.clone()} type="text"
                        placeholder={if current.is_empty() { i18n.t("settings-random") } else { current.clone() }} /></label>
                }) }
                </div>
                <button type="submit" class="primary">{i18n.t("settings-apply")}</button>
            </form>
        </details>
    }
}
