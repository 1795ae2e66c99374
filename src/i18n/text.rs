//! Words decided now and shown later: a catalog key with its values, so a
//! notice made by the reducer (which knows no language) reads in whatever
//! language is on screen when it is shown.

use super::ftl::Value;
use super::{render, I18n};
use tcp_engine::note::Signal;
use tcp_engine::sim::Side;

/// A message to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    /// A catalog message with its values.
    Msg(&'static str, Vec<(&'static str, Part)>),
    /// Words that are not the catalog's (a file name, the scenario
    /// checker's report).
    Raw(String),
    /// Why the wire or the clock refused a statement.
    Sim(tcp_engine::sim::SimError),
}

/// One value of a [`Text`].
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// A number (selects plural forms).
    Num(u64),
    /// Verbatim text.
    Raw(String),
    /// A side, named in the reader's language.
    Side(Side),
    /// What an application was told.
    Signal(Signal),
    /// A nested message.
    Text(Box<Text>),
    /// A lesson's title or sentence, in the reader's language.
    Lesson(super::Localized),
    /// Several messages, joined with "; ".
    List(Vec<Text>),
    /// What the scenario parser expected, in its English words (translated
    /// by them).
    ParsePhrase(String),
}

impl From<u64> for Part {
    fn from(n: u64) -> Part {
        Part::Num(n)
    }
}
impl From<usize> for Part {
    fn from(n: usize) -> Part {
        Part::Num(n as u64)
    }
}
impl From<u32> for Part {
    fn from(n: u32) -> Part {
        Part::Num(u64::from(n))
    }
}
impl From<String> for Part {
    fn from(s: String) -> Part {
        Part::Raw(s)
    }
}
impl From<&str> for Part {
    fn from(s: &str) -> Part {
        Part::Raw(s.to_string())
    }
}
impl From<Side> for Part {
    fn from(s: Side) -> Part {
        Part::Side(s)
    }
}
impl From<Signal> for Part {
    fn from(s: Signal) -> Part {
        Part::Signal(s)
    }
}
impl From<Text> for Part {
    fn from(t: Text) -> Part {
        Part::Text(Box::new(t))
    }
}

/// "Did you mean “a”, “b” or “c”?"
fn did_you_mean(nearest: &[String]) -> Text {
    let mut args = vec![("n", nearest.len().into())];
    for (name, near) in ["a", "b", "c"].into_iter().zip(nearest) {
        args.push((name, format!("“{near}”").into()));
    }
    Text::msg("scenario-did-you-mean", args)
}

impl Text {
    /// Why a statement failed: in words of the reader's language when the
    /// wire or clock refused it, else the checker's report.
    pub fn failure(f: tcp_engine::scenario::Failure) -> Text {
        match f.cause {
            Some(cause) => Text::Sim(cause),
            None => Text::Raw(f.message),
        }
    }

    /// What is wrong at a scenario's line and column: in words of the
    /// reader's language when something else was expected there or a check
    /// names a rule or signal no TCP has, else the parser's own (English)
    /// words.
    pub fn parse_error(e: &tcp_engine::scenario::ParseError) -> Text {
        use tcp_engine::scenario::{Found, NameKind};
        if let Some(x) = &e.expecting {
            let found = match &x.found {
                Found::EndOfLine => Text::key("scenario-found-end"),
                // As the scenario writes it, in any language.
                Found::Word(w) => Text::Raw(format!("\"{w}\"")),
                Found::Text(s) => {
                    Text::msg("scenario-found-text", vec![("text", s.as_str().into())])
                }
            };
            let mut args = vec![
                ("what", Part::ParsePhrase(x.what.clone())),
                ("found", found.into()),
            ];
            if x.nearest.is_empty() {
                return Text::msg("scenario-expected", args);
            }
            args.push(("then", did_you_mean(&x.nearest).into()));
            return Text::msg("scenario-expected-near", args);
        }
        let Some(unknown) = &e.unknown else {
            return Text::Raw(e.message.clone());
        };
        let then = match (unknown.nearest.as_slice(), unknown.kind) {
            ([], NameKind::Rule) => Text::key("scenario-rule-ids"),
            ([], NameKind::Signal) => {
                let signals: Vec<String> =
                    Signal::texts().iter().map(|s| format!("“{s}”")).collect();
                Text::msg(
                    "scenario-signals",
                    vec![("signals", signals.join(", ").into())],
                )
            }
            (nearest, _) => did_you_mean(nearest),
        };
        let key = match unknown.kind {
            NameKind::Rule => "scenario-unknown-rule",
            NameKind::Signal => "scenario-unknown-signal",
        };
        Text::msg(
            key,
            vec![
                ("found", unknown.found.clone().into()),
                ("then", then.into()),
            ],
        )
    }

    /// A catalog message without values.
    pub fn key(key: &'static str) -> Text {
        Text::Msg(key, Vec::new())
    }

    /// A catalog message with values.
    pub fn msg(key: &'static str, args: Vec<(&'static str, Part)>) -> Text {
        Text::Msg(key, args)
    }

    /// The catalog key, if this is one of ours.
    pub fn key_name(&self) -> Option<&'static str> {
        match self {
            Text::Msg(key, _) => Some(key),
            Text::Raw(_) | Text::Sim(_) => None,
        }
    }

    /// The words in `i18n`'s language.
    pub fn render(&self, i18n: &I18n) -> String {
        match self {
            Text::Raw(s) => s.clone(),
            Text::Sim(e) => render::sim_error(i18n, e),
            Text::Msg(key, args) => {
                let values: Vec<(&str, Value)> = args
                    .iter()
                    .map(|(name, part)| {
                        let v = match part {
                            Part::Num(n) => Value::Num(*n),
                            Part::Raw(s) => Value::Str(s.clone()),
                            Part::Side(s) => Value::Str(render::side(i18n, *s)),
                            Part::Signal(s) => Value::Str(render::signal(i18n, *s)),
                            Part::Text(t) => Value::Str(t.render(i18n)),
                            Part::Lesson(l) => Value::Str(l.get(i18n)),
                            Part::ParsePhrase(p) => Value::Str(i18n.parse_phrase(p)),
                            Part::List(texts) => Value::Str(
                                texts
                                    .iter()
                                    .map(|t| t.render(i18n))
                                    .collect::<Vec<_>>()
                                    .join("; "),
                            ),
                        };
                        (*name, v)
                    })
                    .collect();
                i18n.f(key, &values)
            }
        }
    }
}
