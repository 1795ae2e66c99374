//! One Tab stop for a row of buttons (a toolbar, a tab list): the arrow
//! keys, Home and End move between them, as WAI-ARIA's toolbar and tabs
//! patterns say, so that a keyboard student does not Tab through every
//! call button to reach the other endpoint.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// A row of `count` buttons with one Tab stop.
pub struct Roving {
    /// The button that has the Tab stop.
    pub active: usize,
    /// Pass to the row's element as `onkeydown`.
    pub onkeydown: Callback<KeyboardEvent>,
    /// Button `i`'s `onfocus`: the Tab stop follows focus.
    pub onfocus: Callback<usize, Callback<FocusEvent>>,
}

impl Roving {
    /// Button `i`'s `tabindex`.
    pub fn tabindex(&self, i: usize) -> &'static str {
        if i == self.active {
            "0"
        } else {
            "-1"
        }
    }
}

/// Where a key moves focus in a row of `count`, from `at`.
pub fn moved(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if at >= last { 0 } else { at + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if at == 0 { last } else { at - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Keyboard moves among the row's `button` children (in document order).
#[hook]
pub fn use_roving(count: usize, initial: usize) -> Roving {
    let active = use_state(|| initial);
    let onkeydown = {
        Callback::from(move |e: KeyboardEvent| {
            let Some(row) = e
                .current_target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            else {
                return;
            };
            let Ok(buttons) = row.query_selector_all("button") else {
                return;
            };
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let at = (0..buttons.length())
                .position(|i| {
                    buttons
                        .item(i)
                        .zip(focused.as_ref())
                        .is_some_and(|(b, f)| b.is_same_node(Some(f)))
                })
                .unwrap_or(0);
            if let Some(to) = moved(&e.key(), at, buttons.length() as usize) {
                e.prevent_default();
                if let Some(button) = buttons
                    .item(to as u32)
                    .and_then(|b| b.dyn_into::<HtmlElement>().ok())
                {
                    let _ = button.focus();
                }
            }
        })
    };
    let onfocus = {
        let active = active.clone();
        Callback::from(move |i: usize| {
            let active = active.clone();
            Callback::from(move |_: FocusEvent| active.set(i))
        })
    };
    Roving {
        active: (*active).min(count.saturating_sub(1)),
        onkeydown,
        onfocus,
    }
}

#[cfg(test)]
mod tests {
    use super::moved;

    #[test]
    fn arrows_wrap_around_and_home_and_end_jump() {
        assert_eq!(moved("ArrowRight", 0, 4), Some(1));
        assert_eq!(moved("ArrowRight", 3, 4), Some(0));
        assert_eq!(moved("ArrowLeft", 0, 4), Some(3));
        assert_eq!(moved("End", 1, 4), Some(3));
        assert_eq!(moved("Home", 2, 4), Some(0));
        assert_eq!(moved("Enter", 2, 4), None);
        assert_eq!(moved("ArrowRight", 0, 0), None);
    }
}
