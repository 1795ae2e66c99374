//! What a saved file is called: after the lesson or the capture the
//! session came from (`handshake-ladder.svg`), else `tcp-ladder.svg`.

use crate::state::AppState;

/// The start of every saved file's name for this session: the lesson's
/// file name without its extension (`handshake` for
/// `scenarios/handshake.scn`), else the lesson's title, else the capture's
/// file name, made safe for a file name; `tcp` when there is none.
pub fn stem(state: &AppState) -> String {
    let lesson = state.lesson.as_ref();
    let from_url = lesson.and_then(|l| l.url.as_deref()).map(file_stem);
    let title = lesson.map(|l| l.title.text.as_str());
    let capture = state.capture.as_ref().map(|c| file_stem(&c.name));
    [from_url, title, capture]
        .into_iter()
        .flatten()
        .map(slug)
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "tcp".to_string())
}

/// The last part of a path or address, without its query and extension.
fn file_stem(path: &str) -> &str {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// `text` as a name every system accepts: ASCII letters (lower-cased) and
/// digits, and any other character beyond ASCII that is not a space (no
/// Unicode tables in the first load); every other run of characters one
/// `-`, at most 60 characters; empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace()) {
            if out.chars().count() >= 60 {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, LessonSource};
    use std::rc::Rc;
    use yew::Reducible;

    #[test]
    fn a_slug_is_safe_in_any_file_system() {
        assert_eq!(slug("Week 5: opening"), "week-5-opening");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("  Conexión: rápida "), "conexión-rápida");
        assert_eq!(slug("三次握手"), "三次握手");
        assert_eq!(slug("?*:<>|"), "");
        assert_eq!(slug(&"a".repeat(100)).len(), 60);
    }

    #[test]
    fn exports_are_named_after_the_lesson_or_session() {
        let fresh = Rc::new(AppState::new(1));
        assert_eq!(stem(&fresh), "tcp");
        let bundled = LessonSource {
            text: "title \"The three-way handshake\"\nserver listen\n".into(),
            url: Some("scenarios/handshake.scn".into()),
        };
        let s = fresh.clone().reduce(Action::LoadLesson(bundled));
        assert_eq!(stem(&s), "handshake");
        let titled = fresh.reduce(Action::LoadLesson(
            "title \"Week 5: opening\"\nsay \"x\"\n".into(),
        ));
        assert_eq!(stem(&titled), "week-5-opening");
    }
}
