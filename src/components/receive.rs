//! An endpoint's application, receiving side: the auto-read switch, the
//! receive buffer's fill (RCV.USER of RCV.BUFF) and a Read call.

use super::byte_count::{byte_count, error_id, message, Field, Problem};
use crate::i18n::{render, I18n};
use tcp_engine::scenario::{CallSpec, Setting, Stmt};
use tcp_engine::sim::{EndpointView, Side};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The receiving application's controls and the buffer's fill: part of
/// the endpoint's panel (as a component of its own it would cost the first
/// load kilobytes for nothing). `count` is the byte-count field.
pub fn receive_box(
    i18n: &I18n,
    side: Side,
    view: &EndpointView,
    count: &NodeRef,
    problem: &UseStateHandle<Problem>,
    on_do: &Callback<Stmt>,
) -> Html {
    let (autoread, buffered, size) = (view.config.autoread, view.buffered, view.rcv_buff);
    let toggle = {
        let on_do = on_do.clone();
        Callback::from(move |_: Event| on_do.emit(Stmt::Set(Setting::Autoread(side, !autoread))))
    };
    let read = {
        let (on_do, count, problem) = (on_do.clone(), count.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = count.cast::<HtmlInputElement>() else {
                return;
            };
            match byte_count(&input.value()) {
                Ok(n) => {
                    problem.set(None);
                    on_do.emit(Stmt::Call(side, CallSpec::Read(n)));
                }
                // The message stays beside the field until the next try.
                Err(typed) => problem.set(Some((Field::Read, typed))),
            }
        })
    };
    let invalid = matches!(&**problem, Some((Field::Read, _)));
    let side_key = side.name();
    let side_name = render::side(i18n, side);
    let title_id = format!("{side}-receive");
    html! {
        <div class="receive" role="group" aria-labelledby={title_id.clone()}>
            <span class="receive-title" id={title_id}>{i18n.t("ep-receive")}</span>
            <label class="auto">
                <input type="checkbox" checked={autoread} onchange={toggle} />
                {" "}{i18n.t("ep-autoread")}
            </label>
            if !autoread {
                <p class="hint">{i18n.t("ep-autoread-help")}</p>
            }
            if !autoread || buffered > 0 {
                <div class="buffer">
                    <meter min="0" max={size.to_string()} value={buffered.to_string()}
                        aria-label={i18n.f("ep-buffer-meter", &[("side", side_name.clone().into())])}></meter>
                    <span data-testid={format!("{side}-buffered")}>
                        {i18n.f("ep-buffer-fill", &[("n", buffered.into()), ("size", size.into())])}
                    </span>
                </div>
                <form class="read" onsubmit={read}>
                    <label>
                        <span class="visually-hidden">{i18n.f("ep-read-label", &[("side", side_name.into())])}</span>
                        <input ref={count.clone()} type="text" inputmode="numeric" autocomplete="off"
                            placeholder={i18n.t("ep-read-placeholder")} aria-invalid={invalid.to_string()}
                            aria-describedby={invalid.then(|| error_id(side_key, Field::Read))} />
                    </label>
                    <button type="submit">{i18n.t("ep-read")}</button>
                </form>
                {message(i18n, side_key, Field::Read, problem)}
            }
        </div>
    }
}
