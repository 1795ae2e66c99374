//! Words a lesson file wrote, drawn bounded: a title, narration or hint of
//! megabytes would take the browser seconds to lay out, so only its start
//! is drawn, cut with "…"; the whole text stays one click away, behind a
//! disclosure the browser lays out only when it is opened.

use crate::i18n::use_i18n;
use yew::prelude::*;

/// Most characters of a lesson's title drawn in its heading.
pub const TITLE_CHARS: usize = 150;
/// Most characters of a narration, task or hint drawn.
pub const TEXT_CHARS: usize = 1_000;
/// Most characters of a teacher's lesson title in the Lesson menu (above
/// every bundled title, which the menu compares it with).
pub const MENU_CHARS: usize = 80;

/// `text` cut to `max` characters and "…" if it is longer, else whole.
#[inline(never)]
pub fn bounded(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Props of [`Whole`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The whole text.
    pub text: AttrValue,
}

/// The whole text behind a disclosure, for text [`bounded`] cut. Placed
/// after the element that shows the cut text (a heading or paragraph
/// cannot hold a disclosure). The text is put in the page only once the
/// student opens it: megabytes of it take the browser seconds.
#[function_component]
pub fn Whole(props: &Props) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let now = e
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok())
                .is_some_and(|v| v.is_truthy());
            open.set(now);
        })
    };
    html! {
        <details class="whole" ontoggle={toggle}>
            <summary>{i18n.f("lesson-whole", &[("n", props.text.chars().count().into())])}</summary>
            if *open {
                <p class="whole-text" tabindex="0">{props.text.clone()}</p>
            }
        </details>
    }
}

/// [`Whole`] where `text` is longer than `max` characters, else nothing.
pub fn whole(text: &str, max: usize) -> Html {
    if text.char_indices().nth(max).is_none() {
        return Html::default();
    }
    html! { <Whole text={AttrValue::from(text.to_string())} /> }
}
