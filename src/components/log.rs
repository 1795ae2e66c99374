//! The event log: everything that happened, with the engine's explanation
//! and its RFC section. Virtualised like the ladder.

use super::ladder::TraceRef;
use crate::state::Action;
use crate::view::{clock, Numbering};
use tcp_engine::sim::{Event, Origin, TraceEntry};
use web_sys::HtmlElement;
use yew::prelude::*;

const ROW_H: u32 = 26;
const OVERSCAN: u32 = 4;

/// Props of [`EventLog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The trace.
    pub trace: TraceRef,
    /// Number format.
    pub numbering: Numbering,
    /// Selected trace entry.
    pub selected: Option<u32>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// (who, RFC rule, text) of one entry.
pub fn describe(entry: &TraceEntry, numbering: &Numbering) -> (String, String, String) {
    let none = String::new;
    match &entry.event {
        Event::Call { side, call } => (
            side.to_string(),
            none(),
            format!("application calls {call}"),
        ),
        Event::Sent {
            id,
            from,
            seg,
            origin,
            reason,
            ..
        } => {
            let how = match origin {
                Origin::Tcp => "sends",
                Origin::Released => "sends (released from outbox)",
                Origin::Injected => "hand-made segment injected as if from",
                Origin::Duplicate { .. } => "duplicate on the wire of",
            };
            let why = if reason.is_empty() {
                String::new()
            } else {
                format!(" — {reason}")
            };
            let label = numbering.segment(seg, *from);
            if matches!(origin, Origin::Injected | Origin::Duplicate { .. }) {
                (
                    "wire".into(),
                    none(),
                    format!("#{id} {how} {from}: {label}"),
                )
            } else {
                (
                    from.to_string(),
                    none(),
                    format!("#{id} {how} {label}{why}"),
                )
            }
        }
        Event::Queued { side, seg, reason } => (
            side.to_string(),
            none(),
            format!(
                "holds in outbox: {} — {reason}",
                numbering.segment(seg, *side)
            ),
        ),
        Event::Discarded { side, seg } => (
            side.to_string(),
            none(),
            format!(
                "outbox segment discarded: {}",
                numbering.segment(seg, *side)
            ),
        ),
        Event::Delivered { id, to } => {
            ("wire".into(), none(), format!("#{id} arrives at the {to}"))
        }
        Event::Dropped { id, random } => (
            "wire".into(),
            none(),
            format!(
                "#{id} is lost{}",
                if *random { " (random loss)" } else { "" }
            ),
        ),
        Event::Delayed { id, until } => (
            "wire".into(),
            none(),
            format!("#{id} delayed: now arrives at {}", clock(until.as_millis())),
        ),
        Event::TimerFired { side } => (side.to_string(), none(), "a timer fires".into()),
        Event::StateChanged { side, from, to } => {
            (side.to_string(), none(), format!("{from} → {to}"))
        }
        Event::Note { side, rule, text } => (side.to_string(), rule.clone(), text.clone()),
        Event::Signal { side, text } => (
            side.to_string(),
            none(),
            format!("the application is told “{text}”"),
        ),
        Event::Received { side, len } => (
            side.to_string(),
            none(),
            format!("{len} bytes delivered to the application"),
        ),
        Event::Setting { text } => ("setting".into(), none(), text.clone()),
    }
}

fn kind(event: &Event) -> &'static str {
    match event {
        Event::StateChanged { .. } => "ev-state",
        Event::Note { .. } => "ev-note",
        Event::Sent { .. } | Event::Delivered { .. } | Event::Queued { .. } => "ev-wire",
        Event::Dropped { .. } | Event::Discarded { .. } => "ev-lost",
        Event::Signal { .. } => "ev-signal",
        _ => "ev-other",
    }
}

/// Scrolls `el` so that the band `[top, top + height)` is visible, if it
/// is not already.
pub fn reveal(el: &HtmlElement, top: u32, height: u32) {
    let view_top = el.scroll_top().max(0) as u32;
    let view_height = el.client_height().max(0) as u32;
    if top < view_top || top + height > view_top + view_height {
        let target = top.saturating_sub(view_height / 2);
        el.set_scroll_top(target as i32);
    }
}

/// The event log.
#[function_component]
pub fn EventLog(props: &Props) -> Html {
    let scroller = use_node_ref();
    let scroll = use_state(|| (0u32, 300u32));
    let follow = use_state(|| true);
    // Set while we scroll on the student's behalf, so that it does not count
    // as the student scrolling away from the newest events.
    let ours = use_mut_ref(|| false);
    let total = props.trace.trace.len() as u32;
    {
        let scroller = scroller.clone();
        let follow = *follow;
        let ours = ours.clone();
        use_effect_with((total, props.trace.session_id), move |_| {
            if follow {
                if let Some(el) = scroller.cast::<HtmlElement>() {
                    *ours.borrow_mut() = true;
                    el.set_scroll_top(el.scroll_height());
                }
            }
        });
    }
    // Selecting in the ladder brings the entry into view here.
    {
        let scroller = scroller.clone();
        let ours = ours.clone();
        use_effect_with(props.selected, move |selected| {
            if let (Some(i), Some(el)) = (*selected, scroller.cast::<HtmlElement>()) {
                *ours.borrow_mut() = true;
                reveal(&el, i * ROW_H, ROW_H);
            }
        });
    }
    let onscroll = {
        let scroll = scroll.clone();
        let follow = follow.clone();
        let ours = ours.clone();
        Callback::from(move |e: yew::Event| {
            let el: HtmlElement = e.target_unchecked_into();
            let top = el.scroll_top().max(0) as u32;
            let height = el.client_height().max(0) as u32;
            scroll.set((top, height));
            if !ours.replace(false) {
                follow.set(top + height + ROW_H >= el.scroll_height().max(0) as u32);
            }
        })
    };
    // When following the newest events, draw the bottom window at once
    // rather than the old one first and the right one after the scroll.
    let (top, height) = if *follow {
        let height = scroll.1;
        (((total + 1) * ROW_H).saturating_sub(height), height)
    } else {
        *scroll
    };
    let first = (top / ROW_H).saturating_sub(OVERSCAN).min(total);
    let last = ((top + height) / ROW_H + OVERSCAN).min(total);
    let rows = (first..last).filter_map(|i| {
        let entry = props.trace.trace.get(i as usize)?;
        let (who, rule, text) = describe(entry, &props.numbering);
        let select = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Select(Some(i))))
        };
        let selected = props.selected == Some(i);
        Some(html! {
            <li key={i} class={classes!("entry", kind(&entry.event), selected.then_some("selected"))}
                style={format!("top:{}px", i * ROW_H)}>
                <button onclick={select} title={format!("{who}: {rule} {text}")} aria-pressed={selected.to_string()}>
                    <span class="t">{clock(entry.time.as_millis())}</span>
                    <span class="who">{who}</span>
                    if !rule.is_empty() { <span class="rule">{rule}</span> }
                    <span class="text">{text}</span>
                </button>
            </li>
        })
    });
    let detail = props
        .selected
        .and_then(|i| props.trace.trace.get(i as usize))
        .map(|entry| {
            let (who, rule, text) = describe(entry, &props.numbering);
            html! {
                <p class="detail" aria-live="polite">
                    <strong>{format!("{} · {who}", clock(entry.time.as_millis()))}</strong>{" "}
                    if !rule.is_empty() { <span class="rule">{rule}</span>{" "} }
                    {text}
                </p>
            }
        });
    let first_kept = props.trace.trace.first_kept();
    html! {
        <section class="log" aria-label="Event log">
            <h2>{"What happened, and why"}</h2>
            if first_kept > 0 {
                <p class="hint">{format!("The first {first_kept} events were forgotten to save memory; the newest are all here.")}</p>
            }
            { for detail }
            <div class="log-scroll" ref={scroller} onscroll={onscroll}>
                <ol style={format!("height:{}px", total * ROW_H)}>{ for rows }</ol>
            </div>
        </section>
    }
}
