//! Scrolling shared by the ladder and the log: both show only the rows in
//! view, follow the newest rows unless the student scrolled away, and
//! bring a selected row into view.

use web_sys::HtmlElement;
use yew::prelude::*;

/// What a virtualised list needs from its scroll position.
pub struct FollowScroll {
    /// Attach to the scrolling element.
    pub node: NodeRef,
    /// Pass as its `onscroll`.
    pub onscroll: Callback<Event>,
    /// Scroll offset in pixels (the bottom when following).
    pub top: u32,
    /// Visible height in pixels.
    pub height: u32,
}

/// Runs `f` just before the next frame is drawn. Scrolling to the newest
/// rows is done there, with the browser's own layout of that frame: read
/// or written during the render, a scroll position forces a layout of its
/// own (half of a jump's time at 30,000 rows). `i32::MAX` scrolls to the
/// end without reading how tall the content is.
pub(crate) fn at_next_frame(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&callback));
}

/// Scrolls `el` so that the band `[top, top + height)` is visible, if it
/// is not already.
pub fn reveal(el: &HtmlElement, top: u32, height: u32) {
    let view_top = el.scroll_top().max(0) as u32;
    let view_height = el.client_height().max(0) as u32;
    if top < view_top || top + height > view_top + view_height {
        el.set_scroll_top(top.saturating_sub(view_height / 2) as i32);
    }
}

/// A list of `rows` `base..total` of `row_h` pixels, each placed at
/// `(row - base) * row_h` (rows before `base` are forgotten);
/// `session_id` changes on reset; `selected_row` (counted from `base`) is
/// brought into view when it changes. The returned offsets count from
/// `base` too.
#[hook]
pub fn use_follow_scroll(
    row_h: u32,
    rows: (u32, u32),
    session_id: u32,
    selected_row: Option<u32>,
    initial_height: u32,
) -> FollowScroll {
    let (base, total) = rows;
    let total = total.saturating_sub(base);
    let node = use_node_ref();
    let scroll = use_state_eq(|| (0u32, initial_height));
    let follow = use_state_eq(|| true);
    // Set while we scroll on the student's behalf, so that it does not count
    // as the student scrolling away from the newest rows.
    let ours = use_mut_ref(|| false);
    {
        let node = node.clone();
        let ours = ours.clone();
        let follow = *follow;
        let scroll = scroll.clone();
        use_effect_with((total, session_id), move |_| {
            if follow {
                if let Some(el) = node.cast::<HtmlElement>() {
                    *ours.borrow_mut() = true;
                    let top = scroll.0;
                    at_next_frame(move || {
                        el.set_scroll_top(i32::MAX);
                        // Laid out by the scroll just made, so this read
                        // costs nothing; the height may have changed
                        // (a rotated phone, larger text).
                        scroll.set((top, el.client_height().max(0) as u32));
                    });
                }
            }
        });
    }
    // When the oldest rows are forgotten, the rows in view move up by as
    // much: a student reading them keeps them in view.
    {
        let node = node.clone();
        let ours = ours.clone();
        let shown_from = use_mut_ref(|| (session_id, base));
        let follow = *follow;
        use_effect_with((session_id, base), move |&(session_id, base)| {
            let (was_session, was_base) = shown_from.replace((session_id, base));
            let moved = base.saturating_sub(was_base);
            if !follow && was_session == session_id && moved > 0 {
                if let Some(el) = node.cast::<HtmlElement>() {
                    *ours.borrow_mut() = true;
                    let top = (el.scroll_top().max(0) as u32).saturating_sub(moved * row_h);
                    el.set_scroll_top(top as i32);
                }
            }
        });
    }
    {
        let node = node.clone();
        let ours = ours.clone();
        use_effect_with(selected_row, move |row| {
            if let (Some(row), Some(el)) = (*row, node.cast::<HtmlElement>()) {
                *ours.borrow_mut() = true;
                reveal(&el, row * row_h, row_h);
            }
        });
    }
    let onscroll = {
        let scroll = scroll.clone();
        let follow = follow.clone();
        let following = *follow;
        Callback::from(move |e: Event| {
            let ours = ours.replace(false);
            // Our own scroll to the newest rows: the offset drawn follows
            // from the row count, so nothing needs reading (a read here
            // would lay out the page again after every slice of a replay).
            if ours && following {
                return;
            }
            let el: HtmlElement = e.target_unchecked_into();
            let top = el.scroll_top().max(0) as u32;
            let height = el.client_height().max(0) as u32;
            scroll.set((top, height));
            if !ours {
                follow.set(top + height + row_h >= el.scroll_height().max(0) as u32);
            }
        })
    };
    // When following, draw the bottom window at once rather than the old
    // one first and the right one after the scroll.
    let (top, height) = if *follow {
        (((total + 1) * row_h).saturating_sub(scroll.1), scroll.1)
    } else {
        *scroll
    };
    FollowScroll {
        node,
        onscroll,
        top,
        height,
    }
}

/// Whether the page is being printed (between `beforeprint` and
/// `afterprint`): the ladder and the log then draw their latest rows whole, not just
/// those in view.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listen = |event, on: bool| {
                let printing = printing.clone();
                crate::listener::listen(event, move |_: web_sys::Event| printing.set(on))
            };
            let listening = [listen("beforeprint", true), listen("afterprint", false)];
            move || drop(listening)
        });
    }
    *printing
}
