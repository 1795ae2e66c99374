//! The lesson bar: narration and the button to the next step.

use super::whole::{bounded, whole, TEXT_CHARS, TITLE_CHARS};
use crate::i18n::{render, use_i18n, I18n, Localized};
use crate::state::{Given, Lesson};
use std::rc::Rc;
use tcp_engine::numbering::Numbering;
use yew::prelude::*;

/// Props of [`LessonBar`].
#[derive(Properties, Clone)]
pub struct Props {
    /// The lesson, as the state shares it (compared by identity: see
    /// [`crate::state::AppState::lesson`]).
    pub lesson: Rc<Lesson>,
    /// Goes to the lesson's next step.
    pub on_next: Callback<()>,
    /// Leaves the lesson (the session stays).
    pub on_leave: Callback<()>,
    /// Shows the challenge's next hint.
    pub on_hint: Callback<()>,
    /// In a course page, with no lesson menu to pick another lesson from.
    #[prop_or_default]
    pub embedded: bool,
    /// The numbering on screen, for the numbers of answers.
    pub numbering: Numbering,
    /// Answers the coming step's questions; the step then runs.
    pub on_answer: Callback<Vec<Given>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        Rc::ptr_eq(&self.lesson, &other.lesson)
            && self.on_next == other.on_next
            && self.on_leave == other.on_leave
            && self.on_hint == other.on_hint
            && self.embedded == other.embedded
            && self.numbering == other.numbering
            && self.on_answer == other.on_answer
    }
}

crate::lazy_part!(
    /// The lesson bar, in a chunk of its own: only lessons show it.
    pub LESSON_BAR, lesson_bar, super::lazy::View<Props>, |p| html! { <LessonBar ..p.clone() /> }
);

/// Narration and stepping.
#[function_component]
pub fn LessonBar(props: &Props) -> Html {
    let i18n = use_i18n();
    let printing = super::scroll::use_printing();
    let next = props.on_next.reform(|_: MouseEvent| ());
    let leave = props.on_leave.reform(|_: MouseEvent| ());
    let hint = props.on_hint.reform(|_: MouseEvent| ());
    let l = &props.lesson;
    let challenge = l.is_challenge();
    // When the last step removes the Next step button, the focus moves to
    // the button beside it instead of falling to the page (not when a
    // challenge opens done: the page's focus is not taken on load).
    let leave_button = use_node_ref();
    let was_done = use_mut_ref(|| l.done);
    {
        let leave_button = leave_button.clone();
        use_effect_with(l.done, move |&done| {
            let became_done = done && !std::mem::replace(&mut *was_done.borrow_mut(), done);
            if !became_done {
                return;
            }
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
    // Answering removes the form: the focus goes to what comes next (the
    // next step's first question, or Next step) rather than to the page.
    {
        let answered = (
            l.asking.as_ref().map(|a| a.say),
            l.step_answers.len(),
            l.stepper.next(),
        );
        // Not when the lesson opens: the page's focus is not taken on load.
        let opened = use_mut_ref(|| false);
        use_effect_with(answered, move |_| {
            if !std::mem::replace(&mut *opened.borrow_mut(), true) {
                return;
            }
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let lost = document
                .active_element()
                .is_none_or(|a| Some(a) == document.body().map(Into::into));
            if lost {
                let first = document
                    .query_selector(
                        ".lesson .quiz select, .lesson .quiz input, .lesson button.primary",
                    )
                    .ok()
                    .flatten();
                if let Some(el) = first
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let (step, steps) = l.progress();
    // A challenge's task stays up; its narration is not shown twice.
    let narration = l.narration.as_ref().filter(|n| Some(*n) != l.task.as_ref());
    // A file's words are drawn bounded, each with its whole text beside.
    // A translation the file carries is marked with its language, so a
    // screen reader speaks it in that language.
    let words = |text: String, max: usize| (html! { {bounded(&text, max)} }, whole(&text, max));
    let said = |text: &Localized, max: usize| match text.get_tagged(&i18n) {
        (text, Some(tag)) => (
            html! { <span lang={tag}>{bounded(&text, max)}</span> },
            whole(&text, max),
        ),
        (text, None) => words(text, max),
    };
    let (title, whole_title) = if l.title.text.is_empty() {
        words(i18n.t("lesson-untitled"), TITLE_CHARS)
    } else {
        said(&l.title, TITLE_CHARS)
    };
    html! {
        <section id={super::skip::LESSON_ID} tabindex="-1" class={classes!("lesson", challenge.then_some("challenge"))} aria-label={i18n.t(if challenge { "lesson-challenge" } else { "lesson-lesson" })}>
            <div class="lesson-head">
                <h2>{title}</h2>
                if !challenge && steps > 0 {
                    <span class="step-count">{i18n.f("lesson-progress", &[("n", step.into()), ("of", steps.into())])}</span>
                }
                {whole_title}
            </div>
            // A lesson that sets the numbering says so: the student's own
            // choice is put back when the lesson is left.
            if let Some(n) = l.numbering() {
                <p class="hint" data-testid="lesson-numbering">{i18n.t(match n {
                    tcp_engine::scenario::Numbering::Real => "lesson-numbering-real",
                    tcp_engine::scenario::Numbering::Relative => "lesson-numbering-relative",
                })}</p>
            }
            if challenge {
                {{
                    let (task, whole) = match &l.task {
                        Some(task) => said(task, TEXT_CHARS),
                        None => words(i18n.f("lesson-goals", &[("goals", l.goals.iter().map(|g| g.to_string()).collect::<Vec<_>>().join("; ").into())]), TEXT_CHARS),
                    };
                    html! { <><p class="task"><strong>{i18n.t("lesson-task")}</strong>{" "}{task}</p>{whole}</> }
                }}
            }
            <div class="narration-area">
                if let Some(text) = narration {
                    {{
                        let (text, whole) = said(text, TEXT_CHARS);
                        html! { <><p class="narration" aria-live="polite">{text}</p>{whole}</> }
                    }}
                } else if !l.done && !challenge {
                    <p class="narration hint">{i18n.t("lesson-start")}</p>
                }
                {super::quiz::step_results(&i18n, l, &props.numbering)}
                if let Some(asking) = &l.asking {
                    <super::quiz::Questions key={asking.say} lesson={l.clone()} relative={props.numbering.relative} on_answer={props.on_answer.clone()} />
                } else if let Some(text) = &l.preview {
                    {{
                        let (text, whole) = said(text, TEXT_CHARS);
                        html! { <><p class="preview"><strong>{i18n.t("lesson-preview")}</strong>{" "}<span class="preview-text">{text}</span></p>{whole}</> }
                    }}
                }
            </div>
            if l.completed {
                <p class="success" role="status" data-testid="challenge-complete">{i18n.t("lesson-goal-reached")}</p>
            } else if l.done && !challenge {
                <p class="narration lesson-end">{i18n.t(if props.embedded { "lesson-end-embed" } else { "lesson-end" })}</p>
            }
            {super::quiz::score(&i18n, l, &props.numbering)}
            // Printed, the bar is a worksheet: every step's narration so
            // far, then ruled space to write (only while printing, so the
            // screen holds each sentence once).
            if printing {
                {worksheet(&i18n, l, &said)}
            }
            if l.hints_shown > 0 {
                <ol class="hints">{ for l.hints.iter().take(l.hints_shown).map(|h| {
                    let (text, whole) = said(h, TEXT_CHARS);
                    html! { <li>{text}{whole}</li> }
                }) }</ol>
            }
            <div class="buttons">
                // With questions open, Next step skips them (the form's
                // button is the primary one then).
                if !l.done {
                    <button class={classes!(l.asking.is_none().then_some("primary"))} onclick={next}>{i18n.t("lesson-next")}</button>
                }
                if challenge && !l.completed && l.hints_shown < l.hints.len() {
                    <button onclick={hint}>{i18n.f("lesson-hint", &[("n", (l.hints_shown + 1).into()), ("of", l.hints.len().into())])}</button>
                }
                <button ref={leave_button} onclick={leave}>{ i18n.t(if challenge { "lesson-leave-challenge" } else { "lesson-take-over" }) }</button>
                // Beside the buttons, so that it costs no height unless a check failed.
                {checks(&i18n, &l.checks, l.done)}
            </div>
        </section>
    }
}

/// The printed worksheet: every step so far with its narration, each
/// step's questions before it (with boxes to tick for the choices, a line
/// to write on for a prediction, and no answers), a word on the ladder's
/// blanks, then ruled space to write.
fn worksheet(i18n: &I18n, l: &Lesson, said: &dyn Fn(&Localized, usize) -> (Html, Html)) -> Html {
    let statements = &l.script.statements;
    let question = |i: usize| {
        let choices = tcp_engine::scenario::choices(statements, i);
        html! {
            <div class="ws-q" data-testid="worksheet-question">
                <p>{super::quiz::question_text(i18n, l, i)}</p>
                if choices.is_empty() {
                    <div class="ws-line" aria-hidden="true"></div>
                } else {
                    { for choices.into_iter().map(|c| html! {
                        <div class="ws-choice"><span class="ws-tick" aria-hidden="true"></span>
                            {crate::state::localized(statements, c, tcp_engine::scenario::Narration::Choice).map(|t| said(&t, usize::MAX).0).unwrap_or_default()}
                        </div>
                    }) }
                }
            </div>
        }
    };
    html! {
        <>
            <ol class="worksheet print-only" data-testid="worksheet-steps">
                { for l.worksheet().into_iter().map(|(n, narration, asks)| html! {
                    <li value={n.to_string()}>
                        if narration.is_none() {
                            <strong>{i18n.f("worksheet-step", &[("n", n.into())])}</strong>
                        }
                        { for asks.into_iter().map(question) }
                        {narration.map(|t| said(&t, usize::MAX).0).unwrap_or_default()}
                    </li>
                }) }
            </ol>
            if !l.blanks.is_empty() {
                <p class="print-only">{i18n.t("worksheet-blanks")}</p>
            }
            <div class="write-here print-only" aria-hidden="true"></div>
        </>
    }
}

/// What the lesson's checks said so far: a summary, and each failed one
/// as the lesson's own expectation, without the line of a file the
/// student never saw (they stay until the lesson is left). A function of
/// the lesson bar, not a component: it changes when the bar does.
fn checks(i18n: &I18n, checks: &[tcp_engine::scenario::Checked], done: bool) -> Html {
    if checks.is_empty() {
        return Html::default();
    }
    let failed: Vec<_> = checks.iter().filter(|c| c.outcome.is_err()).collect();
    let passed = checks.len() - failed.len();
    let summary = if failed.is_empty() && done {
        i18n.f("lesson-checks-all", &[("n", passed.into())])
    } else {
        i18n.f(
            "lesson-checks",
            &[("passed", passed.into()), ("failed", failed.len().into())],
        )
    };
    html! {
        <div class={classes!("checks", (!failed.is_empty()).then_some("failed"))} data-testid="lesson-checks">
            <p>{summary}</p>
            if !failed.is_empty() {
                <ul>
                    { for failed.iter().map(|c| html! {
                        <li>{c.outcome.as_ref().err().map(|m| render::mismatch(i18n, m))}</li>
                    }) }
                </ul>
            }
        </div>
    }
}
