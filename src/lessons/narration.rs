//! Every sentence a bundled lesson shows is true of the screen beside it:
//! each step of each lesson and challenge is walked as a student steps it
//! (the statements after a `say`, up to the next one, run; then the
//! narration is shown), and its narration, in every language, is checked
//! against the states and the clock the step leaves on screen.
//!
//! The rule for states: each state a narration names (in the RFC's
//! spelling, which the translations keep) is some endpoint's state once
//! the step ran. A sentence may name a state as what just happened or
//! what comes, but only by saying so on its `say` line, and the mark is
//! checked too:
//!
//! - `# past: STATE` — an endpoint was in it at some moment of the step
//!   (at its start, or on the way: the ladder shows it) and none is now;
//! - `# future: STATE` — no endpoint is in it now, and one reaches it in a
//!   later step of the lesson;
//! - a challenge's task may name the states its goals ask for.
//!
//! The rule for times: each duration a narration names ("1 s", "60 秒") is
//! the clock after the step, how far the step moved it, or the length of
//! an endpoint's timer (RTO, MSL, 2 × MSL).

use super::{Kind, BUILTIN};
use crate::i18n::ftl::{Plurals, Resource};
use crate::i18n::lesson_key;
use std::collections::BTreeSet;
use std::time::Duration;
use tcp_engine::scenario::{self, Check, Item, Stepper, Stmt};
use tcp_engine::sim::Event;
use tcp_engine::{Side, Sim, State};

/// One step as the student sees it: its narration and the screen after it.
struct Step {
    /// The `say` line.
    line: usize,
    /// The narration as written (English).
    text: String,
    /// Each endpoint's state once the step's statements ran.
    now: BTreeSet<&'static str>,
    /// States an endpoint held at some moment of the step.
    held: BTreeSet<&'static str>,
    /// States the task of a challenge may name (its goals).
    goals: BTreeSet<&'static str>,
    /// The clock after the step, and how far it moved in the step.
    clock: Duration,
    moved: Duration,
    /// Timer lengths the endpoints use (RTO, MSL, 2 x MSL).
    timers: BTreeSet<Duration>,
}

fn states(sim: &Sim) -> BTreeSet<&'static str> {
    [Side::Client, Side::Server]
        .into_iter()
        .map(|side| sim.endpoint(side).state().name())
        .collect()
}

fn clock(sim: &Sim) -> Duration {
    Duration::from_millis(sim.now().as_millis())
}

/// Steps `source` as a student does (a challenge stops at its first goal).
fn walk(source: &str) -> Vec<Step> {
    let script = scenario::parse(source).unwrap();
    let mut sim = Sim::default();
    let mut stepper = Stepper::default().playing();
    let mut steps: Vec<Step> = Vec::new();
    let mut started = clock(&sim);
    loop {
        let item = stepper.step(&script, &sim);
        if let Some(step) = steps.last_mut() {
            step.now = states(&sim);
            step.clock = clock(&sim);
            step.moved = step.clock - started;
            for side in [Side::Client, Side::Server] {
                let config = sim.endpoint(side).config();
                step.timers.extend([
                    config.rto,
                    config.msl,
                    config.msl * 2,
                    tcp_engine::endpoint::SWS_OVERRIDE,
                ]);
            }
        }
        match item {
            Item::Act(statement) => {
                let from = sim.trace().len();
                scenario::exec(&mut sim, statement).unwrap();
                if let Some(step) = steps.last_mut() {
                    for entry in sim.trace().iter_from(from) {
                        if let Event::StateChanged { to, .. } = entry.event {
                            step.held.insert(to.name());
                        }
                    }
                }
            }
            Item::Say(i) => {
                let Stmt::Say(text) = &script.statements[i].kind else {
                    unreachable!("the stepper stops at a say")
                };
                started = clock(&sim);
                steps.push(Step {
                    line: script.statements[i].line,
                    text: text.clone(),
                    now: states(&sim),
                    held: states(&sim),
                    goals: BTreeSet::new(),
                    clock: started,
                    moved: Duration::ZERO,
                    timers: BTreeSet::new(),
                });
            }
            Item::Checked(checked) => assert!(checked.outcome.is_ok(), "{checked:?}"),
            Item::End => break,
        }
    }
    // A challenge's task names the states its goals ask for.
    if let Some(task) = steps.first_mut() {
        for (_, goal) in scenario::goals(&script) {
            if let Check::Endpoint {
                state: Some(state), ..
            } = goal
            {
                task.goals.insert(state.name());
            }
        }
    }
    steps
}

/// The states a sentence names, in the RFC's spelling.
fn named_states(text: &str) -> BTreeSet<&'static str> {
    let part_of_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    State::ALL
        .into_iter()
        .map(State::name)
        .filter(|state| {
            text.match_indices(state).any(|(at, name)| {
                let before = text[..at].chars().next_back();
                let after = text[at + name.len()..].chars().next();
                !before.is_some_and(part_of_name) && !after.is_some_and(part_of_name)
            })
        })
        .collect()
}

/// The durations a sentence names ("1 s", "60 s", "200 ms", "2 秒").
fn named_durations(text: &str) -> Vec<Duration> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let after_word = start > 0
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_alphanumeric() || p == '.');
        if !c.is_ascii_digit() || after_word {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j].1.is_ascii_digit() || chars[j].1 == '.') {
            j += 1;
        }
        let number = &text[start..chars.get(j).map_or(text.len(), |c| c.0)];
        let mut rest = &text[chars.get(j).map_or(text.len(), |c| c.0)..];
        rest = rest.strip_prefix(' ').unwrap_or(rest);
        let unit = [("ms", 1.0), ("毫秒", 1.0), ("s", 1000.0), ("秒", 1000.0)]
            .into_iter()
            .find(|(unit, _)| {
                rest.strip_prefix(unit).is_some_and(|r| {
                    !r.chars()
                        .next()
                        .is_some_and(|c| c.is_alphanumeric() && c.is_ascii())
                })
            });
        if let (Some((_, ms)), Ok(n)) = (unit, number.trim_end_matches('.').parse::<f64>()) {
            found.push(Duration::from_millis((n * ms) as u64));
        }
        i = j;
    }
    found
}

fn catalog(lang: &str) -> Resource {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let text = std::fs::read_to_string(root.join(format!("lessons.{lang}.ftl"))).unwrap();
    Resource::parse(&text, Plurals::Other).0
}

/// The marks of a `say` line: its states named as past, and as future.
fn marks(line: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut past, mut future) = (BTreeSet::new(), BTreeSet::new());
    let comment = line.rsplit_once('"').map_or("", |(_, rest)| rest);
    let Some((_, comment)) = comment.split_once('#') else {
        return (past, future);
    };
    for part in comment.split(';') {
        let (kind, names) = part.split_once(':').unwrap_or((part, ""));
        let into = match kind.trim() {
            "past" => &mut past,
            "future" => &mut future,
            other => panic!("a say line's mark is past: or future:, found {other:?}"),
        };
        into.extend(names.split(',').map(|n| n.trim().to_string()));
    }
    (past, future)
}

/// What is wrong with the states `text` names at `steps[i]`.
fn wrong_states(text: &str, steps: &[Step], i: usize, source: &str) -> Vec<String> {
    let step = &steps[i];
    let later: BTreeSet<&str> = steps[i + 1..]
        .iter()
        .flat_map(|s| s.held.iter().copied())
        .collect();
    let (past, future) = marks(source.lines().nth(step.line - 1).unwrap_or(""));
    let named = named_states(text);
    let mut wrong = Vec::new();
    for state in &named {
        let why = if past.contains(*state) {
            (step.now.contains(state) || !step.held.contains(state))
                .then_some("is marked past, but no endpoint left it in this step")
        } else if future.contains(*state) {
            (step.now.contains(state) || !later.contains(state))
                .then_some("is marked future, but no endpoint reaches it in a later step")
        } else {
            (!step.now.contains(state) && !step.goals.contains(state))
                .then_some("is no endpoint's state once the step ran")
        };
        if let Some(why) = why {
            wrong.push(format!("{state} {why} (on screen: {:?})", step.now));
        }
    }
    for mark in past.iter().chain(&future) {
        if !named.contains(mark.as_str()) {
            wrong.push(format!(
                "{mark} is marked, but the narration does not name it"
            ));
        }
    }
    wrong
}

#[test]
fn every_state_and_time_a_lesson_step_names_is_on_screen_in_every_language() {
    let catalogs = [("es", catalog("es")), ("zh-CN", catalog("zh-CN"))];
    let mut wrong = Vec::new();
    let mut steps_seen = 0;
    for b in BUILTIN.iter().filter(|b| b.kind != Kind::Scenario) {
        let source = super::tests::text(b);
        let steps = walk(&source);
        steps_seen += steps.len();
        for (i, step) in steps.iter().enumerate() {
            let mut texts = vec![("en", step.text.clone())];
            let at = format!("{}.scn:{}", b.name, step.line);
            for (lang, res) in &catalogs {
                match res.format(&lesson_key(&step.text), None, &[]) {
                    Some(translated) => texts.push((lang, translated)),
                    None => wrong.push(format!("{at} {lang}: not translated")),
                }
            }
            let english = named_states(&step.text);
            for (lang, text) in &texts {
                let named = named_states(text);
                if named != english {
                    wrong.push(format!(
                        "{at} {lang}: names {named:?}, the English {english:?}"
                    ));
                }
                for why in wrong_states(text, &steps, i, &source) {
                    wrong.push(format!("{at} {lang}: {why}"));
                }
                for d in named_durations(text) {
                    let true_of_screen =
                        d == step.clock || d == step.moved || step.timers.contains(&d);
                    if !true_of_screen {
                        wrong.push(format!(
                            "{at} {lang}: names {d:?}; the clock is {:?}, moved {:?}",
                            step.clock, step.moved
                        ));
                    }
                }
            }
        }
    }
    assert!(steps_seen > 60, "only {steps_seen} steps");
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_narration_names_states_in_the_rfcs_spelling_and_durations_in_any_language() {
    assert_eq!(
        named_states("FIN-WAIT-2, then TIME-WAIT; not CLOSED-ish nor FIN-WAIT-1x"),
        BTreeSet::from(["FIN-WAIT-2", "TIME-WAIT"])
    );
    assert_eq!(named_states("进入 CLOSING。"), BTreeSet::from(["CLOSING"]));
    let ms = |text| -> Vec<u64> {
        named_durations(text)
            .iter()
            .map(|d| d.as_millis() as u64)
            .collect()
    };
    assert_eq!(
        ms("2 s later, at 3 s; 200 ms; 500 bytes; 2^32, so"),
        [2000, 3000, 200]
    );
    assert_eq!(ms("（这里是 60 秒），1.5 s"), [60000, 1500]);
    assert_eq!(
        marks(r#"say "x: \"y\"" # past: SYN-SENT, CLOSING; future: TIME-WAIT"#),
        (
            BTreeSet::from(["SYN-SENT".into(), "CLOSING".into()]),
            BTreeSet::from(["TIME-WAIT".into()])
        )
    );
}
