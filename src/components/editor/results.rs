//! What "Check the whole lesson" found: a summary, then each `expect` and
//! `goal` with its line, passed or failed. It stays until the next check.

use super::Checking;
use crate::i18n::use_i18n;
use yew::prelude::*;

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The last check.
    pub checking: Checking,
    /// The text has changed since: the lines may have moved.
    pub stale: bool,
    /// Moves the text to a line.
    pub on_line: Callback<usize>,
}

/// The check's results.
#[function_component]
pub fn Results(props: &Props) -> Html {
    let i18n = use_i18n();
    let section = use_node_ref();
    {
        // Done, the results come into view (below the fold on a laptop,
        // they were missed), their heading kept in view too; the focus
        // stays where it was.
        let section = section.clone();
        let done = matches!(props.checking, Checking::Done(_));
        use_effect_with(done, move |done| {
            let window = web_sys::window();
            let (Some(window), Some(e), true) = (window, section.cast::<web_sys::Element>(), *done)
            else {
                return;
            };
            let r = e.get_bounding_client_rect();
            let height = window
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let by = (r.bottom() - height).min(r.top() - 8.0);
            if by > 0.0 {
                window.scroll_by_with_x_and_y(0.0, by);
            }
        });
    }
    let done = match &props.checking {
        Checking::Not => return Html::default(),
        Checking::Running => {
            return html! { <section class="results" aria-labelledby="results-title" aria-busy="true">
                <h3 id="results-title">{i18n.t("editor-results")}</h3>
                <p role="status">{i18n.t("editor-checking")}</p>
            </section> }
        }
        Checking::Done(done) => done.clone(),
    };
    let (report, text) = &*done;
    let lines: Vec<&str> = text.split('\n').collect();
    let failed = report.checks.iter().filter(|c| c.outcome.is_err()).count();
    let passed = report.checks.len() - failed;
    let summary = if report.checks.is_empty() {
        i18n.t("editor-no-checks")
    } else if failed == 0 {
        i18n.f("lesson-checks-all", &[("n", passed.into())])
    } else {
        i18n.f(
            "lesson-checks",
            &[("passed", passed.into()), ("failed", failed.into())],
        )
    };
    let items = report.checks.iter().map(|c| {
        let line = c.line;
        let source = lines.get(line.wrapping_sub(1)).map_or("", |l| l.trim());
        let go = props.on_line.reform(move |_: MouseEvent| line);
        let (class, mark, verdict) = match &c.outcome {
            Ok(()) => ("passed", "✓", i18n.t("editor-passed")),
            // In the teacher's language, as a student's lesson says it.
            Err(why) => ("failed", "✗", crate::i18n::render::mismatch(&i18n, why)),
        };
        html! {
            <li class={class}>
                <span aria-hidden="true">{mark}{" "}</span>
                <button class="link" onclick={go}>{i18n.f("editor-line", &[("line", line.into())])}</button>
                {" "}<code>{source}</code>{" — "}
                <span class="verdict">{ if c.outcome.is_ok() { verdict } else { i18n.f("editor-failed", &[("why", verdict.into())]) } }</span>
            </li>
        }
    });
    html! {
        <section class="results" aria-labelledby="results-title" ref={section}>
            <h3 id="results-title">{i18n.t("editor-results")}</h3>
            <p role="status" class={classes!("summary", (failed > 0).then_some("failed"))} data-testid="check-summary">{summary}</p>
            if props.stale {
                <p class="editor-help" data-testid="check-stale">{i18n.t("editor-stale")}</p>
            }
            <ul data-testid="check-results">{ for items }</ul>
        </section>
    }
}
