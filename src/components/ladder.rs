//! The ladder diagram: one row per event, the client's timeline on the
//! left, the server's on the right, each segment an arrow from the row it
//! was sent to the row it arrived (or a cross where it was lost).
//! Only the rows in view are drawn, so long sessions stay fast.

use super::scroll::use_follow_scroll;
use crate::i18n::render::{self, clock};
use crate::i18n::{use_i18n, I18n};
use crate::state::Action;
use tcp_engine::log::Log;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{DropCause, Event, InFlight, Side, TraceEntry};
use tcp_engine::{Call, Instant};
use yew::prelude::*;

/// Pixels per row.
pub const ROW_H: u32 = 24;
const WIDTH: u32 = 640;
const CLIENT_X: u32 = 150;
const SERVER_X: u32 = 490;
/// Rows drawn above and below the viewport.
const OVERSCAN: u32 = 6;
/// Segments in flight drawn at most.
const FLIGHTS_DRAWN: usize = 200;

/// Rows a view holds at most (24 million pixels: browsers clamp an
/// element's height a little above 33 million).
pub const MAX_ROWS_SHOWN: u32 = 1_000_000;

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
    /// The first row drawn (see [`TraceRef::base`]).
    base: u32,
}

impl TraceRef {
    /// The trace of a session and its rows.
    pub fn new(
        session_id: u32,
        trace: Log<TraceEntry>,
        rows: Log<u32>,
        sent_row: Log<u32>,
    ) -> Self {
        let base = first_shown(&trace, &rows);
        TraceRef {
            session_id,
            trace,
            rows,
            sent_row,
            base,
        }
    }

    /// The trace of the state's session.
    pub fn of(state: &crate::state::AppState) -> Self {
        TraceRef::new(
            state.session_id,
            state.sim.trace().clone(),
            state.rows.clone(),
            state.sent_row.clone(),
        )
    }

    /// The first row drawn: rows before it point at forgotten events (a long
    /// session keeps the newest), or lie beyond [`MAX_ROWS_SHOWN`]. Views
    /// place rows by their index from here, never from the session's start.
    pub fn base(&self) -> u32 {
        self.base
    }

    /// The y of a row's centre line.
    fn y(&self, row: u32) -> u32 {
        row.saturating_sub(self.base) * ROW_H + ROW_H / 2
    }
}

/// The first row whose event is still kept, and at most [`MAX_ROWS_SHOWN`]
/// before the end. Rows hold increasing trace indices: a binary search.
fn first_shown(trace: &Log<TraceEntry>, rows: &Log<u32>) -> u32 {
    let total = rows.len() as u32;
    let first_kept = trace.first_kept();
    let (mut lo, mut hi) = (0u32, total);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match rows.get(mid as usize) {
            Some(&i) if i as usize >= first_kept => hi = mid,
            _ => lo = mid + 1,
        }
    }
    lo.max(total.saturating_sub(MAX_ROWS_SHOWN))
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

fn segment_label(
    i18n: &I18n,
    trace: &TraceRef,
    id: u64,
    numbering: &Numbering,
) -> Option<(u32, Side, String)> {
    let row = *trace
        .sent_row
        .get(usize::try_from(id.checked_sub(1)?).ok()?)?;
    if row < trace.base {
        return None;
    }
    let index = *trace.rows.get(row as usize)?;
    match &trace.trace.get(index as usize)?.event {
        Event::Sent { from, seg, .. } => {
            Some((row, *from, render::segment(i18n, numbering, seg, *from)))
        }
        _ => None,
    }
}

/// A drawing primitive of the ladder, shared by the screen and the SVG
/// export so that both draw the same thing.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A segment's path.
    Line {
        /// Start.
        from: (u32, u32),
        /// End.
        to: (u32, u32),
        /// CSS classes (`seg client`, `seg lost`…).
        class: &'static str,
        /// Ends in an arrowhead.
        arrow: bool,
    },
    /// A label.
    Text {
        /// Anchor point.
        at: (u32, u32),
        /// `start`, `middle` or `end`.
        anchor: &'static str,
        /// CSS class.
        class: &'static str,
        /// The words.
        text: String,
    },
    /// Where a segment left its sender.
    Dot((u32, u32)),
}

fn beside(side: Side) -> (u32, &'static str) {
    match side {
        Side::Client => (CLIENT_X - 6, "end"),
        Side::Server => (SERVER_X + 6, "start"),
    }
}

/// What one row of the ladder shows.
pub fn row_shapes(i18n: &I18n, trace: &TraceRef, row: u32, numbering: &Numbering) -> Vec<Shape> {
    let Some(entry) = trace
        .rows
        .get(row as usize)
        .filter(|_| row >= trace.base)
        .and_then(|&i| trace.trace.get(i as usize))
    else {
        return Vec::new();
    };
    let ry = trace.y(row);
    let mut shapes = vec![Shape::Text {
        at: (4, ry + 4),
        anchor: "start",
        class: "time",
        text: clock(entry.time.as_millis()),
    }];
    let note = |side: Side, class: &'static str, text: String| {
        let (x, anchor) = beside(side);
        Shape::Text {
            at: (x, ry + 4),
            anchor,
            class,
            text,
        }
    };
    match &entry.event {
        Event::Sent { from, .. } => shapes.push(Shape::Dot((x_of(*from), ry))),
        Event::Delivered { id, to } => {
            if let Some((sent, from, label)) = segment_label(i18n, trace, *id, numbering) {
                let (x1, y1, x2) = (x_of(from), trace.y(sent), x_of(*to));
                shapes.push(Shape::Line {
                    from: (x1, y1),
                    to: (x2, ry),
                    class: if from == Side::Client {
                        "seg client"
                    } else {
                        "seg server"
                    },
                    arrow: true,
                });
                shapes.push(Shape::Text {
                    at: ((x1 + x2) / 2, ((y1 + ry) / 2).saturating_sub(4)),
                    anchor: "middle",
                    class: "seg-label",
                    text: label,
                });
            }
        }
        Event::Dropped { id, cause } => {
            if let Some((sent, from, label)) = segment_label(i18n, trace, *id, numbering) {
                let mx = (CLIENT_X + SERVER_X) / 2;
                let why = i18n.t(match cause {
                    DropCause::Hand => "ladder-lost",
                    DropCause::Random => "ladder-lost-random",
                    DropCause::WireFull => "ladder-lost-wire-full",
                });
                shapes.push(Shape::Line {
                    from: (x_of(from), trace.y(sent)),
                    to: (mx, ry),
                    class: "seg lost",
                    arrow: false,
                });
                shapes.push(Shape::Text {
                    at: (mx, ry + 5),
                    anchor: "middle",
                    class: "cross",
                    text: "✕".into(),
                });
                shapes.push(Shape::Text {
                    at: (mx + 12, ry + 4),
                    anchor: "start",
                    class: "seg-label",
                    text: format!("{why}: {label}"),
                });
            }
        }
        Event::StateChanged { side, to, .. } => {
            shapes.push(note(*side, "state-label", to.name().into()))
        }
        Event::Call { side, call } => {
            // The API's own names, short enough for the space beside a timeline.
            let text = match call {
                Call::Send(data) => format!("send({})", data.len()),
                other => format!("{}()", other),
            };
            shapes.push(note(*side, "call-label", text))
        }
        Event::TimerFired { side, kind } => {
            let text = match kind {
                Some(k) => i18n.f("ev-timer", &[("timer", render::timer(i18n, *k).into())]),
                None => i18n.t("ev-timer-any"),
            };
            shapes.push(note(*side, "timer-label", text))
        }
        Event::Queued { side, seg, .. } => shapes.push(note(
            *side,
            "call-label",
            i18n.f(
                "ladder-to-outbox",
                &[("flags", seg.flags.to_string().into())],
            ),
        )),
        Event::Discarded { side, seg } => shapes.push(note(
            *side,
            "call-label",
            i18n.f(
                "ladder-discarded",
                &[("flags", seg.flags.to_string().into())],
            ),
        )),
        Event::Delayed { .. }
        | Event::Note { .. }
        | Event::Signal { .. }
        | Event::Received { .. }
        | Event::Setting(_)
        | Event::Seed(_) => {}
    }
    shapes
}

/// The point `done / span` of the way from `x1` to `x2`. Times come from
/// the student (a delay of 4294967295 minutes is allowed), so the
/// arithmetic is wide enough for any `u64`.
pub fn along(x1: u32, x2: u32, done: u64, span: u64) -> u32 {
    let span = i128::from(span.max(1));
    let done = i128::from(done).min(span);
    let (x1, x2) = (i128::from(x1), i128::from(x2));
    u32::try_from(x1 + (x2 - x1) * done / span).unwrap_or(0)
}

/// A segment still in flight: a dashed arrow from its sending row toward
/// the receiver, as far as time has carried it, ending at `bottom_row`.
pub fn flight_shapes(
    i18n: &I18n,
    trace: &TraceRef,
    flight: &InFlight,
    now: Instant,
    bottom_row: u32,
    numbering: &Numbering,
) -> Option<Vec<Shape>> {
    let (sent, from, label) = segment_label(i18n, trace, flight.id, numbering)?;
    let span = flight
        .arrives_at
        .as_millis()
        .saturating_sub(flight.sent_at.as_millis())
        .max(1);
    let done = now
        .as_millis()
        .saturating_sub(flight.sent_at.as_millis())
        .min(span);
    let x = along(x_of(from), x_of(from.other()), done, span);
    Some(vec![
        Shape::Line {
            from: (x_of(from), trace.y(sent)),
            to: (x, trace.y(bottom_row)),
            class: if from == Side::Client {
                "seg client in-flight"
            } else {
                "seg server in-flight"
            },
            arrow: true,
        },
        // Labelled on its own sending row, so segments sent together do not
        // write over each other.
        Shape::Text {
            at: ((CLIENT_X + SERVER_X) / 2, trace.y(sent) + 4),
            anchor: "middle",
            class: "seg-label",
            text: i18n.f(
                "ladder-in-flight",
                &[("id", flight.id.into()), ("seg", label.into())],
            ),
        },
    ])
}

fn shape_html(shape: &Shape) -> Html {
    match shape {
        Shape::Line {
            from,
            to,
            class,
            arrow,
        } => html! {
            <line class={*class} x1={from.0.to_string()} y1={from.1.to_string()} x2={to.0.to_string()} y2={to.1.to_string()}
                marker-end={arrow.then_some("url(#arrow)")} />
        },
        Shape::Text {
            at,
            anchor,
            class,
            text,
        } => html! {
            <text class={*class} x={at.0.to_string()} y={at.1.to_string()} text-anchor={*anchor}>{text}</text>
        },
        Shape::Dot((x, y)) => {
            html! { <circle class="send-dot" cx={x.to_string()} cy={y.to_string()} r="3" /> }
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// When the rows from `first` on begin: the time of the first of them
/// still kept (long sessions forget their oldest events), and whether
/// anything before it is left out.
pub fn covered_from(trace: &TraceRef, first: u32) -> (Instant, bool) {
    let first_kept = trace.trace.first_kept();
    let from_row = trace
        .rows
        .get(first as usize)
        .map_or(first_kept, |&i| i as usize);
    let start = from_row.max(first_kept);
    let time = trace.trace.get(start).map_or(Instant::ZERO, |e| e.time);
    (time, start > 0 && (first > 0 || first_kept > 0))
}

/// The ladder as a standalone SVG file (not virtualised): rows from
/// `first` to the end, with a caption saying which time they cover.
/// Returns the file and its pixel size.
pub fn to_svg(
    i18n: &I18n,
    trace: &TraceRef,
    first: u32,
    wire: &[InFlight],
    now: Instant,
    numbering: &Numbering,
) -> (String, u32, u32) {
    let total = trace.rows.len() as u32;
    let first = first.clamp(trace.base, total);
    let top = (first - trace.base) * ROW_H;
    // A row above the heads for the caption.
    let height = (total - first + 3) * ROW_H;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 {view_top} {WIDTH} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <style>{SVG_STYLE}</style>\n\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n\
         <rect x=\"0\" y=\"{view_top}\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#fff\"/>\n\
         <text x=\"8\" y=\"{caption_y}\" class=\"caption\">{caption}</text>\n\
         <text x=\"{CLIENT_X}\" y=\"{head}\" text-anchor=\"middle\" class=\"head\">{client}</text><text x=\"{SERVER_X}\" y=\"{head}\" text-anchor=\"middle\" class=\"head\">{server}</text>\n\
         <line class=\"axis\" x1=\"{CLIENT_X}\" y1=\"{top}\" x2=\"{CLIENT_X}\" y2=\"{bottom}\"/><line class=\"axis\" x1=\"{SERVER_X}\" y1=\"{top}\" x2=\"{SERVER_X}\" y2=\"{bottom}\"/>\n",
        view_top = i64::from(top) - 2 * i64::from(ROW_H),
        head = i64::from(top) - 6,
        bottom = (total - trace.base + 1) * ROW_H,
        caption_y = i64::from(top) - i64::from(ROW_H) - 8,
        caption = escape(&{
            let (from, partial) = covered_from(trace, first);
            i18n.f(
                "export-range",
                &[
                    ("from", clock(from.as_millis()).into()),
                    ("to", clock(now.as_millis()).into()),
                    ("partial", u64::from(partial).into()),
                ],
            )
        }),
        client = escape(&render::side(i18n, Side::Client)),
        server = escape(&render::side(i18n, Side::Server)),
    );
    let shapes = (first..total)
        .flat_map(|row| row_shapes(i18n, trace, row, numbering))
        .chain(
            wire.iter()
                .filter_map(|f| flight_shapes(i18n, trace, f, now, total, numbering))
                .flatten(),
        );
    for shape in shapes {
        match shape {
            Shape::Line {
                from,
                to,
                class,
                arrow,
            } => out.push_str(&format!(
                "<line class=\"{class}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>\n",
                from.0,
                from.1,
                to.0,
                to.1,
                if arrow {
                    " marker-end=\"url(#arrow)\""
                } else {
                    ""
                }
            )),
            Shape::Text {
                at,
                anchor,
                class,
                text,
            } => out.push_str(&format!(
                "<text class=\"{class}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>\n",
                at.0,
                at.1,
                escape(&text)
            )),
            Shape::Dot((x, y)) => out.push_str(&format!(
                "<circle class=\"send-dot\" cx=\"{x}\" cy=\"{y}\" r=\"3\"/>\n"
            )),
        }
    }
    out.push_str("</svg>\n");
    (out, WIDTH, height)
}

/// The exported file's own styles (it must look right outside the app).
const SVG_STYLE: &str = ".axis{stroke:#9aa2ab;stroke-width:2}.seg{stroke-width:1.6;fill:none}.seg.client{stroke:#1f5fa8}\
.seg.server{stroke:#b35900;stroke-dasharray:7 2}.seg.in-flight{stroke-dasharray:3 3}.seg.lost{stroke:#a3232b;stroke-dasharray:2 3}\
.time{fill:#5b6470}.cross{fill:#a3232b;font-size:14px;font-weight:700}.state-label{font-weight:700}\
.call-label,.timer-label{font-style:italic;fill:#5b6470}.seg-label{font-family:monospace;paint-order:stroke;stroke:#fff;stroke-width:3px}\
.head{font-weight:700}.send-dot{fill:#444}marker path{fill:#444}";

/// The ladder diagram.
#[function_component]
pub fn Ladder(props: &Props) -> Html {
    let i18n = use_i18n();
    let total = props.trace.rows.len() as u32;
    // Rows are placed by their index from the first one drawn.
    let base = props.trace.base;
    let selected_row = props
        .selected
        .and_then(|i| row_at_or_before(&props.trace.rows, i))
        .filter(|&row| row >= base);
    let scroll = use_follow_scroll(
        ROW_H,
        (base, total),
        props.trace.session_id,
        selected_row.map(|row| row - base),
        480,
    );
    let (top, height) = (scroll.top, scroll.height);
    let first = (base + top / ROW_H)
        .saturating_sub(OVERSCAN)
        .clamp(base, total);
    let last = (base + (top + height) / ROW_H + OVERSCAN).min(total);
    let offset = |row: u32| (row - base) * ROW_H;
    // One empty row at the bottom for segments still in flight.
    let svg_rows = last - first + 1;
    let numbering = &props.numbering;
    let trace = &props.trace;
    let mut back = Vec::new();
    let mut front = Vec::new();

    for row in first..last {
        let Some(&index) = trace.rows.get(row as usize) else {
            continue;
        };
        let select = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Select(Some(index))))
        };
        let is_selected = selected_row == Some(row);
        // Keyed by row: when the view follows new rows, Yew adds one row
        // and drops one instead of rewriting every visible row.
        back.push(html! {
            <rect key={row} class={classes!("row", is_selected.then_some("selected"))} x="0" y={offset(row).to_string()}
                width={WIDTH.to_string()} height={ROW_H.to_string()} onclick={select} />
        });
        let marks = row_shapes(&i18n, trace, row, numbering);
        front.push(html! { <g key={row}>{ for marks.iter().map(shape_html) }</g> });
    }

    // Segments still in flight: dashed, moving toward the receiver as time passes.
    // The newest segments still in flight that were sent above the bottom
    // of the view (thousands may be in flight on a slow wire; their arrows
    // would cover one another).
    let flights = props
        .wire
        .iter()
        .rev()
        .filter_map(|flight| {
            let sent = *trace
                .sent_row
                .get(usize::try_from(flight.id.checked_sub(1)?).ok()?)?;
            (sent < last).then_some(flight)
        })
        .take(FLIGHTS_DRAWN)
        .filter_map(|flight| {
            let shapes = flight_shapes(&i18n, trace, flight, props.now, total, numbering)?;
            Some(html! { <g key={flight.id}>{ for shapes.iter().map(shape_html) }</g> })
        })
        .collect::<Vec<Html>>();

    let view_box = format!("0 {} {WIDTH} {}", offset(first), svg_rows * ROW_H);
    let top_px = format!("top:{}px;height:{}px", offset(first), svg_rows * ROW_H);
    let full = format!("height:{}px", offset(total) + ROW_H);
    let axis_bottom = (offset(last) + ROW_H).to_string();
    let axis_top = offset(first).to_string();

    html! {
        <div class="ladder" id="ladder-view" ref={scroll.node.clone()} onscroll={scroll.onscroll.clone()} tabindex="0"
             role="region" aria-label={i18n.t("ladder-label")}>
            <div class="ladder-heads" aria-hidden="true"><span>{render::side(&i18n, Side::Client)}</span><span>{render::side(&i18n, Side::Server)}</span></div>
            if total == 0 {
                <p class="hint ladder-empty">{i18n.t("ladder-empty")}</p>
            }
            if base > 0 {
                <p class="hint">{i18n.t("ladder-forgotten")}</p>
            }
            <div class="ladder-space" style={full}>
                <svg class="ladder-svg" style={top_px} viewBox={view_box} preserveAspectRatio="xMidYMin meet" role="img"
                    aria-label={i18n.t("ladder-svg-label")}>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_says_which_time_it_covers() {
        let state = crate::state::restore(
            crate::state::Source::Link,
            "server listen\nclient connect\nrun\nadvance 5s\nclient close\nrun\n",
            1,
        )
        .unwrap();
        let trace = TraceRef::of(&state);
        assert_eq!(covered_from(&trace, 0), (Instant::ZERO, false));
        // From a later row on (a PNG of the last rows): its time, and partial.
        let last = trace.rows.len() as u32 - 1;
        let (from, partial) = covered_from(&trace, last);
        assert!(partial && from.as_millis() >= 5000, "{from:?}");
        let svg = to_svg(
            &I18n::english(),
            &trace,
            0,
            &[],
            state.sim.now(),
            &Numbering::absolute(),
        )
        .0;
        assert!(svg.contains("t = 0.000 s to "), "{svg}");
    }

    #[test]
    fn a_view_never_holds_more_rows_than_a_page_can_scroll() {
        let mut rows = Log::new();
        for i in 0..1_300_000u32 {
            rows.push(i);
        }
        let trace = TraceRef::new(1, Log::new(), rows, Log::new());
        assert_eq!(trace.base(), 300_000);
        // Rows are placed from the first one drawn, within the clamp.
        assert_eq!(trace.y(300_000), ROW_H / 2);
        assert!(u64::from(trace.y(1_299_999)) < 33_000_000);
    }

    #[test]
    fn in_flight_positions_hold_for_any_time_span() {
        assert_eq!(along(100, 500, 0, 10), 100);
        assert_eq!(along(100, 500, 5, 10), 300);
        assert_eq!(along(500, 100, 10, 10), 100, "right to left");
        // A delay of 4294967295 minutes and a clock near its end: no overflow.
        assert_eq!(along(100, 500, u64::MAX, u64::MAX), 500);
        assert_eq!(along(100, 500, u64::MAX / 2, u64::MAX), 299);
        assert_eq!(along(100, 500, 7, 0), 500, "a zero span counts as arrived");
    }
}
