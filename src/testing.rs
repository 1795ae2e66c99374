//! Drivers for fuzzing the app's own logic natively: the reducer under
//! random actions, share links and saved sessions, the ladder's arithmetic
//! and imported files. Whatever the bytes, nothing may panic or loop, and
//! what must hold holds. Used by the cargo-fuzz targets in `fuzz/` and, on
//! saved and pseudo-random inputs, by the normal tests.

use crate::components::ladder::layout::{gap_px, wrap, Geometry, Layout};
use crate::components::ladder::{along, flight_shapes, row_shapes, TraceRef};
use crate::i18n::I18n;
use crate::state::{restore, Action, AppState, Source, WireOp, TIMELINE_BYTES, TIMELINE_STEPS};
use std::rc::Rc;
use std::time::Duration;
use tcp_engine::limits::MAX_IN_FLIGHT;
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{CallSpec, Payload, SegSpec, SeqExpr, Setting, Stmt};
use tcp_engine::sim::{Selector, Side};
use tcp_engine::Flags;
use yew::Reducible;

/// A tiny cursor over the fuzzer's bytes.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    fn u32(&mut self) -> u32 {
        (0..4).fold(0, |n, _| (n << 8) | u32::from(self.byte().unwrap_or(0)))
    }
    fn side(&mut self) -> Side {
        if self.byte().unwrap_or(0).is_multiple_of(2) {
            Side::Client
        } else {
            Side::Server
        }
    }
}

fn action(b: &mut Bytes) -> Option<Action> {
    let side = b.side();
    let sel = Selector {
        from: None,
        n: usize::from(b.byte()? % 4),
    };
    Some(match b.byte()? % 28 {
        0 => Action::Do(Stmt::Call(side, CallSpec::Listen)),
        1 => Action::Do(Stmt::Call(side, CallSpec::Connect)),
        2 => Action::Do(Stmt::Call(side, CallSpec::Close)),
        3 => Action::Do(Stmt::Call(side, CallSpec::Abort)),
        4 => Action::Do(Stmt::Call(
            side,
            CallSpec::Send(Payload::Filler(b.u32() % 5000)),
        )),
        5 => Action::Do(Stmt::Deliver(sel)),
        6 => Action::Do(Stmt::Drop(sel)),
        7 => Action::Do(Stmt::Duplicate(sel)),
        8 => Action::Do(Stmt::Delay(
            sel,
            Duration::from_millis(u64::from(b.u32()) * 60_000),
        )),
        9 => Action::Do(Stmt::Inject(
            side,
            SegSpec {
                flags: Flags::from_bits(b.byte()?),
                seq: Some(SeqExpr::Num(b.u32())),
                ack: Some(SeqExpr::Num(b.u32())),
                ..SegSpec::default()
            },
        )),
        10 => Action::Do(Stmt::Set(Setting::Auto(side, b.byte()?.is_multiple_of(2)))),
        11 => Action::Do(Stmt::Release(side, usize::from(b.byte()? % 3), None)),
        12 => Action::Do(Stmt::Discard(side, usize::from(b.byte()? % 3))),
        13 => Action::Do(Stmt::Advance(Duration::from_millis(
            u64::from(b.u32()) * 60_000,
        ))),
        14 => Action::Do(Stmt::Set(Setting::Latency(Duration::from_millis(
            u64::from(b.u32()) * 60_000,
        )))),
        15 => Action::Do(Stmt::Set(Setting::Loss(b.byte()? % 101))),
        // As the settings form allows: at least 1 ms.
        16 => Action::Do(Stmt::Set(Setting::Rto(Duration::from_millis(
            u64::from(b.u32()).max(1),
        )))),
        17 => Action::Do(Stmt::Set(Setting::Retries(b.u32()))),
        18 => Action::Tick(Duration::from_millis(u64::from(b.byte()?) * 50)),
        19 => Action::StepEvent,
        20 => Action::NextTimer,
        21 => Action::Undo,
        22 => Action::Redo,
        23 => Action::Do(Stmt::Call(
            side,
            CallSpec::Read((b.byte()? % 2 == 0).then(|| b.u32() % 5000)),
        )),
        24 => Action::Do(Stmt::Set(Setting::Autoread(
            side,
            b.byte()?.is_multiple_of(2),
        ))),
        26 => Action::Do(Stmt::Set(Setting::DelayedAck(b.byte()?.is_multiple_of(2)))),
        25 => Action::OnWire(
            u64::from(b.byte()?),
            match b.byte()? % 4 {
                0 => WireOp::Deliver,
                1 => WireOp::Drop,
                2 => WireOp::Duplicate,
                _ => WireOp::Delay(Duration::from_millis(u64::from(b.byte()?) * 10)),
            },
        ),
        _ => Action::Jump(usize::from(b.byte()?)),
    })
}

/// Draws every row and segment in flight of `state`'s ladder: no panic.
fn draw(state: &AppState) {
    let trace = TraceRef::of(state);
    let (i18n, numbering) = (I18n::english(), Numbering::new(true, &state.sim.snapshot()));
    let rows = trace.rows.len() as u32;
    for width in [345, 720] {
        let geometry = Geometry::new(width);
        let layout = Layout::of(&i18n, &trace, &numbering, &geometry);
        for row in rows.saturating_sub(200)..rows {
            row_shapes(&i18n, &trace, &layout, &geometry, row, &numbering);
        }
        for flight in state.sim.wire().iter().take(200) {
            flight_shapes(&trace, &layout, &geometry, flight, state.sim.now());
        }
    }
}

fn check(state: &AppState) {
    assert!(state.sim.wire().len() <= MAX_IN_FLIGHT);
    assert!(state.timeline.len() <= TIMELINE_STEPS + 1);
    let owned: usize = state.timeline.iter().map(|c| c.bytes()).sum();
    let newest: usize = state.timeline.iter().rev().take(2).map(|c| c.bytes()).sum();
    assert!(
        owned <= TIMELINE_BYTES.max(newest),
        "{owned} bytes of history"
    );
}

/// The reducer under random actions; then the session it recorded must
/// replay to the same place, as a reload or a share link would.
pub fn exercise_reducer(data: &[u8]) {
    let mut b = Bytes(data);
    let mut state = Rc::new(AppState::new(b.u32()));
    let mut steps = 0;
    while let Some(action) = action(&mut b) {
        state = state.reduce(action);
        // Long work goes on in slices, as the page runs them; sometimes
        // the student stops it.
        while state.busy() {
            let stop = b.byte().is_none_or(|x| x < 16);
            state = state.reduce(if stop { Action::Stop } else { Action::Continue });
        }
        steps += 1;
        if steps > 60 {
            break;
        }
    }
    check(&state);
    draw(&state);
    let text = state.session_text();
    let replayed = restore(Source::Saved, &text, 1).expect("a recorded session parses");
    if replayed.notice.is_none() {
        assert_eq!(
            replayed.session_text(),
            text,
            "a recorded session replays whole"
        );
        assert_eq!(replayed.sim.now(), state.sim.now());
    }
}

/// Any text as a share link or a saved session: refused with a message,
/// or replayed and drawn.
pub fn exercise_restore(data: &[u8]) {
    if let Ok(code) = std::str::from_utf8(data) {
        let _ = crate::share::decode(code);
    }
    let text = String::from_utf8_lossy(data);
    if let Ok(state) = restore(Source::Link, &text, 1) {
        check(&state);
        draw(&state);
    }
}

/// The ladder's position arithmetic with any times.
pub fn exercise_layout(data: &[u8]) {
    let mut b = Bytes(data);
    let (x1, x2) = (b.u32() % 2000, b.u32() % 2000);
    let done = (u64::from(b.u32()) << 32) | u64::from(b.u32());
    let span = (u64::from(b.u32()) << 32) | u64::from(b.u32());
    let x = along(x1, x2, done, span);
    assert!(x >= x1.min(x2) && x <= x1.max(x2), "{x} outside {x1}..{x2}");
    // Rows and labels: any gap, any width, any text.
    let _ = gap_px(done);
    let geometry = Geometry::new(b.u32());
    assert!(geometry.server_x + geometry.label_w <= geometry.width);
    let text = String::from_utf8_lossy(b.0);
    let lines = wrap(&text, geometry.label_w);
    assert_eq!(
        lines.concat().chars().filter(|c| *c != ' ').count(),
        text.chars().filter(|c| *c != ' ').count()
    );
}

/// A capped read ([`crate::stream::read_capped`]) of any pieces, any limit
/// and a source that may wait or fail: it returns exactly what arrived
/// while that fits, says too large the moment a piece passes the limit,
/// and never asks the source again after the end, a failure or the limit.
pub fn exercise_stream(data: &[u8]) {
    use crate::stream::{read_capped, Stop};
    use std::cell::{Cell, RefCell};
    use std::future::{poll_fn, Future};
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    let mut b = Bytes(data);
    // Small limits meet the edges; a scale byte reaches pieces of megabytes.
    let scale = 1usize << (b.byte().unwrap_or(0) % 21);
    let limit = (b.u32() as usize % 4096) * scale / 64;
    // Each piece: its length, its fill, whether the source waits first,
    // and whether the source fails instead.
    let mut pieces = Vec::new();
    while let (Some(len), Some(fill), Some(how)) = (b.byte(), b.byte(), b.byte()) {
        pieces.push((
            usize::from(len) * scale / 16,
            fill,
            how % 4 == 0,
            how == 255,
        ));
    }
    let asked = Cell::new(0usize);
    let done = Cell::new(false);
    let source = RefCell::new(pieces.clone().into_iter());
    let next = || {
        assert!(
            !done.get(),
            "the source is not asked again once it has ended"
        );
        asked.set(asked.get() + 1);
        let item = source.borrow_mut().next();
        let mut waited = false;
        poll_fn(move |cx| {
            if let Some((_, _, true, _)) = item {
                if !std::mem::replace(&mut waited, true) {
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
            }
            Poll::Ready(match item {
                None => Ok(None),
                Some((_, _, _, true)) => Err(()),
                Some((len, fill, _, _)) => Ok(Some(vec![fill; len])),
            })
        })
    };
    let mut read = pin!(read_capped(limit, || {
        let piece = next();
        async {
            let out = piece.await;
            // Whatever ends the read: the end, a failure, or past the limit
            // (checked below by the count of pieces asked for).
            if !matches!(out, Ok(Some(_))) {
                done.set(true);
            }
            out
        }
    }));
    let mut cx = Context::from_waker(Waker::noop());
    let result = loop {
        if let Poll::Ready(result) = read.as_mut().poll(&mut cx) {
            break result;
        }
    };
    // What should have happened, piece by piece.
    let mut total = 0usize;
    let mut expected = Vec::new();
    let mut outcome = None;
    let mut wanted = 0;
    for &(len, fill, _, fails) in &pieces {
        wanted += 1;
        if fails {
            outcome = Some(Err(Stop::Failed(())));
            break;
        }
        total += len;
        if total > limit {
            outcome = Some(Err(Stop::TooLarge));
            break;
        }
        expected.extend(std::iter::repeat_n(fill, len));
    }
    let outcome = outcome.unwrap_or_else(|| {
        wanted += 1;
        Ok(expected)
    });
    assert_eq!(
        asked.get(),
        wanted,
        "asked for exactly the pieces it needed"
    );
    assert_eq!(result, outcome);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pseudo_random(seed: u64, n: usize, len: usize) -> Vec<Vec<u8>> {
        let mut state = seed;
        (0..n)
            .map(|_| {
                (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        state as u8
                    })
                    .collect()
            })
            .collect()
    }

    /// A cheap stand-in for the fuzzers in every test run.
    #[test]
    fn random_actions_links_and_layouts_pass() {
        for data in pseudo_random(0x5eed, 40, 300) {
            exercise_reducer(&data);
            exercise_restore(&data);
            exercise_layout(&data);
            exercise_stream(&data);
        }
    }

    /// Inputs the fuzzers found, kept: `fuzz/regressions/app/*`.
    #[test]
    fn saved_app_inputs_pass() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/app");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let data = std::fs::read(entry.path()).unwrap();
            exercise_reducer(&data);
            exercise_restore(&data);
            exercise_layout(&data);
            exercise_stream(&data);
        }
    }
}
