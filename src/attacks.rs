//! Regression tests: the links and files that once crashed the page, ran
//! it out of memory or froze it. Each replays through the same restore as
//! a share link, and the views draw what it left.

use crate::components::ladder::{flight_shapes, row_shapes, TraceRef};
use crate::i18n::I18n;
use crate::state::{restore, Source, TIMELINE_BYTES, TIMELINE_STEPS};
use tcp_engine::endpoint::SIGNALS_KEPT;
use tcp_engine::limits::{MAX_EVENTS_PER_SESSION, MAX_IN_FLIGHT, MAX_STATEMENTS};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Side;

fn notice(state: &crate::state::AppState) -> String {
    state
        .notice
        .as_ref()
        .map(|n| n.text.render(&I18n::english()))
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
    let trace = TraceRef {
        session_id: 1,
        trace: state.sim.trace().clone(),
        rows: state.rows.clone(),
        sent_row: state.sent_row.clone(),
    };
    let (i18n, numbering) = (I18n::english(), Numbering::new(true, &state.sim.snapshot()));
    let rows = trace.rows.len() as u32;
    for row in 0..rows {
        row_shapes(&i18n, &trace, row, &numbering);
    }
    for flight in state.sim.wire().iter() {
        flight_shapes(&i18n, &trace, flight, state.sim.now(), rows, &numbering);
    }
    assert!(!state.sim.wire().is_empty());
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
    let told = state.sim.endpoint(Side::Client).signals();
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
    let message = message.render(&I18n::english());
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
    assert!(message.render(&I18n::english()).len() < 400);
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
