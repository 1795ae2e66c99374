//! The ladder diagram: one row per event, the client's timeline on the
//! left, the server's on the right, each segment an arrow from the row it
//! was sent to the row it arrived (or a cross where it was lost).
//! Only the rows in view are drawn, so long sessions stay fast.

use crate::state::Action;
use crate::view::{clock, Numbering};
use tcp_engine::log::Log;
use tcp_engine::sim::{Event, InFlight, Side, TraceEntry};
use tcp_engine::Instant;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Pixels per row.
pub const ROW_H: u32 = 24;
const WIDTH: u32 = 640;
const CLIENT_X: u32 = 150;
const SERVER_X: u32 = 490;
/// Rows drawn above and below the viewport.
const OVERSCAN: u32 = 30;

/// The trace and its row index; equal when the same session has the same
/// length (the trace only grows), so comparing is O(1).
#[derive(Clone)]
pub struct TraceRef {
    /// Changes on reset.
    pub session_id: u32,
    /// Everything that happened.
    pub trace: Log<TraceEntry>,
    /// Trace indices with a row.
    pub rows: Log<u32>,
    /// Row of each segment's sending, by id - 1.
    pub sent_row: Log<u32>,
}

impl PartialEq for TraceRef {
    fn eq(&self, other: &TraceRef) -> bool {
        self.session_id == other.session_id
            && self.trace.len() == other.trace.len()
            && self.rows.len() == other.rows.len()
    }
}

/// Props of [`Ladder`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The trace.
    pub trace: TraceRef,
    /// Segments in flight.
    pub wire: Vec<InFlight>,
    /// The clock.
    pub now: Instant,
    /// Number format.
    pub numbering: Numbering,
    /// Selected trace entry.
    pub selected: Option<u32>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

fn x_of(side: Side) -> u32 {
    match side {
        Side::Client => CLIENT_X,
        Side::Server => SERVER_X,
    }
}

/// The row of the latest ladder event at or before trace index `i`.
pub fn row_at_or_before(rows: &Log<u32>, i: u32) -> Option<u32> {
    let (mut lo, mut hi) = (0usize, rows.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if rows.get(mid).is_some_and(|&t| t <= i) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo.checked_sub(1).map(|r| r as u32)
}

fn segment_label(trace: &TraceRef, id: u64, numbering: &Numbering) -> Option<(u32, Side, String)> {
    let row = *trace
        .sent_row
        .get(usize::try_from(id.checked_sub(1)?).ok()?)?;
    let index = *trace.rows.get(row as usize)?;
    match &trace.trace.get(index as usize)?.event {
        Event::Sent { from, seg, .. } => Some((row, *from, numbering.segment(seg, *from))),
        _ => None,
    }
}

/// The ladder diagram.
#[function_component]
pub fn Ladder(props: &Props) -> Html {
    let scroller = use_node_ref();
    let scroll = use_state(|| (0u32, 480u32));
    let follow = use_state(|| true);
    // Set while we scroll on the student's behalf, so that it does not count
    // as the student scrolling away from the newest events.
    let ours = use_mut_ref(|| false);
    let total = props.trace.rows.len() as u32;

    // Keep the newest row in view unless the student scrolled up.
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
    // Selecting in the log brings the matching row into view here.
    {
        let scroller = scroller.clone();
        let ours = ours.clone();
        let rows = props.trace.rows.clone();
        use_effect_with(props.selected, move |selected| {
            let row = selected.and_then(|i| row_at_or_before(&rows, i));
            if let (Some(row), Some(el)) = (row, scroller.cast::<HtmlElement>()) {
                *ours.borrow_mut() = true;
                super::log::reveal(&el, row * ROW_H, ROW_H);
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

    let (top, height) = *scroll;
    let first = (top / ROW_H).saturating_sub(OVERSCAN).min(total);
    let last = ((top + height) / ROW_H + OVERSCAN).min(total);
    // One empty row at the bottom for segments still in flight.
    let svg_rows = last - first + 1;
    let y = |row: u32| row * ROW_H + ROW_H / 2;

    let numbering = &props.numbering;
    let trace = &props.trace;
    let mut back = Vec::new();
    let mut front = Vec::new();
    let selected_row = props
        .selected
        .and_then(|i| row_at_or_before(&trace.rows, i));

    for row in first..last {
        let Some(&index) = trace.rows.get(row as usize) else {
            continue;
        };
        let Some(entry) = trace.trace.get(index as usize) else {
            continue;
        };
        let ry = y(row);
        let select = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Select(Some(index))))
        };
        let is_selected = selected_row == Some(row);
        // Keyed by row: when the view follows new rows, Yew adds one row
        // and drops one instead of rewriting every visible row.
        let mut marks = Vec::new();
        back.push(html! {
            <rect key={row} class={classes!("row", is_selected.then_some("selected"))} x="0" y={(row * ROW_H).to_string()}
                width={WIDTH.to_string()} height={ROW_H.to_string()} onclick={select} />
        });
        marks.push(html! { <text class="time" x="4" y={(ry + 4).to_string()}>{clock(entry.time.as_millis())}</text> });
        match &entry.event {
            Event::Sent { from, .. } => {
                marks.push(html! { <circle class="send-dot" cx={x_of(*from).to_string()} cy={ry.to_string()} r="3" /> });
            }
            Event::Delivered { id, to } => {
                if let Some((sent, from, label)) = segment_label(trace, *id, numbering) {
                    let (x1, y1, x2, y2) = (x_of(from), y(sent), x_of(*to), ry);
                    let (mx, my) = ((x1 + x2) / 2, (y1 + y2) / 2);
                    marks.push(html! {
                        <g class={classes!("segment", from.name())}>
                            <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} marker-end="url(#arrow)" />
                            <text class="seg-label" x={mx.to_string()} y={(my.saturating_sub(4)).to_string()} text-anchor="middle">{label}</text>
                        </g>
                    });
                }
            }
            Event::Dropped { id, random } => {
                if let Some((sent, from, label)) = segment_label(trace, *id, numbering) {
                    let x1 = x_of(from);
                    let mx = (CLIENT_X + SERVER_X) / 2;
                    let why = if *random {
                        "lost (random loss)"
                    } else {
                        "lost"
                    };
                    marks.push(html! {
                        <g class="segment lost">
                            <line x1={x1.to_string()} y1={y(sent).to_string()} x2={mx.to_string()} y2={ry.to_string()} />
                            <text class="cross" x={mx.to_string()} y={(ry + 5).to_string()} text-anchor="middle">{"✕"}</text>
                            <text class="seg-label" x={(mx + 12).to_string()} y={(ry + 4).to_string()}>{format!("{why}: {label}")}</text>
                        </g>
                    });
                }
            }
            Event::StateChanged { side, to, .. } => {
                let (x, anchor) = match side {
                    Side::Client => (CLIENT_X - 6, "end"),
                    Side::Server => (SERVER_X + 6, "start"),
                };
                marks.push(html! { <text class="state-label" x={x.to_string()} y={(ry + 4).to_string()} text-anchor={anchor}>{to.name()}</text> });
            }
            Event::Call { side, call } => {
                let (x, anchor) = match side {
                    Side::Client => (CLIENT_X - 6, "end"),
                    Side::Server => (SERVER_X + 6, "start"),
                };
                marks.push(html! { <text class="call-label" x={x.to_string()} y={(ry + 4).to_string()} text-anchor={anchor}>{format!("{call}()")}</text> });
            }
            Event::TimerFired { side } => {
                let (x, anchor) = match side {
                    Side::Client => (CLIENT_X - 6, "end"),
                    Side::Server => (SERVER_X + 6, "start"),
                };
                marks.push(html! { <text class="timer-label" x={x.to_string()} y={(ry + 4).to_string()} text-anchor={anchor}>{"timer fires"}</text> });
            }
            Event::Queued { side, seg, .. } => {
                let (x, anchor) = match side {
                    Side::Client => (CLIENT_X - 6, "end"),
                    Side::Server => (SERVER_X + 6, "start"),
                };
                marks.push(html! { <text class="call-label" x={x.to_string()} y={(ry + 4).to_string()} text-anchor={anchor}>{format!("to outbox: {}", seg.flags)}</text> });
            }
            Event::Discarded { side, seg } => {
                let (x, anchor) = match side {
                    Side::Client => (CLIENT_X - 6, "end"),
                    Side::Server => (SERVER_X + 6, "start"),
                };
                marks.push(html! { <text class="call-label" x={x.to_string()} y={(ry + 4).to_string()} text-anchor={anchor}>{format!("discarded {}", seg.flags)}</text> });
            }
            Event::Delayed { .. }
            | Event::Note { .. }
            | Event::Signal { .. }
            | Event::Received { .. }
            | Event::Setting { .. } => {}
        }
        front.push(html! { <g key={row}>{ for marks }</g> });
    }

    // Segments still in flight: dashed, moving toward the receiver as time passes.
    let bottom = y(total);
    let mut flights = Vec::new();
    for flight in &props.wire {
        let Some((sent, from, label)) = segment_label(trace, flight.id, numbering) else {
            continue;
        };
        if sent >= last {
            continue;
        }
        let span = flight
            .arrives_at
            .as_millis()
            .saturating_sub(flight.sent_at.as_millis())
            .max(1);
        let done = props
            .now
            .as_millis()
            .saturating_sub(flight.sent_at.as_millis())
            .min(span);
        let (x1, x2) = (x_of(from) as i64, x_of(from.other()) as i64);
        let x = x1 + (x2 - x1) * done as i64 / span as i64;
        // Labelled on its own sending row, so segments sent together do not
        // write over each other.
        let mx = (CLIENT_X + SERVER_X) / 2;
        flights.push(html! {
            <g key={flight.id} class={classes!("segment", "in-flight", from.name())}>
                <line x1={x1.to_string()} y1={y(sent).to_string()} x2={x.to_string()} y2={bottom.to_string()} marker-end="url(#arrow)" />
                <text class="seg-label" x={mx.to_string()} y={(y(sent) + 4).to_string()} text-anchor="middle">{format!("#{} {label} (in flight)", flight.id)}</text>
            </g>
        });
    }

    let view_box = format!("0 {} {WIDTH} {}", first * ROW_H, svg_rows * ROW_H);
    let top_px = format!("top:{}px;height:{}px", first * ROW_H, svg_rows * ROW_H);
    let full = format!("height:{}px", (total + 1) * ROW_H);
    let axis_bottom = ((last + 1) * ROW_H).to_string();
    let axis_top = (first * ROW_H).to_string();

    html! {
        <div class="ladder" ref={scroller} onscroll={onscroll} tabindex="0"
             aria-label="Ladder diagram: client timeline on the left, server on the right; each arrow is a segment">
            <div class="ladder-heads" aria-hidden="true"><span>{"client"}</span><span>{"server"}</span></div>
            if total == 0 {
                <p class="hint ladder-empty">{"Segments will appear here as arrows between the two timelines."}</p>
            }
            <div class="ladder-space" style={full}>
                <svg class="ladder-svg" style={top_px} viewBox={view_box} preserveAspectRatio="xMidYMin meet" role="img">
                    <defs>
                        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    </defs>
                    <g>{ for back }</g>
                    <line class="axis" x1={CLIENT_X.to_string()} y1={axis_top.clone()} x2={CLIENT_X.to_string()} y2={axis_bottom.clone()} />
                    <line class="axis" x1={SERVER_X.to_string()} y1={axis_top} x2={SERVER_X.to_string()} y2={axis_bottom} />
                    <g>{ for front }</g>
                    <g>{ for flights }</g>
                </svg>
            </div>
        </div>
    }
}
