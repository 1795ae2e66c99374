//! The lesson bar: narration and the button to the next step.

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
    html! {
        <section class={classes!("lesson", challenge.then_some("challenge"))} aria-label={if challenge { "Challenge" } else { "Lesson" }}>
            <h2>{&l.title}</h2>
            if let Some(text) = &l.narration {
                <p class="narration" aria-live="polite">{text}</p>
            }
            if l.completed {
                <p class="success" role="status" data-testid="challenge-complete">{"✓ Goal reached. Try another challenge, or keep exploring."}</p>
            } else if l.done && !challenge {
                <p class="narration">{"That is the whole scenario. Everything stays live: keep experimenting, or pick another lesson."}</p>
            }
            if l.hints_shown > 0 {
                <ol class="hints">{ for l.hints.iter().take(l.hints_shown).map(|h| html! { <li>{h}</li> }) }</ol>
            }
            <div class="buttons">
                if !l.done {
                    <button class="primary" onclick={next}>{"Next step ▸"}</button>
                }
                if challenge && !l.completed && l.hints_shown < l.hints.len() {
                    <button onclick={hint}>{format!("Show a hint ({} of {})", l.hints_shown + 1, l.hints.len())}</button>
                }
                <button onclick={leave}>{ if challenge { "Leave the challenge" } else { "Take over (leave the lesson)" } }</button>
            </div>
        </section>
    }
}
