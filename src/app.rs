//! The root component: lays out the screen and owns the effects (play
//! timer, saving to local storage, restoring on load).

use crate::components::composer::{Composer, Editing};
use crate::components::controls::{Controls, Export};
use crate::components::diagram::StateDiagram;
use crate::components::dock::{dock, Props as DockProps};
use crate::components::endpoint::EndpointPanel;
use crate::components::explain::Explain;
use crate::components::ladder::{Ladder, TraceRef};
use crate::components::language::{use_language, LanguagePicker};
use crate::components::lesson::LessonBar;
use crate::components::log::EventLog;
use crate::components::settings::Settings;
use crate::components::share_box::ShareBox;
use crate::components::skip::{skip_links, Shown};
use crate::components::tabs::{ViewTabs, PANEL_ID};
use crate::components::text_size::TextSize;
use crate::components::wire::Wire;
use crate::embed::{self, EmbedConfig};
use crate::i18n::{use_i18n, Text};
use crate::share;
use crate::state::{Action, AppState, LessonSource, Notice, Source};
use std::rc::Rc;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{BySide, Side, Snapshot};
use tcp_engine::{Segment, State, Tcb};
use yew::prelude::*;

/// Sessions longer than this ask before a reset throws them away.
const CONFIRM_RESET_AFTER: usize = 12;

/// A seed from the browser's randomness (the engine itself has none).
pub fn fresh_seed() -> u32 {
    // The UI may use the browser's randomness; the engine gets it as a seed.
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
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
    let (i18n, choose) = use_language(embed_setup.0.lang_tag.clone(), embed_setup.0.embed);
    html! {
        <ContextProvider<crate::i18n::I18n> context={i18n}>
            <Playground on_language={choose} />
        </ContextProvider<crate::i18n::I18n>>
    }
}

/// "Write a lesson" (`editor.html`): the chosen language around the editor.
#[function_component]
pub fn EditorPage() -> Html {
    let embed_setup = use_embed_setup();
    let (i18n, choose) = use_language(embed_setup.0.lang_tag.clone(), false);
    html! {
        <ContextProvider<crate::i18n::I18n> context={i18n.clone()}>
            <div class="app writing">
                <header class="top">
                    <h1>{i18n.t("app-title")}</h1>
                    <LanguagePicker on_choose={choose} />
                    <TextSize base={embed_setup.0.scale.unwrap_or(100)} />
                </header>
                <crate::components::editor::Editor />
            </div>
        </ContextProvider<crate::i18n::I18n>>
    }
}

/// What the stage shows: the simulation at one moment, with what is
/// drawn from it.
struct Moment {
    snap: Snapshot,
    numbering: Numbering,
    trace: TraceRef,
    next_event_ms: Option<u64>,
    suggestions: BySide<Segment>,
    /// Changes with every action that changes the simulation.
    at: crate::components::composer::At,
    before: BySide<Tcb>,
    cursor: usize,
    steps: usize,
    step_label: AttrValue,
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
    // Through the dispatcher, not the handle: a handle holds the state of
    // the render it came from, and so would every closure that keeps this
    // callback (a capture reader's handlers kept a whole session each).
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a: Action| {
            if !readonly || a.allowed_when_readonly() {
                dispatcher.dispatch(a)
            }
        })
    };

    let audience = use_memo((), |_| crate::hooks::Audience::of(&embed_setup.0));
    crate::hooks::use_startup(&embed_setup, &dispatch, &audience);
    crate::hooks::use_parent_messages(&state, &audience);
    // Embedded playgrounds keep nothing: many iframes on one course page
    // would overwrite each other and the student's own session.
    let persist = !embed.embed && embed.lesson.is_none();
    let earlier = crate::storage::use_autosave(&state, &dispatch, persist);
    // As storage's own rule for offering "↩ Earlier session".
    let had_saved = *use_memo((), move |_| {
        persist
            && (crate::storage::earlier().is_some()
                || crate::storage::storage()
                    .and_then(|s| s.get_item(crate::storage::SESSION_KEY).ok().flatten())
                    .is_some())
    });
    let go_back = earlier.go_back.reform(|_: MouseEvent| ());
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
    crate::hooks::use_work_slices(&state, &dispatch);
    // A notice never covers the control it is about.
    use_effect_with((state.notice.clone(), state.refused), |_| {
        crate::components::dock::clear_of_dock()
    });
    crate::hooks::use_play_clock(state.playing, state.speed, &dispatch);

    crate::hooks::use_shortcuts(state.playing, embed.readonly, &dispatch);
    let on_reset = {
        let state = state.clone();
        // Kept aside and offered back (see storage) only if this session
        // is the saved one, and a session was saved when the page opened.
        let kept = had_saved && (state.dirty || !state.replaces_saved);
        let question = i18n.t(if kept {
            "confirm-reset"
        } else {
            "confirm-reset-lost"
        });
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
        Callback::from(move |what: Export| crate::export::export(&state, &i18n, what))
    };
    let share_link = use_state(|| None::<String>);
    let welcome = use_state(|| true);
    {
        let welcome = welcome.clone();
        // A capture's replay starts empty and fills in the next tasks.
        let opened_with_work = !state.is_empty() || state.capture.is_some();
        use_effect_with(state.session_id, move |_| {
            if opened_with_work {
                welcome.set(false);
            }
        });
    }
    let close_welcome = {
        let welcome = welcome.clone();
        Callback::from(move |_: MouseEvent| welcome.set(false))
    };
    let diagram_tab = use_state(|| false);
    // The ladder's drawing grows with the text (Large text, `?scale=`).
    let text_size = use_state_eq(|| 100u32);
    let on_size = {
        let text_size = text_size.clone();
        Callback::from(move |pct: u32| text_size.set(pct))
    };
    let choose_tab = {
        let diagram_tab = diagram_tab.clone();
        Callback::from(move |diagram: bool| diagram_tab.set(diagram))
    };
    let on_share = {
        let state = state.clone();
        let dispatch = dispatch.clone();
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
            let text = state.session_text();
            let (share_link, dispatch) = (share_link.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match share::encode_in_browser(&text).await {
                    // Not put in the address bar: a reload must open the
                    // student's latest work, not the moment the link was made.
                    Some(packed) => {
                        share_link.set(Some(format!("{base}{}{packed}", share::PREFIX)))
                    }
                    None => dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: Text::key("share-unsupported"),
                    })),
                }
            });
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
                    // A narrated file is a lesson, one with goals a challenge;
                    // anything else is a session.
                    Some(text) if crate::lessons::is_lesson(&text) => {
                        dispatch.emit(Action::LoadLesson(LessonSource::text(text)))
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
    let capture = crate::hooks::use_capture_opener(&dispatch);
    // A file dropped anywhere on the page: a capture, or a scenario.
    let on_drop = {
        let (open_capture, on_import) = (capture.open.clone(), on_import.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                let name = file.name().to_ascii_lowercase();
                if [".pcap", ".pcapng", ".cap"]
                    .iter()
                    .any(|x| name.ends_with(x))
                {
                    open_capture.emit(file);
                } else {
                    on_import.emit(file);
                }
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
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

    // While work runs in slices, the stage shows the moment before it.
    let moment = crate::hooks::use_held(state.busy(), || {
        let snap = state.sim.snapshot();
        Rc::new(Moment {
            numbering: Numbering::new(state.relative, &snap),
            trace: TraceRef::of(&state),
            next_event_ms: state.sim.next_event_time().map(|t| t.as_millis()),
            suggestions: BySide::from_fn(|side| state.sim.suggestion(side)),
            at: (state.session_id, state.cursor, state.sim.events()),
            before: state.before,
            cursor: state.cursor,
            steps: state.timeline.len(),
            step_label: AttrValue::from(
                state
                    .timeline
                    .get(state.cursor)
                    .and_then(|c| c.label.as_ref())
                    .map_or_else(
                        || i18n.t("step-start"),
                        |label| crate::i18n::render::step_label(&i18n, label),
                    ),
            ),
            snap,
        })
    });
    let Moment {
        snap,
        numbering,
        trace,
        ..
    } = &*moment;
    let numbering = *numbering;
    // The welcome stays until put away (the page must not move under the
    // student's first clicks); it goes at once for a restored session.
    let show_hint = *welcome && state.lesson.is_none() && !embed.embed;
    // The ladder and the diagram share a place; tabs only when both show.
    let (ladder_shown, diagram_shown) = (embed.shows("ladder"), embed.shows("diagram"));
    let diagram_now = diagram_shown && (*diagram_tab || !ladder_shown);
    let root_classes = classes!(
        "app",
        embed.classes(),
        state.lesson.is_some().then_some("with-lesson"),
        show_hint.then_some("with-welcome")
    );

    html! {
        <div class={root_classes} ondrop={on_drop} ondragover={on_drag_over}>
            {skip_links(&i18n, Shown { calls: embed.shows("endpoints") && !embed.readonly, view: ladder_shown || diagram_shown, wire: true, log: embed.shows("log") })}
            <header class="top">
                <h1>{i18n.t("app-title")}</h1>
                <LanguagePicker on_choose={props.on_language.clone()} />
                <TextSize base={embed.scale.unwrap_or(100)} on_size={on_size} />
                if earlier.available {
                    <button class="earlier" onclick={go_back} data-testid="earlier-session"
                        title={i18n.t("earlier-session-help")}>{i18n.t("earlier-session")}</button>
                }
                <Controls now_ms={snap.now.as_millis()} next_event_ms={moment.next_event_ms}
                    playing={state.playing} speed={state.speed} relative={state.relative}
                    on_export={on_export} on_share={on_share} on_import={on_import} on_capture={capture.open.clone()}
                    cursor={moment.cursor} steps={moment.steps} step_label={moment.step_label.clone()}
                    embedded={embed.embed}
                    lesson_title={state.lesson.as_ref().map(|l| AttrValue::from(crate::components::whole::bounded(&l.title.text, crate::components::whole::MENU_CHARS)))}
                    dispatch={dispatch.clone()} on_reset={on_reset} />
            </header>
            <div class="visually-hidden" aria-live="polite" data-testid="announce">{state.announce.as_ref().map(|t| t.render(&i18n))}</div>
            if let Some(link) = &*share_link {
                <ShareBox link={AttrValue::from(link.clone())} on_close={close_share} />
            }
            {dock(&i18n, DockProps {
                replay: state.replay.as_ref().map(|r| (r.source, r.next, r.total())),
                long: state.long.as_ref().map(|l| (AttrValue::from(l.statement().to_string()), l.events())),
                refused: state.refused && state.busy(),
                notice: state.notice.as_ref(),
                dispatch: &dispatch,
                asking: earlier.asking.then_some(&earlier.answer),
            })}
            {crate::components::capture::picker(&i18n, &capture)}
            if let Some(opened) = &state.capture {
                {crate::components::capture::panel(&i18n, opened, &dispatch)}
            }
            if let Some(lesson) = &state.lesson {
                <LessonBar lesson={lesson.clone()} dispatch={dispatch.clone()} embedded={embed.embed} />
            }
            if show_hint {
                <section class="welcome" aria-label={i18n.t("welcome-title")}>
                    <p><strong>{i18n.t("welcome-title")}</strong>{" "}{i18n.t("welcome-text")}</p>
                    <p class="keys">{i18n.t("welcome-keys")}</p>
                    <button onclick={close_welcome}>{i18n.t("welcome-close")}</button>
                </section>
            }
            // The two endpoints come first in the Tab order, so that a
            // keyboard student goes from one's calls to the other's in a
            // few keys; the grid places the shared view between them.
            <main class="stage">
                <EndpointPanel side={Side::Client} view={snap.endpoints[Side::Client].clone()} before={moment.before[Side::Client]} now={snap.now}
                    numbering={numbering} dispatch={dispatch.clone()} on_edit={on_edit.clone()} />
                <EndpointPanel side={Side::Server} view={snap.endpoints[Side::Server].clone()} before={moment.before[Side::Server]} now={snap.now}
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
                                selected={state.selected} waiting={state.busy()} scale={*text_size} dispatch={dispatch.clone()} />
                        }
                    </div>
                    // Under the ladder, where its arrows end: what is in flight
                    // is acted on without leaving the first screen.
                    <Wire wire={snap.wire.clone()} now={snap.now} numbering={numbering} dispatch={dispatch.clone()} />
                    if ladder_shown || embed.shows("log") {
                        <Explain trace={trace.clone()} numbering={numbering} selected={state.selected} />
                    }
                </div>
            </main>
            <div class="bottom">
                <EventLog trace={trace.clone()} numbering={numbering} selected={state.selected} dispatch={dispatch.clone()} />
                <div class="side-tools">
                    <Composer suggestions={moment.suggestions.clone()} numbering={numbering} at={moment.at}
                        states={snap.endpoints.map(|_, v| v.state)}
                        editing={(*editing).clone()} on_done={on_done} dispatch={dispatch.clone()} />
                    <Settings snapshot={snap.clone()} dispatch={dispatch} />
                </div>
            </div>
            <footer class="about">{i18n.f("about-version", &[("version", env!("CARGO_PKG_VERSION").into())])}</footer>
        </div>
    }
}
