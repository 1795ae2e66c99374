//! Where everything on the ladder goes. Each row holds one event and at
//! most one label, written beside its own side's timeline, outside the band
//! the arrows cross: so labels never meet arrows, timelines or each other.
//! A label wraps onto as many lines as the width needs (never cut off), and
//! a row is as tall as its label plus the time since the row before it,
//! compressed (a second is a little more than a tenth of a second; long
//! idle gaps are marked with their length).

use super::TraceRef;
use crate::i18n::render::{self, clock};
use crate::i18n::I18n;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{DropCause, Event, Origin, Side};
use tcp_engine::story;
use tcp_engine::Call;

/// Height of one line of 12 px text.
pub const LINE_H: u32 = 16;
/// Space around a row's lines.
pub const PAD: u32 = 8;
/// A row of one line at no time from the row before.
pub const ROW_H: u32 = LINE_H + PAD;
/// Width of an exported ladder.
pub const EXPORT_WIDTH: u32 = 760;
/// Lines a label may take at most.
const MAX_LINES: usize = 12;
/// Gaps from this long on are marked with their length.
const MARKED_GAP_MS: u64 = 1000;

/// The columns at a given width, in pixels: time, the client's labels, its
/// timeline, the band the arrows cross, the server's timeline, its labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The whole width.
    pub width: u32,
    /// The client's timeline.
    pub client_x: u32,
    /// The server's timeline.
    pub server_x: u32,
    /// Room for a label beside a timeline.
    pub label_w: u32,
}

impl Geometry {
    /// The columns for this width (300 to 8,000 px).
    pub fn new(width: u32) -> Geometry {
        let width = width.clamp(300, 8000);
        let time_w = if width < 560 { 64 } else { 72 };
        let band = (width * 24 / 100).clamp(64, 240);
        let outer = (width - time_w - band) / 2;
        let client_x = time_w + outer;
        Geometry {
            width,
            client_x,
            server_x: client_x + band,
            label_w: outer - GUTTER - 4,
        }
    }

    /// A side's timeline.
    pub fn x_of(&self, side: Side) -> u32 {
        match side {
            Side::Client => self.client_x,
            Side::Server => self.server_x,
        }
    }

    /// Where a side's labels start, and how they are anchored.
    pub fn label_at(&self, side: Side) -> (u32, &'static str) {
        match side {
            Side::Client => (self.client_x - GUTTER, "end"),
            Side::Server => (self.server_x + GUTTER, "start"),
        }
    }

    /// The middle of the band.
    pub fn middle(&self) -> u32 {
        (self.client_x + self.server_x) / 2
    }
}

/// Space between a timeline and its labels.
const GUTTER: u32 = 8;

/// The width of `text` at 12 px in the ladder's monospace font: 0.6 em a
/// character, a full em for the wide ones (CJK), rounded up to be safe.
pub fn text_width(text: &str) -> u32 {
    text.chars()
        .map(|c| if (c as u32) < 0x1100 { 74 } else { 124 })
        .sum::<u32>()
        .div_ceil(10)
}

/// `text` in lines of at most `max` pixels: broken at spaces, and inside
/// a word (or between wide characters) only when one does not fit.
pub fn wrap(text: &str, max: u32) -> Vec<String> {
    let mut lines = Vec::new();
    breaks(text, max, |range| lines.push(text[range].to_string()));
    lines
}

/// How many lines [`wrap`] makes of `text`, without making them (the
/// ladder sizes every row of a long session this way).
pub fn line_count(text: &str, max: u32) -> usize {
    let mut n = 0;
    breaks(text, max, |_| n += 1);
    n
}

/// Tenths of a pixel: [`text_width`] of one character, unrounded.
fn tenths(c: char) -> u32 {
    if (c as u32) < 0x1100 {
        74
    } else {
        124
    }
}

/// The lines of [`wrap`], as byte ranges of `text` (each line is one
/// stretch of it; a break at a space drops that space). Widths are summed
/// as the lines grow, so a label costs one pass over its characters.
fn breaks(text: &str, max: u32, mut line: impl FnMut(std::ops::Range<usize>)) {
    let fits = |tenths: u32| tenths.div_ceil(10) <= max;
    // The line so far: its range, width in tenths, and whether it is empty.
    let (mut start, mut end, mut width, mut empty) = (0, 0, 0u32, true);
    let mut lines = 0;
    let mut at = 0;
    for word in text.split(' ') {
        let (ws, we) = (at, at + word.len());
        at = we + 1;
        let word_width: u32 = word.chars().map(tenths).sum();
        let joined = if empty {
            (ws, word_width, word.is_empty())
        } else {
            (start, width + tenths(' ') + word_width, false)
        };
        if fits(joined.1) {
            (start, end, width, empty) = (joined.0, we, joined.1, joined.2);
            continue;
        }
        if !empty {
            line(start..end);
            lines += 1;
            (width, empty) = (0, true);
        }
        for (i, c) in word.char_indices() {
            let (from, to) = (ws + i, ws + i + c.len_utf8());
            if !fits(width + tenths(c)) && !empty {
                line(start..end);
                lines += 1;
                (start, end, width) = (from, to, tenths(c));
            } else {
                if empty {
                    start = from;
                }
                (end, width, empty) = (to, width + tenths(c), false);
            }
        }
    }
    if !empty || lines == 0 {
        line(if empty { 0..0 } else { start..end });
    }
}

/// Extra height for the time since the row before: none at the same
/// instant, then a little more for every tenfold: 1 ms 6 px, 100 ms 18 px,
/// 1 s 24 px, a minute or more 36 px.
pub fn gap_px(gap_ms: u64) -> u32 {
    if gap_ms == 0 {
        return 0;
    }
    let digits = gap_ms.ilog10() + 1;
    (digits * 6).min(36)
}

/// A row's one label.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Beside whose timeline.
    pub side: Side,
    /// CSS class.
    pub class: &'static str,
    /// The words.
    pub text: String,
}

/// Draws [`row_label`].
pub type RowLabel = fn(&I18n, &TraceRef, u32, &Numbering) -> Option<Label>;

crate::installed!(
    /// [`row_label`]: only the sessions chunk's actions make rows.
    pub ROW_LABEL: RowLabel = row_label
);

/// The label of row `row`, if it has one.
pub fn row_label(i18n: &I18n, trace: &TraceRef, row: u32, numbering: &Numbering) -> Option<Label> {
    let index = *trace.rows.get(row as usize)? as usize;
    let entry = trace.trace.get(index)?;
    let label = |side: Side, class: &'static str, text: String| Some(Label { side, class, text });
    match &entry.event {
        Event::Sent {
            id,
            from,
            seg,
            origin,
            reason,
            ..
        } => {
            // A lesson's blanks are left blank (the student's answer is
            // drawn over the box, see `fill`).
            let blank: Vec<_> = trace
                .blanks
                .iter()
                .filter(|b| b.id == *id)
                .map(|b| b.field)
                .collect();
            let mut text = render::segment_masked(i18n, numbering, seg, *from, &blank);
            // A captured segment by its number in the capture, as the
            // capture's panel names it.
            if let Some(n) = trace.capture_number(*id, index) {
                text = format!(
                    "{} {text}",
                    i18n.f("ladder-capture-number", &[("n", n.into())])
                );
            }
            let tag = match (&trace.shown_origin(*origin, index), reason) {
                (_, Some(tcp_engine::note::Reason::Retransmission { attempt })) => {
                    Some(i18n.f("ladder-tag-retransmission", &[("n", (*attempt).into())]))
                }
                // Sent again before the timer (or after it, for what
                // followed the segment it resent): named as the log does.
                (_, Some(tcp_engine::note::Reason::FastRetransmit)) => {
                    Some(i18n.t("ladder-tag-fast-retransmit"))
                }
                (_, Some(tcp_engine::note::Reason::SackRetransmit)) => {
                    Some(i18n.t("ladder-tag-sack-retransmit"))
                }
                (_, Some(tcp_engine::note::Reason::GoBackN)) => {
                    Some(i18n.t("ladder-tag-go-back-n"))
                }
                (Origin::Injected, _) => Some(i18n.t("ladder-tag-injected")),
                (Origin::Released, _) => Some(i18n.t("ladder-tag-released")),
                (Origin::Duplicate { of }, _) => {
                    Some(i18n.f("ladder-tag-copy", &[("of", (*of).into())]))
                }
                (Origin::Tcp, _) => None,
            };
            if let Some(tag) = tag {
                text.push(' ');
                text.push_str(&tag);
            }
            label(*from, "seg-label", text)
        }
        Event::Delivered { id, to } => {
            let flags = trace
                .sent(*id)
                .map(|(_, seg)| seg.flags.to_string())
                .unwrap_or_default();
            let key = match story::delivery_outcome(&trace.trace, index) {
                Some(tcp_engine::note::Outcome::Accepted) => "ladder-arrives-accepted",
                Some(tcp_engine::note::Outcome::Ignored) => "ladder-arrives-ignored",
                Some(tcp_engine::note::Outcome::Reset) => "ladder-arrives-reset",
                Some(tcp_engine::note::Outcome::Challenged) => "ladder-arrives-challenged",
                Some(tcp_engine::note::Outcome::Refused) => "ladder-arrives-refused",
                None => "ladder-arrives",
            };
            // A duplicate ACK, as its receiver counted it (the third
            // starts fast retransmit).
            if let Some(n) = story::duplicate_ack(&trace.trace, index) {
                let text = i18n.f(
                    "ladder-arrives-duplicate",
                    &[("flags", flags.into()), ("n", n.into())],
                );
                return label(*to, "outcome notable", text);
            }
            let class = if key == "ladder-arrives-accepted" || key == "ladder-arrives" {
                "outcome"
            } else {
                "outcome notable"
            };
            label(*to, class, i18n.f(key, &[("flags", flags.into())]))
        }
        Event::Dropped { id, cause, .. } => {
            let (from, seg) = trace.sent(*id)?;
            let why = i18n.t(match cause {
                DropCause::Hand => "ladder-lost",
                DropCause::Random => "ladder-lost-random",
                DropCause::WireFull => "ladder-lost-wire-full",
                DropCause::QueueFull => "ladder-lost-queue-full",
            });
            // Beside its sender: the receiver never saw it. Its length says
            // which segment it was (a lost data segment is not an ACK).
            let mut what = seg.flags.to_string();
            if let Some(n) = trace.capture_number(*id, index) {
                what = format!(
                    "{} {what}",
                    i18n.f("ladder-capture-number", &[("n", n.into())])
                );
            }
            if !seg.payload.is_empty() {
                what.push_str(&format!(" len={}", seg.payload.len()));
            }
            label(from, "outcome notable", format!("✕ {why}: {what}"))
        }
        Event::StateChanged { side, to, .. } => label(*side, "state-label", to.name().into()),
        Event::Call { side, call } => {
            // The API's own names, short enough for the space beside a timeline.
            let mut text = match call {
                Call::Send(data) => format!("send({})", data.len()),
                Call::Read(Some(n)) => format!("read({n})"),
                other @ (Call::Listen
                | Call::Connect
                | Call::Close
                | Call::Abort
                | Call::Read(None)) => {
                    format!("{other}()")
                }
            };
            if let Some(signal) = story::call_answer(&trace.trace, index) {
                text.push(' ');
                text.push_str(&i18n.f(
                    "ladder-call-refused",
                    &[("signal", render::signal(i18n, signal).into())],
                ));
            }
            label(*side, "call-label", text)
        }
        Event::TimerFired { side, kind } => {
            let text = i18n.f("ev-timer", &[("timer", render::timer(i18n, *kind).into())]);
            label(*side, "timer-label", text)
        }
        Event::Queued { side, seg, .. } => label(
            *side,
            "call-label",
            i18n.f(
                "ladder-to-outbox",
                &[("flags", seg.flags.to_string().into())],
            ),
        ),
        Event::Discarded { side, seg } => label(
            *side,
            "call-label",
            i18n.f(
                "ladder-discarded",
                &[("flags", seg.flags.to_string().into())],
            ),
        ),
        Event::Delayed { .. }
        | Event::Queue { .. }
        | Event::Note { .. }
        | Event::Signal { .. }
        | Event::Received { .. }
        | Event::Setting(_)
        | Event::Seed(_) => None,
    }
}

/// The vertical layout of rows `base..`: where each starts, the gap before
/// its event and the lines its label takes. Built once per session, width
/// and language, then kept up to date cheaply: new rows are laid out as
/// they come, forgotten rows are dropped from the front, and a jump back in
/// time only shows fewer rows (they are the same rows, unless the student
/// branched: then the rows after the branch are laid out again).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// What it was built for: session, width, language, and whether the
    /// catalogs fetched after the first screen had come.
    key: (u32, u32, &'static str, bool),
    /// The timeline branch it follows (see [`TraceRef::branch`]).
    branch: u32,
    /// The first row laid out.
    base: u32,
    /// Top of each row laid out from `base`, and one past the last.
    tops: Vec<u32>,
    /// Time of each row, in ms.
    times: Vec<u64>,
    /// Lines of each row's label.
    lines: Vec<u8>,
    /// Rows shown now (a jump back shows fewer than are laid out).
    shown: usize,
}

impl Layout {
    /// Lays out `trace`'s rows at `geometry`, reusing what `self` holds;
    /// at most `budget` new rows at a time (a page lays out the rest in its
    /// next frames). True once every row is laid out. The height of a label
    /// is that of the longer of its relative and absolute forms, so that
    /// switching numbering moves nothing.
    pub fn update(
        &mut self,
        i18n: &I18n,
        trace: &TraceRef,
        numbering: &Numbering,
        geometry: &Geometry,
        budget: usize,
    ) -> bool {
        // Laid out again when the later catalogs come: the words they
        // bring ("…" until then) have other widths.
        let key = (
            trace.session_id,
            geometry.width,
            i18n.lang().code(),
            i18n.fetched(),
        );
        let base = trace.base();
        let total = trace.rows.len() as u32;
        // A jump back may allow older rows again; the layout keeps its first
        // row (laying out thousands of rows again would stall the jump)
        // unless the moment jumped to is older than it.
        if key != self.key || (base < self.base && total <= self.base) || self.tops.is_empty() {
            *self = Layout {
                key,
                branch: trace.branch.0,
                base,
                tops: vec![0],
                ..Layout::default()
            };
        }
        // The oldest rows were forgotten: drop them, and move the rest up.
        if base > self.base {
            let gone = ((base - self.base) as usize).min(self.lines.len());
            let shift = self.tops[gone];
            self.tops.drain(..gone);
            self.times.drain(..gone);
            self.lines.drain(..gone);
            for top in &mut self.tops {
                *top -= shift;
            }
            self.base = base;
        }
        // A branch: the rows after its start are other rows.
        if trace.branch.0 != self.branch {
            let kept = (trace.branch.1.saturating_sub(self.base) as usize).min(self.lines.len());
            self.tops.truncate(kept + 1);
            self.times.truncate(kept);
            self.lines.truncate(kept);
            self.branch = trace.branch.0;
        }
        let row_label = crate::components::lazy::installed(ROW_LABEL);
        let mut other = *numbering;
        other.relative = !other.relative;
        let from = self.base + self.lines.len() as u32;
        let to = total.min(from.saturating_add(u32::try_from(budget).unwrap_or(u32::MAX)));
        for row in from..to {
            let time = trace
                .rows
                .get(row as usize)
                .and_then(|&i| trace.trace.get(i as usize))
                .map_or(0, |e| e.time.as_millis());
            let gap = self
                .times
                .last()
                .map_or(0, |&before| time.saturating_sub(before));
            let lines = [numbering, &other]
                .iter()
                .filter_map(|n| row_label.and_then(|label| label(i18n, trace, row, n)))
                .map(|l| line_count(&l.text, geometry.label_w))
                .max()
                .unwrap_or(1)
                .clamp(1, MAX_LINES);
            let height = gap_px(gap) + lines as u32 * LINE_H + PAD;
            let top = *self.tops.last().unwrap_or(&0);
            self.tops.push(top.saturating_add(height));
            self.times.push(time);
            self.lines.push(lines as u8);
        }
        self.shown = (total.saturating_sub(self.base) as usize).min(self.lines.len());
        to >= total
    }

    /// The last row shown, plus one.
    pub fn end(&self) -> u32 {
        self.base + self.shown as u32
    }

    /// A fresh layout of `trace` at `geometry`.
    pub fn of(i18n: &I18n, trace: &TraceRef, numbering: &Numbering, geometry: &Geometry) -> Layout {
        let mut layout = Layout::default();
        layout.update(i18n, trace, numbering, geometry, usize::MAX);
        layout
    }

    fn at(&self, row: u32) -> usize {
        (row.saturating_sub(self.base) as usize).min(self.shown)
    }

    /// The first row laid out.
    pub fn base(&self) -> u32 {
        self.base
    }

    /// Where a row starts (its gap first).
    pub fn top(&self, row: u32) -> u32 {
        self.tops[self.at(row)]
    }

    /// A row's height, gap included.
    pub fn height(&self, row: u32) -> u32 {
        let i = self.at(row);
        match (i < self.shown, self.tops.get(i + 1)) {
            (true, Some(next)) => next - self.tops[i],
            _ => ROW_H,
        }
    }

    /// The gap before a row's event.
    pub fn gap(&self, row: u32) -> u32 {
        let i = self.at(row);
        let before = i.checked_sub(1).and_then(|j| self.times.get(j));
        match (before, self.times.get(i)) {
            (Some(b), Some(t)) => gap_px(t.saturating_sub(*b)),
            _ => 0,
        }
    }

    /// The time since the row before, when it is long enough to be marked.
    pub fn marked_gap(&self, row: u32) -> Option<u64> {
        let i = self.at(row);
        let gap = self
            .times
            .get(i)?
            .saturating_sub(*self.times.get(i.checked_sub(1)?)?);
        (gap >= MARKED_GAP_MS).then_some(gap)
    }

    /// Whether the row is at a new instant (its time is worth writing).
    pub fn new_instant(&self, row: u32) -> bool {
        let i = self.at(row);
        i == 0 || self.times.get(i) != self.times.get(i - 1)
    }

    /// The centre of a row's first line: where its arrows start and end.
    pub fn y(&self, row: u32) -> u32 {
        self.top(row) + self.gap(row) + PAD / 2 + LINE_H / 2
    }

    /// Lines of a row's label.
    pub fn lines(&self, row: u32) -> usize {
        self.lines.get(self.at(row)).map_or(1, |&l| usize::from(l))
    }

    /// The height of the rows shown (segments in flight end a row below).
    pub fn bottom(&self) -> u32 {
        self.tops[self.shown]
    }

    /// The row shown at height `y` (the last if below all).
    pub fn row_at(&self, y: u32) -> u32 {
        let i = self.tops[..=self.shown].partition_point(|&top| top <= y);
        self.base + (i.saturating_sub(1) as u32).min(self.shown.saturating_sub(1) as u32)
    }
}

/// How a marked gap is written: "… 59.8 s …".
pub fn gap_text(gap_ms: u64) -> String {
    format!("… {} …", clock(gap_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_to_the_room_they_have_and_never_lose_a_character() {
        let text = "SYN,ACK seq=4294967295 ack=1 win=65535 (retransmission 2)";
        for max in [60, 90, 150, 400] {
            let lines = wrap(text, max);
            assert!(
                lines
                    .iter()
                    .all(|l| text_width(l) <= max || l.chars().count() == 1),
                "{lines:?}"
            );
            assert_eq!(lines.join(" ").replace(' ', ""), text.replace(' ', ""));
        }
        assert_eq!(wrap("LISTEN", 200), vec!["LISTEN"]);
        // Chinese breaks between characters.
        assert!(wrap("重传计时器触发了一次又一次", 60).len() >= 3);
    }

    /// The first, plain implementation: [`wrap`] must break exactly as it did.
    fn wrap_reference(text: &str, max: u32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let joined = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&joined) <= max {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                let mut longer = line.clone();
                longer.push(c);
                if text_width(&longer) > max && !line.is_empty() {
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                } else {
                    line = longer;
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    #[test]
    fn wrapping_breaks_exactly_as_the_plain_implementation_did() {
        let words = [
            "SYN,ACK",
            "seq=4294967295",
            "",
            "ack=1",
            "重传计时器",
            "a",
            "win=65535",
            "(retransmission",
            "2)",
        ];
        // A fixed pseudo-random walk over words, widths and spacing.
        let mut x: u32 = 7;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(x % 7) {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                if !text.is_empty() || x.is_multiple_of(5) {
                    text.push(' ');
                }
                text.push_str(words[(x >> 8) as usize % words.len()]);
            }
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let max = 5 + (x >> 10) % 200;
            let expected = wrap_reference(&text, max);
            assert_eq!(wrap(&text, max), expected, "{text:?} at {max}");
            assert_eq!(line_count(&text, max), expected.len());
        }
    }

    #[test]
    fn gaps_grow_slowly_with_time() {
        assert_eq!(gap_px(0), 0);
        assert!(gap_px(1) < gap_px(100) && gap_px(100) < gap_px(1000));
        assert_eq!(gap_px(u64::MAX), 36);
    }

    #[test]
    fn columns_leave_room_for_labels_at_a_phone_and_a_laptop_width() {
        for width in [345, 720, 1600] {
            let g = Geometry::new(width);
            assert!(g.client_x < g.server_x && g.server_x + GUTTER + g.label_w <= g.width);
            assert!(g.label_w >= 80, "{width}: {g:?}");
        }
    }
}
