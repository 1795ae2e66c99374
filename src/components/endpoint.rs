//! One endpoint: its state, TCB, application, timers and outbox.

use super::byte_count::Problem;
use super::lazy::installed;
use super::receive::receive_box;
use super::roving::use_roving;
use super::send_bytes::{send_bytes_button, send_bytes_message, send_field_state};
use super::spaces::spaces;
use crate::i18n::render::{self, clock};
use crate::i18n::{use_i18n, I18n, Text};
use crate::state::Notice;
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{CallSpec, Payload, Setting, Stmt};
use tcp_engine::sim::{EndpointView, Side};
use tcp_engine::{Instant, Segment, SeqNum, State, Tcb};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`EndpointPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which side.
    pub side: Side,
    /// What to show.
    pub view: EndpointView,
    /// The TCB before the last action (changed values are highlighted).
    pub before: Tcb,
    /// The clock.
    pub now: Instant,
    /// Relative or absolute numbers.
    pub numbering: Numbering,
    /// Does a statement: a call, a setting, a release or a discard.
    pub on_do: Callback<Stmt>,
    /// Tells the student something (a mistake in a field).
    pub on_notify: Callback<Notice>,
    /// Opens the composer to edit an outbox segment.
    pub on_edit: Callback<(Side, usize, Segment)>,
}

/// The calls' keys: ←/→ move between them (`rove`); ↑ and ↓ (unused in a
/// row of buttons) go to the same call (`at`, from 1) of the other
/// endpoint: one key from the server's Listen to the client's.
fn to_other_side(rove: Callback<KeyboardEvent>, side: Side, at: usize) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if !matches!(e.key().as_str(), "ArrowUp" | "ArrowDown") {
            return rove.emit(e);
        }
        e.prevent_default();
        let other = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector(&format!("#{}-calls button:nth-child({at})", side.other()))
                    .ok()
            })
            .flatten();
        if let Some(b) =
            other.and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
        {
            let _ = b.focus();
        }
    })
}

/// Whether the TCB starts open: folded at first on a phone, and in a
/// short course-page frame.
fn tcb_open_at_first() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
    let (width, height) = (size(window.inner_width()), size(window.inner_height()));
    // An iframe in a course page (800 × 600, say) must show the
    // narration, both states and the ladder at once.
    let framed = window.parent().ok().flatten().is_some_and(|p| p != window);
    width.is_none_or(|w| w > 640.0) && !(framed && height.is_some_and(|h| h < 760.0))
}

/// One endpoint's panel.
#[function_component]
pub fn EndpointPanel(props: &Props) -> Html {
    let Props {
        side,
        view,
        before,
        now,
        numbering,
        on_do,
        on_notify,
        on_edit,
    } = props;
    let side = *side;
    let text = use_node_ref();
    let read_count = use_node_ref();
    let problem = use_state(|| None as Problem);
    let send_invalid = send_field_state(side, &problem);
    let i18n = use_i18n();
    let side_name = render::side(&i18n, side);

    // One Tab stop for the four calls; the arrow keys move between them.
    let calls = [
        (CallSpec::Listen, "ep-listen", "ep-listen-help"),
        (CallSpec::Connect, "ep-connect", "ep-connect-help"),
        (CallSpec::Close, "ep-close", "ep-close-help"),
        (CallSpec::Abort, "ep-abort", "ep-abort-help"),
    ];
    let roving = use_roving(calls.len(), 0);
    // ↑ and ↓ (unused in a row of buttons) go to the same call of the
    // other endpoint: one key from the server's Listen to the client's.
    let calls_keys = { to_other_side(roving.onkeydown.clone(), side, roving.active + 1) };
    let tcb_open = use_state(tcb_open_at_first);
    // The sequence spaces open where the panels stand beside the ladder
    // (wider than 1100 px); above it, they would push the ladder off the
    // first screen.
    let spaces_open = use_state(|| {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .is_none_or(|w| w > 1100.0)
    });
    let call = |c: CallSpec| {
        let on_do = on_do.clone();
        Callback::from(move |_: MouseEvent| on_do.emit(Stmt::Call(side, c.clone())))
    };
    let send = {
        let (on_do, text, problem) = (on_do.clone(), text.clone(), problem.clone());
        let on_notify = on_notify.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            problem.set(None);
            if let Some(input) = text.cast::<HtmlInputElement>() {
                let value = input.value();
                if value.is_empty() {
                    on_notify.emit(Notice {
                        error: true,
                        text: Text::msg("ep-send-empty", vec![("side", side.into())]),
                    });
                    return;
                }
                on_do.emit(Stmt::Call(side, CallSpec::Send(Payload::Text(value))));
                input.set_value("");
            }
        })
    };
    let toggle_auto = {
        let on_do = on_do.clone();
        let auto = view.auto;
        Callback::from(move |_: Event| on_do.emit(Stmt::Set(Setting::Auto(side, !auto))))
    };

    let no_tcb = view.state == State::Closed && !view.iss_known && !view.irs_known;
    let state_class = format!("state state-{}", view.state.name().to_ascii_lowercase());

    html! {
        <section class={classes!("endpoint", side.name())} aria-label={i18n.f("ep-region", &[("side", side_name.clone().into())])}>
            <header>
                <h2>{i18n.t(if side == Side::Client { "ep-title-client" } else { "ep-title-server" })}</h2>
                <div class={state_class} data-testid={format!("{side}-state")}>{view.state.name()}</div>
            </header>
            <div class="app-calls" role="toolbar" id={format!("{side}-calls")} tabindex="-1" onkeydown={calls_keys}
                aria-label={i18n.f("ep-calls", &[("side", side_name.clone().into())])}>
                { for calls.into_iter().enumerate().map(|(i, (spec, name, help))| html! {
                    <button onclick={call(spec)} title={i18n.t(help)} tabindex={roving.tabindex(i)}
                        onfocus={roving.onfocus.emit(i)}>{i18n.t(name)}</button>
                }) }
            </div>
            <form class="send" onsubmit={send}>
                <label>
                    <span class="visually-hidden">{i18n.f("ep-send-label", &[("side", side_name.clone().into())])}</span>
                    <input ref={text.clone()} type="text" placeholder={i18n.t("ep-send-placeholder")} maxlength="2000"
                        aria-invalid={send_invalid.0.to_string()} aria-describedby={send_invalid.1} />
                </label>
                <button type="submit">{i18n.t("ep-send")}</button>
                {send_bytes_button(&i18n, side, &text, &problem, on_do)}
            </form>
            {send_bytes_message(&i18n, side, &problem)}
            if no_tcb {
                <p class="tcb-none" data-testid={format!("{side}-no-tcb")}>{i18n.t("ep-no-tcb")}</p>
            } else if let Some(boxes) = installed(TCB_BOXES) {
                {boxes(&i18n, side, view, before, numbering, (*tcb_open, *spaces_open))}
            }
            <dl class="data">
                <dt>{i18n.t("ep-sent")}</dt><dd>{i18n.f("ep-sent-bytes", &[("n", view.sent_len.into()), ("queued", view.queued.into())])}</dd>
                <dt>{i18n.t("ep-received")}</dt><dd class="received" data-testid={format!("{side}-received")}>{ if view.received_len == 0 { i18n.t("ep-received-none") } else { i18n.f("ep-received-bytes", &[("n", view.received_len.into()), ("text", tail(view.received_len, &view.received_tail).into())]) } }</dd>
            </dl>
            {receive_box(&i18n, side, view, &read_count, &problem, on_do)}
            // Only the sessions chunk's actions tell the application
            // something or start a timer; it puts their drawing in place.
            if !view.signals.is_empty() || !view.timers.is_empty() {
                {installed(TOLD_AND_TIMERS).map(|told| told(&i18n, view, *now))}
            }
            <label class="auto">
                <input type="checkbox" checked={!view.auto} onchange={toggle_auto} />
                {" "}{i18n.t("ep-manual")}
            </label>
            if !view.auto {
                <div class="outbox">
                    <h3>{i18n.t("ep-outbox")}</h3>
                    if view.outbox.is_empty() {
                        <p class="hint">{i18n.t("ep-outbox-empty")}</p>
                    } else {
                        <ul>{installed(OUTBOX).map(|outbox| outbox(&i18n, side, view, numbering, on_do, on_edit))}</ul>
                    }
                </div>
            }
        </section>
    }
}

/// The last bytes of a stream as shown: with "…" before them when they
/// are not all of it (the text escapes bytes, so its length is not theirs).
fn tail(len: usize, tail: &str) -> String {
    if len > tcp_engine::sim::DATA_TAIL {
        format!("…{tail}")
    } else {
        tail.to_string()
    }
}

/// Draws [`told_and_timers`].
pub type ToldAndTimers = fn(&I18n, &EndpointView, Instant) -> Html;

crate::installed!(
    /// What the application was told and the timers running, put in place
    /// by the sessions chunk.
    pub TOLD_AND_TIMERS: ToldAndTimers = told_and_timers
);

/// The last three things the application was told, and the timers
/// running with the time each has left.
pub fn told_and_timers(i18n: &I18n, view: &EndpointView, now: Instant) -> Html {
    let timers = view.timers.iter().map(|timer| {
        let left = timer.due.as_millis().saturating_sub(now.as_millis());
        let name = render::timer(i18n, timer.kind);
        html! { <li>{i18n.f("ep-timer-left", &[("timer", name.into()), ("left", clock(left).into())])}</li> }
    });
    let signals = view
        .signals
        .iter()
        .rev()
        .take(3)
        .map(|s| html! { <li>{format!("“{}”", render::signal(i18n, *s))}</li> });
    html! {
        <>
            if !view.signals.is_empty() {
                <div class="signals"><span>{i18n.t("ep-told")}</span><ul>{ for signals }</ul></div>
            }
            if !view.timers.is_empty() {
                <div class="timers-box"><span>{i18n.t("ep-timers-title")}</span>
                    <ul class="timers" aria-label={i18n.t("ep-timers")}>{ for timers }</ul></div>
            }
        </>
    }
}

/// Draws [`tcb_boxes`].
pub type TcbBoxes = fn(&I18n, Side, &EndpointView, &Tcb, &Numbering, (bool, bool)) -> Html;

crate::installed!(
    /// [`tcb_boxes`]: only the sessions chunk's actions open a TCB.
    pub TCB_BOXES: TcbBoxes = tcb_boxes
);

/// Draws [`outbox`].
pub type Outbox = fn(
    &I18n,
    Side,
    &EndpointView,
    &Numbering,
    &Callback<Stmt>,
    &Callback<(Side, usize, Segment)>,
) -> Html;

crate::installed!(
    /// [`outbox`]: only the sessions chunk's actions put a segment there.
    pub OUTBOX: Outbox = outbox
);

/// The TCB and the sequence spaces, each folded or open (`open`: the TCB,
/// the spaces).
pub fn tcb_boxes(
    i18n: &I18n,
    side: Side,
    view: &EndpointView,
    before: &Tcb,
    numbering: &Numbering,
    (tcb_open, spaces_open): (bool, bool),
) -> Html {
    html! {
        <>
            // Folded at first on a phone, where the ladder must fit the
            // first screen too; open everywhere else.
            <details class="tcb-box" open={tcb_open}>
            <summary>{i18n.t(if view.state == State::Closed { "ep-tcb-deleted" } else { "ep-tcb" })}</summary>
            {tcb_table(i18n, side, view, before, numbering)}
            </details>
            <details class="spaces-box" open={tcb_open && spaces_open}>
                <summary>{i18n.t("sp-title")}</summary>
                {spaces(i18n, side, view, numbering)}
            </details>
        </>
    }
}

/// The TCB variables as a table: what the last action changed is marked,
/// and a number of a space not known yet says so.
fn tcb_table(
    i18n: &I18n,
    side: Side,
    view: &EndpointView,
    before: &Tcb,
    numbering: &Numbering,
) -> Html {
    let t = &view.tcb;
    let b = before;
    // Numbers of a space this endpoint does not know yet say so.
    let own = |n: SeqNum| {
        if view.iss_known {
            render::seq(i18n, numbering, n, side)
        } else {
            i18n.t("ep-not-chosen")
        }
    };
    let peer = |n: SeqNum| {
        if view.irs_known {
            render::seq(i18n, numbering, n, side.other())
        } else {
            i18n.t("ep-not-known")
        }
    };
    let rows: [(&str, String, bool, &str); 7] = [
        ("ISS", own(t.iss), t.iss != b.iss, "tcb-iss"),
        ("IRS", peer(t.irs), t.irs != b.irs, "tcb-irs"),
        (
            "SND.UNA",
            own(t.snd_una),
            t.snd_una != b.snd_una,
            "tcb-snd-una",
        ),
        (
            "SND.NXT",
            own(t.snd_nxt),
            t.snd_nxt != b.snd_nxt,
            "tcb-snd-nxt",
        ),
        (
            "SND.WND",
            t.snd_wnd.to_string(),
            t.snd_wnd != b.snd_wnd,
            "tcb-snd-wnd",
        ),
        (
            "RCV.NXT",
            peer(t.rcv_nxt),
            t.rcv_nxt != b.rcv_nxt,
            "tcb-rcv-nxt",
        ),
        (
            "RCV.WND",
            t.rcv_wnd.to_string(),
            t.rcv_wnd != b.rcv_wnd,
            "tcb-rcv-wnd",
        ),
    ];
    html! {
                <table class={classes!("tcb", (view.state == State::Closed).then_some("deleted"))}>
                    <tbody>
                    { for rows.iter().map(|(name, value, changed, help)| html! {
                        <tr class={classes!(changed.then_some("changed"))} title={i18n.t(help)}>
                            <th scope="row">{*name}</th>
                            <td>{value}{ if *changed { html!{ <span class="visually-hidden">{i18n.t("ep-changed")}</span> } } else { html!{} } }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
    }
}

/// The segments waiting in the outbox (manual mode), each with its buttons.
pub fn outbox(
    i18n: &I18n,
    side: Side,
    view: &EndpointView,
    numbering: &Numbering,
    on_do: &Callback<Stmt>,
    on_edit: &Callback<(Side, usize, Segment)>,
) -> Html {
    // The first ones only: they go first, and a capture's replay can hold
    // thousands here (drawn whole, 15,000 took the page 10 s).
    let items = view
        .outbox
        .iter()
        .take(OUTBOX_SHOWN)
        .enumerate()
        .map(|(i, out)| {
            let n = i + 1;
            let release = {
                let on_do = on_do.clone();
                Callback::from(move |_: MouseEvent| on_do.emit(Stmt::Release(side, n, None)))
            };
            let discard = {
                let on_do = on_do.clone();
                Callback::from(move |_: MouseEvent| on_do.emit(Stmt::Discard(side, n)))
            };
            let edit = {
                let on_edit = on_edit.clone();
                let seg = out.seg.clone();
                Callback::from(move |_: MouseEvent| on_edit.emit((side, n, seg.clone())))
            };
            html! {
                <li class="outgoing">
                    <code>{render::segment(i18n, numbering, &out.seg, side)}</code>
                    <span class="reason">{render::reason(i18n, out.reason)}</span>
                    <span class="buttons">
                        <button onclick={release}>{i18n.t("ep-outbox-send")}</button>
                        <button onclick={edit}>{i18n.t("ep-outbox-edit")}</button>
                        <button onclick={discard}>{i18n.t("ep-outbox-discard")}</button>
                    </span>
                </li>
            }
        });
    let more = view.outbox.len().saturating_sub(OUTBOX_SHOWN);
    html! {
        <>
            {for items}
            if more > 0 {
                <li class="hint">{i18n.f("ep-outbox-more", &[("n", more.into())])}</li>
            }
        </>
    }
}

/// How many waiting segments the outbox draws.
const OUTBOX_SHOWN: usize = 20;
