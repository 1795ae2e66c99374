//! An endpoint's application, receiving side: the auto-read switch, the
//! receive buffer's fill (RCV.USER of RCV.BUFF) and a Read call.

use crate::i18n::{render, I18n, Text};
use crate::state::{Action, Notice};
use tcp_engine::scenario::{CallSpec, Setting, Stmt};
use tcp_engine::sim::{EndpointView, Side};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Reads what the field says: empty is everything, else a whole number of
/// at least one byte; `Err` carries the text as typed.
fn byte_count(value: &str) -> Result<Option<u32>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<u32>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(value.chars().take(40).collect()),
    }
}

/// The receiving application's controls and the buffer's fill: part of
/// the endpoint's panel (as a component of its own it would cost the first
/// load kilobytes for nothing). `count` is the byte-count field.
pub fn receive_box(
    i18n: &I18n,
    side: Side,
    view: &EndpointView,
    count: &NodeRef,
    dispatch: &Callback<Action>,
) -> Html {
    let (autoread, buffered, size) = (view.config.autoread, view.buffered, view.rcv_buff);
    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| {
            dispatch.emit(Action::Do(Stmt::Set(Setting::Autoread(side, !autoread))))
        })
    };
    let read = {
        let (dispatch, count) = (dispatch.clone(), count.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = count.cast::<HtmlInputElement>() else {
                return;
            };
            dispatch.emit(match byte_count(&input.value()) {
                Ok(n) => Action::Do(Stmt::Call(side, CallSpec::Read(n))),
                Err(typed) => Action::Notify(Notice {
                    error: true,
                    text: Text::msg("ep-read-bad", vec![("value", typed.into())]),
                }),
            })
        })
    };
    let side_name = render::side(i18n, side);
    let title_id = format!("{side}-receive");
    html! {
        <div class="receive" role="group" aria-labelledby={title_id.clone()}>
            <span class="receive-title" id={title_id}>{i18n.t("ep-receive")}</span>
            <label class="auto" title={i18n.t("ep-autoread-help")}>
                <input type="checkbox" checked={autoread} onchange={toggle} />
                {" "}{i18n.t("ep-autoread")}
            </label>
            if !autoread || buffered > 0 {
                <div class="buffer">
                    <meter min="0" max={size.to_string()} value={buffered.to_string()}
                        aria-label={i18n.f("ep-buffer-meter", &[("side", side_name.clone().into())])}></meter>
                    <span data-testid={format!("{side}-buffered")}>
                        {i18n.f("ep-buffer-fill", &[("n", buffered.into()), ("size", size.into())])}
                    </span>
                </div>
                <form class="read" onsubmit={read} novalidate=true>
                    <label>
                        <span class="visually-hidden">{i18n.f("ep-read-label", &[("side", side_name.into())])}</span>
                        <input ref={count.clone()} type="number" min="1" step="1" inputmode="numeric"
                            placeholder={i18n.t("ep-read-placeholder")} />
                    </label>
                    <button type="submit">{i18n.t("ep-read")}</button>
                </form>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::byte_count;

    #[test]
    fn a_read_takes_everything_or_a_positive_whole_number() {
        assert_eq!(byte_count(""), Ok(None));
        assert_eq!(byte_count(" 12 "), Ok(Some(12)));
        assert_eq!(byte_count("0"), Err("0".into()));
        assert_eq!(byte_count("-3"), Err("-3".into()));
        assert_eq!(byte_count("1e3"), Err("1e3".into()));
        assert_eq!(byte_count("99999999999"), Err("99999999999".into()));
    }
}
