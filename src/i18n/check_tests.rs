//! A lesson's failed check reads, in every language, as the lesson's own
//! expectation: every kind of check, every way it fails, never with the
//! line of a file the student did not see.

use super::render;
use super::tests::every_language;
use tcp_engine::scenario::{check_all, parse, Mismatch};

/// Scenarios whose checks fail in every way a check can.
const FAILING: &[&str] = &[
    "expect server TIME-WAIT\n",
    "set client.isn 1000\nexpect client snd.nxt=client.iss+2\n",
    "server listen\nclient connect\nrun\nclient send \"hey\"\nrun\nexpect server received \"hi\"\nexpect server received 4\n",
    "set server.autoread off\nserver listen\nclient connect\nrun\nclient send \"hey\"\nrun\nexpect server buffered 2\n",
    "expect client signal \"connection reset\"\n",
    "client send \"x\"\nexpect client signal \"connection reset\"\n",
    "set client.isn 1000\nserver listen\nclient connect\nexpect wire empty\nexpect wire count 3\nexpect wire client>server 2 SYN\nexpect wire SYN seq=client.iss+1\n",
    "set client.isn 1000\nset client.auto off\nserver listen\nclient connect\nexpect outbox client empty\nexpect outbox client 2 SYN\nexpect outbox client 1 ACK\n",
    "advance 1500ms\nexpect time 3s\n",
    "expect client rule \"window-probe\"\n",
    "server listen\nclient connect\nexpect client no rule \"open-active\"\n",
    "expect goal\n",
    "goal server LISTEN\nexpect goal\n",
    "deliver\n",
    "set client.cc reno\nserver listen\nclient connect\nrun\nexpect client cwnd 1\nexpect client recovery on\nexpect server ssthresh 2\n",
    "expect link client>server queue 2\n",
    "server listen\nclient connect\nsay \"x\"\nask client sends flags\nask client outcome\ndeliver\n",
    "server listen\nsay \"x\"\nblank client seq 2\nblank client ack\nclient connect\n",
];

/// The kind of a mismatch, named; a new kind fails to compile here until
/// a scenario above makes it fail.
fn kind(m: &Mismatch) -> &'static str {
    match m {
        Mismatch::State { .. } => "state",
        Mismatch::Var { .. } => "var",
        Mismatch::ReceivedText { .. } => "received-text",
        Mismatch::ReceivedCount { .. } => "received-count",
        Mismatch::Buffered { .. } => "buffered",
        Mismatch::Congestion { found: None, .. } => "congestion-off",
        Mismatch::Congestion { .. } => "congestion",
        Mismatch::Signal { told, .. } if told.is_empty() => "signal-none",
        Mismatch::Signal { .. } => "signal-other",
        Mismatch::WireEmpty { .. } => "wire-empty",
        Mismatch::WireCount { .. } => "wire-count",
        Mismatch::LinkQueue { .. } => "link-queue",
        Mismatch::WireMissing { .. } => "wire-missing",
        Mismatch::WireDiffers { .. } => "wire-differs",
        Mismatch::OutboxEmpty { .. } => "outbox-empty",
        Mismatch::OutboxMissing { .. } => "outbox-missing",
        Mismatch::OutboxDiffers { .. } => "outbox-differs",
        Mismatch::Time { .. } => "time",
        Mismatch::Rule { .. } => "rule",
        Mismatch::RuleApplied { .. } => "rule-applied",
        Mismatch::GoalOutside => "goal-outside",
        Mismatch::NoGoals => "no-goals",
        Mismatch::Goal(_) => "goal",
        Mismatch::Refused { .. } => "refused",
        Mismatch::Unanswerable(tcp_engine::scenario::Unanswerable::SendsNothing(_)) => {
            "unanswerable-sends"
        }
        Mismatch::Unanswerable(tcp_engine::scenario::Unanswerable::NothingArrives(_)) => {
            "unanswerable-arrives"
        }
        Mismatch::Unanswerable(tcp_engine::scenario::Unanswerable::NoSuchSegment { .. }) => {
            "blank-segment"
        }
        Mismatch::Unanswerable(tcp_engine::scenario::Unanswerable::NoAckField(_)) => "blank-ack",
    }
}

/// Every mismatch the scenarios produce, with its line, and one made by
/// hand for `expect goal` outside a lesson (no runner produces it).
fn mismatches() -> Vec<(usize, Mismatch)> {
    let mut all: Vec<(usize, Mismatch)> = FAILING
        .iter()
        .flat_map(|text| check_all(&parse(text).unwrap()).checks)
        .filter_map(|c| Some((c.line, c.outcome.err()?)))
        .collect();
    all.push((1, Mismatch::GoalOutside));
    all
}

#[test]
fn every_kind_of_failed_check_reads_as_the_lessons_expectation_in_every_language() {
    let all = mismatches();
    let mut kinds: Vec<&str> = all.iter().map(|(_, m)| kind(m)).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), 28, "every kind fails at least once: {kinds:?}");
    for i18n in &every_language() {
        for (line, m) in &all {
            let text = render::mismatch(i18n, m);
            if std::env::var_os("SHOW_CHECKS").is_some() {
                println!("{text}");
            }
            let lang = i18n.lang();
            assert!(
                !text.starts_with("check-") && !text.contains("{$") && !text.contains("check-"),
                "{lang:?} {m:?}: {text}"
            );
            // The sentence of the student's view, not the checker's.
            assert!(!text.contains(", found "), "{lang:?}: {text}");
            for line_word in ["Line", "line", "Línea", "línea", &format!("第 {line} 行")] {
                assert!(!text.contains(line_word), "{lang:?}: {text}");
            }
            assert!(!text.contains(&format!(" {line}:")), "{lang:?}: {text}");
        }
    }
}

#[test]
fn a_failed_check_says_what_the_lesson_expected_and_what_is() {
    let [en, es, zh] = <[_; 3]>::try_from(every_language()).unwrap();
    let state = &mismatches()[0].1;
    assert_eq!(
        render::mismatch(&en, state),
        "The lesson expected the server in TIME-WAIT here; it is CLOSED."
    );
    assert_eq!(
        render::mismatch(&es, state),
        "La lección esperaba aquí el servidor en TIME-WAIT; está en CLOSED."
    );
    assert_eq!(
        render::mismatch(&zh, state),
        "课程预期此时服务器处于 TIME-WAIT；它实际处于 CLOSED。"
    );
    // A signal in the student's words; numbers as the lesson wrote them.
    let said = |text: &str| {
        check_all(&parse(text).unwrap())
            .checks
            .into_iter()
            .find_map(|c| c.outcome.err())
            .map(|m| render::mismatch(&es, &m))
            .unwrap()
    };
    assert_eq!(
        said("client send \"x\"\nexpect client signal \"connection reset\"\n"),
        "La lección esperaba que aquí se hubiera avisado a la aplicación del cliente de “conexión reiniciada”; solo se le avisó de “la conexión no existe”."
    );
    assert!(
        said("server listen\nclient connect\nrun\nexpect client snd.nxt=7\n")
            .ends_with("snd.nxt = 7 en el cliente; vale 430221861. (Números tal como los escribe la lección: reales, no relativos.)")
    );
}

#[test]
fn each_kind_of_check_has_its_words_in_exactly_one_place() {
    let en = &every_language()[0];
    for (_, m) in mismatches() {
        let places = [
            render::endpoint_check(en, &m).is_some(),
            render::wire_check(en, &m).is_some(),
            render::outcome_check(en, &m).is_some(),
        ];
        assert_eq!(places.iter().filter(|&&p| p).count(), 1, "{m:?}");
    }
}
