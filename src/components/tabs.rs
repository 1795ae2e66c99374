//! The tabs that share the middle: the ladder and the state diagram
//! (WAI-ARIA tabs: one Tab stop, arrow keys move and choose).

use super::roving::use_roving;
use crate::i18n::use_i18n;
use yew::prelude::*;

/// The id of the panel the tabs control.
pub const PANEL_ID: &str = "view-panel";

/// Props of [`ViewTabs`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state diagram is shown (else the ladder).
    pub diagram: bool,
    /// Chooses the diagram (true) or the ladder.
    pub on_choose: Callback<bool>,
}

/// The Ladder / State diagram tabs.
#[function_component]
pub fn ViewTabs(props: &Props) -> Html {
    let i18n = use_i18n();
    let roving = use_roving(2, usize::from(props.diagram));
    let tab = |diagram: bool, id: &'static str, name: &'static str| {
        let i = usize::from(diagram);
        let choose = props.on_choose.reform(move |_: MouseEvent| diagram);
        // Automatic activation: moving to a tab shows its panel.
        let focus = {
            let on_choose = props.on_choose.clone();
            let roving_focus = roving.onfocus.emit(i);
            Callback::from(move |e: FocusEvent| {
                roving_focus.emit(e);
                on_choose.emit(diagram);
            })
        };
        html! {
            <button role="tab" id={id} aria-controls={PANEL_ID} aria-selected={(props.diagram == diagram).to_string()}
                tabindex={roving.tabindex(i)} onclick={choose} onfocus={focus}>{i18n.t(name)}</button>
        }
    };
    html! {
        <div class="tabs" role="tablist" aria-label={i18n.t("tabs-label")} onkeydown={roving.onkeydown.clone()}>
            { tab(false, "tab-ladder", "tab-ladder") }
            { tab(true, "tab-diagram", "tab-diagram") }
        </div>
    }
}
