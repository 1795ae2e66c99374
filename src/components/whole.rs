//! Words a lesson file wrote, drawn bounded: a title, narration or hint of
//! megabytes would take the browser seconds to lay out, so only its start
//! is drawn, cut with "…"; the whole text stays one click away, behind a
//! disclosure the browser lays out only when it is opened.

use crate::i18n::I18n;
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

/// The whole text behind a disclosure, where [`bounded`] cut it; nothing
/// when it was not cut. Placed after the element that shows the cut text
/// (a heading or paragraph cannot hold a disclosure). A closed disclosure's
/// content is neither laid out nor drawn, so megabytes cost nothing until
/// the student opens it.
#[inline(never)]
pub fn whole(i18n: &I18n, text: &str, max: usize) -> Html {
    if text.char_indices().nth(max).is_none() {
        return Html::default();
    }
    html! {
        <details class="whole">
            <summary>{i18n.f("lesson-whole", &[("n", text.chars().count().into())])}</summary>
            <p class="whole-text" tabindex="0">{text}</p>
        </details>
    }
}
