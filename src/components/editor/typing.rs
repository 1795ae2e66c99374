//! What typing does: the whole draft takes what the box holds (a box
//! that suddenly holds too much, after a long paste, is given the page
//! around the caret), and rule ids are offered, chosen and inserted.

use super::{complete, page, Doc, Suggest};
use std::cell::RefCell;
use std::rc::Rc;
use tcp_engine::note::Rule;
use yew::prelude::*;

/// Typing: the whole text takes what the box holds; a box that now holds
/// too much (a long paste) is given the page around the caret instead.
pub fn input_callback(
    doc: &UseStateHandle<Doc>,
    textarea: &NodeRef,
    pending: &Rc<RefCell<Option<(usize, bool)>>>,
    suggest: &UseStateHandle<Option<Suggest>>,
    dismissed: &Rc<RefCell<bool>>,
) -> Callback<String> {
    let (doc, textarea, pending) = (doc.clone(), textarea.clone(), pending.clone());
    let (suggest, dismissed) = (suggest.clone(), dismissed.clone());
    Callback::from(move |typed: String| {
        *dismissed.borrow_mut() = false;
        let (text, mut page) = doc.page.replace(&doc.text, &typed);
        let mut version = doc.version;
        let area = textarea.cast::<web_sys::HtmlTextAreaElement>();
        let too_much = page::needs_pages(&typed);
        if too_much || (!page.is_whole(&text) && !page::needs_pages(&text)) {
            let caret = area.as_ref().map_or(0, |a| caret_byte(&typed, a));
            let line = page.first + typed[..caret].matches('\n').count();
            let around = page::page_around(&text, line);
            if around != page {
                let caret = page.start + caret - around.start;
                page = around;
                version += 1;
                if let Some(area) = &area {
                    let held = &text[page.start..page.end];
                    area.set_value(held);
                    let at = units(&held[..caret.min(held.len())]);
                    let _ = area.set_selection_range(at, at);
                }
                *pending.borrow_mut() = Some((line - page.first + 1, false));
            }
        }
        suggest.set(area.as_ref().and_then(|a| suggestion(a, suggest.as_ref())));
        doc.set(Doc {
            text: text.into(),
            page,
            gen: doc.gen + 1,
            version,
        });
    })
}

/// The caret moved: the suggestions follow it.
pub fn caret_callback(
    textarea: &NodeRef,
    suggest: &UseStateHandle<Option<Suggest>>,
    dismissed: &Rc<RefCell<bool>>,
) -> Callback<()> {
    let (textarea, suggest, dismissed) = (textarea.clone(), suggest.clone(), dismissed.clone());
    Callback::from(move |_| {
        if *dismissed.borrow() {
            return;
        }
        let next = textarea
            .cast::<web_sys::HtmlTextAreaElement>()
            .and_then(|a| suggestion(&a, suggest.as_ref()));
        if next != *suggest {
            suggest.set(next);
        }
    })
}

/// Arrows choose a suggestion, Enter or Tab inserts it, Escape closes them.
pub fn key_callback(
    textarea: &NodeRef,
    suggest: &UseStateHandle<Option<Suggest>>,
    dismissed: &Rc<RefCell<bool>>,
) -> Callback<KeyboardEvent> {
    let (textarea, suggest, dismissed) = (textarea.clone(), suggest.clone(), dismissed.clone());
    Callback::from(move |e: KeyboardEvent| {
        let Some(s) = suggest.as_ref().filter(|s| !s.rules.is_empty()) else {
            return;
        };
        let shown = s.rules.len().min(complete::SHOWN);
        let active = match e.key().as_str() {
            "ArrowDown" => (s.active + 1) % shown,
            "ArrowUp" => (s.active + shown - 1) % shown,
            "Enter" | "Tab" => {
                e.prevent_default();
                insert_rule(&textarea, s.at, s.rules[s.active]);
                suggest.set(None);
                return;
            }
            "Escape" => {
                e.prevent_default();
                *dismissed.borrow_mut() = true;
                suggest.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        suggest.set(Some(Suggest {
            active,
            ..s.clone()
        }));
    })
}

/// The suggestions for where the caret is, keeping the chosen one.
fn suggestion(area: &web_sys::HtmlTextAreaElement, old: Option<&Suggest>) -> Option<Suggest> {
    let value = area.value();
    let (start, end) = (
        area.selection_start().ok().flatten()?,
        area.selection_end().ok().flatten()?,
    );
    if start != end {
        return None;
    }
    let caret = caret_byte(&value, area);
    let line_start = value[..caret].rfind('\n').map_or(0, |i| i + 1);
    let (id_start, typed) = complete::context(&value[line_start..caret])?;
    let at = units(&value[..line_start + id_start]);
    let rules = complete::matching(typed);
    let active = match old {
        Some(old) if old.at == at && old.typed == typed => old.active,
        _ => 0,
    };
    Some(Suggest {
        at,
        typed: typed.to_string(),
        rules,
        active,
    })
}

/// Replaces what is typed of the id (from `at` to the caret) with the
/// rule's id and its closing quote, as typing would (so undo undoes it).
pub fn insert_rule(textarea: &NodeRef, at: u32, rule: Rule) {
    let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() else {
        return;
    };
    let caret = area.selection_end().ok().flatten().unwrap_or(at);
    let value = area.value();
    let after = &value[caret_byte(&value, &area)..];
    let quote = if after.starts_with('"') { "" } else { "\"" };
    let _ = area.focus();
    let _ = area.set_selection_range(at, caret);
    let text = format!("{}{quote}", rule.id());
    if exec_insert(&text) {
        // The caret goes past the closing quote, as after typing it.
        if quote.is_empty() {
            let end = at + units(rule.id()) + 1;
            let _ = area.set_selection_range(end, end);
        }
    } else {
        let _ = area.set_range_text_with_start_and_end(&text, at, caret);
        let end = at + units(&text);
        let _ = area.set_selection_range(end, end);
        if let Ok(input) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&input);
        }
    }
}

/// `document.execCommand("insertText")`: the browser types the text, with
/// an input event and a step in the undo history.
fn exec_insert(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(exec) = js_sys::Reflect::get(&document, &"execCommand".into()) else {
        return false;
    };
    let Ok(exec) = exec.dyn_into::<js_sys::Function>() else {
        return false;
    };
    exec.call3(&document, &"insertText".into(), &false.into(), &text.into())
        .is_ok_and(|done| done.is_truthy())
}

/// Length in UTF-16 units, as the DOM counts selection offsets.
pub fn units(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// The caret's byte offset in `value` (the box's text).
fn caret_byte(value: &str, area: &web_sys::HtmlTextAreaElement) -> usize {
    let caret = area.selection_end().ok().flatten().unwrap_or(0) as usize;
    let mut n = 0;
    for (i, c) in value.char_indices() {
        if n >= caret {
            return i;
        }
        n += c.len_utf16();
    }
    value.len()
}
