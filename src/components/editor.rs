//! "Write a lesson": a teacher writes or adapts a lesson in the browser,
//! sees parse errors underlined as they type, checks the whole lesson
//! (every `expect` and `goal`, passed or failed, with its line), tries it
//! in the playground and copies the code that embeds it in a course page.
//! The draft is kept in this browser, so nothing is lost on a reload. It
//! is a page of its own (`editor.html`, its own wasm), so that students'
//! first load never carries it.

mod code;
mod complete;
mod embed_code;
mod errors;
mod nav;
mod page;
mod reading;
mod results;
mod scorm;
pub mod snippet;
mod typing;

use crate::i18n::{use_i18n, I18n, Text};
use crate::lessons::{Kind, BUILTIN};
use code::Code;
use complete::Suggestions;
use embed_code::{EmbedCode, PAUSE_MS};
use errors::Errors;
use nav::{go_callback, pages_bar, show_line};
use page::Page;
use reading::{use_reading, Reading};
use results::Results;
use std::rc::Rc;
use tcp_engine::note::Rule;
use tcp_engine::scenario::{Checker, Parsed, Report, Script, Stepper, Stmt};
use typing::{caret_callback, input_callback, insert_rule, key_callback};
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
    Done(Rc<(Report, Rc<str>)>),
}

/// The draft and the part of it the text box holds.
#[derive(Clone, PartialEq)]
struct Doc {
    text: Rc<str>,
    page: Page,
    /// Bumped at every change of the text.
    gen: u64,
    /// Bumped when the box is given new text from outside.
    version: u32,
}

impl Doc {
    fn new(text: String, gen: u64, version: u32) -> Doc {
        let page = page::page_around(&text, 1);
        Doc {
            text: text.into(),
            page,
            gen,
            version,
        }
    }

    /// The text in the box.
    fn held(&self) -> &str {
        &self.text[self.page.start..self.page.end]
    }
}

/// Rule ids offered where one is being typed.
#[derive(Clone, PartialEq)]
struct Suggest {
    /// Where the id starts in the box, in UTF-16 units (as the DOM counts).
    at: u32,
    typed: String,
    rules: Vec<Rule>,
    active: usize,
}

thread_local! {
    // The editor's later words in English, compiled into the editor's own
    // wasm (never the students' first load): shown until the catalogs
    // arrive, instead of bare keys.
    static LATER_WORDS: Rc<crate::i18n::ftl::Resource> =
        I18n::read(crate::i18n::Lang::En, include_str!("../../i18n/rules.en.ftl"));
}

/// The lesson editor.
#[function_component]
pub fn Editor() -> Html {
    let i18n = use_i18n();
    let i18n = LATER_WORDS.with(|words| i18n.or_english_rules(words));
    html! {
        <ContextProvider<I18n> context={i18n}>
            <Writing />
        </ContextProvider<I18n>>
    }
}

/// The editor itself, in the language given by [`Editor`].
#[function_component]
fn Writing() -> Html {
    let i18n = use_i18n();
    let doc = use_state(|| {
        let draft = crate::storage::storage()
            .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
            .unwrap_or_else(|| STARTER.to_string());
        Doc::new(draft, 1, 0)
    });
    let textarea = use_node_ref();
    let checking = use_state(|| Checking::Not);
    let suggest = use_state(|| None::<Suggest>);
    // Escape closes the suggestions until the text changes.
    let dismissed = use_mut_ref(|| false);
    // A line to bring into view (and select) once the box has drawn it.
    let pending = use_mut_ref(|| None::<(usize, bool)>);
    use_draft_saved(&doc);
    let reading = use_reading(doc.gen, doc.text.clone());
    let current = reading.as_ref().filter(|r| r.gen == doc.gen);
    let script = current.and_then(|r| r.script());
    // The last title read stays while a long text is read again.
    let title = reading
        .as_ref()
        .and_then(|r| r.script())
        .and_then(|s| s.title().map(str::to_string))
        .unwrap_or_default();
    let solution = use_memo(reading.as_ref().map(|r| r.gen), {
        let reading = reading.clone();
        move |_| {
            reading
                .as_ref()
                .and_then(|r| r.script())
                .and_then(solution_lines)
        }
    });
    let total = use_memo(doc.gen, {
        let text = doc.text.clone();
        move |_| page::lines(&text)
    });
    {
        let (pending, textarea) = (pending.clone(), textarea.clone());
        use_effect(move || {
            if let Some((line, select)) = pending.borrow_mut().take() {
                show_line(&textarea, line, select);
            }
        });
    }

    let on_input = input_callback(&doc, &textarea, &pending, &suggest, &dismissed);
    let on_caret = caret_callback(&textarea, &suggest, &dismissed);
    let on_key = key_callback(&textarea, &suggest, &dismissed);
    let on_pick = {
        let (textarea, suggest) = (textarea.clone(), suggest.clone());
        Callback::from(move |rule: Rule| {
            if let Some(s) = &*suggest {
                insert_rule(&textarea, s.at, rule);
            }
            suggest.set(None);
        })
    };
    let on_check = check_callback(&doc, &checking, current.cloned());
    let on_try = try_callback(doc.text.clone());
    let on_template = template_callback(&doc, &i18n);
    let on_download = {
        let (text, title) = (doc.text.clone(), title.clone());
        Callback::from(move |_: MouseEvent| {
            crate::export::download_bytes(&file_name(&title), "text/plain", text.as_bytes())
        })
    };
    let go_to_line = go_callback(&doc, &textarea, &pending, true);
    let turn_page = go_callback(&doc, &textarea, &pending, false);
    let templates = BUILTIN
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != Kind::Scenario)
        .map(|(i, b)| {
            let title = crate::i18n::Localized::plain(b.title).get(&i18n);
            html! { <option value={i.to_string()}>{title}</option> }
        });
    let (errors, wrong) = match reading.as_deref() {
        Some(Reading {
            parsed: Parsed::Errors(errors, wrong),
            ..
        }) => (errors.clone(), *wrong),
        _ => (Vec::new(), 0),
    };
    let status = match (current, errors.first()) {
        (None, _) => i18n.t("editor-reading"),
        (Some(_), Some(e)) => first_error(&i18n, e, wrong),
        (Some(_), None) => i18n.t("editor-ok"),
    };
    let invalid = script.is_none();
    let stale = matches!(&*checking, Checking::Done(done) if !Rc::ptr_eq(&done.1, &doc.text));
    let shown_lines = doc.page.lines(&doc.text);
    let suggestions = suggest.as_ref().map(|s| {
        html! { <Suggestions typed={AttrValue::from(s.typed.clone())} rules={s.rules.clone()} active={s.active} on_pick={on_pick.clone()} /> }
    });
    let suggest_ids = suggest.as_ref().map(|s| {
        let active = (!s.rules.is_empty()).then(|| AttrValue::from(complete::option_id(s.active)));
        (AttrValue::from(complete::LIST_ID), active)
    });
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
            if !doc.page.is_whole(&doc.text) {
                { pages_bar(&i18n, &doc, *total, shown_lines, &turn_page) }
            }
            <Code text={AttrValue::from(doc.held().to_string())} first={doc.page.first} last={*total}
                errors={errors.iter().map(|e| (e.line, e.col)).collect::<Vec<_>>()}
                label={i18n.t("editor-text")} described_by="editor-status" on_input={on_input}
                on_key={on_key} on_caret={on_caret} suggest={suggest_ids}
                textarea={textarea} version={doc.version} />
            // One node whether shown or not: a list that grew here would
            // make Yew draw the text box anew (and lose its focus).
            { suggestions.unwrap_or_default() }
            <p id="editor-status" class={classes!("editor-status", (!errors.is_empty()).then_some("failed"))} role="status" data-testid="editor-status">{status}</p>
            <Errors errors={errors.clone()} {wrong} on_line={go_to_line.clone()} />
            if let Some((from, to)) = *solution {
                <p class="editor-help">{i18n.f("editor-solution", &[("from", from.into()), ("to", to.into())])}</p>
            }
            <div class="editor-tools">
                <button class="primary" onclick={on_check} disabled={invalid || *checking == Checking::Running}>{i18n.t("editor-check")}</button>
                <button onclick={on_try} disabled={invalid}>{i18n.t("editor-try")}</button>
            </div>
            <Results checking={(*checking).clone()} {stale} on_line={go_to_line} />
            <EmbedCode text={AttrValue::Rc(doc.text.clone())} title={AttrValue::from(title.clone())} valid={!invalid} />
            <scorm::Scorm text={AttrValue::Rc(doc.text.clone())} title={AttrValue::from(title)} valid={!invalid} />
        </main>
    }
}

/// The draft is saved once typing pauses.
#[hook]
fn use_draft_saved(doc: &UseStateHandle<Doc>) {
    use_effect_with((doc.gen, doc.text.clone()), move |(_, text)| {
        let text = text.clone();
        let pause = gloo_timers::callback::Timeout::new(PAUSE_MS, move || {
            if let Some(s) = crate::storage::storage() {
                let _ = s.set_item(DRAFT_KEY, &text);
            }
        });
        move || drop(pause)
    });
}

/// Check: runs the lesson read last (`reading`) through the checker, in
/// slices, so that a long lesson never blocks the page.
fn check_callback(
    doc: &UseStateHandle<Doc>,
    checking: &UseStateHandle<Checking>,
    reading: Option<Rc<Reading>>,
) -> Callback<MouseEvent> {
    let (doc, checking) = (doc.clone(), checking.clone());
    Callback::from(move |_: MouseEvent| {
        // Copied only now: a long lesson's script is large.
        let Some(script) = reading.as_ref().and_then(|r| r.script()).cloned() else {
            return;
        };
        let (checking, text) = (checking.clone(), doc.text.clone());
        checking.set(Checking::Running);
        wasm_bindgen_futures::spawn_local(async move {
            let mut checker = Checker::new(script);
            while !checker.work(CHECK_SLICE) {
                later(0).await;
            }
            checking.set(Checking::Done(Rc::new((checker.report().clone(), text))));
        });
    })
}

/// Try it: the playground opens the lesson from the address, as an embed
/// would.
fn try_callback(text: Rc<str>) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let text = text.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(packed) = crate::share::encode_in_browser(&text).await else {
                return;
            };
            if let Some(window) = web_sys::window() {
                let href = format!("index.html{}{packed}", crate::share::LESSON_PREFIX);
                let _ = window.location().set_href(&href);
            }
        });
    })
}

/// The first mistake's sentence, and how many more lines are wrong.
fn first_error(i18n: &I18n, e: &tcp_engine::scenario::ParseError, wrong: usize) -> String {
    let first = i18n.f(
        "editor-error",
        &[
            ("line", e.line.into()),
            ("col", e.col.into()),
            ("message", Text::parse_error(e).render(i18n).into()),
        ],
    );
    match wrong.saturating_sub(1) {
        0 => first,
        more => format!(
            "{first} {}",
            i18n.f("editor-more-errors", &[("n", more.into())])
        ),
    }
}

/// A bundled lesson replaces the text (the teacher's own only if they say so).
fn template_callback(doc: &UseStateHandle<Doc>, i18n: &I18n) -> Callback<Event> {
    let doc = doc.clone();
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
        let own = &*doc.text != STARTER && !doc.text.trim().is_empty();
        let sure = !own
            || web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
        if sure {
            let doc = doc.clone();
            let path = bundled.path();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(template) = crate::fetch::text(&path).await {
                    doc.set(Doc::new(template, doc.gen + 1, doc.version + 1));
                }
            });
        }
    })
}

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

/// Gives the page back for `ms` milliseconds (0: until a later task,
/// rendering or input, has run).
async fn later(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_lesson_file_is_named_after_its_title() {
        assert_eq!(super::file_name("My First Lesson!"), "my-first-lesson.scn");
        assert_eq!(super::file_name(""), "lesson.scn");
        assert_eq!(super::file_name("¿Qué?"), "qué.scn");
    }
}
