//! "Embed code": the iframe snippet for the lesson, with the optional
//! address of its file, the iframe's `id=` and the course site's `parent=`
//! (checked as an origin where it is typed, with the one meant offered),
//! alone or with a script that shows the student's progress on the course
//! page; and a preview at the embed's size. It is packed (by the browser's
//! own compressor) once typing pauses, so that a keystroke stays cheap
//! whatever the lesson's length.

use super::snippet::{self, Carry, Options, Parent, ProgressWords};
use crate::i18n::{use_i18n, I18n};
use std::cell::Cell;
use yew::prelude::*;

/// How long typing must pause before the code is packed again, in ms.
pub const PAUSE_MS: u32 = 300;

/// Props of [`EmbedCode`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The lesson's text.
    pub text: AttrValue,
    /// Its title (empty: none).
    pub title: AttrValue,
    /// The text parses (otherwise there is nothing to embed yet).
    pub valid: bool,
}

/// What the code is made of, besides the text.
#[derive(Clone, PartialEq)]
struct Choices {
    url: String,
    id: String,
    parent: String,
    script: bool,
}

/// The embed code and its options.
#[function_component]
pub fn EmbedCode(props: &Props) -> Html {
    let i18n = use_i18n();
    let choices = use_state(|| Choices {
        url: String::new(),
        id: String::new(),
        parent: String::new(),
        script: false,
    });
    let copied = use_state(|| false);
    // The code, and the preview's address (the text carried whole).
    let code = use_state(|| (String::new(), String::new()));
    let latest = use_memo((), |_| Cell::new(0u32));
    {
        let (code, latest, i18n) = (code.clone(), latest.clone(), i18n.clone());
        use_effect_with(
            (props.text.clone(), props.title.clone(), (*choices).clone()),
            move |(text, title, choices)| {
                let (text, title, choices) = (text.clone(), title.clone(), choices.clone());
                let turn = latest.get() + 1;
                latest.set(turn);
                let pause = gloo_timers::callback::Timeout::new(PAUSE_MS, move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        let packed = crate::share::encode_in_browser(&text)
                            .await
                            .unwrap_or_default();
                        // A later text or choice has taken over.
                        if latest.get() == turn {
                            code.set(make(&i18n, &packed, &title, &choices));
                        }
                    });
                });
                move || drop(pause)
            },
        );
    }
    {
        let copied = copied.clone();
        use_effect_with(code.0.clone(), move |_| copied.set(false));
    }
    let field = |set: fn(&mut Choices, String)| {
        let choices = choices.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*choices).clone();
            set(&mut next, input.value());
            choices.set(next);
        })
    };
    let script_choice = |script: bool| {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            choices.set(Choices {
                script,
                ..(*choices).clone()
            })
        })
    };
    let on_copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(crate::clipboard::copy(&code.0).await);
            });
        })
    };
    let parent_note = parent_note(&i18n, &choices, field(|c, v| c.parent = v));
    // Made on a teacher's own computer, the code names an address that
    // only that computer opens.
    let local = web_sys::window()
        .map(|w| w.location())
        .filter(|l| l.hostname().is_ok_and(|h| snippet::only_this_computer(&h)))
        .and_then(|l| l.origin().ok());
    html! {
        <section class="embed-code" aria-labelledby="embed-code-title">
            <h3 id="embed-code-title">{i18n.t("editor-embed-title")}</h3>
            if let Some(origin) = local {
                <p class="parent-wrong" data-testid="embed-local">{i18n.f("editor-embed-local", &[("origin", origin.into())])}</p>
            }
            <label>{i18n.t("editor-embed-url")}{" "}
                <input type="text" value={choices.url.clone()} oninput={field(|c, v| c.url = v)} placeholder="lessons/week5.scn" spellcheck="false" />
            </label>
            <label>{i18n.t("editor-embed-id")}{" "}
                <input type="text" value={choices.id.clone()} oninput={field(|c, v| c.id = v)} placeholder="week5" spellcheck="false" maxlength="100" />
            </label>
            { parent_note }
            <p class="editor-help">{i18n.t(if choices.url.trim().is_empty() { "editor-embed-fragment" } else { "editor-embed-file" })}</p>
            <fieldset class="embed-what">
                <legend>{i18n.t("editor-embed-what")}</legend>
                <label><input type="radio" name="embed-what" checked={!choices.script} onchange={script_choice(false)} />{" "}{i18n.t("editor-embed-alone")}</label>
                <label><input type="radio" name="embed-what" checked={choices.script} onchange={script_choice(true)} />{" "}{i18n.t("editor-embed-script")}</label>
            </fieldset>
            <textarea class="snippet" readonly=true value={code.0.clone()} aria-label={i18n.t("editor-embed-title")} data-testid="embed-code" />
            <button onclick={on_copy} disabled={!props.valid}>{i18n.t("editor-copy")}</button>
            <span role="status">{ if *copied { i18n.t("share-copied") } else { String::new() } }</span>
            <Preview url={AttrValue::from(code.1.clone())} valid={props.valid} />
        </section>
    }
}

/// The `parent=` field, and what is wrong with it where it is typed.
fn parent_note(
    i18n: &I18n,
    choices: &UseStateHandle<Choices>,
    oninput: Callback<InputEvent>,
) -> Html {
    let checked = snippet::parent(&choices.parent);
    let wrong = matches!(checked, Parent::Wrong(_));
    let fix = match checked {
        Parent::Wrong(Some(origin)) => {
            let choices = choices.clone();
            let use_it = {
                let origin = origin.clone();
                Callback::from(move |_: MouseEvent| {
                    choices.set(Choices {
                        parent: origin.clone(),
                        ..(*choices).clone()
                    })
                })
            };
            html! { <button class="link" onclick={use_it} data-testid="parent-fix">{i18n.f("editor-parent-use", &[("origin", origin.as_str().into())])}</button> }
        }
        _ => Html::default(),
    };
    html! {
        <>
            <label>{i18n.t("editor-embed-parent")}{" "}
                <input type="text" value={choices.parent.clone()} {oninput} placeholder="https://moodle.your.school" spellcheck="false"
                    aria-invalid={wrong.to_string()} aria-describedby={wrong.then_some("parent-wrong")} />
            </label>
            if wrong {
                <p id="parent-wrong" class="parent-wrong" data-testid="parent-wrong">{i18n.t("editor-parent-wrong")}{" "}{fix}</p>
            }
        </>
    }
}

/// The code for the choices, and the preview's address.
fn make(i18n: &I18n, packed: &str, title: &str, choices: &Choices) -> (String, String) {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let origin = window
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let carry = match choices.url.trim() {
        "" => Carry::Fragment,
        url => Carry::Url(url.to_string()),
    };
    // A parent= that is not an origin is left out (the field says so).
    let parent = match snippet::parent(&choices.parent) {
        Parent::Origin(origin) => origin,
        _ => String::new(),
    };
    let id = choices.id.trim();
    let options = Options {
        id,
        parent: &parent,
    };
    let url = snippet::embed_url(&page, packed, &carry, &options);
    let preview = snippet::embed_url(&page, packed, &Carry::Fragment, &Options { id, parent: "" });
    if !choices.script {
        return (snippet::snippet(&url, title, None), preview);
    }
    let frame = match id {
        "" => "tcp-lesson".to_string(),
        id => format!(
            "tcp-{}",
            id.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect::<String>()
        ),
    };
    let words = ProgressWords {
        waiting: i18n.t("editor-script-waiting"),
        step: i18n.f(
            "editor-script-step",
            &[("step", "${m.step}".into()), ("steps", "${m.steps}".into())],
        ),
        finished: i18n.f(
            "editor-script-finished",
            &[
                ("passed", "${m.passed}".into()),
                ("failed", "${m.failed}".into()),
            ],
        ),
        complete: i18n.f("editor-script-complete", &[("hints", "${m.hints}".into())]),
    };
    let code = format!(
        "{}\n{}",
        snippet::snippet(&url, title, Some(&frame)),
        snippet::progress_script(&frame, &origin, title, &words)
    );
    (code, preview)
}

/// Props of [`Preview`].
#[derive(Properties, PartialEq)]
struct PreviewProps {
    url: AttrValue,
    valid: bool,
}

/// The lesson as a course page shows it, at the embed's size: loaded when
/// opened, and again on request (not at every keystroke).
#[function_component]
fn Preview(props: &PreviewProps) -> Html {
    let i18n = use_i18n();
    let shown = use_state(|| None::<AttrValue>);
    let toggle = {
        let (shown, url) = (shown.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            shown.set(if shown.is_some() {
                None
            } else {
                Some(url.clone())
            })
        })
    };
    let reload = {
        let (shown, url) = (shown.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| shown.set(Some(url.clone())))
    };
    let (width, height) = snippet::SIZE;
    let stale = shown.as_ref().is_some_and(|u| *u != props.url);
    html! {
        <div class="preview">
            <button onclick={toggle} aria-expanded={shown.is_some().to_string()} disabled={!props.valid || props.url.is_empty()}>
                {i18n.f("editor-preview", &[("width", width.into()), ("height", height.into())])}
            </button>
            if let Some(url) = &*shown {
                if stale {
                    {" "}<button onclick={reload}>{i18n.t("editor-preview-again")}</button>
                }
                <div class="preview-frame">
                    <iframe src={url.clone()} width={width.to_string()} height={height.to_string()}
                        title={i18n.t("editor-preview-title")} data-testid="embed-preview" />
                </div>
            }
        </div>
    }
}
