//! The ladder printed on paper: its rows cut into bands, one drawing each,
//! that a page break may fall between but never inside (print.css keeps a
//! band whole). A band holds every row a segment's arrow crosses, from its
//! sending to its arrival or loss, so no arrow is ever cut by a page.

use super::layout::{Geometry, Layout};
use super::{flight_shapes, row_shapes, shape_svg, TraceRef};
use crate::i18n::I18n;
use std::ops::Range;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{Event, InFlight};
use tcp_engine::Instant;
use yew::prelude::*;

/// Rows `first..last` in bands: the smallest that keep each arrow within
/// one (a row alone is a band when no arrow crosses its edges). Arrows of
/// segments still in flight (sent on `in_flight` rows) reach the last row.
pub fn bands(
    trace: &TraceRef,
    first: u32,
    last: u32,
    in_flight: impl Iterator<Item = u32>,
) -> Vec<Range<u32>> {
    if first >= last {
        return Vec::new();
    }
    // The first row each row's arrow starts on (itself when it has none).
    let mut from: Vec<u32> = (first..last).collect();
    for (slot, row) in from.iter_mut().zip(first..last) {
        let sent = trace
            .rows
            .get(row as usize)
            .and_then(|&i| trace.trace.get(i as usize))
            .and_then(|entry| match &entry.event {
                Event::Delivered { id, .. } | Event::Dropped { id, .. } => trace.sent_at(*id),
                _ => None,
            });
        if let Some((sent, ..)) = sent {
            *slot = sent.clamp(first, row);
        }
    }
    if let Some(end) = from.last_mut() {
        for sent in in_flight {
            *end = (*end).min(sent.max(first));
        }
    }
    // A band may end after row r only if no later row's arrow starts at
    // or before r: the smallest start from each row on, read backwards.
    let mut bands = Vec::new();
    let mut end = last;
    let mut lowest = u32::MAX;
    for row in (first..last).rev() {
        lowest = lowest.min(from[(row - first) as usize]);
        if lowest == row {
            bands.push(row..end);
            end = row;
        }
    }
    bands.reverse();
    bands
}

/// What the printed ladder draws.
pub struct Printed<'a> {
    /// The words.
    pub i18n: &'a I18n,
    /// The trace.
    pub trace: &'a TraceRef,
    /// Where rows go.
    pub layout: &'a Layout,
    /// The columns.
    pub geometry: &'a Geometry,
    /// Number format.
    pub numbering: &'a Numbering,
    /// Segments in flight.
    pub wire: &'a [InFlight],
    /// The clock.
    pub now: Instant,
}

/// Rows `first..last` as bands of drawing, each its own SVG (the first
/// holds the arrowhead every band uses).
pub fn view(p: &Printed, first: u32, last: u32) -> Html {
    let sent_rows = p
        .wire
        .iter()
        .filter_map(|f| p.trace.sent_at(f.id).map(|(row, ..)| row));
    let bands = bands(p.trace, first, last, sent_rows);
    let count = bands.len();
    let width = p.geometry.width;
    let items = bands.into_iter().enumerate().map(|(k, band)| {
        let top = p.layout.top(band.start);
        // The last band has room for the arrows still in flight.
        let bottom = if k + 1 == count {
            p.layout.bottom() + super::ROW_H
        } else {
            p.layout.top(band.end)
        };
        let mut markup = String::new();
        if k == 0 {
            markup.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>");
        }
        for x in [p.geometry.client_x, p.geometry.server_x] {
            let axis = super::Shape::Line {
                from: (x, top),
                to: (x, bottom),
                class: "axis",
                arrow: false,
            };
            shape_svg(&axis, &mut markup);
        }
        for row in band {
            for shape in row_shapes(p.i18n, p.trace, p.layout, p.geometry, row, p.numbering) {
                shape_svg(&shape, &mut markup);
            }
        }
        if k + 1 == count {
            let flights = p
                .wire
                .iter()
                .filter_map(|f| flight_shapes(p.trace, p.layout, p.geometry, f, p.now))
                .flatten();
            for shape in flights {
                shape_svg(&shape, &mut markup);
            }
        }
        let height = bottom.saturating_sub(top).max(1);
        // Markup we wrote: numbers, fixed names, and text escaped by `shape_svg`.
        let inner = Html::from_html_unchecked(AttrValue::from(markup));
        html! {
            <svg class="ladder-svg ladder-band" width={width.to_string()} height={height.to_string()}
                viewBox={format!("0 {top} {width} {height}")} aria-hidden="true">{inner}</svg>
        }
    });
    html! { <div class="ladder-print" data-testid="ladder-print">{ for items }</div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trace_of(text: &str) -> TraceRef {
        let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
        TraceRef::of(&state)
    }

    #[test]
    fn a_band_holds_each_arrow_from_its_sending_to_its_arrival() {
        // Two segments cross on the wire (a simultaneous open): their
        // arrows overlap, so one band holds both.
        let trace = trace_of("client connect\nserver connect\nrun\n");
        let rows = trace.rows.len() as u32;
        let cut = bands(&trace, 0, rows, std::iter::empty());
        let bands = &cut;
        assert_eq!(bands.first().map(|b| b.start), Some(0));
        assert_eq!(bands.last().map(|b| b.end), Some(rows));
        for pair in bands.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "{bands:?}");
        }
        let band_of = |row: u32| bands.iter().position(|b| b.contains(&row)).unwrap();
        let mut arrows = 0;
        for row in 0..rows {
            let index = *trace.rows.get(row as usize).unwrap();
            let entry = trace.trace.get(index as usize).unwrap();
            if let Event::Delivered { id, .. } | Event::Dropped { id, .. } = entry.event {
                let (sent, ..) = trace.sent_at(id).unwrap();
                assert_eq!(band_of(sent), band_of(row), "{bands:?}");
                arrows += 1;
            }
        }
        assert!(arrows >= 4, "{arrows}");
        // Rows no arrow crosses are bands of their own.
        assert!(bands.iter().any(|b| b.len() == 1), "{bands:?}");
        // A segment still in flight keeps the rest in one band.
        let in_flight = super::bands(&trace, 0, rows, [1].into_iter());
        assert_eq!(
            in_flight.last().map(|b| b.start),
            Some(bands[band_of(1)].start)
        );
    }
}
