//! The sequence-space picture every textbook draws (RFC 9293 Figures 3 and
//! 4), live for one endpoint: its send space and its receive space as bars,
//! the TCB's marks on them, and a legend that says the same in words (the
//! bars are hidden from screen readers; the legend is their text twin).

mod bar;

use super::ladder::escape;
use crate::i18n::{render, I18n};
use bar::{layout, x_at, Placed, Zone};
use tcp_engine::endpoint::{Shut, Span};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{EndpointView, Side};
use tcp_engine::SeqNum;
use yew::prelude::*;

/// A mark under a bar: an RFC name, where it is, and its value.
struct Mark {
    name: &'static str,
    x: f64,
    value: String,
}

fn mark(name: &'static str, x: f64, value: String) -> Mark {
    Mark { name, x, value }
}

/// A legend line: the zone's colour and what it holds.
struct Entry {
    class: &'static str,
    text: String,
}

/// Both sequence spaces of one endpoint. A function rather than a
/// component: it changes whenever the endpoint's panel does, and a
/// component of its own would cost the first load more than it saves.
pub fn spaces(i18n: &I18n, side: Side, view: &EndpointView, numbering: &Numbering) -> Html {
    let send = if view.iss_known {
        send_space(i18n, side, view, numbering)
    } else {
        html! { <p class="hint">{i18n.t("sp-no-send")}</p> }
    };
    let receive = if view.irs_known {
        receive_space(i18n, side, view, numbering)
    } else {
        html! { <p class="hint">{i18n.t("sp-no-recv")}</p> }
    };
    html! {
        <div class="spaces" data-testid={format!("{side}-spaces")}>
            <figure class="space send-space">
                <figcaption>{i18n.t("sp-send")}</figcaption>
                {send}
            </figure>
            <figure class="space receive-space">
                <figcaption>{i18n.t("sp-recv")}</figcaption>
                {receive}
            </figure>
        </div>
    }
}

/// Figure 3: acknowledged | sent, not acknowledged | may send | not yet.
/// Every number is the engine's ([`tcp_engine::endpoint::SendSpace`]).
fn send_space(i18n: &I18n, side: Side, view: &EndpointView, numbering: &Numbering) -> Html {
    let t = &view.tcb;
    let sp = &view.send_space;
    let edge = t.snd_una + t.snd_wnd;
    let flight = u64::from(sp.in_flight);
    let beyond = u64::from(sp.probe) + u64::from(sp.past_edge);
    let zones = [
        Zone::stub("sp-acked", sp.acked),
        Zone::scaled("sp-flight", flight - beyond.min(flight)),
        Zone::scaled("sp-beyond-window", beyond.min(flight)),
        Zone::scaled("sp-usable", u64::from(sp.usable)),
        Zone::rest("sp-not-yet"),
    ];
    // To the scale of the largest window the peer offered.
    let scale = u64::from(t.max_snd_wnd.max(t.snd_wnd)).max(flight);
    let placed = layout(&zones, scale);
    let seq = |n: SeqNum| render::seq(i18n, numbering, n, side);
    let marks = [
        mark("SND.UNA", placed[1].x, seq(t.snd_una)),
        mark("SND.NXT", x_at(&placed, 1, flight), seq(t.snd_nxt)),
        mark(
            "SND.UNA+SND.WND",
            x_at(&placed, 1, u64::from(t.snd_wnd)),
            seq(edge),
        ),
    ];
    let overlays = spans_over(
        &placed,
        1,
        t.snd_una,
        &view.retransmitted,
        "sp-retransmitted",
    );
    let retransmitted: u64 = view.retransmitted.iter().map(|s| u64::from(s.len)).sum();
    // The count is of sequence numbers: the SYN's and FIN's are said apart
    // from the bytes, so that it matches "Sent N bytes".
    let data = sp.acked - u64::from(sp.acked_syn) - u64::from(sp.acked_fin);
    let acked = match (sp.acked_syn, sp.acked_fin) {
        (false, _) => entry(i18n, "sp-acked", sp.acked),
        (true, fin) => Entry {
            class: "sp-acked",
            text: i18n.f(
                if fin {
                    "sp-acked-syn-fin"
                } else {
                    "sp-acked-syn"
                },
                &[("n", sp.acked.into()), ("data", data.into())],
            ),
        },
    };
    let mut legend = vec![acked, entry(i18n, "sp-flight", flight)];
    if retransmitted > 0 {
        legend.push(entry(i18n, "sp-retransmitted", retransmitted));
    }
    if sp.probe > 0 {
        legend.push(Entry {
            class: "sp-beyond-window",
            text: i18n.f("sp-probe", &[("n", sp.probe.into())]),
        });
    }
    if sp.past_edge > 0 {
        legend.push(entry(i18n, "sp-beyond-window", u64::from(sp.past_edge)));
    }
    legend.push(match sp.shut {
        Some(why) => Entry {
            class: "sp-usable",
            text: i18n.f("sp-usable-shut", &[("why", shut(i18n, why).into())]),
        },
        None => entry(i18n, "sp-usable", u64::from(sp.usable)),
    });
    // Beyond cwnd or beyond the peer's window: whichever the engine says
    // is the smaller.
    let not_yet = match view.congestion.as_ref().filter(|_| sp.cwnd_limited) {
        Some(cc) => i18n.f(
            "sp-not-yet-cwnd",
            &[("queued", view.queued.into()), ("cwnd", cc.cwnd.into())],
        ),
        None => i18n.f("sp-not-yet", &[("queued", view.queued.into())]),
    };
    legend.push(Entry {
        class: "sp-not-yet",
        text: not_yet,
    });
    picture(&placed, &overlays, &marks, &legend)
}

/// Figure 4, with the buffer: read | waiting to be read | may arrive |
/// free but not offered yet | beyond the window; held text on the window.
/// Every number is the engine's ([`tcp_engine::endpoint::ReceiveSpace`]).
fn receive_space(i18n: &I18n, side: Side, view: &EndpointView, numbering: &Numbering) -> Html {
    let t = &view.tcb;
    let rs = &view.receive_space;
    let user = view.buffered as u64;
    let not_offered = rs.not_offered;
    let zones = [
        Zone::stub("sp-read", view.received_len as u64),
        Zone::scaled("sp-waiting", user),
        Zone::scaled("sp-window", u64::from(rs.may_arrive)),
        Zone::scaled("sp-not-offered", not_offered),
        Zone::rest("sp-beyond"),
    ];
    // To the scale of the buffer.
    let placed = layout(&zones, u64::from(view.rcv_buff));
    let seq = |n: SeqNum| render::seq(i18n, numbering, n, side.other());
    let marks = [
        mark("RCV.NXT", placed[2].x, seq(t.rcv_nxt)),
        mark(
            "RCV.NXT+RCV.WND",
            x_at(&placed, 2, u64::from(t.rcv_wnd)),
            seq(t.rcv_nxt + t.rcv_wnd),
        ),
    ];
    let overlays = spans_over(&placed, 2, t.rcv_nxt, &view.held, "sp-held");
    let held: u64 = view.held.iter().map(|s| u64::from(s.len)).sum();
    let mut legend = vec![
        entry(i18n, "sp-read", zones[0].len),
        entry(i18n, "sp-waiting", user),
        match rs.shut {
            Some(why) => Entry {
                class: "sp-window",
                text: i18n.f("sp-window-shut", &[("why", shut(i18n, why).into())]),
            },
            None => entry(i18n, "sp-window", zones[2].len),
        },
    ];
    if held > 0 {
        legend.push(entry(i18n, "sp-held", held));
    }
    if not_offered > 0 {
        legend.push(entry(i18n, "sp-not-offered", not_offered));
    }
    legend.push(Entry {
        class: "sp-beyond",
        text: i18n.t("sp-beyond"),
    });
    picture(&placed, &overlays, &marks, &legend)
}

/// Why nothing may be sent or arrive now, in words.
fn shut(i18n: &I18n, why: Shut) -> String {
    i18n.t(match why {
        Shut::NoConnection => "sp-shut-no-connection",
        Shut::TimeWait => "sp-shut-time-wait",
        Shut::Opening => "sp-shut-opening",
        Shut::FinSent => "sp-shut-fin-sent",
        Shut::FinReceived => "sp-shut-fin-received",
    })
}

/// A legend line whose message (keyed by the zone's class) counts `n`.
fn entry(i18n: &I18n, class: &'static str, n: u64) -> Entry {
    Entry {
        class,
        text: i18n.f(class, &[("n", n.into())]),
    }
}

/// Rectangles for `spans` that lie on the bar from zone `from` on, whose
/// start is `base`; a span partly off the bar is cut to it.
fn spans_over(
    placed: &[Placed],
    from: usize,
    base: SeqNum,
    spans: &[Span],
    class: &'static str,
) -> Vec<(f64, f64, &'static str)> {
    let reach: u64 = placed.iter().skip(from).map(|p| p.zone.len).sum();
    spans
        .iter()
        .filter_map(|s| {
            // Spans start at or after `base` (held text lies beyond RCV.NXT;
            // retransmitted data is not yet acknowledged).
            let start = u64::from(s.start.since(base)).min(reach);
            let end = (start + u64::from(s.len)).min(reach);
            let (x0, x1) = (x_at(placed, from, start), x_at(placed, from, end));
            (end > start).then_some((x0, (x1 - x0).max(0.8), class))
        })
        .collect()
}

/// A bar coordinate (0 to 100) in the SVG's units of a tenth, as an
/// integer: no float formatting in the app (it would cost kilobytes).
fn tenths(v: f64) -> u32 {
    (v * 10.0 + 0.5).max(0.0) as u32
}

/// One bar with its marks and legend, as markup written here (numbers,
/// fixed names and escaped text): one raw node is far smaller in the app
/// than the same elements built one by one.
fn picture(
    placed: &[Placed],
    overlays: &[(f64, f64, &'static str)],
    marks: &[Mark],
    legend: &[Entry],
) -> Html {
    use std::fmt::Write;
    let mut out = String::from(
        "<svg class=\"space-bar\" viewBox=\"0 0 1000 160\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">",
    );
    // Writing to a String cannot fail.
    let mut rect = |x: f64, w: f64, y: u32, h: u32, class: &str| {
        let _ = write!(
            out,
            "<rect class=\"{class}\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{h}\"/>",
            tenths(x),
            tenths(w)
        );
    };
    for p in placed.iter().filter(|p| p.w > 0.0) {
        rect(p.x, p.w, 0, 100, p.zone.class);
    }
    for &(x, w, class) in overlays {
        rect(x, w, 20, 60, class);
    }
    for m in marks {
        let x = tenths(m.x);
        let _ = write!(
            out,
            "<line class=\"sp-mark\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"160\"/>"
        );
    }
    // Each mark's number under its line: marks at (nearly) one place share
    // a badge, "1·3"; badges that would touch go on a row further down.
    let mut groups: Vec<(u32, String)> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        let x = tenths(m.x);
        match groups.iter_mut().find(|(at, _)| x.abs_diff(*at) < 15) {
            Some((_, text)) => {
                text.push('·');
                text.push_str(&(i + 1).to_string());
            }
            None => groups.push((x, (i + 1).to_string())),
        }
    }
    let mut rows: Vec<Vec<u32>> = Vec::new();
    let mut badges = String::new();
    for (x, text) in groups {
        let row = rows
            .iter()
            .position(|r| r.iter().all(|at| x.abs_diff(*at) >= 150))
            .unwrap_or(rows.len());
        if row == rows.len() {
            rows.push(Vec::new());
        }
        rows[row].push(x);
        // Kept inside the bar's width at its ends.
        let x = x.clamp(20, 980);
        let _ = write!(
            badges,
            "<span class=\"sp-badge\" style=\"left:calc({x} * .1%);top:calc({row} * 1.25rem)\">{text}</span>"
        );
    }
    let _ = write!(
        out,
        "</svg><div class=\"sp-badges\" aria-hidden=\"true\" style=\"height:calc({} * 1.25rem)\">{badges}",
        rows.len().max(1)
    );
    out.push_str("</div><ul class=\"sp-marks\">");
    for (i, m) in marks.iter().enumerate() {
        let _ = write!(
            out,
            "<li><span class=\"sp-badge-key\" aria-hidden=\"true\">{}</span><span class=\"sp-mark-name\">{}</span> <span class=\"sp-mark-value\">{}</span></li>",
            i + 1,
            m.name,
            escape(&m.value)
        );
    }
    out.push_str("</ul><ul class=\"sp-legend\">");
    for e in legend {
        let _ = write!(
            out,
            "<li><span class=\"sw {}\"></span>{}</li>",
            e.class,
            escape(&e.text)
        );
    }
    out.push_str("</ul>");
    Html::from_html_unchecked(AttrValue::from(out))
}
