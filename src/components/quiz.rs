//! Questions in the lesson bar (part of its chunk): the coming step's
//! questions as a form, what the step did beside the answers given, and
//! the score with a review at the end. The words are the catalogs'; the
//! right answers and the rules that decided them are the engine's.

use crate::i18n::{render, I18n, Localized};
use crate::state::{localized, Given, Lesson};
use tcp_engine::note::Outcome;
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{self, Answer, Answered, Narration, Question, SegField, OUTCOMES};
use tcp_engine::segment::Flags;
use tcp_engine::sim::Side;
use tcp_engine::state::State;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The flags a student picks from (PSH and URG are not asked, as a wire
/// check does not compare them unless listed).
const FLAGS: [(Flags, &str); 4] = [
    (Flags::SYN, "SYN"),
    (Flags::ACK, "ACK"),
    (Flags::FIN, "FIN"),
    (Flags::RST, "RST"),
];

/// What the student has entered for one question so far.
#[derive(Clone, Debug, PartialEq)]
enum Draft {
    /// A pick from a list, if made.
    Picked(Option<Answer>),
    /// Flags ticked (none is an answer too).
    Flags(Flags),
    /// A number as typed.
    Typed(String),
}

impl Draft {
    fn for_question(q: &Question) -> Draft {
        match q {
            Question::Sends(_, SegField::Flags) => Draft::Flags(Flags::NONE),
            Question::Sends(_, SegField::Seq | SegField::Ack | SegField::Win) => {
                Draft::Typed(String::new())
            }
            Question::State(_)
            | Question::Outcome(_)
            | Question::Choice { .. }
            | Question::Blank(_) => Draft::Picked(None),
        }
    }

    /// The answer, or `None` while it is incomplete.
    /// What was typed, if something was and it is not a number.
    fn unreadable(&self) -> Option<String> {
        match self {
            Draft::Typed(t) if !t.trim().is_empty() && self.given().is_none() => {
                Some(tcp_engine::limits::shorten(t.trim()))
            }
            _ => None,
        }
    }

    fn given(&self) -> Option<Given> {
        match self {
            Draft::Picked(a) => a.map(Given::Picked),
            Draft::Flags(f) => Some(Given::Picked(Answer::Flags(*f))),
            Draft::Typed(t) => tcp_engine::scenario::parse_number(t.trim()).map(Given::Typed),
        }
    }
}

/// Props of [`Questions`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The lesson (its `asking` holds the questions).
    pub lesson: std::rc::Rc<Lesson>,
    /// Whether numbers are shown relative to each side's ISS.
    pub relative: bool,
    /// Answers the questions, in order; the step then runs.
    pub on_answer: Callback<Vec<Given>>,
}

/// The question of an `ask` line, in words.
pub fn question_text(i18n: &I18n, lesson: &Lesson, index: usize) -> Html {
    let statements = &lesson.script.statements;
    let Some(tcp_engine::scenario::Stmt::Ask(q)) = statements.get(index).map(|s| &s.kind) else {
        return Html::default();
    };
    let side = |s: &Side| render::side(i18n, *s);
    let text = match q {
        Question::State(s) => i18n.f("quiz-ask-state", &[("side", side(s).into())]),
        Question::Sends(s, field) => i18n.f(
            match field {
                SegField::Flags => "quiz-ask-flags",
                SegField::Seq => "quiz-ask-seq",
                SegField::Ack => "quiz-ask-ack",
                SegField::Win => "quiz-ask-win",
            },
            &[("side", side(s).into())],
        ),
        Question::Outcome(s) => i18n.f("quiz-ask-outcome", &[("side", side(s).into())]),
        Question::Choice { .. } => {
            return said(i18n, localized(statements, index, Narration::Ask));
        }
        Question::Blank(b) => super::fill::blank_text(i18n, b.side, b.field),
    };
    html! { {text} }
}

/// A lesson's own words, marked with the language of a translation.
fn said(i18n: &I18n, text: Option<Localized>) -> Html {
    match text.map(|t| t.get_tagged(i18n)) {
        Some((text, Some(tag))) => html! { <span lang={tag}>{text}</span> },
        Some((text, None)) => html! { {text} },
        None => Html::default(),
    }
}

/// An outcome in words.
fn outcome(i18n: &I18n, o: Outcome) -> String {
    i18n.t(&format!("quiz-outcome-{}", scenario::outcome_word(o)))
}

/// An answer in words, numbers in the numbering on screen.
fn answer(i18n: &I18n, lesson: &Lesson, line: usize, a: &Answer, numbering: &Numbering) -> Html {
    match (a, lesson.question(line)) {
        (Answer::State(s), _) => html! { {s.name()} },
        (Answer::Flags(f), _) => html! { {f.to_string()} },
        (Answer::Seq(n), Some(q)) if q.field().is_some() => {
            let (side, field) = q.field().unwrap_or((Side::Client, SegField::Seq));
            let owner = field.space(side).unwrap_or(side);
            html! { {render::seq(i18n, numbering, *n, owner)} }
        }
        (Answer::Seq(n), _) => html! { {n.0} },
        (Answer::Window(n), _) => html! { {i18n.f("quiz-bytes", &[("n", (*n).into())])} },
        (Answer::Outcome(o), _) => html! { {outcome(i18n, *o)} },
        (Answer::Choice(c), _) => {
            let statements = &lesson.script.statements;
            let ask = statements.iter().position(|s| s.line == line);
            let choice = ask.and_then(|i| {
                scenario::choices(statements, i)
                    .get((*c as usize).checked_sub(1)?)
                    .copied()
            });
            said(
                i18n,
                choice.and_then(|i| localized(statements, i, Narration::Choice)),
            )
        }
    }
}

/// The coming step's questions, as one form: answering runs the step.
#[function_component]
pub fn Questions(props: &Props) -> Html {
    let i18n = crate::i18n::use_i18n();
    let lesson = &props.lesson;
    let asks = lesson
        .asking
        .as_ref()
        .map(|a| a.asks.clone())
        .unwrap_or_default();
    let drafts = {
        let statements = lesson.script.statements.clone();
        let asks = asks.clone();
        use_state(move || {
            asks.iter()
                .map(|&i| match &statements[i].kind {
                    tcp_engine::scenario::Stmt::Ask(q) => Draft::for_question(q),
                    _ => Draft::Picked(None),
                })
                .collect::<Vec<_>>()
        })
    };
    // The first question not answered, and what was typed there if a
    // number could not be read from it.
    let missing = use_state(|| None::<(usize, Option<String>)>);
    let set = |n: usize, d: Draft| {
        let drafts = drafts.clone();
        move || {
            let mut next = (*drafts).clone();
            if let Some(slot) = next.get_mut(n) {
                *slot = d.clone();
            }
            drafts.set(next);
        }
    };
    let onsubmit = {
        let drafts = drafts.clone();
        let missing = missing.clone();
        let on_answer = props.on_answer.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let given: Vec<Option<Given>> = drafts.iter().map(Draft::given).collect();
            match given.iter().position(Option::is_none) {
                Some(n) => missing.set(Some((n, drafts[n].unreadable()))),
                None => {
                    missing.set(None);
                    on_answer.emit(given.into_iter().flatten().collect());
                }
            }
        })
    };
    let fields = asks.iter().enumerate().map(|(n, &i)| {
        let id = format!("quiz-{n}");
        let legend = question_text(&i18n, lesson, i);
        let Some(tcp_engine::scenario::Stmt::Ask(q)) = lesson.script.statements.get(i).map(|s| &s.kind) else {
            return Html::default();
        };
        let draft = drafts.get(n).cloned().unwrap_or(Draft::Picked(None));
        let control = match (q, &draft) {
            (Question::State(_), Draft::Picked(current)) => {
                let onchange = {
                    let drafts = drafts.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                        let mut next = (*drafts).clone();
                        next[n] = Draft::Picked(State::from_name(&value).map(Answer::State));
                        drafts.set(next);
                    })
                };
                html! {
                    <select id={id.clone()} {onchange} aria-label={i18n.t("quiz-pick-state")}>
                        <option value="" selected={current.is_none()}>{i18n.t("quiz-pick-state")}</option>
                        { for State::ALL.iter().map(|s| html! {
                            <option value={s.name()} selected={*current == Some(Answer::State(*s))}>{s.name()}</option>
                        }) }
                    </select>
                }
            }
            (Question::Sends(_, SegField::Flags), Draft::Flags(ticked)) => html! {
                <div class="quiz-flags">
                    { for FLAGS.iter().map(|&(flag, name)| {
                        let on = ticked.contains(flag);
                        let toggled = if on { ticked.without(flag) } else { *ticked | flag };
                        let onchange = { let f = set(n, Draft::Flags(toggled)); Callback::from(move |_: Event| f()) };
                        html! { <label><input type="checkbox" checked={on} {onchange} />{" "}{name}</label> }
                    }) }
                </div>
            },
            (Question::Sends(side, field), Draft::Typed(text)) => {
                let oninput = {
                    let drafts = drafts.clone();
                    Callback::from(move |e: InputEvent| {
                        let value = e.target_unchecked_into::<HtmlInputElement>().value();
                        let mut next = (*drafts).clone();
                        next[n] = Draft::Typed(value);
                        drafts.set(next);
                    })
                };
                let how = match field.space(*side) {
                    Some(_) if props.relative => i18n.t("quiz-typed-relative"),
                    Some(_) => i18n.t("quiz-typed-real"),
                    None => i18n.t("quiz-typed-bytes"),
                };
                html! {
                    <label>{how}{" "}
                        <input id={id.clone()} type="text" inputmode="numeric" autocomplete="off" value={text.clone()} {oninput} />
                    </label>
                }
            }
            (Question::Outcome(_), Draft::Picked(current)) => html! {
                <div class="quiz-choices">
                    { for OUTCOMES.iter().map(|&(o, _)| {
                        let pick = set(n, Draft::Picked(Some(Answer::Outcome(o))));
                        let onchange = Callback::from(move |_: Event| pick());
                        html! { <label><input type="radio" name={id.clone()} checked={*current == Some(Answer::Outcome(o))} {onchange} />{" "}{outcome(&i18n, o)}</label> }
                    }) }
                </div>
            },
            (Question::Choice { .. }, Draft::Picked(current)) => html! {
                <div class="quiz-choices">
                    { for scenario::choices(&lesson.script.statements, i).into_iter().enumerate().map(|(c, at)| {
                        let value = Answer::Choice(c as u32 + 1);
                        let pick = set(n, Draft::Picked(Some(value)));
                        let onchange = Callback::from(move |_: Event| pick());
                        html! { <label><input type="radio" name={id.clone()} checked={*current == Some(value)} {onchange} />{" "}{said(&i18n, localized(&lesson.script.statements, at, Narration::Choice))}</label> }
                    }) }
                </div>
            },
            _ => Html::default(),
        };
        html! {
            <fieldset class="quiz-question" data-testid="quiz-question">
                <legend>{legend}</legend>
                {control}
            </fieldset>
        }
    });
    // The questions take the focus when they appear after Next step:
    // Enter on Next step again would skip them unseen. Focus elsewhere (a
    // page just loaded, a click outside the lesson) is left alone.
    let form = use_node_ref();
    {
        let form = form.clone();
        use_effect_with(asks.clone(), move |_| {
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let in_lesson =
                active.is_some_and(|a| a.closest("section.lesson").ok().flatten().is_some());
            if in_lesson {
                if let Some(first) = form
                    .cast::<web_sys::Element>()
                    .and_then(|f| f.query_selector("input, select").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = first.focus();
                }
            }
        });
    }
    html! {
        <form class="quiz" ref={form} aria-label={i18n.t("quiz-form")} {onsubmit} data-testid="quiz-form">
            <p class="quiz-intro">{i18n.t("quiz-intro")}</p>
            { for fields }
            if let Some((n, typed)) = &*missing {
                <p class="quiz-missing" role="alert">{ match typed {
                    Some(typed) => i18n.f("quiz-not-number", &[("n", (n + 1).into()), ("typed", typed.as_str().into())]),
                    None => i18n.f("quiz-missing", &[("n", (n + 1).into())]),
                } }</p>
            }
            <button type="submit" class="primary">{i18n.t("quiz-answer")}</button>
        </form>
    }
}

/// One answer beside what happened, with the rule.
fn result(i18n: &I18n, lesson: &Lesson, a: &Answered, numbering: &Numbering, review: bool) -> Html {
    let ask = lesson
        .script
        .statements
        .iter()
        .position(|s| s.line == a.line);
    let right = a.is_right();
    html! {
        <li class={classes!("quiz-result", if right { "right" } else { "wrong" })}>
            if review {
                <p class="quiz-q">{ask.map(|i| question_text(i18n, lesson, i)).unwrap_or_default()}</p>
            }
            <p>
                <strong>{i18n.t(if right { "quiz-right" } else { "quiz-wrong" })}</strong>{" "}
                {i18n.t("quiz-given")}{" "}{answer(i18n, lesson, a.line, &a.given, numbering)}
                if !right {
                    {" — "}{i18n.t("quiz-happened")}{" "}{answer(i18n, lesson, a.line, &a.right, numbering)}
                }
            </p>
            if let Some(rule) = a.rule {
                {{
                    let why = html! { <>{render::rule_plain(i18n, rule)}{" "}
                        <span class="rule-id">{format!("({}: {})", rule.id(), i18n.rfc_quote(rule.id()).unwrap_or_else(|| rule.section().to_string()))}</span></> };
                    // Beside the step, the rule is one click away, so that
                    // the ladder stays in view; the review shows it whole.
                    if review {
                        html! { <p class="quiz-why">{i18n.t("quiz-why")}{" "}{why}</p> }
                    } else {
                        html! { <details class="quiz-why"><summary>{i18n.t("quiz-why")}</summary>{why}</details> }
                    }
                }}
            }
        </li>
    }
}

/// What the step just run did, beside the answers given before it.
pub fn step_results(i18n: &I18n, lesson: &Lesson, numbering: &Numbering) -> Html {
    if lesson.step_answers.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="quiz-results" data-testid="quiz-results" aria-live="polite">
            { for lesson.step_answers.iter().map(|a| result(i18n, lesson, a, numbering, false)) }
        </ul>
    }
}

/// The score and the review, once the lesson is done.
pub fn score(i18n: &I18n, lesson: &Lesson, numbering: &Numbering) -> Html {
    let s = lesson.score();
    if s.questions == 0 || !lesson.done {
        return Html::default();
    }
    html! {
        <section class="quiz-score" aria-label={i18n.t("quiz-score-title")} data-testid="quiz-score">
            <h3>{i18n.t("quiz-score-title")}</h3>
            <p>{i18n.f("quiz-score", &[("right", s.right.into()), ("answered", s.answered.into()), ("questions", s.questions.into())])}
                // Hints are counted only where the lesson offers some.
                if !lesson.hints.is_empty() {
                    {" "}{i18n.f("quiz-score-hints", &[("hints", s.hints.into())])}
                }
            </p>
            <ol class="quiz-review">
                { for lesson.answers.iter().map(|a| result(i18n, lesson, a, numbering, true)) }
            </ol>
        </section>
    }
}
