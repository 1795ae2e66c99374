//! Settings a scenario can set, applied as `set` statements (so they are
//! recorded in the session like everything else).

use crate::i18n::{use_i18n, Text};
use crate::state::Notice;
use tcp_engine::endpoint::CongestionControl;
use tcp_engine::scenario::{parse, Stmt};
use tcp_engine::setting::Setting;
use tcp_engine::sim::{Side, Snapshot};
use tcp_engine::time::format_duration;
use web_sys::{HtmlInputElement, HtmlSelectElement};
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

/// A side's name in a catalog key and its scenario-language name.
fn side_key(side: Side) -> &'static str {
    match side {
        Side::Client => "client",
        Side::Server => "server",
    }
}

/// The congestion control and SACK chosen in `refs` (client's algorithm,
/// client's SACK, server's algorithm, server's SACK), as the settings
/// that change something: applied through `Sim::apply` like every other.
fn congestion_changes(s: &Snapshot, refs: &[NodeRef]) -> Vec<Stmt> {
    let mut out = Vec::new();
    for (k, side) in Side::BOTH.into_iter().enumerate() {
        let config = &s.endpoints[side].config;
        let chosen = refs
            .get(2 * k)
            .and_then(NodeRef::cast::<HtmlSelectElement>)
            .and_then(|e| {
                CongestionControl::ALL
                    .into_iter()
                    .find(|cc| cc.name() == e.value())
            });
        if let Some(cc) = chosen.filter(|cc| *cc != config.cc) {
            out.push(Stmt::Set(Setting::Cc(side, cc)));
        }
        let sack = refs
            .get(2 * k + 1)
            .and_then(NodeRef::cast::<HtmlInputElement>)
            .map(|e| e.checked());
        if let Some(on) = sack.filter(|on| *on != config.sack) {
            out.push(Stmt::Set(Setting::Sack(side, on)));
        }
    }
    out
}

/// The congestion-control and SACK controls of both sides, with when a
/// change takes effect (`refs` as [`congestion_changes`] reads them).
fn congestion_fields(i18n: &crate::i18n::I18n, s: &Snapshot, refs: &[NodeRef]) -> Html {
    let side = |k: usize, side: Side| {
        let config = &s.endpoints[side].config;
        let name = side_key(side);
        let options = CongestionControl::ALL.into_iter().map(|cc| {
            html! {
                <option value={cc.name()} selected={cc == config.cc}>{i18n.t(&format!("settings-cc-{}", cc.name()))}</option>
            }
        });
        html! {
            <>
                <label>{i18n.t(&format!("settings-{name}-cc"))}
                    <select ref={refs[2 * k].clone()} aria-describedby="settings-cc-when" data-testid={format!("settings-{name}-cc")}>
                        { for options }
                    </select>
                </label>
                <label class="check">
                    <span>{i18n.t(&format!("settings-{name}-sack"))}</span>
                    <input ref={refs[2 * k + 1].clone()} type="checkbox" checked={config.sack}
                        aria-describedby="settings-sack-when" data-testid={format!("settings-{name}-sack")} />
                </label>
            </>
        }
    };
    html! {
        <fieldset class="congestion">
            <legend>{i18n.t("settings-congestion")}</legend>
            <p class="hint" id="settings-cc-when">{i18n.t("settings-cc-when")}</p>
            <p class="hint" id="settings-sack-when">{i18n.t("settings-sack-when")}</p>
            <div class="grid">
                {side(0, Side::Client)}
                {side(1, Side::Server)}
            </div>
        </fieldset>
    }
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
    let cc_refs = use_memo((), |_| {
        (0..4).map(|_| NodeRef::default()).collect::<Vec<NodeRef>>()
    });
    let submit = {
        let refs = (*refs).clone();
        let (cc_refs, snapshot) = ((*cc_refs).clone(), props.snapshot.clone());
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
            statements.extend(congestion_changes(&snapshot, &cc_refs));
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
        // A region of its own, named as its summary: every part of the
        // page is in a landmark.
        <section aria-label={i18n.t("settings-title")}>
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
                {congestion_fields(&i18n, &props.snapshot, &cc_refs)}
                <button type="submit" class="primary">{i18n.t("settings-apply")}</button>
            </form>
        </details>
        </section>
    }
}
