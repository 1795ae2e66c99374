//! The parser: text to [`Script`], with errors that say where and what was
//! expected.

use super::lex::{tokenize, Tok, Token};
use super::suggest;
use super::{
    is_lang_tag, Answered, CallSpec, CaptureAt, CcVar, Check, Expecting, Found, LessonAt, NameKind,
    Narration, Numbering, ParseError, Payload, Question, Received, Script, SegField, SegSpec,
    SeqExpr, Setting, Statement, Stmt, Unknown, Var, MAX_INJECT_LEN,
};
use crate::endpoint::{CongestionControl, State, MAX_IW, MAX_WINDOW};
use crate::limits::{
    shorten, MAX_NARRATION_CHARS, MAX_SCRIPT_BYTES, MAX_STATEMENTS, MAX_TITLE_CHARS,
};
use crate::note::{Rule, Signal};
use crate::segment::Flags;
use crate::side::Side;
use crate::wire::Selector;
use core::time::Duration;

/// Parses a whole scenario.
pub fn parse(text: &str) -> Result<Script, ParseError> {
    if text.len() > MAX_SCRIPT_BYTES {
        return Err(ParseError::new(
            1,
            1,
            format!(
                "the text is {} bytes long; a scenario may have at most {MAX_SCRIPT_BYTES} bytes",
                text.len()
            ),
        ));
    }
    let mut statements = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if statements.len() == MAX_STATEMENTS {
            return Err(ParseError::new(
                line_no,
                1,
                format!("a scenario may have at most {MAX_STATEMENTS} statements"),
            ));
        }
        if let Some(kind) = parse_line(line, line_no)? {
            statements.push(Statement {
                line: line_no,
                kind,
            });
        }
    }
    super::question::check_places(&statements)?;
    Ok(Script { statements })
}

/// How many statements `text` holds (its lines that are neither blank nor
/// a comment), without parsing them: for a caller that parses a long text
/// line by line with [`parse_line`] as it runs it.
pub fn count_statements(text: &str) -> usize {
    text.lines()
        .filter(|line| {
            let line = line.trim_start_matches([' ', '\t', '\r']);
            !line.is_empty() && !line.starts_with('#')
        })
        .count()
}

/// One line (numbered `line_no` in errors): its statement, or nothing for
/// a blank line or a comment.
pub fn parse_line(line: &str, line_no: usize) -> Result<Option<Stmt>, ParseError> {
    let tokens = tokenize(line, line_no)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    let end_col = line.chars().count() + 1;
    let mut p = Line {
        tokens,
        pos: 0,
        line: line_no,
        end_col,
    };
    let kind = p.statement()?;
    p.end()?;
    Ok(Some(kind))
}

/// Every line's mistake, up to `max` of them, where [`parse`] stops at the
/// first: for an editor that marks them all as the teacher types.
pub fn parse_errors(text: &str, max: usize) -> Vec<ParseError> {
    let Err(first) = parse(text) else {
        return Vec::new();
    };
    let lines: Vec<ParseError> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| parse_line(line, i + 1).err())
        .take(max)
        .collect();
    // No line is wrong on its own: the text is over a limit.
    if lines.is_empty() {
        vec![first]
    } else {
        lines
    }
}

/// A cursor over one line's tokens.
struct Line {
    tokens: Vec<Token>,
    pos: usize,
    line: usize,
    end_col: usize,
}

const SIDE_WORDS: &str = "client or server";

impl Line {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn peek_word(&self) -> Option<&str> {
        match self.peek().map(|t| &t.kind) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn col(&self) -> usize {
        self.peek().map_or(self.end_col, |t| t.col)
    }

    /// An error at the current token: "expected WHAT, found ...".
    fn expected(&self, what: &str) -> ParseError {
        expecting(self.line, self.col(), what, self.peek())
    }

    fn error_here(&self, message: String) -> ParseError {
        ParseError::new(self.line, self.col(), message)
    }

    fn end(&self) -> Result<(), ParseError> {
        if self.peek().is_some() {
            Err(self.expected("the end of the line"))
        } else {
            Ok(())
        }
    }

    fn word(&mut self, what: &str) -> Result<String, ParseError> {
        match self.peek_word() {
            Some(w) => {
                let w = w.to_string();
                self.pos += 1;
                Ok(w)
            }
            None => Err(self.expected(what)),
        }
    }

    /// Parses the next word with `f`; on `None`, reports WHAT expected.
    fn word_as<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&str) -> Option<T>,
    ) -> Result<T, ParseError> {
        match self.peek_word().and_then(f) {
            Some(v) => {
                self.pos += 1;
                Ok(v)
            }
            None => Err(self.expected(what)),
        }
    }

    fn string(&mut self, what: &str) -> Result<String, ParseError> {
        match self.peek().map(|t| &t.kind) {
            Some(Tok::Str(s)) => {
                let s = s.clone();
                self.pos += 1;
                Ok(s)
            }
            _ => Err(self.expected(what)),
        }
    }

    /// A text past its limit is refused at its line, before it is read
    /// (a 4 MB title would be drawn whole).
    fn within_limit(&self, of: Narration) -> Result<(), ParseError> {
        let (max, name) = match of {
            Narration::Title => (MAX_TITLE_CHARS, "a title"),
            Narration::Say => (MAX_NARRATION_CHARS, "a narration"),
            Narration::Hint => (MAX_NARRATION_CHARS, "a hint"),
            Narration::Ask => (MAX_NARRATION_CHARS, "a question"),
            Narration::Choice => (MAX_NARRATION_CHARS, "a choice"),
        };
        if let Some(Tok::Str(s)) = self.peek().map(|t| &t.kind) {
            if s.chars().nth(max).is_some() {
                let n = s.chars().count();
                return Err(self.error_here(format!(
                    "{name} may have at most {max} characters; this one has {n}"
                )));
            }
        }
        Ok(())
    }

    /// `say "TEXT"`, or a translation `say LANG "TEXT"` (and the same for
    /// `title` and `hint`).
    fn narration(&mut self, of: Narration) -> Result<Stmt, ParseError> {
        let lang = match self.peek_word() {
            Some(tag) if is_lang_tag(tag) => Some(tag.to_string()),
            Some(_) => {
                return Err(self
                    .expected("the text in double quotes, or a language tag such as es before it"))
            }
            None => None,
        };
        if lang.is_some() {
            self.pos += 1;
        }
        self.within_limit(of)?;
        let text = self.string(match of {
            Narration::Title => "the title in double quotes",
            Narration::Say => "the narration in double quotes",
            Narration::Hint => "the hint in double quotes",
            Narration::Ask => "the question in double quotes",
            Narration::Choice => "the choice in double quotes",
        })?;
        Ok(match (lang, of) {
            (Some(lang), of) => Stmt::Translation { of, lang, text },
            (None, Narration::Title) => Stmt::Title(text),
            (None, Narration::Say) => Stmt::Say(text),
            (None, Narration::Hint) => Stmt::Hint(text),
            (None, Narration::Choice) => Stmt::Choice(text),
            // `ask "TEXT"` without a language is read by `ask`.
            (None, Narration::Ask) => {
                return Err(self.expected("a language tag such as es before the text"))
            }
        })
    }

    fn number(&mut self) -> Result<u32, ParseError> {
        self.word_as("a number (0 to 4294967295, or 0x hex)", parse_number)
    }

    fn duration(&mut self) -> Result<Duration, ParseError> {
        self.word_as("a duration such as 250ms, 1s or 2m", parse_duration)
    }

    fn side(&mut self) -> Result<Side, ParseError> {
        self.word_as(SIDE_WORDS, parse_side)
    }

    fn flags(&mut self) -> Result<Flags, ParseError> {
        self.word_as(
            "flags such as SYN,ACK (from SYN ACK FIN RST PSH URG, comma-separated), or none",
            parse_flags,
        )
    }

    fn on_off(&mut self) -> Result<bool, ParseError> {
        self.word_as("on or off", |w| match w {
            "on" => Some(true),
            "off" => Some(false),
            _ => None,
        })
    }

    /// An optional 1-based position.
    fn position(&mut self) -> Result<usize, ParseError> {
        match self.peek_word().and_then(parse_number) {
            Some(0) => Err(self.error_here(
                "expected a position of 1 or more (the oldest is 1), found 0".to_string(),
            )),
            Some(n) => {
                self.pos += 1;
                Ok(n as usize)
            }
            None => Ok(1),
        }
    }

    /// `[DIR] [N]`.
    fn selector(&mut self) -> Result<Selector, ParseError> {
        let from = match self.peek_word() {
            Some(w) if w.contains('>') => Some(self.dir()?),
            _ => None,
        };
        let n = self.position()?;
        Ok(Selector { from, n })
    }

    /// `client>server` or `server>client`; returns the sender.
    fn dir(&mut self) -> Result<Side, ParseError> {
        self.word_as("a direction, client>server or server>client", |w| match w {
            "client>server" => Some(Side::Client),
            "server>client" => Some(Side::Server),
            _ => None,
        })
    }

    fn statement(&mut self) -> Result<Stmt, ParseError> {
        let keyword = self.word("a statement (a keyword such as expect, or client/server)")?;
        let stmt = match keyword.as_str() {
            "title" => self.narration(Narration::Title)?,
            "say" => self.narration(Narration::Say)?,
            "seed" => Stmt::Seed(self.number()?),
            "set" => Stmt::Set(self.setting()?),
            "deliver" => Stmt::Deliver(self.selector()?),
            "drop" => Stmt::Drop(self.selector()?),
            "duplicate" => Stmt::Duplicate(self.selector()?),
            "delay" => {
                let sel = self.selector()?;
                Stmt::Delay(sel, self.duration()?)
            }
            "inject" => {
                let from = self.dir()?;
                Stmt::Inject(from, self.seg_spec(true)?)
            }
            "release" => {
                let side = self.side()?;
                let n = self.position()?;
                // Playground extension: the segment released as edited.
                let edit = match self.peek() {
                    Some(_) => Some(Box::new(self.seg_spec(true)?)),
                    None => None,
                };
                Stmt::Release(side, n, edit)
            }
            "discard" => {
                let side = self.side()?;
                Stmt::Discard(side, self.position()?)
            }
            "advance" => Stmt::Advance(self.duration()?),
            "run" => match self.peek() {
                Some(_) => Stmt::Run(Some(self.duration()?)),
                None => Stmt::Run(None),
            },
            "expect" => Stmt::Expect(self.check()?),
            "goal" => match self.check()? {
                Check::Goal => {
                    return Err(ParseError::new(
                        self.line,
                        self.tokens[1].col,
                        "expected what the goal asks for (like an expect), found \"goal\"",
                    ))
                }
                check => Stmt::Goal(check),
            },
            "hint" => self.narration(Narration::Hint)?,
            "ask" => self.ask()?,
            "blank" => self.blank()?,
            "choice" => self.narration(Narration::Choice)?,
            "numbering" => Stmt::Numbering(self.word_as("real or relative", |w| match w {
                "real" => Some(Numbering::Real),
                "relative" => Some(Numbering::Relative),
                _ => None,
            })?),
            "lesson" => Stmt::Lesson(Box::new(self.lesson()?)),
            "capture" => Stmt::Capture(Box::new(self.capture()?)),
            other => match parse_side(other) {
                Some(side) => Stmt::Call(side, self.call()?),
                None => {
                    self.pos -= 1;
                    return Err(self.expected(
                        "a statement: title, say, seed, set, client, server, deliver, drop, duplicate, delay, inject, release, discard, advance, run, expect, goal, hint, ask, blank, choice, lesson or capture",
                    ));
                }
            },
        };
        Ok(stmt)
    }

    /// `ask SIDE state`, `ask SIDE sends FIELD`, `ask SIDE outcome`,
    /// `ask "TEXT" answer N`, or a translation `ask LANG "TEXT"`.
    fn ask(&mut self) -> Result<Stmt, ParseError> {
        let what = "a side (client or server), or the question in double quotes";
        if let Some(word) = self.peek_word() {
            if let Some(side) = parse_side(word) {
                self.pos += 1;
                let kind = self.word_as("what to ask: state, sends or outcome", |w| {
                    ["state", "sends", "outcome"].into_iter().find(|k| *k == w)
                })?;
                return Ok(Stmt::Ask(match kind {
                    "state" => Question::State(side),
                    "sends" => Question::Sends(
                        side,
                        self.word_as(
                            "a field of the segment: flags, seq, ack or win",
                            SegField::from_name,
                        )?,
                    ),
                    _ => Question::Outcome(side),
                }));
            }
            if is_lang_tag(word) {
                return self.narration(Narration::Ask);
            }
            return Err(self.expected(what));
        }
        self.within_limit(Narration::Ask)?;
        let text = self.string(what)?;
        self.keyword("answer")?;
        let answer = self.number()?;
        Ok(Stmt::Ask(Question::Choice { text, answer }))
    }

    /// `blank SIDE FIELD [N]`: the field of the Nth segment (1 if left
    /// out) the side's TCP sends in the step.
    fn blank(&mut self) -> Result<Stmt, ParseError> {
        let mut col = self.col();
        let side = self.side()?;
        let field = self.word_as(
            "a field of the segment: flags, seq, ack or win",
            SegField::from_name,
        )?;
        let nth = match self.peek() {
            Some(_) => {
                col = self.col();
                self.position()? as u32
            }
            None => 1,
        };
        Ok(Stmt::Ask(Question::Blank(super::Blank {
            side,
            field,
            nth,
            col,
        })))
    }

    /// `capture events N ids ID ...`.
    fn capture(&mut self) -> Result<CaptureAt, ParseError> {
        self.keyword("events")?;
        let events = u64::from(self.number()?);
        self.keyword("ids")?;
        let mut ids = Vec::new();
        while self.peek().is_some() {
            ids.push(u64::from(self.number()?));
        }
        Ok(CaptureAt { events, ids })
    }

    /// `lesson "TEXT" next LINE hints N [completed]`.
    fn lesson(&mut self) -> Result<LessonAt, ParseError> {
        let col = self.col();
        let text = self.string("the lesson's text in double quotes")?;
        let inner = match parse(&text) {
            Err(e) => {
                return Err(ParseError::new(
                    self.line,
                    col,
                    format!(
                        "the lesson's text does not parse: its line {}, column {}: {}",
                        e.line, e.col, e.message
                    ),
                ))
            }
            Ok(inner)
                if inner
                    .statements
                    .iter()
                    .any(|s| matches!(s.kind, Stmt::Lesson(_))) =>
            {
                return Err(ParseError::new(
                    self.line,
                    col,
                    "expected a lesson's text, found one that holds another lesson",
                ))
            }
            Ok(inner) => inner,
        };
        self.keyword("next")?;
        let next_line = self.number()? as usize;
        self.keyword("hints")?;
        let hints = self.number()?;
        let completed = match self.peek_word() {
            Some("completed") => {
                self.pos += 1;
                true
            }
            _ => false,
        };
        let mut answers = Vec::new();
        while self.peek().is_some() {
            self.keyword("answer")?;
            answers.push(self.answered(&inner)?);
        }
        Ok(LessonAt {
            text,
            next_line,
            hints,
            completed,
            answers,
        })
    }

    /// `LINE GIVEN RIGHT RULE` of a saved `answer`: the question's line in
    /// the lesson, the student's answer, the right one, and the rule's id
    /// (`-` for none).
    fn answered(&mut self, lesson: &Script) -> Result<Answered, ParseError> {
        let line = self.word_as("the line of a question in the lesson", |w| {
            let n = parse_number(w)? as usize;
            lesson.statements.iter().find_map(|s| match &s.kind {
                Stmt::Ask(q) if s.line == n => Some((n, q.clone())),
                _ => None,
            })
        })?;
        let (line, question) = line;
        let what = "an answer to that question";
        let given = self.word_as(what, |w| question.read(w))?;
        let right = self.word_as(what, |w| question.read(w))?;
        let rule = self.word_as("a rule's id, or -", |w| match w {
            "-" => Some(None),
            id => Rule::from_id(id).map(Some),
        })?;
        Ok(Answered {
            line,
            given,
            right,
            rule,
        })
    }

    /// The word `word`, or an error saying it was expected.
    fn keyword(&mut self, word: &str) -> Result<(), ParseError> {
        self.word_as(&format!("the word {word}"), |w| (w == word).then_some(()))
    }

    fn call(&mut self) -> Result<CallSpec, ParseError> {
        let what = "a call: listen, connect, send, read, close or abort";
        let call = self.word(what)?;
        Ok(match call.as_str() {
            "listen" => CallSpec::Listen,
            "connect" => CallSpec::Connect,
            "close" => CallSpec::Close,
            "abort" => CallSpec::Abort,
            "read" => match self.peek() {
                Some(_) => CallSpec::Read(Some(
                    self.word_as("a byte count (or nothing, to read all)", parse_number)?,
                )),
                None => CallSpec::Read(None),
            },
            "send" => match self.peek().map(|t| &t.kind) {
                Some(Tok::Str(_)) => CallSpec::Send(Payload::Text(self.string("text")?)),
                Some(Tok::Bytes(b)) => {
                    let bytes = b.clone();
                    self.pos += 1;
                    CallSpec::Send(Payload::Bytes(bytes))
                }
                _ => CallSpec::Send(Payload::Filler(
                    self.word_as("a byte count or \"text\" in double quotes", parse_number)?,
                )),
            },
            _ => {
                self.pos -= 1;
                return Err(self.expected(what));
            }
        })
    }

    /// `link DIR rate RATE queue N` or `link DIR off`, after `link`.
    #[inline(never)]
    fn link(&mut self) -> Result<Setting, ParseError> {
        let from = self.dir()?;
        let mut link = None;
        if self.word_as("rate, or off", |w| {
            ["off", "rate"].iter().position(|k| *k == w)
        })? == 1
        {
            let rate = self.word_as(
                "a rate such as 10mbit (units bit, kbit, mbit, gbit)",
                crate::link::parse_rate,
            )?;
            self.keyword("queue")?;
            let queue = self.word_as("a queue of 0 to 1000 segments", |w| {
                parse_number(w).filter(|n| *n <= crate::link::MAX_QUEUE)
            })?;
            link = Some(crate::link::Link { rate, queue });
        }
        Ok(Setting::Link(from, link))
    }

    fn setting(&mut self) -> Result<Setting, ParseError> {
        let what = "a setting: client.isn, server.isn, client.window, server.window, mss, msl, rto, latency, retries, rfc5961, loss, client.auto, server.auto, client.autoread, server.autoread, client.nagle, server.nagle, client.cc, server.cc, client.iw, server.iw, client.sack, server.sack, link, delayed-ack or mss-option";
        let key_col = self.col();
        let key = self.word(what)?;
        let (side, name) = match key.split_once('.') {
            Some((s, n)) if parse_side(s).is_some() => (parse_side(s), n),
            _ => (None, key.as_str()),
        };
        let setting = match (side, name) {
            (Some(side), "isn") => Setting::Isn(side, self.number()?),
            (Some(side), "window") => {
                let w = self.number()?;
                if w > MAX_WINDOW {
                    return Err(ParseError::new(
                        self.line,
                        self.col() - 1,
                        format!("expected a window of at most {MAX_WINDOW} bytes (RFC 7323's limit), found {w}"),
                    ));
                }
                Setting::Window(side, w)
            }
            (Some(side), "auto") => Setting::Auto(side, self.on_off()?),
            (Some(side), "autoread") => Setting::Autoread(side, self.on_off()?),
            (Some(side), "nagle") => Setting::Nagle(side, self.on_off()?),
            (Some(side), "sack") => Setting::Sack(side, self.on_off()?),
            (Some(side), "cc") => Setting::Cc(
                side,
                self.word_as("a congestion control: off, reno, newreno or cubic", |w| {
                    CongestionControl::from_name(w)
                })?,
            ),
            (Some(side), "iw") => Setting::Iw(
                side,
                self.word_as(
                    "an initial window in segments from 1 to 1000, or rfc5681",
                    |w| match w {
                        "rfc5681" => Some(None),
                        _ => parse_number(w)
                            .filter(|n| (1..=MAX_IW).contains(n))
                            .map(Some),
                    },
                )?,
            ),
            (None, "mss") => {
                let mss = self.word_as("a segment size from 1 to 65495", |w| {
                    parse_number(w).filter(|n| (1..=MAX_INJECT_LEN).contains(n))
                })?;
                Setting::Mss(mss)
            }
            (None, "msl") => Setting::Msl(self.duration()?),
            (None, "rto") => {
                Setting::Rto(self.word_as("a duration of at least 1ms such as 1s", |w| {
                    parse_duration(w).filter(|d| !d.is_zero())
                })?)
            }
            (None, "latency") => Setting::Latency(self.duration()?),
            (None, "retries") => Setting::Retries(self.number()?),
            (None, "rfc5961") => Setting::Rfc5961(self.on_off()?),
            (None, "delayed-ack") => Setting::DelayedAck(self.on_off()?),
            (None, "mss-option") => Setting::MssOption(self.on_off()?),
            (None, "link") => self.link()?,
            (None, "loss") => Setting::Loss(self.word_as("a percentage from 0 to 100", |w| {
                parse_number(w).filter(|n| *n <= 100).map(|n| n as u8)
            })?),
            _ => return Err(expecting_word(self.line, key_col, what, &key)),
        };
        Ok(setting)
    }

    /// FLAGS and `key=value` fields. `inject` accepts `data` or `len`, not both.
    fn seg_spec(&mut self, injecting: bool) -> Result<SegSpec, ParseError> {
        let mut spec = SegSpec {
            flags: self.flags()?,
            ..SegSpec::default()
        };
        while let Some(tok) = self.peek().cloned() {
            let (key, value) = match &tok.kind {
                Tok::Word(w) => match w.split_once('=') {
                    Some((k, v)) => (k.to_string(), Some(v.to_string())),
                    None => return Err(self.expected(FIELDS)),
                },
                Tok::KeyStr(k, _) => (k.clone(), None),
                Tok::Str(_) | Tok::Bytes(_) => return Err(self.expected(FIELDS)),
            };
            let bad = |what: &str| expecting(self.line, tok.col, what, Some(&tok));
            let repeated = match key.as_str() {
                "seq" => spec.seq.is_some(),
                "ack" => spec.ack.is_some(),
                "win" => spec.win.is_some(),
                "len" => spec.len.is_some(),
                "data" => spec.data.is_some(),
                "options" | "mss" => spec.options.is_some(),
                _ => false,
            };
            if repeated {
                return Err(bad(&format!("each field once; {key}= is given twice")));
            }
            match (key.as_str(), value, &tok.kind) {
                ("seq", Some(v), _) => {
                    spec.seq =
                        Some(parse_seq(&v).ok_or_else(|| bad("seq=NUMBER or seq=side.var+N"))?)
                }
                ("ack", Some(v), _) => {
                    spec.ack =
                        Some(parse_seq(&v).ok_or_else(|| bad("ack=NUMBER or ack=side.var+N"))?)
                }
                ("win", Some(v), _) => {
                    spec.win = Some(
                        parse_number(&v)
                            .filter(|w| *w <= u32::from(u16::MAX))
                            .ok_or_else(|| bad("win=NUMBER from 0 to 65535 (a 16-bit field)"))?,
                    )
                }
                ("len", Some(v), _) => {
                    let limit = if injecting { MAX_INJECT_LEN } else { u32::MAX };
                    spec.len = Some(
                        parse_number(&v)
                            .filter(|n| *n <= limit)
                            .ok_or_else(|| bad(&format!("len=NUMBER from 0 to {limit}")))?,
                    )
                }
                ("data", None, Tok::KeyStr(_, s)) => {
                    if s.len() > MAX_INJECT_LEN as usize {
                        return Err(bad(&format!("data of at most {MAX_INJECT_LEN} bytes")));
                    }
                    spec.data = Some(s.clone())
                }
                ("data", Some(_), _) => {
                    return Err(bad("data=\"TEXT\" with the text in double quotes"))
                }
                // Playground extensions: TCP options (`mss=536` is short
                // for `options=mss:536`).
                ("options", Some(v), _) => {
                    spec.options = Some(crate::options::parse_list(&v).ok_or_else(|| {
                        bad("options=LIST such as options=mss:1460,ws:7,sackok,ts:1:0")
                    })?)
                }
                ("mss", Some(v), _) => {
                    let mss = parse_number(&v)
                        .and_then(|n| u16::try_from(n).ok())
                        .ok_or_else(|| bad("mss=NUMBER from 0 to 65535 (a 16-bit field)"))?;
                    spec.options = Some(vec![crate::options::TcpOption::Mss(mss)]);
                }
                _ => return Err(bad(FIELDS)),
            }
            if injecting && spec.len.is_some() && spec.data.is_some() {
                return Err(bad("data= or len=, not both"));
            }
            self.pos += 1;
        }
        Ok(spec)
    }

    fn check(&mut self) -> Result<Check, ParseError> {
        let what = "what to expect: client, server, wire, outbox, link or time";
        let subject = self.word(what)?;
        match subject.as_str() {
            "time" => Ok(Check::Time(self.duration()?)),
            "goal" => Ok(Check::Goal),
            "wire" => match self.peek_word() {
                Some("empty") => {
                    self.pos += 1;
                    Ok(Check::WireEmpty)
                }
                Some("count") => {
                    self.pos += 1;
                    Ok(Check::WireCount(self.number()?))
                }
                _ => {
                    let sel = self.selector()?;
                    Ok(Check::Wire(sel, self.seg_spec(false)?))
                }
            },
            "link" => {
                let from = self.dir()?;
                self.keyword("queue")?;
                Ok(Check::LinkQueue(from, self.number()?))
            }
            "outbox" => {
                let side = self.side()?;
                if self.peek_word() == Some("empty") {
                    self.pos += 1;
                    return Ok(Check::OutboxEmpty(side));
                }
                let n = self.position()?;
                Ok(Check::Outbox(side, n, self.seg_spec(false)?))
            }
            other => {
                let Some(side) = parse_side(other) else {
                    self.pos -= 1;
                    return Err(self.expected(what));
                };
                self.endpoint_check(side)
            }
        }
    }

    /// The TEXT of `rule "TEXT"`: an id or section some rule has.
    fn rule_text(&mut self) -> Result<String, ParseError> {
        let col = self.col();
        let text = self.string(
            "a rule's id or section in double quotes, e.g. \"rst-challenge\" or \"RFC 5961\"",
        )?;
        if !Rule::is_known(&text) {
            return Err(unknown(self.line, col, NameKind::Rule, &text));
        }
        Ok(text)
    }

    fn endpoint_check(&mut self, side: Side) -> Result<Check, ParseError> {
        match self.peek_word() {
            Some("received") => {
                self.pos += 1;
                return match self.peek().map(|t| &t.kind) {
                    Some(Tok::Str(_)) => {
                        Ok(Check::Received(side, Received::Text(self.string("text")?)))
                    }
                    _ => Ok(Check::Received(
                        side,
                        Received::Count(self.word_as("\"text\" or a byte count", parse_number)?),
                    )),
                };
            }
            Some("rule") => {
                self.pos += 1;
                return Ok(Check::Rule(side, self.rule_text()?));
            }
            Some("no") => {
                self.pos += 1;
                self.keyword("rule")?;
                return Ok(Check::NoRule(side, self.rule_text()?));
            }
            Some(word) if CcVar::from_name(word).is_some() => {
                let var = CcVar::from_name(word).unwrap_or(CcVar::Cwnd);
                self.pos += 1;
                let value = if var == CcVar::Recovery {
                    u32::from(self.on_off()?)
                } else {
                    self.word_as("a number of bytes", parse_number)?
                };
                return Ok(Check::Congestion(side, var, value));
            }
            Some("buffered") => {
                self.pos += 1;
                return Ok(Check::Buffered(
                    side,
                    self.word_as("a byte count", parse_number)?,
                ));
            }
            Some("signal") => {
                self.pos += 1;
                let col = self.col();
                let text =
                    self.string("the signal text in double quotes, e.g. \"connection reset\"")?;
                if !Signal::texts().contains(&text.as_str()) {
                    return Err(unknown(self.line, col, NameKind::Signal, &text));
                }
                return Ok(Check::Signal(side, text));
            }
            _ => {}
        }
        let state = match self.peek_word() {
            Some(w) if !w.contains('=') => Some(
                self.word_as(
                    "a state such as SYN-SENT, a VAR=SEQ check, received or signal",
                    State::from_name,
                )
                .map_err(|e| e.near(&State::ALL.map(State::name)))?,
            ),
            _ => None,
        };
        let mut vars = Vec::new();
        while self.peek().is_some() {
            let tok_col = self.col();
            let word = self.word("VAR=SEQ, e.g. snd.nxt=client.iss+1")?;
            let parsed = word
                .split_once('=')
                .and_then(|(v, e)| Some((Var::from_name(v)?, parse_seq(e)?)));
            match parsed {
                Some(pair) => vars.push(pair),
                None => {
                    let what = "VAR=SEQ with VAR one of iss, irs, snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd";
                    return Err(expecting_word(self.line, tok_col, what, &word));
                }
            }
        }
        if state.is_none() && vars.is_empty() {
            return Err(self.expected("a state such as ESTABLISHED, VAR=SEQ, received or signal"));
        }
        Ok(Check::Endpoint { side, state, vars })
    }
}

/// "expected WHAT, found …" at `col`, where `token` (or the line's end)
/// is; with the nearest of the words WHAT lists, if a word is near one.
fn expecting(line: usize, col: usize, what: &str, token: Option<&Token>) -> ParseError {
    let described = token.map_or_else(|| "the end of the line".to_string(), Token::describe);
    let e = ParseError {
        expecting: Some(Box::new(Expecting {
            what: what.to_string(),
            found: token.map_or(Found::EndOfLine, Token::found),
            nearest: Vec::new(),
        })),
        ..ParseError::new(line, col, format!("expected {what}, found {described}"))
    };
    e.near(&listed(what))
}

/// The words a phrase lists ("a call: listen, connect, … or abort", "on or
/// off"); none when it lists no single words.
fn listed(what: &str) -> Vec<&str> {
    let list = what.split_once(": ").map_or(what, |(_, list)| list);
    let words: Vec<&str> = list.split(", ").flat_map(|p| p.split(" or ")).collect();
    let single = words.iter().all(|w| !w.is_empty() && !w.contains(' '));
    if words.len() > 1 && single {
        words
    } else {
        Vec::new()
    }
}

impl ParseError {
    /// The same error, with the names in `known` nearest to the word found
    /// (a misspelt keyword: "did you mean connect?"), if any is near.
    fn near(mut self, known: &[&str]) -> ParseError {
        let Some(x) = self.expecting.as_deref_mut() else {
            return self;
        };
        let Found::Word(word) = &x.found else {
            return self;
        };
        let nearest = suggest::nearest(word, known);
        if !nearest.is_empty() {
            self.message += &format!(". Did you mean {}?", quoted_list(&nearest, "or"));
            x.nearest = nearest.iter().map(|n| n.to_string()).collect();
        }
        self
    }
}

/// "expected WHAT, found \"WORD\"" at `col`, for a word read already.
fn expecting_word(line: usize, col: usize, what: &str, word: &str) -> ParseError {
    let word = shorten(word);
    ParseError {
        expecting: Some(Box::new(Expecting {
            what: what.to_string(),
            found: Found::Word(word.clone()),
            nearest: Vec::new(),
        })),
        ..ParseError::new(line, col, format!("expected {what}, found \"{word}\""))
    }
    .near(&listed(what))
}

/// The error for a rule or signal no check could ever see, at `col`: it
/// names what was written and suggests the nearest known names.
fn unknown(line: usize, col: usize, kind: NameKind, found: &str) -> ParseError {
    let (names, what, all): (Vec<&str>, _, _) = match kind {
        NameKind::Rule => (
            Rule::names(),
            "no rule has the id or section",
            "tcp-scenario rules lists them all".to_string(),
        ),
        NameKind::Signal => {
            let texts = Signal::texts();
            let all = format!("the signals are {}", quoted_list(&texts, "and"));
            (texts, "no signal is called", all)
        }
    };
    let nearest = suggest::nearest(found, &names);
    let then = if nearest.is_empty() {
        all
    } else {
        format!("did you mean {}?", quoted_list(&nearest, "or"))
    };
    let found = shorten(found);
    ParseError {
        message: format!("{what} \"{found}\": {then}"),
        unknown: Some(Unknown {
            kind,
            found,
            nearest: nearest.iter().map(|n| n.to_string()).collect(),
        }),
        ..ParseError::new(line, col, "")
    }
}

/// `"a", "b" or "c"`.
fn quoted_list(names: &[&str], last: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.split_last() {
        Some((end, [])) => end.clone(),
        Some((end, rest)) => format!("{} {last} {end}", rest.join(", ")),
        None => String::new(),
    }
}

/// A NUMBER: `1000` or `0xFFFFFF00`, within 32 bits.
pub fn parse_number(w: &str) -> Option<u32> {
    if let Some(hex) = w.strip_prefix("0x").or_else(|| w.strip_prefix("0X")) {
        if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(hex, 16).ok()
    } else {
        if w.is_empty() || !w.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        w.parse().ok()
    }
}

/// A DURATION: `250ms`, `1s`, `2m`.
pub fn parse_duration(w: &str) -> Option<Duration> {
    let (n, unit_ms) = if let Some(n) = w.strip_suffix("ms") {
        (n, 1)
    } else if let Some(n) = w.strip_suffix('s') {
        (n, 1000)
    } else if let Some(n) = w.strip_suffix('m') {
        (n, 60_000)
    } else {
        return None;
    };
    parse_number(n).map(|n| Duration::from_millis(u64::from(n) * unit_ms))
}

/// What a segment's fields may be, for messages.
const FIELDS: &str = "a field: seq=, ack=, win=, len=, data=\"…\", mss= or options=";

fn parse_side(w: &str) -> Option<Side> {
    match w {
        "client" => Some(Side::Client),
        "server" => Some(Side::Server),
        _ => None,
    }
}

/// Flags as written: `SYN,ACK`, or `none`.
pub fn parse_flags(w: &str) -> Option<Flags> {
    // A segment with no control bits at all (a student can craft one).
    if w == "none" {
        return Some(Flags::NONE);
    }
    let mut flags = Flags::NONE;
    for name in w.split(',') {
        flags |= Flags::from_name(name)?;
    }
    Some(flags)
}

/// `1000`, `server.iss`, `server.iss+1`, `client.snd.nxt-3`.
pub(crate) fn parse_seq(w: &str) -> Option<SeqExpr> {
    if let Some(n) = parse_number(w) {
        return Some(SeqExpr::Num(n));
    }
    let (side, rest) = w.split_once('.')?;
    let side = parse_side(side)?;
    let (var, offset) = match rest.find(['+', '-']) {
        Some(i) => {
            let n = parse_number(&rest[i + 1..])?;
            let offset = if rest.as_bytes()[i] == b'+' {
                n
            } else {
                n.wrapping_neg()
            };
            (&rest[..i], offset)
        }
        None => (rest, 0),
    };
    Some(SeqExpr::Var {
        side,
        var: Var::from_name(var)?,
        offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Stmt {
        parse(line).unwrap().statements.remove(0).kind
    }

    fn err(text: &str) -> ParseError {
        parse(text).unwrap_err()
    }

    #[test]
    fn a_title_narration_hint_question_or_choice_past_its_length_is_refused_naming_the_line() {
        use crate::limits::{MAX_NARRATION_CHARS, MAX_TITLE_CHARS};
        let long = |n: usize| "T ".repeat(n.div_ceil(2))[..n].to_string();
        // At the limit: read. One character more: refused, at the string.
        let at = format!("title \"{}\"", long(MAX_TITLE_CHARS));
        assert!(parse(&at).is_ok());
        let e = err(&format!(
            "say \"hi\"\ntitle es \"{}\"",
            long(MAX_TITLE_CHARS + 1)
        ));
        assert_eq!((e.line, e.col), (2, 10));
        assert_eq!(
            e.message,
            format!("a title may have at most {MAX_TITLE_CHARS} characters; this one has 301")
        );
        // Characters, not bytes: 10,000 Chinese characters are 30,000 bytes.
        let zh = "字".repeat(MAX_NARRATION_CHARS);
        assert!(parse(&format!("say zh-CN \"{zh}\"")).is_ok());
        for (what, name) in [
            ("say", "a narration"),
            ("hint", "a hint"),
            ("ask", "a question"),
            ("choice", "a choice"),
        ] {
            let e = err(&format!("{what} \"{}\"", long(MAX_NARRATION_CHARS + 1)));
            assert!(
                e.message.starts_with(&format!("{name} may have at most")),
                "{}",
                e.message
            );
        }
        // A lesson carried in a session's line is held to the same limits.
        let lesson = format!("title \"{}\"", long(4 << 20 >> 1));
        let e = err(&format!(
            "lesson {} next 1 hints 0",
            super::super::quote(&lesson)
        ));
        assert!(
            e.message
                .contains("its line 1, column 7: a title may have at most"),
            "{}",
            e.message
        );
    }

    #[test]
    fn counting_statements_agrees_with_parsing_them() {
        let text = "# a comment\n\n  \t\r\nseed 3 # trailing\n\tclient connect\n  # indented comment\nserver listen\r\nrun";
        assert_eq!(
            count_statements(text),
            parse(text).unwrap().statements.len()
        );
        assert_eq!(count_statements(text), 4);
        for dir in ["../scenarios", "../scenarios/conformance"] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "scn") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let script = parse(&text).unwrap();
                    assert_eq!(count_statements(&text), script.statements.len(), "{path:?}");
                }
            }
        }
    }

    #[test]
    fn only_send_takes_bytes_that_are_not_text() {
        let bytes = vec![b'G', 0xff, 0x00, b'"'];
        let stmt = one(r#"client send "G\xff\x00\"""#);
        assert_eq!(
            stmt,
            Stmt::Call(Side::Client, CallSpec::Send(Payload::Bytes(bytes)))
        );
        // Written back as read.
        assert_eq!(stmt.to_string(), r#"client send "G\xff\x00\"""#);
        let e = err(r#"say "\xff""#);
        assert!(
            e.message.contains(r#"found the string "\xff""#),
            "{}",
            e.message
        );
    }

    #[test]
    fn numbers_durations_and_sequence_expressions() {
        assert_eq!(parse_number("0xFFFFFF00"), Some(0xFFFF_FF00));
        assert_eq!(parse_number("4294967296"), None);
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_seq("client.snd.nxt-3"),
            Some(SeqExpr::Var {
                side: Side::Client,
                var: Var::SndNxt,
                offset: 3u32.wrapping_neg()
            })
        );
    }

    #[test]
    fn statements_of_every_kind_parse() {
        assert_eq!(
            one("client send \"hi\""),
            Stmt::Call(Side::Client, CallSpec::Send(Payload::Text("hi".into())))
        );
        assert_eq!(
            one("deliver server>client 2"),
            Stmt::Deliver(Selector {
                from: Some(Side::Server),
                n: 2
            })
        );
        assert_eq!(one("run"), Stmt::Run(None));
        assert_eq!(
            one("set client.auto off"),
            Stmt::Set(Setting::Auto(Side::Client, false))
        );
        assert!(matches!(
            one("expect server SYN_RECEIVED irs=1000"),
            Stmt::Expect(Check::Endpoint {
                state: Some(State::SynReceived),
                ..
            })
        ));
        assert!(matches!(
            one("inject client>server RST seq=client.snd.nxt"),
            Stmt::Inject(Side::Client, _)
        ));
        assert!(matches!(
            one("expect outbox client 2 ACK"),
            Stmt::Expect(Check::Outbox(Side::Client, 2, _))
        ));
    }

    #[test]
    fn a_lessons_numbering_round_trips_through_parse_and_print() {
        for (text, numbering) in [
            ("numbering real", Numbering::Real),
            ("numbering relative", Numbering::Relative),
        ] {
            let stmt = one(text);
            assert_eq!(stmt, Stmt::Numbering(numbering));
            assert_eq!(stmt.to_string(), text);
        }
        let e = err("numbering absolute");
        assert!(
            e.message.contains("real or relative") && e.message.contains("absolute"),
            "{}",
            e.message
        );
    }

    #[test]
    fn the_nagle_switch_round_trips_through_parse_and_print() {
        for (text, setting) in [
            ("set client.nagle on", Setting::Nagle(Side::Client, true)),
            ("set server.nagle off", Setting::Nagle(Side::Server, false)),
        ] {
            let stmt = one(text);
            assert_eq!(stmt, Stmt::Set(setting));
            assert_eq!(stmt.to_string(), text);
        }
        let e = err("set client.nagle maybe");
        assert!(
            e.message.contains("on") && e.message.contains("off"),
            "{}",
            e.message
        );
        let e = err("set nagle on");
        assert!(e.message.contains("client.nagle"), "{}", e.message);
    }

    #[test]
    fn congestion_settings_and_checks_round_trip_through_parse_and_print() {
        use crate::endpoint::CongestionControl as Cc;
        for (text, stmt) in [
            (
                "set client.cc reno",
                Stmt::Set(Setting::Cc(Side::Client, Cc::Reno)),
            ),
            (
                "set server.cc newreno",
                Stmt::Set(Setting::Cc(Side::Server, Cc::NewReno)),
            ),
            (
                "set client.cc cubic",
                Stmt::Set(Setting::Cc(Side::Client, Cc::Cubic)),
            ),
            (
                "set client.cc off",
                Stmt::Set(Setting::Cc(Side::Client, Cc::Off)),
            ),
            (
                "set server.iw 10",
                Stmt::Set(Setting::Iw(Side::Server, Some(10))),
            ),
            (
                "set client.iw rfc5681",
                Stmt::Set(Setting::Iw(Side::Client, None)),
            ),
            (
                "set client.sack on",
                Stmt::Set(Setting::Sack(Side::Client, true)),
            ),
            (
                "set server.sack off",
                Stmt::Set(Setting::Sack(Side::Server, false)),
            ),
            (
                "expect client pipe 3000",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Pipe, 3000)),
            ),
            (
                "expect client sacked 2000",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Sacked, 2000)),
            ),
            (
                "expect client cwnd 4380",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Cwnd, 4380)),
            ),
            (
                "expect server ssthresh 2920",
                Stmt::Expect(Check::Congestion(Side::Server, CcVar::Ssthresh, 2920)),
            ),
            (
                "expect client flight 0",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Flight, 0)),
            ),
            (
                "expect client recovery on",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Recovery, 1)),
            ),
            (
                "expect client recovery off",
                Stmt::Expect(Check::Congestion(Side::Client, CcVar::Recovery, 0)),
            ),
        ] {
            let parsed = one(text);
            assert_eq!(parsed, stmt);
            assert_eq!(parsed.to_string(), text);
        }
        for (bad, says) in [
            ("set client.cc vegas", "off, reno, newreno or cubic"),
            ("set client.iw 0", "from 1 to 1000"),
            ("set client.iw 1001", "from 1 to 1000"),
            ("expect client recovery maybe", "on or off"),
            ("expect client cwnd lots", "number of bytes"),
        ] {
            let e = err(bad);
            assert!(e.message.contains(says), "{bad}: {}", e.message);
        }
    }

    #[test]
    fn link_settings_and_queue_checks_round_trip_through_parse_and_print() {
        use crate::link::Link;
        let link = |rate, queue| Some(Link { rate, queue });
        for (text, stmt) in [
            (
                "set link client>server rate 10mbit queue 20",
                Stmt::Set(Setting::Link(Side::Client, link(10_000_000, 20))),
            ),
            (
                "set link server>client rate 1500kbit queue 0",
                Stmt::Set(Setting::Link(Side::Server, link(1_500_000, 0))),
            ),
            (
                "set link client>server off",
                Stmt::Set(Setting::Link(Side::Client, None)),
            ),
            (
                "expect link server>client queue 3",
                Stmt::Expect(Check::LinkQueue(Side::Server, 3)),
            ),
        ] {
            let parsed = one(text);
            assert_eq!(parsed, stmt);
            assert_eq!(parsed.to_string(), text);
        }
        // Printed in the largest unit that writes the rate exactly.
        assert_eq!(
            one("set link client>server rate 1000kbit queue 5").to_string(),
            "set link client>server rate 1mbit queue 5"
        );
        for (bad, says) in [
            ("set link client rate 1mbit queue 5", "client>server"),
            (
                "set link client>server rate 10mbps queue 5",
                "kbit, mbit, gbit",
            ),
            ("set link client>server rate 10 queue 5", "such as 10mbit"),
            ("set link client>server rate 1mbit", "the word queue"),
            ("set link client>server queue 5", "rate, or off"),
            ("set link client>server rate 1mbit queue 1001", "0 to 1000"),
            ("expect link client>server 3", "the word queue"),
        ] {
            let e = err(bad);
            assert!(e.message.contains(says), "{bad}: {}", e.message);
        }
    }

    #[test]
    fn errors_name_line_column_and_what_was_expected() {
        let e = err("server listen\nclinet connect\n");
        assert_eq!((e.line, e.col), (2, 1));
        assert!(
            e.message.starts_with("expected a statement"),
            "{}",
            e.message
        );
        let e = err("expect client SYN-SNT");
        assert_eq!(e.col, 15);
        assert!(e.message.contains("found \"SYN-SNT\""), "{}", e.message);
        let e = err("deliver 0");
        assert!(e.message.contains("1 or more"), "{}", e.message);
        let e = err("inject client>server SYN,BOGUS");
        assert_eq!(e.col, 22);
        let e = err("server listen now");
        assert!(
            e.message.contains("expected the end of the line"),
            "{}",
            e.message
        );
    }

    #[test]
    fn challenge_extensions_parse() {
        assert_eq!(
            one("goal client CLOSING"),
            Stmt::Goal(Check::Endpoint {
                side: Side::Client,
                state: Some(State::Closing),
                vars: vec![]
            })
        );
        assert_eq!(one("hint \"close both\""), Stmt::Hint("close both".into()));
        assert_eq!(
            one("say zh-CN \"你好\""),
            Stmt::Translation {
                of: Narration::Say,
                lang: "zh-CN".into(),
                text: "你好".into()
            }
        );
        let e = err("say hello \"x\"\n");
        assert!(e.message.contains("language tag"), "{}", e.message);
        assert_eq!(
            one("expect server rule \"RFC 5961\""),
            Stmt::Expect(Check::Rule(Side::Server, "RFC 5961".into()))
        );
        assert_eq!(
            one("goal client no rule \"retransmit\""),
            Stmt::Goal(Check::NoRule(Side::Client, "retransmit".into()))
        );
        assert_eq!(
            Check::NoRule(Side::Client, "RFC 6298".into()).to_string(),
            "client no rule \"RFC 6298\""
        );
        let e = err("expect client no rule \"retransmitt\"");
        assert_eq!(e.col, 23);
        assert!(
            e.message.contains("did you mean \"retransmit\""),
            "{}",
            e.message
        );
        assert!(err("expect client no \"retransmit\"")
            .message
            .contains("the word rule"));
        assert_eq!(one("expect goal"), Stmt::Expect(Check::Goal));
        assert!(err("goal goal").message.contains("what the goal asks for"));
    }

    #[test]
    fn a_rule_check_names_a_rule_by_id_or_section() {
        for (text, pattern) in [
            ("expect server rule \"rst-challenge\"", "rst-challenge"),
            ("expect server rule \"RFC 5961\"", "RFC 5961"),
            ("expect client rule \"§3.8.6.1\"", "§3.8.6.1"),
            ("expect client rule \"§3.10\"", "§3.10"),
            ("goal server rule \"time-wait-timer\"", "time-wait-timer"),
        ] {
            let (Stmt::Expect(Check::Rule(_, got)) | Stmt::Goal(Check::Rule(_, got))) = one(text)
            else {
                panic!("{text} is no rule check");
            };
            assert_eq!(got, pattern);
        }
    }

    #[test]
    fn an_unknown_rule_id_is_an_error_that_says_where_and_suggests() {
        let e = err("server listen\nexpect server rule \"no-such-rule-xyz\"\n");
        assert_eq!((e.line, e.col), (2, 20));
        assert_eq!(
            e.message,
            "no rule has the id or section \"no-such-rule-xyz\": tcp-scenario rules lists them all"
        );
        let e = err("goal server rule \"time-wait-restart\"");
        assert_eq!((e.line, e.col), (1, 18));
        assert_eq!(
            e.message,
            "no rule has the id or section \"time-wait-restart\": did you mean \"time-wait-timer\" or \"time-wait-timeout\"?"
        );
        assert_eq!(
            e.unknown,
            Some(Unknown {
                kind: NameKind::Rule,
                found: "time-wait-restart".into(),
                nearest: vec!["time-wait-timer".into(), "time-wait-timeout".into()],
            })
        );
        assert!(err("expect client rule \"rst-chalenge\"")
            .message
            .ends_with("did you mean \"rst-challenge\"?"));
        assert!(err("expect client rule \"\"").unknown.is_some());
    }

    #[test]
    fn an_rfc_section_no_rule_has_is_an_error() {
        for section in ["§9.9.9", "§3.1", "RFC", "RFC 793"] {
            let e = err(&format!("expect client rule \"{section}\""));
            assert_eq!(e.col, 20, "{section}");
            assert!(
                e.message.starts_with("no rule has the id or section"),
                "{section}: {}",
                e.message
            );
        }
        assert!(err("expect client rule \"RFC 5962\"")
            .message
            .ends_with("did you mean \"RFC 5961\"?"));
        // In a session's lesson too, which must parse whole.
        let e = err("lesson \"goal client rule \\\"§9.9.9\\\"\" next 1 hints 0");
        assert!(e.message.contains("no rule has"), "{}", e.message);
    }

    #[test]
    fn an_unknown_signal_is_an_error_that_suggests() {
        assert_eq!(
            one("goal client signal \"connection reset\""),
            Stmt::Goal(Check::Signal(Side::Client, "connection reset".into()))
        );
        let e = err("goal client signal \"connection rest\"");
        assert_eq!(e.col, 20);
        assert_eq!(
            e.message,
            "no signal is called \"connection rest\": did you mean \"connection reset\"?"
        );
        let e = err("expect server signal \"gone\"");
        assert!(
            e.message.ends_with("\"connection timed out\", \"connection does not exist\", \"connection already exists\" and \"insufficient resources\""),
            "{}",
            e.message
        );
        assert_eq!(e.unknown.map(|u| u.kind), Some(NameKind::Signal));
    }

    #[test]
    fn inject_rejects_huge_or_conflicting_payloads() {
        assert!(err("inject client>server ACK len=70000")
            .message
            .contains("len="));
        assert!(err("inject client>server ACK len=1 data=\"x\"")
            .message
            .contains("not both"));
        assert!(err("inject client>server ACK win=65536")
            .message
            .contains("16-bit"));
    }

    #[test]
    fn every_lines_mistake_is_found_not_only_the_first() {
        let text = "server lisen\nclient connect\nrun 5\n# fine\nexpect client ESTABLISHD\n";
        let found: Vec<(usize, usize)> = parse_errors(text, 10)
            .iter()
            .map(|e| (e.line, e.col))
            .collect();
        assert_eq!(found, [(1, 8), (3, 5), (5, 15)]);
        assert_eq!(parse_errors(text, 2).len(), 2);
        assert!(parse_errors("server listen\n", 10).is_empty());
    }

    #[test]
    fn a_session_names_the_capture_it_began_as_and_round_trips() {
        let line = "capture events 812 ids 1 2 0 4";
        let Stmt::Capture(at) = one(line) else {
            panic!("not a capture statement");
        };
        assert_eq!((at.events, at.ids.as_slice()), (812, &[1, 2, 0, 4][..]));
        assert_eq!(Stmt::Capture(at).to_string(), line);
        let none = one("capture events 0 ids");
        assert_eq!(none.to_string(), "capture events 0 ids");
        assert_eq!(err("capture events 3 ids 1 x").col, 24);
        assert_eq!(err("capture 3").col, 9);
        // The checker runs a session that carries it as one without it.
        let text = "server listen\nclient connect\nrun\ncapture events 9 ids 1 2 3\n";
        let ran = crate::scenario::run_script(&parse(text).unwrap());
        assert!(ran.is_ok(), "{:?}", ran.err());
    }

    #[test]
    fn a_session_names_the_lesson_it_follows_and_round_trips() {
        let lesson = "title \"T\"\nserver listen\nsay \"Go\"\n";
        let line = format!(
            "lesson {} next 3 hints 1 completed",
            crate::scenario::quote(lesson)
        );
        let Stmt::Lesson(at) = one(&line) else {
            panic!("not a lesson statement");
        };
        assert_eq!(at.text, lesson);
        assert_eq!((at.next_line, at.hints, at.completed), (3, 1, true));
        assert_eq!(Stmt::Lesson(at).to_string(), line);
        // Its text must itself parse, and the error says where inside it.
        let e = err("lesson \"server lisen\" next 1 hints 0");
        assert_eq!((e.line, e.col), (1, 8));
        assert!(e.message.contains("its line 1, column 8"), "{}", e.message);
        let nested = format!("lesson {} next 1 hints 0", crate::scenario::quote(&line));
        assert!(err(&nested).message.contains("another lesson"));
        assert!(err("lesson \"\" hints 0").message.contains("the word next"));
    }
}
