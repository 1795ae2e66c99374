//! Splits one line of a scenario into tokens (words, strings, `key="string"`).

use super::ParseError;
use crate::limits::shorten;

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
    /// `key="string"`, as in `data="GET /"`.
    KeyStr(String, String),
}

impl Token {
    /// How the token reads in an error message.
    pub fn describe(&self) -> String {
        match &self.kind {
            Tok::Word(w) => format!("\"{}\"", shorten(w)),
            Tok::Str(s) => format!("the string {}", quote(&shorten(s))),
            Tok::KeyStr(k, s) => format!("{}={}", shorten(k), quote(&shorten(s))),
        }
    }
}

/// Writes a string in scenario syntax, escaping `"`, `\` and newlines.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // Playground extension: a carriage return (HTTP ends its lines
            // with one) survives text boxes that would drop a raw one.
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
                kind: Tok::Str(s),
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

/// Reads the string whose opening quote is at `open`; returns it and the
/// index just past the closing quote.
fn string_at(chars: &[char], open: usize, line_no: usize) -> Result<(String, usize), ParseError> {
    let mut s = String::new();
    let mut i = open + 1;
    while i < chars.len() {
        match chars[i] {
            '"' => return Ok((s, i + 1)),
            '\\' => {
                let escaped = match chars.get(i + 1) {
                    Some('"') => '"',
                    Some('\\') => '\\',
                    Some('n') => '\n',
                    Some('r') => '\r',
                    Some(other) => {
                        return Err(ParseError::new(
                            line_no,
                            i + 1,
                            format!("expected an escape \\\", \\\\, \\n or \\r, found \\{other}"),
                        ))
                    }
                    None => break,
                };
                s.push(escaped);
                i += 2;
            }
            c => {
                s.push(c);
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
}
