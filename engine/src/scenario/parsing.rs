//! A parse done a few lines at a time, for an editor that must give the
//! page back while it reads a long text: the same script as [`parse`], and
//! the same mistakes as [`parse_errors`], with how many lines are wrong.
//!
//! [`parse`]: super::parse
//! [`parse_errors`]: super::parse_errors

use super::{parse_line, ParseError, Script, Statement};
use crate::limits::{MAX_SCRIPT_BYTES, MAX_STATEMENTS};

/// A parse under way over one text, which the caller hands in again at
/// every [`Parsing::work`] (unchanged).
#[derive(Debug)]
pub struct Parsing {
    /// Byte offset of the next line to read.
    at: usize,
    /// Its 1-based number.
    line: usize,
    statements: Vec<Statement>,
    /// The error [`super::parse`] would return, once met.
    first: Option<ParseError>,
    /// Lines wrong on their own, up to `max`.
    errors: Vec<ParseError>,
    /// How many lines are wrong on their own, all counted.
    wrong: usize,
    max: usize,
    done: bool,
}

/// What a finished [`Parsing`] found.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// The text reads: its script.
    Script(Script),
    /// It does not: up to `max` mistakes (as [`super::parse_errors`]
    /// gives them), and how many lines are wrong in all.
    Errors(Vec<ParseError>, usize),
}

impl Parsing {
    /// A parse of a text that keeps at most `max` mistakes.
    pub fn new(max: usize) -> Parsing {
        Parsing {
            at: 0,
            line: 1,
            statements: Vec::new(),
            first: None,
            errors: Vec::new(),
            wrong: 0,
            max,
            done: false,
        }
    }

    /// Reads up to `lines` more lines of `text` (the same text at every
    /// call); true once the whole text is read.
    pub fn work(&mut self, text: &str, lines: usize) -> bool {
        if self.done {
            return true;
        }
        if self.at == 0 && text.len() > MAX_SCRIPT_BYTES {
            // What parse says, at once: nothing of an oversized text is read.
            self.first = super::parse(text).err();
            self.done = true;
            return true;
        }
        for _ in 0..lines {
            if self.at >= text.len() {
                self.done = true;
                return true;
            }
            let rest = &text[self.at..];
            let (line, next) = match rest.find('\n') {
                Some(i) => (&rest[..i], self.at + i + 1),
                None => (rest, text.len()),
            };
            let line = line.strip_suffix('\r').unwrap_or(line);
            self.read(line);
            self.at = next;
            self.line += 1;
        }
        self.done = self.at >= text.len();
        self.done
    }

    fn read(&mut self, line: &str) {
        if self.first.is_none() && self.statements.len() == MAX_STATEMENTS {
            self.first = Some(ParseError::new(
                self.line,
                1,
                format!("a scenario may have at most {MAX_STATEMENTS} statements"),
            ));
            self.statements = Vec::new();
        }
        match parse_line(line, self.line) {
            Ok(Some(kind)) if self.first.is_none() => self.statements.push(Statement {
                line: self.line,
                kind,
            }),
            Ok(_) => {}
            Err(e) => {
                self.wrong += 1;
                if self.errors.len() < self.max {
                    self.errors.push(e.clone());
                }
                if self.first.is_none() {
                    self.first = Some(e);
                    // The script will not be used: its memory is not kept.
                    self.statements = Vec::new();
                }
            }
        }
    }

    /// How many lines have been read.
    pub fn lines_read(&self) -> usize {
        self.line - 1
    }

    /// What was found (call once [`Parsing::work`] returned true).
    pub fn finish(self) -> Parsed {
        match self.first {
            None => Parsed::Script(Script {
                statements: self.statements,
            }),
            // No line is wrong on its own: the text is over a limit.
            Some(first) if self.errors.is_empty() => Parsed::Errors(vec![first], 1),
            Some(_) => Parsed::Errors(self.errors, self.wrong),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{parse, parse_errors};

    fn sliced(text: &str, lines: usize) -> Parsed {
        let mut p = Parsing::new(3);
        while !p.work(text, lines) {}
        p.finish()
    }

    #[test]
    fn a_sliced_parse_finds_what_parse_and_parse_errors_find() {
        let texts = [
            String::new(),
            "server listen\r\nclient connect\nrun\n".to_string(),
            "server lisen\n\nclient conect\nrun\nx\ny\nz\n# c\n".to_string(),
            "title \"T\"\nsay \"a\"\nrun".to_string(),
            "run\n".repeat(MAX_STATEMENTS + 1),
            "run\n".repeat(MAX_STATEMENTS) + "\n",
            " ".repeat(MAX_SCRIPT_BYTES + 1),
        ];
        for text in &texts {
            for lines in [1, 2, 7, usize::MAX] {
                match (sliced(text, lines), parse(text)) {
                    (Parsed::Script(a), Ok(b)) => assert_eq!(a, b),
                    (Parsed::Errors(found, n), Err(_)) => {
                        assert_eq!(found, parse_errors(text, 3), "{lines}");
                        assert!(n >= found.len());
                    }
                    (a, b) => panic!("{a:?} but parse gave {b:?}"),
                }
            }
        }
        // Every wrong line is counted, beyond those kept.
        assert!(matches!(
            sliced("x\ny\nz\nw\nv\n", 2),
            Parsed::Errors(found, 5) if found.len() == 3
        ));
    }
}
