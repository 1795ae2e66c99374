//! A capture beside its replay: where it was taken, what could not be
//! known, where the real stacks left RFC 9293 (each difference named as in
//! docs/real-stacks.md), and the student taking over from any moment; and
//! the choice of a connection when a file holds several.
//!
//! Functions of the page rather than components: a component costs the
//! first load more than the little it would spare redrawing.

use crate::capture::Opened;
use crate::hooks::Choosing;
use crate::i18n::I18n;
use crate::state::Action;
use tcp_engine::scenario::{Setting, Stmt};
use tcp_engine::sim::Side;
use yew::prelude::*;

/// The choice of a connection.
pub fn picker(i18n: &I18n, choosing: &Choosing, choose: &Callback<Option<usize>>) -> Html {
    let cancel = choose.reform(|_: MouseEvent| None);
    html! {
        <section class="capture-pick" aria-labelledby="capture-pick-title">
            <h2 id="capture-pick-title">{i18n.f("capture-pick", &[("name", choosing.name.as_str().into())])}</h2>
            <ul>
                { for choosing.connections.iter().enumerate().map(|(n, c)| html! {
                    <li><button onclick={choose.reform(move |_: MouseEvent| Some(n))}>
                        {i18n.f("capture-connection", &[
                            ("label", c.label.as_str().into()),
                            ("packets", c.packets.into()),
                            ("start", c.start_ms.into()),
                        ])}
                    </button></li>
                }) }
            </ul>
            <button class="secondary" onclick={cancel}>{i18n.t("capture-pick-cancel")}</button>
        </section>
    }
}

fn side_name(i18n: &I18n, side: Side) -> String {
    i18n.t(match side {
        Side::Client => "side-client",
        Side::Server => "side-server",
    })
}

/// What the student reads beside a capture's replay.
pub fn panel(i18n: &I18n, opened: &Opened, dispatch: &Callback<Action>) -> Html {
    let take_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            for side in Side::BOTH {
                dispatch.emit(Action::Do(Stmt::Set(Setting::Auto(side, true))));
            }
        })
    };
    // The replay's own text, with a comment before each segment: what a
    // teacher edits into a lesson (the session's export has no comments).
    let save = {
        let (name, text) = (opened.name.clone(), opened.text.clone());
        Callback::from(move |_: MouseEvent| {
            let stem = name
                .rsplit_once('.')
                .map_or(name.as_str(), |(stem, _)| stem);
            crate::export::download_bytes(&format!("{stem}.scn"), "text/plain", text.as_bytes());
        })
    };
    let point = match opened.near {
        Some(side) => i18n.f(
            "capture-near",
            &[
                ("side", side_name(i18n, side).into()),
                ("latency", opened.latency_ms.into()),
            ],
        ),
        None => i18n.t("capture-near-unknown"),
    };
    // One item per kind of difference, with where it happened: the first
    // few places, then how many more (a long capture may have thousands).
    const PLACES: usize = 8;
    let mut kinds: Vec<(&str, String, usize)> = Vec::new();
    for d in &opened.differences {
        let i = match kinds.iter().position(|(k, ..)| *k == d.kind) {
            Some(i) => i,
            None => {
                kinds.push((&d.kind, String::new(), 0));
                kinds.len() - 1
            }
        };
        let (_, list, count) = &mut kinds[i];
        *count += 1;
        if *count <= PLACES {
            if *count > 1 {
                list.push_str(", ");
            }
            list.push_str(&i18n.f(
                "capture-at",
                &[
                    ("packet", d.packet.into()),
                    ("side", side_name(i18n, d.side).into()),
                ],
            ));
        }
    }
    for (_, list, count) in &mut kinds {
        if *count > PLACES {
            list.push_str(&i18n.f("capture-more", &[("count", (*count - PLACES).into())]));
        }
    }
    html! {
        <section class="capture" aria-labelledby="capture-title" data-testid="capture">
            <h2 id="capture-title" tabindex="-1">{i18n.f("capture-title", &[("name", opened.name.as_str().into())])}</h2>
            <p>{i18n.f("capture-summary", &[("label", opened.label.as_str().into()), ("packets", opened.packets.into())])}
                {" "}{point}</p>
            if opened.lost > 0 {
                <p>{i18n.f("capture-lost", &[("count", opened.lost.into())])}</p>
            }
            if opened.unseen > 0 {
                <p>{i18n.f("capture-unseen", &[("count", opened.unseen.into())])}</p>
            }
            if let Some(at) = opened.stopped {
                <p>{i18n.f("capture-stopped", &[("packet", at.into())])}</p>
            }
            if opened.no_handshake {
                <p>{i18n.t("capture-no-handshake")}</p>
            }
            if opened.skipped > 0 {
                <p>{i18n.f("capture-skipped", &[("count", opened.skipped.into())])}</p>
            }
            if opened.cut_short {
                <p>{i18n.t("capture-cut-short")}</p>
            }
            if opened.differences.is_empty() {
                <p>{i18n.t("capture-no-differences")}</p>
            } else {
                <details class="differences">
                    <summary>{i18n.f("capture-differences", &[("count", kinds.len().into())])}</summary>
                    <ul>
                        { for kinds.iter().map(|(kind, at, _)| html! {
                            <li>
                                <strong>{i18n.f("capture-difference", &[("name", (*kind).into()), ("at", at.as_str().into())])}</strong>
                                {" "}{i18n.t(&format!("difference-{kind}"))}
                            </li>
                        }) }
                    </ul>
                    <p class="hint">{i18n.t("capture-differences-doc")}</p>
                </details>
            }
            <p class="hint">{i18n.t("capture-continue-help")}</p>
            <div class="buttons">
                <button onclick={take_over}>{i18n.t("capture-continue")}</button>
                <button class="secondary" onclick={save}>{i18n.t("capture-save")}</button>
            </div>
            <p class="hint">{i18n.t("capture-save-help")}</p>
        </section>
    }
}
