//! Copying text for the student or teacher (the Clipboard API). Where the
//! browser refuses it, callers select the text for Ctrl+C instead.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false if the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
