//! The share link, with a Copy button (the Clipboard API; where the
//! browser refuses it, the link is selected for Ctrl+C).

use crate::i18n::use_i18n;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The link.
    pub link: AttrValue,
    /// Closes the box.
    pub on_close: Callback<()>,
    /// Copies the link; the callback given with it is told whether the
    /// browser let it.
    pub on_copy: Callback<(AttrValue, Callback<bool>)>,
}

/// How copying went.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The browser refused: the link is selected for the student to copy.
    ByHand,
}

crate::lazy_part!(
    /// The share box, in a chunk of its own: it shows only once a link is made.
    pub SHARE_BOX, share_box, super::lazy::View<Props>, |p| html! { <ShareBox ..p.clone() /> }
);

/// The share box.
#[function_component]
pub fn ShareBox(props: &Props) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let copy_button = use_node_ref();
    let copied = use_state(|| Copied::Not);
    // Opening the box moves the focus into it.
    {
        let copy_button = copy_button.clone();
        use_effect_with(props.link.clone(), move |_| {
            if let Some(button) = copy_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let copy = {
        let (link, on_copy) = (props.link.clone(), props.on_copy.clone());
        let (input, copied) = (input.clone(), copied.clone());
        let done = Callback::from(move |ok: bool| {
            if !ok {
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    input.select();
                }
            }
            copied.set(if ok { Copied::Yes } else { Copied::ByHand });
        });
        Callback::from(move |_: MouseEvent| on_copy.emit((link.clone(), done.clone())))
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="share-box" role="group" aria-label={i18n.t("share-label")}>
            <label>{i18n.t("share-explain")}
                <input ref={input} type="text" readonly=true value={props.link.clone()} data-testid="share-link"
                    onfocus={Callback::from(|e: FocusEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        input.select();
                    })} />
            </label>
            <button ref={copy_button} class="primary" onclick={copy}>{i18n.t("share-copy")}</button>
            <button onclick={close}>{i18n.t("share-done")}</button>
            <span class="copied" role="status">{ match *copied {
                Copied::Not => String::new(),
                Copied::Yes => i18n.t("share-copied"),
                Copied::ByHand => i18n.t("share-copy-by-hand"),
            } }</span>
        </div>
    }
}
