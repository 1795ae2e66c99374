//! What stays working: share links, `#lesson-text=` links and saved
//! sessions made by earlier versions, kept as files in
//! `tests/fixtures/formats/`, still open and replay to the same session.
//! `UPDATE_FIXTURES=1` adds this version's own (never rewrite older ones).

use super::{restore, Action, AppState, Source};
use crate::share;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use tcp_engine::scenario::{CallSpec, Payload, Stmt};
use tcp_engine::sim::{Selector, Side};
use yew::Reducible;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn apply(state: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
    actions.iter().fold(state, |s, a| s.reduce(a.clone()))
}

fn call(side: Side, c: CallSpec) -> Action {
    Action::Do(Stmt::Call(side, c))
}

fn deliver() -> Action {
    Action::Do(Stmt::Deliver(Selector { from: None, n: 1 }))
}

/// A session by hand: a handshake, data, a duplicate, a half-close.
fn session() -> Rc<AppState> {
    let mut actions = vec![
        call(Side::Server, CallSpec::Listen),
        call(Side::Client, CallSpec::Connect),
        deliver(),
        deliver(),
        deliver(),
        call(Side::Client, CallSpec::Send(Payload::Text("hello".into()))),
        Action::Do(Stmt::Duplicate(Selector { from: None, n: 1 })),
        deliver(),
        deliver(),
        deliver(),
        call(Side::Client, CallSpec::Close),
    ];
    actions.push(deliver());
    apply(Rc::new(AppState::new(1)), &actions)
}

/// A lesson with a translation, two steps in, with a hint shown.
const LESSON: &str = "title \"Opening\"\ntitle es \"Apertura\"\nsay \"Listen.\"\nsay fr \"Écoute.\"\nserver listen\nexpect server LISTEN\nsay \"Connect.\"\nclient connect\nrun\ngoal client ESTABLISHED\nhint \"Run it.\"\n";

fn lesson() -> Rc<AppState> {
    apply(
        Rc::new(AppState::new(1)),
        &[
            Action::LoadLesson(LESSON.into()),
            Action::LessonNext,
            Action::LessonNext,
            Action::ShowHint,
        ],
    )
}

/// A lesson with questions, one step answered (one right, one wrong).
const QUIZ: &str = "title \"Quiz\"\nset client.isn 1000\nset server.isn 5000\nserver listen\nclient connect\nsay \"The SYN arrives.\"\nask server state\nask server sends flags\ndeliver\nsay \"The SYN,ACK arrives.\"\nask \"Who is first?\" answer 1\nchoice \"The client\"\nchoice \"The server\"\ndeliver\n";

fn quiz() -> Rc<AppState> {
    use super::Given;
    use tcp_engine::scenario::Answer;
    apply(
        Rc::new(AppState::new(1)),
        &[
            Action::LoadLesson(QUIZ.into()),
            Action::LessonAnswer(vec![
                Given::Picked(Answer::State(tcp_engine::State::SynReceived)),
                Given::Picked(Answer::Flags(tcp_engine::Flags::SYN)),
            ]),
        ],
    )
}

/// The text after the first line (the header names the version that wrote
/// it, which differs from the one reading it).
fn body(text: &str) -> &str {
    text.split_once('\n').map_or("", |(_, rest)| rest)
}

#[test]
fn links_and_saves_made_by_earlier_versions_open_and_replay_the_same() {
    let mut seen = 0;
    let mut files: Vec<_> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files {
        let raw = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with("-lesson-text.link") {
            // A teacher's own text, as written: it opens as a lesson.
            let text = share::decode(raw.trim()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let s = apply(
                Rc::new(AppState::new(1)),
                &[Action::LoadLesson(text.into())],
            );
            let lesson = s
                .lesson
                .as_ref()
                .unwrap_or_else(|| panic!("{name} opens as a lesson"));
            assert_eq!(lesson.title.text, "Opening", "{name}");
            seen += 1;
            continue;
        }
        let text = if name.ends_with(".link") {
            share::decode(raw.trim()).unwrap_or_else(|e| panic!("{name}: {e:?}"))
        } else {
            raw
        };
        assert!(
            tcp_engine::scenario::format_of(&text).is_some(),
            "{name} says its format"
        );
        let source = if name.ends_with(".scn") {
            Source::Saved
        } else {
            Source::Link
        };
        let state = restore(source, &text, 7).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(state.notice.is_none(), "{name}: {:?}", state.notice);
        assert_eq!(body(&state.session_text()), body(&text), "{name}");
        seen += 1;
    }
    assert!(seen >= 3, "the fixtures are there");
}

#[test]
fn this_versions_links_and_saves_are_kept_as_fixtures() {
    let version = env!("CARGO_PKG_VERSION");
    let made = [
        (
            format!("{version}-session.link"),
            share::encode(&session().session_text()),
        ),
        (
            format!("{version}-lesson.link"),
            share::encode(&lesson().session_text()),
        ),
        (format!("{version}-lesson-text.link"), share::encode(LESSON)),
        (format!("{version}-saved.scn"), session().session_text()),
        (
            format!("{version}-lesson-questions.link"),
            share::encode(&quiz().session_text()),
        ),
    ];
    for (name, content) in made {
        let path = dir().join(&name);
        if std::env::var_os("UPDATE_FIXTURES").is_some() && !path.exists() {
            std::fs::create_dir_all(dir()).unwrap();
            std::fs::write(&path, &content).unwrap();
        }
        assert!(
            path.exists(),
            "{name} is missing: run UPDATE_FIXTURES=1 cargo test -p tcp-playground --lib formats"
        );
    }
}

#[test]
fn a_text_from_a_newer_format_is_named_as_such() {
    let text = "# TCP Playground 9.0.0, scenario format 2\nserver listen\nclient teleport\n";
    let e = restore(Source::Link, text, 1).err().expect("refused");
    let en = crate::i18n::I18n::english_with_rules();
    let said = e.render(&en);
    assert!(
        said.contains("newer TCP Playground (scenario format 2)"),
        "{said}"
    );
    // Without the header, the same text is a plain mistake with its place.
    let e = restore(Source::Link, "server listen\nclient teleport\n", 1)
        .err()
        .unwrap();
    assert!(e.render(&en).contains("line 2"), "{}", e.render(&en));
}
