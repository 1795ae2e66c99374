//! Languages: every word a student reads comes from one catalog per
//! language (`i18n/*.ftl`, Fluent syntax). English is built in; the others
//! are fetched when chosen, so they cost nothing on the first load.
//!
//! [`I18n`] is handed to components through a Yew context; [`render`]
//! turns the engine's typed notes, reasons and events into sentences.

pub mod ftl;
mod lesson_text;
pub mod render;

/// The rules catalog's key for a phrase of the scenario parser (what it
/// expected): `p-` and a hash of its English words.
pub fn parse_phrase_key(english: &str) -> String {
    lesson_text::hashed_key("p-", english)
}
mod text;

pub use lesson_text::{key as lesson_key, Localized};
pub use text::{Part, Text};

use ftl::{Plurals, Resource, Value};
use std::rc::Rc;

/// A language the playground ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the reference catalog).
    En,
    /// Spanish.
    Es,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Zh];

    /// The BCP 47 tag, used in `?lang=`, `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language's name in itself, for the menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Zh => "简体中文",
        }
    }

    /// The language for a tag such as `es-MX`, `zh-Hans` or `EN`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// Where the catalog of the page's words is served, relative to the page.
    pub fn ui_file(self) -> &'static str {
        match self {
            Lang::En => "i18n/en.ftl",
            Lang::Es => "i18n/es.ftl",
            Lang::Zh => "i18n/zh-CN.ftl",
        }
    }

    /// Where the translations of the bundled lessons are served (none for
    /// English, the lessons' own language).
    pub fn lessons_file(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some("i18n/lessons.es.ftl"),
            Lang::Zh => Some("i18n/lessons.zh-CN.ftl"),
        }
    }

    /// Where the catalog of the engine's rules and reasons is served.
    pub fn rules_file(self) -> &'static str {
        match self {
            Lang::En => "i18n/rules.en.ftl",
            Lang::Es => "i18n/rules.es.ftl",
            Lang::Zh => "i18n/rules.zh-CN.ftl",
        }
    }

    fn plurals(self) -> Plurals {
        match self {
            Lang::En | Lang::Es => Plurals::OneOther,
            Lang::Zh => Plurals::Other,
        }
    }
}

/// The English words of the page, compiled in: the first screen needs
/// them, and they are the fallback for any missing key. The rules' words
/// and the RFC's sentences are fetched after the first screen. Its comment
/// lines are left out (build.rs).
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// Where the RFC sentences are served (English: RFC text is quoted).
pub const RFC_FILE: &str = "i18n/rfc.ftl";

thread_local! {
    // Parsed as its messages are used (the tests parse it whole).
    static EN: Rc<Resource> = Rc::new(Resource::lazy(ENGLISH, Plurals::OneOther));
}

/// Catalogs fetched after the first screen.
#[derive(Clone, Debug, Default)]
pub struct Later {
    /// The chosen language's rules and reasons.
    pub rules: Option<Rc<Resource>>,
    /// English rules and reasons (the fallback).
    pub en_rules: Option<Rc<Resource>>,
    /// The RFC sentences.
    pub rfc: Option<Rc<Resource>>,
    /// The chosen language's translations of the bundled lessons.
    pub lessons: Option<Rc<Resource>>,
    /// Whether they were asked for and answered (or failed): until then,
    /// words only they hold would show as their keys.
    pub fetched: bool,
}

/// The chosen language and its catalogs, with English behind them.
#[derive(Clone, Debug)]
pub struct I18n {
    lang: Lang,
    ui: Rc<Resource>,
    en: Rc<Resource>,
    later: Later,
    /// The languages the student reads, best first (`?lang=fr`, the menu's
    /// choice, or the browser's list): a lesson's own `say LANG "…"` is
    /// shown in the first of them it carries, even where the playground's
    /// own words are not translated.
    narration: Rc<[String]>,
}

fn same(a: &Option<Rc<Resource>>, b: &Option<Rc<Resource>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.ui, &other.ui)
            && self.narration == other.narration
            && same(&self.later.rules, &other.later.rules)
            && same(&self.later.en_rules, &other.later.en_rules)
            && same(&self.later.rfc, &other.later.rfc)
            && same(&self.later.lessons, &other.later.lessons)
            && self.later.fetched == other.later.fetched
    }
}

impl Default for I18n {
    fn default() -> I18n {
        I18n::english()
    }
}

impl I18n {
    /// English, with only the built-in words.
    pub fn english() -> I18n {
        let en = EN.with(Rc::clone);
        I18n {
            lang: Lang::En,
            ui: en.clone(),
            en,
            later: Later::default(),
            narration: Rc::from([]),
        }
    }

    /// English with every word it has, the later catalogs' compiled in
    /// (for tests and tools: the app fetches those after the first screen,
    /// and never calls this, so they stay out of its module).
    pub fn english_with_rules() -> I18n {
        let rules = I18n::read(Lang::En, include_str!("../../i18n/rules.en.ftl"));
        I18n::english().or_english_rules(&rules)
    }

    /// Reads one catalog of `lang`; entries that do not parse are reported
    /// and skipped.
    pub fn parse(lang: Lang, text: &str) -> (Rc<Resource>, Vec<ftl::ParseError>) {
        let (res, errors) = Resource::parse(text, lang.plurals());
        (Rc::new(res), errors)
    }

    /// Reads one catalog of `lang` to be parsed as its messages are used
    /// (entries that do not parse are missing, as with [`I18n::parse`]).
    pub fn read(lang: Lang, text: &str) -> Rc<Resource> {
        Rc::new(Resource::lazy(text, lang.plurals()))
    }

    /// `lang` from its catalog of the page's words (English needs none),
    /// and whatever was fetched later.
    pub fn new(lang: Lang, ui: Option<Rc<Resource>>, later: Later) -> I18n {
        let en = EN.with(Rc::clone);
        I18n {
            lang,
            ui: ui.unwrap_or_else(|| en.clone()),
            en,
            later,
            narration: Rc::from([]),
        }
    }

    /// The same words, with the languages the student reads lessons in,
    /// best first (BCP 47 tags).
    pub fn with_narration(mut self, tags: Rc<[String]>) -> I18n {
        self.narration = tags;
        self
    }

    /// The languages the student reads lessons in, best first; the page's
    /// language when none was given.
    pub fn narration(&self) -> &[String] {
        &self.narration
    }

    /// For tests: `lang` with every catalog given as text.
    pub fn load(lang: Lang, ui: &str, rules: &str, en_rules: &str, rfc: &str) -> I18n {
        let ui = (lang != Lang::En).then(|| I18n::parse(lang, ui).0);
        let later = Later {
            rules: Some(I18n::parse(lang, rules).0),
            en_rules: Some(I18n::parse(Lang::En, en_rules).0),
            rfc: Some(I18n::parse(Lang::En, rfc).0),
            lessons: None,
            fetched: true,
        };
        I18n::new(lang, ui, later)
    }

    /// The same, with `en_rules` standing in for the English rules
    /// catalog until it has been fetched (a page that carries its later
    /// words compiled in, as the editor does, never shows a bare key).
    pub fn or_english_rules(mut self, en_rules: &Rc<Resource>) -> I18n {
        if self.later.en_rules.is_none() {
            self.later.en_rules = Some(en_rules.clone());
        }
        self
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn get(&self, id: &str, attr: Option<&str>, args: &[(&str, Value)]) -> String {
        let later = |r: &Option<Rc<Resource>>| r.as_ref().and_then(|r| r.format(id, attr, args));
        self.ui
            .format(id, attr, args)
            .or_else(|| later(&self.later.rules))
            .or_else(|| self.en.format(id, attr, args))
            .or_else(|| later(&self.later.en_rules))
            // Not come yet: a student sees that words are on their way,
            // never a key (once everything came, a key names what is missing).
            .unwrap_or_else(|| {
                if self.later.fetched {
                    id.to_string()
                } else {
                    "…".to_string()
                }
            })
    }

    /// A bundled lesson's sentence in this language, if translated.
    pub fn lesson_text(&self, english: &str) -> Option<String> {
        self.later
            .lessons
            .as_ref()?
            .format(&lesson_text::key(english), None, &[])
    }

    /// What the scenario parser expected, in this language: found by its
    /// English words (see [`parse_phrase_key`]), which stand until the
    /// rules' catalog has come, or where it has no translation.
    pub fn parse_phrase(&self, english: &str) -> String {
        self.later
            .rules
            .as_ref()
            .and_then(|r| r.format(&parse_phrase_key(english), None, &[]))
            .unwrap_or_else(|| english.to_string())
    }

    /// The RFC sentence a rule applies, once its catalog has arrived.
    pub fn rfc_quote(&self, rule_id: &str) -> Option<String> {
        self.later
            .rfc
            .as_ref()?
            .format(&format!("rfc-{rule_id}"), None, &[])
    }
    /// Whether the catalogs fetched after the first screen have come (or
    /// could not be had): the parts loaded later wait for them, so that
    /// none of their words shows as its key.
    pub fn fetched(&self) -> bool {
        self.later.fetched
    }

    /// A message without values.
    pub fn t(&self, id: &str) -> String {
        self.get(id, None, &[])
    }

    /// A message with values.
    pub fn f(&self, id: &str, args: &[(&str, Value)]) -> String {
        self.get(id, None, args)
    }

    /// An attribute of a message, e.g. a rule's `.plain` sentence.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, Value)]) -> String {
        self.get(id, Some(attr), args)
    }
}

/// The language the page is shown in (English when no provider is set).
#[yew::hook]
pub fn use_i18n() -> I18n {
    yew::use_context::<I18n>().unwrap_or_default()
}

#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod tests;
