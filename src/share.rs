//! Share links: the session as scenario text, deflated and written in
//! base64url into the URL fragment (`#s=…`), which never reaches a server.

use crate::i18n::Text;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// The fragment key of a shared session.
pub const PREFIX: &str = "#s=";
/// The fragment key of a lesson's whole text (for teachers who cannot
/// host files): packed as a shared session is.
pub const LESSON_PREFIX: &str = "#lesson-text=";
/// Largest session a link may unpack to.
const MAX_TEXT: usize = 4 << 20;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Scenario text to a fragment value.
pub fn encode(text: &str) -> String {
    base64url(&compress_to_vec(text.as_bytes(), 9))
}

/// The same, deflated by the browser (its `CompressionStream`): the
/// playground makes links this way so that its first load carries no
/// compressor of its own (the editor, a page of its own, uses [`encode`]).
/// Any deflate stream decodes with [`decode`]. `None` where the browser
/// cannot (older than 2023). Outside a browser (tests), [`encode`].
pub async fn encode_in_browser(text: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return Some(base64url(&browser::deflate_raw(text.as_bytes()).await?));
    #[cfg(not(target_arch = "wasm32"))]
    Some(encode(text))
}

/// [`decode`], inflated by the browser (its `DecompressionStream`), so
/// that the playground's first load carries no inflater of its own; read
/// piece by piece and given up past the same limit. Outside a browser
/// (tests), [`decode`].
pub async fn decode_in_browser(value: &str) -> Result<String, Text> {
    #[cfg(target_arch = "wasm32")]
    {
        let packed = unbase64url(value.trim()).ok_or(Text::key("share-bad-chars"))?;
        let bytes = browser::inflate_raw(&packed, MAX_TEXT)
            .await
            .map_err(|unsupported| {
                Text::key(if unsupported {
                    "share-old-browser"
                } else {
                    "share-cut"
                })
            })?;
        String::from_utf8(bytes).map_err(|_| Text::key("share-not-text"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    decode(value)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::stream::browser::{next, pieces, ByteStream};
    use crate::stream::{read_capped, Stop, PACKED_PIECE};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        /// The Compression Streams standard's compressor or decompressor
        /// (a pair of streams: bytes in, bytes out).
        type Transform;
        #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
        fn compressor(format: &str) -> Result<Transform, JsValue>;
        #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
        fn decompressor(format: &str) -> Result<Transform, JsValue>;
        #[wasm_bindgen(method, structural, js_name = pipeThrough, catch)]
        fn pipe_through(this: &ByteStream, through: &Transform) -> Result<ByteStream, JsValue>;
        /// A Response, to read a stream whole.
        type Whole;
        #[wasm_bindgen(constructor, js_class = "Response", catch)]
        fn new(stream: &ByteStream) -> Result<Whole, JsValue>;
        #[wasm_bindgen(method, structural, js_name = arrayBuffer)]
        fn array_buffer(this: &Whole) -> js_sys::Promise;
    }

    /// `bytes` as a raw deflate stream (RFC 1951).
    pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
        let deflater = Transform::compressor("deflate-raw").ok()?;
        let packed = pieces(bytes, usize::MAX)?.pipe_through(&deflater).ok()?;
        let buffer = JsFuture::from(Whole::new(&packed).ok()?.array_buffer())
            .await
            .ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    /// A raw deflate stream unpacked. `Err(true)`: this browser cannot;
    /// `Err(false)`: the stream is damaged, cut short or unpacks to more
    /// than `limit` bytes (then it is not unpacked further: a few kilobytes
    /// of link can unpack to gigabytes). The packed bytes go in a
    /// kilobyte at a time, only as fast as the unpacked ones are read.
    pub async fn inflate_raw(packed: &[u8], limit: usize) -> Result<Vec<u8>, bool> {
        let inflater = Transform::decompressor("deflate-raw").map_err(|_| true)?;
        let reader = pieces(packed, PACKED_PIECE)
            .ok_or(true)?
            .pipe_through(&inflater)
            .map_err(|_| true)?
            .get_reader();
        read_capped(limit, || next(&reader)).await.map_err(|stop| {
            if matches!(stop, Stop::TooLarge) {
                // The rest is never unpacked.
                let _ = reader.cancel();
            }
            false
        })
    }
}

/// A fragment value back to scenario text; the error says what is wrong.
pub fn decode(value: &str) -> Result<String, Text> {
    let packed = unbase64url(value.trim()).ok_or(Text::key("share-bad-chars"))?;
    let bytes =
        decompress_to_vec_with_limit(&packed, MAX_TEXT).map_err(|_| Text::key("share-cut"))?;
    String::from_utf8(bytes).map_err(|_| Text::key("share-not-text"))
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_round_trip_through_a_link() {
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "seed 1\nserver listen\nclient connect\nsay \"héllo\"\n",
        ] {
            assert_eq!(decode(&encode(text)).unwrap(), text);
        }
    }

    #[test]
    fn damaged_links_are_explained() {
        let en = crate::i18n::I18n::english();
        assert!(decode("%%%")
            .unwrap_err()
            .render(&en)
            .contains("characters"));
        assert!(decode("AAAA").unwrap_err().render(&en).contains("unpacked"));
        let good = encode("server listen\n");
        assert!(decode(&good[..good.len() / 2]).is_err());
    }
}
