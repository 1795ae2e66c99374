//! "Write a lesson": a teacher writes or adapts a lesson in the browser,
//! sees parse errors underlined as they type, checks the whole lesson
//! (every `expect` and `goal`, passed or failed, with its line), tries it
//! in the playground and copies the code that embeds it in a course page.
//! The draft is kept in this browser, so nothing is lost on a reload. It
//! is a page of its own (`editor.html`, its own wasm), so that students'
//! first load never carries it.

mod code;
mod embed_code;
mod results;
pub mod snippet;

use crate::i18n::{use_i18n, Text};
use crate::lessons::{Kind, BUILTIN};
use code::Code;
use embed_code::{EmbedCode, PAUSE_MS};
use results::Results;
use std::rc::Rc;
use tcp_engine::scenario::{self, Checker, ParseError, Report, Script, Stepper, Stmt};
use yew::prelude::*;

/// Where the draft is kept.
const DRAFT_KEY: &str = "tcp-playground/lesson-draft/v1";

/// What a new draft starts as: a short lesson to change.
const STARTER: &str = "title \"My lesson\"\n\
say \"The server opens a port and waits for a connection: a passive OPEN.\"\n\
server listen\n\
expect server LISTEN\n\
say \"The client connects: its SYN crosses the wire, and the handshake completes.\"\n\
client connect\n\
run\n\
expect client ESTABLISHED\n\
expect server ESTABLISHED\n";

/// Events the checker runs before giving the page back.
const CHECK_SLICE: usize = 20_000;

/// What the last check found, and for which text.
#[derive(Clone, PartialEq)]
pub enum Checking {
    /// Not checked yet.
    Not,
    /// Under way.
    Running,
    /// Done: the report, with the text it checked.
    Done(Rc<(Report, String)>),
}

/// The lesson editor.
#[function_component]
pub fn Editor() -> Html {
    let i18n = use_i18n();
    let text = use_state(|| {
        crate::storage::storage()
            .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
            .unwrap_or_else(|| STARTER.to_string())
    });
    let textarea = use_node_ref();
    let version = use_state(|| 0u32);
    let checking = use_state(|| Checking::Not);
    // The draft is saved once typing pauses.
    use_effect_with((*text).clone(), move |text| {
        let text = text.clone();
        let pause = gloo_timers::callback::Timeout::new(PAUSE_MS, move || {
            if let Some(s) = crate::storage::storage() {
                let _ = s.set_item(DRAFT_KEY, &text);
            }
        });
        move || drop(pause)
    });
    // Every line's mistake is marked, not only the first.
    let parsed = use_memo((*text).clone(), |text| match scenario::parse(text) {
        Ok(script) => (Some(script), Vec::new()),
        Err(_) => (None, scenario::parse_errors(text, MAX_MARKS)),
    });
    let (script, errors): &(Option<Script>, Vec<ParseError>) = &parsed;
    let title = script
        .as_ref()
        .and_then(|s| s.title().map(str::to_string))
        .unwrap_or_default();
    let solution = script.as_ref().and_then(solution_lines);

    let on_input = {
        let text = text.clone();
        Callback::from(move |value: String| text.set(value))
    };
    let on_check = {
        let (text, checking) = (text.clone(), checking.clone());
        Callback::from(move |_: MouseEvent| {
            let Ok(script) = scenario::parse(&text) else {
                return;
            };
            let (checking, text) = (checking.clone(), (*text).clone());
            checking.set(Checking::Running);
            // In slices, so that a long lesson never blocks the page.
            wasm_bindgen_futures::spawn_local(async move {
                let mut checker = Checker::new(script);
                while !checker.work(CHECK_SLICE) {
                    next_task().await;
                }
                checking.set(Checking::Done(Rc::new((checker.report().clone(), text))));
            });
        })
    };
    // The playground opens the lesson from the address, as an embed would.
    let on_try = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let href = format!(
                    "index.html{}{}",
                    crate::share::LESSON_PREFIX,
                    crate::share::encode(&text)
                );
                let _ = window.location().set_href(&href);
            }
        })
    };
    let on_template = {
        let (text, version) = (text.clone(), version.clone());
        let question = i18n.t("editor-replace");
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let Some(bundled) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| BUILTIN.get(i))
            else {
                return;
            };
            select.set_value("");
            // The teacher's own text is not replaced without asking.
            let own = *text != STARTER && !text.trim().is_empty();
            let sure = !own
                || web_sys::window()
                    .and_then(|w| w.confirm_with_message(&question).ok())
                    .unwrap_or(false);
            if sure {
                let (text, version) = (text.clone(), version.clone());
                let path = bundled.path();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(template) = crate::fetch::text(&path).await {
                        text.set(template);
                        version.set(*version + 1);
                    }
                });
            }
        })
    };
    let on_download = {
        let (text, title) = (text.clone(), title.clone());
        Callback::from(move |_: MouseEvent| {
            crate::export::download_bytes(&file_name(&title), "text/plain", text.as_bytes())
        })
    };
    let go_to_line = {
        let textarea = textarea.clone();
        Callback::from(move |line: usize| select_line(&textarea, line))
    };
    let templates = BUILTIN
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != Kind::Scenario)
        .map(|(i, b)| {
            let title = crate::i18n::Localized::plain(b.title).get(&i18n);
            html! { <option value={i.to_string()}>{title}</option> }
        });
    let status = match errors.first() {
        Some(e) => {
            let first = i18n.f(
                "editor-error",
                &[
                    ("line", e.line.into()),
                    ("col", e.col.into()),
                    ("message", Text::parse_error(e).render(&i18n).into()),
                ],
            );
            match errors.len() - 1 {
                0 => first,
                more => format!(
                    "{first} {}",
                    i18n.f("editor-more-errors", &[("n", more.into())])
                ),
            }
        }
        None => i18n.t("editor-ok"),
    };
    let invalid = script.is_none();
    let stale = matches!(&*checking, Checking::Done(done) if done.1 != *text);
    html! {
        <main class="editor" aria-labelledby="editor-title">
            <div class="editor-head">
                <h2 id="editor-title">{i18n.t("editor-title")}</h2>
                <a class="button" href="index.html">{i18n.t("editor-back")}</a>
            </div>
            <p class="editor-help">{i18n.t("editor-help")}</p>
            <div class="editor-tools">
                <label>{i18n.t("editor-template")}{" "}
                    <select onchange={on_template}>
                        <option value="" selected=true>{i18n.t("controls-choose")}</option>
                        { for templates }
                    </select>
                </label>
                <button onclick={on_download}>{i18n.t("editor-download")}</button>
            </div>
            <Code text={AttrValue::from((*text).clone())} errors={errors.iter().map(|e| (e.line, e.col)).collect::<Vec<_>>()}
                label={i18n.t("editor-text")} described_by="editor-status" on_input={on_input} textarea={textarea} version={*version} />
            <p id="editor-status" class={classes!("editor-status", invalid.then_some("failed"))} role="status" data-testid="editor-status">{status}</p>
            if let Some((from, to)) = solution {
                <p class="editor-help">{i18n.f("editor-solution", &[("from", from.into()), ("to", to.into())])}</p>
            }
            <div class="editor-tools">
                <button class="primary" onclick={on_check} disabled={invalid || *checking == Checking::Running}>{i18n.t("editor-check")}</button>
                <button onclick={on_try} disabled={invalid}>{i18n.t("editor-try")}</button>
            </div>
            <Results checking={(*checking).clone()} {stale} on_line={go_to_line} />
            <EmbedCode text={AttrValue::from((*text).clone())} valid={!invalid} />
        </main>
    }
}

/// Most mistakes marked at once.
const MAX_MARKS: usize = 100;

/// The lines of a challenge's solution (after its first goal, up to its
/// last acting line or check), which students never run.
fn solution_lines(script: &Script) -> Option<(usize, usize)> {
    let from = Stepper::solution_from(script)?;
    let acting = script.statements[from..].iter().filter(|s| {
        !matches!(
            s.kind,
            Stmt::Goal(_) | Stmt::Hint(_) | Stmt::Translation { .. }
        )
    });
    let lines: Vec<usize> = acting.map(|s| s.line).collect();
    Some((*lines.first()?, *lines.last()?))
}

/// Gives the page back until a later task (rendering, input) has run.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A file name from the lesson's title: `my-lesson.scn`.
fn file_name(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "lesson.scn".to_string()
    } else {
        format!("{slug}.scn")
    }
}

/// Focuses the text and selects line `line` (1-based).
fn select_line(textarea: &NodeRef, line: usize) {
    let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() else {
        return;
    };
    let value = area.value();
    // Selection offsets count UTF-16 units, as the DOM does.
    let units = |s: &str| s.encode_utf16().count() as u32;
    let before: String = value
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .collect();
    let this = value[before.len()..].split('\n').next().unwrap_or("");
    let start = units(&before);
    let _ = area.focus();
    let _ = area.set_selection_range(start, start + units(this));
    // Bring the line into view: rows are one line-height each.
    let row = f64::from(area.scroll_height()) / value.split('\n').count().max(1) as f64;
    area.set_scroll_top(((line.saturating_sub(3)) as f64 * row) as i32);
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_lesson_file_is_named_after_its_title() {
        assert_eq!(super::file_name("My First Lesson!"), "my-first-lesson.scn");
        assert_eq!(super::file_name(""), "lesson.scn");
        assert_eq!(super::file_name("¿Qué?"), "qué.scn");
    }
}
