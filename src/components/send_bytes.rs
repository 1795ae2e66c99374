//! "Send bytes": the application sends as many filler bytes as the send
//! field says, so that a student can fill a window without typing
//! thousands of letters.

use super::byte_count::{byte_count, error_id, message, Field, Problem};
use crate::i18n::{render, I18n};
use tcp_engine::scenario::{CallSpec, Payload, Stmt};
use tcp_engine::sim::Side;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The button that sends as many bytes as the send field says (the same
/// field as the text: one Tab stop less). `field` is that field.
pub fn send_bytes_button(
    i18n: &I18n,
    side: Side,
    field: &NodeRef,
    problem: &UseStateHandle<Problem>,
    on_do: &Callback<Stmt>,
) -> Html {
    let click = {
        let (on_do, field, problem) = (on_do.clone(), field.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(input) = field.cast::<HtmlInputElement>() else {
                return;
            };
            match byte_count(&input.value()) {
                Ok(Some(n)) => {
                    problem.set(None);
                    input.set_value("");
                    on_do.emit(Stmt::Call(side, CallSpec::Send(Payload::Filler(n))));
                }
                Ok(None) => problem.set(Some((Field::SendBytes, String::new()))),
                Err(typed) => problem.set(Some((Field::SendBytes, typed))),
            }
        })
    };
    let side_name = render::side(i18n, side);
    html! {
        <button type="button" onclick={click}
            title={i18n.f("ep-bytes-help", &[("side", side_name.into())])}>{i18n.t("ep-bytes")}</button>
    }
}

/// The send field's message when its count could not be read.
pub fn send_bytes_message(i18n: &I18n, side: Side, problem: &Problem) -> Html {
    message(i18n, side.name(), Field::SendBytes, problem)
}

/// Whether the send field is marked invalid, and what describes it.
pub fn send_field_state(side: Side, problem: &Problem) -> (bool, Option<String>) {
    let invalid = matches!(problem, Some((Field::SendBytes, _)));
    (
        invalid,
        invalid.then(|| error_id(side.name(), Field::SendBytes)),
    )
}
