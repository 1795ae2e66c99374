//! The time-sequence graph's SVG, drawn natively from bundled sessions.

use super::{series_of, ts_svg, Look, Series};
use crate::components::graph::draw::{Svg, SCREEN};
use crate::i18n::{I18n, Lang};
use tcp_engine::graph::Moment;
use tcp_engine::scenario::{parse, run_script};
use tcp_engine::sim::Side;

const EN: &str = include_str!("../../../i18n/rules.en.ftl");
const RFC: &str = include_str!("../../../i18n/rfc.ftl");

fn english() -> I18n {
    I18n::load(Lang::En, "", EN, EN, RFC)
}

fn run(text: &str, relative: bool) -> Series {
    let script = parse(text).expect("the scenario parses");
    let sim = run_script(&script).expect("the scenario runs");
    let mut reader = tcp_engine::graph::Reader::new(Side::Client);
    series_of(&mut reader, &sim, relative).expect("read at once off the web")
}

/// The time-sequence graph's SVG at `width` pixels, all of the session shown.
fn drawn(s: &Series, width: i32) -> String {
    let i18n = english();
    let look = Look {
        i18n: &i18n,
        palette: &SCREEN,
        width,
        times: super::shown_times(s, None),
        now: Some(s.end),
        selected: None,
        moment: Moment::Sent,
    };
    let mut svg = Svg(String::new());
    ts_svg(&mut svg, s, Side::Client, &look, 0);
    svg.0
}

/// The elements named `tag`, as their attribute text and their content.
fn elements<'a>(svg: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{tag} ");
    svg.match_indices(&open)
        .map(|(at, _)| {
            let rest = &svg[at + open.len()..];
            let end = rest.find('>').unwrap_or(rest.len());
            let attrs = &rest[..end];
            let content = rest[end + 1..].split('<').next().unwrap_or("");
            (attrs, content)
        })
        .collect()
}

fn attr(attrs: &str, name: &str) -> i32 {
    let key = format!(" {name}=\"");
    let from = format!(" {attrs}").find(&key).expect(name) + key.len() - 1;
    let value = &attrs[from..];
    value[..value.find('"').unwrap_or(value.len())]
        .parse()
        .unwrap_or_else(|_| panic!("{name} in {attrs}"))
}

/// The value axis' tick labels (right-aligned left of the plot).
fn tick_labels(svg: &str) -> Vec<String> {
    elements(svg, "text")
        .into_iter()
        .filter(|(a, _)| a.contains("text-anchor=\"end\"") && attr(a, "x") == super::LEFT - 4)
        .map(|(_, t)| t.to_owned())
        .collect()
}

const NEWRENO_SACK: &str = include_str!("../../../scenarios/newreno-sack.scn");

#[test]
fn tick_labels_are_plain_numbers_that_fit_the_margin_in_a_second_connection() {
    for relative in [true, false] {
        let s = run(NEWRENO_SACK, relative);
        for width in [375, 1366] {
            let labels = tick_labels(&drawn(&s, width));
            assert!(labels.len() >= 2, "{relative} {width}: {labels:?}");
            // Ten digits at most: 10 × 7 px fit in the 68 px left of the axis.
            assert!(
                labels.iter().all(|l| !l.is_empty()
                    && l.len() <= 10
                    && l.bytes().all(|b| b.is_ascii_digit())),
                "{relative} {width}: {labels:?}"
            );
            let values: Vec<u64> = labels.iter().map(|l| l.parse().unwrap()).collect();
            assert!(values.windows(2).all(|w| w[0] < w[1]), "{values:?}");
            if relative {
                // Counted from the second connection's ISN (11000): its
                // data, 10000 octets, reads as 0 to 10001.
                assert!(values.iter().all(|v| *v <= 10_100), "{values:?}");
            } else {
                // Real numbers, both connections' (1000 … 21001).
                assert!(values.iter().any(|v| *v < 11_000), "{values:?}");
                assert!(values.iter().any(|v| *v > 11_000), "{values:?}");
            }
        }
    }
}

/// The bundled "Lost data is retransmitted after the RTO", as the e2e tests
/// restore it: 5 octets under a 64 KB window.
const LOSSY: &str =
    "set client.isn 1000\nset server.isn 5000\nserver listen\nclient connect\nrun\n\
client send \"hello\"\ndrop\nadvance 999ms\nadvance 1ms\ndeliver\nrun\n";

/// A box: left, top, right, bottom.
type Area = (i32, i32, i32, i32);

fn overlap(a: Area, b: Area) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// A 12 px text's box, at most 7.5 px a character (bold sans-serif).
fn text_area(attrs: &str, text: &str) -> Area {
    let (x, y) = (attr(attrs, "x"), attr(attrs, "y"));
    let w = (text.chars().count() as f32 * 7.5) as i32;
    let left = if attrs.contains("text-anchor=\"end\"") {
        x - w
    } else if attrs.contains("text-anchor=\"middle\"") {
        x - w / 2
    } else {
        x
    };
    (left, y - 12, left + w, y + 4)
}

/// Every mark drawn (lines, rings, squares), with a margin for its stroke;
/// grid lines and the axes are left out.
fn marks(svg: &str) -> Vec<Area> {
    let lines = elements(svg, "line")
        .into_iter()
        .filter(|(a, _)| !a.contains("var(--line)") && !a.contains("var(--muted)"))
        .map(|(a, _)| {
            let (x1, y1, x2, y2) = (attr(a, "x1"), attr(a, "y1"), attr(a, "x2"), attr(a, "y2"));
            (
                x1.min(x2) - 2,
                y1.min(y2) - 2,
                x1.max(x2) + 2,
                y1.max(y2) + 2,
            )
        });
    let circles = elements(svg, "circle").into_iter().map(|(a, _)| {
        let (x, y, r) = (attr(a, "cx"), attr(a, "cy"), attr(a, "r"));
        (x - r - 1, y - r - 1, x + r + 1, y + r + 1)
    });
    let rects = elements(svg, "rect").into_iter().map(|(a, _)| {
        let (x, y) = (attr(a, "x"), attr(a, "y"));
        (
            x - 1,
            y - 1,
            x + attr(a, "width") + 1,
            y + attr(a, "height") + 1,
        )
    });
    lines.chain(circles).chain(rects).collect()
}

#[test]
fn the_window_edge_label_covers_no_mark_and_no_text_at_any_width() {
    let s = run(LOSSY, true);
    for width in [240, 320, 375, 768, 1366] {
        let svg = drawn(&s, width);
        let texts = elements(&svg, "text");
        let label: Vec<Area> = texts
            .iter()
            .filter(|(_, t)| t.starts_with("↑ ACK + window") || t.starts_with("up to "))
            .map(|(a, t)| text_area(a, t))
            .collect();
        assert_eq!(label.len(), 2, "{width}: {svg}");
        for area in &label {
            assert!(
                area.0 >= 0 && area.1 >= 0 && area.2 <= width,
                "{width}: {area:?}"
            );
            for mark in marks(&svg) {
                assert!(
                    !overlap(*area, mark),
                    "{width}: label {area:?} on mark {mark:?}"
                );
            }
            let others = texts
                .iter()
                .filter(|(_, t)| !t.starts_with("↑ ACK + window") && !t.starts_with("up to "));
            for (a, t) in others {
                let other = text_area(a, t);
                assert!(
                    !overlap(*area, other),
                    "{width}: label {area:?} on {t:?} {other:?}"
                );
            }
        }
    }
}

/// The places kept for the drawings while they are made (the busy panel's
/// time-sequence graph, the congestion graph's placeholder) are their
/// heights: nothing below moves when a stage of the first drawing comes.
#[test]
fn the_places_kept_for_the_drawings_are_their_heights() {
    let i18n = english();
    for scenario in [LOSSY, include_str!("../../../scenarios/reno-cubic.scn")] {
        let s = run(scenario, true);
        let look = Look {
            i18n: &i18n,
            palette: &SCREEN,
            width: 600,
            times: super::shown_times(&s, None),
            now: None,
            selected: None,
            moment: Moment::Sent,
        };
        let height = |svg: &str| attr(elements(svg, "svg")[0].0, "height");
        let ts = super::ts_drawing(&s, Side::Client, &look);
        assert_eq!(height(&ts.svg), super::TS_HEIGHT);
        let cc = super::cc_drawing(&s, &look);
        assert_eq!(height(&cc.svg), super::cc_height(&s));
        // The queue's band is there only with a bottleneck (the second's).
        assert_eq!(cc.queue_f.is_some(), scenario != LOSSY);
    }
}
