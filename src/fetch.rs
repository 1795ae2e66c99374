//! Files served beside the app (catalogs, bundled lessons), fetched when
//! needed: the first load carries only what the first screen needs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A text file's contents, or nothing if it cannot be had (offline, a
/// missing file): callers say so or do without.
pub async fn text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
