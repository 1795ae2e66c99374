//! The scenario language (`scenario-format.md`): its syntax tree, parser,
//! printer and runner.
//!
//! ```
//! use tcp_engine::scenario::{parse, run_script};
//! let script = parse("server listen\nclient connect\nrun\nexpect client ESTABLISHED\n").unwrap();
//! assert!(run_script(&script).is_ok());
//! ```

mod lesson;
mod lex;
mod mismatch;
mod parse;
mod parsing;
mod print;
mod question;
mod run;
mod suggest;

pub use lesson::{
    check_all, check_goals, goals, is_lesson, task, Checked, Checker, Item, Report, Stepper,
};
pub use lex::{quote, quote_bytes};
pub use mismatch::{Field, Mismatch, Wanted};
pub use parse::{
    count_statements, parse, parse_duration, parse_errors, parse_flags, parse_line, parse_number,
};
pub use parsing::{Parsed, Parsing};
pub use question::{
    blank_answers, blanks, choices, count_questions, outcome_word, predict, questions, Answer,
    Answered, Blank, Expected, Question, SegField, Unanswerable, OUTCOMES,
};
pub use run::{begin, check, check_script, exec, resume, run_script, segment_from_spec, Failure};

pub use crate::setting::Setting;

use crate::segment::Flags;
use crate::side::Side;
use crate::state::State;
use crate::wire::Selector;
use core::fmt;
use core::time::Duration;
use serde::{Deserialize, Serialize};

/// A syntax error: where, and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// "expected …, found …".
    pub message: String,
    /// The name no rule or signal has, when that is the mistake: typed, so
    /// that a UI can say it in its reader's language (`message` says it in
    /// English).
    #[serde(default)]
    pub unknown: Option<Unknown>,
    /// What was expected and what was found, when that is the mistake:
    /// typed, so that a UI can say it in its reader's language.
    #[serde(default)]
    pub expecting: Option<Box<Expecting>>,
}

impl ParseError {
    pub(crate) fn new(line: usize, col: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            line,
            col,
            message: message.into(),
            unknown: None,
            expecting: None,
        }
    }
}

/// What the parser expected where it found something else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expecting {
    /// What was expected, in the parser's English words: a UI finds its
    /// translation by them (a word the parser names, such as `answer`,
    /// stays as written).
    pub what: String,
    /// What was there instead.
    pub found: Found,
    /// The words expected nearest to the word found, best first (at most
    /// three; none when nothing is near).
    #[serde(default)]
    pub nearest: Vec<String>,
}

/// What a line held where the parser expected something else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Found {
    /// Nothing: the line ended.
    EndOfLine,
    /// A word (or `key="text"`), as written, shortened.
    Word(String),
    /// A string in double quotes, written as the scenario writes it, shortened.
    Text(String),
}

/// A name a scenario gives that the engine does not know, so no run could
/// ever meet the check that names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unknown {
    /// What kind of name it should have been.
    pub kind: NameKind,
    /// The name as written.
    pub found: String,
    /// The known names nearest to it, best first (at most three; none when
    /// nothing is near).
    pub nearest: Vec<String>,
}

/// The kinds of name a check gives in double quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameKind {
    /// `expect SIDE rule "TEXT"`: a rule's id or section.
    Rule,
    /// `expect SIDE signal "TEXT"`: the RFC's words for a signal.
    Signal,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ParseError {}

/// A parsed scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Script {
    /// The statements, in order.
    pub statements: Vec<Statement>,
}

impl Script {
    /// The `title`, if the script names itself.
    pub fn title(&self) -> Option<&str> {
        self.statements.iter().find_map(|s| match &s.kind {
            Stmt::Title(t) => Some(t.as_str()),
            _ => None,
        })
    }
}

/// One statement and the line it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// 1-based source line (0 for statements made by the program).
    pub line: usize,
    /// What it says.
    pub kind: Stmt,
}

/// A TCB variable a scenario may name (§3.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Var {
    /// ISS.
    Iss,
    /// IRS.
    Irs,
    /// SND.UNA.
    SndUna,
    /// SND.NXT.
    SndNxt,
    /// SND.WND.
    SndWnd,
    /// RCV.NXT.
    RcvNxt,
    /// RCV.WND.
    RcvWnd,
}

impl Var {
    /// Every variable with its scenario name.
    pub const NAMED: [(Var, &'static str); 7] = [
        (Var::Iss, "iss"),
        (Var::Irs, "irs"),
        (Var::SndUna, "snd.una"),
        (Var::SndNxt, "snd.nxt"),
        (Var::SndWnd, "snd.wnd"),
        (Var::RcvNxt, "rcv.nxt"),
        (Var::RcvWnd, "rcv.wnd"),
    ];

    /// The scenario name, e.g. `snd.nxt`.
    pub fn name(self) -> &'static str {
        Var::NAMED
            .iter()
            .find(|(v, _)| *v == self)
            .map_or("?", |(_, n)| n)
    }

    fn from_name(name: &str) -> Option<Var> {
        Var::NAMED.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
    }
}

/// A sequence-number expression: a number, or a variable plus or minus one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeqExpr {
    /// A literal.
    Num(u32),
    /// `side.var+offset` (offset wraps modulo 2^32).
    Var {
        /// Whose variable.
        side: Side,
        /// Which.
        var: Var,
        /// Added modulo 2^32 (a `-N` is stored as its negation).
        offset: u32,
    },
}

/// Fields of a segment to inject or expect; `None` is "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegSpec {
    /// The flags.
    pub flags: Flags,
    /// `seq=`.
    pub seq: Option<SeqExpr>,
    /// `ack=`.
    pub ack: Option<SeqExpr>,
    /// `win=`.
    pub win: Option<u32>,
    /// `len=`.
    pub len: Option<u32>,
    /// `data=`.
    pub data: Option<String>,
    /// `options=` (or `mss=`): playground extension.
    pub options: Option<Vec<crate::options::TcpOption>>,
}

/// What `send` sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Payload {
    /// That many filler bytes.
    Filler(u32),
    /// This text.
    Text(String),
    /// These bytes, not all UTF-8 (a captured payload), written as a
    /// string with `\xNN` escapes.
    Bytes(Vec<u8>),
}

/// An application call as written in a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallSpec {
    /// `listen`.
    Listen,
    /// `connect`.
    Connect,
    /// `send`.
    Send(Payload),
    /// `close`.
    Close,
    /// `abort`.
    Abort,
    /// `read [NUMBER]` (playground extension): RECEIVE that many bytes, or
    /// all that wait.
    Read(Option<u32>),
}

/// A congestion control variable a check names (RFC 5681; playground
/// extension).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CcVar {
    /// `cwnd`: the congestion window in bytes.
    Cwnd,
    /// `ssthresh`: the slow start threshold in bytes.
    Ssthresh,
    /// `flight`: FlightSize, bytes sent and not acknowledged.
    Flight,
    /// `recovery`: in fast recovery (1) or not (0); written `on` or `off`.
    Recovery,
    /// `pipe`: RFC 6675's estimate of the bytes in the network (FlightSize
    /// when nothing is SACKed).
    Pipe,
    /// `sacked`: bytes the peer has SACKed, on the scoreboard (RFC 6675).
    Sacked,
}

impl CcVar {
    /// Every variable with its scenario name.
    pub const NAMED: [(CcVar, &'static str); 6] = [
        (CcVar::Cwnd, "cwnd"),
        (CcVar::Ssthresh, "ssthresh"),
        (CcVar::Flight, "flight"),
        (CcVar::Recovery, "recovery"),
        (CcVar::Pipe, "pipe"),
        (CcVar::Sacked, "sacked"),
    ];

    /// The scenario name, e.g. `cwnd`.
    pub fn name(self) -> &'static str {
        CcVar::NAMED
            .iter()
            .find(|(v, _)| *v == self)
            .map_or("?", |(_, n)| n)
    }

    /// `value` as a check writes it: `on`/`off` for `recovery`, else the number.
    pub fn written(self, value: u32) -> String {
        match self {
            CcVar::Recovery => print::on_off(value != 0).to_string(),
            CcVar::Cwnd | CcVar::Ssthresh | CcVar::Flight | CcVar::Pipe | CcVar::Sacked => {
                value.to_string()
            }
        }
    }

    fn from_name(name: &str) -> Option<CcVar> {
        CcVar::NAMED
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(v, _)| *v)
    }

    /// Its value on an endpoint, `None` when congestion control is off.
    pub fn value(self, ep: &crate::endpoint::Endpoint) -> Option<u32> {
        let cc = ep.congestion()?;
        Some(match self {
            CcVar::Cwnd => cc.cwnd,
            CcVar::Ssthresh => cc.ssthresh,
            CcVar::Flight => cc.flight,
            CcVar::Recovery => u32::from(cc.recovery),
            CcVar::Pipe => ep.pipe().unwrap_or(cc.flight),
            CcVar::Sacked => ep.sack_view().map_or(0, |s| s.sacked_bytes),
        })
    }
}

/// What `expect SIDE received` compares.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Received {
    /// Exactly this text.
    Text(String),
    /// This many bytes.
    Count(u32),
}

/// An expectation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    /// `expect SIDE [STATE] VAR=SEQ ...`.
    Endpoint {
        /// Whose.
        side: Side,
        /// The state, if given.
        state: Option<State>,
        /// Variables and their expected values.
        vars: Vec<(Var, SeqExpr)>,
    },
    /// `expect SIDE received ...`.
    Received(Side, Received),
    /// `expect SIDE signal "TEXT"`.
    Signal(Side, String),
    /// `expect SIDE buffered NUMBER` (playground extension): bytes in the
    /// receive buffer that the application has not read.
    Buffered(Side, u32),
    /// `expect wire empty`.
    WireEmpty,
    /// `expect wire count N`.
    WireCount(u32),
    /// `expect wire [SEL] FLAGS ...`.
    Wire(Selector, SegSpec),
    /// `expect outbox SIDE empty`.
    OutboxEmpty(Side),
    /// `expect outbox SIDE [N] FLAGS ...`.
    Outbox(Side, usize, SegSpec),
    /// `expect time DURATION`.
    Time(Duration),
    /// `expect SIDE rule "TEXT"` (playground extension): that side's TCP has
    /// applied the rule whose id is TEXT, or a rule in section TEXT, e.g.
    /// `"RFC 5961"` (see [`crate::note::Rule::matches`]). The parser accepts
    /// only a TEXT that some rule matches.
    Rule(Side, String),
    /// `expect SIDE no rule "TEXT"` (playground extension): that side's TCP
    /// has applied no rule that TEXT names (as for [`Check::Rule`]), e.g.
    /// `"retransmit"`: no retransmission timeout has fired. The parser
    /// accepts only a TEXT that some rule matches.
    NoRule(Side, String),
    /// `expect goal` (playground extension): every `goal` so far holds.
    Goal,
    /// `expect SIDE cwnd|ssthresh|flight N`, `expect SIDE recovery on|off`
    /// (playground extension): that side's congestion control variable.
    Congestion(Side, CcVar, u32),
    /// `expect link client>server queue N` (playground extension): segments
    /// waiting in that direction's link queue (by sender).
    LinkQueue(Side, u32),
}

/// How a lesson shows sequence numbers (`numbering real|relative`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Numbering {
    /// As they are on the wire.
    Real,
    /// Counted from each side's ISN.
    Relative,
}

/// A statement of the scenario language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stmt {
    /// `title "TEXT"`.
    Title(String),
    /// `say "TEXT"`.
    Say(String),
    /// `seed NUMBER`.
    Seed(u32),
    /// `set KEY VALUE`.
    Set(Setting),
    /// `SIDE listen|connect|send|close|abort`.
    Call(Side, CallSpec),
    /// `deliver [SEL]`.
    Deliver(Selector),
    /// `drop [SEL]`.
    Drop(Selector),
    /// `duplicate [SEL]`.
    Duplicate(Selector),
    /// `delay [SEL] DURATION`.
    Delay(Selector, Duration),
    /// `inject DIR FLAGS ...` (the side is the sender).
    Inject(Side, SegSpec),
    /// `release SIDE [N]`.
    Release(Side, usize, Option<Box<SegSpec>>),
    /// `discard SIDE [N]`.
    Discard(Side, usize),
    /// `advance DURATION`.
    Advance(Duration),
    /// `run [DURATION]`.
    Run(Option<Duration>),
    /// `expect ...`.
    Expect(Check),
    /// `goal CHECK` (playground extension): what a challenge asks for; the
    /// playground checks it after every action, the checker ignores it.
    Goal(Check),
    /// `hint "TEXT"` (playground extension): shown on request.
    Hint(String),
    /// `lesson "TEXT" next LINE hints N [completed]` (playground
    /// extension): a saved or shared session follows this lesson, which
    /// goes on at LINE. The checker ignores it.
    Lesson(Box<LessonAt>),
    /// `capture events N ids ID ...` (playground extension): a saved or
    /// shared session began as a packet capture's replay. The checker
    /// ignores it.
    Capture(Box<CaptureAt>),
    /// `ask SIDE state`, `ask SIDE sends FIELD`, `ask SIDE outcome` or
    /// `ask "TEXT" answer N` (playground extension): a question the
    /// student answers before the step it stands in runs; or `blank SIDE
    /// FIELD [N]`, a field of a segment of that step left blank on the
    /// ladder for the student to fill in once it has run.
    Ask(Question),
    /// `numbering real` or `numbering relative` (playground extension):
    /// how a lesson shows sequence numbers while it runs, in place of the
    /// student's own choice (its narration names real numbers, say). The
    /// checker ignores it.
    Numbering(Numbering),
    /// `choice "TEXT"` (playground extension): one choice of the
    /// multiple-choice question above it.
    Choice(String),
    /// `say LANG "TEXT"`, `title LANG "TEXT"`, `hint LANG "TEXT"`
    /// (playground extension): the translation into language LANG (a
    /// BCP 47 tag such as `es` or `zh-CN`) of the nearest `say`, `title` or
    /// `hint` without a language above it. The checker ignores it.
    Translation {
        /// Which kind of text it translates.
        of: Narration,
        /// The language tag, as written.
        lang: String,
        /// The translated text.
        text: String,
    },
}

/// A lesson a session follows, and how far the student got in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonAt {
    /// The lesson's whole text (it parses, and holds no `lesson` itself).
    pub text: String,
    /// The source line of the lesson where it goes on (past its last line
    /// once it is done).
    pub next_line: usize,
    /// Hints the student has seen.
    pub hints: u32,
    /// The challenge's goals have all held.
    pub completed: bool,
    /// The questions answered so far, in order (`answer LINE GIVEN RIGHT
    /// RULE` after the rest).
    #[serde(default)]
    pub answers: Vec<Answered>,
}

/// What a session opened from a packet capture keeps of it, so that a
/// reopened session shows the capture as it did (see
/// [`crate::capture::Replay::ids`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptureAt {
    /// How many of the session's first trace entries are the replay's (its
    /// bookkeeping is left out of the views; what the student did after
    /// it is not).
    pub events: u64,
    /// For each captured segment, in capture order, the id of the segment
    /// that carried it on the wire (0: none).
    pub ids: Vec<u64>,
}

/// The kinds of text a lesson shows a student.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Narration {
    /// `title`.
    Title,
    /// `say`.
    Say,
    /// `hint`.
    Hint,
    /// `ask "TEXT"`: a question the teacher wrote.
    Ask,
    /// `choice`.
    Choice,
}

impl Narration {
    /// The keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            Narration::Title => "title",
            Narration::Say => "say",
            Narration::Hint => "hint",
            Narration::Ask => "ask",
            Narration::Choice => "choice",
        }
    }
}

/// Whether `tag` looks like a language tag: letters, then `-` and letters
/// or digits (`es`, `pt-BR`, `zh-Hans`).
pub fn is_lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The scenario language's format. Share links, saved sessions and saved
/// files carry it in a first-line comment (`# … scenario format 1`), so
/// that a later version can tell a text written by a newer one, which it
/// cannot read, from a damaged one. It changes only when a text the
/// language accepted before would mean something else.
pub const FORMAT: u32 = 1;

/// The format a text says it is written in: `N` from a first line
/// `# … scenario format N`; `None` for a text that does not say.
pub fn format_of(text: &str) -> Option<u32> {
    let first = text.lines().next()?.trim().strip_prefix('#')?;
    first.rsplit_once("scenario format ")?.1.trim().parse().ok()
}

/// Largest `len=` of an injected segment: an IPv4 packet's payload limit.
pub const MAX_INJECT_LEN: u32 = crate::segment::MAX_PAYLOAD as u32;
/// `run` without a bound stops after this long.
pub const DEFAULT_RUN_BOUND: Duration = Duration::from_secs(600);
