//! "Embed code": the iframe snippet for the lesson, with the optional
//! address of its file, the iframe's `id=` and the course site's `parent=`.
//! It is packed (a deflate of the whole text) once typing pauses, so that a
//! keystroke stays cheap on a 500-line lesson.

use super::snippet::{self, Carry, Options};
use crate::i18n::use_i18n;
use tcp_engine::scenario;
use yew::prelude::*;

/// How long typing must pause before the code is packed again, in ms.
pub const PAUSE_MS: u32 = 300;

/// Props of [`EmbedCode`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The lesson's text.
    pub text: AttrValue,
    /// The text parses (otherwise there is nothing to embed yet).
    pub valid: bool,
}

/// The embed code and its options.
#[function_component]
pub fn EmbedCode(props: &Props) -> Html {
    let i18n = use_i18n();
    let (url, id, parent) = (
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    );
    let copied = use_state(|| false);
    let code = use_state(String::new);
    {
        let code = code.clone();
        let options = ((*url).clone(), (*id).clone(), (*parent).clone());
        use_effect_with(
            (props.text.clone(), options),
            move |(text, (url, id, parent))| {
                let (text, url, id, parent) =
                    (text.clone(), url.clone(), id.clone(), parent.clone());
                let pause = gloo_timers::callback::Timeout::new(PAUSE_MS, move || {
                    let carry = match url.trim() {
                        "" => Carry::Fragment,
                        url => Carry::Url(url.to_string()),
                    };
                    let options = Options {
                        id: id.trim(),
                        parent: parent.trim(),
                    };
                    code.set(embed_code(&text, &carry, &options));
                });
                move || drop(pause)
            },
        );
    }
    {
        let copied = copied.clone();
        use_effect_with((*code).clone(), move |_| copied.set(false));
    }
    let field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.set(input.value());
        })
    };
    let on_copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(crate::clipboard::copy(&code).await);
            });
        })
    };
    html! {
        <section class="embed-code" aria-labelledby="embed-code-title">
            <h3 id="embed-code-title">{i18n.t("editor-embed-title")}</h3>
            <label>{i18n.t("editor-embed-url")}{" "}
                <input type="text" value={(*url).clone()} oninput={field(&url)} placeholder="lessons/week5.scn" spellcheck="false" />
            </label>
            <label>{i18n.t("editor-embed-id")}{" "}
                <input type="text" value={(*id).clone()} oninput={field(&id)} placeholder="week5" spellcheck="false" maxlength="100" />
            </label>
            <label>{i18n.t("editor-embed-parent")}{" "}
                <input type="text" value={(*parent).clone()} oninput={field(&parent)} placeholder="https://moodle.your.school" spellcheck="false" />
            </label>
            <p class="editor-help">{i18n.t(if url.trim().is_empty() { "editor-embed-fragment" } else { "editor-embed-file" })}</p>
            <textarea class="snippet" readonly=true value={(*code).clone()} aria-label={i18n.t("editor-embed-title")} data-testid="embed-code" />
            <button onclick={on_copy} disabled={!props.valid}>{i18n.t("editor-copy")}</button>
            <span role="status">{ if *copied { i18n.t("share-copied") } else { String::new() } }</span>
        </section>
    }
}

/// The iframe snippet for the lesson `text`, opening the playground beside
/// this page.
fn embed_code(text: &str, carry: &Carry, options: &Options) -> String {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let title = scenario::parse(text)
        .ok()
        .and_then(|s| s.title().map(str::to_string))
        .unwrap_or_default();
    snippet::snippet(&snippet::embed_url(&page, text, carry, options), &title)
}
