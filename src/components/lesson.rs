//! The lesson bar: narration and the button to the next step.

use crate::i18n::use_i18n;
use crate::state::{Action, Lesson};
use yew::prelude::*;

/// Props of [`LessonBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The lesson.
    pub lesson: Lesson,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Narration and stepping.
#[function_component]
pub fn LessonBar(props: &Props) -> Html {
    let i18n = use_i18n();
    let next = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::LessonNext))
    };
    let leave = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::LeaveLesson))
    };
    let hint = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::ShowHint))
    };
    let l = &props.lesson;
    let challenge = l.is_challenge();
    // When the last step removes the Next step button, the focus moves to
    // the button beside it instead of falling to the page.
    let leave_button = use_node_ref();
    {
        let leave_button = leave_button.clone();
        use_effect_with(l.done, move |&done| {
            let document = web_sys::window().and_then(|w| w.document());
            let lost = document
                .and_then(|d| {
                    d.active_element()
                        .map(|a| Some(a) == d.body().map(Into::into))
                })
                .unwrap_or(true);
            if done && lost {
                if let Some(button) = leave_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    html! {
        <section class={classes!("lesson", challenge.then_some("challenge"))} aria-label={i18n.t(if challenge { "lesson-challenge" } else { "lesson-lesson" })}>
            <h2>{ if l.title.text.is_empty() { i18n.t("lesson-untitled") } else { l.title.get(&i18n) } }</h2>
            <div class="narration-area">
                if let Some(text) = &l.narration {
                    <p class="narration" aria-live="polite">{text.get(&i18n)}</p>
                } else if !l.done {
                    <p class="narration hint">{i18n.t("lesson-start")}</p>
                }
                if let Some(text) = &l.preview {
                    <p class="preview"><strong>{i18n.t("lesson-preview")}</strong>{" "}<span class="preview-text">{text.get(&i18n)}</span></p>
                }
            </div>
            if l.completed {
                <p class="success" role="status" data-testid="challenge-complete">{i18n.t("lesson-goal-reached")}</p>
            } else if l.done && !challenge {
                <p class="narration">{i18n.t("lesson-end")}</p>
            }
            if l.hints_shown > 0 {
                <ol class="hints">{ for l.hints.iter().take(l.hints_shown).map(|h| html! { <li>{h.get(&i18n)}</li> }) }</ol>
            }
            <div class="buttons">
                if !l.done {
                    <button class="primary" onclick={next}>{i18n.t("lesson-next")}</button>
                }
                if challenge && !l.completed && l.hints_shown < l.hints.len() {
                    <button onclick={hint}>{i18n.f("lesson-hint", &[("n", (l.hints_shown + 1).into()), ("of", l.hints.len().into())])}</button>
                }
                <button ref={leave_button} onclick={leave}>{ i18n.t(if challenge { "lesson-leave-challenge" } else { "lesson-take-over" }) }</button>
            </div>
        </section>
    }
}
