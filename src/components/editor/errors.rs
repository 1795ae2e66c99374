//! Every mistake in the text, each with its line, column and what was
//! expected there; each item selects its line.

use crate::i18n::{use_i18n, Text};
use tcp_engine::scenario::ParseError;
use yew::prelude::*;

/// Props of [`Errors`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The mistakes listed (the first of the wrong lines).
    pub errors: Vec<ParseError>,
    /// How many lines are wrong in all.
    pub wrong: usize,
    /// Moves the text to a line.
    pub on_line: Callback<usize>,
}

/// The list of mistakes (nothing when there is none).
#[function_component]
pub fn Errors(props: &Props) -> Html {
    let i18n = use_i18n();
    if props.errors.is_empty() {
        return Html::default();
    }
    let items = props.errors.iter().map(|e| {
        let line = e.line;
        let go = props.on_line.reform(move |_: MouseEvent| line);
        let at = i18n.f(
            "editor-at",
            &[("line", e.line.into()), ("col", e.col.into())],
        );
        html! {
            <li><button class="link" onclick={go}>{at}</button>{": "}{Text::parse_error(e).render(&i18n)}</li>
        }
    });
    let hidden = props.wrong.saturating_sub(props.errors.len());
    html! {
        <section class="mistakes" aria-labelledby="mistakes-title">
            <h3 id="mistakes-title">{i18n.f("editor-mistakes", &[("n", props.wrong.into())])}</h3>
            <ul data-testid="editor-errors">{ for items }</ul>
            if hidden > 0 {
                <p class="editor-help">{i18n.f("editor-mistakes-more", &[("n", hidden.into()), ("shown", props.errors.len().into())])}</p>
            }
        </section>
    }
}
