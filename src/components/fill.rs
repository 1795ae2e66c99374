//! A lesson's blanks on the ladder (a chunk of its own: only lessons with
//! `blank` lines show it): an input over each box the ladder draws, where
//! the student types the field in the numbering on screen and presses
//! Enter; once filled in, the box shows whether it was right, with the
//! engine's value. The ladder places the boxes; the lesson's reducer
//! checks the answers.

use crate::i18n::{render, use_i18n, I18n};
use crate::state::Given;
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{parse_flags, parse_number, Answer, SegField};
use tcp_engine::sim::Side;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One blank on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    /// The `blank` line.
    pub line: usize,
    /// The sender.
    pub side: Side,
    /// The field.
    pub field: SegField,
    /// Its box's top left corner and width, in the page's pixels.
    pub at: (u32, u32),
    /// The box's width and height, in the page's pixels.
    pub size: (u32, u32),
    /// Once filled in: right or not, and the right answer.
    pub filled: Option<(bool, Answer, Answer)>,
}

/// Props of [`FillIn`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The blanks in view.
    pub slots: Vec<Slot>,
    /// The numbering on screen.
    pub numbering: Numbering,
    /// Fills in a blank (its line, the answer).
    pub on_fill: Callback<(usize, Given)>,
}

crate::lazy_part!(
    /// The blanks' inputs, in a chunk of their own: only lessons with
    /// `blank` lines show them.
    pub FILL_IN, fill_in, super::lazy::View<Props>, |p| html! { <FillIn ..p.clone() /> }
);

/// What a blank asks for, in words (its input's name, and the review's
/// question).
pub fn blank_text(i18n: &I18n, side: Side, field: SegField) -> String {
    i18n.f(
        &format!("fill-{}", field.name()),
        &[("side", render::side(i18n, side).into())],
    )
}

/// An answer to a blank, numbers in the numbering on screen.
fn shown(i18n: &I18n, numbering: &Numbering, side: Side, field: SegField, a: Answer) -> String {
    match a {
        Answer::Seq(n) => render::seq(i18n, numbering, n, field.space(side).unwrap_or(side)),
        Answer::Flags(f) => f.to_string(),
        other => other.to_string(),
    }
}

/// The blanks in view: an input each, or what was filled in.
#[function_component]
pub fn FillIn(props: &Props) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="fill-in" data-testid="fill-in">
            { for props.slots.iter().map(|slot| {
                let style = format!("left:{}px;top:{}px;width:{}px;height:{}px", slot.at.0, slot.at.1, slot.size.0, slot.size.1);
                match slot.filled {
                    Some((right, given, truth)) => {
                        let name = blank_text(&i18n, slot.side, slot.field);
                        let value = shown(&i18n, &props.numbering, slot.side, slot.field, truth);
                        let said = i18n.f(if right { "fill-right" } else { "fill-wrong" }, &[
                            ("given", shown(&i18n, &props.numbering, slot.side, slot.field, given).into()),
                            ("right", value.clone().into()),
                        ]);
                        html! {
                            <span key={slot.line} class={classes!("blank-filled", if right { "right" } else { "wrong" })} {style}
                                data-testid="blank-filled" title={format!("{name}: {said}")}>
                                <span aria-hidden="true">{if right { "✓" } else { "✗" }}{value}</span>
                                <span class="visually-hidden">{format!("{name}: {said}")}</span>
                            </span>
                        }
                    }
                    None => html! { <Blank key={slot.line} slot={slot.clone()} relative={props.numbering.relative} on_fill={props.on_fill.clone()} {style} /> },
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BlankProps {
    slot: Slot,
    relative: bool,
    style: String,
    on_fill: Callback<(usize, Given)>,
}

/// One blank not filled in yet: Enter checks it.
#[function_component]
fn Blank(props: &BlankProps) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let invalid = use_state(|| false);
    let slot = &props.slot;
    let onsubmit = {
        let (input, invalid, on_fill) = (input.clone(), invalid.clone(), props.on_fill.clone());
        let (line, field) = (slot.line, slot.field);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let typed = typed.trim();
            let given = match field {
                SegField::Flags => {
                    parse_flags(&typed.to_ascii_uppercase().replace([' ', '+'], ","))
                        .map(|f| Given::Picked(Answer::Flags(f)))
                }
                SegField::Seq | SegField::Ack | SegField::Win => {
                    parse_number(typed).map(Given::Typed)
                }
            };
            invalid.set(given.is_none());
            if let Some(given) = given {
                // The box is about to become its answer: the focus goes on
                // to the next blank, else to the ladder.
                let this = input.cast::<web_sys::Element>();
                let next = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector_all("[data-testid=blank] input").ok())
                    .and_then(|all| {
                        let all: Vec<web_sys::Element> = (0..all.length())
                            .filter_map(|i| all.get(i).and_then(|n| n.dyn_into().ok()))
                            .collect();
                        let at = all.iter().position(|e| Some(e) == this.as_ref())?;
                        all.get(at + 1)
                            .or_else(|| at.checked_sub(1).and_then(|b| all.get(b)))
                            .cloned()
                    })
                    .or_else(|| {
                        web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("ladder-view"))
                    });
                if let Some(next) = next.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = next.focus();
                }
                on_fill.emit((line, given));
            }
        })
    };
    let how = match slot.field {
        SegField::Flags => i18n.t("fill-how-flags"),
        SegField::Win => i18n.t("quiz-typed-bytes"),
        SegField::Seq | SegField::Ack if props.relative => i18n.t("quiz-typed-relative"),
        SegField::Seq | SegField::Ack => i18n.t("quiz-typed-real"),
    };
    let name = format!("{} — {how}", blank_text(&i18n, slot.side, slot.field));
    let numeric = slot.field != SegField::Flags;
    html! {
        <form class="blank" style={props.style.clone()} {onsubmit} data-testid="blank">
            <input ref={input} type="text" aria-label={name.clone()} title={name} autocomplete="off" spellcheck="false"
                inputmode={numeric.then_some("numeric")} aria-invalid={(*invalid).then_some("true")} />
            if *invalid {
                <span class="blank-invalid" role="alert">{i18n.t(if numeric { "fill-invalid-number" } else { "fill-invalid-flags" })}</span>
            }
        </form>
    }
}
