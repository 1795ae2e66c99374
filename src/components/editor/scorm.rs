//! "Download for an LMS (SCORM 1.2)": the lesson, the playground's own
//! files, a launch page, `imsmanifest.xml` and an adapter that reports to
//! the LMS, zipped in the browser. The zip maker (`static/scorm.js`) is a
//! file of its own, fetched the first time a teacher asks for a package
//! (`static/editor.js` names it), so the editor's first load never carries
//! it.

use crate::i18n::{use_i18n, I18n};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Props of [`Scorm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The lesson's text.
    pub text: AttrValue,
    /// Its title (empty: none).
    pub title: AttrValue,
    /// The text parses (otherwise there is nothing to package yet).
    pub valid: bool,
}

/// What the pass mark field holds: nothing (the LMS is told "completed"),
/// a percentage, or something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassMark {
    /// No pass mark.
    None,
    /// Passed at this percentage or more.
    Percent(u8),
    /// Not a whole number from 0 to 100.
    Wrong,
}

/// Reads the pass mark as typed (`70`, `70 %`).
pub fn pass_mark(typed: &str) -> PassMark {
    let typed = typed.trim().trim_end_matches('%').trim();
    if typed.is_empty() {
        return PassMark::None;
    }
    match typed.parse::<u8>() {
        Ok(n) if typed.bytes().all(|b| b.is_ascii_digit()) && n <= 100 => PassMark::Percent(n),
        _ => PassMark::Wrong,
    }
}

/// The package's file name: `my-lesson-scorm12.zip`.
pub fn zip_name(title: &str) -> String {
    let lesson = super::file_name(title);
    format!("{}-scorm12.zip", lesson.trim_end_matches(".scn"))
}

/// The package's button, its pass mark and what became of the last try.
#[function_component]
pub fn Scorm(props: &Props) -> Html {
    let i18n = use_i18n();
    let typed = use_state(String::new);
    // (an error, what to say) about the last package.
    let said = use_state(|| None::<(bool, String)>);
    let busy = use_state(|| false);
    let mark = pass_mark(&typed);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let on_click = {
        let (said, busy, i18n) = (said.clone(), busy.clone(), i18n.clone());
        let (text, title) = (props.text.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| {
            let (said, busy, i18n) = (said.clone(), busy.clone(), i18n.clone());
            let (text, title) = (text.clone(), title.clone());
            busy.set(true);
            said.set(Some((false, i18n.t("editor-scorm-making"))));
            wasm_bindgen_futures::spawn_local(async move {
                let name = zip_name(&title);
                match make(&i18n, &text, &title, mark).await {
                    Ok(bytes) => {
                        crate::export::download_bytes(&name, "application/zip", &bytes);
                        let size = megabytes(bytes.len());
                        said.set(Some((
                            false,
                            i18n.f(
                                "editor-scorm-done",
                                &[("name", name.into()), ("size", size.into())],
                            ),
                        )));
                    }
                    Err(why) => said.set(Some((
                        true,
                        i18n.f("editor-scorm-failed", &[("why", why.into())]),
                    ))),
                }
                busy.set(false);
            });
        })
    };
    let wrong = mark == PassMark::Wrong;
    let (error, status) = (*said).clone().unwrap_or_default();
    html! {
        <section class="embed-code scorm" aria-labelledby="scorm-title">
            <h3 id="scorm-title">{i18n.t("editor-scorm-title")}</h3>
            <p class="editor-help">{i18n.t("editor-scorm-help")}</p>
            <label>{i18n.t("editor-scorm-pass")}{" "}
                <input type="text" inputmode="numeric" value={(*typed).clone()} oninput={on_input} placeholder={i18n.t("editor-scorm-pass-example")}
                    size="8" maxlength="5" spellcheck="false" data-testid="scorm-pass"
                    aria-invalid={wrong.to_string()} aria-describedby="scorm-pass-note" />
            </label>
            <p id="scorm-pass-note" class={classes!("editor-help", wrong.then_some("parent-wrong"))}>
                {i18n.t(match mark {
                    PassMark::None => "editor-scorm-pass-none",
                    PassMark::Percent(_) => "editor-scorm-pass-some",
                    PassMark::Wrong => "editor-scorm-pass-wrong",
                })}
            </p>
            <button onclick={on_click} disabled={!props.valid || *busy || wrong} data-testid="scorm-download">
                {i18n.t("editor-scorm-download")}
            </button>
            <p role="status" class={classes!("editor-status", error.then_some("failed"))} data-testid="scorm-status">{status}</p>
        </section>
    }
}

/// Makes the package with the zip maker `static/editor.js` loads on demand.
async fn make(i18n: &I18n, text: &str, title: &str, mark: PassMark) -> Result<Vec<u8>, String> {
    let maker = js_sys::Reflect::get(&js_sys::global(), &"tcpScormPackage".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| "this page cannot make packages: reload it".to_string())?;
    let options = js_sys::Object::new();
    let set = |target: &js_sys::Object, key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(target, &key.into(), &value);
    };
    set(&options, "lesson", text.into());
    set(&options, "title", title.into());
    set(&options, "lang", i18n.lang().code().into());
    set(
        &options,
        "threshold",
        match mark {
            PassMark::Percent(n) => JsValue::from_f64(f64::from(n)),
            PassMark::None | PassMark::Wrong => JsValue::NULL,
        },
    );
    // The launch page's words, in the editor's language.
    let words = js_sys::Object::new();
    for (key, id) in [
        ("noLms", "scorm-no-lms"),
        ("refused", "scorm-refused"),
        ("frame", "scorm-frame"),
        ("untitled", "scorm-untitled"),
    ] {
        set(&words, key, i18n.t(id).into());
    }
    set(&options, "words", words.into());
    let promise = maker
        .call1(&JsValue::NULL, &options)
        .map_err(|e| why(&e))?
        .dyn_into::<js_sys::Promise>()
        .map_err(|e| why(&e))?;
    let zip = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| why(&e))?;
    Ok(js_sys::Uint8Array::new(&zip).to_vec())
}

/// `n` bytes in MB with one decimal (`0.7`), without float formatting
/// (its code would add about 13 KB to the editor).
pub fn megabytes(n: usize) -> String {
    let tenths = (n as u64 * 10 + (1 << 19)) >> 20;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// What a JavaScript error says.
fn why(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

#[cfg(test)]
mod tests {
    use super::{megabytes, pass_mark, zip_name, PassMark};

    #[test]
    fn the_pass_mark_is_a_whole_percentage_or_nothing() {
        assert_eq!(pass_mark(""), PassMark::None);
        assert_eq!(pass_mark(" 70 "), PassMark::Percent(70));
        assert_eq!(pass_mark("70 %"), PassMark::Percent(70));
        assert_eq!(pass_mark("0"), PassMark::Percent(0));
        assert_eq!(pass_mark("100"), PassMark::Percent(100));
        for wrong in ["101", "-5", "7.5", "+7", "seventy", "1e2"] {
            assert_eq!(pass_mark(wrong), PassMark::Wrong, "{wrong}");
        }
    }

    #[test]
    fn sizes_are_in_megabytes_with_one_decimal() {
        assert_eq!(megabytes(772_816), "0.7");
        assert_eq!(megabytes(0), "0.0");
        assert_eq!(megabytes(1_048_576 * 3 / 2), "1.5");
        assert_eq!(megabytes(1_048_576 * 12), "12.0");
    }

    #[test]
    fn the_package_is_named_after_the_lesson() {
        assert_eq!(zip_name("My First Lesson!"), "my-first-lesson-scorm12.zip");
        assert_eq!(zip_name(""), "lesson-scorm12.zip");
    }
}
