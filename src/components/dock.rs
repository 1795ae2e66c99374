//! What stays at the screen's bottom while the page scrolls, its own place
//! kept at the page's end (so scrolled there it covers nothing): the
//! progress of work under way (a replay, a long step) with its Stop
//! button, and the question asked when the saved session cannot be kept
//! aside; and, in the page's flow, what it says of the student's last
//! action (notices).

use super::lazy::installed;
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
    /// Stops the work under way.
    pub on_stop: &'a Callback<()>,
    /// The saved session cannot be kept aside: where the answer goes.
    pub asking: Option<&'a Callback<Answer>>,
}

/// The dock. A function of the page rather than a component: a component
/// costs the first load more than the little it would spare redrawing.
pub fn dock(i18n: &I18n, props: Props) -> Html {
    // Only the sessions chunk's actions start a replay or a long step; it
    // puts their progress's drawing in place first.
    let working = props.replay.is_some() || props.long.is_some();
    html! {
        <div class="dock">
            if working {
                {installed(PROGRESS).map(|progress| progress(i18n, &props))}
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
        </div>
    }
}

/// Draws [`progress`].
pub type Progress = fn(&I18n, &Props) -> Html;

crate::installed!(
    /// The progress of work under way, put in place by the sessions chunk.
    pub PROGRESS: Progress = progress
);

/// The progress of a replay or a long step, with its Stop button.
pub fn progress(i18n: &I18n, props: &Props) -> Html {
    let stop = props.on_stop.reform(|_: MouseEvent| ());
    if let Some((source, done, total)) = props.replay {
        html! {
            <div class="replay" role="status" data-testid="replay">
                <span>{i18n.f("replay-progress", &[
                    ("source", source.name().render(i18n).into()),
                    ("done", done.into()),
                    ("total", total.into()),
                ])}</span>
                <progress max={total.to_string()} value={done.to_string()} />
                <button onclick={stop}>{i18n.t("replay-stop")}</button>
            </div>
        }
    } else if let Some((statement, events)) = &props.long {
        html! {
            <div class="replay" role="status" data-testid="replay">
                <span>{i18n.f("long-progress", &[
                    ("statement", statement.to_string().into()),
                    ("events", (*events).into()),
                ])}</span>
                <progress />
                <button onclick={stop}>{i18n.t("long-stop")}</button>
            </div>
        }
    } else {
        Html::default()
    }
}

/// What the page says of the student's last action, in its flow under
/// the wire (on a phone or a tablet, under the endpoints' calls), where it
/// covers nothing (floating, it hid the Why panel): an
/// action refused while work runs (`refused`), and the latest notice with
/// a button to put it away. Each is announced, as a status (an error as
/// an alert).
pub fn notices(
    i18n: &I18n,
    refused: bool,
    notice: Option<&Notice>,
    on_dismiss: &Callback<()>,
) -> Html {
    html! {
        <>
            if refused {
                <p class="notice refused" role="status" data-testid="refused">{i18n.t("busy-refused")}</p>
            }
            if let Some(notice) = notice {
                <div class={classes!("notice", notice.error.then_some("error"))} role={if notice.error { "alert" } else { "status" }}>
                    <span class="text">{notice.text.render(i18n)}</span>
                    <button class="dismiss" onclick={on_dismiss.reform(|_: MouseEvent| ())} aria-label={i18n.t("notice-dismiss")}>{"×"}</button>
                </div>
            }
        </>
    }
}
