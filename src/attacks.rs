//! Regression tests: the links and files that once crashed the page, ran
//! it out of memory or froze it. Each replays through the same restore as
//! a share link, and the views draw what it left.

use crate::components::ladder::layout::{Geometry, Layout};
use crate::components::ladder::{flight_shapes, row_shapes, to_svg, TraceRef, ROW_H};
use crate::i18n::I18n;
use crate::state::{
    restore, Action, AppState, Source, SLICE_EVENTS, TIMELINE_BYTES, TIMELINE_STEPS,
};
use std::time::Duration;
use tcp_engine::history::SIGNALS_KEPT;
use tcp_engine::limits::{
    MAX_EVENTS_PER_SESSION, MAX_EVENTS_PER_STEP, MAX_IN_FLIGHT, MAX_STATEMENTS,
};
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{CallSpec, Stmt};
use tcp_engine::sim::Side;
use yew::Reducible;

fn notice(state: &crate::state::AppState) -> String {
    state
        .notice
        .as_ref()
        .map(|n| n.text.render(&I18n::english_with_rules()))
        .unwrap_or_default()
}

#[test]
fn huge_delays_and_advances_draw_without_overflow() {
    let mut text = String::from("set latency 4294967295m\nserver listen\nclient connect\n");
    for _ in 0..30 {
        text.push_str("delay 4294967295m\nadvance 4294967295m\n");
    }
    text.push_str("inject server>client ACK\n");
    let state = restore(Source::Link, &text, 1).expect("the link parses");
    let trace = TraceRef::of(&state);
    let (i18n, numbering) = (
        I18n::english_with_rules(),
        Numbering::new(true, &state.sim.snapshot()),
    );
    let rows = trace.rows.len() as u32;
    let geometry = Geometry::new(720);
    let layout = Layout::of(&i18n, &trace, &numbering, &geometry);
    for row in 0..rows {
        row_shapes(&i18n, &trace, &layout, &geometry, row, &numbering);
    }
    for flight in state.sim.wire().iter() {
        flight_shapes(&trace, &layout, &geometry, flight, state.sim.now());
    }
    // Gaps of 4294967295 minutes are marked, and rows stay finite.
    assert!(layout.bottom() < 100_000);
    assert!(!state.sim.wire().is_empty(), "{}", notice(&state));
}

#[test]
fn sixteen_thousand_injects_on_a_slow_wire_stop_at_the_wire_limit() {
    let mut text = String::from("set latency 4294967295m\n");
    text.push_str(&"inject client>server ACK\n".repeat(16_000));
    let state = restore(Source::Link, &text, 1).expect("the link parses");
    assert_eq!(state.sim.wire().len(), MAX_IN_FLIGHT);
    let message = notice(&state);
    assert!(
        message.contains(&format!("line {}", MAX_IN_FLIGHT + 2)) && message.contains("10000"),
        "{message}"
    );
    // Undo history shares what did not change and is capped by size.
    assert!(state.timeline.len() <= TIMELINE_STEPS);
    let owned: usize = state.timeline.iter().map(|c| c.bytes()).sum();
    assert!(owned <= TIMELINE_BYTES, "{owned} bytes of history");
}

#[test]
fn twenty_thousand_refused_closes_keep_a_bounded_memory_of_signals() {
    let text = "client close\n".repeat(20_000);
    let state = restore(Source::Link, &text, 1).expect("the link parses");
    let told = state.sim.app(Side::Client).signals();
    assert_eq!(told.len(), SIGNALS_KEPT);
    assert_eq!(
        state.session.len(),
        20_000,
        "every refused call is kept in the session"
    );
    assert!(state.timeline.len() <= TIMELINE_STEPS + 1);
}

#[test]
fn a_million_runs_are_refused_at_the_statement_limit() {
    let text = "run\n".repeat(1_000_000);
    let Err(message) = restore(Source::Link, &text, 1) else {
        panic!("a link of a million statements replays");
    };
    let message = message.render(&I18n::english_with_rules());
    assert!(
        message.contains(&format!("at most {MAX_STATEMENTS} statements")),
        "{message}"
    );
}

#[test]
fn a_huge_word_is_not_quoted_whole() {
    let text = format!("client {}\n", "x".repeat(1_000_000));
    let Err(message) = restore(Source::File, &text, 1) else {
        panic!("parses");
    };
    assert!(message.render(&I18n::english_with_rules()).len() < 400);
}

#[test]
fn endless_loss_stops_at_the_session_limit() {
    let mut text = String::from(
        "set loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\n",
    );
    text.push_str(&"advance 11999m\n".repeat(400));
    let state = restore(Source::Link, &text, 1).expect("the link parses");
    let message = notice(&state);
    assert!(
        message.contains(&format!("{MAX_EVENTS_PER_SESSION} events")),
        "{message}"
    );
    assert!(state.sim.trace().len() <= MAX_EVENTS_PER_SESSION + 1000);
}

/// A session whose next `advance` fires tens of thousands of timeouts.
fn endless_retries() -> std::rc::Rc<AppState> {
    let text = "set loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\n";
    std::rc::Rc::new(restore(Source::Link, text, 1).expect("the link parses"))
}

fn advance(minutes: u64) -> Action {
    Action::Do(Stmt::Advance(Duration::from_secs(minutes * 60)))
}

#[test]
fn one_long_step_runs_in_slices_and_ends_as_in_one_go() {
    let mut state = endless_retries();
    let start = state.sim.trace().len();
    let mut one_go = state.sim.clone();
    one_go.advance(Duration::from_secs(50_000 * 60)).unwrap();
    state = state.reduce(advance(50_000));
    let mut slices = 1;
    while state.busy() {
        // Each slice is bounded, and the student's actions wait.
        assert!(state.sim.trace().len() - start <= slices * (SLICE_EVENTS * 2));
        assert_eq!(state.clone().reduce(Action::Undo).cursor, state.cursor);
        state = state.reduce(Action::Continue);
        slices += 1;
    }
    assert!(slices > 2, "{slices} slices");
    assert_eq!(state.sim.snapshot(), one_go.snapshot());
    assert_eq!(
        state.session.last(),
        Some(&Stmt::Advance(Duration::from_secs(50_000 * 60)))
    );
    // One step of the timeline, one undo away.
    let undone = state.clone().reduce(Action::Undo);
    assert_eq!(undone.sim.trace().len(), start);
}

#[test]
fn a_long_step_that_reaches_a_limit_is_undone_whole() {
    let mut state = endless_retries();
    let (start, session) = (state.sim.trace().len(), state.session.len());
    state = state.reduce(advance(4_294_967_295));
    while state.busy() {
        state = state.reduce(Action::Continue);
    }
    assert!(
        notice(&state).contains(&MAX_EVENTS_PER_STEP.to_string()),
        "{}",
        notice(&state)
    );
    assert_eq!(
        (state.sim.trace().len(), state.session.len()),
        (start, session)
    );
}

#[test]
fn stopping_a_long_step_undoes_it_and_keeps_what_came_before() {
    let mut state = endless_retries();
    let (start, session, steps) = (
        state.sim.trace().len(),
        state.session.len(),
        state.timeline.len(),
    );
    let rows = state.rows.len();
    state = state.reduce(advance(50_000));
    assert!(state.busy());
    state = state.reduce(Action::Continue).reduce(Action::Stop);
    assert!(!state.busy());
    assert_eq!(state.sim.trace().len(), start);
    assert_eq!(state.session.len(), session);
    assert_eq!(state.rows.len(), rows);
    assert_eq!(state.timeline.len(), steps);
    assert!(notice(&state).contains("undone"), "{}", notice(&state));
    // And the session goes on from there.
    state = state.reduce(Action::Do(Stmt::Call(Side::Client, CallSpec::Abort)));
    assert_eq!(state.session.len(), session + 1);
}

#[test]
fn a_link_with_one_long_line_replays_in_slices() {
    let text = "set loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\nadvance 50000m\nclient abort\n";
    let mut state =
        std::rc::Rc::new(AppState::new(1)).reduce(Action::Restore(Source::Link, text.to_string()));
    let mut slices = 0;
    while state.busy() {
        state = state.reduce(Action::Continue);
        slices += 1;
    }
    assert!(slices > 3, "{slices} slices");
    assert_eq!(state.session.len(), 7);
    assert!(state.notice.is_none(), "{}", notice(&state));
    let whole = restore(Source::Link, text, 1).unwrap();
    assert_eq!(state.sim.snapshot(), whole.sim.snapshot());
}

#[test]
fn a_lesson_step_with_a_long_line_goes_on_after_it() {
    let lesson = "title \"Waiting\"\nset loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\nsay \"Wait long.\"\nadvance 50000m\nclient abort\nsay \"Done.\"\nclient close\n";
    let mut state = std::rc::Rc::new(AppState::new(1)).reduce(Action::LoadLesson(lesson.into()));
    let steps = state.timeline.len();
    state = state.reduce(Action::LessonNext);
    assert!(state.busy());
    while state.busy() {
        state = state.reduce(Action::Continue);
    }
    assert_eq!(
        state.session.last(),
        Some(&Stmt::Call(Side::Client, CallSpec::Abort))
    );
    // The narration of the step that ran, and a preview of the next.
    let lesson = state.lesson.as_ref().unwrap();
    let text = |n: &Option<crate::i18n::Localized>| n.as_ref().map(|n| n.text.clone());
    assert_eq!(text(&lesson.narration).as_deref(), Some("Wait long."));
    assert_eq!(text(&lesson.preview).as_deref(), Some("Done."));
    assert_eq!(state.timeline.len(), steps + 1, "one lesson step, one undo");
}

#[test]
fn after_one_step_of_many_events_every_row_drawn_has_its_event() {
    let mut state = endless_retries().reduce(advance(50_000));
    while state.busy() {
        state = state.reduce(Action::Continue);
    }
    let trace = TraceRef::of(&state);
    assert!(trace.trace.first_kept() > 0, "history was forgotten");
    let (base, total) = (trace.base(), trace.rows.len() as u32);
    assert!(base > 0 && base < total);
    let i18n = I18n::english_with_rules();
    let numbering = Numbering::new(true, &state.sim.snapshot());
    let geometry = Geometry::new(720);
    let layout = Layout::of(&i18n, &trace, &numbering, &geometry);
    for row in base..total {
        assert!(
            !row_shapes(&i18n, &trace, &layout, &geometry, row, &numbering).is_empty(),
            "row {row}"
        );
    }
    // The row before is forgotten: not drawn, and not placed.
    assert!(row_shapes(&i18n, &trace, &layout, &geometry, base - 1, &numbering).is_empty());
    // The export starts at the first row drawn, and says it is partial.
    let (svg, _, height) = to_svg(
        &i18n,
        &trace,
        0,
        &[],
        state.sim.now(),
        &numbering,
        crate::components::ladder::Frame::Strip,
    );
    assert!(height > (total - base) * ROW_H, "every row kept is drawn");
    assert!(
        svg.contains("(the part of the session kept)"),
        "{}",
        &svg[..600]
    );
}

#[test]
fn the_ladder_layout_kept_across_steps_is_the_layout_made_afresh() {
    use crate::state::Action as A;
    let i18n = I18n::english_with_rules();
    let geometry = Geometry::new(720);
    let text = "server listen\nclient connect\nrun\nclient send \"hello\"\nrun\n";
    let mut state = std::rc::Rc::new(restore(Source::Link, text, 1).unwrap());
    let numbering = Numbering::new(true, &state.sim.snapshot());
    let mut kept = Layout::default();
    let check = |state: &AppState, kept: &mut Layout| {
        let trace = TraceRef::of(state);
        // A frame at a time, as the page does.
        while !kept.update(&i18n, &trace, &numbering, &geometry, 3) {}
        let fresh = Layout::of(&i18n, &trace, &numbering, &geometry);
        let rows = trace.rows.len() as u32;
        assert_eq!(kept.bottom(), fresh.bottom());
        for row in 0..rows {
            assert_eq!(
                (kept.top(row), kept.y(row)),
                (fresh.top(row), fresh.y(row)),
                "row {row}"
            );
        }
    };
    check(&state, &mut kept);
    // Back in time, forward again, then a new branch from the past.
    for action in [A::Undo, A::Undo, A::Redo, A::Undo] {
        state = state.reduce(action);
        check(&state, &mut kept);
    }
    state = state.reduce(A::Do(Stmt::Call(Side::Client, CallSpec::Abort)));
    check(&state, &mut kept);
    state = state.reduce(A::Do(Stmt::Advance(Duration::from_secs(90))));
    check(&state, &mut kept);
}
