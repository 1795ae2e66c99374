//! The reason beside the effect: under the ladder, the explanation of the
//! event the student selected, or else of the newest rule the endpoints
//! applied, in full, with its RFC section and words.

use super::ladder::TraceRef;
use super::lazy::installed;
use crate::i18n::render::{self, clock};
use crate::i18n::{use_i18n, I18n};
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{Event, TraceEntry};
use tcp_engine::story;
use yew::prelude::*;

/// How far back the newest rule is looked for (a long step may end in a
/// run of timer events).
const LOOK_BACK: usize = 500;

/// Props of [`Explain`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The trace.
    pub trace: TraceRef,
    /// Number format.
    pub numbering: Numbering,
    /// The selected trace entry.
    pub selected: Option<u32>,
}

/// One entry of the trace written whole: its time, who, section and text
/// (the Why panel, and the log's selected line under the list).
pub fn whole_line(
    i18n: &I18n,
    numbering: &Numbering,
    entry: &TraceEntry,
    class: Option<&'static str>,
) -> Html {
    let line = render::event(i18n, numbering, entry);
    html! {
        <p {class} data-testid={class}>
            <strong>{format!("{} · {}", clock(entry.time.as_millis()), line.who)}</strong>{" "}
            if !line.section.is_empty() { <span class="rule">{line.section}</span>{" "} }
            {line.text}
        </p>
    }
}

/// Draws [`extra`].
pub type Extra = fn(&I18n, &TraceRef, &TraceEntry) -> Html;

crate::installed!(
    /// [`extra`]: only the sessions chunk's actions make an entry that
    /// has a rule or a loss to explain.
    pub EXTRA: Extra = extra
);

/// What the box says under an entry's line: how a loss will be made up
/// for (a loss has no rule: no TCP saw it), and the rule applied, in
/// plain words and the RFC's.
pub fn extra(i18n: &I18n, trace: &TraceRef, entry: &TraceEntry) -> Html {
    let rule = match &entry.event {
        Event::Note { note, .. } => Some(note.rule()),
        _ => None,
    };
    let lost = match &entry.event {
        Event::Dropped { id, recovery, .. } => trace
            .sent(*id)
            .map(|(from, _)| render::recovery(i18n, *recovery, from)),
        _ => None,
    };
    html! {
        <>
            if let Some(lost) = lost {
                <p class="plain" data-testid="lost-recovery">{i18n.t("explain-lost")}{" "}{lost}</p>
            }
            if let Some(rule) = rule {
                <div class="catalog" data-testid="rule-entry">
                    <p class="plain">{render::rule_plain(i18n, rule)}</p>
                    if let Some(quote) = i18n.rfc_quote(rule.id()) {
                        <details>
                            <summary>{rfc_title(i18n, &quote)}</summary>
                            <blockquote class="rfc" lang="en">{quote}</blockquote>
                        </details>
                    }
                    <p class="rule-id">{i18n.f("log-rule-id", &[("id", rule.id().into())])}</p>
                </div>
            }
        </>
    }
}

/// The RFCs a quote cites, as it names them ("RFC 6298"), in order and
/// each once: every quote begins with its RFC's name and section, and a
/// second RFC it quotes is named the same way ("RFC 3465 §2.1: …").
pub fn rfcs_cited(quote: &str) -> Vec<&str> {
    let mut rfcs = Vec::new();
    for (at, _) in quote.match_indices("RFC ") {
        let rest = &quote[at + 4..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let cited =
            digits > 0 && (rest[digits..].starts_with(" §") || rest[digits..].starts_with(':'));
        let name = &quote[at..at + 4 + digits];
        if cited && !rfcs.contains(&name) {
            rfcs.push(name);
        }
    }
    rfcs
}

/// The title of the fold-out over a rule's quote: what the RFC (or the
/// RFCs) it quotes say, named.
pub fn rfc_title(i18n: &I18n, quote: &str) -> String {
    let rfcs = rfcs_cited(quote);
    let count = rfcs.len();
    let names = rfcs
        .into_iter()
        .map(String::from)
        .reduce(|a, b| i18n.f("explain-rfc-and", &[("a", a.into()), ("b", b.into())]))
        .unwrap_or_default();
    i18n.f(
        "explain-rfc",
        &[("rfcs", names.into()), ("count", count.into())],
    )
}

/// The explanation box.
#[function_component]
pub fn Explain(props: &Props) -> Html {
    let i18n = use_i18n();
    let selected = props.selected.map(|i| i as usize);
    let shown = selected.or_else(|| story::headline(&props.trace.trace, LOOK_BACK));
    let body = shown.and_then(|i| props.trace.trace.get(i)).map(|entry| {
        html! {
            <>
                {whole_line(&i18n, &props.numbering, entry, None)}
                {installed(EXTRA).map(|extra| extra(&i18n, &props.trace, entry))}
            </>
        }
    });
    let title = if selected.is_some() {
        "explain-selected"
    } else {
        "explain-newest"
    };
    html! {
        <section class="explain" aria-label={i18n.t("explain-region")} data-testid="explain">
            <h2>{i18n.t(title)}</h2>
            { body.unwrap_or_else(|| html! { <p class="hint">{i18n.t("explain-none")}</p> }) }
        </section>
    }
}
