//! The graphs' words: titles, legends, and the text alternative (the
//! events in order, and the figures at the moment shown) for readers who
//! do not see the drawings.

use super::Series;
use crate::i18n::ftl::Value;
use crate::i18n::{render, use_i18n, I18n};
use std::rc::Rc;
use tcp_engine::graph::{Bar, BarKind, CcEvent, CongestionGraph, Fate, TimeSequence};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{DropCause, Side};
use tcp_engine::{Instant, SeqNum};
use yew::prelude::*;

/// Events listed at most per graph (the rest are counted).
const LISTED: usize = 300;

fn sides(i18n: &I18n, from: Side) -> [(&'static str, Value); 2] {
    [
        ("from", render::side(i18n, from).into()),
        ("to", render::side(i18n, from.other()).into()),
    ]
}

/// The time-sequence graph's title.
pub fn ts_title(i18n: &I18n, from: Side) -> String {
    i18n.f("graph-ts-title", &sides(i18n, from))
}

/// What drawing the bars at their arrival means (shown while it is on).
pub fn arrival_hint(i18n: &I18n, from: Side) -> String {
    i18n.f("graph-arrival-hint", &sides(i18n, from))
}

/// The congestion graph's title.
pub fn cc_title(i18n: &I18n, from: Side) -> String {
    i18n.f("graph-cc-title", &sides(i18n, from))
}

/// One legend entry: a sample of the look (a line in `colour`, dashed
/// or shaded as on the graph), and its name. Styled here: the first
/// screen's style sheet does not carry the graphs' looks.
fn key(i18n: &I18n, look: &'static str, id: &str) -> Html {
    let (colour, line) = match look {
        "data" => ("var(--client)", "solid"),
        "again" => ("var(--bad)", "solid"),
        "fast" => ("var(--focus)", "solid"),
        "probe" => ("var(--ok)", "solid"),
        "other" => ("var(--mark)", "dotted"),
        "ack" => ("var(--ink)", "solid"),
        "edge" => ("var(--ok)", "dashed"),
        "sack" => ("var(--server)", "solid"),
        "cwnd" => ("var(--client)", "solid"),
        "ssthresh" => ("var(--server)", "dashed"),
        "flight" => ("var(--ink)", "dotted"),
        _ => ("var(--bad)", "shade"),
    };
    let style = if line == "shade" {
        format!("display:inline-block;width:1.2em;height:.8em;margin-right:.35em;vertical-align:middle;background:{colour};opacity:.25")
    } else {
        format!("display:inline-block;width:1.4em;margin-right:.35em;vertical-align:middle;border-top:3px {line} {colour}")
    };
    html! { <li><span {style} aria-hidden="true"></span>{i18n.t(id)}</li> }
}

const LEGEND: &str = "display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin:.3rem 0 .8rem;font-size:.85rem";

/// The time-sequence graph's legend.
pub fn ts_legend(i18n: &I18n) -> Html {
    html! {
        <ul class="graph-legend" style={LEGEND}>
            {key(i18n, "data", "graph-key-data")}
            {key(i18n, "again", "graph-key-again")}
            {key(i18n, "fast", "graph-key-fast")}
            {key(i18n, "probe", "graph-key-probe")}
            {key(i18n, "other", "graph-key-other")}
            {key(i18n, "ack", "graph-key-ack")}
            {key(i18n, "edge", "graph-key-edge")}
            {key(i18n, "sack", "graph-key-sack")}
            <li>{i18n.t("graph-key-losses")}</li>
        </ul>
    }
}

/// The congestion graph's legend (the lines it draws).
pub fn cc_legend(i18n: &I18n, cc: bool, queue: bool) -> Html {
    html! {
        <ul class="graph-legend" style={LEGEND}>
            if cc {
                {key(i18n, "cwnd", "graph-key-cwnd")}
                {key(i18n, "ssthresh", "graph-key-ssthresh")}
            }
            {key(i18n, "flight", "graph-key-flight")}
            {key(i18n, "edge", "graph-key-window")}
            if cc {
                {key(i18n, "recovery", "graph-key-recovery")}
                <li>{i18n.t("graph-key-events")}</li>
            }
            if queue {
                {key(i18n, "sack", "graph-key-queue")}
            }
        </ul>
    }
}

/// Octets `first`–`last` of a bar, in the student's numbering.
fn octets(i18n: &I18n, numbering: &Numbering, from: Side, bar: &Bar) -> [(&'static str, Value); 2] {
    let last = bar.seq + bar.len.saturating_sub(1);
    [
        ("first", render::seq(i18n, numbering, bar.seq, from).into()),
        ("last", render::seq(i18n, numbering, last, from).into()),
    ]
}

/// A bar's sentence: what was sent, and what became of it.
fn bar_line(i18n: &I18n, numbering: &Numbering, from: Side, bar: &Bar) -> String {
    let [first, last] = octets(i18n, numbering, from, bar);
    let time = ("time", render::clock(bar.sent.as_millis()).into());
    let id = match bar.kind {
        BarKind::New => "graph-ev-new",
        BarKind::Retransmission => "graph-ev-retransmission",
        BarKind::FastRetransmit => "graph-ev-fast",
        BarKind::WindowProbe => "graph-ev-probe",
        BarKind::Injected => "graph-ev-injected",
        BarKind::Copy => "graph-ev-copy",
    };
    let sent = i18n.f(id, &[time, first, last]);
    match bar.fate {
        Fate::Lost { at, cause } => {
            let lost = match cause {
                DropCause::Hand => "graph-lost-hand",
                DropCause::Random => "graph-lost-random",
                DropCause::QueueFull => "graph-lost-queue",
                DropCause::WireFull => "graph-lost-wire",
            };
            let lost = i18n.f(lost, &[("time", render::clock(at.as_millis()).into())]);
            format!("{sent} {lost}")
        }
        Fate::Delivered(_) | Fate::InFlight => sent,
    }
}

/// The event's line, with cwnd and ssthresh as its rule left them (more
/// events at the same moment may change them within it).
fn cc_line(i18n: &I18n, cc: &CongestionGraph, event: &CcEvent) -> String {
    let ssthresh = event
        .ssthresh
        .or_else(|| cc.at(event.time).and_then(|s| s.cc).map(|c| c.ssthresh));
    let id = format!("graph-cc-ev-{}", event.kind.id());
    i18n.f(
        &id,
        &[
            ("time", render::clock(event.time.as_millis()).into()),
            ("cwnd", u64::from(event.cwnd).into()),
            ("ssthresh", u64::from(ssthresh.unwrap_or(0)).into()),
        ],
    )
}

/// Every event of both graphs, in time order: (time, trace entry, is a bar).
fn events(ts: &TimeSequence, cc: &CongestionGraph) -> Vec<(Instant, u32, Option<usize>)> {
    let bars = ts
        .bars
        .iter()
        .enumerate()
        .filter(|(_, b)| !matches!(b.kind, BarKind::New) || matches!(b.fate, Fate::Lost { .. }))
        .map(|(i, b)| (b.sent, b.entry, Some(i)));
    let marks = cc.events.iter().map(|e| (e.time, e.entry, None));
    let mut all: Vec<_> = bars.chain(marks).collect();
    all.sort_by_key(|&(t, entry, _)| (t, entry));
    all
}

/// The event after (or before) the selected entry, for the `]` and `[` keys.
pub fn next_event(
    ts: &TimeSequence,
    cc: &CongestionGraph,
    selected: Option<u32>,
    forward: bool,
) -> Option<u32> {
    let all = events(ts, cc);
    match (selected, forward) {
        (None, true) => all.first().map(|e| e.1),
        (None, false) => all.last().map(|e| e.1),
        (Some(s), true) => all.iter().find(|e| e.1 > s).map(|e| e.1),
        (Some(s), false) => all.iter().rev().find(|e| e.1 < s).map(|e| e.1),
    }
}

fn figures(
    i18n: &I18n,
    ts: &TimeSequence,
    cc: &CongestionGraph,
    numbering: &Numbering,
    from: Side,
    now: u64,
) -> [String; 2] {
    let t = Instant::from_millis(now);
    let time = || ("time", Value::from(render::clock(now)));
    let seq = |n: Option<SeqNum>| -> Value {
        n.map_or_else(
            || i18n.t("graph-none"),
            |n| render::seq(i18n, numbering, n, from),
        )
        .into()
    };
    let f = ts.at(t);
    let ts_line = i18n.f(
        "graph-at-ts",
        &[
            time(),
            ("highest", seq(f.highest)),
            ("ack", seq(f.ack)),
            ("edge", seq(f.edge)),
            ("sent", (f.sent as u64).into()),
            ("again", (f.retransmitted as u64).into()),
            ("lost", (f.lost as u64).into()),
        ],
    );
    let sample = cc.at(t);
    let (flight, window) = sample.map_or((0, 0), |s| (s.flight, s.window));
    let queue = ("queue", u64::from(cc.queue_at(t)).into());
    let cc_line = match sample.and_then(|s| s.cc) {
        Some(c) => i18n.f(
            "graph-at-cc",
            &[
                time(),
                ("cwnd", u64::from(c.cwnd).into()),
                ("ssthresh", u64::from(c.ssthresh).into()),
                ("flight", u64::from(flight).into()),
                ("window", u64::from(window).into()),
                queue,
            ],
        ),
        None => i18n.f(
            "graph-at-nocc",
            &[
                time(),
                ("flight", u64::from(flight).into()),
                ("window", u64::from(window).into()),
                queue,
            ],
        ),
    };
    [ts_line, cc_line]
}

/// The text alternative: the figures at the moment shown, then every
/// event in order (each selects its row in the ladder).
pub(super) fn alternative(
    i18n: &I18n,
    s: &Rc<Series>,
    from: Side,
    now: u64,
    on_select: &Callback<Option<u32>>,
    selected: Option<u32>,
    edge_above: Option<SeqNum>,
) -> Html {
    let [ts_now, cc_now] = figures(i18n, &s.ts, &s.cc, &s.numbering, from, now);
    let (series, on_select) = (s.clone(), on_select.clone());
    html! {
        <details class="graph-text" data-testid="graph-text">
            <summary>{i18n.t("graph-text")}</summary>
            <p data-testid="graph-figures">{ts_now}</p>
            if let Some(edge) = edge_above {
                <p data-testid="graph-edge-above">{i18n.f("graph-edge-above", &[("edge", render::seq(i18n, &s.numbering, edge, from).into())])}</p>
            }
            <p>{cc_now}</p>
            <Events {series} {from} {selected} {on_select} />
        </details>
    }
}

/// Props of [`Events`].
#[derive(Properties, Clone)]
pub(super) struct EventsProps {
    series: Rc<Series>,
    from: Side,
    selected: Option<u32>,
    on_select: Callback<Option<u32>>,
}

impl PartialEq for EventsProps {
    /// The series by identity (kept while the session does not change).
    /// `on_select` is not compared: the page makes a new one at each of
    /// its renders, which does the same (selects through the reducer),
    /// and comparing it would list every event again at each cursor move.
    fn eq(&self, other: &EventsProps) -> bool {
        Rc::ptr_eq(&self.series, &other.series)
            && self.from == other.from
            && self.selected == other.selected
    }
}

/// Every event of the session in order (the first [`LISTED`]), each
/// selecting its row in the ladder: rendered again only when the session,
/// the direction or the selection changes, not when the cursor moves.
#[function_component]
pub(super) fn Events(p: &EventsProps) -> Html {
    let i18n = use_i18n();
    let (ts, cc, numbering, from) = (&p.series.ts, &p.series.cc, &p.series.numbering, p.from);
    let all = events(ts, cc);
    let items = all.iter().take(LISTED).map(|&(_, entry, bar)| {
        let line = match bar.and_then(|i| ts.bars.get(i)) {
            Some(bar) => bar_line(&i18n, numbering, from, bar),
            None => cc
                .events
                .iter()
                .find(|e| e.entry == entry)
                .map_or_else(String::new, |e| cc_line(&i18n, cc, e)),
        };
        let select = p.on_select.reform(move |_: MouseEvent| Some(entry));
        let pressed = (p.selected == Some(entry)).to_string();
        html! { <li><button type="button" class="link" onclick={select} aria-pressed={pressed}>{line}</button></li> }
    });
    let more = all.len().saturating_sub(LISTED);
    html! {
        <>
            if all.is_empty() {
                <p class="hint">{i18n.t("graph-no-events")}</p>
            } else {
                <ol data-testid="graph-events">{ for items }</ol>
            }
            if more > 0 {
                <p class="hint">{i18n.f("graph-more", &[("n", (more as u64).into())])}</p>
            }
        </>
    }
}
