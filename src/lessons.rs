//! The scenarios bundled with the app, in teaching order. Their texts are
//! served beside the app (`scenarios/NAME.scn`) and fetched when chosen, so
//! the first load carries only this table; a test keeps it in step with
//! the files.

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

/// One bundled scenario: its name (the file name without `.scn`), its
/// title (as written in the file, in English; the lessons catalogs
/// translate it) and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundled {
    /// File name without `.scn`, as `?lesson=` and `#lesson=` name it.
    pub name: &'static str,
    /// The file's `title`.
    pub title: &'static str,
    /// Lesson, challenge or one-rule scenario.
    pub kind: Kind,
}

const fn b(name: &'static str, title: &'static str, kind: Kind) -> Bundled {
    Bundled { name, title, kind }
}

/// Every bundled scenario, in teaching order.
pub const BUILTIN: &[Bundled] = &[
    b("handshake", "The three-way handshake", Kind::Lesson),
    b("data", "Data and sequence numbers", Kind::Lesson),
    b(
        "flow-control",
        "Flow control: a slow reader closes the window",
        Kind::Lesson,
    ),
    b(
        "sliding-window",
        "The send window slides: a transfer with a loss",
        Kind::Lesson,
    ),
    b(
        "slow-start",
        "Slow start: the congestion window doubles every round trip",
        Kind::Lesson,
    ),
    b(
        "sawtooth",
        "Congestion avoidance: the sawtooth of a long transfer through a small queue",
        Kind::Lesson,
    ),
    b(
        "fast-retransmit-vs-timeout",
        "The same loss twice: fast retransmit, then a retransmission timeout",
        Kind::Lesson,
    ),
    b(
        "newreno-sack",
        "Two losses in one window: NewReno's partial ACKs, then SACK",
        Kind::Lesson,
    ),
    b(
        "reno-cubic",
        "Reno against CUBIC on the same path",
        Kind::Lesson,
    ),
    b(
        "why-random-isn",
        "Why initial sequence numbers are random",
        Kind::Lesson,
    ),
    b(
        "active-close",
        "Closing: the four-way close and TIME-WAIT",
        Kind::Lesson,
    ),
    b(
        "lost-syn-lesson",
        "A lost SYN: retransmission with exponential backoff",
        Kind::Lesson,
    ),
    b(
        "lost-final-ack",
        "A lost final ACK: TIME-WAIT answers the FIN again",
        Kind::Lesson,
    ),
    b(
        "simultaneous-open",
        "Simultaneous open: both sides connect at once",
        Kind::Lesson,
    ),
    b(
        "simultaneous-close-lesson",
        "Simultaneous close passes through CLOSING",
        Kind::Lesson,
    ),
    b(
        "half-close-lesson",
        "Half-close: one direction closes, the other keeps flowing",
        Kind::Lesson,
    ),
    b(
        "closed-port",
        "Connecting to a port where nobody listens",
        Kind::Lesson,
    ),
    b(
        "reset-on-abort",
        "ABORT: resetting a connection",
        Kind::Lesson,
    ),
    b(
        "half-open",
        "A half-open connection after a crash is reset",
        Kind::Lesson,
    ),
    b(
        "wraparound",
        "Sequence numbers wrap around at 2^32",
        Kind::Lesson,
    ),
    b(
        "challenge-ack-rst",
        "Blind reset attack: an in-window RST gets a challenge ACK",
        Kind::Lesson,
    ),
    b("myths", "Myths about TCP, tested", Kind::Lesson),
    b(
        "challenge-closing",
        "Challenge: drive the client into CLOSING",
        Kind::Challenge,
    ),
    b(
        "challenge-give-up",
        "Challenge: make the server give up",
        Kind::Challenge,
    ),
    b(
        "challenge-ack",
        "Challenge: get a challenge ACK",
        Kind::Challenge,
    ),
    b(
        "challenge-server-time-wait",
        "Challenge: make the server wait in TIME-WAIT",
        Kind::Challenge,
    ),
    b(
        "challenge-reset-without-abort",
        "Challenge: a reset the client did not ask for",
        Kind::Challenge,
    ),
    b(
        "challenge-zero-window",
        "Challenge: make the client probe a zero window",
        Kind::Challenge,
    ),
    b(
        "challenge-halve-window",
        "Challenge: make the sender halve its window without a timeout",
        Kind::Challenge,
    ),
    b(
        "zero-window",
        "A zero window is probed, and the connection stays open",
        Kind::Lesson,
    ),
    b(
        "challenge-ack-syn",
        "A SYN on an open connection gets a challenge ACK",
        Kind::Lesson,
    ),
    b(
        "rst-in-window-rfc793",
        "Without RFC 5961, any RST in the window resets",
        Kind::Scenario,
    ),
    b(
        "syn-in-window-rfc793",
        "Without RFC 5961, a SYN in the window resets the connection",
        Kind::Scenario,
    ),
    b(
        "data-retransmission",
        "Lost data is retransmitted after the RTO",
        Kind::Scenario,
    ),
    b(
        "out-of-order",
        "Out-of-order segments wait for the gap to fill",
        Kind::Lesson,
    ),
    b(
        "window",
        "The sender stays within the receiver's window",
        Kind::Lesson,
    ),
    b(
        "duplicate-syn",
        "A duplicate SYN in SYN-RECEIVED is answered with an ACK",
        Kind::Scenario,
    ),
    b(
        "reorder-delay",
        "Delaying a FIN behind data does not lose the data",
        Kind::Scenario,
    ),
    b(
        "manual-mode",
        "Manual mode: segments wait in the outbox",
        Kind::Lesson,
    ),
    b(
        "listen-ack-rst",
        "LISTEN answers a stray ACK with a reset",
        Kind::Scenario,
    ),
    b(
        "syn-sent-bad-ack",
        "SYN-SENT resets a SYN,ACK that acknowledges the wrong number",
        Kind::Scenario,
    ),
    b(
        "give-up",
        "After too many retransmissions the endpoint gives up",
        Kind::Lesson,
    ),
    b(
        "refused-calls",
        "Calls the RFC refuses get its error text",
        Kind::Scenario,
    ),
];

/// A bundled scenario by name (`handshake`).
pub fn by_name(name: &str) -> Option<&'static Bundled> {
    BUILTIN.iter().find(|b| b.name == name)
}

impl Bundled {
    /// Where its text is served, relative to the page.
    pub fn path(&self) -> String {
        format!("scenarios/{}.scn", self.name)
    }
}

/// What `?lesson=` names: a bundled lesson, or a teacher's file on this site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A bundled lesson.
    Bundled(&'static Bundled),
    /// A path or address on the playground's own site.
    Url(String),
}

/// Reads a `lesson=` value; `origin` is the page's (`https://example.edu`).
/// A bundled name, a relative path (`lessons/week5.scn`, `/course/a.scn`)
/// or an address on the same origin is accepted; the error is the
/// message's key.
pub fn target(value: &str, origin: &str) -> Result<Target, &'static str> {
    if let Some(bundled) = by_name(value) {
        return Ok(Target::Bundled(bundled));
    }
    // Checked as the browser will read it: a URL parser drops leading and
    // trailing spaces and control characters and every tab and line break,
    // so `%09//host` and `/%0A/host` are `//host`.
    let value: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let value = value.as_str();
    let same_site = value
        .strip_prefix(origin)
        .is_some_and(|rest| rest.starts_with('/'));
    // A scheme (`https:`, `data:`, `javascript:`) or `//host` leaves the site.
    let scheme = value
        .split_once(':')
        .is_some_and(|(before, _)| !before.contains('/'));
    // Browsers read `\` as `/`, so `/\\host` would leave the site too.
    if value.contains('\\') || (!same_site && (scheme || value.starts_with("//"))) {
        return Err("param-lesson-site");
    }
    if !value.contains(['/', '.']) {
        return Err("param-lesson");
    }
    Ok(Target::Url(value.to_string()))
}

/// Fetches a lesson: the action that opens it, or the message that says,
/// naming the address, why it cannot be had.
pub async fn load(url: String) -> crate::state::Action {
    use crate::fetch::FetchError;
    use crate::i18n::Text;
    use crate::state::{Action, LessonSource, Notice};
    let max = tcp_engine::limits::MAX_SCRIPT_BYTES;
    let text = match crate::fetch::text_at_most(&url, max).await {
        Ok(text) => {
            return Action::LoadLesson(LessonSource {
                text,
                url: Some(url),
            })
        }
        // Quoted short: an address can be megabytes long.
        Err(e) => (e, tcp_engine::limits::shorten(&url)),
    };
    let text = match text {
        (FetchError::Network, url) => Text::msg("notice-lesson-network", vec![("url", url.into())]),
        (FetchError::Status(status), url) => Text::msg(
            "notice-lesson-missing",
            vec![("url", url.into()), ("status", usize::from(status).into())],
        ),
        (FetchError::TooLarge(max), url) => Text::msg(
            "notice-lesson-too-large",
            vec![("url", url.into()), ("max", max.into())],
        ),
        (FetchError::NotText, url) => {
            Text::msg("notice-lesson-not-text", vec![("url", url.into())])
        }
        (FetchError::Timeout(seconds), url) => Text::msg(
            "notice-lesson-timeout",
            vec![("url", url.into()), ("seconds", seconds.into())],
        ),
    };
    Action::Notify(Notice { error: true, text })
}

/// Fetches a bundled scenario and opens it as a lesson.
pub fn open(bundled: &'static Bundled, dispatch: yew::Callback<crate::state::Action>) {
    let url = bundled.path();
    wasm_bindgen_futures::spawn_local(async move {
        let opened = load(url).await;
        // The lesson bar (a chunk of its own, above the stage) arrives
        // with the lesson, not after it: a bar drawn a moment later would
        // move the stage under the student's pointer between press and
        // release, and the click would be lost.
        crate::components::lazy::try_with_part(crate::components::lesson::LESSON_BAR, move |_| {
            dispatch.emit(opened)
        });
    });
}

/// The kind a scenario's text makes it.
pub fn kind_of(text: &str) -> Kind {
    let starts = |word: &str| text.lines().any(|l| l.trim_start().starts_with(word));
    if starts("goal ") {
        Kind::Challenge
    } else if starts("say ") {
        Kind::Lesson
    } else {
        Kind::Scenario
    }
}

/// Whether an imported file is a lesson (it narrates) or a challenge (it
/// has goals, narrated or not), rather than a plain session.
pub fn is_lesson(text: &str) -> bool {
    tcp_engine::scenario::parse(text).is_ok_and(|script| tcp_engine::scenario::is_lesson(&script))
}

#[cfg(test)]
mod narration;

#[cfg(test)]
mod tests {
    #[test]
    fn lesson_addresses_stay_on_the_playgrounds_site() {
        let o = "https://school.example";
        assert_eq!(
            target("handshake", o),
            Ok(Target::Bundled(by_name("handshake").unwrap()))
        );
        for ok in [
            "lessons/week5.scn",
            "/course/a.scn",
            "week5.scn",
            "https://school.example/l/a.scn",
            "../x.scn",
        ] {
            assert_eq!(target(ok, o), Ok(Target::Url(ok.into())), "{ok}");
        }
        for away in [
            "https://evil.example/a.scn",
            "//evil.example/a.scn",
            "javascript:alert(1)",
            "data:text/plain,x.scn",
            "https://school.example.evil/a.scn",
            "/\\evil.example/a.scn",
            // What a URL parser strips or drops leaves `//host`.
            "\t//evil.example/a.scn",
            " //evil.example/a.scn",
            "/\n/evil.example/a.scn",
            "\u{1}//evil.example/a.scn",
            "/\r\n/evil.example/a.scn",
            "java\tscript:alert(1)",
        ] {
            assert_eq!(target(away, o), Err("param-lesson-site"), "{away}");
        }
        assert_eq!(target("handshak", o), Err("param-lesson"));
    }

    #[test]
    fn a_file_with_goals_is_a_challenge_even_without_narration() {
        assert!(is_lesson("server listen\ngoal server LISTEN\n"));
        assert!(is_lesson("say \"Hello\"\nserver listen\n"));
        assert!(!is_lesson("server listen\nclient connect\n"));
        // A line that merely contains "say " in a payload is not narration.
        assert!(!is_lesson("client send \"say hello\"\n"));
    }

    use super::*;
    use std::path::{Path, PathBuf};

    fn dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
    }

    pub(super) fn text(b: &Bundled) -> String {
        std::fs::read_to_string(dir().join(format!("{}.scn", b.name))).unwrap()
    }

    #[test]
    fn the_table_matches_every_project_scenario_and_each_runs() {
        let mut on_disk: Vec<String> = std::fs::read_dir(dir())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".scn").map(str::to_string))
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = BUILTIN.iter().map(|b| b.name.to_string()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
        for b in BUILTIN {
            let source = text(b);
            let script = tcp_engine::scenario::parse(&source).unwrap();
            assert_eq!(script.title(), Some(b.title), "{}: title", b.name);
            assert_eq!(kind_of(&source), b.kind, "{}: kind", b.name);
            tcp_engine::scenario::run_script(&script).unwrap_or_else(|f| panic!("{}:{f}", b.name));
        }
    }

    #[test]
    fn every_challenge_has_a_solution_and_is_not_solved_at_the_start() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let challenges: Vec<_> = BUILTIN
            .iter()
            .filter(|b| b.kind == Kind::Challenge)
            .collect();
        assert!(challenges.len() >= 3);
        for b in challenges {
            let source = text(b);
            let unsolved =
                tcp_engine::scenario::parse(&format!("{source}\nexpect goal\n")).unwrap();
            assert!(
                tcp_engine::scenario::run_script(&unsolved).is_err(),
                "{} is solved before the student acts",
                b.name
            );
            let file = format!("{}.scn", b.name);
            let solution = std::fs::read_to_string(root.join("tests/solutions").join(&file))
                .unwrap_or_else(|_| panic!("tests/solutions/{file} is missing"));
            let solved =
                tcp_engine::scenario::parse(&format!("{source}{solution}\nexpect goal\n")).unwrap();
            tcp_engine::scenario::run_script(&solved)
                .unwrap_or_else(|f| panic!("{file} with its solution:{f}"));
        }
    }

    #[test]
    fn a_window_halved_after_a_timeout_does_not_meet_the_halving_challenge() {
        let source = text(by_name("challenge-halve-window").unwrap());
        let after_timeout = "client send 2000\ndrop\nrun\nexpect client rule \"timeout-window\"\n\
                             client send 4000\ndrop\nrun\nexpect client rule \"fast-recovery-ends\"\n\
                             expect goal\n";
        let script = tcp_engine::scenario::parse(&format!("{source}{after_timeout}")).unwrap();
        let failure = tcp_engine::scenario::run_script(&script).unwrap_err();
        assert!(
            failure.to_string().contains("no rule \"retransmit\""),
            "{failure}"
        );
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
        for b in BUILTIN {
            let (file, source) = (format!("{}.scn", b.name), self::text(b));
            text.push_str(&format!("\n## {file}\n\n"));
            for statement in tcp_engine::scenario::parse(&source).unwrap().statements {
                // A question the teacher wrote, and its choices, are
                // translated as narration is.
                let (Stmt::Title(s)
                | Stmt::Say(s)
                | Stmt::Hint(s)
                | Stmt::Choice(s)
                | Stmt::Ask(tcp_engine::scenario::Question::Choice { text: s, .. })) =
                    statement.kind
                else {
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
}
