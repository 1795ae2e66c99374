//! Embedding in course pages: the query parameters an iframe's URL may
//! carry, and the messages posted to the parent page.
//!
//! `?embed=1&lesson=handshake&panels=endpoints,ladder,log&mode=readonly&lang=es`

use crate::i18n::{Lang, Text};

/// Every panel that can be shown or hidden, by its parameter name.
pub const PANELS: [&str; 7] = [
    "endpoints",
    "ladder",
    "diagram",
    "wire",
    "log",
    "composer",
    "settings",
];

/// What the URL asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Minimal chrome, no storage of its own.
    pub embed: bool,
    /// A bundled lesson to open, by file name without `.scn`.
    pub lesson: Option<String>,
    /// Panels to show; `None` shows all.
    pub panels: Option<Vec<String>>,
    /// The student watches and steps the lesson but cannot act.
    pub readonly: bool,
    /// The language asked for (it wins over the browser's and the saved one).
    pub lang: Option<Lang>,
    /// The language tag asked for, as given (`fr`, `pt-BR`): lessons that
    /// carry narration in it show it, even when the playground's own words
    /// are not translated into it ([`EmbedConfig::lang`] is then `None`).
    pub lang_tag: Option<String>,
    /// Text size in percent (`scale=1.5` is 150), for projectors and
    /// course pages.
    pub scale: Option<u32>,
    /// The instance's name (`id=week5-q1`), carried by every message to
    /// the embedding page so that one page can tell its iframes apart.
    pub id: Option<String>,
    /// The only origin messages are posted to (`parent=https://moodle.example.edu`);
    /// without it, any embedding page may read them, so they carry nothing
    /// of the student's own.
    pub parent: Option<String>,
    /// Where the lesson goes on (`resume=`, a place an LMS kept, as the
    /// `resume` message gave it); checked when the lesson has opened.
    pub resume: Option<String>,
}

/// Longest `id=`, in characters.
pub const MAX_ID: usize = 100;

/// Whether `value` is an origin: `https://host` or `http://host:port`, no path.
pub fn is_origin(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// A value quoted in a message: at most 60 characters, then "…".
fn cut(value: &str) -> String {
    let mut cut = value.to_string();
    if let Some((at, _)) = value.char_indices().nth(60) {
        cut.truncate(at);
        cut.push('…');
    }
    cut
}

/// The text sizes `scale=` may ask for, in percent.
pub const SCALES: std::ops::RangeInclusive<u32> = 75..=200;

/// `1.25` as 125 (no float parsing: it costs code size for one field).
fn percent(value: &str) -> Option<u32> {
    let (whole, frac) = value.split_once('.').unwrap_or((value, ""));
    if whole.is_empty()
        || frac.len() > 2
        || !(whole.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let frac: u32 = format!("{frac:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(frac)
}

/// A percentage as a CSS number (125 as `1.25`).
pub fn css_scale(percent: u32) -> String {
    format!("{}.{:02}", percent / 100, percent % 100)
}

impl EmbedConfig {
    /// Whether a panel shows.
    pub fn shows(&self, panel: &str) -> bool {
        self.panels
            .as_ref()
            .is_none_or(|p| p.iter().any(|x| x == panel))
    }

    /// CSS classes for the root element: `embed`, `readonly`, `hide-log`…
    pub fn classes(&self) -> Vec<String> {
        let mut classes = Vec::new();
        if self.embed {
            classes.push("embed".to_string());
        }
        if self.readonly {
            classes.push("readonly".to_string());
        }
        for panel in PANELS {
            if !self.shows(panel) {
                classes.push(format!("hide-{panel}"));
            }
        }
        classes
    }
}

/// Percent-decoding (and `+` as space), as query strings are written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (hex, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads `location.search` (with or without the `?`). Problems are
/// collected as messages naming the parameter; what is valid still applies.
pub fn parse(search: &str) -> (EmbedConfig, Vec<Text>) {
    let mut config = EmbedConfig::default();
    let mut problems = Vec::new();
    for pair in search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value);
        match key {
            "embed" => match value.as_str() {
                "" | "1" | "true" | "yes" => config.embed = true,
                "0" | "false" | "no" => config.embed = false,
                other => problems.push(Text::msg("param-embed", vec![("value", other.into())])),
            },
            "lesson" => config.lesson = Some(value),
            "resume" => config.resume = Some(value),
            "mode" => match value.as_str() {
                "readonly" | "read-only" => config.readonly = true,
                "interactive" => config.readonly = false,
                other => problems.push(Text::msg("param-mode", vec![("value", other.into())])),
            },
            "panels" => {
                let mut shown = Vec::new();
                for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    if PANELS.contains(&name) {
                        shown.push(name.to_string());
                    } else {
                        problems.push(Text::msg(
                            "param-panel",
                            vec![("value", name.into()), ("known", PANELS.join(", ").into())],
                        ));
                    }
                }
                config.panels = Some(shown);
            }
            "lang" if tcp_engine::scenario::is_lang_tag(&value) && value.len() <= 35 => {
                config.lang = Lang::from_tag(&value);
                if config.lang.is_none() {
                    problems.push(Text::msg(
                        "param-lang-narration",
                        vec![
                            ("value", value.as_str().into()),
                            ("known", Lang::ALL.map(Lang::code).join(", ").into()),
                        ],
                    ));
                }
                config.lang_tag = Some(value);
            }
            "lang" => problems.push(Text::msg("param-lang", vec![("value", cut(&value).into())])),
            "scale" => match percent(&value).filter(|p| SCALES.contains(p)) {
                Some(p) => config.scale = Some(p),
                None => problems.push(Text::msg(
                    "param-scale",
                    vec![("value", value.as_str().into())],
                )),
            },
            "id" if !value.is_empty()
                && value.chars().count() <= MAX_ID
                && !value.chars().any(char::is_control) =>
            {
                config.id = Some(value)
            }
            "id" => problems.push(Text::msg("param-id", vec![("max", MAX_ID.into())])),
            "parent" => match value.trim_end_matches('/') {
                origin if is_origin(origin) => config.parent = Some(origin.to_string()),
                _ => problems.push(Text::msg(
                    "param-parent",
                    vec![("value", value.as_str().into())],
                )),
            },
            other => problems.push(Text::msg("param-unknown", vec![("value", other.into())])),
        }
    }
    // A place in a lesson, with no lesson to go on in.
    if config.resume.is_some() && config.lesson.is_none() {
        problems.push(Text::key("param-resume"));
    }
    (config, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_read_and_mistakes_named() {
        let (c, problems) = parse("?embed=1&lesson=handshake&panels=ladder,log&mode=readonly");
        assert!(c.embed && c.readonly);
        assert_eq!(c.lesson.as_deref(), Some("handshake"));
        assert!(c.shows("ladder") && !c.shows("composer"));
        assert!(problems.is_empty());
        assert!(c.classes().contains(&"hide-composer".to_string()));

        let (c, problems) = parse("embed=1&panels=ladder,bogus&mode=sideways&x=%3Cscript%3E");
        assert!(c.embed && !c.readonly && c.shows("ladder"));
        assert_eq!(problems.len(), 3, "{problems:?}");
        let en = crate::i18n::I18n::english_with_rules();
        assert!(problems[0].render(&en).contains("“bogus”"));
        assert!(problems[2].render(&en).contains("“x”"));
        let (_, problems) = parse("resume=next%2013");
        assert_eq!(problems, vec![Text::key("param-resume")]);
        assert!(parse("lesson=handshake&resume=next%2013").1.is_empty());
        let (c, problems) = parse("lang=zh-Hans");
        assert_eq!(
            (c.lang, c.lang_tag.as_deref()),
            (Some(Lang::Zh), Some("zh-Hans"))
        );
        assert!(problems.is_empty());
        // Any well-formed tag is taken: the lesson's narration in it, the
        // page's words in English, and the page says so.
        let (c, problems) = parse("lang=pt-BR");
        assert_eq!((c.lang, c.lang_tag.as_deref()), (None, Some("pt-BR")));
        assert!(problems[0].render(&en).contains("“pt-BR”"));
        for bad in [
            "lang=x",
            "lang=fr_FR",
            "lang=%3Cb%3E",
            "lang=fr-",
            "lang=toolongtag",
        ] {
            let (c, problems) = parse(bad);
            assert_eq!((c.lang_tag, problems.len()), (None, 1), "{bad}");
        }
        assert_eq!(parse("").0, EmbedConfig::default());
        assert_eq!(parse("scale=1.5").0.scale, Some(150));
        assert_eq!(parse("scale=2").0.scale, Some(200));
        for bad in [
            "scale=9",
            "scale=1.255",
            "scale=abc",
            "scale=-1",
            "scale=.5",
            "scale=0.5",
        ] {
            let (c, problems) = parse(bad);
            assert_eq!((c.scale, problems.len()), (None, 1), "{bad}");
        }
        assert_eq!(css_scale(125), "1.25");
        let (c, problems) = parse("id=week5%20q1&parent=https%3A%2F%2Fmoodle.example.edu%2F");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.id.as_deref(), Some("week5 q1"));
        assert_eq!(c.parent.as_deref(), Some("https://moodle.example.edu"));
        for bad in [
            "parent=*",
            "parent=https://a.example/path",
            "parent=javascript:x",
            "id=",
            "id=%0A",
        ] {
            let (c, problems) = parse(bad);
            assert_eq!((c.parent, c.id, problems.len()), (None, None, 1), "{bad}");
        }
        assert_eq!(decode("a%2Cb+c%zz%"), "a,b c%zz%");
    }
}
