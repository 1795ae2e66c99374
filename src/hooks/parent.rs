//! Messages to the page that embeds the playground (see the README's
//! "Tracking progress"): state changes, signals, a lesson's progress and
//! checks, a lesson finished and a challenge completed. Every message
//! carries `source: "tcp-playground"`, the instance's `id` (from `?id=`)
//! and the lesson's name (its address, else its title).

use crate::components::lazy::installed;
use crate::embed::EmbedConfig;
use crate::state::{AppState, Lesson};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// Who the messages are for: the instance's id, and the only origin that
/// may read them (`None`: any embedding page).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audience {
    id: Option<String>,
    origin: Option<String>,
}

impl Audience {
    /// As `?id=` and `?parent=` ask.
    pub fn of(embed: &EmbedConfig) -> Audience {
        Audience {
            id: embed.id.clone(),
            origin: embed.parent.clone(),
        }
    }

    /// Posts a message to the embedding page, if there is one.
    pub fn post(&self, lesson: Option<&Lesson>, fields: &[(&str, JsValue)]) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        if parent == window {
            return;
        }
        let message = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(&message, &key.into(), value);
        };
        set("source", &"tcp-playground".into());
        if let Some(id) = &self.id {
            set("id", &id.into());
        }
        if let Some(lesson) = lesson {
            set("lesson", &lesson.name().into());
            set("title", &lesson.title.text.as_str().into());
        }
        for (key, value) in fields {
            set(key, value);
        }
        // Without `?parent=`, any page may embed the playground and read
        // these; they say what happened in the lesson, nothing the student wrote.
        let _ = parent.post_message(&message, self.origin.as_deref().unwrap_or("*"));
    }
}

/// What has been told already, so that each thing is told once.
#[derive(Default)]
pub struct Told {
    session: u32,
    trace: usize,
    cursor: usize,
    steps: usize,
    /// The lesson told about (by its script's address), and how far.
    lesson: usize,
    step: usize,
    checks: usize,
    /// Questions answered.
    answers: usize,
    finished: bool,
    completed: bool,
    /// The last place told (`resume` messages).
    place: String,
}

/// Tells an embedding page what happened since `told`, once each (run
/// for [`crate::state::Effect::Tell`]).
pub fn tell(state: &AppState, audience: &Audience, told: &mut Told) {
    tell_events(state, audience, told);
    if let (Some(lesson), Some(tell)) = (&state.lesson, installed(TELL_LESSON)) {
        tell(lesson, audience, told);
    }
}

/// Tells about a lesson: [`tell_lesson`].
pub type TellLesson = fn(&Lesson, &Audience, &mut Told);

crate::installed!(
    /// [`tell_lesson`]: only the sessions chunk opens a lesson.
    pub TELL_LESSON: TellLesson = tell_lesson
);

/// State changes and signals new since the last time.
fn tell_events(state: &AppState, audience: &Audience, told: &mut Told) {
    let trace = state.sim.trace();
    let (cursor, steps) = (state.cursor, state.timeline.len());
    // Undo, redo and jumps revisit history: nothing new happened, so
    // nothing is reported (and nothing old is walked through again).
    let travelled = steps == told.steps && cursor != told.cursor;
    if told.session != state.session_id || travelled || trace.len() < told.trace {
        // A new or restored session, or time travel: report from here on.
        told.session = state.session_id;
        told.trace = trace.len();
    }
    (told.cursor, told.steps) = (cursor, steps);
    let lesson = state.lesson.as_deref();
    for entry in trace.iter_from(told.trace) {
        let time = JsValue::from_f64(entry.time.as_millis() as f64);
        match &entry.event {
            tcp_engine::sim::Event::StateChanged { side, from, to } => audience.post(
                lesson,
                &[
                    ("type", "state".into()),
                    ("side", side.name().into()),
                    ("from", from.name().into()),
                    ("to", to.name().into()),
                    ("timeMs", time),
                ],
            ),
            tcp_engine::sim::Event::Signal { side, signal } => audience.post(
                lesson,
                &[
                    ("type", "signal".into()),
                    ("side", side.name().into()),
                    ("text", signal.text().into()),
                    ("timeMs", time),
                ],
            ),
            _ => {}
        }
    }
    told.trace = trace.len();
}

/// What a failed check expected, without what it found instead: that can
/// be what the student typed (data sent, a segment's fields), and nothing
/// the student typed leaves the page. A message that is not "expected …,
/// found …" says nothing.
fn expected_only(message: &str) -> Option<&str> {
    message.split_once(", found ").map(|(expected, _)| expected)
}

/// A lesson's start, steps, checks, end and completion, each once (going
/// back in time and forward again tells nothing new).
pub fn tell_lesson(lesson: &Lesson, audience: &Audience, told: &mut Told) {
    let key = Rc::as_ptr(&lesson.script) as usize;
    let (step, steps) = lesson.progress();
    let num = |n: usize| JsValue::from_f64(n as f64);
    if told.lesson != key {
        *told = Told {
            lesson: key,
            step,
            checks: lesson.checks.len(),
            answers: lesson.answers.len(),
            finished: lesson.done,
            completed: lesson.completed,
            ..std::mem::take(told)
        };
        let kind = if lesson.is_challenge() {
            "challenge"
        } else {
            "lesson"
        };
        audience.post(
            Some(lesson),
            &[
                ("type", "lesson-start".into()),
                ("kind", kind.into()),
                ("step", num(step)),
                ("steps", num(steps)),
                ("questions", num(lesson.score().questions)),
            ],
        );
    }
    if step > told.step {
        told.step = step;
        audience.post(
            Some(lesson),
            &[
                ("type", "lesson-step".into()),
                ("step", num(step)),
                ("steps", num(steps)),
            ],
        );
    }
    for checked in lesson.checks.iter().skip(told.checks) {
        // The check as written, so a page need not read the lesson's file.
        let text = lesson
            .script
            .statements
            .iter()
            .find(|s| s.line == checked.line)
            .map(|s| s.kind.to_string())
            .unwrap_or_default();
        let mut fields = vec![
            ("type", "check".into()),
            ("line", num(checked.line)),
            ("text", text.into()),
            ("goal", checked.goal.into()),
            ("passed", checked.outcome.is_ok().into()),
        ];
        if let Err(mismatch) = &checked.outcome {
            let message = mismatch.to_string();
            if let Some(expected) = expected_only(&message) {
                fields.push(("message", expected.to_string().into()));
            }
        }
        audience.post(Some(lesson), &fields);
    }
    told.checks = told.checks.max(lesson.checks.len());
    // Right or wrong, never the answer itself (the student wrote it).
    for answered in lesson.answers.iter().skip(told.answers) {
        audience.post(
            Some(lesson),
            &[
                ("type", "question".into()),
                ("line", num(answered.line)),
                ("right", answered.is_right().into()),
            ],
        );
    }
    told.answers = told.answers.max(lesson.answers.len());
    if lesson.done && !told.finished {
        told.finished = true;
        let failed = lesson.checks.iter().filter(|c| c.outcome.is_err()).count();
        audience.post(
            Some(lesson),
            &[
                ("type", "lesson-finished".into()),
                ("passed", num(lesson.checks.len() - failed)),
                ("failed", num(failed)),
            ],
        );
        let score = lesson.score();
        if score.questions > 0 {
            audience.post(
                Some(lesson),
                &[
                    ("type", "score".into()),
                    ("right", num(score.right)),
                    ("answered", num(score.answered)),
                    ("questions", num(score.questions)),
                    ("hints", num(score.hints)),
                ],
            );
        }
    }
    // Where the student is, with the answers given: only to the origin
    // named by `parent=` (an LMS's page keeps it to bring the student back).
    if audience.origin.is_some() {
        let place = lesson.place();
        if place != told.place {
            audience.post(
                Some(lesson),
                &[("type", "resume".into()), ("data", place.as_str().into())],
            );
            told.place = place;
        }
    }
    if lesson.completed && !told.completed {
        told.completed = true;
        audience.post(
            Some(lesson),
            &[
                ("type", "challenge-complete".into()),
                ("hints", num(lesson.hints_shown)),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::expected_only;

    #[test]
    fn a_failed_checks_message_keeps_only_what_was_expected() {
        let typed = r#"expected server received "hello", found "SECRET-the-student-typed""#;
        assert_eq!(
            expected_only(typed),
            Some(r#"expected server received "hello""#)
        );
        let wire =
            r#"expected wire empty, found 1 in flight (oldest: client→server ACK data="SECRET")"#;
        assert_eq!(expected_only(wire), Some("expected wire empty"));
        // A line that could not run says nothing it might have quoted.
        assert_eq!(expected_only("no segment number 3 is in flight"), None);
    }
}
