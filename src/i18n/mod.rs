//! Languages: every word a student reads comes from one catalog per
//! language (`i18n/*.ftl`, Fluent syntax). English is built in; the others
//! are fetched when chosen, so they cost nothing on the first load.
//!
//! [`I18n`] is handed to components through a Yew context; [`render`]
//! turns the engine's typed notes, reasons and events into sentences.

pub mod ftl;
pub mod render;
mod text;

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

    /// Where the catalog is served, relative to the page.
    pub fn file(self) -> &'static str {
        match self {
            Lang::En => "i18n/en.ftl",
            Lang::Es => "i18n/es.ftl",
            Lang::Zh => "i18n/zh-CN.ftl",
        }
    }

    fn plurals(self) -> Plurals {
        match self {
            Lang::En | Lang::Es => Plurals::OneOther,
            Lang::Zh => Plurals::Other,
        }
    }
}

/// The English catalog, compiled in: the fallback for any missing key.
pub const ENGLISH: &str = include_str!("../../i18n/en.ftl");

thread_local! {
    static EN: Rc<Resource> = Rc::new(Resource::parse(ENGLISH, Plurals::OneOther).0);
}

/// The chosen language and its catalog, with English behind it.
#[derive(Clone, Debug)]
pub struct I18n {
    lang: Lang,
    res: Rc<Resource>,
    en: Rc<Resource>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.res, &other.res)
    }
}

impl Default for I18n {
    fn default() -> I18n {
        I18n::english()
    }
}

impl I18n {
    /// English.
    pub fn english() -> I18n {
        let en = EN.with(Rc::clone);
        I18n {
            lang: Lang::En,
            res: en.clone(),
            en,
        }
    }

    /// `lang` from its catalog's text; keys it lacks fall back to English.
    /// Returns the problems found in the text (entries skipped).
    pub fn load(lang: Lang, text: &str) -> (I18n, Vec<ftl::ParseError>) {
        if lang == Lang::En {
            return (I18n::english(), Vec::new());
        }
        let (res, errors) = Resource::parse(text, lang.plurals());
        let i18n = I18n {
            lang,
            res: Rc::new(res),
            en: EN.with(Rc::clone),
        };
        (i18n, errors)
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn get(&self, id: &str, attr: Option<&str>, args: &[(&str, Value)]) -> String {
        self.res
            .format(id, attr, args)
            .or_else(|| self.en.format(id, attr, args))
            .unwrap_or_else(|| id.to_string())
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
mod tests;
