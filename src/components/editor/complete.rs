//! Rule ids offered as the teacher types `expect SIDE rule "…` or
//! `goal SIDE rule "…` (or `no rule "…`): every id of the engine's catalog that matches what
//! is typed, with its section and plain sentence, so that nobody needs
//! the command line to find one. The textarea keeps the focus; the list is
//! its `aria-controls` listbox, the chosen option its active descendant.

use crate::i18n::{render, use_i18n};
use tcp_engine::note::Rule;
use yew::prelude::*;

/// Most ids listed at once (typing narrows them).
pub const SHOWN: usize = 8;
/// The listbox's id.
pub const LIST_ID: &str = "rule-suggestions";

/// Where a rule id is being typed in `before` (a line up to the caret):
/// the byte offset where the id starts, and what is typed of it so far.
pub fn context(before: &str) -> Option<(usize, &str)> {
    let quote = before.rfind('"')?;
    let head = &before[..quote];
    if !head.ends_with([' ', '\t']) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let known = matches!(
        words.as_slice(),
        ["expect" | "goal", "client" | "server", "rule"]
            | ["expect" | "goal", "client" | "server", "no", "rule"]
    );
    known.then(|| (quote + 1, &before[quote + 1..]))
}

/// The rules whose id matches `typed`: those that start with it first,
/// then those that contain it.
pub fn matching(typed: &str) -> Vec<Rule> {
    let starts = Rule::ALL.iter().filter(|r| r.id().starts_with(typed));
    let contains = Rule::ALL
        .iter()
        .filter(|r| !r.id().starts_with(typed) && r.id().contains(typed));
    starts.chain(contains).copied().collect()
}

/// The id of option `i`.
pub fn option_id(i: usize) -> String {
    format!("{LIST_ID}-{i}")
}

/// Props of [`Suggestions`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What is typed of the id.
    pub typed: AttrValue,
    /// The rules that match it.
    pub rules: Vec<Rule>,
    /// The chosen one (an index into the shown rules).
    pub active: usize,
    /// A rule was picked.
    pub on_pick: Callback<Rule>,
}

/// The list of matching rule ids.
#[function_component]
pub fn Suggestions(props: &Props) -> Html {
    let i18n = use_i18n();
    let options = props.rules.iter().take(SHOWN).enumerate().map(|(i, &rule)| {
        let pick = props.on_pick.reform(move |_: MouseEvent| rule);
        // The text keeps the focus: a click must not take it.
        let keep = Callback::from(|e: MouseEvent| e.prevent_default());
        let chosen = i == props.active;
        html! {
            <li role="option" id={option_id(i)} aria-selected={chosen.to_string()} class={classes!(chosen.then_some("chosen"))}
                onmousedown={keep} onclick={pick}>
                <code>{rule.id()}</code>{" "}<span class="section">{rule.section()}</span>
                <span class="plain">{render::rule_plain(&i18n, rule)}</span>
            </li>
        }
    });
    let more = props.rules.len().saturating_sub(SHOWN);
    html! {
        <div class="suggest" data-testid="rule-suggestions">
            <p id="rule-suggestions-label" class="editor-help">{i18n.f("editor-rules-label", &[("typed", props.typed.as_str().into())])}</p>
            if props.rules.is_empty() {
                <p class="editor-help">{i18n.t("editor-rules-none")}</p>
            }
            <ul role="listbox" id={LIST_ID} aria-labelledby="rule-suggestions-label">{ for options }</ul>
            if more > 0 {
                <p class="editor-help">{i18n.f("editor-rules-more", &[("n", more.into())])}</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_offered_inside_the_quotes_of_a_rule_check() {
        assert_eq!(context("expect client rule \"time-"), Some((20, "time-")));
        assert_eq!(context("  goal server rule \""), Some((20, "")));
        assert_eq!(context("expect client rule \"x\" "), None);
        assert_eq!(context("say \"rule "), None);
        assert_eq!(context("expect client state \"x"), None);
    }

    #[test]
    fn rule_ids_are_offered_inside_the_quotes_of_a_no_rule_check() {
        assert_eq!(context("goal client no rule \"retr"), Some((21, "retr")));
        assert_eq!(context("expect server no rule \""), Some((23, "")));
        assert_eq!(context("expect server no \""), None);
        assert_eq!(context("expect server no rule x \""), None);
    }

    #[test]
    fn rule_ids_match_what_is_typed() {
        let found = matching("time-wait");
        assert!(found.iter().all(|r| r.id().contains("time-wait")));
        assert!(found[0].id().starts_with("time-wait"));
        assert_eq!(matching("").len(), Rule::ALL.len());
        assert!(matching("no-such-rule").is_empty());
    }
}
