//! The graphs as SVG text: the same text is drawn on the page and, with
//! the page's colours written out, exported (`static/png-worker.js` draws
//! its lines, rectangles, circles and text for the PNG). Whole pixels,
//! written as integers (float formatting costs kilobytes of wasm).

use crate::components::ladder::escape;
use core::fmt::Write as _;
use tcp_engine::graph::{envelope, BarKind, CongestionGraph, Fate, Shown, TimeSequence};
use tcp_engine::sim::DropCause;
use tcp_engine::Instant;

/// Colours, as CSS values: the page's variables on screen, their light
/// values in a file.
pub struct Palette {
    pub ink: &'static str,
    pub muted: &'static str,
    pub grid: &'static str,
    pub data: &'static str,
    pub again: &'static str,
    pub fast: &'static str,
    pub probe: &'static str,
    pub other: &'static str,
    pub ack: &'static str,
    pub edge: &'static str,
    pub sack: &'static str,
    pub selected: &'static str,
    pub cwnd: &'static str,
    pub ssthresh: &'static str,
    pub shade: &'static str,
    pub background: &'static str,
}

/// On the page (light and dark follow the page).
pub const SCREEN: Palette = Palette {
    ink: "var(--ink)",
    muted: "var(--muted)",
    grid: "var(--line)",
    data: "var(--client)",
    again: "var(--bad)",
    fast: "var(--focus)",
    probe: "var(--ok)",
    other: "var(--mark)",
    ack: "var(--ink)",
    edge: "var(--ok)",
    sack: "var(--server)",
    selected: "var(--selected)",
    cwnd: "var(--client)",
    ssthresh: "var(--server)",
    shade: "var(--bad)",
    background: "none",
};

/// In an exported file.
pub const FILE: Palette = Palette {
    ink: "#1d232b",
    muted: "#5b6470",
    grid: "#d9dcd6",
    data: "#1f5fa8",
    again: "#a3232b",
    fast: "#6a3cc4",
    probe: "#1d6b45",
    other: "#444444",
    ack: "#1d232b",
    edge: "#1d6b45",
    sack: "#b35900",
    selected: "#e7defa",
    cwnd: "#1f5fa8",
    ssthresh: "#b35900",
    shade: "#a3232b",
    background: "#ffffff",
};

/// Where a graph is drawn: its size, margins and the ranges it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: i32,
    pub height: i32,
    pub left: i32,
    pub top: i32,
    pub bottom: i32,
    /// Times shown, in ms.
    pub t0: u64,
    pub t1: u64,
    /// Values shown.
    pub lo: i64,
    pub hi: i64,
}

/// Space right of the plot.
const RIGHT: i32 = 28;
/// Pixels of time before the first moment shown: what is sent at the
/// start is drawn off the value axis, not on it.
const PAD: i32 = 10;

impl Frame {
    pub fn plot_width(&self) -> i32 {
        (self.width - self.left - RIGHT).max(1)
    }

    fn plot_height(&self) -> i32 {
        (self.height - self.top - self.bottom).max(1)
    }

    /// Columns of decimation: one per pixel.
    pub fn columns(&self) -> u32 {
        self.plot_width() as u32
    }

    /// Pixels for the times shown (after the margin).
    fn time_width(&self) -> i32 {
        (self.plot_width() - PAD).max(1)
    }

    pub fn x(&self, t: u64) -> i32 {
        let span = self.t1.saturating_sub(self.t0).max(1) as i128;
        let at = t as i128 - self.t0 as i128;
        self.left + PAD + (at * i128::from(self.time_width()) / span) as i32
    }

    /// The time at pixel `x` (clamped to the range).
    pub fn t_at(&self, x: i32) -> u64 {
        let at = (x - self.left - PAD).clamp(0, self.time_width()) as u64;
        self.t0 + at * self.t1.saturating_sub(self.t0) / self.time_width() as u64
    }

    pub fn y(&self, v: i64) -> i32 {
        let span = (self.hi - self.lo).max(1) as i128;
        let at = (v - self.lo) as i128;
        let h = i128::from(self.plot_height());
        // Off the plot (a window edge far above the data): along its edge.
        self.top + (h - at * h / span).clamp(0, h) as i32
    }
}

/// Round steps for `count` ticks or fewer across `lo..=hi`: 1, 2 or 5
/// times a power of ten.
pub fn ticks(lo: i64, hi: i64, count: i64) -> Vec<i64> {
    let span = (hi - lo).max(1);
    let mut step: i64 = 1;
    'find: loop {
        for m in [1, 2, 5] {
            if span / (step * m) < count.max(1) {
                step *= m;
                break 'find;
            }
        }
        step = step.saturating_mul(10);
    }
    let first = lo.div_euclid(step) * step + if lo.rem_euclid(step) == 0 { 0 } else { step };
    (0..)
        .map(|k| first + k * step)
        .take_while(|v| *v <= hi)
        .take(64)
        .collect()
}

/// SVG text being written.
pub struct Svg(pub String);

impl Svg {
    pub fn line(&mut self, (x1, y1): (i32, i32), (x2, y2): (i32, i32), style: &str) {
        let _ = write!(
            self.0,
            "<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" style=\"{style}\"/>"
        );
    }

    /// A line that stands for trace entry `entry` (a click selects it).
    fn entry_line(&mut self, from: (i32, i32), to: (i32, i32), style: &str, entry: u32) {
        let _ = write!(self.0, "<g data-entry=\"{entry}\">");
        self.line(from, to, style);
        self.0.push_str("</g>");
    }

    pub fn rect(&mut self, x: i32, y: i32, w: i32, h: i32, style: &str) {
        let _ = write!(
            self.0,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" style=\"{style}\"/>"
        );
    }

    pub fn circle(&mut self, (x, y): (i32, i32), r: i32, style: &str) {
        let _ = write!(
            self.0,
            "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" style=\"{style}\"/>"
        );
    }

    /// 12 px text or more; `anchor` is start, middle or end.
    pub fn text(&mut self, (x, y): (i32, i32), anchor: &str, style: &str, text: &str) {
        let _ = write!(
            self.0,
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" style=\"font:12px sans-serif;{style}\">{}</text>",
            escape(text)
        );
    }
}

/// The axes' names: what the values are (above the value axis) and the
/// times (below the time axis, at its end).
pub struct Names<'a> {
    pub values: &'a str,
    pub time: &'a str,
}

/// Space above the plot for the value axis' name.
pub const NAME_SPACE: i32 = 20;
/// Space above the value axis' name for the label of a window edge above
/// the plot (two lines), when there is one.
pub const EDGE_SPACE: i32 = 36;
/// Space below the plot for the ticks' times and the time axis' name.
pub const BELOW: i32 = 42;

/// Axes with ticks: times below, values left (labelled by `label`; a
/// value it has no label for keeps only its grid line), each named.
pub fn axes(
    svg: &mut Svg,
    f: &Frame,
    p: &Palette,
    label: &dyn Fn(i64) -> Option<String>,
    names: &Names,
) {
    let (x0, x1) = (f.left, f.left + f.plot_width());
    let (y0, y1) = (f.top, f.height - f.bottom);
    let grid = format!("stroke:{};stroke-width:1", p.grid);
    let ink = format!("fill:{}", p.ink);
    for v in ticks(f.lo, f.hi, i64::from(f.plot_height() / 36).max(2)) {
        let y = f.y(v);
        svg.line((x0, y), (x1, y), &grid);
        if let Some(text) = label(v) {
            svg.text((x0 - 4, y + 4), "end", &ink, &text);
        }
    }
    let count = i64::from(f.plot_width() / 90).max(2);
    for t in ticks(f.t0 as i64, f.t1 as i64, count) {
        let x = f.x(t as u64);
        svg.line((x, y0), (x, y1), &grid);
        let text = crate::i18n::render::duration(core::time::Duration::from_millis(t as u64));
        svg.text((x, y1 + 16), "middle", &ink, &text);
    }
    let axis = format!("stroke:{};stroke-width:1.5", p.muted);
    svg.line((x0, y0), (x0, y1), &axis);
    svg.line((x0, y1), (x1, y1), &axis);
    svg.text((4, y0 - 8), "start", &ink, names.values);
    svg.text((x1, y1 + 34), "end", &ink, names.time);
}

/// A step line of `points` (a value that holds until the next one),
/// decimated per pixel; it ends at `end`.
pub fn step_line(
    svg: &mut Svg,
    f: &Frame,
    points: impl IntoIterator<Item = (Instant, i64)>,
    end: u64,
    style: &str,
) {
    let (from, to) = (Instant::from_millis(f.t0), Instant::from_millis(f.t1));
    let (entering, columns) = envelope(points, from, to, f.columns());
    let mut at = entering.map(|v| (f.left, f.y(v)));
    for c in &columns {
        let x = f.x(c.time.as_millis());
        if let Some((px, py)) = at {
            svg.line((px, py), (x, py), style);
            svg.line((x, py), (x, f.y(c.first)), style);
        }
        if c.min != c.max {
            svg.line((x, f.y(c.min)), (x, f.y(c.max)), style);
        }
        at = Some((x, f.y(c.last)));
    }
    if let Some((px, py)) = at {
        let x = f.x(end.clamp(f.t0, f.t1));
        if x > px {
            svg.line((px, py), (x, py), style);
        }
    }
}

/// Where the receive window's edge is above the plot (a large window
/// over little data), it runs along the top: each stretch of it there is
/// marked with an arrow up, and a label names the highest value (`above` words it).
fn edge_above(
    svg: &mut Svg,
    f: &Frame,
    p: &Palette,
    edges: impl Iterator<Item = (Instant, i64)>,
    above: &dyn Fn(i64) -> (String, String),
) {
    let (from, to) = (Instant::from_millis(f.t0), Instant::from_millis(f.t1));
    let (entering, columns) = envelope(edges, from, to, f.columns());
    let mut highest = entering.filter(|v| *v > f.hi);
    let stroke = format!("stroke:{};stroke-width:2", p.edge);
    let mut last_mark: Option<i32> = None;
    // An arrow up (lines only: the PNG worker draws lines, not paths).
    let mut mark = |svg: &mut Svg, x: i32| {
        // One mark per 24 pixels at most.
        if last_mark.is_none_or(|last| x - last >= 24) {
            let y = f.top;
            svg.line((x, y + 6), (x, y - 6), &stroke);
            svg.line((x - 4, y - 2), (x, y - 6), &stroke);
            svg.line((x + 4, y - 2), (x, y - 6), &stroke);
            last_mark = Some(x);
        }
    };
    if highest.is_some() {
        mark(svg, f.left + 6);
    }
    for c in &columns {
        if c.max > f.hi {
            highest = Some(highest.map_or(c.max, |h| h.max(c.max)));
            mark(svg, f.x(c.time.as_millis()));
        }
    }
    if let Some(v) = highest {
        let style = format!("fill:{};font-weight:bold", p.edge);
        // Outside the plot, in the band the frame keeps for it above the
        // value axis' name: inside, it covered the top of early bars and
        // their loss marks at a phone's width. Two short lines.
        let (name, value) = above(v);
        let y = f.top - NAME_SPACE - EDGE_SPACE;
        svg.text((4, y + 14), "start", &style, &name);
        svg.text((4, y + 30), "start", &style, &value);
    }
}

/// The look of a segment's bar.
fn bar_style(p: &Palette, kind: BarKind) -> String {
    let (colour, width, dash) = match kind {
        BarKind::New => (p.data, 2, ""),
        BarKind::Retransmission => (p.again, 3, ""),
        BarKind::FastRetransmit => (p.fast, 3, ""),
        BarKind::WindowProbe => (p.probe, 3, ""),
        BarKind::Injected | BarKind::Copy => (p.other, 2, ";stroke-dasharray:3 2"),
    };
    format!("stroke:{colour};stroke-width:{width}{dash}")
}

/// A loss's mark at the top of its bar: a cross for the student's drop,
/// a ring for random loss, a square for a full queue or wire.
fn loss_mark(svg: &mut Svg, p: &Palette, (x, y): (i32, i32), cause: DropCause) {
    let stroke = format!("stroke:{};stroke-width:2;fill:none", p.again);
    match cause {
        DropCause::Hand => {
            svg.line((x - 4, y - 9), (x + 4, y - 1), &stroke);
            svg.line((x - 4, y - 1), (x + 4, y - 9), &stroke);
        }
        DropCause::Random => svg.circle((x, y - 5), 4, &stroke),
        DropCause::QueueFull | DropCause::WireFull => svg.rect(x - 4, y - 9, 8, 8, &stroke),
    }
}

/// The time-sequence graph's plot (the axes are drawn apart); `above`
/// words the label of a window edge above the plot.
#[allow(clippy::too_many_arguments)]
pub fn time_sequence(
    svg: &mut Svg,
    f: &Frame,
    p: &Palette,
    graph: &TimeSequence,
    shown: &[Shown],
    selected: Option<u32>,
    end: u64,
    above: &dyn Fn(i64) -> (String, String),
) {
    let acks = graph.acks.iter().map(|a| (a.time, graph.offset(a.ack)));
    step_line(
        svg,
        f,
        acks,
        end,
        &format!("stroke:{};stroke-width:1.5", p.ack),
    );
    let edges = graph.acks.iter().map(|a| (a.time, graph.offset(a.edge)));
    let edge_style = format!("stroke:{};stroke-width:1.5;stroke-dasharray:6 3", p.edge);
    step_line(svg, f, edges.clone(), end, &edge_style);
    edge_above(svg, f, p, edges, above);
    // SACK blocks, while few enough to tell apart.
    let (from, to) = (Instant::from_millis(f.t0), Instant::from_millis(f.t1));
    let sacks = graph
        .acks
        .iter()
        .filter(|a| a.time >= from && a.time <= to && !a.sack.is_empty());
    let sack_style = format!("stroke:{};stroke-width:4;stroke-opacity:0.6", p.sack);
    for a in sacks.take(2000) {
        let x = f.x(a.time.as_millis()) + 3;
        for &(l, r) in &a.sack {
            let (yl, yr) = (f.y(graph.offset(l)), f.y(graph.offset(r)));
            svg.entry_line((x, yl), (x, yr), &sack_style, a.entry);
        }
    }
    let mark = format!("stroke:{};stroke-width:9;stroke-linecap:round", p.selected);
    for s in shown {
        let x = f.x(s.time.as_millis());
        let (y1, y2) = (f.y(s.low), f.y(s.high).min(f.y(s.low) - 2));
        if selected == Some(s.bar.entry) {
            svg.line((x, y1), (x, y2), &mark);
        }
        // A bar stands for `data-n` segments (more when merged per pixel).
        let _ = write!(
            svg.0,
            "<g data-entry=\"{}\" data-n=\"{}\">",
            s.bar.entry, s.count
        );
        svg.line((x, y1), (x, y2), &bar_style(p, s.bar.kind));
        svg.0.push_str("</g>");
        if s.bar.kind == BarKind::WindowProbe {
            svg.circle((x, y2 - 5), 3, &format!("fill:{}", p.probe));
        }
        if let Fate::Lost { cause, .. } = s.bar.fate {
            loss_mark(svg, p, (x, y2), cause);
        }
    }
}

/// The congestion graph's plot: recovery shaded, the windows as step
/// lines, the events marked at the top.
pub fn congestion(svg: &mut Svg, f: &Frame, p: &Palette, graph: &CongestionGraph, end: u64) {
    let plot_h = f.height - f.top - f.bottom;
    for (from, until) in graph.recovery() {
        let x1 = f.x(from.as_millis().clamp(f.t0, f.t1));
        let x2 = f.x(until.map_or(end, |t| t.as_millis()).clamp(f.t0, f.t1));
        if x2 > x1 {
            svg.rect(
                x1,
                f.top,
                x2 - x1,
                plot_h,
                &format!("fill:{};fill-opacity:0.12", p.shade),
            );
        }
    }
    let s = &graph.samples;
    let flight = s.iter().map(|s| (s.time, i64::from(s.flight)));
    step_line(
        svg,
        f,
        flight,
        end,
        &format!("stroke:{};stroke-width:1.5;stroke-dasharray:2 2", p.ink),
    );
    let window = s.iter().map(|s| (s.time, i64::from(s.window)));
    step_line(
        svg,
        f,
        window,
        end,
        &format!("stroke:{};stroke-width:1.5;stroke-dasharray:6 3", p.edge),
    );
    if graph.cc {
        let cc = |pick: fn(&tcp_engine::samples::CcSample) -> u32| {
            s.iter()
                .filter_map(move |s| s.cc.map(|c| (s.time, i64::from(pick(&c)))))
        };
        step_line(
            svg,
            f,
            cc(|c| c.ssthresh),
            end,
            &format!("stroke:{};stroke-width:2;stroke-dasharray:8 3", p.ssthresh),
        );
        step_line(
            svg,
            f,
            cc(|c| c.cwnd),
            end,
            &format!("stroke:{};stroke-width:2.5", p.cwnd),
        );
    }
    for e in &graph.events {
        let t = e.time.as_millis();
        if t < f.t0 || t > f.t1 {
            continue;
        }
        let x = f.x(t);
        let style = format!("stroke:{};stroke-width:1;stroke-dasharray:2 3", p.again);
        svg.line((x, f.top), (x, f.height - f.bottom), &style);
        svg.text(
            (x, f.top + 12),
            "middle",
            &format!("fill:{};font-weight:bold", p.again),
            event_symbol(e.kind),
        );
    }
}

/// The mark of a congestion event (the legend names each).
pub fn event_symbol(kind: tcp_engine::graph::CcEventKind) -> &'static str {
    use tcp_engine::graph::CcEventKind as K;
    match kind {
        K::ThirdDuplicateAck => "3",
        K::Timeout => "T",
        K::PartialAck => "P",
        K::RecoveryExit => "E",
    }
}

/// The bottleneck queue's length, in a band of its own.
pub fn queue(svg: &mut Svg, f: &Frame, p: &Palette, graph: &CongestionGraph, end: u64) {
    let points = graph.queue.iter().map(|&(t, n)| (t, i64::from(n)));
    step_line(
        svg,
        f,
        points,
        end,
        &format!("stroke:{};stroke-width:1.5", p.sack),
    );
}

/// Where the moment shown is drawn: the x of its vertical line and the
/// line's top and bottom, if the times shown include it.
pub fn cursor_at(f: &Frame, now: u64) -> Option<(i32, i32, i32)> {
    (f.t0..=f.t1)
        .contains(&now)
        .then(|| (f.x(now), f.top - 4, f.height - f.bottom))
}

/// The moment shown: a vertical line (in an exported file; on the page it
/// is an element of its own over the drawing, see `cursor_at`).
pub fn cursor(svg: &mut Svg, f: &Frame, p: &Palette, now: u64) {
    if let Some((x, y1, y2)) = cursor_at(f, now) {
        let style = format!("stroke:{};stroke-width:2", p.muted);
        svg.line((x, y1), (x, y2), &style);
    }
}

/// The opening tag of a graph `width` by `height`, `top` units of title
/// space above it.
pub fn open(svg: &mut Svg, width: i32, height: i32, top: i32, p: &Palette) {
    let _ = write!(
        svg.0,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" viewBox=\"0 {} {width} {}\" width=\"{width}\" height=\"{}\">",
        -top,
        height + top,
        height + top
    );
    if p.background != "none" {
        svg.rect(
            0,
            -top,
            width,
            height + top,
            &format!("fill:{}", p.background),
        );
    }
}
