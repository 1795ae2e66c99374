//! What the page does as it opens: a bundled lesson named by `?lesson=`,
//! a share link or a lesson named in the fragment, else the session saved
//! in this browser; then any problem with the address.

use crate::embed::EmbedConfig;
use crate::i18n::{Part, Text};
use crate::lessons::{by_name, Target};
use crate::share;
use crate::state::{Action, LessonSource, Notice, Source};
use crate::storage::Saved;
use tcp_engine::limits::shorten;
use yew::prelude::*;

/// One thing the page does as it opens.
enum Start {
    /// An action.
    Act(Action),
    /// A lesson at this address, fetched first.
    Lesson(String),
    /// A share link's session, or a lesson carried whole in the address,
    /// unpacked first.
    Packed {
        /// The fragment's value.
        code: String,
        /// A lesson (`#lesson-text=`), not a session (`#s=`).
        lesson: bool,
    },
}

/// What the page opens with: a bundled lesson named by `?lesson=`, a share
/// link or a lesson named in the fragment, else the session saved in this
/// browser (not when embedded: many iframes on one course page would
/// overwrite each other's sessions).
fn initial_actions(embed: &EmbedConfig) -> Vec<Start> {
    let mut actions = Vec::new();
    let error = |text: Text| Start::Act(Action::Notify(Notice { error: true, text }));
    let location = web_sys::window().map(|w| w.location());
    if let Some(value) = &embed.lesson {
        let origin = location
            .as_ref()
            .and_then(|l| l.origin().ok())
            .unwrap_or_default();
        actions.push(match crate::lessons::target(value, &origin) {
            Ok(Target::Bundled(bundled)) => Start::Lesson(bundled.path()),
            Ok(Target::Url(url)) => Start::Lesson(url),
            Err(key) => error(Text::msg(key, vec![("value", shorten(value).into())])),
        });
        // Where an LMS kept the student: once the lesson has opened.
        if let Some(place) = &embed.resume {
            actions.push(Start::Act(Action::ResumeLesson(place.clone())));
        }
    }
    let hash = location.and_then(|l| l.hash().ok()).unwrap_or_default();
    if let Some(code) = hash.strip_prefix(share::PREFIX) {
        actions.push(Start::Packed {
            code: code.to_string(),
            lesson: false,
        });
    } else if let Some(code) = hash.strip_prefix(share::LESSON_PREFIX) {
        actions.push(Start::Packed {
            code: code.to_string(),
            lesson: true,
        });
    } else if let Some(name) = hash.strip_prefix("#lesson=") {
        actions.push(match by_name(name) {
            Some(bundled) => Start::Lesson(bundled.path()),
            None => error(Text::msg(
                "notice-no-lesson",
                vec![("name", shorten(name).into())],
            )),
        });
    } else if !embed.embed && embed.lesson.is_none() {
        match crate::storage::saved() {
            Saved::Nothing => {}
            Saved::Session(text) => {
                crate::storage::replaying(true);
                actions.push(Start::Act(Action::Restore(Source::Saved, text)));
            }
            // Its last replay never finished (a crash, or too long for this
            // device): start clean, and keep it one click away.
            Saved::Unfinished(_) => {
                actions.push(Start::Act(Action::Reset(crate::app::fresh_seed())));
                actions.push(Start::Act(Action::Notify(Notice {
                    error: true,
                    text: Text::key("notice-unfinished"),
                })));
            }
        }
    }
    actions
}

/// What a packed fragment opens: its session or lesson, or why it cannot.
async fn unpacked(code: &str, lesson: bool) -> Action {
    match (share::decode_in_browser(code).await, lesson) {
        (Ok(text), false) => Action::Restore(Source::Link, text),
        (Ok(text), true) => Action::LoadLesson(LessonSource::text(text)),
        (Err(why), lesson) => Action::Notify(Notice {
            error: true,
            text: Text::msg(
                if lesson {
                    "notice-lesson-link-unreadable"
                } else {
                    "notice-share-unreadable"
                },
                vec![("why", why.into())],
            ),
        }),
    }
}

/// Runs the page's opening actions once.
#[hook]
pub fn use_startup(
    embed_setup: &std::rc::Rc<(EmbedConfig, Vec<Text>)>,
    dispatch: &Callback<Action>,
    audience: &std::rc::Rc<super::Audience>,
) {
    let dispatch = dispatch.clone();
    let embed_setup = embed_setup.clone();
    let audience = audience.clone();
    use_effect_with((), move |_| {
        let (embed, problems) = &*embed_setup;
        audience.post(None, &[("type", "ready".into())]);
        let starts = initial_actions(embed);
        let problems = problems.clone();
        wasm_bindgen_futures::spawn_local(async move {
            for start in starts {
                match start {
                    Start::Act(action) => dispatch.emit(action),
                    Start::Lesson(url) => dispatch.emit(crate::lessons::load(url).await),
                    Start::Packed { code, lesson } => dispatch.emit(unpacked(&code, lesson).await),
                }
            }
            // Last: loading a session or a lesson would replace the message.
            if !problems.is_empty() {
                dispatch.emit(Action::Notify(Notice {
                    error: true,
                    text: Text::msg("notice-address", vec![("problem", Part::List(problems))]),
                }));
            }
        });
    });
}
