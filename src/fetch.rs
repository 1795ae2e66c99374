//! Files served beside the app (catalogs, bundled lessons, a teacher's own
//! lessons), fetched when needed: the first load carries only what the
//! first screen needs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, or the address refused by the browser.
    Network,
    /// The server answered with this HTTP status (404: no such file).
    Status(u16),
    /// Longer than this many bytes.
    TooLarge(usize),
    /// Not text.
    NotText,
}

/// A text file's contents, or nothing if it cannot be had (offline, a
/// missing file): callers say so or do without.
pub async fn text(path: &str) -> Option<String> {
    text_at_most(path, usize::MAX).await.ok()
}

/// A text file of at most `max` bytes, or why not.
pub async fn text_at_most(path: &str, max: usize) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    // Refused before it is read when the server says how long it is.
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(FetchError::TooLarge(max));
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchError::NotText)?)
        .await
        .map_err(|_| FetchError::Network)?
        .as_string()
        .ok_or(FetchError::NotText)?;
    if text.len() > max {
        return Err(FetchError::TooLarge(max));
    }
    Ok(text)
}
