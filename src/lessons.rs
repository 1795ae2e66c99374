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
