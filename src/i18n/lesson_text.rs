//! A lesson's words in the student's language: a translation the file
//! carries (`say es "…"`), else the bundled lessons' catalog of that
//! language (`lessons.LANG.ftl`, keyed by a hash of the English text, so a
//! changed sentence falls back to English instead of showing a stale
//! translation), else the text as written.

use super::I18n;

/// A title, narration or hint of a lesson, with its translations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// As written in the file (the lesson's own language, usually English).
    pub text: String,
    /// (language tag, text) pairs from the file.
    pub translations: Vec<(String, String)>,
}

/// The catalog key of a bundled lesson's sentence: `n-` and the FNV-1a hash
/// of its text.
pub fn key(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("n-{h:08x}")
}

impl Localized {
    /// Text with no translations.
    pub fn plain(text: impl Into<String>) -> Localized {
        Localized {
            text: text.into(),
            translations: Vec::new(),
        }
    }

    /// The words for `i18n`'s language.
    pub fn get(&self, i18n: &I18n) -> String {
        let code = i18n.lang().code();
        let primary = code.split('-').next().unwrap_or(code);
        let from_file = self
            .translations
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(code))
            .or_else(|| {
                self.translations.iter().find(|(tag, _)| {
                    tag.split('-')
                        .next()
                        .is_some_and(|p| p.eq_ignore_ascii_case(primary))
                })
            });
        match from_file {
            Some((_, text)) => text.clone(),
            None => i18n
                .lesson_text(&self.text)
                .unwrap_or_else(|| self.text.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Later};
    use std::rc::Rc;

    fn with_catalog(lang: Lang, catalog: &str) -> I18n {
        let later = Later {
            lessons: Some(I18n::parse(lang, catalog).0),
            ..Later::default()
        };
        let ui = Some(Rc::new(
            crate::i18n::ftl::Resource::parse("", crate::i18n::ftl::Plurals::Other).0,
        ));
        I18n::new(lang, ui, later)
    }

    #[test]
    fn a_lesson_sentence_in_the_students_language() {
        let text = Localized {
            text: "Hello".into(),
            translations: vec![
                ("es-MX".into(), "Hola".into()),
                ("zh-CN".into(), "你好".into()),
            ],
        };
        assert_eq!(text.get(&I18n::english()), "Hello");
        // `es-MX` in the file serves a student reading `es`.
        let es = with_catalog(Lang::Es, "");
        assert_eq!(text.get(&es), "Hola");
        assert_eq!(text.get(&with_catalog(Lang::Zh, "")), "你好");
        // A bundled sentence comes from the language's lesson catalog, keyed
        // by its English text; without an entry it stays as written.
        let bundled = Localized::plain("Hello");
        let catalog = format!("{} = ¡Hola!\n", key("Hello"));
        assert_eq!(bundled.get(&with_catalog(Lang::Es, &catalog)), "¡Hola!");
        assert_eq!(bundled.get(&es), "Hello");
    }
}
