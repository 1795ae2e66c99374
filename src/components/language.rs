//! The language menu, and the hook that keeps the chosen language: from
//! `?lang=`, else the student's last choice, else the browser's languages,
//! else English. Catalogs other than English are fetched when chosen.

use crate::i18n::{use_i18n, I18n, Lang, Later, RFC_FILE};
use crate::storage::storage;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the student's choice is kept.
const LANG_KEY: &str = "tcp-playground/lang";

fn stored() -> Option<Lang> {
    Lang::from_tag(&storage()?.get_item(LANG_KEY).ok()??)
}

/// The browser's preferred languages, best first.
fn browser_tags() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The page's language and the languages lessons are read in: `?lang=`,
/// else the student's last choice, else the browser's languages (the
/// first the playground has for its words, all of them for lessons, so a
/// French browser reads a lesson's `say fr` beside English buttons), else
/// English.
fn initial(tag: Option<&str>, embedded: bool) -> (Lang, Rc<[String]>) {
    if let Some(tag) = tag {
        return (
            Lang::from_tag(tag).unwrap_or(Lang::En),
            Rc::from([tag.to_string()]),
        );
    }
    if let Some(lang) = (!embedded).then(stored).flatten() {
        return (lang, Rc::from([lang.code().to_string()]));
    }
    let tags = browser_tags();
    let lang = tags
        .iter()
        .find_map(|t| Lang::from_tag(t))
        .unwrap_or(Lang::En);
    (lang, tags.into())
}

/// Marks the page's language, for screen readers and fonts.
fn set_page_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// A `?lang=` in the address follows the student's choice, so a reload
/// keeps it.
fn update_address(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    if url.search_params().has("lang") {
        url.search_params().set("lang", lang.code());
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
        }
    }
}

/// Fetches what `lang` needs beyond the built-in English words: its own
/// words, its rules and reasons, English rules as the fallback, and the
/// RFC sentences. Whatever cannot be had (offline, say) stays English or
/// absent; the page works without it.
async fn fetch_catalogs(lang: Lang) -> I18n {
    let parse = |lang: Lang, text: Option<String>| text.map(|t| I18n::read(lang, &t));
    let ui = match lang {
        Lang::En => None,
        _ => parse(lang, crate::fetch::text(lang.ui_file()).await),
    };
    let rules = parse(lang, crate::fetch::text(lang.rules_file()).await);
    let en_rules = match lang {
        Lang::En => rules.clone(),
        _ => parse(Lang::En, crate::fetch::text(Lang::En.rules_file()).await),
    };
    let rfc = parse(Lang::En, crate::fetch::text(RFC_FILE).await);
    let lessons = match lang.lessons_file() {
        Some(file) => parse(lang, crate::fetch::text(file).await),
        None => None,
    };
    // The later parts' styles come with their words, which they wait for.
    crate::components::lazy::load_styles().await;
    let later = Later {
        rules,
        en_rules,
        rfc,
        lessons,
        fetched: true,
    };
    // A language whose words could not be fetched is shown in English.
    match (lang, &ui) {
        (Lang::En, _) | (_, Some(_)) => I18n::new(lang, ui, later),
        (_, None) => I18n::new(Lang::En, None, later),
    }
}

/// The language on screen, and a callback that changes it. `tag` is
/// `?lang=`'s value, if any.
#[hook]
pub fn use_language(tag: Option<String>, embedded: bool) -> (I18n, Callback<Lang>) {
    let wanted = use_state(|| initial(tag.as_deref(), embedded));
    let i18n = use_state(I18n::english);
    // The newest wish: a slow catalog must not override a later choice.
    let latest = use_mut_ref(|| Lang::En);
    {
        let i18n = i18n.clone();
        let latest: Rc<RefCell<Lang>> = latest.clone();
        use_effect_with((*wanted).clone(), move |(lang, narration)| {
            let (lang, narration) = (*lang, narration.clone());
            *latest.borrow_mut() = lang;
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = fetch_catalogs(lang).await.with_narration(narration);
                if *latest.borrow() == lang {
                    set_page_lang(loaded.lang());
                    i18n.set(loaded);
                }
            });
        });
    }
    let choose = {
        let wanted = wanted.clone();
        Callback::from(move |lang: Lang| {
            if !embedded {
                if let Some(s) = storage() {
                    let _ = s.set_item(LANG_KEY, lang.code());
                }
            }
            update_address(lang);
            wanted.set((lang, Rc::from([lang.code().to_string()])));
        })
    };
    ((*i18n).clone(), choose)
}

/// Props of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called with the language the student picks.
    pub on_choose: Callback<Lang>,
}

/// The language menu, each language named in itself.
#[function_component]
pub fn LanguagePicker(props: &Props) -> Html {
    let i18n = use_i18n();
    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                on_choose.emit(lang);
            }
        })
    };
    html! {
        <label class="lang-picker">
            <span class="visually-hidden">{i18n.t("lang-label")}</span>
            <select {onchange} data-testid="language">
                { for Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.code()} selected={*lang == i18n.lang()} lang={lang.code()}>{lang.native_name()}</option>
                }) }
            </select>
        </label>
    }
}
