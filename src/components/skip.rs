//! Skip links: the first Tab stops of the page, straight to a lesson's bar,
//! each endpoint's calls, the ladder, the segments on the wire and the log. They move focus without touching the
//! address (its fragment holds share links).

use crate::i18n::I18n;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Focuses the element with this id: in a toolbar, the button that has
/// its Tab stop.
fn focus(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let stop = element
        .query_selector("button[tabindex='0']")
        .ok()
        .flatten()
        .unwrap_or(element);
    if let Ok(stop) = stop.dyn_into::<web_sys::HtmlElement>() {
        stop.scroll_into_view_with_bool(false);
        let _ = stop.focus();
    }
}

/// The id of the lesson's bar (see `components::lesson`).
pub const LESSON_ID: &str = "lesson-bar";

/// Which places the page shows.
pub struct Shown {
    /// A lesson's bar (its narration, questions and Next step).
    pub lesson: bool,
    /// The endpoints' panels, with their calls.
    pub calls: bool,
    /// The ladder or the state diagram.
    pub view: bool,
    /// The segments on the wire.
    pub wire: bool,
    /// The event log.
    pub log: bool,
}

/// The skip links (visible when focused), to the places shown. A function
/// of the page rather than a component: a component costs the first load
/// more than the few links it would spare redrawing.
pub fn skip_links(i18n: &I18n, props: Shown) -> Html {
    let link = |target: &'static str, key: &'static str| {
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus(target);
        });
        html! { <a href={format!("#{target}")} {onclick}>{i18n.t(key)}</a> }
    };
    html! {
        <nav class="skip" aria-label={i18n.t("skip-label")}>
            if props.lesson { { link(LESSON_ID, "skip-lesson") } }
            if props.calls {
                { link("client-calls", "skip-client") }
                { link("server-calls", "skip-server") }
            }
            if props.view { { link(super::tabs::PANEL_ID, "skip-view") } }
            if props.wire { { link(super::wire::SECTION_ID, "skip-wire") } }
            if props.log { { link("event-log", "skip-log") } }
        </nav>
    }
}
