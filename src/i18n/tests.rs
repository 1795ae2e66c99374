//! The catalogs: every fact the engine can state has words in English, and
//! every other language has the same keys with the same values in them.

use super::ftl::{Plurals, Resource};
use super::render;
use super::{I18n, Lang, ENGLISH};
use tcp_engine::note::{Note, Reason, Rule, Signal};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Side;

fn english() -> Resource {
    let (res, errors) = Resource::parse(ENGLISH, Plurals::OneOther);
    assert!(errors.is_empty(), "en.ftl: {errors:?}");
    res
}

/// The other languages' catalogs as shipped.
fn others() -> Vec<(Lang, &'static str)> {
    vec![
        (Lang::Es, include_str!("../../i18n/es.ftl")),
        (Lang::Zh, include_str!("../../i18n/zh-CN.ftl")),
    ]
}

#[test]
fn every_rule_the_engine_can_emit_has_an_entry() {
    let en = english();
    for rule in Rule::ALL {
        let key = render::rule_key(*rule);
        assert!(en.has(&key, None), "en.ftl has no {key}");
        assert!(en.has(&key, Some("plain")), "en.ftl has no {key}.plain");
        assert!(!rule.rfc_quote().is_empty());
    }
    for reason in Reason::SAMPLES {
        assert!(
            en.has(&format!("reason-{}", reason.id()), None),
            "{reason:?}"
        );
    }
    for signal in Signal::ALL {
        assert!(
            en.has(&format!("signal-{}", signal.id()), None),
            "{signal:?}"
        );
    }
}

#[test]
fn every_note_renders_with_its_values_in_every_language() {
    let numbering = Numbering::absolute();
    let mut langs = vec![I18n::english()];
    for (lang, text) in others() {
        langs.push(I18n::load(lang, text).0);
    }
    for i18n in &langs {
        for note in Note::samples() {
            let text = render::note(i18n, &numbering, Side::Client, &note);
            assert!(!text.contains("{$"), "{:?} {note:?}: {text}", i18n.lang());
            assert!(
                !text.starts_with("rule-"),
                "{:?} lacks {note:?}",
                i18n.lang()
            );
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
fn a_note_shows_each_of_its_values() {
    let i18n = I18n::english();
    let numbering = Numbering::absolute();
    for note in Note::samples() {
        let text = render::note(&i18n, &numbering, Side::Client, &note);
        for (name, arg) in note.args() {
            if let tcp_engine::note::Arg::Seq(seq) = arg {
                assert!(
                    text.contains(&seq.n.0.to_string()),
                    "{note:?}: {name} is not shown in “{text}”"
                );
            }
        }
    }
}

#[test]
fn every_language_has_the_keys_and_values_english_has() {
    let en = english();
    for (lang, text) in others() {
        let (res, errors) = Resource::parse(text, Plurals::Other);
        assert!(errors.is_empty(), "{lang:?}: {errors:?}");
        let (ours, theirs) = (en.keys(), res.keys());
        let missing: Vec<_> = ours.iter().filter(|k| !theirs.contains(k)).collect();
        let extra: Vec<_> = theirs.iter().filter(|k| !ours.contains(k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?} must have exactly the keys of en.ftl; missing {missing:?}, extra {extra:?}"
        );
        for (id, attr) in en.keys() {
            assert_eq!(
                res.variables(&id, attr.as_deref()),
                en.variables(&id, attr.as_deref()),
                "{lang:?}: {id} {attr:?} uses other values than English"
            );
        }
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
