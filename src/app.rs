//! The root component: lays out the screen, starts the hooks that run the
//! effects (the reducer's, in [`crate::shell::use_effects`]; the play
//! timer, keys and restoring on load) and hands each component its
//! callbacks from [`crate::shell`].

use crate::components::composer::{self, Editing};
use crate::components::controls::Controls;
use crate::components::diagram;
use crate::components::dock::{dock, notices, Props as DockProps};
use crate::components::endpoint::EndpointPanel;
use crate::components::explain::Explain;
use crate::components::graph;
use crate::components::ladder::{Ladder, TraceRef};
use crate::components::language::{use_language, LanguagePicker};
use crate::components::lazy;
use crate::components::lesson;
use crate::components::log::EventLog;
use crate::components::settings;
use crate::components::share_box;
use crate::components::skip::{skip_links, Shown};
use crate::components::tabs::{ViewTabs, PANEL_ID};
use crate::components::text_size::TextSize;
use crate::components::wire::Wire;
use crate::embed::{self, EmbedConfig};
use crate::i18n::{use_i18n, Text};
use crate::state::{Action, AppState};
use std::rc::Rc;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::{BySide, Side, Snapshot};
use tcp_engine::{Segment, State, Tcb};
use yew::prelude::*;

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

/// The graphs, once their chunk is loaded (until then, a place marked busy).
fn graphs_part(state: &UseReducerHandle<AppState>, on_select: &Callback<Option<u32>>) -> Html {
    let at = (
        state.session_id,
        state.timeline.len(),
        state.cursor,
        state.whole().trace().len(),
        state.sim.now().as_millis(),
        state.relative,
        state.selected,
    );
    lazy::lazy(
        graph::GRAPHS,
        graph::Props {
            state: state.clone(),
            at,
            on_select: on_select.clone(),
        },
    )
}

/// Loads every part of the app not on the first screen, one at a time,
/// each once the page is idle: all at once, their fetches, compiling and
/// starting were one task of 40 to 115 ms on a two-core machine, which a
/// student's first click waited behind.
fn prefetch_parts() {
    prefetch_from(0);
}

/// Each part's load, in the order they are loaded, calling what comes
/// next once it has ended: first what the first action needs (it runs
/// every action that changes the simulation).
const PREFETCH: &[fn(lazy::Next)] = &[
    |next| lazy::prefetch(crate::state::SESSIONS, next),
    |next| lazy::prefetch(composer::COMPOSER, next),
    |next| lazy::prefetch(settings::SETTINGS, next),
    |next| lazy::prefetch(diagram::DIAGRAM, next),
    |next| lazy::prefetch(graph::GRAPHS, next),
    |next| lazy::prefetch(lesson::LESSON_BAR, next),
    |next| lazy::prefetch(crate::components::fill::FILL_IN, next),
    |next| lazy::prefetch(crate::components::capture::PANEL, next),
    |next| lazy::prefetch(crate::export::EXPORT, next),
    |next| lazy::prefetch(share_box::SHARE_BOX, next),
    crate::hooks::prefetch_capture_opener,
];

/// Loads the parts from the `i`th on (see [`PREFETCH`]).
fn prefetch_from(i: usize) {
    if let Some(load) = PREFETCH.get(i) {
        lazy::when_idle(2000, move || load(Box::new(move || prefetch_from(i + 1))));
    }
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

/// While work runs in slices, the stage shows the moment before it.
#[hook]
fn use_moment(state: &UseReducerHandle<AppState>, i18n: &crate::i18n::I18n) -> Rc<Moment> {
    crate::hooks::use_held(state.busy(), || {
        let snap = state.sim.snapshot();
        Rc::new(Moment {
            numbering: Numbering::new(state.relative, &snap),
            trace: TraceRef::of(state),
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
                        |label| crate::i18n::render::step_label(i18n, label),
                    ),
            ),
            snap,
        })
    })
}

/// The welcome: shown until put away (the page must not move under the
/// student's first clicks), gone at once for a restored session or a
/// capture (whose replay starts empty and fills in the next tasks).
#[hook]
fn use_welcome(state: &UseReducerHandle<AppState>) -> (bool, Callback<MouseEvent>) {
    let welcome = use_state(|| true);
    {
        let welcome = welcome.clone();
        let opened_with_work = !state.is_empty() || state.capture.is_some();
        use_effect_with(state.session_id, move |_| {
            if opened_with_work {
                welcome.set(false);
            }
        });
    }
    let close = welcome.clone();
    (
        *welcome,
        Callback::from(move |_: MouseEvent| {
            close.set(false);
            // The focus goes where the welcome points, the calls, rather
            // than falling to the page with the button it was on.
            let first = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("main.stage button").ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(first) = first {
                let _ = first.focus();
            }
        }),
    )
}

/// The page's callbacks, built once: callbacks new at every render would
/// make every component given one render again at every action (props
/// compare callbacks by identity), which cost each action most of its
/// time. One memo for all of them: each memo is code of its own.
struct Stable {
    /// The reducer's dispatcher, gated ([`crate::shell::gate`]).
    dispatch: Callback<Action>,
    /// The components' narrow callbacks.
    calls: crate::shell::Calls,
    /// Opens an outbox segment in the composer.
    on_edit: Callback<(Side, usize, Segment)>,
    /// Closes it.
    on_done: Callback<()>,
    /// Chooses the ladder's or the diagram's tab.
    choose_tab: Callback<bool>,
    /// Sets the text size.
    on_size: Callback<u32>,
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
    let diagram_tab = use_state(|| false);
    // The ladder's drawing grows with the text (Large text, `?scale=`).
    let text_size = use_state_eq(|| 100u32);
    // Through the dispatcher, not the handle: a handle holds the state of
    // the render it came from, and so would every closure that keeps this
    // callback (a capture reader's handlers kept a whole session each).
    let dispatcher = state.dispatcher();
    let (edit, tab, size) = (editing.setter(), diagram_tab.setter(), text_size.setter());
    let stable = use_memo(embed.readonly, move |&readonly| {
        let dispatch = crate::shell::gate(dispatcher.into(), readonly);
        let done = edit.clone();
        Stable {
            calls: crate::shell::calls(&dispatch),
            dispatch,
            on_edit: Callback::from(move |(side, n, seg)| edit.set(Some(Editing { side, n, seg }))),
            on_done: Callback::from(move |_| done.set(None)),
            choose_tab: Callback::from(move |diagram| tab.set(diagram)),
            on_size: Callback::from(move |percent| size.set(percent)),
        }
    });
    let (dispatch, calls) = (&stable.dispatch, &stable.calls);
    let audience = use_memo((), |_| crate::hooks::Audience::of(&embed_setup.0));
    crate::hooks::use_startup(&embed_setup, dispatch, &audience);
    // Embedded playgrounds keep nothing: many iframes on one course page
    // would overwrite each other and the student's own session.
    let persist = !embed.embed && embed.lesson.is_none();
    let (earlier, saver) = crate::storage::use_autosave(&state, dispatch, persist);
    let had_saved = *use_memo((), move |_| crate::storage::had_saved(persist));
    let announce = crate::shell::use_effects(&state, &i18n, dispatch, saver, &audience);
    // Notices wait for the words fetched after the first screen, as the
    // later parts do: one shown as "…" and then grown would be read out
    // twice, and could grow out of the view it was brought into.
    let words = i18n.fetched();
    crate::hooks::use_notice_in_view(&state, words);
    crate::hooks::use_play_clock(state.playing, state.speed, dispatch);
    crate::hooks::use_shortcuts(state.playing, embed.readonly, dispatch);
    // What is not on the first screen loads once it is drawn and idle, so
    // that it is there at once when used (and kept for offline use).
    use_effect_with((), |_| lazy::when_idle(2000, prefetch_parts));

    let capture = crate::hooks::use_capture_opener(dispatch);
    let page = crate::shell::use_page_calls(&state, &i18n, dispatch, had_saved, &capture.open);
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let (welcome, close_welcome) = use_welcome(&state);
    let (on_edit, on_done) = (stable.on_edit.clone(), stable.on_done.clone());
    let graphs = use_state(|| false);
    let g = graphs.clone();
    let toggle_graphs = Callback::from(move |_: MouseEvent| g.set(!*g));
    let (choose_tab, on_size) = (stable.choose_tab.clone(), stable.on_size.clone());
    let go_back = earlier.go_back.reform(|_: MouseEvent| ());

    let moment = use_moment(&state, &i18n);
    let (snap, numbering, trace) = (&moment.snap, moment.numbering, &moment.trace);
    let show_hint = welcome && state.lesson.is_none() && !embed.embed;
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
        <div class={root_classes} ondrop={page.on_drop} ondragover={on_drag_over}>
            {skip_links(&i18n, Shown { lesson: state.lesson.is_some(), calls: embed.shows("endpoints") && !embed.readonly, view: ladder_shown || diagram_shown, wire: true, log: embed.shows("log") })}
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
                    on_export={page.on_export} on_share={page.on_share} on_import={page.on_import} on_capture={capture.open.clone()}
                    cursor={moment.cursor} steps={moment.steps} step_label={moment.step_label.clone()}
                    embedded={embed.embed}
                    lesson_title={state.lesson.as_ref().map(|l| AttrValue::from(crate::components::whole::bounded(&l.title.text, crate::components::whole::MENU_CHARS)))}
                    on_control={calls.on_control.clone()} on_lesson={calls.on_lesson.clone()} on_reset={page.on_reset} on_print={page.on_print} />
            </header>
            <div class="visually-hidden" aria-live="polite" data-testid="announce" ref={announce}></div>
            if let Some(link) = &page.share_link {
                {lazy::lazy(share_box::SHARE_BOX, share_box::Props { link: AttrValue::from(link.clone()), on_close: page.close_share, on_copy: page.on_copy })}
            }
            {dock(&i18n, DockProps {
                replay: state.replay.as_ref().map(|r| (r.source, r.next, r.total())),
                long: state.long.as_ref().map(|l| (AttrValue::from(crate::state::statement_text(l.statement())), l.events())),
                on_stop: &calls.on_stop,
                asking: earlier.asking.then_some(&earlier.answer),
            })}
            {lazy::installed(crate::components::capture::PICKER).map(|picker| picker(&i18n, &capture))}
            if let Some(opened) = &state.capture {
                {lazy::lazy(crate::components::capture::PANEL, crate::components::capture::PanelProps { opened: opened.clone(), on_do: calls.on_do.clone() })}
            }
            if let Some(lesson) = &state.lesson {
                {lazy::lazy(lesson::LESSON_BAR, lesson::Props { lesson: lesson.clone(), on_next: calls.on_next.clone(), on_leave: calls.on_leave.clone(),
                        on_hint: calls.on_hint.clone(), embedded: embed.embed, numbering, on_answer: calls.on_answer.clone() })}
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
                    numbering={numbering} on_do={calls.on_do.clone()} on_notify={calls.on_notify.clone()} on_edit={on_edit.clone()} />
                <EndpointPanel side={Side::Server} view={snap.endpoints[Side::Server].clone()} before={moment.before[Side::Server]} now={snap.now}
                    numbering={numbering} on_do={calls.on_do.clone()} on_notify={calls.on_notify.clone()} on_edit={on_edit} />
                <div class="middle">
                    if ladder_shown && diagram_shown {
                        <ViewTabs diagram={diagram_now} on_choose={choose_tab} />
                    }
                    <div role={(ladder_shown && diagram_shown).then_some("tabpanel")} id={PANEL_ID} tabindex="-1"
                        aria-labelledby={(ladder_shown && diagram_shown).then_some(if diagram_now { "tab-diagram" } else { "tab-ladder" })}>
                        if diagram_now {
                            {lazy::lazy(diagram::DIAGRAM, diagram::Props { states: snap.endpoints.map(|_, v| v.state), last: last_transitions(&state.sim) })}
                        } else if ladder_shown {
                            <Ladder trace={trace.clone()} wire={snap.wire.clone()} now={snap.now} numbering={numbering}
                                selected={state.selected} waiting={state.busy()} scale={*text_size} on_select={calls.on_select.clone()}
                                on_fill={calls.on_fill.clone()} />
                        }
                    </div>
                    // Under the ladder, where its arrows end: what is in flight
                    // is acted on without leaving the first screen.
                    <Wire wire={snap.wire.clone()} now={snap.now} numbering={numbering} on_wire={calls.on_wire.clone()} />
                    {notices(&i18n, words && state.refused && state.busy(), state.notice.as_ref().filter(|_| words), &calls.on_dismiss)}
                    if ladder_shown || embed.shows("log") {
                        <Explain trace={trace.clone()} numbering={numbering} selected={state.selected} />
                    }
                </div>
            </main>
            // One child of the page's column (phones place each by
            // `order`): the button and the graphs it opens, under the stage.
            <div class="graphs-area">
                <div class="graphs-bar">
                    <button type="button" aria-expanded={graphs.to_string()} onclick={toggle_graphs} data-testid="graphs-open">{i18n.t("graphs-open")}</button>
                </div>
                if *graphs {
                    {graphs_part(&state, &calls.on_select)}
                }
            </div>
            <div class="bottom">
                <EventLog trace={trace.clone()} numbering={numbering} selected={state.selected} on_select={calls.on_select.clone()} />
                <div class="side-tools">
                    {lazy::lazy(composer::COMPOSER, composer::Props {
                        suggestions: moment.suggestions.clone(), numbering, at: moment.at,
                        states: snap.endpoints.map(|_, v| v.state),
                        editing: (*editing).clone(), on_done, on_do: calls.on_do.clone(),
                        on_release: calls.on_release.clone(), on_notify: calls.on_notify.clone() })}
                    {lazy::lazy(settings::SETTINGS, settings::Props { snapshot: snap.clone(), on_do: calls.on_do.clone(), on_notify: calls.on_notify.clone() })}
                </div>
            </div>
            <footer class="about">{i18n.f("about-version", &[("version", env!("CARGO_PKG_VERSION").into())])}</footer>
        </div>
    }
}
