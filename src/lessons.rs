//! The scenarios bundled into the app, in teaching order.

/// File name and text of every bundled scenario.
pub const BUILTIN: &[(&str, &str)] = &[
    ("handshake.scn", include_str!("../scenarios/handshake.scn")),
    ("data.scn", include_str!("../scenarios/data.scn")),
    (
        "why-random-isn.scn",
        include_str!("../scenarios/why-random-isn.scn"),
    ),
    (
        "active-close.scn",
        include_str!("../scenarios/active-close.scn"),
    ),
    (
        "lost-syn-lesson.scn",
        include_str!("../scenarios/lost-syn-lesson.scn"),
    ),
    (
        "lost-final-ack.scn",
        include_str!("../scenarios/lost-final-ack.scn"),
    ),
    (
        "simultaneous-open.scn",
        include_str!("../scenarios/simultaneous-open.scn"),
    ),
    (
        "simultaneous-close-lesson.scn",
        include_str!("../scenarios/simultaneous-close-lesson.scn"),
    ),
    (
        "half-close-lesson.scn",
        include_str!("../scenarios/half-close-lesson.scn"),
    ),
    (
        "closed-port.scn",
        include_str!("../scenarios/closed-port.scn"),
    ),
    (
        "reset-on-abort.scn",
        include_str!("../scenarios/reset-on-abort.scn"),
    ),
    ("half-open.scn", include_str!("../scenarios/half-open.scn")),
    (
        "wraparound.scn",
        include_str!("../scenarios/wraparound.scn"),
    ),
    (
        "challenge-ack-rst.scn",
        include_str!("../scenarios/challenge-ack-rst.scn"),
    ),
    ("myths.scn", include_str!("../scenarios/myths.scn")),
    (
        "challenge-closing.scn",
        include_str!("../scenarios/challenge-closing.scn"),
    ),
    (
        "challenge-give-up.scn",
        include_str!("../scenarios/challenge-give-up.scn"),
    ),
    (
        "challenge-ack.scn",
        include_str!("../scenarios/challenge-ack.scn"),
    ),
    (
        "challenge-server-time-wait.scn",
        include_str!("../scenarios/challenge-server-time-wait.scn"),
    ),
    (
        "challenge-reset-without-abort.scn",
        include_str!("../scenarios/challenge-reset-without-abort.scn"),
    ),
    (
        "zero-window.scn",
        include_str!("../scenarios/zero-window.scn"),
    ),
    (
        "challenge-ack-syn.scn",
        include_str!("../scenarios/challenge-ack-syn.scn"),
    ),
    (
        "rst-in-window-rfc793.scn",
        include_str!("../scenarios/rst-in-window-rfc793.scn"),
    ),
    (
        "syn-in-window-rfc793.scn",
        include_str!("../scenarios/syn-in-window-rfc793.scn"),
    ),
    (
        "data-retransmission.scn",
        include_str!("../scenarios/data-retransmission.scn"),
    ),
    (
        "out-of-order.scn",
        include_str!("../scenarios/out-of-order.scn"),
    ),
    ("window.scn", include_str!("../scenarios/window.scn")),
    (
        "duplicate-syn.scn",
        include_str!("../scenarios/duplicate-syn.scn"),
    ),
    (
        "reorder-delay.scn",
        include_str!("../scenarios/reorder-delay.scn"),
    ),
    (
        "manual-mode.scn",
        include_str!("../scenarios/manual-mode.scn"),
    ),
    (
        "listen-ack-rst.scn",
        include_str!("../scenarios/listen-ack-rst.scn"),
    ),
    (
        "syn-sent-bad-ack.scn",
        include_str!("../scenarios/syn-sent-bad-ack.scn"),
    ),
    ("give-up.scn", include_str!("../scenarios/give-up.scn")),
    (
        "refused-calls.scn",
        include_str!("../scenarios/refused-calls.scn"),
    ),
];

/// A bundled scenario by its file name without `.scn` (`handshake`).
pub fn by_name(name: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(file, _)| file.trim_end_matches(".scn") == name)
        .map(|(_, text)| *text)
}

/// What a bundled scenario is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Narrated, stepped through.
    Lesson,
    /// Has goals the student reaches alone.
    Challenge,
    /// Checks one rule (the project's tests), still good to watch.
    Scenario,
}

fn kind_of(text: &str) -> Kind {
    let starts = |word: &str| text.lines().any(|l| l.trim_start().starts_with(word));
    if starts("goal ") {
        Kind::Challenge
    } else if starts("say ") {
        Kind::Lesson
    } else {
        Kind::Scenario
    }
}

/// Title and kind of each of [`BUILTIN`], parsed once (the menu renders often).
pub fn titles() -> &'static [(String, Kind)] {
    static TITLES: std::sync::OnceLock<Vec<(String, Kind)>> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| {
        BUILTIN
            .iter()
            .map(|(f, t)| (title_of(f, t), kind_of(t)))
            .collect()
    })
}

/// The title a scenario gives itself, or its file name. Only the `title`
/// line is parsed: this runs for every bundled file at first paint.
pub fn title_of(file: &str, text: &str) -> String {
    text.lines()
        .find(|l| l.trim_start().starts_with("title "))
        .and_then(|line| tcp_engine::scenario::parse(line).ok())
        .and_then(|s| s.title().map(str::to_string))
        .unwrap_or_else(|| file.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_project_scenario_is_bundled_and_runs() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".scn"))
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = BUILTIN.iter().map(|(f, _)| f.to_string()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
        for (file, text) in BUILTIN {
            let script = tcp_engine::scenario::parse(text).unwrap();
            assert!(script.title().is_some(), "{file} has a title");
            tcp_engine::scenario::run_script(&script).unwrap_or_else(|f| panic!("{file}:{f}"));
        }
    }

    /// Written from the bundled lessons by
    /// `UPDATE_I18N=1 cargo test -p tcp-playground --lib lessons`: every
    /// title, narration and hint with its key, the source translators work
    /// from. Each language's file must have exactly these keys.
    #[test]
    fn the_lessons_catalog_has_every_bundled_sentence() {
        use crate::i18n::ftl::{Plurals, Resource};
        use crate::i18n::lesson_key;
        use tcp_engine::scenario::Stmt;
        let mut text = String::from(
            "# The bundled lessons' titles, narration and hints, keyed by a hash of\n\
             # the English text (a changed sentence gets a new key, so no stale\n\
             # translation is shown). Written by\n\
             # UPDATE_I18N=1 cargo test -p tcp-playground --lib lessons; do not edit.\n\
             # Translations: lessons.LANG.ftl with the same keys.\n",
        );
        let mut seen = std::collections::HashSet::new();
        for (file, source) in BUILTIN {
            text.push_str(&format!("\n## {file}\n\n"));
            for statement in tcp_engine::scenario::parse(source).unwrap().statements {
                let (Stmt::Title(s) | Stmt::Say(s) | Stmt::Hint(s)) = statement.kind else {
                    continue;
                };
                assert!(
                    !s.contains(['{', '}', '\n']),
                    "{file}: a sentence the catalog cannot hold: {s}"
                );
                if seen.insert(lesson_key(&s)) {
                    text.push_str(&format!("{} = {s}\n", lesson_key(&s)));
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
        if std::env::var_os("UPDATE_I18N").is_some() {
            std::fs::write(root.join("lessons.en.ftl"), &text).unwrap();
        }
        let shipped = std::fs::read_to_string(root.join("lessons.en.ftl")).unwrap();
        assert!(shipped == text, "i18n/lessons.en.ftl is stale: run UPDATE_I18N=1 cargo test -p tcp-playground --lib lessons");
        let (en, errors) = Resource::parse(&text, Plurals::OneOther);
        assert!(errors.is_empty(), "{errors:?}");
        for lang in ["es", "zh-CN"] {
            let file = format!("lessons.{lang}.ftl");
            let translated = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
            let (res, errors) = Resource::parse(&translated, Plurals::Other);
            assert!(errors.is_empty(), "{file}: {errors:?}");
            let missing: Vec<_> = en
                .keys()
                .into_iter()
                .filter(|k| !res.has(&k.0, None))
                .collect();
            let extra: Vec<_> = res
                .keys()
                .into_iter()
                .filter(|k| !en.has(&k.0, None))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{file}: missing {missing:?}, stale {extra:?}"
            );
        }
    }

    #[test]
    fn every_challenge_has_a_solution_and_is_not_solved_at_the_start() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let challenges: Vec<_> = BUILTIN
            .iter()
            .filter(|(_, t)| kind_of(t) == Kind::Challenge)
            .collect();
        assert!(challenges.len() >= 3);
        for (file, text) in challenges {
            let unsolved = tcp_engine::scenario::parse(&format!("{text}\nexpect goal\n")).unwrap();
            assert!(
                tcp_engine::scenario::run_script(&unsolved).is_err(),
                "{file} is solved before the student acts"
            );
            let solution = std::fs::read_to_string(root.join("tests/solutions").join(file))
                .unwrap_or_else(|_| panic!("tests/solutions/{file} is missing"));
            let solved =
                tcp_engine::scenario::parse(&format!("{text}{solution}\nexpect goal\n")).unwrap();
            tcp_engine::scenario::run_script(&solved)
                .unwrap_or_else(|f| panic!("{file} with its solution:{f}"));
        }
    }
}
