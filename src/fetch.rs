//! Files served beside the app (catalogs, bundled lessons, a teacher's own
//! lessons), fetched when needed: the first load carries only what the
//! first screen needs.

use crate::stream::browser::{next, ByteStream};
use crate::stream::{read_capped, Stop};
use wasm_bindgen::prelude::*;
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
    /// Not all there after this many seconds.
    Timeout(usize),
}

/// Seconds a file may take to arrive whole (a server that never answers,
/// or sends a trickle, is given up then).
pub const TIMEOUT_SECONDS: usize = 20;

#[wasm_bindgen]
extern "C" {
    /// A signal that stops a fetch, and the reading of its body, after
    /// this many milliseconds.
    #[wasm_bindgen(js_namespace = AbortSignal, js_name = timeout, catch)]
    fn deadline(ms: u32) -> Result<JsValue, JsValue>;
    /// The global `fetch`, with options.
    #[wasm_bindgen(js_name = fetch)]
    fn fetch_with(input: &str, init: &js_sys::Object) -> js_sys::Promise;
}

/// A text file's contents, or nothing if it cannot be had (offline, a
/// missing file): callers say so or do without.
pub async fn text(path: &str) -> Option<String> {
    text_at_most(path, usize::MAX).await.ok()
}

/// Why a fetch or a read failed: its deadline, or the network.
fn failed(error: JsValue) -> FetchError {
    let name = js_sys::Reflect::get(&error, &"name".into()).unwrap_or_default();
    if name.as_string().as_deref() == Some("TimeoutError") {
        FetchError::Timeout(TIMEOUT_SECONDS)
    } else {
        FetchError::Network
    }
}

/// A text file of at most `max` bytes, or why not. The body is read as it
/// arrives and given up past `max` (a server may not say how long it is,
/// or send it compressed) or after [`TIMEOUT_SECONDS`].
pub async fn text_at_most(path: &str, max: usize) -> Result<String, FetchError> {
    let init = js_sys::Object::new();
    if let Ok(signal) = deadline(TIMEOUT_SECONDS as u32 * 1000) {
        let _ = js_sys::Reflect::set(&init, &"signal".into(), &signal);
    }
    let response: web_sys::Response = JsFuture::from(fetch_with(path, &init))
        .await
        .map_err(failed)?
        .unchecked_into();
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
    let body: ByteStream = js_sys::Reflect::get(&response, &"body".into())
        .map_err(failed)?
        .unchecked_into();
    let reader = body.get_reader();
    let bytes = match read_capped(max, || next(&reader)).await {
        Ok(bytes) => bytes,
        Err(Stop::TooLarge) => {
            // The rest is never downloaded.
            let _ = reader.cancel();
            return Err(FetchError::TooLarge(max));
        }
        Err(Stop::Failed(error)) => return Err(failed(error)),
    };
    // As the browser's own reading of text would: UTF-8, without a BOM.
    let text = String::from_utf8(bytes).map_err(|_| FetchError::NotText)?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
