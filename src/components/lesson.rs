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
    let l = &props.lesson;
    html! {
        <section class="lesson" aria-label="Lesson">
            <h2>{&l.title}</h2>
            if let Some(text) = &l.narration {
                <p class="narration" aria-live="polite">{text}</p>
            }
            if l.done {
                <p class="narration">{"That is the whole scenario. Everything stays live: keep experimenting, or pick another lesson."}</p>
            }
            <div class="buttons">
                if !l.done {
                    <button class="primary" onclick={next}>{"Next step ▸"}</button>
                }
                <button onclick={leave}>{"Take over (leave the lesson)"}</button>
            </div>
        </section>
    }
}
