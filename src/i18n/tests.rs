//! The catalogs: every fact the engine can state has words in English, and
//! every other language has the same keys with the same values in them.

use super::ftl::{Plurals, Resource};
use super::render;
use super::{I18n, Lang, ENGLISH};
use tcp_engine::note::{Note, Reason, Rule, Signal};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Side;

const EN_RULES: &str = include_str!("../../i18n/rules.en.ftl");
const RFC: &str = include_str!("../../i18n/rfc.ftl");

fn parsed(name: &str, text: &str, plurals: Plurals) -> Resource {
    let (res, errors) = Resource::parse(text, plurals);
    assert!(errors.is_empty(), "{name}: {errors:?}");
    res
}

/// The other languages' catalogs as shipped: (language, page, rules).
fn others() -> Vec<(Lang, &'static str, &'static str)> {
    vec![
        (
            Lang::Es,
            include_str!("../../i18n/es.ftl"),
            include_str!("../../i18n/rules.es.ftl"),
        ),
        (
            Lang::Zh,
            include_str!("../../i18n/zh-CN.ftl"),
            include_str!("../../i18n/rules.zh-CN.ftl"),
        ),
    ]
}

/// Every language with every catalog loaded.
pub(super) fn every_language() -> Vec<I18n> {
    let mut langs = vec![I18n::load(Lang::En, "", EN_RULES, EN_RULES, RFC)];
    for (lang, ui, rules) in others() {
        langs.push(I18n::load(lang, ui, rules, EN_RULES, RFC));
    }
    langs
}

#[test]
fn every_rule_the_engine_can_emit_has_an_entry() {
    let rules = parsed("rules.en.ftl", EN_RULES, Plurals::OneOther);
    for rule in Rule::ALL {
        let key = render::rule_key(*rule);
        assert!(rules.has(&key, None), "rules.en.ftl has no {key}");
        assert!(
            rules.has(&key, Some("plain")),
            "rules.en.ftl has no {key}.plain"
        );
    }
    for reason in Reason::SAMPLES {
        let key = format!("reason-{}", reason.id());
        assert!(rules.has(&key, None), "rules.en.ftl has no {key}");
    }
    // The application's signals come only after an action: with the rules.
    for signal in Signal::ALL {
        let key = format!("signal-{}", signal.id());
        assert!(rules.has(&key, None), "rules.en.ftl has no {key}");
    }
    for recovery in tcp_engine::recovery::Recovery::ALL {
        let key = format!("lost-why-{}", recovery.id());
        assert!(rules.has(&key, None), "rules.en.ftl has no {key}");
    }
}

/// `rfc.ftl` is written from the engine's catalog (`Rule::rfc_quote`):
/// `UPDATE_I18N=1 cargo test -p tcp-playground --lib i18n` rewrites it.
#[test]
fn the_rfc_sentences_are_the_engines() {
    let mut text = String::from(
        "# The RFC sentence each rule applies, quoted with its RFC number.\n\
         # Written from the engine (tcp_engine::note::Rule::rfc_quote) by\n\
         # UPDATE_I18N=1 cargo test -p tcp-playground --lib i18n; do not edit.\n\n",
    );
    for rule in Rule::ALL {
        let quote = rule
            .rfc_quote()
            .replace('{', "{\"{\"}")
            .replace('}', "{\"}\"}");
        text.push_str(&format!("rfc-{} = {quote}\n", rule.id()));
    }
    if std::env::var_os("UPDATE_I18N").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/rfc.ftl"), &text).unwrap();
        return;
    }
    assert!(
        RFC == text,
        "i18n/rfc.ftl is stale: run UPDATE_I18N=1 cargo test -p tcp-playground --lib i18n"
    );
    let i18n = &every_language()[0];
    for rule in Rule::ALL {
        assert_eq!(i18n.rfc_quote(rule.id()).as_deref(), Some(rule.rfc_quote()));
    }
}

#[test]
fn every_note_renders_with_its_values_in_every_language() {
    let numbering = Numbering::absolute();
    for i18n in &every_language() {
        for note in Note::samples() {
            let text = render::note(i18n, &numbering, Side::Client, &note);
            assert!(!text.contains("{$"), "{:?} {note:?}: {text}", i18n.lang());
            let plain = render::rule_plain(i18n, note.rule());
            assert!(!plain.is_empty() && !plain.starts_with("rule-"));
        }
        for reason in Reason::SAMPLES {
            let text = render::reason(i18n, reason);
            assert!(
                !text.contains("{$") && !text.starts_with("reason-"),
                "{text}"
            );
        }
    }
}

#[test]
fn a_note_shows_each_of_its_numbers_in_every_language() {
    let numbering = Numbering::absolute();
    for i18n in &every_language() {
        for note in Note::samples() {
            let text = render::note(i18n, &numbering, Side::Client, &note);
            for (name, arg) in note.args() {
                let shown = match arg {
                    tcp_engine::note::Arg::Seq(seq) => seq.n.0.to_string(),
                    tcp_engine::note::Arg::State(s) => s.name().to_string(),
                    _ => continue,
                };
                assert!(
                    text.contains(&shown),
                    "{:?} {note:?}: {name} is not shown in “{text}”",
                    i18n.lang()
                );
            }
        }
    }
}

fn same_keys_and_values(name: &str, en: &Resource, other: &Resource) {
    let (ours, theirs) = (en.keys(), other.keys());
    let missing: Vec<_> = ours.iter().filter(|k| !theirs.contains(k)).collect();
    let extra: Vec<_> = theirs.iter().filter(|k| !ours.contains(k)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{name} must have exactly the keys English has; missing {missing:?}, extra {extra:?}"
    );
    for (id, attr) in ours {
        assert_eq!(
            other.variables(&id, attr.as_deref()),
            en.variables(&id, attr.as_deref()),
            "{name}: {id} {attr:?} uses other values than English"
        );
    }
}

#[test]
fn every_language_has_the_keys_and_values_english_has() {
    let en = parsed("en.ftl", ENGLISH, Plurals::OneOther);
    let en_rules = parsed("rules.en.ftl", EN_RULES, Plurals::OneOther);
    for (lang, ui, rules) in others() {
        let code = lang.code();
        same_keys_and_values(
            &format!("{code}.ftl"),
            &en,
            &parsed(code, ui, Plurals::Other),
        );
        same_keys_and_values(
            &format!("rules.{code}.ftl"),
            &en_rules,
            &parsed(code, rules, Plurals::Other),
        );
    }
}

#[test]
fn languages_are_found_from_browser_tags() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn relative_numbers_and_outside_ones_read_as_such() {
    use tcp_engine::endpoint::Call;
    use tcp_engine::sim::Sim;
    let mut sim = Sim::default();
    sim.set_isn(Side::Client, 1000);
    sim.set_isn(Side::Server, 5000);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(core::time::Duration::from_secs(1)).unwrap();
    let en = &every_language()[0];
    let n = Numbering::new(true, &sim.snapshot());
    let note = Note::RstChallenge {
        seq: tcp_engine::note::Seq::peer(tcp_engine::SeqNum(900_000)),
        rcv_nxt: tcp_engine::note::Seq::peer(tcp_engine::SeqNum(5001)),
    };
    let text = render::note(en, &n, Side::Client, &note);
    assert!(
        text.contains(
            "SEG.SEQ = 900000 (real number, outside the window) is not exactly RCV.NXT = 1 (relative)"
        ),
        "{text}"
    );
}

/// A relative number is never written in a sentence without saying so,
/// and an initial number gives its real value too ("ISS = 0" alone taught
/// students that ISNs are 0).
#[test]
fn a_relative_number_in_a_sentence_says_so_in_every_language() {
    use tcp_engine::endpoint::Call;
    use tcp_engine::sim::Sim;
    let mut sim = Sim::default();
    sim.set_isn(Side::Client, 1000);
    // The samples' numbers (1000, the server's) lie just past its ISS.
    sim.set_isn(Side::Server, 999);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(core::time::Duration::from_secs(1)).unwrap();
    let numbering = Numbering::new(true, &sim.snapshot());
    let marks = [("en", "relative"), ("es", "relativo"), ("zh-CN", "相对")];
    for i18n in &every_language() {
        let mark = marks
            .iter()
            .find(|(lang, _)| *lang == i18n.lang().code())
            .map(|(_, m)| *m)
            .expect("a mark for every language");
        let open = Note::OpenActive {
            iss: tcp_engine::note::Seq::own(tcp_engine::SeqNum(1000)),
        };
        let text = render::note(i18n, &numbering, Side::Client, &open);
        assert!(text.contains(mark) && text.contains("1000"), "{text}");
        let mut relative_seen = 0;
        for note in Note::samples() {
            // The numbers this numbering shows counted from an ISS.
            let seqs = note
                .args()
                .iter()
                .filter(|(_, a)| match a {
                    tcp_engine::note::Arg::Seq(seq) => {
                        let owner = match seq.space {
                            tcp_engine::note::Space::Own => Side::Client,
                            tcp_engine::note::Space::Peer => Side::Server,
                        };
                        matches!(
                            numbering.show(seq.n, owner),
                            tcp_engine::numbering::Shown::Relative(_)
                        )
                    }
                    _ => false,
                })
                .count();
            let text = render::note(i18n, &numbering, Side::Client, &note);
            assert!(
                text.matches(mark).count() >= seqs,
                "{:?} {note:?}: {seqs} numbers, not all marked relative, in “{text}”",
                i18n.lang()
            );
            relative_seen += seqs;
        }
        assert!(relative_seen > 0, "no sample note had a relative number");
    }
}

/// A check naming a rule or signal no TCP has is told in every language,
/// with the nearest names the engine found.
#[test]
fn an_unknown_rule_or_signal_is_told_in_every_language() {
    use super::Text;
    use tcp_engine::scenario::parse;
    let said = |text: &str| -> Vec<String> {
        let e = parse(text).unwrap_err();
        every_language()
            .iter()
            .map(|i18n| Text::parse_error(&e).render(i18n))
            .collect()
    };
    let near = said("goal server rule \"time-wait-restart\"");
    assert_eq!(
        near[0],
        "no rule has the id or section “time-wait-restart”. Did you mean “time-wait-timer” or “time-wait-timeout”?"
    );
    assert!(near[1].starts_with("ninguna regla"), "{}", near[1]);
    assert!(near[2].starts_with("没有规则"), "{}", near[2]);
    for line in &near[1..] {
        assert!(
            line.contains("“time-wait-timer”") && line.contains("“time-wait-timeout”"),
            "{line}"
        );
    }
    let far = said("expect client rule \"§9.9.9\"");
    assert_eq!(
        far[0],
        "no rule has the id or section “§9.9.9”. Each line of “What happened, and why” shows its rule's id when you open it."
    );
    let signal = said("expect client signal \"gone\"");
    assert!(signal[0].starts_with("no signal is called “gone”. The signals are the RFC's words: “connection refused”, “connection reset”"), "{}", signal[0]);
    for line in far.iter().chain(&signal) {
        assert!(!line.contains('{') && !line.contains("scenario-"), "{line}");
    }
}

/// A connection refused by a RST: the application is told "connection
/// reset" (RFC 9293 §3.10.7.3), and the rule's plain sentence ties the two
/// in the words the endpoint's panel uses in each language.
#[test]
fn a_refused_connection_names_the_signal_its_application_is_told() {
    for i18n in &every_language() {
        let plain = render::rule_plain(i18n, Rule::SynSentRst);
        let told = render::signal(i18n, Signal::ConnectionReset);
        assert!(
            plain.contains(&told),
            "{:?}: “{plain}” does not name “{told}”",
            i18n.lang()
        );
    }
}

/// "acknowledged" names the SYN and FIN apart from the bytes, and no
/// "0 bytes" when there were none.
#[test]
fn the_acknowledged_numbers_name_the_syn_and_fin_without_zero_bytes() {
    let en = &every_language()[0];
    let with = |data: u64| {
        en.f(
            "sp-acked-syn-fin",
            &[("n", (data + 2).into()), ("data", data.into())],
        )
    };
    assert_eq!(with(0), "acknowledged: 2 (the SYN and the FIN)");
    assert_eq!(with(5), "acknowledged: 7 (the SYN, 5 bytes and the FIN)");
}

#[test]
fn a_queue_full_drop_reads_apart_from_random_loss_and_the_students_drop() {
    use tcp_engine::recovery::Recovery;
    use tcp_engine::sim::{DropCause, Event, TraceEntry};
    use tcp_engine::Instant;
    for i18n in every_language() {
        let line = |cause| {
            let entry = TraceEntry {
                time: Instant::ZERO,
                event: Event::Dropped {
                    id: 7,
                    cause,
                    recovery: Recovery::Retransmission,
                },
            };
            render::event(&i18n, &Numbering::absolute(), &entry).text
        };
        let full = line(DropCause::QueueFull);
        assert!(full.contains('7') && !full.contains("ev-lost"), "{full}");
        for other in [DropCause::Hand, DropCause::Random, DropCause::WireFull] {
            assert_ne!(full, line(other));
        }
    }
}

/// RFC 2018's SACK blocks show on the ladder with their edges numbered as
/// the ACK field is (the peer's sequence space), in the order sent.
#[test]
fn sack_blocks_show_on_the_ladder_numbered_as_the_ack_field() {
    use tcp_engine::endpoint::Call;
    use tcp_engine::options::TcpOption;
    use tcp_engine::sim::Sim;
    use tcp_engine::{Flags, Segment, SeqNum};
    let mut sim = Sim::default();
    sim.set_isn(Side::Client, 1000);
    sim.set_isn(Side::Server, 5000);
    sim.call(Side::Server, Call::Listen);
    sim.call(Side::Client, Call::Connect);
    sim.run(core::time::Duration::from_secs(1)).unwrap();
    let en = &every_language()[0];
    // The server's ACK of the client's data names the client's numbers.
    let ack = Segment {
        seq: SeqNum(5001),
        ack: SeqNum(1001),
        flags: Flags::ACK,
        wnd: 65535,
        payload: Vec::new().into(),
        options: vec![TcpOption::Sack(vec![(3001, 4001), (2001, 2501)])],
    };
    let relative = Numbering::new(true, &sim.snapshot());
    let text = render::segment(en, &relative, &ack, Side::Server);
    assert!(text.ends_with("<sack 2001-3001 1001-1501>"), "{text}");
    let text = render::segment(en, &Numbering::absolute(), &ack, Side::Server);
    assert!(text.ends_with("<sack 3001-4001 2001-2501>"), "{text}");
}

/// The peer's FIN arrives in FIN-WAIT-2: the line of the ACK's check on
/// that step says the FIN comes with it, not that the side still waits for
/// it (the engine's note tells which), in every language.
#[test]
fn fin_wait_2_says_their_fin_came_when_it_comes_in_the_same_segment() {
    use tcp_engine::sim::Event;
    let text = "server listen\nclient connect\nrun\nclient close\ndeliver\ndeliver\n\
                server close\ndeliver\n";
    let state = crate::state::restore(crate::state::Source::Link, text, 1).unwrap();
    let fins: Vec<Note> = state
        .sim
        .trace()
        .iter()
        .filter_map(|e| match e.event {
            Event::Note {
                note: n @ Note::FinWait2Acked { .. },
                ..
            } => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(
        fins.last(),
        Some(&Note::FinWait2Acked { fin: true }),
        "{fins:?}"
    );
    let numbering = Numbering::absolute();
    for i18n in &every_language() {
        let line = |fin| render::note(i18n, &numbering, Side::Client, &Note::FinWait2Acked { fin });
        assert_ne!(line(true), line(false), "{:?}", i18n.lang());
    }
    let en = &every_language()[0];
    let line = |fin| render::note(en, &numbering, Side::Client, &Note::FinWait2Acked { fin });
    assert!(
        line(true).ends_with("and their FIN comes in this segment"),
        "{}",
        line(true)
    );
    assert!(
        line(false).ends_with("waiting for their FIN"),
        "{}",
        line(false)
    );
}

/// Every RFC number written in `text` ("RFC 6298"), each once.
fn rfc_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("RFC ") {
        let digits: String = text[at + 4..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if !digits.is_empty() && !found.contains(&digits) {
            found.push(digits);
        }
    }
    found.sort();
    found
}

#[test]
fn the_rfc_fold_out_is_titled_with_the_rfcs_its_quote_is_from() {
    use crate::components::explain::rfc_title;
    for i18n in &every_language() {
        for rule in Rule::ALL {
            let quote = rule.rfc_quote();
            let title = rfc_title(i18n, quote);
            assert!(!rfc_numbers(quote).is_empty(), "{}: {quote}", rule.id());
            assert_eq!(
                rfc_numbers(&title),
                rfc_numbers(quote),
                "{:?} {}: {title}",
                i18n.lang(),
                rule.id()
            );
        }
    }
    let [en, es, zh] = &every_language()[..] else {
        panic!("three languages")
    };
    let title = |i18n: &I18n, id: &str| rfc_title(i18n, Rule::from_id(id).unwrap().rfc_quote());
    assert_eq!(title(en, "retransmit"), "What RFC 6298 says");
    assert_eq!(title(en, "go-back-n"), "What RFC 6298 and RFC 6582 say");
    assert_eq!(title(es, "retransmit"), "Lo que dice el RFC 6298");
    assert_eq!(
        title(es, "go-back-n"),
        "Lo que dicen el RFC 6298 y el RFC 6582"
    );
    assert_eq!(title(zh, "close-syn-sent"), "RFC 9293 原文");
}

#[test]
fn the_state_diagram_key_says_what_its_arrows_x_means_in_every_language() {
    for i18n in &every_language() {
        let key = i18n.t("diagram-key");
        let (label, means) = match i18n.lang() {
            Lang::En => ("rcv ACK of SYN / x", "x means nothing is sent"),
            Lang::Es => ("rcv ACK del SYN / x", "x significa que no se envía nada"),
            Lang::Zh => ("收到对 SYN 的 ACK / x", "x 表示不发送任何报文段"),
        };
        assert_eq!(i18n.t("edge-syn-received-established"), label);
        assert!(key.contains(means), "{:?}: {key}", i18n.lang());
    }
}

/// The phrases the scenario parser says it expected, read from its source
/// as it passes them (a new one without words here fails the test below).
fn parser_phrases() -> Vec<String> {
    let source = include_str!("../../engine/src/scenario/parse.rs");
    let source = &source[..source.find("#[cfg(test)]").unwrap_or(source.len())];
    let mut phrases = Vec::new();
    for (opening, prefix) in [
        (".word(", ""),
        (".word_as(", ""),
        (".string(", ""),
        (".expected(", ""),
        ("let what = ", ""),
        (": &str = ", ""),
        ("bad(", ""),
        ("self.keyword(", "the word "),
    ] {
        for (at, _) in source.match_indices(opening) {
            let rest = source[at + opening.len()..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            let mut phrase = prefix.to_string();
            let mut chars = literal.chars();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => phrase.extend(chars.next()),
                    c => phrase.push(c),
                }
            }
            if !phrases.contains(&phrase) {
                phrases.push(phrase);
            }
        }
    }
    phrases
}

/// What a line should have held is said in every language: English as the
/// parser says it, the others in their words, with what was found as the
/// scenario writes it.
#[test]
fn what_the_parser_expected_is_said_in_every_language() {
    use super::{parse_phrase_key, Text};
    let rules = parsed("rules.en.ftl", EN_RULES, Plurals::OneOther);
    let phrases = parser_phrases();
    assert!(phrases.len() > 40, "{phrases:?}");
    for phrase in &phrases {
        assert_eq!(
            rules
                .format(&parse_phrase_key(phrase), None, &[])
                .as_deref(),
            Some(phrase.as_str()),
            "rules.en.ftl: {} = {phrase}",
            parse_phrase_key(phrase)
        );
    }
    let langs = every_language();
    for line in [
        "client conect",
        "set los 5",
        "expect client ESTABLSHED",
        "advance soon",
        "client send 5 6",
        "ask client state \"Which?\" answer",
        "say",
        "client inject seq=x",
    ] {
        let e = tcp_engine::scenario::parse(line).unwrap_err();
        assert!(e.expecting.is_some(), "{line}: {e:?}");
        let said: Vec<String> = langs
            .iter()
            .map(|i18n| Text::parse_error(&e).render(i18n))
            .collect();
        // English as the parser says it, its names in curly quotes.
        assert_eq!(
            said[0],
            e.message.replace("mean \"", "mean “").replace("\"?", "”?"),
            "{line}"
        );
        for other in &said[1..] {
            assert!(
                !other.contains("expected") && !other.contains("found"),
                "{line}: {other}"
            );
        }
    }
    let e = tcp_engine::scenario::parse("client conect").unwrap_err();
    let es = Text::parse_error(&e).render(&langs[1]);
    assert_eq!(
        es,
        "se esperaba una llamada: listen, connect, send, read, close o abort; se encontró \"conect\". ¿Quisiste decir “connect”?"
    );
    // A word near none of those listed gets no guess.
    let e = tcp_engine::scenario::parse("client xyzzy").unwrap_err();
    assert!(!Text::parse_error(&e).render(&langs[0]).contains("mean"));
}
