//! Moving about the text: to a mistake's or a check's line (on its page,
//! for a long draft), and between the pages of a long draft.

use super::{page, typing::units, Doc};
use crate::i18n::I18n;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Which lines of a long draft the box holds, and buttons to the others.
pub fn pages_bar(i18n: &I18n, doc: &Doc, total: usize, shown: usize, go: &Callback<usize>) -> Html {
    let first = doc.page.first;
    let before = (first > 1).then(|| page::page_before(&doc.text, &doc.page).first);
    let after = page::page_after(&doc.text, &doc.page).map(|p| p.first);
    let button = |to: Option<usize>, key: &str| {
        let go = go.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(line) = to {
                go.emit(line)
            }
        });
        html! { <button {onclick} disabled={to.is_none()}>{i18n.t(key)}</button> }
    };
    html! {
        <div class="pages" data-testid="editor-pages">
            <p class="editor-help">{i18n.f("editor-pages", &[
                ("from", first.into()), ("to", (first + shown - 1).into()), ("total", total.into()),
            ])}</p>
            { button(before, "editor-pages-before") }
            { button(after, "editor-pages-after") }
        </div>
    }
}

/// Going to a line, selected, on the page that usually holds it; or
/// (`select` false) turning to the page that starts at that line.
pub fn go_callback(
    doc: &UseStateHandle<Doc>,
    textarea: &NodeRef,
    pending: &Rc<RefCell<Option<(usize, bool)>>>,
    select: bool,
) -> Callback<usize> {
    let (doc, textarea, pending) = (doc.clone(), textarea.clone(), pending.clone());
    Callback::from(move |line: usize| {
        let shown = doc.page.lines(&doc.text);
        let inside = (doc.page.first..doc.page.first + shown).contains(&line);
        if inside {
            show_line(&textarea, line - doc.page.first + 1, select);
            return;
        }
        // A page turned starts at its line; a line gone to is on its usual page.
        let page = if select {
            page::page_around(&doc.text, line)
        } else {
            page::page_from(&doc.text, line)
        };
        if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
            area.set_value(&doc.text[page.start..page.end]);
            let _ = area.set_selection_range(0, 0);
        }
        *pending.borrow_mut() = Some((line - page.first + 1, select));
        doc.set(Doc {
            page,
            version: doc.version + 1,
            ..(*doc).clone()
        });
    })
}

/// Brings line `line` of the box (1-based) into view, and when `select`,
/// focuses the text and selects the line.
pub fn show_line(textarea: &NodeRef, line: usize, select: bool) {
    use wasm_bindgen::JsCast;
    let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() else {
        return;
    };
    if select {
        let value = area.value();
        let start = page::line_start(&value, line);
        let end = value[start..].find('\n').map_or(value.len(), |i| start + i);
        let _ = area.focus();
        let _ = area.set_selection_range(units(&value[..start]), units(&value[..end]));
    }
    // The mirror's row is where the line is drawn, however lines wrap.
    let row = area
        .previous_element_sibling()
        .and_then(|mirror| mirror.children().item(line.saturating_sub(1) as u32))
        .and_then(|row| row.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(row) = row {
        area.set_scroll_top((row.offset_top() - 2 * row.offset_height().min(40)).max(0));
    }
}
