//! The graphs of a session over time (issue 33): the time-sequence graph
//! of one direction (tcptrace's, as Wireshark draws it) and the congestion
//! graph of its sender, with the bottleneck queue below. The engine turns
//! the trace into typed series (`tcp_engine::graph`) and decimates them per
//! pixel; this part only scales and draws them, as SVG text (the same text
//! is exported). In a chunk of its own: it loads when first opened.

mod draw;
mod kept;
#[cfg(test)]
mod tests;
mod text;
mod width;

use crate::components::lazy::View;
use crate::i18n::{render, use_i18n, I18n};
use crate::state::AppState;
use draw::{Frame, Names, Palette, Svg, BELOW, EDGE_SPACE, FILE, NAME_SPACE, SCREEN};
use kept::{kept_if, last, Slot};
use tcp_engine::graph::{CongestionGraph, Moment, Reader, Shown, TimeSequence};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Side;
use wasm_bindgen::JsCast;
use width::use_width;
use yew::prelude::*;

/// What the graphs show changes with: the session and its moment shown
/// (id, timeline length and place, whole trace length, time), the
/// numbering and the selection.
pub type At = (u32, usize, usize, usize, u64, bool, Option<u32>);

/// Props of [`Graphs`].
#[derive(Properties, Clone)]
pub struct Props {
    /// The session (the graphs draw all of it, and mark the moment shown).
    pub state: UseReducerHandle<AppState>,
    /// What the graphs show changes with (see [`At`]): a reducer's handle
    /// reads the newest state, so two props' handles always compare equal.
    pub at: At,
    /// Selects a trace entry (the ladder's row and the log's line).
    pub on_select: Callback<Option<u32>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        self.at == other.at && self.on_select == other.on_select
    }
}

crate::lazy_part!(
    /// The graphs, in a chunk of their own: they show only when asked for.
    pub GRAPHS, graphs, View<Props>,
    |p| html! { <Graphs ..p.clone() /> }
);

/// Heights of the drawings, in pixels.
const TS_HEIGHT: i32 = 300;
const CC_HEIGHT: i32 = 240;
const QUEUE_HEIGHT: i32 = 90;
/// Left margin: room for a tick label of about 9 characters at 12 px.
const LEFT: i32 = 72;
/// Each drawing's box lays out and paints on its own (`contain`): a
/// drawing added, or the cursor moved, leaves the rest of the page as it
/// was laid out.
const BOX: &str = "position:relative;contain:layout paint";
/// The panel's look (here, not in the first screen's style sheet).
const PANEL: &str = "background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem .75rem;margin:.5rem 0;overflow:hidden";

/// Title space in an exported file.
const TITLE: i32 = 28;

/// The series of one direction, computed once per change of the session.
struct Series {
    ts: TimeSequence,
    cc: CongestionGraph,
    numbering: Numbering,
    end: u64,
}

/// The series of `whole`'s session for `from`, read with `reader` (what
/// it read of the same trace before is not read again).
fn series_of(reader: &mut Reader, whole: &tcp_engine::sim::Sim, relative: bool) -> Option<Series> {
    let trace = whole.trace();
    if !read_slice(reader, trace) {
        return None;
    }
    let from = reader.side();
    Some(Series {
        numbering: Numbering::new(relative, &whole.snapshot()),
        end: whole.now().as_millis(),
        ts: reader.time_sequence(trace),
        cc: reader.congestion(trace, whole.windows(from).samples()),
    })
}

/// Trace entries read between two looks at the clock.
#[cfg(target_arch = "wasm32")]
const SLICE: usize = 2048;
/// Milliseconds of reading per render: a long session's trace is read over
/// several tasks, each leaving the frame its time (a short one, at once).
const READING_MS: f64 = 5.0;
/// Milliseconds of work in a render after which the next stage of a first
/// drawing (the congestion graph, the text alternative) waits for a task
/// of its own: the browser still parses and lays out what was made.
const STAGE_MS: f64 = 4.0;
/// As [`STAGE_MS`], for the text alternative shown the first time.
const TEXT_MS: f64 = 1.0;

/// The time in milliseconds (off the web, always 0: everything at once).
fn clock() -> f64 {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        return p.now();
    }
    0.0
}

/// Reads more of `trace`, for [`READING_MS`] at most; whether all of it is read.
#[cfg(target_arch = "wasm32")]
fn read_slice(
    reader: &mut Reader,
    trace: &tcp_engine::log::Log<tcp_engine::sim::TraceEntry>,
) -> bool {
    let start = clock();
    loop {
        if reader.read(trace, SLICE) {
            return true;
        }
        if clock() - start > READING_MS {
            return false;
        }
    }
}

/// Off the web (the tests): all of it at once.
#[cfg(not(target_arch = "wasm32"))]
fn read_slice(
    reader: &mut Reader,
    trace: &tcp_engine::log::Log<tcp_engine::sim::TraceEntry>,
) -> bool {
    reader.read(trace, usize::MAX)
}

/// Renders again in a task of its own once the next frame is drawn (a
/// timer alone may run before it: the frame would wait for every slice).
fn later(update: &UseForceUpdateHandle, asked: &std::rc::Rc<std::cell::RefCell<bool>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (update, asked) = (update.clone(), asked.clone());
    let after = window.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        let again = wasm_bindgen::closure::Closure::once_into_js(move || {
            *asked.borrow_mut() = false;
            update.force_update();
        });
        let _ =
            after.set_timeout_with_callback_and_timeout_and_arguments_0(again.unchecked_ref(), 0);
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// A time range to show: all of it, or what the student zoomed to.
type Range = Option<(u64, u64)>;

/// The times shown, at least 1 ms apart.
fn shown_times(s: &Series, range: Range) -> (u64, u64) {
    let (first, _) =
        s.ts.span
            .map_or((0, 0), |(a, b)| (a.as_millis(), b.as_millis()));
    // A margin after the end: what happens at the last moment (the final
    // ACK) is drawn inside the plot, not on its border.
    let end = s.end.max(first);
    let (t0, t1) = range.unwrap_or((first, end + ((end - first) / 20).max(1)));
    (t0, t1.max(t0 + 1))
}

/// When the selected trace entry happened, if the graphs show it.
fn selected_time(s: &Series, selected: Option<u32>, moment: Moment) -> Option<u64> {
    let entry = selected?;
    let bar =
        s.ts.bars
            .iter()
            .find(|b| b.entry == entry)
            .and_then(|b| b.time(moment));
    let ack = || s.ts.acks.iter().find(|a| a.entry == entry).map(|a| a.time);
    let event = || {
        s.cc.events
            .iter()
            .find(|e| e.entry == entry)
            .map(|e| e.time)
    };
    bar.or_else(ack).or_else(event).map(|t| t.as_millis())
}

/// Zooms `range` by `factor` (in per cent: 50 halves it) around the
/// selected point when it is in view, else around the middle.
fn zoom(s: &Series, range: Range, percent: u64, selected: Option<u32>, moment: Moment) -> Range {
    let (t0, t1) = shown_times(s, range);
    let (full0, full1) = shown_times(s, None);
    let mid = selected_time(s, selected, moment)
        .filter(|t| (t0..=t1).contains(t))
        .unwrap_or((t0 + t1) / 2);
    let half = ((t1 - t0) * percent / 200).max(1);
    let (a, b) = (mid.saturating_sub(half).max(full0), (mid + half).min(full1));
    if a <= full0 && b >= full1 {
        None
    } else {
        Some((a, b.max(a + 1)))
    }
}

/// Moves `range` by a quarter of its width (`later`: to the right).
fn pan(s: &Series, range: Range, later: bool) -> Range {
    let (t0, t1) = shown_times(s, range);
    let (full0, full1) = shown_times(s, None);
    let step = ((t1 - t0) / 4).max(1);
    let width = t1 - t0;
    let a = if later {
        (t0 + step).min(full1.saturating_sub(width))
    } else {
        t0.saturating_sub(step).max(full0)
    };
    range.map(|_| (a, a + width))
}

/// The time-sequence graph's frame (the values seen in the range), and the
/// bars it shows (decimated once per draw).
fn ts_frame(
    s: &Series,
    width: i32,
    (t0, t1): (u64, u64),
    top: i32,
    moment: Moment,
) -> (Frame, Vec<Shown>) {
    let mut f = Frame {
        width,
        height: top + TS_HEIGHT,
        left: LEFT,
        top: top + NAME_SPACE,
        bottom: BELOW,
        t0,
        t1,
        lo: 0,
        hi: 1,
    };
    let shown = s.ts.visible(
        moment,
        tcp_engine::Instant::from_millis(t0),
        tcp_engine::Instant::from_millis(t1),
        f.columns(),
    );
    let acks =
        s.ts.acks
            .iter()
            .filter(|a| (t0..=t1).contains(&a.time.as_millis()));
    // The acknowledged edge in force when the range starts: a quiet
    // stretch zoomed into still shows where the step line is.
    let before = s.ts.acks.iter().rev().find(|a| a.time.as_millis() < t0);
    let values = shown
        .iter()
        .flat_map(|b| [b.low, b.high])
        .chain(acks.clone().chain(before).map(|a| s.ts.offset(a.ack)));
    let (lo, mut hi) = values.fold((i64::MAX, i64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // The window's edge when it is near the data (a window closing), else
    // it runs along the top: a 64 KB window over 5 octets would flatten them.
    let edge = acks
        .clone()
        .map(|a| s.ts.offset(a.edge))
        .max()
        .unwrap_or(hi);
    if lo <= hi && edge - hi <= (hi - lo).max(1) {
        hi = hi.max(edge);
    }
    if lo <= hi {
        let pad = ((hi - lo) / 20).max(1);
        (f.lo, f.hi) = ((lo - pad).max(if lo >= 0 { 0 } else { lo }), hi + pad);
    }
    // An edge above the plot (the same edges `draw::time_sequence` finds
    // there): its label goes in a band above the plot, where it covers no
    // bar, loss mark or arrow at any width.
    let highest_edge = acks.chain(before).map(|a| s.ts.offset(a.edge)).max();
    if highest_edge.is_some_and(|e| e > f.hi) {
        f.top += EDGE_SPACE;
    }
    (f, shown)
}

fn cc_frame(s: &Series, width: i32, (t0, t1): (u64, u64), top: i32) -> Frame {
    let hi = i64::from(s.cc.top()).max(1);
    Frame {
        width,
        height: top + CC_HEIGHT,
        left: LEFT,
        top: top + NAME_SPACE,
        bottom: BELOW,
        t0,
        t1,
        lo: 0,
        hi: hi + hi / 20,
    }
}

fn queue_frame(s: &Series, width: i32, (t0, t1): (u64, u64), top: i32) -> Frame {
    let hi =
        s.cc.queue
            .iter()
            .map(|q| i64::from(q.1))
            .max()
            .unwrap_or(0)
            .max(1);
    Frame {
        width,
        height: top + QUEUE_HEIGHT,
        left: LEFT,
        top: top + NAME_SPACE,
        bottom: BELOW,
        t0,
        t1,
        lo: 0,
        hi,
    }
}

/// Everything the drawings need besides the series.
struct Look<'a> {
    i18n: &'a I18n,
    palette: &'a Palette,
    width: i32,
    times: (u64, u64),
    /// The moment shown, drawn into the SVG (an exported file); `None` on
    /// the page, where the cursor is an element of its own.
    now: Option<u64>,
    selected: Option<u32>,
    moment: Moment,
}

/// A value tick's label: the number at offset `v` from the graph's origin
/// as a plain number in the student's numbering, short enough for the left
/// margin (ten digits at most). Relative numbers count from the ISN in
/// force (the last connection's); a tick below it (an earlier
/// connection's numbers, as in a lesson that opens a second connection)
/// has no relative number, and is left unlabelled rather than given a
/// negative, wrapped or real number that would read as one of this
/// connection's: its bars stay drawn, and the text alternative and the
/// ladder name their numbers.
fn tick_label(s: &Series, v: i64, from: Side) -> Option<String> {
    let n = s.ts.number_at(u32::try_from(v).ok()?);
    if s.numbering.counts_from_iss(from) {
        let isn = s.numbering.absolute_of(0, from);
        (!n.lt(isn)).then(|| s.numbering.typed(n, from).to_string())
    } else {
        Some(n.0.to_string())
    }
}

/// The time-sequence graph as SVG, `top` pixels down.
fn ts_svg(svg: &mut Svg, s: &Series, from: Side, look: &Look, top: i32) -> Frame {
    let (f, shown) = ts_frame(s, look.width, look.times, top, look.moment);
    let label = |v: i64| tick_label(s, v, from);
    let values = look.i18n.t(if s.numbering.relative {
        "graph-y-seq-relative"
    } else {
        "graph-y-seq-absolute"
    });
    let time = look.i18n.t("graph-x-time");
    let names = Names {
        values: &values,
        time: &time,
    };
    draw::axes(svg, &f, look.palette, &label, &names);
    let edge_label = |v: i64| {
        label(v).unwrap_or_else(|| {
            let n = s.ts.number_at(u32::try_from(v).unwrap_or(0));
            render::seq(look.i18n, &s.numbering, n, from)
        })
    };
    let above = |v: i64| {
        let value = look
            .i18n
            .f("graph-edge-off-value", &[("edge", edge_label(v).into())]);
        (look.i18n.t("graph-edge-off"), value)
    };
    draw::time_sequence(
        svg,
        &f,
        look.palette,
        &s.ts,
        &shown,
        look.selected,
        s.end,
        &above,
    );
    if let Some(now) = look.now {
        draw::cursor(svg, &f, look.palette, now);
    }
    f
}

/// The congestion graph and the queue as SVG, `top` pixels down; their
/// frames (the queue's when there is one).
fn cc_svg(svg: &mut Svg, s: &Series, look: &Look, top: i32) -> (Frame, Option<Frame>) {
    let f = cc_frame(s, look.width, look.times, top);
    let bytes = |v: i64| Some(v.to_string());
    let (values, time) = (look.i18n.t("graph-y-bytes"), look.i18n.t("graph-x-time"));
    let names = Names {
        values: &values,
        time: &time,
    };
    draw::axes(svg, &f, look.palette, &bytes, &names);
    draw::congestion(svg, &f, look.palette, &s.cc, s.end);
    if let Some(now) = look.now {
        draw::cursor(svg, &f, look.palette, now);
    }
    // The bottleneck's queue, when there is one.
    if s.cc.queue.is_empty() {
        return (f, None);
    }
    let q = queue_frame(s, look.width, look.times, top + CC_HEIGHT + 8);
    let values = look.i18n.t("graph-y-segments");
    let names = Names {
        values: &values,
        time: &time,
    };
    draw::axes(svg, &q, look.palette, &bytes, &names);
    draw::queue(svg, &q, look.palette, &s.cc, s.end);
    if let Some(now) = look.now {
        draw::cursor(svg, &q, look.palette, now);
    }
    (f, Some(q))
}

/// Both graphs, titled, as a file.
fn export_svg(s: &Series, from: Side, look: &Look) -> String {
    let width = look.width.max(640);
    let look = Look {
        width,
        palette: &FILE,
        ..*look
    };
    let height = TS_HEIGHT + TITLE + CC_HEIGHT + 8 + QUEUE_HEIGHT;
    let mut svg = Svg(String::new());
    draw::open(&mut svg, width, height, TITLE, &FILE);
    let title = format!("fill:{};font-weight:bold", FILE.ink);
    svg.text((8, -10), "start", &title, &text::ts_title(look.i18n, from));
    ts_svg(&mut svg, s, from, &look, 0);
    svg.text(
        (8, TS_HEIGHT + TITLE - 10),
        "start",
        &title,
        &text::cc_title(look.i18n, from),
    );
    cc_svg(&mut svg, s, &look, TS_HEIGHT + TITLE);
    let version = format!("fill:{}", FILE.muted);
    let stamp = format!("TCP Playground {}", env!("CARGO_PKG_VERSION"));
    svg.text((width - 8, -10), "end", &version, &stamp);
    svg.0.push_str("</svg>");
    svg.0
}

/// One drawing on the page, without the cursor (drawn over it apart, by
/// [`cursor_mark`]), and its frames (the queue's below the congestion
/// graph, when there is one).
struct Drawing {
    svg: AttrValue,
    f: Frame,
    queue_f: Option<Frame>,
}

/// The time-sequence graph on the page.
fn ts_drawing(s: &Series, from: Side, look: &Look) -> Drawing {
    let mut ts = Svg(String::new());
    draw::open(&mut ts, look.width, TS_HEIGHT, 0, &SCREEN);
    let f = ts_svg(&mut ts, s, from, look, 0);
    ts.0.push_str("</svg>");
    Drawing {
        svg: AttrValue::from(ts.0),
        f,
        queue_f: None,
    }
}

/// The height of the congestion graph on the page, with the queue's.
fn cc_height(s: &Series) -> i32 {
    if s.cc.queue.is_empty() {
        CC_HEIGHT
    } else {
        CC_HEIGHT + 8 + QUEUE_HEIGHT
    }
}

/// The congestion graph (and the queue) on the page.
fn cc_drawing(s: &Series, look: &Look) -> Drawing {
    let mut cc = Svg(String::new());
    draw::open(&mut cc, look.width, cc_height(s), 0, &SCREEN);
    let (f, queue_f) = cc_svg(&mut cc, s, look, 0);
    cc.0.push_str("</svg>");
    Drawing {
        svg: AttrValue::from(cc.0),
        f,
        queue_f,
    }
}

/// What the series are computed from: the session's identity and length
/// (a cursor move changes none of it), the numbering and the direction.
type SeriesKey = (u32, usize, tcp_engine::Instant, bool, Side, (u32, u32));
/// Whose trace a reader reads: the session, its branch, the direction.
type ReaderKey = (u32, (u32, u32), Side);
/// What the congestion graph shows besides the series: the words, the
/// width and the times.
type CcKey = (SeriesKey, I18n, i32, (u64, u64));
/// What the time-sequence graph shows besides: also the moment its bars
/// are drawn at and the selection.
type TsKey = (CcKey, Moment, Option<u32>);

thread_local! {
    static SERIES: Slot<SeriesKey, Series> = const { std::cell::RefCell::new(None) };
    static TS_DRAWING: Slot<TsKey, Drawing> = const { std::cell::RefCell::new(None) };
    static CC_DRAWING: Slot<CcKey, Drawing> = const { std::cell::RefCell::new(None) };
    /// The reader of the session's trace, kept as the trace grows (only
    /// new entries are read) and while a long one is read over several
    /// tasks. Keyed by the session, its branch and the direction.
    static READER: std::cell::RefCell<Option<(ReaderKey, Reader)>> = const { std::cell::RefCell::new(None) };
}

/// The moment shown over a drawing of frame `f`: an element of its own,
/// so that moving it changes one style and leaves the drawing as it is.
fn cursor_mark(f: Option<&Frame>, now: u64) -> Html {
    let Some((x, y1, y2)) = f.and_then(|f| draw::cursor_at(f, now)) else {
        return Html::default();
    };
    // As the line the file draws: 2 pixels wide, centred on `x`. Placed
    // by a transform on a layer of its own, so that moving it is the
    // compositor's work alone: moved by `left`, it had the drawing under
    // it painted again at every step of the cursor.
    let style = format!(
        "position:absolute;left:0;top:{y1}px;width:2px;height:{}px;transform:translateX({}px);will-change:transform;background:var(--muted);pointer-events:none",
        y2 - y1,
        x - 1
    );
    html! { <div class="graph-cursor" data-testid="graph-cursor" aria-hidden="true" {style}></div> }
}

/// The trace entry under a click: the shape's own, else the nearest bar
/// within 8 pixels of its time.
fn picked(e: &MouseEvent, f: &Frame, s: &Series, x: i32, moment: Moment) -> Option<u32> {
    let own = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[data-entry]").ok().flatten())
        .and_then(|t| t.get_attribute("data-entry"))
        .and_then(|v| v.parse().ok());
    own.or_else(|| {
        s.ts.bars
            .iter()
            .filter_map(|b| Some((b.entry, (f.x(b.time(moment)?.as_millis()) - x).abs())))
            .filter(|&(_, d)| d <= 8)
            .min_by_key(|&(_, d)| d)
            .map(|(entry, _)| entry)
    })
}

/// Opened with their top low on the screen (a laptop, a lesson above),
/// the graphs come up under their button; the focus stays on it.
fn come_into_view() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(section) = window
        .document()
        .and_then(|d| d.query_selector("section.graphs").ok().flatten())
    else {
        return;
    };
    let top = section.get_bounding_client_rect().top();
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if top > height * 0.75 {
        window.scroll_by_with_x_and_y(0.0, top - height * 0.25);
    }
}

/// The graphs while the session's trace is read: the panel as it will be
/// drawn, up to the first drawing's place (measured meanwhile), marked busy.
fn busy(i18n: &I18n, from: Side, arrived: bool, node: NodeRef) -> Html {
    html! {
        <section class="graphs" aria-labelledby="graphs-title" aria-busy="true" style={PANEL}>
            <h2 id="graphs-title">{i18n.t("graphs-title")}</h2>
            <div class="graph-tools"></div>
            <p class="hint" id="graph-help">{i18n.t("graph-help")}</p>
            if arrived {
                <p class="hint" id="graph-arrival-hint">{text::arrival_hint(i18n, from)}</p>
            }
            <h3>{text::ts_title(i18n, from)}</h3>
            <div class="graph" data-testid="graph-ts" ref={node} style={format!("{BOX};height:{TS_HEIGHT}px")}></div>
            // What the drawn panel has below (Yew matches unkeyed children
            // from the end: the same count keeps the measured element).
            <></>
        </section>
    }
}

/// The graphs.
#[function_component]
pub fn Graphs(props: &Props) -> Html {
    let i18n = use_i18n();
    use_effect_with((), |_| come_into_view());
    let from = use_state(|| Side::Client);
    let range = use_state(|| None::<(u64, u64)>);
    let moment = use_state(Moment::default);
    let drag = use_mut_ref(|| None::<i32>);
    let node = use_node_ref();
    let width = use_width(&node);
    let state = &props.state;
    let whole = state.whole();
    let key = (
        state.session_id,
        whole.trace().len(),
        whole.now(),
        state.relative,
        *from,
        state.branch,
    );
    let redraw = use_force_update();
    // Whether this panel has shown its text alternative (see the stages below).
    let text_shown = use_mut_ref(|| false);
    let began = clock();
    // A slice of a long trace was read and the next is asked for once a
    // frame is drawn: other renders meanwhile (the one measuring the
    // width, in the same frame) read none, or that frame would wait.
    let asked = use_mut_ref(|| false);
    // The first render (the click that opens the graphs, which renders
    // the page too) reads none: the panel shows at once, marked busy.
    let mounting = use_mut_ref(|| true).replace(false);
    // The series made in this render, and in more than a slice's time:
    // drawn in the next task, not in this one too.
    let mut slow = false;
    let made = kept_if(&SERIES, key, || {
        if *asked.borrow() || mounting {
            return None;
        }
        let start = clock();
        READER.with(|slot| {
            let mut slot = slot.borrow_mut();
            let whose = (state.session_id, state.branch, *from);
            if slot.as_ref().is_none_or(|(k, _)| *k != whose) {
                *slot = Some((whose, Reader::new(*from)));
            }
            let (_, reader) = slot.as_mut()?;
            let made = series_of(reader, whole, state.relative);
            slow = clock() - start > READING_MS;
            made
        })
    });
    let Some(s) = made.filter(|_| !slow) else {
        // A long trace still being read: the panel, its drawings to come.
        if !asked.replace(true) {
            later(&redraw, &asked);
        }
        return busy(&i18n, *from, *moment == Moment::Arrived, node);
    };
    let now = state.sim.now().as_millis();
    let times = shown_times(&s, *range);
    let look = Look {
        i18n: &i18n,
        palette: &SCREEN,
        width,
        times,
        now: None,
        selected: state.selected,
        moment: *moment,
    };
    // A long session's first drawing comes in stages, a task each after a
    // frame (all in one took about 30 ms, much of it code run the first
    // time): the time-sequence graph, the congestion graph, the text
    // alternative, the panel marked busy until the last is there. A stage
    // waits once this render has worked `STAGE_MS`, and the later ones
    // while a frame is awaited (a render meanwhile, as the width's, would
    // make it wait). The time-sequence graph is made in any render that
    // has the time (shown once, it is never taken back for a busy panel).
    let room = |ms: f64| clock() - began <= ms;
    let later_room = |ms: f64| !*asked.borrow() && room(ms);
    let cc_key = (key, i18n.clone(), width, times);
    let ts_key = (cc_key.clone(), *moment, state.selected);
    let Some(ts_d) = kept_if(&TS_DRAWING, ts_key, || {
        room(STAGE_MS).then(|| ts_drawing(&s, *from, &look))
    }) else {
        if !asked.replace(true) {
            later(&redraw, &asked);
        }
        return busy(&i18n, *from, *moment == Moment::Arrived, node);
    };
    let cc_d = kept_if(&CC_DRAWING, cc_key, || {
        later_room(STAGE_MS).then(|| cc_drawing(&s, &look))
    });
    // The text alternative's first rendering is not timed here (Yew makes
    // it after this function): it waits for a render that made little.
    // Once shown it stays (made again, its 300 events would cost more).
    // Opening the panel again, with both drawings kept, puts them in the
    // page in the click's task and the text alternative in the next.
    let shown_before = *text_shown.borrow();
    let text = shown_before || (!mounting && cc_d.is_some() && later_room(TEXT_MS));
    *text_shown.borrow_mut() |= text;
    // Busy until the text alternative comes (after the congestion graph).
    // A panel drawn before (a long session growing in play, say) keeps its
    // congestion graph as it was for the frame until the new one comes: it
    // neither blanks nor says it is busy at each step.
    let pending = !text;
    if (pending || cc_d.is_none()) && !asked.replace(true) {
        later(&redraw, &asked);
    }
    let cc_d = cc_d.or_else(|| last(&CC_DRAWING).filter(|_| shown_before));
    let ts_f = ts_d.f;

    let set_range = |r: Range| {
        let range = range.clone();
        move || range.set(r)
    };
    let zoom_in = set_range(zoom(&s, *range, 50, state.selected, *moment));
    let zoom_out = set_range(zoom(&s, *range, 200, state.selected, *moment));
    let earlier = set_range(pan(&s, *range, false));
    let later = set_range(pan(&s, *range, true));
    let reset = set_range(None);
    let onkeydown = {
        let (zoom_in, zoom_out, earlier, later, reset) = (
            zoom_in.clone(),
            zoom_out.clone(),
            earlier.clone(),
            later.clone(),
            reset.clone(),
        );
        let (on_select, selected, s) = (props.on_select.clone(), state.selected, s.clone());
        Callback::from(move |e: KeyboardEvent| {
            let step = |forward: bool| text::next_event(&s.ts, &s.cc, selected, forward);
            match e.key().as_str() {
                "+" | "=" => zoom_in(),
                "-" => zoom_out(),
                "ArrowLeft" => earlier(),
                "ArrowRight" => later(),
                "0" | "Home" => reset(),
                "]" => on_select.emit(step(true).or(selected)),
                "[" => on_select.emit(step(false).or(selected)),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let onmousedown = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| *drag.borrow_mut() = Some(e.client_x()))
    };
    let onmouseup = {
        let moment = *moment;
        let (range, on_select, s, node) = (
            range.clone(),
            props.on_select.clone(),
            s.clone(),
            node.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            let Some(start) = drag.borrow_mut().take() else {
                return;
            };
            let left = node
                .cast::<web_sys::Element>()
                .map_or(0, |n| n.get_bounding_client_rect().left() as i32);
            let (x0, x1) = (start - left, e.client_x() - left);
            if (x1 - x0).abs() > 6 {
                let (a, b) = (ts_f.t_at(x0.min(x1)), ts_f.t_at(x0.max(x1)));
                range.set(Some((a, b.max(a + 1))));
            } else if let Some(entry) = picked(&e, &ts_f, &s, x1, moment) {
                on_select.emit(Some(entry));
            }
        })
    };
    let button = |label: &str, act: Box<dyn Fn()>, test: &'static str| {
        let onclick = Callback::from(move |_: MouseEvent| act());
        html! { <button type="button" {onclick} data-testid={test}>{i18n.t(label)}</button> }
    };
    let choose = {
        let from = from.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                from.set(if select.value() == "server" {
                    Side::Server
                } else {
                    Side::Client
                });
            }
        })
    };
    let export = |png: bool| {
        let (s, from, i18n, name) = (
            s.clone(),
            *from,
            i18n.clone(),
            crate::file_name::stem(state),
        );
        let (selected, width, moment) = (state.selected, width, *moment);
        Callback::from(move |_: MouseEvent| {
            let look = Look {
                i18n: &i18n,
                palette: &FILE,
                width,
                times,
                now: Some(now),
                selected,
                moment,
            };
            let svg = export_svg(&s, from, &look);
            if png {
                let name = format!("{name}-graphs.png");
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = crate::export::png_in_worker(&name, &svg).await;
                });
            } else {
                crate::export::download_bytes(
                    &format!("{name}-graphs.svg"),
                    "image/svg+xml",
                    svg.as_bytes(),
                );
            }
        })
    };
    let side_name = |side: Side| render::side(&i18n, side);
    let on_arrival = {
        let moment = moment.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                moment.set(if input.checked() {
                    Moment::Arrived
                } else {
                    Moment::Sent
                });
            }
        })
    };
    let arrived = *moment == Moment::Arrived;
    // The window's edge at the moment shown, when it is above the drawing.
    let edge_above =
        s.ts.at(tcp_engine::Instant::from_millis(now))
            .edge
            .filter(|e| s.ts.offset(*e) > ts_f.hi);
    // Markup we wrote: numbers, fixed names, and text escaped by `Svg::text`.
    // (The same string while only the cursor moves: Yew keeps the DOM.)
    let ts_html = Html::from_html_unchecked(ts_d.svg.clone());
    let busy = pending.then_some("true");
    html! {
        <section class="graphs" aria-labelledby="graphs-title" aria-busy={busy} style={PANEL}>
            <h2 id="graphs-title">{i18n.t("graphs-title")}</h2>
            <div class="graph-tools" style="display:flex;flex-wrap:wrap;gap:.4rem;align-items:center">
                <label>{i18n.t("graph-direction")}{" "}
                    <select onchange={choose} data-testid="graph-direction">
                        <option value="client" selected={*from == Side::Client}>{format!("{} → {}", side_name(Side::Client), side_name(Side::Server))}</option>
                        <option value="server" selected={*from == Side::Server}>{format!("{} → {}", side_name(Side::Server), side_name(Side::Client))}</option>
                    </select>
                </label>
                <label><input type="checkbox" checked={arrived} onchange={on_arrival} data-testid="graph-arrival" aria-describedby={arrived.then_some("graph-arrival-hint")} />{" "}{i18n.t("graph-arrival")}</label>
                {button("graph-zoom-in", Box::new(zoom_in), "graph-zoom-in")}
                {button("graph-zoom-out", Box::new(zoom_out), "graph-zoom-out")}
                {button("graph-earlier", Box::new(earlier), "graph-earlier")}
                {button("graph-later", Box::new(later), "graph-later")}
                {button("graph-reset", Box::new(reset), "graph-reset")}
                <button type="button" onclick={export(false)} data-testid="graph-svg">{i18n.t("graph-export-svg")}</button>
                <button type="button" onclick={export(true)} data-testid="graph-png">{i18n.t("graph-export-png")}</button>
            </div>
            <p class="hint" id="graph-help">{i18n.t("graph-help")}</p>
            if arrived {
                <p class="hint" id="graph-arrival-hint">{text::arrival_hint(&i18n, *from)}</p>
            }
            <h3>{text::ts_title(&i18n, *from)}</h3>
            <div class="graph" tabindex="0" role="group" aria-label={text::ts_title(&i18n, *from)} aria-describedby="graph-help"
                data-testid="graph-ts" ref={node} onkeydown={onkeydown.clone()} onmousedown={onmousedown.clone()} onmouseup={onmouseup} style={BOX}>
                {ts_html}
                {cursor_mark(Some(&ts_d.f), now)}
            </div>
            // One child, as in the busy panel: Yew matches unkeyed children
            // from the end, and a different count made the element above
            // anew (its width observed on the old one, detached: 240 px).
            <>
            {text::ts_legend(&i18n)}
            <h3>{text::cc_title(&i18n, *from)}</h3>
            if !s.cc.cc {
                <p class="hint">{i18n.t("graph-cc-off")}</p>
            }
            if let Some(cc_d) = cc_d {
                <div class="graph" tabindex="0" role="group" aria-label={text::cc_title(&i18n, *from)} aria-describedby="graph-help"
                    data-testid="graph-cc" onkeydown={onkeydown} style={BOX}>
                    {Html::from_html_unchecked(cc_d.svg.clone())}
                    {cursor_mark(Some(&cc_d.f), now)}
                    {cursor_mark(cc_d.queue_f.as_ref(), now)}
                </div>
            } else {
                // Its place kept while it is made (nothing moves when it comes).
                <div class="graph" data-testid="graph-cc" style={format!("{BOX};height:{}px", cc_height(&s))}></div>
            }
            {text::cc_legend(&i18n, s.cc.cc, !s.cc.queue.is_empty())}
            if text {
                {text::alternative(&i18n, &s, *from, now, &props.on_select, state.selected, edge_above)}
            }
            </>
        </section>
    }
}
