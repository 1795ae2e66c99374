//! Segments in flight, each with what the student can do to it.

use crate::i18n::render::{self, clock};
use crate::i18n::use_i18n;
use crate::state::WireOp;
use crate::view::printable;
use std::time::Duration;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{InFlight, Origin};
use tcp_engine::Instant;
use yew::prelude::*;

/// Segments listed at most (thousands may be in flight on a slow wire).
const WIRE_LISTED: usize = 50;

/// Characters of a payload a line shows before "…".
const SHOWN_CHARS: usize = 8;

/// The wire's section (a skip link's target).
pub const SECTION_ID: &str = "wire";

/// Props of [`Wire`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// In flight, oldest first.
    pub wire: Vec<InFlight>,
    /// The clock.
    pub now: Instant,
    /// Number format.
    pub numbering: Numbering,
    /// Acts on the segment in flight with this id.
    pub on_wire: Callback<(u64, WireOp)>,
}

/// What can be done to the segment in flight with this id. The reducer
/// finds it at the time of the click, so a list drawn a moment ago never
/// acts on another segment.
fn op(
    on_wire: &Callback<(u64, WireOp)>,
    refocus: &std::rc::Rc<std::cell::Cell<bool>>,
    id: u64,
    op: WireOp,
) -> Callback<MouseEvent> {
    let on_wire = on_wire.clone();
    let refocus = refocus.clone();
    Callback::from(move |_: MouseEvent| {
        // The button may go with its segment: keep the focus in the list.
        refocus.set(true);
        on_wire.emit((id, op));
    })
}

/// Puts the focus back in the wire's list after a button there acted (the
/// segment, and its button, may be gone): on the first segment's first
/// button, or on the list itself when it is empty.
fn refocus_in(section: &NodeRef) {
    let Some(section) = section.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    if focused.is_some_and(|f| section.contains(Some(&f)) && f.tag_name() == "BUTTON") {
        return;
    }
    let target = section
        .query_selector(".flight-actions button")
        .ok()
        .flatten()
        .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
        .unwrap_or(section);
    let _ = target.focus();
}

/// The payload as a student reads it in a line: whole when short, else its
/// first characters and "…"; with its length in bytes either way.
fn payload(i18n: &crate::i18n::I18n, bytes: &[u8]) -> String {
    let text = printable(bytes);
    let mut chars = text.char_indices();
    let short = match chars.nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    };
    i18n.f(
        "wire-payload",
        &[("text", short.into()), ("n", bytes.len().into())],
    )
}

/// One segment in flight, on one line: what it is, when it arrives (its
/// progress drawn under the line) and what can be done to it.
fn flight_line(
    i18n: &crate::i18n::I18n,
    props: &Props,
    refocus: &std::rc::Rc<std::cell::Cell<bool>>,
    f: &InFlight,
) -> Html {
    let d = &props.on_wire;
    let deliver = op(d, refocus, f.id, WireOp::Deliver);
    let drop = op(d, refocus, f.id, WireOp::Drop);
    let dup = op(d, refocus, f.id, WireOp::Duplicate);
    let delay = op(d, refocus, f.id, WireOp::Delay(Duration::from_millis(500)));
    let left = f
        .arrives_at
        .as_millis()
        .saturating_sub(props.now.as_millis());
    let span = f
        .arrives_at
        .as_millis()
        .saturating_sub(f.sent_at.as_millis())
        .max(1);
    let progress = 100 - crate::components::ladder::along(0, 100, left, span);
    let origin = match f.origin {
        Origin::Tcp => String::new(),
        Origin::Released => format!(" {}", i18n.t("wire-released")),
        Origin::Injected => format!(" {}", i18n.t("wire-injected")),
        Origin::Duplicate { of } => format!(" {}", i18n.f("wire-copy", &[("of", of.into())])),
    };
    let arrow = i18n.t(if f.from == tcp_engine::sim::Side::Client {
        "composer-client-to-server"
    } else {
        "composer-server-to-client"
    });
    let eta = i18n.f("wire-arrives-in", &[("time", clock(left).into())]);
    let head = format!("flight-{}", f.id);
    html! {
        <li class={classes!("flight", f.from.name())} data-testid="in-flight">
            <span class="flight-head" id={head.clone()}>
                <strong>{format!("#{} ", f.id)}</strong>{arrow}{": "}
                <code>{render::segment(i18n, &props.numbering, &f.seg, f.from)}</code>
                if !f.seg.payload.is_empty() { <span class="payload">{" "}{payload(i18n, &f.seg.payload)}</span> }
                <span class="origin">{origin}</span>
            </span>
            <span class="eta">{eta.clone()}</span>
            <span class="flight-actions">
                // Each row's buttons share their names; the segment they
                // act on is their description.
                <button onclick={deliver} aria-describedby={head.clone()}>{i18n.t("wire-deliver")}</button>
                <button onclick={drop} aria-describedby={head.clone()}>{i18n.t("wire-drop")}</button>
                <button onclick={dup} aria-describedby={head.clone()}>{i18n.t("wire-duplicate")}</button>
                <button onclick={delay} aria-describedby={head}>{i18n.t("wire-delay")}</button>
            </span>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow={progress.to_string()}
                 aria-label={eta}>
                <div style={format!("width:{progress}%")} />
            </div>
        </li>
    }
}

/// The list of segments on the wire.
#[function_component]
pub fn Wire(props: &Props) -> Html {
    let i18n = use_i18n();
    let section = use_node_ref();
    let refocus = use_mut_ref(|| std::rc::Rc::new(std::cell::Cell::new(false)));
    let refocus = refocus.borrow().clone();
    // Whether the focus is in the list: a segment that leaves by another
    // way (N, the clock) takes its focused button with it, and the focus
    // must not fall back to the top of the page.
    let holds_focus = use_mut_ref(|| false);
    let onfocusin = {
        let holds_focus = holds_focus.clone();
        Callback::from(move |_: FocusEvent| *holds_focus.borrow_mut() = true)
    };
    let onfocusout = {
        let holds_focus = holds_focus.clone();
        let section = section.clone();
        Callback::from(move |e: FocusEvent| {
            let to = e
                .related_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
            let inside = section
                .cast::<web_sys::HtmlElement>()
                .zip(to)
                .is_some_and(|(s, to)| s.contains(Some(&to)));
            *holds_focus.borrow_mut() = inside;
        })
    };
    {
        let section = section.clone();
        let refocus = refocus.clone();
        let holds_focus = holds_focus.clone();
        let ids: Vec<u64> = props.wire.iter().map(|f| f.id).collect();
        use_effect_with(ids, move |_| {
            let lost = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| {
                    d.active_element()
                        .is_none_or(|a| Some(a) == d.body().map(Into::into))
                });
            if refocus.replace(false) || (*holds_focus.borrow() && lost) {
                refocus_in(&section);
            }
        });
    }
    html! {
        <section class="wire" id={SECTION_ID} ref={section} tabindex="-1" aria-label={i18n.t("wire-region")} {onfocusin} {onfocusout}>
            <h2>{i18n.t("wire-title")}</h2>
            if props.wire.is_empty() {
                <p class="hint">{i18n.t("wire-empty")}</p>
            } else if let Some(lines) = super::lazy::installed(LINES) {
                {lines(&i18n, props, &refocus)}
            }
        </section>
    }
}

/// Draws [`lines`].
pub type Lines = fn(&crate::i18n::I18n, &Props, &std::rc::Rc<std::cell::Cell<bool>>) -> Html;

crate::installed!(
    /// [`lines`]: only the sessions chunk's actions put a segment on the wire.
    pub LINES: Lines = lines
);

/// The segments on the wire, one line each. Beyond three, the oldest and
/// the newest stay in view and those between them are folded under a
/// count (a 70,000-byte send puts 45 segments on the wire); the fold lists
/// the oldest of them.
pub fn lines(
    i18n: &crate::i18n::I18n,
    props: &Props,
    refocus: &std::rc::Rc<std::cell::Cell<bool>>,
) -> Html {
    let line = |f: &InFlight| flight_line(i18n, props, refocus, f);
    let n = props.wire.len();
    let folded = n.saturating_sub(2);
    if n <= 3 {
        html! { <ul>{ for props.wire.iter().map(line) }</ul> }
    } else {
        let between = &props.wire[1..n - 1];
        let more = between.len().saturating_sub(WIRE_LISTED);
        html! {
            <ul>
                {line(&props.wire[0])}
                <li class="wire-fold">
                    <details>
                        <summary>{i18n.f("wire-between", &[("n", folded.into())])}</summary>
                        <ul>{ for between.iter().take(WIRE_LISTED).map(line) }</ul>
                        if more > 0 {
                            <p class="hint">{i18n.f("wire-more", &[("n", more.into())])}</p>
                        }
                    </details>
                </li>
                {line(&props.wire[n - 1])}
            </ul>
        }
    }
}
