//! Large text for projectors: a switch in the toolbar, and `?scale=` for
//! course pages. Every size on the page is in `rem`, so one variable on the
//! root element scales them all.

use crate::embed::css_scale;
use crate::i18n::use_i18n;
use yew::prelude::*;

/// The text size the switch turns on, in percent.
pub const LARGE: u32 = 135;

/// Props of [`TextSize`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The size asked for by `?scale=`, in percent (100 if none).
    pub base: u32,
    /// Told the size in percent whenever it changes.
    #[prop_or_default]
    pub on_size: Callback<u32>,
}

/// The Large text switch; it also applies the size.
#[function_component]
pub fn TextSize(props: &Props) -> Html {
    let i18n = use_i18n();
    let large = use_state(|| false);
    let percent = if *large {
        props.base.max(LARGE)
    } else {
        props.base
    };
    let on_size = props.on_size.clone();
    use_effect_with(percent, move |&percent| {
        on_size.emit(percent);
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = root.set_attribute("style", &format!("--scale: {}", css_scale(percent)));
        }
    });
    let toggle = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    html! {
        // Named in full where its words are hidden (phones).
        <button class="text-size" aria-pressed={large.to_string()} onclick={toggle}
            aria-label={format!("A+ {}", i18n.t("text-size"))}
            title={i18n.t("text-size-help")}>{"A+ "}<span class="words">{i18n.t("text-size")}</span></button>
    }
}
