//! Splits one line of a scenario into tokens (words, strings, `key="string"`).

use super::ParseError;
use crate::limits::shorten;
use core::fmt::Write as _;

/// A token and the 1-based column (in characters) where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Tok,
    pub col: usize,
}

/// The kinds of token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A run of characters without spaces, quotes or `#`.
    Word(String),
    /// A double-quoted string, escapes resolved.
    Str(String),
    /// A double-quoted string whose `\xNN` escapes make bytes that are not
    /// UTF-8 (a captured payload): only `send` takes one.
    Bytes(Vec<u8>),
    /// `key="string"`, as in `data="GET /"`.
    KeyStr(String, String),
}

impl Token {
    /// The token, as an error names what was found.
    pub fn found(&self) -> super::Found {
        use super::Found;
        match &self.kind {
            Tok::Word(w) => Found::Word(shorten(w)),
            Tok::Str(s) => Found::Text(quote(&shorten(s))),
            Tok::Bytes(b) => Found::Text(shorten(&quote_bytes(b))),
            Tok::KeyStr(k, s) => Found::Word(format!("{}={}", shorten(k), quote(&shorten(s)))),
        }
    }

    /// How the token reads in an error message.
    pub fn describe(&self) -> String {
        match &self.kind {
            Tok::Word(w) => format!("\"{}\"", shorten(w)),
            Tok::Str(s) => format!("the string {}", quote(&shorten(s))),
            Tok::Bytes(b) => format!("the string {}", shorten(&quote_bytes(b))),
            Tok::KeyStr(k, s) => format!("{}={}", shorten(k), quote(&shorten(s))),
        }
    }
}

/// Writes a string in scenario syntax, escaping `"`, `\` and newlines;
/// other ASCII control characters are written `\xNN`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    escape_into(s, &mut out);
    out.push('"');
    out
}

/// Writes bytes in scenario syntax, as [`quote`] writes text: what is
/// UTF-8 as it is, every other byte `\xNN` (a captured payload).
pub fn quote_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        escape_into(chunk.valid(), &mut out);
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

fn escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // Playground extension: a carriage return (HTTP ends its lines
            // with one) survives text boxes that would drop a raw one.
            '\r' => out.push_str("\\r"),
            // A tab reads as itself; other control characters would not.
            '\t' => out.push(c),
            // (`\xNN` is a byte: only ASCII's are one character.)
            c if c.is_ascii_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// Tokenizes one line (without its newline).
pub(crate) fn tokenize(line: &str, line_no: usize) -> Result<Vec<Token>, ParseError> {
    let chars: Vec<char> = line.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' || c == '\t' || c == '\r' {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        let col = i + 1;
        if c == '"' {
            let (s, next) = string_at(&chars, i, line_no)?;
            tokens.push(Token {
                kind: match String::from_utf8(s) {
                    Ok(text) => Tok::Str(text),
                    Err(e) => Tok::Bytes(e.into_bytes()),
                },
                col,
            });
            i = next;
            continue;
        }
        let start = i;
        while i < chars.len() && !matches!(chars[i], ' ' | '\t' | '\r' | '#' | '"') {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if i < chars.len() && chars[i] == '"' {
            let Some(key) = word.strip_suffix('=') else {
                return Err(ParseError::new(
                    line_no,
                    i + 1,
                    format!(
                        "expected a space before the quote, found \"{word}\" directly before it"
                    ),
                ));
            };
            let (s, next) = string_at(&chars, i, line_no)?;
            let s = String::from_utf8(s).map_err(|_| {
                ParseError::new(
                    line_no,
                    i + 1,
                    format!("expected text for {key}=, found bytes that are not UTF-8"),
                )
            })?;
            tokens.push(Token {
                kind: Tok::KeyStr(key.to_string(), s),
                col,
            });
            i = next;
        } else {
            tokens.push(Token {
                kind: Tok::Word(word),
                col,
            });
        }
    }
    Ok(tokens)
}

/// Reads the string whose opening quote is at `open`; returns its bytes
/// (UTF-8 unless a `\xNN` escape made them otherwise) and the index just
/// past the closing quote.
fn string_at(chars: &[char], open: usize, line_no: usize) -> Result<(Vec<u8>, usize), ParseError> {
    let mut s = Vec::new();
    let mut i = open + 1;
    let mut utf8 = [0u8; 4];
    while i < chars.len() {
        match chars[i] {
            '"' => return Ok((s, i + 1)),
            '\\' => {
                let escaped = match chars.get(i + 1) {
                    Some('"') => b'"',
                    Some('\\') => b'\\',
                    Some('n') => b'\n',
                    Some('r') => b'\r',
                    // Playground extension: any byte, as two hex digits.
                    Some('x') => {
                        let hex: String = chars.iter().skip(i + 2).take(2).collect();
                        let byte = (hex.len() == 2 && hex.chars().all(|h| h.is_ascii_hexdigit()))
                            .then(|| u8::from_str_radix(&hex, 16).ok())
                            .flatten()
                            .ok_or_else(|| {
                                ParseError::new(
                                    line_no,
                                    i + 1,
                                    format!("expected two hex digits after \\x, found \\x{hex}"),
                                )
                            })?;
                        s.push(byte);
                        i += 4;
                        continue;
                    }
                    Some(other) => {
                        return Err(ParseError::new(
                            line_no,
                            i + 1,
                            format!(
                                "expected an escape \\\", \\\\, \\n, \\r or \\xNN, found \\{other}"
                            ),
                        ))
                    }
                    None => break,
                };
                s.push(escaped);
                i += 2;
            }
            c => {
                s.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                i += 1;
            }
        }
    }
    Err(ParseError::new(
        line_no,
        open + 1,
        "expected a closing \" for the string that starts here, found the end of the line",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<Tok> {
        tokenize(line, 1)
            .unwrap()
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn comments_end_the_line_outside_strings() {
        assert_eq!(
            words("say \"a # b\" # note"),
            vec![Tok::Word("say".into()), Tok::Str("a # b".into())]
        );
    }

    #[test]
    fn key_string_keeps_spaces() {
        assert_eq!(
            words("expect wire ACK data=\"GET /\""),
            vec![
                Tok::Word("expect".into()),
                Tok::Word("wire".into()),
                Tok::Word("ACK".into()),
                Tok::KeyStr("data".into(), "GET /".into())
            ]
        );
    }

    #[test]
    fn escapes_and_columns() {
        let toks = tokenize("  say \"x\\\"y\\n\"", 3).unwrap();
        assert_eq!(toks[0].col, 3);
        assert_eq!(toks[1].kind, Tok::Str("x\"y\n".into()));
    }

    #[test]
    fn a_carriage_return_round_trips_as_an_escape() {
        let text = "GET / HTTP/1.0\r\n\r\n";
        let quoted = quote(text);
        assert!(!quoted.contains('\r'), "{quoted}");
        let toks = tokenize(&format!("say {quoted}"), 1).unwrap();
        assert_eq!(toks[1].kind, Tok::Str(text.into()));
    }

    #[test]
    fn unterminated_string_names_its_column() {
        let err = tokenize("say \"oops", 4).unwrap_err();
        assert_eq!((err.line, err.col), (4, 5));
    }

    #[test]
    fn any_bytes_survive_quoting_with_hex_escapes() {
        let bytes: Vec<u8> = (0..=255u8).chain(*b"GET / \xff \"q\"").collect();
        let quoted = quote_bytes(&bytes);
        // One line, with nothing a text box would change.
        assert!(
            quoted.chars().all(|c| c == '\t' || !c.is_control()),
            "{quoted}"
        );
        let toks = tokenize(&format!("client send {quoted}"), 1).unwrap();
        assert_eq!(toks[2].kind, Tok::Bytes(bytes));
        // Control characters in text are escaped too, and read back.
        let text = "a\u{1b}[0m\u{0}b\u{7f}é";
        let toks = tokenize(&format!("say {}", quote(text)), 1).unwrap();
        assert_eq!(toks[1].kind, Tok::Str(text.into()));
    }

    #[test]
    fn a_hex_escape_takes_two_hex_digits() {
        for bad in ["\"\\x4\"", "\"\\x+f\"", "\"\\xzz\""] {
            let err = tokenize(&format!("say {bad}"), 2).unwrap_err();
            assert_eq!((err.line, err.col), (2, 6), "{bad}");
        }
        // A key's string is text: bytes that are not UTF-8 are refused.
        assert!(tokenize("expect wire ACK data=\"\\xff\"", 1).is_err());
    }
}
