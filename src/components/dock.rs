//! What floats over the page instead of pushing it down: the progress of
//! work under way (a replay, a long step) with its Stop button, the
//! question asked when the saved session cannot be kept aside, and the
//! latest notice with a button to put it away.

use crate::i18n::I18n;
use crate::state::{Notice, Source};
use crate::storage::plan::Answer;
use yew::prelude::*;

/// What the dock shows.
pub struct Props<'a> {
    /// A replay under way: from where, statements run, statements in all.
    pub replay: Option<(Source, usize, usize)>,
    /// A long statement under way: the statement, events run so far.
    pub long: Option<(AttrValue, usize)>,
    /// The student acted while work ran and was refused.
    pub refused: bool,
    /// The latest notice.
    pub notice: Option<&'a Notice>,
    /// Stops the work under way.
    pub on_stop: &'a Callback<()>,
    /// Puts the notice away.
    pub on_dismiss: &'a Callback<()>,
    /// The saved session cannot be kept aside: where the answer goes.
    pub asking: Option<&'a Callback<Answer>>,
}

/// Scrolls the page so that the focused control (the one the student
/// just used, which a notice is about) is not under the dock.
pub fn clear_of_dock() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = window.document();
    let dock = document
        .as_ref()
        .and_then(|d| d.query_selector(".dock").ok().flatten());
    let active = document.and_then(|d| d.active_element());
    if let (Some(dock), Some(active)) = (dock, active) {
        let (d, a) = (
            dock.get_bounding_client_rect(),
            active.get_bounding_client_rect(),
        );
        if a.bottom() > d.top() && a.top() < d.bottom() {
            window.scroll_by_with_x_and_y(0.0, a.bottom() - d.top() + 8.0);
        }
    }
}

/// The dock. A function of the page rather than a component: a component
/// costs the first load more than the little it would spare redrawing.
pub fn dock(i18n: &I18n, props: Props) -> Html {
    let stop = props.on_stop.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="dock">
            if let Some((source, done, total)) = props.replay {
                <div class="replay" role="status" data-testid="replay">
                    <span>{i18n.f("replay-progress", &[
                        ("source", source.name().render(i18n).into()),
                        ("done", done.into()),
                        ("total", total.into()),
                    ])}</span>
                    <progress max={total.to_string()} value={done.to_string()} />
                    <button onclick={stop.clone()}>{i18n.t("replay-stop")}</button>
                </div>
            } else if let Some((statement, events)) = &props.long {
                <div class="replay" role="status" data-testid="replay">
                    <span>{i18n.f("long-progress", &[
                        ("statement", statement.to_string().into()),
                        ("events", (*events).into()),
                    ])}</span>
                    <progress />
                    <button onclick={stop}>{i18n.t("long-stop")}</button>
                </div>
            }
            // Beside the progress and its Stop button, while the work runs.
            if props.refused {
                <p class="notice refused" role="status" data-testid="refused">{i18n.t("busy-refused")}</p>
            }
            if let Some(answer) = props.asking {
                // Asked before anything is overwritten: until the student
                // answers, this session is not saved.
                <div class="notice error" data-testid="storage-full">
                    <span class="text" role="alert">{i18n.t("storage-full")}</span>
                    {for [(Answer::Download, "storage-full-download"), (Answer::Replace, "storage-full-replace"), (Answer::Keep, "storage-full-keep")]
                        .map(|(a, key)| html! { <button onclick={answer.reform(move |_: MouseEvent| a)}>{i18n.t(key)}</button> })}
                </div>
            }
            if let Some(notice) = props.notice {
                <div class={classes!("notice", notice.error.then_some("error"))} role={if notice.error { "alert" } else { "status" }}>
                    <span class="text">{notice.text.render(i18n)}</span>
                    <button class="dismiss" onclick={dismiss} aria-label={i18n.t("notice-dismiss")}>{"×"}</button>
                </div>
            }
        </div>
    }
}
