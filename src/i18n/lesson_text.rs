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
    hashed_key("n-", text)
}

/// `prefix` and the FNV-1a hash of `text`: a catalog key for words known by
/// their English text.
pub fn hashed_key(prefix: &str, text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{prefix}{h:08x}")
}

impl Localized {
    /// Text with no translations.
    pub fn plain(text: impl Into<String>) -> Localized {
        Localized {
            text: text.into(),
            translations: Vec::new(),
        }
    }

    /// The words for `i18n`'s reader: see [`Localized::get_tagged`].
    pub fn get(&self, i18n: &I18n) -> String {
        self.get_tagged(i18n).0
    }

    /// The words for `i18n`'s reader, with the language tag of a
    /// translation the file carries (for the element's `lang`, so a screen
    /// reader speaks it in its language): for each language the student
    /// reads, best first, the file's translation into it (exactly, else by
    /// its primary subtag: `pt` for `pt-BR`), or the bundled lessons'
    /// catalog when it is the page's language; else the text as written.
    pub fn get_tagged(&self, i18n: &I18n) -> (String, Option<String>) {
        let page = [i18n.lang().code().to_string()];
        let wanted = match i18n.narration() {
            [] => &page[..],
            tags => tags,
        };
        for tag in wanted {
            let from_file = self
                .translations
                .iter()
                .find(|(t, _)| t.eq_ignore_ascii_case(tag))
                .or_else(|| {
                    self.translations
                        .iter()
                        .find(|(t, _)| primary(t).eq_ignore_ascii_case(primary(tag)))
                });
            if let Some((t, text)) = from_file {
                return (text.clone(), Some(t.clone()));
            }
            if super::Lang::from_tag(tag) == Some(i18n.lang()) {
                if let Some(text) = i18n.lesson_text(&self.text) {
                    return (text, None);
                }
            }
            // The text as written is in the lesson's own language, which
            // the file does not name: no later choice can be told from it.
            if primary(tag).eq_ignore_ascii_case("en") {
                break;
            }
        }
        (self.text.clone(), None)
    }
}

/// A language tag's first part: `pt` of `pt-BR`.
fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
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

    #[test]
    fn a_lesson_in_a_language_the_playground_has_no_words_for() {
        let text = Localized {
            text: "Hello".into(),
            translations: vec![
                ("fr".into(), "Bonjour".into()),
                ("pt-BR".into(), "Olá".into()),
            ],
        };
        let reading = |tags: &[&str]| {
            let tags: Rc<[String]> = tags.iter().map(|t| t.to_string()).collect();
            text.get_tagged(&I18n::english().with_narration(tags))
        };
        // A French browser: the page's words in English, the lesson's in French.
        assert_eq!(
            reading(&["fr-FR", "fr", "en-US", "en"]),
            ("Bonjour".into(), Some("fr".into()))
        );
        // `pt` finds `pt-BR`, and so does `pt-PT`.
        assert_eq!(reading(&["pt"]).0, "Olá");
        assert_eq!(reading(&["pt-PT"]).0, "Olá");
        // The first language the lesson carries wins…
        assert_eq!(reading(&["de", "fr"]).0, "Bonjour");
        // …and English before French means the text as written.
        assert_eq!(reading(&["en", "fr"]), ("Hello".into(), None));
    }
}
