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
