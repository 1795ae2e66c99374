//! The top bar: the clock, time controls, lessons, reset and export.

use crate::i18n::render::clock;
use crate::i18n::use_i18n;
use crate::lessons::{Kind, BUILTIN};
use crate::state::{Action, SPEEDS, SPEED_LABELS};
use yew::prelude::*;

/// What the file input offers: scenarios and captures.
const ACCEPT: &str = ".scn,text/plain,.pcap,.pcapng,.cap";

/// What the Export menu can save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The session as a scenario file.
    Session,
    /// The ladder as SVG.
    LadderSvg,
    /// The ladder as PNG.
    LadderPng,
    /// The latest rows of the ladder as a 16:9 PNG, for a slide.
    LadderSlide,
    /// Every segment as a pcap capture.
    Pcap,
}

/// What the top bar's controls ask: moving through time and how numbers
/// read. None of them resets, restores or changes the session's
/// statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Play (true) or pause.
    Play(bool),
    /// Step to the next event.
    Step,
    /// Jump to the next timer.
    NextTimer,
    /// One step back.
    Undo,
    /// One step forward again.
    Redo,
    /// To this moment of the timeline.
    Jump(usize),
    /// Play at this speed (an index into `SPEEDS`).
    Speed(usize),
    /// Relative (true) or real sequence numbers.
    Relative(bool),
}

impl From<Control> for Action {
    fn from(c: Control) -> Action {
        match c {
            Control::Play(on) => Action::SetPlaying(on),
            Control::Step => Action::StepEvent,
            Control::NextTimer => Action::NextTimer,
            Control::Undo => Action::Undo,
            Control::Redo => Action::Redo,
            Control::Jump(i) => Action::Jump(i),
            Control::Speed(i) => Action::SetSpeed(i),
            Control::Relative(on) => Action::SetRelative(on),
        }
    }
}

/// Props of [`Controls`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Clock in ms.
    pub now_ms: u64,
    /// Next scheduled event in ms, if any.
    pub next_event_ms: Option<u64>,
    /// Play mode.
    pub playing: bool,
    /// Speed index.
    pub speed: usize,
    /// Relative numbers.
    pub relative: bool,
    /// Position in the timeline.
    pub cursor: usize,
    /// Moments in the timeline.
    pub steps: usize,
    /// What the current moment's step was.
    pub step_label: AttrValue,
    /// Embedded in a course page: no lesson menu, files or reset.
    pub embedded: bool,
    /// Saves something as a file.
    pub on_export: Callback<Export>,
    /// Makes a share link.
    pub on_share: Callback<()>,
    /// Opens a `.scn` file the student picked.
    pub on_import: Callback<web_sys::File>,
    /// Opens a packet capture the student picked.
    pub on_capture: Callback<web_sys::File>,
    /// What the controls ask.
    pub on_control: Callback<Control>,
    /// Opens a bundled lesson; the callback given with it is called once
    /// the opening has ended (opened, failed or refused).
    pub on_lesson: Callback<(&'static crate::lessons::Bundled, Callback<()>)>,
    /// Asks for a reset (the app confirms long sessions first).
    pub on_reset: Callback<()>,
    /// Prints the worksheet.
    pub on_print: Callback<()>,
    /// The title of the lesson running, if any (the Lesson menu shows it).
    #[prop_or_default]
    pub lesson_title: Option<AttrValue>,
}

/// The Lesson menu's element and what a pick does.
#[hook]
fn use_lesson_menu(
    lesson_title: Option<AttrValue>,
    on_lesson: &Callback<(&'static crate::lessons::Bundled, Callback<()>)>,
) -> (NodeRef, Callback<Event>) {
    // The Lesson menu shows the lesson that runs, not the last one picked:
    // a pick that fails (offline) or is refused (work running) changes no
    // prop, and an option's `selected` attribute no longer moves a
    // selection the student has made (HTML's "dirtiness"). So the menu's
    // value is set after every drawing, and once more after each pick.
    let lesson_menu = use_node_ref();
    let redraw = use_force_update();
    {
        let shown = lesson_title
            .as_deref()
            .and_then(|t| BUILTIN.iter().position(|b| b.title == t))
            .map(|i| i.to_string())
            .unwrap_or_default();
        let lesson_menu = lesson_menu.clone();
        use_effect(move || {
            if let Some(menu) = lesson_menu.cast::<web_sys::HtmlSelectElement>() {
                if menu.value() != shown {
                    menu.set_value(&shown);
                }
            }
        });
    }
    let lesson = {
        let on_lesson = on_lesson.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(bundled) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| BUILTIN.get(i))
            {
                let redraw = redraw.clone();
                on_lesson.emit((bundled, Callback::from(move |_| redraw.force_update())));
            }
        })
    };
    (lesson_menu, lesson)
}

/// The file input (hidden), what a file picked there opens, and the
/// "Open capture" button that opens the same input.
#[hook]
fn use_file_picker(
    on_import: &Callback<web_sys::File>,
    on_capture: &Callback<web_sys::File>,
) -> (NodeRef, Callback<Event>, Callback<MouseEvent>) {
    let picked = |to: &Callback<web_sys::File>| {
        let to = to.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                to.emit(file);
            }
            input.set_value("");
        })
    };
    // One file input opens both (a page has one, for whoever looks for
    // it); a capture goes by its name, as the file chooser shows it.
    let import = {
        let (on_import, on_capture) = (on_import.clone(), on_capture.clone());
        let to = Callback::from(move |file: web_sys::File| {
            if crate::capture::is_capture_name(&file.name()) {
                on_capture.emit(file)
            } else {
                on_import.emit(file)
            }
        });
        picked(&to)
    };
    let file_input = use_node_ref();
    let open_capture = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                input.click();
            }
        })
    };
    (file_input, import, open_capture)
}

/// A choice in the Export menu: it closes the menu, then does `f`.
fn closing(menu: &NodeRef, f: impl Fn() + 'static) -> Callback<MouseEvent> {
    let menu = menu.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(details) = menu.cast::<web_sys::Element>() {
            let _ = details.remove_attribute("open");
        }
        f()
    })
}

/// On the closed Lesson menu, keys that would move its selection do
/// nothing: Chromium fires `change` at each arrow press, and each would
/// open a lesson in place of the student's session. Space or Alt+↓ opens
/// the list, where arrows browse and Enter picks.
fn browse_without_opening(e: KeyboardEvent) {
    let key = e.key();
    let moves = matches!(
        key.as_str(),
        "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown"
    ) || (key.chars().count() == 1 && key != " " && !e.ctrl_key() && !e.meta_key());
    if moves && !e.alt_key() {
        e.prevent_default();
    }
}

/// Escape closes the menu and gives the focus back to its button, as a
/// menu button does (WAI-ARIA APG).
fn escape_closes(menu: &NodeRef) -> Callback<KeyboardEvent> {
    let menu = menu.clone();
    Callback::from(move |e: KeyboardEvent| {
        let Some(details) = menu.cast::<web_sys::Element>() else {
            return;
        };
        if e.key() != "Escape" || !details.has_attribute("open") {
            return;
        }
        e.prevent_default();
        let _ = details.remove_attribute("open");
        if let Some(summary) = details
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok())
        {
            let _ = summary.focus();
        }
    })
}

/// The Lesson menu's entries of one kind, the one running (by its title)
/// selected.
fn options(i18n: &crate::i18n::I18n, running: Option<&str>, kind: Kind) -> Html {
    BUILTIN
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == kind)
        .map(|(i, b)| {
            let title = crate::i18n::Localized::plain(b.title).get(i18n);
            html! { <option value={i.to_string()} selected={running == Some(b.title)}>{title}</option> }
        })
        .collect()
}

/// The top bar.
#[function_component]
pub fn Controls(props: &Props) -> Html {
    let i18n = use_i18n();
    let d = &props.on_control;
    let emit = |a: Control| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(a))
    };
    let speed = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                d.emit(Control::Speed(i));
            }
        })
    };
    let (lesson_menu, lesson) = use_lesson_menu(props.lesson_title.clone(), &props.on_lesson);
    // On a phone, the less used controls wait behind "More".
    let expanded = use_state(|| false);
    let toggle_more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let relative = {
        let d = d.clone();
        let r = props.relative;
        Callback::from(move |_: Event| d.emit(Control::Relative(!r)))
    };
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    let jump = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(i) = input.value().parse::<usize>() {
                d.emit(Control::Jump(i));
            }
        })
    };
    let last = props.steps.saturating_sub(1);
    let share = props.on_share.reform(|_: MouseEvent| ());
    let (file_input, import, open_capture) = use_file_picker(&props.on_import, &props.on_capture);
    let menu = use_node_ref();
    let export = |what: Export| {
        let on_export = props.on_export.clone();
        closing(&menu, move || on_export.emit(what))
    };
    // The print stylesheet makes a worksheet: the lesson, the states, the
    // ladder and the log, without buttons.
    let print = {
        let on_print = props.on_print.clone();
        closing(&menu, move || on_print.emit(()))
    };
    let next = props
        .next_event_ms
        .map(|t| clock(t.saturating_sub(props.now_ms)));
    html! {
        <div class={classes!("controls", expanded.then_some("expanded"))} role="group" aria-label={i18n.t("controls-label")}>
            <div class="clock" aria-label={i18n.t("controls-clock")}><span class="label">{i18n.t("controls-time")}</span><strong data-testid="clock">{clock(props.now_ms)}</strong></div>
            <div class="group">
                if props.playing {
                    <button class="primary" onclick={emit(Control::Play(false))}>{i18n.t("controls-pause")}</button>
                } else {
                    <button class="primary" onclick={emit(Control::Play(true))}>{i18n.t("controls-play")}</button>
                }
                <button onclick={emit(Control::Step)} title={next.map(|n| i18n.f("controls-next-in", &[("time", n.into())])).unwrap_or_else(|| i18n.t("controls-nothing-scheduled"))}>{i18n.t("controls-step")}</button>
                <button class="secondary" onclick={emit(Control::NextTimer)}>{i18n.t("controls-next-timer")}</button>
                <label class="secondary">{i18n.t("controls-speed")}{" "}
                    <select onchange={speed}>
                        { for SPEEDS.iter().enumerate().map(|(i, _)| html! { <option value={i.to_string()} selected={i == props.speed}>{SPEED_LABELS[i]}</option> }) }
                    </select>
                </label>
            </div>
            <div class="group history" role="group" aria-label={i18n.t("controls-history")}>
                <button onclick={emit(Control::Undo)} disabled={props.cursor == 0} title="Ctrl+Z">{i18n.t("controls-undo")}</button>
                <button class="secondary" onclick={emit(Control::Redo)} disabled={props.cursor >= last} title="Ctrl+Y">{i18n.t("controls-redo")}</button>
                <label class="timeline secondary">
                    <span class="visually-hidden">{i18n.t("controls-timeline")}</span>
                    <input type="range" min="0" max={last.to_string()} value={props.cursor.to_string()} oninput={jump}
                        aria-valuetext={i18n.f("controls-step-of", &[("n", props.cursor.into()), ("of", last.into()), ("label", props.step_label.to_string().into())])} />
                </label>
                <span class="step-label secondary" title={props.step_label.clone()}>
                    { if props.cursor < last { i18n.f("controls-back-at", &[("n", props.cursor.into()), ("of", last.into())]) } else { i18n.f("controls-step-of", &[("n", props.cursor.into()), ("of", last.into()), ("label", props.step_label.to_string().into())]) } }
                </span>
            </div>
            if !props.embedded {
            <div class="group">
                <label>{i18n.t("controls-lesson")}{" "}
                    <select onchange={lesson} onkeydown={browse_without_opening} ref={lesson_menu} aria-label={i18n.t("controls-lesson-help")} data-testid="lesson-menu">
                        // A lesson of the teacher's own is named as the one running.
                        if let Some(own) = props.lesson_title.as_ref().filter(|t| !BUILTIN.iter().any(|b| t.as_str() == b.title)) {
                            <option value="" selected=true>{i18n.f("controls-own-lesson", &[("title", if own.is_empty() { i18n.t("lesson-untitled") } else { own.to_string() }.into())])}</option>
                        } else {
                            <option value="" selected={props.lesson_title.is_none()}>{i18n.t("controls-choose")}</option>
                        }
                        <optgroup label={i18n.t("controls-lessons")}>
                            { options(&i18n, props.lesson_title.as_deref(), Kind::Lesson) }
                        </optgroup>
                        <optgroup label={i18n.t("controls-challenges")}>
                            { options(&i18n, props.lesson_title.as_deref(), Kind::Challenge) }
                        </optgroup>
                        <optgroup label={i18n.t("controls-scenarios")}>
                            { options(&i18n, props.lesson_title.as_deref(), Kind::Scenario) }
                        </optgroup>
                    </select>
                </label>
                <label class="check secondary"><input type="checkbox" checked={props.relative} onchange={relative.clone()} data-testid="relative" />{" "}{i18n.t("controls-relative")}</label>
                <a class="button secondary" href="editor.html">{i18n.t("controls-write")}</a>
                <button class="secondary" onclick={share} title={i18n.t("controls-share-help")} data-testid="share">{i18n.t("controls-share")}</button>
                <details class="menu secondary" ref={menu.clone()} onkeydown={escape_closes(&menu)}>
                    <summary class="button">{i18n.t("controls-export")}</summary>
                    <div class="menu-items">
                        <button onclick={export(Export::Session)}>{i18n.t("controls-export-session")}</button>
                        <button onclick={export(Export::LadderSvg)}>{i18n.t("controls-export-svg")}</button>
                        <button onclick={export(Export::LadderPng)}>{i18n.t("controls-export-png")}</button>
                        <button onclick={export(Export::LadderSlide)}>{i18n.t("controls-export-slide")}</button>
                        <button onclick={export(Export::Pcap)}>{i18n.t("controls-export-pcap")}</button>
                        <button onclick={print}>{i18n.t("controls-print")}</button>
                    </div>
                </details>
                <label class="button file secondary" title={i18n.t("controls-import-help")}>{i18n.t("controls-import")}
                    <input type="file" accept={ACCEPT} onchange={import.clone()} class="visually-hidden" ref={file_input} />
                </label>
                <button class="secondary" onclick={open_capture} title={i18n.t("controls-capture-help")}>{i18n.t("controls-capture")}</button>
                <button class="secondary" onclick={reset}>{i18n.t("controls-reset")}</button>
            </div>
            } else {
            // Embedded: a student may still open a lesson file the course gave them.
            <div class="group">
                <label class="check secondary"><input type="checkbox" checked={props.relative} onchange={relative} data-testid="relative" />{" "}{i18n.t("controls-relative")}</label>
                <label class="button file secondary" title={i18n.t("controls-import-help")}>{i18n.t("controls-import")}
                    <input type="file" accept={ACCEPT} onchange={import} class="visually-hidden" />
                </label>
            </div>
            }
            <button class="more-toggle" aria-expanded={expanded.to_string()} onclick={toggle_more}>{i18n.t("controls-more")}</button>
        </div>
    }
}
