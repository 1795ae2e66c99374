//! The event log: everything that happened, with the engine's explanation
//! and its RFC section. Virtualised like the ladder.

use super::ladder::TraceRef;
use super::scroll::use_follow_scroll;
use crate::i18n::render::{self, clock};
use crate::i18n::use_i18n;
use tcp_engine::log::Log;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Event;
use yew::prelude::*;

const ROW_H: u32 = 26;
const OVERSCAN: u32 = 4;
/// Entries the log holds at most (26 million pixels: browsers clamp an
/// element's height a little above 33 million).
const MAX_ENTRIES_SHOWN: u32 = 1_000_000;
/// Entries a printed log holds (the latest).
const PRINT_ENTRIES: u32 = 600;

/// Props of [`EventLog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The trace.
    pub trace: TraceRef,
    /// Number format.
    pub numbering: Numbering,
    /// Selected trace entry.
    pub selected: Option<u32>,
    /// Selects a trace entry (by index), or lets go.
    pub on_select: Callback<Option<u32>>,
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

/// How many of the `hidden` trace indices (in order) are below `i`.
fn hidden_before(hidden: &Log<u32>, i: u32) -> u32 {
    let (mut lo, mut hi) = (0, hidden.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if hidden.get(mid).is_some_and(|&h| h < i) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo as u32
}

fn is_hidden(hidden: &Log<u32>, i: u32) -> bool {
    hidden.get(hidden_before(hidden, i) as usize) == Some(&i)
}

/// The event log.
#[function_component]
pub fn EventLog(props: &Props) -> Html {
    let i18n = use_i18n();
    let total = props.trace.trace.len() as u32;
    // Entries are placed by their index from the first one kept (a long
    // session forgets its oldest), never from the session's start.
    let first_kept = props.trace.trace.first_kept() as u32;
    let base = first_kept
        .max(total.saturating_sub(MAX_ENTRIES_SHOWN))
        .min(total);
    // Entries are placed one under the other, leaving out those hidden
    // (a capture replay's bookkeeping): `place` is an entry's line.
    let hidden = &props.trace.hidden;
    let hidden_at_base = hidden_before(hidden, base);
    let place = |i: u32| (i - base) - (hidden_before(hidden, i) - hidden_at_base);
    let lines = place(total);
    // The first entry at or after line `n`.
    let entry_at = |n: u32| {
        let (mut lo, mut hi) = (base, total);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if place(mid) < n {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let selected = props.selected.filter(|&i| (base..total).contains(&i));
    let scroll = use_follow_scroll(
        ROW_H,
        (base, base + lines),
        props.trace.session_id,
        selected.map(place),
        300,
    );
    let (top, height) = (scroll.top, scroll.height);
    let printing = super::scroll::use_printing();
    let (first, last) = if printing {
        (entry_at(lines.saturating_sub(PRINT_ENTRIES)), total)
    } else {
        (
            entry_at((top / ROW_H).saturating_sub(OVERSCAN)),
            entry_at((top + height) / ROW_H + OVERSCAN),
        )
    };
    // One Tab stop for the whole log (the arrow keys move within it): the
    // selected entry if drawn, else the newest drawn.
    let stop = selected
        .filter(|i| (first..last).contains(i))
        .or_else(|| (first..last).rev().find(|&i| !is_hidden(hidden, i)))
        .unwrap_or(0);
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let step = match e.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" => false,
            _ => return,
        };
        let Some(item) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|a| a.parent_element())
        else {
            return;
        };
        let next = if step {
            item.next_element_sibling()
        } else {
            item.previous_element_sibling()
        };
        let button = next
            .and_then(|n| n.query_selector("button").ok().flatten())
            .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok());
        if let Some(button) = button {
            e.prevent_default();
            let _ = button.focus();
        }
    });
    let rows = (first..last).filter_map(|i| {
        if is_hidden(hidden, i) {
            return None;
        }
        let kept = props.trace.trace.get(i as usize)?;
        // A capture's release is told as its TCP's sending.
        let shown;
        let entry = match &kept.event {
            Event::Sent { origin, .. }
                if props.trace.shown_origin(*origin, i as usize) != *origin =>
            {
                let mut copy = kept.clone();
                if let Event::Sent { origin, .. } = &mut copy.event {
                    *origin = props.trace.shown_origin(*origin, i as usize);
                }
                shown = copy;
                &shown
            }
            _ => kept,
        };
        let render::LogLine {
            who,
            section: rule,
            text,
        } = render::event(&i18n, &props.numbering, entry);
        let selected = props.selected == Some(i);
        let select = {
            let on_select = props.on_select.clone();
            // A pressed entry, pressed again, lets go.
            let now = if selected { None } else { Some(i) };
            Callback::from(move |_: MouseEvent| on_select.emit(now))
        };
        Some(html! {
            <li key={i} class={classes!("entry", kind(&entry.event), selected.then_some("selected"))}
                style={format!("top:{}px", place(i) * ROW_H)}>
                <button onclick={select} title={format!("{who}: {rule} {text}")} aria-pressed={selected.to_string()}
                    tabindex={if i == stop { "0" } else { "-1" }}>
                    <span class="t">{clock(entry.time.as_millis())}</span>
                    <span class="who">{who}</span>
                    if !rule.is_empty() { <span class="rule">{rule}</span> }
                    <span class="text">{text}</span>
                </button>
            </li>
        })
    });
    // A line may be cut in the list (its rows keep one height): the
    // selected one, pressed by a tap, a click, Enter or Space, is written
    // whole under it.
    let whole = selected
        .and_then(|i| props.trace.trace.get(i as usize))
        .map(|entry| super::explain::whole_line(&i18n, &props.numbering, entry, Some("log-whole")));
    html! {
        <section class="log" id="event-log" tabindex="-1" aria-label={i18n.t("log-region")}>
            <h2>{i18n.t("log-title")}</h2>
            if base > 0 {
                <p class="hint">{i18n.f("log-forgotten", &[("n", base.into())])}</p>
            }
            <div class="log-scroll" ref={scroll.node.clone()} onscroll={scroll.onscroll.clone()}>
                <ol style={format!("height:{}px", lines * ROW_H)} {onkeydown}>{ for rows }</ol>
            </div>
            {for whole}
        </section>
    }
}
