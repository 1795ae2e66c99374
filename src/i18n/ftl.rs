//! A small reader and formatter for the part of Project Fluent's syntax the
//! catalogs use: messages, attributes, `{ $variables }`, string literals and
//! select expressions on plural categories or exact values.
//!
//! Why not `fluent-bundle`: measured in a release wasm build it adds about
//! 158 KB (61 KB gzip), a third of the first-load budget, for features the
//! catalogs do not need. The files stay valid Fluent, so translators' tools
//! still read them.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq)]
enum Elem {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Elem>)>,
        default: usize,
    },
}

/// A message: its value and attributes.
#[derive(Clone, Debug, Default, PartialEq)]
struct Message {
    value: Option<Vec<Elem>>,
    attrs: Vec<(String, Vec<Elem>)>,
}

/// A value given to a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number: selects plural categories.
    Num(u64),
    /// Text, already in the reader's language.
    Str(String),
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Num(n)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Num(u64::from(n))
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Num(n as u64)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_string())
    }
}

/// Plural categories of the languages shipped (CLDR cardinal rules for
/// whole numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plurals {
    /// English, Spanish, Portuguese...: `one` for 1.
    OneOther,
    /// Chinese, Japanese...: always `other`.
    Other,
}

impl Plurals {
    fn category(self, n: u64) -> &'static str {
        match self {
            Plurals::OneOther if n == 1 => "one",
            Plurals::OneOther | Plurals::Other => "other",
        }
    }
}

/// A catalog of one language. Its entries are found when it is read but
/// parsed the first time one is asked for: a page shows a few dozen of its
/// hundreds of messages, and parsing all of them held up the first screen.
#[derive(Clone, Debug)]
pub struct Resource {
    text: Rc<str>,
    /// Each id and its entry in `parsed` (the last of entries with one id
    /// wins, as in Fluent).
    entries: HashMap<String, usize>,
    /// Where each entry starts in `text`, and the entry once parsed
    /// (`None`: it does not parse).
    parsed: Vec<(usize, OnceCell<Option<Message>>)>,
    plurals: Plurals,
}

impl PartialEq for Resource {
    fn eq(&self, other: &Resource) -> bool {
        self.text == other.text && self.plurals == other.plurals
    }
}

/// A line the reader could not take.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn line(&self) -> usize {
        self.text[..self.pos.min(self.text.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count()
            + 1
    }

    fn err(&self, message: &str) -> ParseError {
        ParseError {
            line: self.line(),
            message: message.to_string(),
        }
    }

    fn skip_inline_space(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    #[cfg(test)]
    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b'\n' {
                break;
            }
        }
    }

    fn ident(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        if !self.peek().is_some_and(is_ident_start) {
            return Err(self.err("expected an identifier"));
        }
        while self.peek().is_some_and(is_ident) {
            self.pos += 1;
        }
        Ok(self.text[start..self.pos].to_string())
    }

    fn expect(&mut self, c: u8) -> Result<(), ParseError> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected '{}'", c as char)))
        }
    }

    /// After a newline at `at`: does an indented line that continues the
    /// pattern start there (not an attribute, variant or closing brace)?
    fn continues(&self, at: usize) -> bool {
        let rest = &self.text[at..];
        let line = rest.split('\n').next().unwrap_or("");
        if !line.starts_with(' ') {
            return false;
        }
        let trimmed = line.trim_start();
        !trimmed.is_empty() && !matches!(trimmed.as_bytes()[0], b'.' | b'[' | b'*' | b'}')
    }

    /// A pattern up to the end of its last continuation line.
    fn pattern(&mut self) -> Result<Vec<Elem>, ParseError> {
        let mut elems = Vec::new();
        let mut text = String::new();
        self.skip_inline_space();
        loop {
            match self.peek() {
                None | Some(b'}') => break,
                Some(b'{') => {
                    if !text.is_empty() {
                        elems.push(Elem::Text(core::mem::take(&mut text)));
                    }
                    self.pos += 1;
                    elems.push(self.placeable()?);
                }
                Some(b'\n') => {
                    if self.continues(self.pos + 1) {
                        self.pos += 1;
                        self.skip_inline_space();
                        text.push('\n');
                    } else {
                        break;
                    }
                }
                Some(b'\r') => self.pos += 1,
                Some(_) => {
                    let rest = &self.text[self.pos..];
                    let end = rest.find(['{', '}', '\n', '\r']).unwrap_or(rest.len());
                    text.push_str(&rest[..end]);
                    self.pos += end;
                }
            }
        }
        let trimmed = text.trim_end();
        if !trimmed.is_empty() {
            elems.push(Elem::Text(trimmed.to_string()));
        }
        Ok(elems)
    }

    fn string_literal(&mut self) -> Result<String, ParseError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(c) = rest.chars().next() else {
                return Err(self.err("unterminated string"));
            };
            self.pos += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let Some(e) = self.text[self.pos..].chars().next() else {
                        return Err(self.err("unterminated string"));
                    };
                    self.pos += e.len_utf8();
                    out.push(e);
                }
                '\n' => return Err(self.err("unterminated string")),
                c => out.push(c),
            }
        }
    }

    fn placeable(&mut self) -> Result<Elem, ParseError> {
        self.skip_space();
        let elem = match self.peek() {
            Some(b'"') => Elem::Text(self.string_literal()?),
            Some(b'$') => {
                self.pos += 1;
                let var = self.ident()?;
                self.skip_space();
                if self.text[self.pos..].starts_with("->") {
                    self.pos += 2;
                    self.select(var)?
                } else {
                    Elem::Var(var)
                }
            }
            _ => return Err(self.err("expected $variable or \"text\" in { }")),
        };
        self.skip_space();
        self.expect(b'}')?;
        Ok(elem)
    }

    fn select(&mut self, var: String) -> Result<Elem, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'}') => break,
                Some(b'*') => {
                    self.pos += 1;
                    default = Some(variants.len());
                }
                Some(b'[') => {}
                _ => return Err(self.err("expected a variant [key]")),
            }
            self.expect(b'[')?;
            self.skip_inline_space();
            let start = self.pos;
            while self.peek().is_some_and(is_ident) {
                self.pos += 1;
            }
            let key = self.text[start..self.pos].to_string();
            self.skip_inline_space();
            self.expect(b']')?;
            variants.push((key, self.pattern()?));
        }
        let default = default.ok_or_else(|| self.err("a select needs a *[default] variant"))?;
        Ok(Elem::Select {
            var,
            variants,
            default,
        })
    }

    fn message(&mut self) -> Result<(String, Message), ParseError> {
        let id = self.ident()?;
        self.skip_inline_space();
        self.expect(b'=')?;
        let value = self.pattern()?;
        let mut message = Message {
            value: (!value.is_empty()).then_some(value),
            attrs: Vec::new(),
        };
        // Attributes: indented lines starting with `.`.
        while self.peek() == Some(b'\n') {
            let line = self.text[self.pos + 1..].split('\n').next().unwrap_or("");
            if !(line.starts_with(' ') && line.trim_start().starts_with('.')) {
                break;
            }
            self.pos += 1;
            self.skip_inline_space();
            self.pos += 1; // the '.'
            let name = self.ident()?;
            self.skip_inline_space();
            self.expect(b'=')?;
            let pattern = self.pattern()?;
            message.attrs.push((name, pattern));
        }
        Ok((id, message))
    }
}

impl Resource {
    /// Reads a catalog whole. Entries that do not parse are skipped and
    /// reported; the rest is usable. For the tests and for texts whose
    /// errors are shown; [`Resource::lazy`] is the same catalog, parsed as
    /// it is used.
    pub fn parse(text: &str, plurals: Plurals) -> (Resource, Vec<ParseError>) {
        let res = Resource::lazy(text, plurals);
        let mut errors = Vec::new();
        for (start, cell) in &res.parsed {
            let message = match res.parser(*start).message() {
                Ok((_, message)) => Some(message),
                Err(e) => {
                    errors.push(e);
                    None
                }
            };
            let _ = cell.set(message);
        }
        // Lines that are neither an entry, nor a comment, nor blank, nor
        // indented under an entry.
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            if line
                .bytes()
                .next()
                .is_some_and(|c| !is_ident_start(c) && !matches!(c, b'#' | b'\n' | b'\r' | b' '))
            {
                errors.push(res.parser(line_start).err("expected an identifier"));
            }
            line_start += line.len();
        }
        errors.sort_by_key(|e| e.line);
        (res, errors)
    }

    /// Finds a catalog's entries, to be parsed when first asked for. An
    /// entry is a line that starts with an identifier (comments, blank
    /// lines and indented lines are not): the lines indented below it are
    /// its own, as in Fluent.
    pub fn lazy(text: &str, plurals: Plurals) -> Resource {
        let mut entries = HashMap::new();
        let mut parsed = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            if line.as_bytes().first().is_some_and(|&c| is_ident_start(c)) {
                let len = line
                    .bytes()
                    .position(|c| !is_ident(c))
                    .unwrap_or(line.len());
                entries.insert(line[..len].to_string(), parsed.len());
                parsed.push((start, OnceCell::new()));
            }
            start += line.len();
        }
        Resource {
            text: Rc::from(text),
            entries,
            parsed,
            plurals,
        }
    }

    fn parser(&self, at: usize) -> Parser<'_> {
        Parser {
            s: self.text.as_bytes(),
            text: &self.text,
            pos: at,
        }
    }

    /// Entry `i`, parsed on first use (`None`: it does not parse).
    fn message(&self, i: usize) -> Option<&Message> {
        let (start, cell) = &self.parsed[i];
        cell.get_or_init(|| self.parser(*start).message().ok().map(|(_, m)| m))
            .as_ref()
    }

    /// Whether the message (and attribute) exists.
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        self.pattern(id, attr).is_some()
    }

    fn pattern(&self, id: &str, attr: Option<&str>) -> Option<&Vec<Elem>> {
        let m = self.message(*self.entries.get(id)?)?;
        match attr {
            None => m.value.as_ref(),
            Some(a) => m.attrs.iter().find(|(n, _)| n == a).map(|(_, p)| p),
        }
    }

    /// Formats a message (or one of its attributes) with `args`; `None`
    /// when this catalog lacks it.
    pub fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, Value)]) -> Option<String> {
        let mut out = String::new();
        self.write(self.pattern(id, attr)?, args, &mut out);
        Some(out)
    }

    fn write(&self, elems: &[Elem], args: &[(&str, Value)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        for elem in elems {
            match elem {
                Elem::Text(t) => out.push_str(t),
                Elem::Var(v) => match arg(v) {
                    Some(Value::Num(n)) => out.push_str(&n.to_string()),
                    Some(Value::Str(s)) => out.push_str(s),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Elem::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = match arg(var) {
                        Some(Value::Num(n)) => {
                            let exact = n.to_string();
                            let category = self.plurals.category(*n);
                            variants
                                .iter()
                                .position(|(k, _)| *k == exact)
                                .or_else(|| variants.iter().position(|(k, _)| k == category))
                        }
                        Some(Value::Str(s)) => variants.iter().position(|(k, _)| k == s),
                        None => None,
                    };
                    self.write(&variants[chosen.unwrap_or(*default)].1, args, out);
                }
            }
        }
    }

    /// Every (message, attribute) pair, for catalog tests.
    pub fn keys(&self) -> Vec<(String, Option<String>)> {
        let mut keys = Vec::new();
        for (id, &i) in &self.entries {
            let Some(m) = self.message(i) else { continue };
            if m.value.is_some() {
                keys.push((id.clone(), None));
            }
            for (a, _) in &m.attrs {
                keys.push((id.clone(), Some(a.clone())));
            }
        }
        keys.sort();
        keys
    }

    /// The variables a message (or attribute) uses, sorted.
    pub fn variables(&self, id: &str, attr: Option<&str>) -> Vec<String> {
        fn walk(elems: &[Elem], out: &mut Vec<String>) {
            for e in elems {
                match e {
                    Elem::Text(_) => {}
                    Elem::Var(v) => out.push(v.clone()),
                    Elem::Select { var, variants, .. } => {
                        out.push(var.clone());
                        for (_, p) in variants {
                            walk(p, out);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(p) = self.pattern(id, attr) {
            walk(p, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
# a comment
hello = Hello, { $name }!
    .plain = A greeting.
bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    } left
data = { $len ->
        [0] only FIN
       *[other] { $len } of data{ $fin ->
            [1] , then FIN
           *[other] {""}
        }
    }
long = first line
    second line
broken = { oops }
after = still read
"#;

    #[test]
    fn messages_attributes_variables_and_selects_format() {
        let (r, errors) = Resource::parse(SAMPLE, Plurals::OneOther);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 18);
        let f = |id: &str, args: &[(&str, Value)]| r.format(id, None, args).unwrap();
        assert_eq!(f("hello", &[("name", "Ana".into())]), "Hello, Ana!");
        assert_eq!(
            r.format("hello", Some("plain"), &[]).unwrap(),
            "A greeting."
        );
        assert_eq!(f("bytes", &[("n", 1u64.into())]), "1 byte left");
        assert_eq!(f("bytes", &[("n", 5u64.into())]), "5 bytes left");
        assert_eq!(
            f("data", &[("len", 0u64.into()), ("fin", 1u64.into())]),
            "only FIN"
        );
        assert_eq!(
            f("data", &[("len", 3u64.into()), ("fin", 1u64.into())]),
            "3 of data, then FIN"
        );
        assert_eq!(
            f("data", &[("len", 3u64.into()), ("fin", 0u64.into())]),
            "3 of data"
        );
        assert_eq!(f("long", &[]), "first line\nsecond line");
        assert_eq!(f("after", &[]), "still read");
        assert_eq!(
            f("hello", &[]),
            "Hello, {$name}!",
            "a missing value shows its name"
        );
        assert_eq!(r.variables("data", None), ["fin", "len"]);
    }

    fn read_sequentially(text: &str) -> std::collections::HashMap<String, Message> {
        let mut p = Parser {
            s: text.as_bytes(),
            text,
            pos: 0,
        };
        let mut messages = std::collections::HashMap::new();
        while let Some(c) = p.peek() {
            if matches!(c, b'#' | b'\n' | b'\r' | b' ') {
                p.skip_line();
                continue;
            }
            match p.message() {
                Ok((id, message)) => {
                    messages.insert(id, message);
                }
                Err(_) => {
                    p.skip_line();
                    while p.peek() == Some(b' ') {
                        p.skip_line();
                    }
                }
            }
        }
        messages
    }

    #[test]
    fn a_catalog_read_lazily_says_what_one_parsed_whole_says() {
        let catalogs = [
            include_str!("../../i18n/en.ftl"),
            include_str!("../../i18n/es.ftl"),
            include_str!("../../i18n/zh-CN.ftl"),
            include_str!("../../i18n/rules.en.ftl"),
            include_str!("../../i18n/rules.es.ftl"),
            include_str!("../../i18n/rules.zh-CN.ftl"),
            include_str!("../../i18n/rfc.ftl"),
            include_str!("../../i18n/lessons.es.ftl"),
            SAMPLE,
        ];
        for text in catalogs {
            let (whole, _) = Resource::parse(text, Plurals::OneOther);
            let lazy = Resource::lazy(text, Plurals::OneOther);
            // Against the reader as it was: one entry after the other,
            // each starting where the last one ended.
            let sequential = read_sequentially(text);
            let readable = lazy
                .entries
                .values()
                .filter(|&&i| lazy.message(i).is_some());
            assert_eq!(readable.count(), sequential.len());
            for (id, message) in &sequential {
                assert_eq!(lazy.message(lazy.entries[id]), Some(message), "{id}");
            }
            let keys = whole.keys();
            assert!(keys.len() > 3);
            for (id, attr) in &keys {
                let vars = whole.variables(id, attr.as_deref());
                for n in [1u64, 7] {
                    let args: Vec<(&str, Value)> =
                        vars.iter().map(|v| (v.as_str(), Value::Num(n))).collect();
                    assert_eq!(
                        lazy.format(id, attr.as_deref(), &args),
                        whole.format(id, attr.as_deref(), &args),
                        "{id}"
                    );
                }
            }
            assert_eq!(lazy.keys(), keys);
            assert!(!lazy.has("no-such-message", None));
        }
    }

    #[test]
    fn the_last_of_two_entries_with_one_id_wins_and_stray_lines_are_reported() {
        let text = "a = first\nb = bee\n{ stray }\na = second\nword\n";
        let (r, errors) = Resource::parse(text, Plurals::OneOther);
        assert_eq!(r.format("a", None, &[]).as_deref(), Some("second"));
        assert_eq!(r.format("b", None, &[]).as_deref(), Some("bee"));
        assert!(!r.has("word", None), "a line with no = is no message");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 5], "{errors:?}");
        let lazy = Resource::lazy(text, Plurals::OneOther);
        assert_eq!(lazy.format("a", None, &[]).as_deref(), Some("second"));
        assert!(!lazy.has("word", None));
    }

    #[test]
    fn chinese_has_no_plural_one() {
        let (r, _) = Resource::parse(SAMPLE, Plurals::Other);
        assert_eq!(
            r.format("bytes", None, &[("n", 1u64.into())]).unwrap(),
            "1 bytes left"
        );
    }
}
