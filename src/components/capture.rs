//! A capture beside its replay: where it was taken, what could not be
//! known, where the real stacks left RFC 9293 (each difference named as in
//! docs/real-stacks.md), and the student taking over from any moment; and
//! the choice of a connection when a file holds several.
//!
//! Functions of the page rather than components: a component costs the
//! first load more than the little it would spare redrawing.

use crate::capture::{Opened, PICK_PAGE};
use crate::hooks::{CaptureOpener, Picking};
use crate::i18n::I18n;
use tcp_engine::scenario::{Setting, Stmt};
use tcp_engine::sim::Side;
use yew::prelude::*;

/// Draws [`picker`].
pub type Picker = fn(&I18n, &CaptureOpener) -> Html;

crate::installed!(
    /// The picker, put in place by the capture opener's chunk when it
    /// first runs: only it reads files and offers their connections.
    pub PICKER: Picker = picker
);

/// A file being read (with a way to cancel), or the choice of one of its
/// connections: the largest first, [`PICK_PAGE`] more at each request.
pub fn picker(i18n: &I18n, opener: &CaptureOpener) -> Html {
    let choose = &opener.choose;
    let cancel = choose.reform(|_: MouseEvent| None);
    let (name, shown) = match &opener.picking {
        None => return html! {},
        Some(Picking::Reading { name }) => {
            return html! {
                <section class="capture-pick" aria-labelledby="capture-pick-title" data-testid="capture-reading">
                    <h2 id="capture-pick-title">{i18n.f("capture-reading", &[("name", name.as_str().into())])}</h2>
                    <button class="secondary" onclick={cancel}>{i18n.t("capture-reading-cancel")}</button>
                </section>
            };
        }
        Some(Picking::Choosing { name, shown }) => (name, shown),
    };
    let limit = shown.choices.len() + PICK_PAGE;
    let more = opener.list.reform(move |_: MouseEvent| limit);
    let hidden = (shown.total as usize).saturating_sub(shown.choices.len());
    html! {
        <section class="capture-pick" aria-labelledby="capture-pick-title">
            <h2 id="capture-pick-title">{i18n.f("capture-pick", &[("name", name.as_str().into())])}</h2>
            <ul>
                { for shown.choices.iter().map(|c| {
                    let n = c.n;
                    html! {
                        <li><button onclick={choose.reform(move |_: MouseEvent| Some(n))}>
                            {i18n.f("capture-connection", &[
                                ("label", c.label.as_str().into()),
                                ("packets", c.packets.into()),
                                ("start", c.start_ms.into()),
                            ])}
                        </button></li>
                    }
                }) }
            </ul>
            if hidden > 0 {
                <button class="secondary" onclick={more}>{i18n.f("capture-show-more", &[("hidden", hidden.into())])}</button>{" "}
            }
            <button class="secondary" onclick={cancel}>{i18n.t("capture-pick-cancel")}</button>
        </section>
    }
}

/// "8 (server), 12 (server), …, and 4 more": the first few places, then
/// how many more (a long capture may have thousands).
fn places(i18n: &I18n, at: &[(u32, Side)]) -> String {
    const SHOWN: usize = 8;
    let mut list = String::new();
    for (i, &(packet, side)) in at.iter().take(SHOWN).enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push_str(&i18n.f(
            "capture-at",
            &[
                ("packet", packet.into()),
                ("side", side_name(i18n, side).into()),
            ],
        ));
    }
    if at.len() > SHOWN {
        list.push_str(&i18n.f("capture-more", &[("count", (at.len() - SHOWN).into())]));
    }
    list
}

fn side_name(i18n: &I18n, side: Side) -> String {
    i18n.t(match side {
        Side::Client => "side-client",
        Side::Server => "side-server",
    })
}

/// Props of [`CapturePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The capture opened.
    pub opened: std::rc::Rc<Opened>,
    /// Where the panel's statements go.
    pub on_do: Callback<Stmt>,
}

/// What the student reads beside a capture's replay ([`panel`]).
#[function_component]
pub fn CapturePanel(props: &PanelProps) -> Html {
    let i18n = crate::i18n::use_i18n();
    panel(&i18n, &props.opened, &props.on_do)
}

crate::lazy_part!(
    /// The capture panel, in a chunk of its own: only captures show it.
    pub PANEL, capture_panel, super::lazy::View<PanelProps>,
    |p| html! { <CapturePanel ..p.clone() /> }
);

/// What the student reads beside a capture's replay.
pub fn panel(i18n: &I18n, opened: &Opened, on_do: &Callback<Stmt>) -> Html {
    let take_over = {
        let on_do = on_do.clone();
        Callback::from(move |_: MouseEvent| {
            for side in Side::BOTH {
                on_do.emit(Stmt::Set(Setting::Auto(side, true)));
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
    // One item per kind of difference, with where it happened.
    let mut kinds: Vec<(&str, Vec<(u32, Side)>)> = Vec::new();
    for d in &opened.differences {
        match kinds.iter_mut().find(|(k, _)| *k == d.kind) {
            Some((_, at)) => at.push((d.packet, d.side)),
            None => kinds.push((&d.kind, vec![(d.packet, d.side)])),
        }
    }
    html! {
        <section class="capture" aria-labelledby="capture-title" data-testid="capture">
            <h2 id="capture-title" tabindex="-1">{i18n.f("capture-title", &[("name", opened.name.as_str().into())])}</h2>
            <p>{i18n.f("capture-summary", &[("label", opened.label.as_str().into()), ("packets", opened.packets.into())])}
                {" "}{point}{" "}{i18n.t("capture-numbering")}</p>
            if !opened.lost.is_empty() {
                <p>{i18n.f("capture-lost", &[("count", opened.lost.len().into()), ("at", places(i18n, &opened.lost).into())])}</p>
            }
            if opened.unseen > 0 {
                <p>{i18n.f("capture-unseen", &[("count", opened.unseen.into())])}</p>
            }
            if !opened.not_kept.is_empty() {
                <p>{i18n.f("capture-not-kept", &[
                    ("count", opened.not_kept.len().into()),
                    ("at", places(i18n, &opened.not_kept).into()),
                    ("bytes", opened.not_kept_bytes.into()),
                ])}</p>
            }
            if let Some(l) = &opened.limited {
                <p>{i18n.f(&l.limit, &[
                    ("at", l.at.into()),
                    ("total", l.total.into()),
                    ("max", l.max.into()),
                ])}</p>
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
                        { for kinds.iter().map(|(kind, at)| html! {
                            <li>
                                <strong>{i18n.f("capture-difference", &[
                                    ("title", i18n.attr(&format!("difference-{kind}"), "title", &[]).into()),
                                    ("name", (*kind).into()),
                                    ("at", places(i18n, at).into()),
                                ])}</strong>
                                {" "}{i18n.t(&format!("difference-{kind}"))}
                            </li>
                        }) }
                    </ul>
                    <p class="hint"><a href="real-stacks.html" target="_blank" rel="noopener">{i18n.t("capture-differences-doc")}</a></p>
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
