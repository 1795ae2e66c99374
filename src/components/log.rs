//! The event log: everything that happened, with the engine's explanation
//! and its RFC section. Virtualised like the ladder.

use super::ladder::TraceRef;
use super::scroll::use_follow_scroll;
use crate::state::Action;
use crate::view::{clock, Numbering};
use tcp_engine::sim::{Event, Origin, TraceEntry};
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

/// The event log.
#[function_component]
pub fn EventLog(props: &Props) -> Html {
    let total = props.trace.trace.len() as u32;
    let scroll = use_follow_scroll(ROW_H, total, props.trace.session_id, props.selected, 300);
    let (top, height) = (scroll.top, scroll.height);
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
            <div class="log-scroll" ref={scroll.node.clone()} onscroll={scroll.onscroll.clone()}>
                <ol style={format!("height:{}px", total * ROW_H)}>{ for rows }</ol>
            </div>
        </section>
    }
}
