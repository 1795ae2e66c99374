//! The root component: lays out the screen and owns the effects (play
//! timer, saving to local storage, restoring on load).

use crate::components::composer::{Composer, Editing};
use crate::components::controls::{Controls, Export};
use crate::components::diagram::StateDiagram;
use crate::components::endpoint::EndpointPanel;
use crate::components::explain::Explain;
use crate::components::ladder::{covered_from, to_svg, Ladder, TraceRef};
use crate::components::language::{use_language, LanguagePicker};
use crate::components::lesson::LessonBar;
use crate::components::log::EventLog;
use crate::components::settings::Settings;
use crate::components::share_box::ShareBox;
use crate::components::skip::SkipLinks;
use crate::components::tabs::{ViewTabs, PANEL_ID};
use crate::components::text_size::TextSize;
use crate::components::wire::Wire;
use crate::embed::{self, EmbedConfig};
use crate::i18n::{use_i18n, Part, Text};
use crate::lessons::by_name;
use crate::share;
use crate::state::{Action, AppState, Notice, Source, SPEEDS};
use crate::storage::Saved;
use gloo_timers::callback::{Interval, Timeout};
use std::time::Duration;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{BySide, Side};
use tcp_engine::{Segment, State};
use yew::prelude::*;

/// Play mode advances the clock this often (real time).
const TICK_MS: u32 = 50;
/// Sessions longer than this ask before a reset throws them away.
const CONFIRM_RESET_AFTER: usize = 12;

fn fresh_seed() -> u32 {
    // The UI may use the browser's randomness; the engine gets it as a seed.
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Rows of the ladder a PNG export holds.
const PNG_ROWS: u32 = 600;

/// Offers bytes as a file download (a Blob: no size limit of data URLs).
fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    click_link(name, &url);
    // Revoked later: the browser fetches the Blob after the click returns.
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

fn click_link(name: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", href);
        let _ = a.set_attribute("download", name);
        if let Some(a) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&a) {
            a.click();
        }
    }
}

/// Draws an SVG on a canvas and offers it as a PNG download.
fn download_png(name: &'static str, svg: &str, width: u32, height: u32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlCanvasElement>(c).ok())
    else {
        return;
    };
    canvas.set_width(width);
    canvas.set_height(height);
    let loaded = image.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let context = canvas.get_context("2d").ok().flatten().and_then(|c| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::CanvasRenderingContext2d>(c).ok()
        });
        if let Some(context) = context {
            let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
            if let Ok(url) = canvas.to_data_url_with_type("image/png") {
                click_link(name, &url);
            }
        }
    });
    image.set_onload(Some(wasm_bindgen::JsCast::unchecked_ref(&onload)));
    // A data: URL, which the page's Content-Security-Policy allows for images.
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    ));
}

/// Each side's last state transition, searched from the newest event back
/// (a bounded search: on a long quiet session the answer may be "none").
fn last_transitions(sim: &tcp_engine::sim::Sim) -> BySide<Option<(State, State)>> {
    let mut last: BySide<Option<(State, State)>> = BySide::default();
    for entry in sim.trace().iter().rev().take(20_000) {
        if let tcp_engine::sim::Event::StateChanged { side, from, to } = entry.event {
            if last[side].is_none() {
                last[side] = Some((from, to));
            }
            if last.iter().all(|(_, t)| t.is_some()) {
                break;
            }
        }
    }
    last
}

/// One thing the page does as it opens.
enum Start {
    /// An action.
    Act(Action),
    /// A bundled lesson, fetched first.
    Lesson(&'static crate::lessons::Bundled),
}

/// What the page opens with: a bundled lesson named by `?lesson=`, a share
/// link or a lesson named in the fragment, else the session saved in this
/// browser (not when embedded: many iframes on one course page would
/// overwrite each other's sessions).
fn initial_actions(embed: &EmbedConfig) -> Vec<Start> {
    let mut actions = Vec::new();
    let error = |text: Text| Start::Act(Action::Notify(Notice { error: true, text }));
    if let Some(name) = &embed.lesson {
        actions.push(match by_name(name) {
            Some(bundled) => Start::Lesson(bundled),
            None => error(Text::msg(
                "param-lesson",
                vec![("value", name.as_str().into())],
            )),
        });
    }
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if let Some(code) = hash.strip_prefix(share::PREFIX) {
        actions.push(match share::decode(code) {
            Ok(text) => Start::Act(Action::Restore(Source::Link, text)),
            Err(why) => error(Text::msg(
                "notice-share-unreadable",
                vec![("why", why.into())],
            )),
        });
    } else if let Some(name) = hash.strip_prefix("#lesson=") {
        actions.push(match by_name(name) {
            Some(bundled) => Start::Lesson(bundled),
            None => error(Text::msg("notice-no-lesson", vec![("name", name.into())])),
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
                actions.push(Start::Act(Action::Reset(fresh_seed())));
                actions.push(Start::Act(Action::Notify(Notice {
                    error: true,
                    text: Text::key("notice-unfinished"),
                })));
            }
        }
    }
    actions
}

/// Posts a message to the page that embeds the playground, if any.
fn post_to_parent(fields: &[(&str, wasm_bindgen::JsValue)]) {
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
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"tcp-playground".into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*key).into(), value);
    }
    // The messages carry nothing private, so any embedding origin may read them.
    let _ = parent.post_message(&message, "*");
}

/// What the page's address asks for, read once.
#[hook]
fn use_embed_setup() -> std::rc::Rc<(EmbedConfig, Vec<Text>)> {
    use_memo((), |_| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        embed::parse(&search)
    })
}

/// The page: the chosen language around the playground.
#[function_component]
pub fn App() -> Html {
    let embed_setup = use_embed_setup();
    let (i18n, choose) = use_language(embed_setup.0.lang, embed_setup.0.embed);
    html! {
        <ContextProvider<crate::i18n::I18n> context={i18n}>
            <Playground on_language={choose} />
        </ContextProvider<crate::i18n::I18n>>
    }
}

/// Props of [`Playground`].
#[derive(Properties, PartialEq)]
struct PlaygroundProps {
    /// The student picks a language.
    on_language: Callback<crate::i18n::Lang>,
}

/// The playground.
#[function_component]
fn Playground(props: &PlaygroundProps) -> Html {
    let i18n = use_i18n();
    let state = use_reducer(|| AppState::new(fresh_seed()));
    let embed_setup = use_embed_setup();
    let embed: &EmbedConfig = &embed_setup.0;
    let editing = use_state(|| None::<Editing>);
    // In `mode=readonly` only watching and stepping the lesson get through.
    let readonly = embed.readonly;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| {
            if !readonly || a.allowed_when_readonly() {
                state.dispatch(a)
            }
        })
    };

    // On load: a share link or a lesson named in the URL wins; otherwise
    // the session saved in this browser comes back (not when embedded: many
    // iframes on one course page would overwrite each other's sessions).
    {
        let dispatch = dispatch.clone();
        let embed_setup = embed_setup.clone();
        use_effect_with((), move |_| {
            let (embed, problems) = &*embed_setup;
            post_to_parent(&[("type", "ready".into())]);
            let starts = initial_actions(embed);
            let problems = problems.clone();
            wasm_bindgen_futures::spawn_local(async move {
                for start in starts {
                    match start {
                        Start::Act(action) => dispatch.emit(action),
                        Start::Lesson(bundled) => {
                            dispatch.emit(crate::lessons::load(bundled).await)
                        }
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
    // Tell an embedding page what happened: state changes, signals, and a
    // challenge completed.
    {
        // (session, trace length reported, challenge completed, cursor, steps)
        let posted = use_mut_ref(|| (0u32, 0usize, false, 0usize, 0usize));
        let state = state.clone();
        use_effect_with((state.session_id, state.sim.trace().len()), move |_| {
            let mut posted = posted.borrow_mut();
            let trace = state.sim.trace();
            let (cursor, steps) = (state.cursor, state.timeline.len());
            // Undo, redo and jumps revisit history: nothing new happened, so
            // nothing is reported (and nothing old is walked through again).
            let travelled = steps == posted.4 && cursor != posted.3;
            if posted.0 != state.session_id || travelled || trace.len() < posted.1 {
                // A new or restored session, or time travel: report from here on.
                *posted = (state.session_id, trace.len(), posted.2, cursor, steps);
            }
            posted.3 = cursor;
            posted.4 = steps;
            for entry in trace.iter_from(posted.1) {
                let time = wasm_bindgen::JsValue::from_f64(entry.time.as_millis() as f64);
                match &entry.event {
                    tcp_engine::sim::Event::StateChanged { side, from, to } => post_to_parent(&[
                        ("type", "state".into()),
                        ("side", side.name().into()),
                        ("from", from.name().into()),
                        ("to", to.name().into()),
                        ("timeMs", time),
                    ]),
                    tcp_engine::sim::Event::Signal { side, signal } => post_to_parent(&[
                        ("type", "signal".into()),
                        ("side", side.name().into()),
                        ("text", signal.text().into()),
                        ("timeMs", time),
                    ]),
                    _ => {}
                }
            }
            posted.1 = trace.len();
            let completed = state.lesson.as_ref().is_some_and(|l| l.completed);
            if completed && !posted.2 {
                let title = state
                    .lesson
                    .as_ref()
                    .map(|l| l.title.text.clone())
                    .unwrap_or_default();
                post_to_parent(&[
                    ("type", "challenge-complete".into()),
                    ("title", title.into()),
                ]);
            }
            posted.2 = completed;
        });
    }
    // Embedded playgrounds keep nothing: many iframes on one course page
    // would overwrite each other and the student's own session.
    let persist = !embed.embed && embed.lesson.is_none();
    let earlier = crate::storage::use_autosave(&state, &dispatch, persist);
    let go_back = {
        let go_back = earlier.go_back.clone();
        Callback::from(move |_: MouseEvent| {
            crate::storage::replaying(true);
            go_back.emit(())
        })
    };
    // A replay that reached its end (and was drawn) may be replayed at the
    // next visit; one that crashed the page or was never finished is not.
    use_effect_with(
        (state.session_id, state.replay.is_some()),
        |(_, running)| {
            if !running {
                crate::storage::replaying(false);
            }
        },
    );
    // A long replay runs a slice at a time, giving the page back between.
    {
        let dispatch = dispatch.clone();
        let progress = state.busy().then(|| {
            (
                state.replay.as_ref().map(|r| r.next),
                state.long.as_ref().map(|l| l.events()),
            )
        });
        use_effect_with((state.session_id, progress), move |(_, progress)| {
            let next = progress.map(|_| Timeout::new(0, move || dispatch.emit(Action::Continue)));
            move || drop(next)
        });
    }
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Dismiss))
    };
    let stop_replay = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Stop))
    };
    // Play mode: move the simulated clock while playing.
    {
        let dispatch = dispatch.clone();
        let speed = SPEEDS[state.speed];
        use_effect_with((state.playing, state.speed), move |(playing, _)| {
            let interval = playing.then(|| {
                let step = Duration::from_secs_f64(f64::from(TICK_MS) / 1000.0 * speed);
                Interval::new(TICK_MS, move || dispatch.emit(Action::Tick(step)))
            });
            move || drop(interval)
        });
    }

    // Keyboard: Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo; Space
    // plays or pauses; N steps to the next event. Not while typing.
    {
        let dispatch = dispatch.clone();
        let playing = state.playing;
        let readonly = embed.readonly;
        use_effect_with(playing, move |playing| {
            let playing = *playing;
            let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(
                move |e: web_sys::KeyboardEvent| {
                    // Keys belong to the control that has focus: nothing while
                    // typing, and Space presses a focused button rather than
                    // starting Play. Ctrl+Z, Ctrl+Y and N are no control's keys.
                    let target = e
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
                    let typing = target.as_ref().is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || el.has_attribute("contenteditable")
                    });
                    let on_control = target.as_ref().is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY")
                            || el.has_attribute("tabindex")
                    });
                    if typing || readonly || (on_control && e.key() == " ") {
                        return;
                    }
                    let key = e.key();
                    let ctrl = e.ctrl_key() || e.meta_key();
                    let action = match key.as_str() {
                        "z" | "Z" if ctrl && e.shift_key() => Some(Action::Redo),
                        "z" if ctrl => Some(Action::Undo),
                        "y" if ctrl => Some(Action::Redo),
                        " " if !ctrl => Some(Action::SetPlaying(!playing)),
                        "n" if !ctrl => Some(Action::StepEvent),
                        _ => None,
                    };
                    if let Some(action) = action {
                        e.prevent_default();
                        dispatch.emit(action);
                    }
                },
            );
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "keydown",
                    wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                );
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "keydown",
                        wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                    );
                }
            }
        });
    }
    let on_reset = {
        let state = state.clone();
        let question = i18n.t("confirm-reset");
        Callback::from(move |_| {
            let long = state.session.len() > CONFIRM_RESET_AFTER;
            let sure = !long
                || web_sys::window()
                    .and_then(|w| w.confirm_with_message(&question).ok())
                    .unwrap_or(false);
            if sure {
                state.dispatch(Action::Reset(fresh_seed()));
            }
        })
    };
    let on_export = {
        let state = state.clone();
        let i18n = i18n.clone();
        Callback::from(move |what: Export| {
            let trace = TraceRef::of(&state);
            let numbering = Numbering::new(state.relative, &state.sim.snapshot());
            let now = state.sim.now();
            // An export that cannot hold the whole session says which part it has.
            let covers = |what: &'static str, first: u32| {
                let (from, partial) = covered_from(&trace, first);
                if partial {
                    state.dispatch(Action::Notify(Notice {
                        error: false,
                        text: Text::msg(
                            "notice-export-covers",
                            vec![
                                ("what", Text::key(what).into()),
                                ("from", crate::i18n::render::clock(from.as_millis()).into()),
                                ("to", crate::i18n::render::clock(now.as_millis()).into()),
                            ],
                        ),
                    }));
                }
            };
            match what {
                Export::Session => download_bytes(
                    "tcp-session.scn",
                    "text/plain",
                    state.session_text().as_bytes(),
                ),
                Export::LadderSvg => {
                    let (svg, ..) = to_svg(
                        &i18n,
                        &trace,
                        trace.base(),
                        &state.sim.wire().to_vec(),
                        now,
                        &numbering,
                    );
                    download_bytes("tcp-ladder.svg", "image/svg+xml", svg.as_bytes());
                    covers("export-what-svg", trace.base());
                }
                Export::LadderPng => {
                    // A canvas holds at most ~16,000 pixels a side: the PNG
                    // shows the latest rows; the SVG always has them all.
                    let first = (trace.rows.len() as u32)
                        .saturating_sub(PNG_ROWS)
                        .max(trace.base());
                    let (svg, w, h) = to_svg(
                        &i18n,
                        &trace,
                        first,
                        &state.sim.wire().to_vec(),
                        now,
                        &numbering,
                    );
                    download_png("tcp-ladder.png", &svg, w, h);
                    covers("export-what-png", first);
                }
                Export::Pcap => {
                    download_bytes(
                        "tcp-session.pcap",
                        "application/vnd.tcpdump.pcap",
                        &tcp_engine::packet::pcap(state.sim.trace().iter()),
                    );
                    covers("export-what-pcap", 0);
                }
            }
        })
    };
    let share_link = use_state(|| None::<String>);
    let diagram_tab = use_state(|| false);
    let choose_tab = {
        let diagram_tab = diagram_tab.clone();
        Callback::from(move |diagram: bool| diagram_tab.set(diagram))
    };
    let on_share = {
        let state = state.clone();
        let lang = i18n.lang();
        let share_link = share_link.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let href = window.location().href().unwrap_or_default();
            // The link opens in the language it was made in.
            let base = web_sys::Url::new(&href)
                .map(|url| {
                    url.search_params().set("lang", lang.code());
                    url.set_hash("");
                    url.href()
                })
                .unwrap_or_else(|_| href.split('#').next().unwrap_or_default().to_string());
            let base = base.trim_end_matches('#').to_string();
            let link = format!(
                "{base}{}{}",
                share::PREFIX,
                share::encode(&state.session_text())
            );
            // Not put in the address bar: a reload must open the student's
            // latest work, not the moment the link was made.
            share_link.set(Some(link));
        })
    };
    let on_import = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| {
            let dispatch = dispatch.clone();
            // Refused before it is read: a 50 MB file must not fill the memory.
            if file.size() > tcp_engine::limits::MAX_SCRIPT_BYTES as f64 {
                dispatch.emit(Action::Notify(Notice {
                    error: true,
                    text: Text::msg(
                        "notice-file-too-big",
                        vec![
                            ("name", file.name().into()),
                            ("size", (file.size() as u64).into()),
                            ("max", tcp_engine::limits::MAX_SCRIPT_BYTES.into()),
                        ],
                    ),
                }));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                match text.ok().and_then(|t| t.as_string()) {
                    // A narrated file is a lesson; anything else is a session.
                    Some(text) if text.lines().any(|l| l.trim_start().starts_with("say ")) => {
                        dispatch.emit(Action::LoadLesson(text))
                    }
                    Some(text) => dispatch.emit(Action::Restore(Source::File, text)),
                    None => dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: Text::msg("notice-not-text", vec![("name", file.name().into())]),
                    })),
                }
            });
        })
    };
    let close_share = {
        let share_link = share_link.clone();
        Callback::from(move |_: ()| share_link.set(None))
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |(side, n, seg): (Side, usize, Segment)| {
            editing.set(Some(Editing { side, n, seg }))
        })
    };
    let on_done = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };

    let snap = state.sim.snapshot();
    let numbering = Numbering::new(state.relative, &snap);
    let trace = TraceRef::of(&state);
    let (client, server) = (
        snap.endpoints[Side::Client].clone(),
        snap.endpoints[Side::Server].clone(),
    );
    let show_hint = state.is_empty() && state.lesson.is_none() && !embed.embed;
    // The ladder and the diagram share a place; tabs only when both show.
    let (ladder_shown, diagram_shown) = (embed.shows("ladder"), embed.shows("diagram"));
    let diagram_now = diagram_shown && (*diagram_tab || !ladder_shown);
    let root_classes = classes!(
        "app",
        embed.classes(),
        state.lesson.is_some().then_some("with-lesson")
    );

    html! {
        <div class={root_classes}>
            <SkipLinks calls={embed.shows("endpoints") && !embed.readonly} view={ladder_shown || diagram_shown} log={embed.shows("log")} />
            <header class="top">
                <h1>{i18n.t("app-title")}</h1>
                <LanguagePicker on_choose={props.on_language.clone()} />
                <TextSize base={embed.scale.unwrap_or(100)} />
                if earlier.available {
                    <button class="earlier" onclick={go_back} data-testid="earlier-session"
                        title={i18n.t("earlier-session-help")}>{i18n.t("earlier-session")}</button>
                }
                <Controls now_ms={snap.now.as_millis()} next_event_ms={state.sim.next_event_time().map(|t| t.as_millis())}
                    playing={state.playing} speed={state.speed} relative={state.relative}
                    on_export={on_export} on_share={on_share} on_import={on_import}
                    cursor={state.cursor} steps={state.timeline.len()}
                    step_label={AttrValue::from(state.timeline.get(state.cursor).and_then(|c| c.label.as_ref()).map_or_else(|| i18n.t("step-start"), |stmt| crate::i18n::render::statement(&i18n, stmt)))}
                    embedded={embed.embed}
                    lesson_title={state.lesson.as_ref().map(|l| AttrValue::from(l.title.text.clone()))}
                    dispatch={dispatch.clone()} on_reset={on_reset} />
            </header>
            <div class="visually-hidden" aria-live="polite" data-testid="announce">{state.announce.as_ref().map(|t| t.render(&i18n))}</div>
            if let Some(link) = &*share_link {
                <ShareBox link={AttrValue::from(link.clone())} on_close={close_share} />
            }
            <div class="dock">
                if let Some(replay) = &state.replay {
                    <div class="replay" role="status" data-testid="replay">
                        <span>{i18n.f("replay-progress", &[
                            ("source", replay.source.name().render(&i18n).into()),
                            ("done", replay.next.into()),
                            ("total", replay.total().into()),
                        ])}</span>
                        <progress max={replay.total().to_string()} value={replay.next.to_string()} />
                        <button onclick={stop_replay.clone()}>{i18n.t("replay-stop")}</button>
                    </div>
                }
                if let (Some(long), None) = (&state.long, &state.replay) {
                    <div class="replay" role="status" data-testid="replay">
                        <span>{i18n.f("long-progress", &[
                            ("statement", long.statement().to_string().into()),
                            ("events", long.events().into()),
                        ])}</span>
                        <progress />
                        <button onclick={stop_replay.clone()}>{i18n.t("long-stop")}</button>
                    </div>
                }
                if let Some(notice) = &state.notice {
                    <div class={classes!("notice", notice.error.then_some("error"))} role={if notice.error { "alert" } else { "status" }}>
                        <span class="text">{notice.text.render(&i18n)}</span>
                        <button class="dismiss" onclick={dismiss} aria-label={i18n.t("notice-dismiss")}>{"×"}</button>
                    </div>
                }
            </div>
            if let Some(lesson) = &state.lesson {
                <LessonBar lesson={lesson.clone()} dispatch={dispatch.clone()} />
            }
            if show_hint {
                <section class="welcome" aria-label={i18n.t("welcome-title")}>
                    <strong>{i18n.t("welcome-title")}</strong>{" "}
                    {i18n.t("welcome-text")}
                </section>
            }
            // The two endpoints come first in the Tab order, so that a
            // keyboard student goes from one's calls to the other's in a
            // few keys; the grid places the shared view between them.
            <main class="stage">
                <EndpointPanel side={Side::Client} view={client} before={state.before[Side::Client]} now={snap.now}
                    numbering={numbering} dispatch={dispatch.clone()} on_edit={on_edit.clone()} />
                <EndpointPanel side={Side::Server} view={server} before={state.before[Side::Server]} now={snap.now}
                    numbering={numbering} dispatch={dispatch.clone()} on_edit={on_edit} />
                <div class="middle">
                    if ladder_shown && diagram_shown {
                        <ViewTabs diagram={diagram_now} on_choose={choose_tab} />
                    }
                    <div role={(ladder_shown && diagram_shown).then_some("tabpanel")} id={PANEL_ID} tabindex="-1"
                        aria-labelledby={(ladder_shown && diagram_shown).then_some(if diagram_now { "tab-diagram" } else { "tab-ladder" })}>
                        if diagram_now {
                            <StateDiagram states={snap.endpoints.map(|_, v| v.state)} last={last_transitions(&state.sim)} />
                        } else if ladder_shown {
                            <Ladder trace={trace.clone()} wire={snap.wire.clone()} now={snap.now} numbering={numbering}
                                selected={state.selected} dispatch={dispatch.clone()} />
                        }
                    </div>
                    if ladder_shown || embed.shows("log") {
                        <Explain trace={trace.clone()} numbering={numbering} selected={state.selected} />
                    }
                    <Wire wire={snap.wire.clone()} now={snap.now} numbering={numbering} dispatch={dispatch.clone()} />
                </div>
            </main>
            <div class="bottom">
                <EventLog trace={trace} numbering={numbering} selected={state.selected} dispatch={dispatch.clone()} />
                <div class="side-tools">
                    <Composer suggestions={BySide::from_fn(|side| state.sim.suggestion(side))} numbering={numbering}
                        states={snap.endpoints.map(|_, v| v.state)}
                        editing={(*editing).clone()} on_done={on_done} dispatch={dispatch.clone()} />
                    <Settings snapshot={snap.clone()} dispatch={dispatch} />
                </div>
            </div>
        </div>
    }
}
