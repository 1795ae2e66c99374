//! The ladder diagram: one row per event, the client's timeline on the
//! left, the server's on the right, each segment an arrow from the row it
//! was sent to the row it arrived (or a cross where it was lost). Each
//! row's label sits beside its own side's timeline, outside the band the
//! arrows cross (see [`layout`]). Only the rows in view are drawn, so long
//! sessions stay fast.

pub mod layout;
pub(crate) mod print;

use super::scroll::use_follow_scroll;
use crate::i18n::render::{self, clock};
use crate::i18n::{use_i18n, I18n};
pub use layout::ROW_H;
use layout::{gap_text, row_label, text_width, wrap, Geometry, Layout, EXPORT_WIDTH, LINE_H};
use std::cell::RefCell;
use std::rc::Rc;
use tcp_engine::log::Log;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{Event, InFlight, Origin, Side, TraceEntry};
use tcp_engine::{Instant, Segment};
use yew::prelude::*;

/// Pixels drawn above and below the view.
const OVERSCAN: u32 = 160;
/// Segments in flight drawn at most.
const FLIGHTS_DRAWN: usize = 200;
/// Milliseconds of row layout per frame: thousands of new rows (a long
/// step, the end of a restore) are laid out over the next frames, in
/// pieces of [`LAYOUT_PIECE`] rows, rather than in one long task.
const LAYOUT_MS: f64 = 4.0;
/// Rows laid out between looks at the clock.
const LAYOUT_PIECE: usize = 500;

/// Rows the ladder lays out at most: the newest. Each row's label is
/// measured once per width and language, so this bounds that work (and
/// keeps the drawing far below the height browsers can scroll); the log
/// lists every event kept.
pub const MAX_ROWS_SHOWN: u32 = 20_000;

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
    /// The timeline's branch: it changes when the student acts after going
    /// back in time, with the number of rows the branch kept.
    pub branch: (u32, u32),
    /// The numbers of the capture the session was opened from.
    pub capture: Option<std::rc::Rc<crate::capture::Numbers>>,
    /// Entries before this index are the capture's replay (see
    /// [`crate::state::AppState::capture_end`]).
    pub capture_end: usize,
    /// Trace indices the log leaves out, in order.
    pub hidden: Log<u32>,
    /// A lesson's blanks on segments of this trace (see
    /// [`crate::state::Lesson::open_blanks`]).
    pub blanks: Rc<[LadderBlank]>,
}

/// A field of a segment on the ladder left blank for the student.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LadderBlank {
    /// The segment.
    pub id: u64,
    /// The sender.
    pub side: Side,
    /// The field.
    pub field: tcp_engine::scenario::SegField,
    /// The `blank` line of the lesson.
    pub line: usize,
    /// The engine's value.
    pub right: tcp_engine::scenario::Answer,
    /// Once filled in: the answer given.
    pub filled: Option<tcp_engine::scenario::Answer>,
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
            branch: (0, 0),
            capture: None,
            capture_end: 0,
            hidden: Log::new(),
            blanks: Rc::from([]),
        }
    }

    /// The trace of the state's session.
    pub fn of(state: &crate::state::AppState) -> Self {
        let mut trace = TraceRef {
            branch: state.branch,
            capture: state.capture_numbers.clone(),
            capture_end: state.capture_end,
            hidden: state.hidden.clone(),
            ..TraceRef::new(
                state.session_id,
                state.sim.trace().clone(),
                state.rows.clone(),
                state.sent_row.clone(),
            )
        };
        if let Some(lesson) = state.lesson.as_ref().filter(|l| !l.blanks.is_empty()) {
            trace.blanks = TraceRef::blanks(&trace, lesson);
        }
        trace
    }

    /// The lesson's blanks whose step has run, on the segments this session
    /// sent: the one the lesson's own run blanked, if the session sent it too
    /// (same sender, same value), and not when the student made another.
    fn blanks(trace: &TraceRef, lesson: &crate::state::Lesson) -> Rc<[LadderBlank]> {
        lesson
            .open_blanks()
            .filter_map(|b| {
                let id = b.expected.segment?;
                let (from, seg) = trace.sent(id)?;
                (from == b.side && b.field.read(seg) == b.expected.answer).then(|| LadderBlank {
                    id,
                    side: b.side,
                    field: b.field,
                    line: b.line,
                    right: b.expected.answer,
                    filled: lesson
                        .answers
                        .iter()
                        .find(|a| a.line == b.line)
                        .map(|a| a.given),
                })
            })
            .collect()
    }

    /// The first row drawn: rows before it point at forgotten events (a long
    /// session keeps the newest), or lie beyond [`MAX_ROWS_SHOWN`]. Views
    /// place rows by their index from here, never from the session's start.
    pub fn base(&self) -> u32 {
        self.base
    }

    /// The row a segment was sent on (if it is drawn), its sender and the
    /// segment.
    pub fn sent_at(&self, id: u64) -> Option<(u32, Side, &Segment)> {
        let row = *self
            .sent_row
            .get(usize::try_from(id.checked_sub(1)?).ok()?)?;
        if row < self.base {
            return None;
        }
        let index = *self.rows.get(row as usize)?;
        match &self.trace.get(index as usize)?.event {
            Event::Sent { from, seg, .. } => Some((row, *from, seg)),
            _ => None,
        }
    }

    /// A segment's sender and the segment, while its sending is kept.
    pub fn sent(&self, id: u64) -> Option<(Side, &Segment)> {
        self.sent_at(id).map(|(_, from, seg)| (from, seg))
    }

    /// The capture's number (from 1) of the segment with this id, when the
    /// capture's replay sent it as a captured segment.
    pub fn capture_number(&self, id: u64, index: usize) -> Option<u32> {
        let capture = self.capture.as_ref()?;
        (index < self.capture_end).then(|| capture.of(id)).flatten()
    }

    /// How the segment sent at trace entry `index` got onto the wire, as
    /// the views tell it: a release by a capture's replay is its TCP's
    /// sending (the outbox is the replay's bookkeeping).
    pub fn shown_origin(&self, origin: Origin, index: usize) -> Origin {
        if index < self.capture_end {
            tcp_engine::capture::shown_origin(origin)
        } else {
            origin
        }
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
    // In steps, so that the first row drawn (and the layout from it) does
    // not move with every new row.
    let newest = total.saturating_sub(MAX_ROWS_SHOWN) / BASE_STEP * BASE_STEP;
    lo.max(newest)
}

/// How far the first row drawn moves at a time when a session outgrows
/// [`MAX_ROWS_SHOWN`].
const BASE_STEP: u32 = 4096;

impl PartialEq for TraceRef {
    fn eq(&self, other: &TraceRef) -> bool {
        self.session_id == other.session_id
            && self.trace.len() == other.trace.len()
            && self.rows.len() == other.rows.len()
            && self.branch == other.branch
            && self.blanks == other.blanks
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
    /// Work under way: what is drawn is the moment before it.
    #[prop_or_default]
    pub waiting: bool,
    /// The text size in percent (Large text, `?scale=`): the drawing is
    /// laid out that much narrower and shown that much larger, labels and
    /// all.
    #[prop_or(100)]
    pub scale: u32,
    /// Selects a trace entry (by index), or lets go.
    pub on_select: Callback<Option<u32>>,
    /// Fills in a lesson's blank (its line, the answer).
    #[prop_or_default]
    pub on_fill: Callback<(usize, crate::state::Given)>,
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
    /// The box of a field left blank: its top left corner and width.
    Blank((u32, u32), u32),
}

fn seg_class(from: Side, more: &'static str) -> &'static str {
    match (from, more) {
        (Side::Client, "") => "seg client",
        (Side::Server, "") => "seg server",
        (Side::Client, _) => "seg client in-flight",
        (Side::Server, _) => "seg server in-flight",
    }
}

/// What one row of the ladder shows: its time (at a new instant), a marked
/// gap, its label beside its side's timeline, and its dot, arrow or cross.
pub fn row_shapes(
    i18n: &I18n,
    trace: &TraceRef,
    layout: &Layout,
    geometry: &Geometry,
    row: u32,
    numbering: &Numbering,
) -> Vec<Shape> {
    let Some(entry) = trace
        .rows
        .get(row as usize)
        .filter(|_| row >= trace.base && row >= layout.base())
        .and_then(|&i| trace.trace.get(i as usize))
    else {
        return Vec::new();
    };
    let ry = layout.y(row);
    let mut shapes = Vec::new();
    if let Some(gap) = layout.marked_gap(row) {
        shapes.push(Shape::Text {
            at: (4, layout.top(row) + layout.gap(row) / 2 + 4),
            anchor: "start",
            class: "gap",
            text: gap_text(gap),
        });
    }
    if layout.new_instant(row) {
        shapes.push(Shape::Text {
            at: (4, ry + 4),
            anchor: "start",
            class: "time",
            text: clock(entry.time.as_millis()),
        });
    }
    if let Some(label) = row_label(i18n, trace, row, numbering) {
        let (x, anchor) = geometry.label_at(label.side);
        let lines = wrap(&label.text, geometry.label_w);
        for (k, line) in lines.into_iter().take(layout.lines(row)).enumerate() {
            let y = ry + 4 + k as u32 * LINE_H;
            for (at, _) in line.match_indices(render::BLANK) {
                let left = if anchor == "end" {
                    x.saturating_sub(text_width(&line))
                } else {
                    x
                };
                let bx = left + text_width(&line[..at]);
                shapes.push(Shape::Blank((bx, y - 12), text_width(render::BLANK)));
            }
            shapes.push(Shape::Text {
                at: (x, y),
                anchor,
                class: label.class,
                text: line,
            });
        }
    }
    match &entry.event {
        Event::Sent { from, .. } => shapes.push(Shape::Dot((geometry.x_of(*from), ry))),
        Event::Delivered { id, to } => {
            if let Some((sent, from, _)) = trace.sent_at(*id) {
                shapes.push(Shape::Line {
                    from: (geometry.x_of(from), layout.y(sent)),
                    to: (
                        geometry.x_of(*to),
                        end_y(trace, layout, sent, entry.time, ry),
                    ),
                    class: seg_class(from, ""),
                    arrow: true,
                });
            }
        }
        Event::Dropped { id, .. } => {
            if let Some((sent, from, _)) = trace.sent_at(*id) {
                let mx = geometry.middle();
                let y = end_y(trace, layout, sent, entry.time, ry);
                shapes.push(Shape::Line {
                    from: (geometry.x_of(from), layout.y(sent)),
                    to: (mx, y),
                    class: "seg lost",
                    arrow: false,
                });
                shapes.push(Shape::Text {
                    at: (mx, y + 5),
                    anchor: "middle",
                    class: "cross",
                    text: "✕".into(),
                });
            }
        }
        _ => {}
    }
    shapes
}

/// Where an arrow sent on row `sent` ends, for an arrival (or a loss) on
/// the row at `ry` at time `at`. The slope is the engine's times': a
/// segment that arrived at the instant it was sent (Deliver now) is drawn
/// level, from its sending; one that took time slopes down to the row of
/// its arrival.
fn end_y(trace: &TraceRef, layout: &Layout, sent: u32, at: Instant, ry: u32) -> u32 {
    let sent_time = trace
        .rows
        .get(sent as usize)
        .and_then(|&i| trace.trace.get(i as usize))
        .map(|e| e.time);
    if sent_time == Some(at) {
        layout.y(sent)
    } else {
        ry
    }
}

/// The point `done / span` of the way from `x1` to `x2`. Times come from
/// the student (a delay of 4294967295 minutes is allowed), so any `u64`
/// is taken.
pub fn along(x1: u32, x2: u32, done: u64, span: u64) -> u32 {
    let span = span.max(1);
    let done = done.min(span);
    // Both scaled under 2^30, so that the product below fits an i64 (wider
    // arithmetic would add its own code to the first load): a pixel is
    // all the precision the result keeps.
    let shift = (u64::BITS - span.leading_zeros()).saturating_sub(30);
    let (done, span) = ((done >> shift) as i64, ((span >> shift) as i64).max(1));
    let (x1, x2) = (i64::from(x1), i64::from(x2));
    u32::try_from(x1 + (x2 - x1) * done / span).unwrap_or(0)
}

/// A segment still in flight: a dashed arrow from its sending row toward
/// the receiver, as far as time has carried it, ending at the bottom (its
/// label is on its sending row).
pub fn flight_shapes(
    trace: &TraceRef,
    layout: &Layout,
    geometry: &Geometry,
    flight: &InFlight,
    now: Instant,
) -> Option<Vec<Shape>> {
    let (sent, from, _) = trace.sent_at(flight.id)?;
    let span = flight
        .arrives_at
        .as_millis()
        .saturating_sub(flight.sent_at.as_millis())
        .max(1);
    let done = now
        .as_millis()
        .saturating_sub(flight.sent_at.as_millis())
        .min(span);
    let x = along(geometry.x_of(from), geometry.x_of(from.other()), done, span);
    Some(vec![Shape::Line {
        from: (geometry.x_of(from), layout.y(sent)),
        to: (x, layout.bottom() + ROW_H / 2),
        class: seg_class(from, "in-flight"),
        arrow: true,
    }])
}

/// Writes `shape` as SVG markup (text escaped): the exported file and the
/// screen draw the same markup.
fn shape_svg(shape: &Shape, out: &mut String) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = match shape {
        Shape::Line {
            from,
            to,
            class,
            arrow,
        } => writeln!(
            out,
            "<line class=\"{class}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
            from.0,
            from.1,
            to.0,
            to.1,
            if *arrow {
                " marker-end=\"url(#arrow)\""
            } else {
                ""
            }
        ),
        Shape::Text {
            at,
            anchor,
            class,
            text,
        } => writeln!(
            out,
            "<text class=\"{class}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            at.0,
            at.1,
            escape(text)
        ),
        Shape::Dot((x, y)) => writeln!(
            out,
            "<circle class=\"send-dot\" cx=\"{x}\" cy=\"{y}\" r=\"3\"/>"
        ),
        Shape::Blank((x, y), w) => writeln!(
            out,
            "<rect class=\"blank-box\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{LINE_H}\"/>"
        ),
    };
}

/// Text made safe inside markup we write ourselves.
pub(crate) fn escape(text: &str) -> String {
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
/// Returns the file and its pixel size. All at once: the page writes it
/// with [`SvgExport`], a slice at a time.
pub fn to_svg(
    i18n: &I18n,
    trace: &TraceRef,
    first: u32,
    wire: &[InFlight],
    now: Instant,
    numbering: &Numbering,
    frame: Frame,
) -> (String, u32, u32) {
    let mut export = SvgExport::new(
        i18n.clone(),
        trace.clone(),
        first,
        wire.to_vec(),
        now,
        *numbering,
        frame,
    );
    while !export.step(usize::MAX) {}
    export.finish()
}

/// A ladder being exported as SVG a slice at a time: laid out, then
/// written a few rows per [`SvgExport::step`], so that a long session's
/// export never holds the page (written at once, 100,000 rows took one
/// task of half a second).
pub struct SvgExport {
    i18n: I18n,
    trace: TraceRef,
    wire: Vec<InFlight>,
    now: Instant,
    numbering: Numbering,
    frame: Frame,
    geometry: Geometry,
    layout: Layout,
    first: u32,
    /// The next row to write, once laid out.
    next: Option<u32>,
    done: bool,
    out: String,
    height: u32,
}

impl SvgExport {
    /// Starts exporting rows from `first` on (see [`to_svg`]).
    pub fn new(
        i18n: I18n,
        trace: TraceRef,
        first: u32,
        wire: Vec<InFlight>,
        now: Instant,
        numbering: Numbering,
        frame: Frame,
    ) -> SvgExport {
        let geometry = Geometry::new(match frame {
            Frame::Strip => EXPORT_WIDTH,
            Frame::Slide => SLIDE.0,
        });
        SvgExport {
            i18n,
            trace,
            wire,
            now,
            numbering,
            frame,
            geometry,
            layout: Layout::default(),
            first,
            next: None,
            done: false,
            out: String::new(),
            height: 0,
        }
    }

    /// Does about `rows` rows' work (laying out or writing); true once the
    /// picture is whole.
    pub fn step(&mut self, rows: usize) -> bool {
        if self.done {
            return true;
        }
        let Some(row) = self.next else {
            let (i18n, trace) = (&self.i18n, &self.trace);
            if self
                .layout
                .update(i18n, trace, &self.numbering, &self.geometry, rows)
            {
                self.begin();
            }
            return false;
        };
        let total = self.trace.rows.len() as u32;
        let end = total.min(row.saturating_add(u32::try_from(rows).unwrap_or(u32::MAX)));
        for row in row..end {
            let shapes = row_shapes(
                &self.i18n,
                &self.trace,
                &self.layout,
                &self.geometry,
                row,
                &self.numbering,
            );
            for shape in &shapes {
                shape_svg(shape, &mut self.out);
            }
        }
        if end < total {
            self.next = Some(end);
            return false;
        }
        let wire = std::mem::take(&mut self.wire);
        for flight in &wire {
            let shapes = flight_shapes(&self.trace, &self.layout, &self.geometry, flight, self.now);
            for shape in shapes.iter().flatten() {
                shape_svg(shape, &mut self.out);
            }
        }
        self.out.push_str("</svg>\n");
        self.done = true;
        true
    }

    /// The whole file and its pixel size.
    pub fn finish(self) -> (String, u32, u32) {
        (self.out, self.geometry.width, self.height)
    }

    /// The file's opening, its view from `top`, `height` tall.
    fn prelude(&self, top: i64, height: u32) -> String {
        let width = self.geometry.width;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 {top} {width} {height}\" font-family=\"monospace\" font-size=\"12\">\n\
             <style>{SVG_STYLE}</style>\n\
             <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n\
             <rect x=\"0\" y=\"{top}\" width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>\n"
        )
    }

    /// Once laid out: the rows shown, the size, the caption, the heads and
    /// the axes.
    fn begin(&mut self) {
        let (trace, layout) = (&self.trace, &self.layout);
        let total = trace.rows.len() as u32;
        let mut first = self.first.clamp(trace.base, total);
        // Two rows above the first for the caption and the heads.
        let tall = |first: u32| layout.bottom() - layout.top(first) + 3 * ROW_H;
        if self.frame == Frame::Slide {
            // The latest rows that fit the slide (tops grow with the row).
            let (mut lo, mut hi) = (first, total);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if tall(mid) <= SLIDE.1 {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            first = lo;
        }
        let top = layout.top(first);
        let width = self.geometry.width;
        self.height = match self.frame {
            Frame::Strip => tall(first),
            Frame::Slide => SLIDE.1,
        };
        let view_top = i64::from(top) - 2 * i64::from(ROW_H);
        let (client_x, server_x) = (self.geometry.client_x, self.geometry.server_x);
        let bottom = layout.bottom() + ROW_H;
        let caption_y = i64::from(top) - i64::from(ROW_H) - 8;
        let head = i64::from(top) - 6;
        let i18n = &self.i18n;
        let caption = escape(&{
            let (from, partial) = covered_from(trace, first);
            i18n.f(
                "export-range",
                &[
                    ("from", clock(from.as_millis()).into()),
                    ("to", clock(self.now.as_millis()).into()),
                    ("partial", u64::from(partial).into()),
                ],
            )
        });
        let (client, server) = (
            escape(&render::side(i18n, Side::Client)),
            escape(&render::side(i18n, Side::Server)),
        );
        let version = env!("CARGO_PKG_VERSION");
        let version_x = width.saturating_sub(8);
        self.out = self.prelude(view_top, self.height);
        self.out.push_str(&format!(
                "<text x=\"8\" y=\"{caption_y}\" class=\"caption\">{caption}</text><text x=\"{version_x}\" y=\"{caption_y}\" text-anchor=\"end\" class=\"caption\">TCP Playground {version}</text>\n"
        ));
        self.out.push_str(&format!(
                "<text x=\"{client_x}\" y=\"{head}\" text-anchor=\"middle\" class=\"head\">{client}</text><text x=\"{server_x}\" y=\"{head}\" text-anchor=\"middle\" class=\"head\">{server}</text>\n"
        ));
        self.out.push_str(&format!(
                "<line class=\"axis\" x1=\"{client_x}\" y1=\"{top}\" x2=\"{client_x}\" y2=\"{bottom}\"/><line class=\"axis\" x1=\"{server_x}\" y1=\"{top}\" x2=\"{server_x}\" y2=\"{bottom}\"/>\n"
        ));
        self.first = first;
        self.next = Some(first);
    }
}

/// The shape of an exported ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// The whole ladder, as tall as it is (a document, a worksheet).
    Strip,
    /// A 16:9 slide holding the latest rows that fit.
    Slide,
}

/// A slide's size in CSS pixels (a PNG doubles it: 1920 × 1080).
pub const SLIDE: (u32, u32) = (960, 540);

/// The exported file's own styles (it must look right outside the app).
const SVG_STYLE: &str = ".axis{stroke:#9aa2ab;stroke-width:2}.seg{stroke-width:1.6;fill:none}.seg.client{stroke:#1f5fa8}\
.seg.server{stroke:#b35900;stroke-dasharray:7 2}.seg.in-flight{stroke-dasharray:3 3}.seg.lost{stroke:#a3232b;stroke-dasharray:2 3}\
text{fill:#1d232b}.time,.gap,.outcome,.call-label,.timer-label{fill:#5b6470}.gap{font-style:italic}.outcome.notable{fill:#a3232b;font-weight:700}\
.cross{fill:#a3232b;font-size:14px;font-weight:700}.state-label{font-weight:700}.call-label,.timer-label{font-style:italic}\
.head{font-weight:700;font-family:sans-serif}.caption{font-family:sans-serif}.send-dot{fill:#444}marker path{fill:#444}.blank-box{fill:#fff;stroke:#1d232b}";

/// The longest the first measure of the ladder's width waits for the page
/// to be idle, in ms (until then, the width guessed).
const IDLE_MS: u32 = 300;

/// The width of an element, followed as the window resizes.
#[hook]
fn use_width(node: NodeRef, initial: u32) -> u32 {
    let width = use_state_eq(|| initial);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = {
                let width = width.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        let w = el.client_width().max(0) as u32;
                        if w > 0 {
                            width.set(w);
                        }
                    }
                }
            };
            // Once the page is idle, laid out by then: read in the effect,
            // the width forced a layout of the whole page in the task after
            // the first render (20 ms on a two-core machine).
            super::lazy::when_idle(IDLE_MS, measure.clone());
            let listening = crate::listener::listen("resize", move |_: web_sys::Event| measure());
            move || drop(listening)
        });
    }
    *width
}

/// The ladder laid out once per width and language, then extended row by
/// row for at most `LAYOUT_MS` per frame (the rest in the next ones); and
/// whether every row is laid out.
#[hook]
fn use_laid_out(i18n: &I18n, props: &Props, geometry: &Geometry) -> (Rc<RefCell<Layout>>, bool) {
    let layout = use_mut_ref(Layout::default);
    let caught_up = {
        let clock = web_sys::window().and_then(|w| w.performance());
        let now = || clock.as_ref().map_or(0.0, |c| c.now());
        let start = now();
        let mut layout = layout.borrow_mut();
        loop {
            let done = layout.update(i18n, &props.trace, &props.numbering, geometry, LAYOUT_PIECE);
            if done || now() - start >= LAYOUT_MS {
                break done;
            }
        }
    };
    let redraw = use_force_update();
    let end = layout.borrow().end();
    use_effect_with((caught_up, end), move |(caught_up, _)| {
        let later = (!*caught_up)
            .then(|| gloo_timers::callback::Timeout::new(0, move || redraw.force_update()));
        move || drop(later)
    });
    (layout, caught_up)
}

/// The rows in view, drawn.
#[derive(Default)]
pub(crate) struct Drawn {
    /// Each row's background, to click (selects its event).
    back: Vec<Html>,
    /// The arrows and labels, as markup: parsed by the browser in one go
    /// (a jump to another moment replaces every row in view, and hundreds
    /// of elements built one call at a time cost more than the frame has).
    front: String,
    /// The rows as a list, for a screen reader (the drawing is one image
    /// to it).
    spoken: Vec<Html>,
}

/// Draws rows `first..last`; `selected_row` is highlighted.
#[inline(always)]
fn rows_in_view(
    i18n: &I18n,
    props: &Props,
    layout: &Layout,
    geometry: &Geometry,
    (first, last): (u32, u32),
    selected_row: Option<u32>,
) -> Drawn {
    let (trace, numbering) = (&props.trace, &props.numbering);
    let mut drawn = Drawn {
        back: Vec::new(),
        front: String::new(),
        spoken: Vec::new(),
    };
    for row in first..last {
        let Some(&index) = trace.rows.get(row as usize) else {
            continue;
        };
        if let (Some(label), Some(entry)) = (
            row_label(i18n, trace, row, numbering),
            trace.trace.get(index as usize),
        ) {
            let side = render::side(i18n, label.side);
            drawn.spoken.push(html! {
                <li key={row}>{format!("{} · {side}: {}", clock(entry.time.as_millis()), label.text.replace(render::BLANK, "?"))}</li>
            });
        }
        let select = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(Some(index)))
        };
        let is_selected = selected_row == Some(row);
        // Keyed by row: when the view follows new rows, Yew adds one row
        // and drops one instead of rewriting every visible row.
        drawn.back.push(html! {
            <rect key={row} class={classes!("row", is_selected.then_some("selected"))} x="0" y={layout.top(row).to_string()}
                width={geometry.width.to_string()} height={layout.height(row).to_string()} onclick={select} />
        });
        for shape in row_shapes(i18n, trace, layout, geometry, row, numbering) {
            shape_svg(&shape, &mut drawn.front);
        }
    }
    drawn
}

/// Draws [`drawn`].
pub(crate) type DrawRows = fn(&I18n, &Props, &Layout, &Geometry, (u32, u32), Option<u32>) -> Drawn;

crate::installed!(
    /// [`drawn`]: only the sessions chunk's actions make rows and put
    /// segments in flight.
    pub(crate) DRAW_ROWS: DrawRows = drawn
);

/// Places [`blank_slots`].
pub(crate) type BlankSlots =
    fn(&I18n, &Props, &Layout, &Geometry, (u32, u32), u32) -> Vec<super::fill::Slot>;

crate::installed!(
    /// [`blank_slots`]: blanks sit on rows, which only the sessions
    /// chunk's actions make.
    pub(crate) BLANK_SLOTS: BlankSlots = blank_slots
);

/// Draws [`print::view`].
pub(crate) type Print = fn(&print::Printed, u32, u32) -> Html;

crate::installed!(
    /// [`print::view`]: an empty ladder prints as nothing.
    pub(crate) PRINT: Print = print::view
);

/// The rows `first..last` in view (`selected_row` marked) and the segments
/// in flight.
pub(crate) fn drawn(
    i18n: &I18n,
    props: &Props,
    layout: &Layout,
    geometry: &Geometry,
    (first, last): (u32, u32),
    selected_row: Option<u32>,
) -> Drawn {
    let mut drawn = rows_in_view(i18n, props, layout, geometry, (first, last), selected_row);
    flights_svg(props, layout, geometry, (first, last), &mut drawn.front);
    drawn
}

/// Segments still in flight: dashed, moving toward the receiver as time
/// passes; the newest that were sent above the bottom of the view
/// (thousands may be in flight on a slow wire).
#[inline(always)]
fn flights_svg(
    props: &Props,
    layout: &Layout,
    geometry: &Geometry,
    (first, last): (u32, u32),
    front: &mut String,
) {
    let trace = &props.trace;
    let flights = props
        .wire
        .iter()
        .rev()
        .filter(|flight| {
            trace
                .sent_at(flight.id)
                .is_some_and(|(sent, ..)| sent < last.max(first + 1))
        })
        .take(FLIGHTS_DRAWN)
        .filter_map(|flight| flight_shapes(trace, layout, geometry, flight, props.now))
        .flatten();
    for shape in flights {
        shape_svg(&shape, front);
    }
}

/// The lesson's blanks on rows `first..last`, placed over the boxes the
/// rows draw (in the page's pixels, at `pct` percent).
pub(crate) fn blank_slots(
    i18n: &I18n,
    props: &Props,
    layout: &Layout,
    geometry: &Geometry,
    (first, last): (u32, u32),
    pct: u32,
) -> Vec<super::fill::Slot> {
    let trace = &props.trace;
    let mut slots = Vec::new();
    for b in trace.blanks.iter() {
        let Some((row, ..)) = trace
            .sent_at(b.id)
            .filter(|(r, ..)| (first..last).contains(r))
        else {
            continue;
        };
        // The label draws the segment's boxes in the order of its fields.
        let at = trace
            .blanks
            .iter()
            .filter(|o| o.id == b.id && (o.field as u8) < (b.field as u8))
            .count();
        let boxes = row_shapes(i18n, trace, layout, geometry, row, &props.numbering)
            .into_iter()
            .filter_map(|s| match s {
                Shape::Blank(at, w) => Some((at, w)),
                _ => None,
            });
        if let Some(((x, y), w)) = boxes.into_iter().nth(at) {
            let up = |v: u32| v * pct / 100;
            slots.push(super::fill::Slot {
                line: b.line,
                side: b.side,
                field: b.field,
                at: (up(x), up(y)),
                size: (up(w), up(LINE_H)),
                filled: b.filled.map(|given| (given == b.right, given, b.right)),
            });
        }
    }
    slots
}

/// Rows a printed ladder holds (the latest): a worksheet, not an archive.
const PRINT_ROWS: u32 = 600;

/// The ladder diagram.
#[function_component]
pub fn Ladder(props: &Props) -> Html {
    let printing = super::scroll::use_printing();
    let i18n = use_i18n();
    let measured = use_node_ref();
    let width = use_width(measured.clone(), 640);
    // Layout units to the page's pixels and back.
    let pct = props.scale.max(50);
    let up = |v: u32| v * pct / 100;
    let down = |v: u32| v * 100 / pct;
    let geometry = Geometry::new(down(width));
    let (layout, caught_up) = use_laid_out(&i18n, props, &geometry);
    let layout = layout.borrow();
    // Rows not laid out yet are not drawn yet.
    let total = layout.end();
    let base = layout.base();
    let selected_row = props
        .selected
        .and_then(|i| row_at_or_before(&props.trace.rows, i))
        .filter(|&row| row >= base);
    let space = layout.bottom() + ROW_H;
    let scroll = use_follow_scroll(
        1,
        (0, up(space)),
        props.trace.session_id,
        selected_row.map(|row| up(layout.top(row))),
        480,
    );
    let (top, height) = (down(scroll.top), down(scroll.height));
    let (view_top, view_bottom) = if printing {
        (
            layout.top(total.saturating_sub(PRINT_ROWS).max(base)),
            space,
        )
    } else {
        (
            top.saturating_sub(OVERSCAN),
            (top + height + OVERSCAN).min(space),
        )
    };
    let (first, last) = if total > base {
        (
            layout.row_at(view_top),
            (layout.row_at(view_bottom) + 1).min(total),
        )
    } else {
        (base, base)
    };
    let numbering = &props.numbering;
    let trace = &props.trace;
    let Drawn {
        back,
        front,
        spoken,
    } = super::lazy::installed(DRAW_ROWS).map_or_else(Drawn::default, |draw| {
        draw(
            &i18n,
            props,
            &layout,
            &geometry,
            (first, last),
            selected_row,
        )
    });
    let slots = if printing || props.trace.blanks.is_empty() {
        Vec::new()
    } else {
        super::lazy::installed(BLANK_SLOTS).map_or_else(Vec::new, |slots| {
            slots(&i18n, props, &layout, &geometry, (first, last), pct)
        })
    };
    // Markup we wrote: numbers, fixed names, and text escaped by `shape_svg`.
    let front = Html::from_html_unchecked(AttrValue::from(front));

    let drawn = view_bottom.saturating_sub(view_top).max(1);
    let view_box = format!("0 {view_top} {} {drawn}", geometry.width);
    let place = format!("top:{}px;height:{}px", up(view_top), up(drawn));
    let full = format!("height:{}px", up(space));
    let (axis_top, axis_bottom) = (view_top.to_string(), view_bottom.to_string());
    // Printed, the drawing is scaled to the page's width: so are the heads.
    let head = |x: u32| {
        if printing {
            format!("left:calc({x} * 100% / {})", geometry.width)
        } else {
            format!("left:{}px", up(x))
        }
    };

    html! {
        // Busy while rows are still being laid out (a long session's take
        // a few frames): the drawing and its list of rows still grow.
        <div class="ladder" id="ladder-view" ref={scroll.node.clone()} onscroll={scroll.onscroll.clone()} tabindex="0"
             role="region" aria-label={i18n.t("ladder-label")} aria-busy={(!caught_up).then_some("true")}>
            <div class="ladder-heads" aria-hidden="true" ref={measured}>
                <span class="client" style={head(geometry.client_x)}>{render::side(&i18n, Side::Client)}</span>
                <span class="server" style={head(geometry.server_x)}>{render::side(&i18n, Side::Server)}</span>
            </div>
            if props.waiting {
                <p class="hint ladder-empty">{i18n.t("ladder-waiting")}</p>
            } else if total == 0 {
                <p class="hint ladder-empty">{i18n.t("ladder-empty")}</p>
            }
            if base > 0 {
                <p class="hint">{i18n.t("ladder-forgotten")}</p>
            }
            <ol class="visually-hidden" aria-label={i18n.t("ladder-rows-label")}>{ for spoken }</ol>
            if printing {
                {super::lazy::installed(PRINT).map(|view| view(&print::Printed { i18n: &i18n, trace, layout: &layout, geometry: &geometry,
                    numbering, wire: &props.wire, now: props.now }, first, last))}
            } else {
            <div class="ladder-space" style={full}>
                <svg class="ladder-svg" style={place} width={up(geometry.width).to_string()} height={up(drawn).to_string()}
                    viewBox={view_box} role="img" aria-label={i18n.t("ladder-svg-label")}>
                    <defs>
                        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    </defs>
                    <g>{ for back }</g>
                    <line class="axis" x1={geometry.client_x.to_string()} y1={axis_top.clone()} x2={geometry.client_x.to_string()} y2={axis_bottom.clone()} />
                    <line class="axis" x1={geometry.server_x.to_string()} y1={axis_top} x2={geometry.server_x.to_string()} y2={axis_bottom} />
                    <g>{ front }</g>
                </svg>
                if !slots.is_empty() {
                    {super::lazy::lazy(super::fill::FILL_IN, super::fill::Props { slots, numbering: *numbering, on_fill: props.on_fill.clone() })}
                }
            </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole session's ladder exported in English, absolute numbers.
    fn english_svg(state: &crate::state::AppState, frame: Frame) -> (String, u32, u32) {
        let trace = TraceRef::of(state);
        let numbering = Numbering::absolute();
        to_svg(
            &I18n::english_with_rules(),
            &trace,
            0,
            &[],
            state.sim.now(),
            &numbering,
            frame,
        )
    }

    #[test]
    fn the_ladder_is_laid_out_again_when_the_later_words_come() {
        let text = "server listen\nclient connect\ndrop\nrun\n";
        let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
        let (trace, numbering) = (TraceRef::of(&state), Numbering::absolute());
        let geometry = Geometry::new(300);
        let rules = include_str!("../../i18n/rules.en.ftl");
        let rfc = include_str!("../../i18n/rfc.ftl");
        let fetched = I18n::load(crate::i18n::Lang::En, "", rules, rules, rfc);
        let laid_out = |layout: &mut Layout, i18n: &I18n| {
            layout.update(i18n, &trace, &numbering, &geometry, usize::MAX);
        };
        let mut fresh = Layout::default();
        laid_out(&mut fresh, &fetched);
        // Laid out first with "…" for the words still to come.
        let mut layout = Layout::default();
        laid_out(&mut layout, &I18n::english());
        assert_ne!(layout, fresh, "the later words wrap otherwise");
        laid_out(&mut layout, &fetched);
        assert_eq!(layout, fresh);
    }

    #[test]
    fn a_slide_is_16_by_9_and_holds_the_latest_rows() {
        let mut text = String::from("server listen\nclient connect\nrun\n");
        for _ in 0..30 {
            text.push_str("client send 10\nrun\n");
        }
        text.push_str("client close\nrun\n");
        let state = crate::state::restore(crate::state::Source::Link, &text, 1).unwrap();
        let export = |frame| english_svg(&state, frame);
        let (slide, w, h) = export(Frame::Slide);
        assert_eq!((w, h), SLIDE);
        assert!(slide.contains("(the part of the session kept)"), "{slide}");
        // The last rows (the close) are on it, the first (LISTEN) is not.
        let (strip, _, tall) = export(Frame::Strip);
        assert!(tall > 3 * SLIDE.1);
        assert!(strip.contains("LISTEN") && !slide.contains(">LISTEN<"));
        assert!(slide.contains("FIN"), "{slide}");
    }

    #[test]
    fn an_export_written_in_slices_is_the_export_written_at_once() {
        let mut text = String::from("server listen\nclient connect\nrun\n");
        for _ in 0..40 {
            text.push_str("client send 10\ndrop\nrun\n");
        }
        let state = crate::state::restore(crate::state::Source::Link, &text, 1).unwrap();
        let mut sliced = SvgExport::new(
            I18n::english_with_rules(),
            TraceRef::of(&state),
            0,
            vec![],
            state.sim.now(),
            Numbering::absolute(),
            Frame::Strip,
        );
        let mut steps = 0;
        while !sliced.step(3) {
            steps += 1;
        }
        assert!(steps > 20, "{steps} steps");
        assert_eq!(sliced.finish(), english_svg(&state, Frame::Strip));
    }

    #[test]
    fn an_exported_retransmission_is_labelled_as_one() {
        let text = "server listen\nclient connect\ndrop\nrun\n";
        let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
        for frame in [Frame::Strip, Frame::Slide] {
            let (svg, ..) = english_svg(&state, frame);
            assert!(svg.contains("(retransmission 1)"), "{svg}");
        }
    }

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
            &I18n::english_with_rules(),
            &trace,
            0,
            &[],
            state.sim.now(),
            &Numbering::absolute(),
            Frame::Strip,
        )
        .0;
        assert!(svg.contains("t = 0.000 s to "), "{svg}");
        // The version that drew it, as the PNG made from it shows too.
        assert!(
            svg.contains(concat!(
                ">TCP Playground ",
                env!("CARGO_PKG_VERSION"),
                "</text>"
            )),
            "{svg}"
        );
    }

    #[test]
    fn a_view_never_holds_more_rows_than_a_page_can_scroll() {
        let mut rows = Log::new();
        for i in 0..1_300_000u32 {
            rows.push(i);
        }
        let trace = TraceRef::new(1, Log::new(), rows, Log::new());
        assert!(trace.base() <= 1_300_000 - MAX_ROWS_SHOWN);
        assert!(trace.base() + MAX_ROWS_SHOWN + BASE_STEP > 1_300_000);
        // Rows are placed from the first one drawn, within the clamp.
        let layout = Layout::of(
            &I18n::english_with_rules(),
            &trace,
            &Numbering::absolute(),
            &Geometry::new(345),
        );
        assert_eq!(layout.top(trace.base()), 0);
        assert!(layout.bottom() < 33_000_000);
    }

    /// The SVG lines of `class`, as (y1, y2).
    fn lines_of(svg: &str, class: &str) -> Vec<(u32, u32)> {
        let attr = |line: &str, name: &str| -> u32 {
            let from = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            line[from..].split('"').next().unwrap().parse().unwrap()
        };
        svg.lines()
            .filter(|l| l.starts_with(&format!("<line class=\"{class}\"")))
            .map(|l| (attr(l, "y1"), attr(l, "y2")))
            .collect()
    }

    #[test]
    fn an_arrow_slopes_by_the_engines_times_level_when_delivered_at_once() {
        // The SYN delivered at once (`deliver`, the Deliver now button);
        // the SYN,ACK after the wire's latency (`run`).
        let text = "server listen\nclient connect\ndeliver\nrun\n";
        let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
        let (svg, ..) = english_svg(&state, Frame::Strip);
        let (syn, syn_ack) = (lines_of(&svg, "seg client"), lines_of(&svg, "seg server"));
        assert_eq!(syn.len(), 2, "{svg}");
        assert_eq!(
            syn[0].0, syn[0].1,
            "the SYN arrived when it was sent: level"
        );
        assert!(
            syn_ack[0].1 > syn_ack[0].0,
            "the SYN,ACK took 100 ms: sloped"
        );
        // A segment dropped at the instant it was sent: its cross is level too.
        let text = "server listen\nclient connect\ndrop\n";
        let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
        let (svg, ..) = english_svg(&state, Frame::Strip);
        let lost = lines_of(&svg, "seg lost");
        assert_eq!(lost.len(), 1, "{svg}");
        assert_eq!(lost[0].0, lost[0].1);
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
