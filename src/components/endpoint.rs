//! One endpoint: its state, TCB, application, timers and outbox.

use crate::state::Action;
use crate::view::{clock, Numbering};
use tcp_engine::endpoint::TimerKind;
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
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// Opens the composer to edit an outbox segment.
    pub on_edit: Callback<(Side, usize, Segment)>,
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
        dispatch,
        on_edit,
    } = props;
    let side = *side;
    let text = use_node_ref();

    let call = |c: CallSpec| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Do(Stmt::Call(side, c.clone()))))
    };
    let send = {
        let dispatch = dispatch.clone();
        let text = text.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = text.cast::<HtmlInputElement>() {
                let value = input.value();
                if value.is_empty() {
                    dispatch.emit(Action::Notify(crate::state::Notice {
                        error: true,
                        text: format!("Type some text for the {side} to send first."),
                    }));
                    return;
                }
                dispatch.emit(Action::Do(Stmt::Call(
                    side,
                    CallSpec::Send(Payload::Text(value)),
                )));
                input.set_value("");
            }
        })
    };
    let toggle_auto = {
        let dispatch = dispatch.clone();
        let auto = view.auto;
        Callback::from(move |_: Event| {
            dispatch.emit(Action::Do(Stmt::Set(Setting::Auto(side, !auto))))
        })
    };

    let t = &view.tcb;
    let b = before;
    // The peer's numbers are unknown until its SYN arrives.
    let never_synchronized = view.state == State::Closed && t.irs.0 == 0 && t.rcv_nxt.0 == 0;
    let irs_known = !(matches!(view.state, State::Listen | State::SynSent) || never_synchronized);
    let peer = |n: SeqNum| {
        if irs_known {
            numbering.received_by(n, side)
        } else {
            "—".to_string()
        }
    };
    let rows: [(&str, String, bool, &str); 7] = [
        (
            "ISS",
            numbering.sent_by(t.iss, side),
            t.iss != b.iss,
            "initial send sequence number",
        ),
        (
            "IRS",
            peer(t.irs),
            t.irs != b.irs,
            "initial receive sequence number",
        ),
        (
            "SND.UNA",
            numbering.sent_by(t.snd_una, side),
            t.snd_una != b.snd_una,
            "oldest unacknowledged",
        ),
        (
            "SND.NXT",
            numbering.sent_by(t.snd_nxt, side),
            t.snd_nxt != b.snd_nxt,
            "next to send",
        ),
        (
            "SND.WND",
            t.snd_wnd.to_string(),
            t.snd_wnd != b.snd_wnd,
            "peer's window",
        ),
        (
            "RCV.NXT",
            peer(t.rcv_nxt),
            t.rcv_nxt != b.rcv_nxt,
            "next expected",
        ),
        (
            "RCV.WND",
            t.rcv_wnd.to_string(),
            t.rcv_wnd != b.rcv_wnd,
            "our window",
        ),
    ];
    let timers = view.timers.iter().map(|timer| {
        let left = timer.due.as_millis().saturating_sub(now.as_millis());
        let name = match timer.kind {
            TimerKind::Retransmission => format!("Retransmission (RTO {})", clock(view.rto_ms)),
            TimerKind::TimeWait => "TIME-WAIT (2 × MSL)".to_string(),
        };
        html! { <li>{name}{": "}<strong>{clock(left)}</strong>{" left"}</li> }
    });
    let outbox = view.outbox.iter().enumerate().map(|(i, out)| {
        let n = i + 1;
        let release = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Do(Stmt::Release(side, n))))
        };
        let discard = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Do(Stmt::Discard(side, n))))
        };
        let edit = {
            let on_edit = on_edit.clone();
            let seg = out.seg.clone();
            Callback::from(move |_: MouseEvent| on_edit.emit((side, n, seg.clone())))
        };
        html! {
            <li class="outgoing">
                <code>{numbering.segment(&out.seg, side)}</code>
                <span class="reason">{&out.reason}</span>
                <span class="buttons">
                    <button onclick={release}>{"Send"}</button>
                    <button onclick={edit}>{"Edit…"}</button>
                    <button onclick={discard}>{"Discard"}</button>
                </span>
            </li>
        }
    });
    let signals = view
        .signals
        .iter()
        .rev()
        .take(3)
        .map(|s| html! { <li>{format!("“{s}”")}</li> });
    let state_class = format!("state state-{}", view.state.name().to_lowercase());

    html! {
        <section class={classes!("endpoint", side.name())} aria-label={format!("{side} endpoint")}>
            <header>
                <h2>{if side == Side::Client { "Client" } else { "Server" }}</h2>
                <div class={state_class} data-testid={format!("{side}-state")}>{view.state.name()}</div>
            </header>
            <div class="app-calls" role="group" aria-label={format!("{side} application")}>
                <button onclick={call(CallSpec::Listen)} title="passive OPEN">{"Listen"}</button>
                <button onclick={call(CallSpec::Connect)} title="active OPEN: sends a SYN">{"Connect"}</button>
                <button onclick={call(CallSpec::Close)} title="CLOSE: a FIN after queued data">{"Close"}</button>
                <button onclick={call(CallSpec::Abort)} title="ABORT: a RST">{"Abort"}</button>
            </div>
            <form class="send" onsubmit={send}>
                <label>
                    <span class="visually-hidden">{format!("Text for the {side} to send")}</span>
                    <input ref={text} type="text" placeholder="text to send" maxlength="2000" />
                </label>
                <button type="submit">{"Send"}</button>
            </form>
            <table class="tcb">
                <caption>{"TCB variables"}</caption>
                <tbody>
                { for rows.iter().map(|(name, value, changed, help)| html! {
                    <tr class={classes!(changed.then_some("changed"))} title={*help}>
                        <th scope="row">{*name}</th>
                        <td>{value}{ if *changed { html!{ <span class="visually-hidden">{" (changed)"}</span> } } else { html!{} } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            <dl class="data">
                <dt>{"Sent"}</dt><dd>{format!("{} bytes", view.sent_len)}{ if view.queued > 0 { format!(" ({} waiting for the window)", view.queued) } else { String::new() } }</dd>
                <dt>{"Received"}</dt><dd class="received" data-testid={format!("{side}-received")}>{ if view.received_len == 0 { "nothing yet".to_string() } else { format!("{} bytes: “{}”", view.received_len, view.received_tail) } }</dd>
            </dl>
            if !view.signals.is_empty() {
                <div class="signals"><span>{"Application was told:"}</span><ul>{ for signals }</ul></div>
            }
            if !view.timers.is_empty() {
                <ul class="timers" aria-label="running timers">{ for timers }</ul>
            }
            <label class="auto">
                <input type="checkbox" checked={!view.auto} onchange={toggle_auto} />
                {" Manual: hold every segment this TCP forms in its outbox"}
            </label>
            if !view.auto {
                <div class="outbox">
                    <h3>{"Outbox"}</h3>
                    if view.outbox.is_empty() {
                        <p class="hint">{"Empty. The state already changed as if each segment were sent."}</p>
                    } else {
                        <ul>{ for outbox }</ul>
                    }
                </div>
            }
        </section>
    }
}
