//! The playground's effects as values, run in one place each: what a
//! click on Reset, Share, Export or Import (or a file dropped on the page)
//! asks the browser to do is an [`Effect`], built where the student acts
//! and run by [`use_runner`]; what an action asks (save, work in slices,
//! tell the embedding page, announce) is a [`crate::state::Effect`] the
//! reducer records, run by [`use_effects`]. The decisions in them (what
//! Reset asks, how a file is taken, when to save or slice) are plain
//! functions, tested natively.

use crate::components::controls::{Control, Export};
use crate::i18n::{I18n, Text};
use crate::lessons::Bundled;
use crate::state::WireOp;
use crate::state::{Action, AppState, Notice, Source};
use tcp_engine::scenario::Stmt;
use tcp_engine::sim::Side;
use tcp_engine::Segment;
use yew::prelude::*;

/// Sessions longer than this ask before a reset throws them away.
pub const CONFIRM_RESET_AFTER: usize = 12;

/// Something the page does outside the simulation.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Start afresh; `ask` is the catalog key of the question asked first,
    /// if the session is long enough to ask.
    Reset {
        /// Asked first (a catalog key), or straight away.
        ask: Option<&'static str>,
    },
    /// Pack the session into a link (the browser's compressor) and show
    /// it in the share box; `base` is the page's address it is added to.
    Share {
        /// The page's address in the link's language, with no fragment.
        base: String,
        /// The session's scenario text.
        text: String,
    },
    /// Read a file the student picked or dropped: a lesson, or a session.
    Import(web_sys::File),
    /// Save something as a file.
    Export(Export),
    /// Print the worksheet (the print stylesheet makes it).
    Print,
    /// Copy the text to the clipboard, then tell the callback whether the
    /// browser let it.
    Copy(AttrValue, Callback<bool>),
}

/// What [`Effect::Reset`] asks first, if anything: a long session is
/// asked about, in words that say truly whether it is kept aside ("↩
/// Earlier session") or lost. It is kept only if a session was saved when
/// the page opened and this one is the saved one (see storage).
pub fn reset_question(
    statements: usize,
    had_saved: bool,
    dirty: bool,
    replaces_saved: bool,
) -> Option<&'static str> {
    let kept = had_saved && (dirty || !replaces_saved);
    (statements > CONFIRM_RESET_AFTER).then_some(if kept {
        "confirm-reset"
    } else {
        "confirm-reset-lost"
    })
}

/// What a file dropped on the page is, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// A packet capture (`.pcap`, `.pcapng`, `.cap`).
    Capture,
    /// Anything else is read as a scenario.
    Scenario,
}

/// How a dropped file named `name` is opened.
pub fn dropped(name: &str) -> Dropped {
    let name = name.to_ascii_lowercase();
    if [".pcap", ".pcapng", ".cap"]
        .iter()
        .any(|x| name.ends_with(x))
    {
        Dropped::Capture
    } else {
        Dropped::Scenario
    }
}

/// A file over the scenario limit is refused before it is read (a 50 MB
/// file must not fill the memory): the notice that says so.
pub fn too_big(name: &str, size: f64) -> Option<Notice> {
    (size > tcp_engine::limits::MAX_SCRIPT_BYTES as f64).then(|| Notice {
        error: true,
        text: Text::msg(
            "notice-file-too-big",
            vec![
                ("name", name.to_string().into()),
                ("size", (size as u64).into()),
                ("max", tcp_engine::limits::MAX_SCRIPT_BYTES.into()),
            ],
        ),
    })
}

/// What an imported file's text opens: the reducer opens a narrated file
/// as a lesson, one with goals as a challenge, anything else as a session
/// (telling them apart takes the scenario parser, which the first screen
/// does not load).
pub fn imported(text: String) -> Action {
    Action::Restore(Source::File, text)
}

/// The state and language of the latest render, read by callbacks built
/// once (see [`use_page_calls`]) when they run.
type Latest = std::rc::Rc<std::cell::RefCell<(UseReducerHandle<AppState>, I18n)>>;

/// Runs [`Effect`]s: the one place the playground's own effects happen.
/// `dispatch` is the gated one (read-only embeds); `share_link` is where a
/// made link is shown; `latest` the session they act on.
fn runner(
    latest: Latest,
    dispatch: Callback<Action>,
    share_link: UseStateHandle<Option<String>>,
) -> Callback<Effect> {
    Callback::from(move |effect: Effect| {
        let (state, i18n) = latest.borrow().clone();
        run(effect, state, i18n, &dispatch, &share_link)
    })
}

/// Runs one effect on `state`.
fn run(
    effect: Effect,
    state: UseReducerHandle<AppState>,
    i18n: I18n,
    dispatch: &Callback<Action>,
    share_link: &UseStateHandle<Option<String>>,
) {
    match effect {
        Effect::Reset { ask } => {
            let sure = ask.is_none_or(|key| {
                web_sys::window()
                    .and_then(|w| w.confirm_with_message(&i18n.t(key)).ok())
                    .unwrap_or(false)
            });
            if sure {
                state.dispatch(Action::Reset(crate::app::fresh_seed()));
            }
        }
        Effect::Share { base, text } => {
            let (share_link, dispatch) = (share_link.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::share::encode_in_browser(&text).await {
                    // Not put in the address bar: a reload must open the
                    // student's latest work, not the moment the link was made.
                    Some(packed) => {
                        share_link.set(Some(format!("{base}{}{packed}", crate::share::PREFIX)))
                    }
                    None => dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: Text::key("share-unsupported"),
                    })),
                }
            });
        }
        Effect::Import(file) => {
            if let Some(notice) = too_big(&file.name(), file.size()) {
                dispatch.emit(Action::Notify(notice));
                return;
            }
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                dispatch.emit(match text.ok().and_then(|t| t.as_string()) {
                    Some(text) => imported(text),
                    None => Action::Notify(Notice {
                        error: true,
                        text: Text::msg("notice-not-text", vec![("name", file.name().into())]),
                    }),
                });
            });
        }
        Effect::Print => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        Effect::Copy(text, done) => wasm_bindgen_futures::spawn_local(async move {
            done.emit(crate::clipboard::copy(&text).await);
        }),
        Effect::Export(what) => {
            // The exports are a chunk of their own: loaded on first use.
            let (state, i18n, dispatch) = (state.clone(), i18n.clone(), dispatch.clone());
            crate::components::lazy::with_part(
                crate::export::EXPORT,
                move |export| export(&state, &i18n, what),
                move || {
                    dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: Text::key("lazy-failed"),
                    }))
                },
            );
        }
    }
}

/// Runs the effects the reducer recorded ([`crate::state::Effect`]) since
/// the last drawing, once each; on the first drawing, those the plan asks
/// for a page just opened. The one place they happen: `saver` makes the
/// saves, `audience` is who the embedding page's messages are for, and
/// announcements go into the live region this returns.
#[hook]
pub fn use_effects(
    state: &UseReducerHandle<AppState>,
    i18n: &I18n,
    dispatch: &Callback<Action>,
    saver: crate::storage::Saver,
    audience: &std::rc::Rc<crate::hooks::Audience>,
) -> NodeRef {
    use crate::state::{effects, Effect as Due};
    let announce = use_node_ref();
    let region = announce.clone();
    let audience = audience.clone();
    let seen = use_mut_ref(|| None::<u64>);
    let slices = use_mut_ref(|| None::<crate::hooks::Soon>);
    let told = use_mut_ref(crate::hooks::Told::default);
    // An announcement made before the later catalogs came waits for them
    // (its words may be there): a screen reader would read "…".
    let waiting = use_mut_ref(|| None::<Text>);
    {
        let (region, waiting, i18n) = (announce.clone(), waiting.clone(), i18n.clone());
        use_effect_with(i18n.fetched(), move |&fetched| {
            if let (true, Some(text), Some(region)) = (fetched, waiting.take(), region.get()) {
                region.set_text_content(Some(&text.render(&i18n)));
            }
        });
    }
    let (state, i18n, dispatch) = (state.clone(), i18n.clone(), dispatch.clone());
    use_effect_with(state.effects.serial(), move |&serial| {
        let due: Vec<Due> = match seen.replace(Some(serial)) {
            Some(seen) => state.effects.since(seen).cloned().collect(),
            None => effects::plan(None, &effects::Mark::of(&state)),
        };
        for effect in due {
            match effect {
                Due::Save => saver.due(),
                Due::Unsave => saver.drop_waiting(),
                Due::Slices(on) => {
                    *slices.borrow_mut() =
                        on.then(|| crate::hooks::next_slices(&dispatch)).flatten();
                }
                Due::Replayed => crate::storage::replaying(false),
                Due::Tell => crate::hooks::tell(&state, &audience, &mut told.borrow_mut()),
                Due::Announce(text) if !i18n.fetched() => *waiting.borrow_mut() = Some(text),
                Due::Announce(text) => {
                    if let Some(region) = region.get() {
                        region.set_text_content(Some(&text.render(&i18n)));
                    }
                }
            }
        }
    });
    announce
}

/// The reducer's dispatcher as the page uses it: in `mode=readonly` only
/// watching and stepping the lesson get through (the one place that gate
/// is applied; every callback components get is built on it).
pub fn gate(reducer: Callback<Action>, readonly: bool) -> Callback<Action> {
    Callback::from(move |a: Action| {
        if !readonly || a.allowed_when_readonly() {
            // After the reducer's chunk, when the action needs it.
            crate::state::dispatch(&reducer, a)
        }
    })
}

/// The narrow callbacks components get, built in one place from the
/// gated dispatcher ([`gate`]): none of them can reset, restore or open a
/// capture, and each takes only what its component gives.
#[derive(Clone)]
pub struct Calls {
    /// Does a statement (a call, a setting, a release, an injected segment).
    pub on_do: Callback<Stmt>,
    /// Tells the student something (a mistake in a field).
    pub on_notify: Callback<Notice>,
    /// Sends an edited outbox segment (side, place in the outbox, segment).
    pub on_release: Callback<(Side, usize, Segment)>,
    /// Acts on the segment in flight with this id.
    pub on_wire: Callback<(u64, WireOp)>,
    /// Selects a trace entry, or lets go.
    pub on_select: Callback<Option<u32>>,
    /// The lesson's next step.
    pub on_next: Callback<()>,
    /// Answers the coming step's questions.
    pub on_answer: Callback<Vec<crate::state::Given>>,
    /// Fills in a blank of the ladder.
    pub on_fill: Callback<(usize, crate::state::Given)>,
    /// Leaves the lesson.
    pub on_leave: Callback<()>,
    /// The challenge's next hint.
    pub on_hint: Callback<()>,
    /// Stops the work under way.
    pub on_stop: Callback<()>,
    /// Puts the notice away.
    pub on_dismiss: Callback<()>,
    /// The top bar's controls.
    pub on_control: Callback<Control>,
    /// Opens a bundled lesson, then calls the callback given with it.
    pub on_lesson: Callback<(&'static Bundled, Callback<()>)>,
}

/// Builds [`Calls`] on `dispatch` (the gated one).
pub fn calls(dispatch: &Callback<Action>) -> Calls {
    let d = dispatch;
    let open = d.clone();
    Calls {
        on_do: d.reform(Action::Do),
        on_notify: d.reform(Action::Notify),
        on_release: d.reform(|(side, n, seg)| Action::ReleaseEdited(side, n, seg)),
        on_wire: d.reform(|(id, op)| Action::OnWire(id, op)),
        on_select: d.reform(Action::Select),
        on_next: d.reform(|_| Action::LessonNext),
        on_answer: d.reform(Action::LessonAnswer),
        on_fill: d.reform(|(line, given)| Action::LessonFill(line, given)),
        on_leave: d.reform(|_| Action::LeaveLesson),
        on_hint: d.reform(|_| Action::ShowHint),
        on_stop: d.reform(|_| Action::Stop),
        on_dismiss: d.reform(|_| Action::Dismiss),
        on_control: d.reform(Action::from),
        on_lesson: Callback::from(move |(bundled, then): (&'static Bundled, Callback<()>)| {
            let open = open.clone();
            crate::lessons::open(
                bundled,
                Callback::from(move |a| {
                    open.emit(a);
                    then.emit(());
                }),
            );
        }),
    }
}

/// The page's own callbacks, built in one place: each makes an [`Effect`]
/// and hands it to the runner.
#[derive(Clone)]
pub struct PageCalls {
    /// Reset (asks first for a long session).
    pub on_reset: Callback<()>,
    /// Save something as a file.
    pub on_export: Callback<Export>,
    /// Print the worksheet.
    pub on_print: Callback<()>,
    /// Copy a text (the share link).
    pub on_copy: Callback<(AttrValue, Callback<bool>)>,
    /// Make a share link.
    pub on_share: Callback<()>,
    /// Open a picked `.scn` file.
    pub on_import: Callback<web_sys::File>,
    /// A file dropped anywhere on the page: a capture, or a scenario.
    pub on_drop: Callback<DragEvent>,
    /// The share link made, shown until closed.
    pub share_link: Option<String>,
    /// Closes the share box.
    pub close_share: Callback<()>,
}

/// Builds [`PageCalls`] around one [`use_runner`]; `had_saved` is whether
/// a session was saved when the page opened, `open_capture` opens a
/// dropped capture.
#[hook]
pub fn use_page_calls(
    state: &UseReducerHandle<AppState>,
    i18n: &I18n,
    dispatch: &Callback<Action>,
    had_saved: bool,
    open_capture: &Callback<web_sys::File>,
) -> PageCalls {
    let share_link = use_state(|| None::<String>);
    // Built once and reading the latest render's state when they run: new
    // callbacks at every render would make the controls given them render
    // again at every action.
    let latest: Latest = use_mut_ref(|| (state.clone(), i18n.clone()));
    *latest.borrow_mut() = (state.clone(), i18n.clone());
    let calls = use_memo(
        (dispatch.clone(), had_saved, open_capture.clone()),
        |(dispatch, had_saved, open_capture)| {
            page_calls(latest, dispatch, *had_saved, open_capture, &share_link)
        },
    );
    PageCalls {
        share_link: (*share_link).clone(),
        ..(*calls).clone()
    }
}

/// `call`, made in turn: after the actions that came before it and still
/// wait for the sessions chunk (what it reads of the session has them).
fn in_turn<T: 'static>(call: Callback<T>) -> Callback<T> {
    Callback::from(move |x: T| {
        let call = call.clone();
        crate::state::after_waiting(move || call.emit(x));
    })
}

/// The callbacks of [`use_page_calls`].
fn page_calls(
    latest: Latest,
    dispatch: &Callback<Action>,
    had_saved: bool,
    open_capture: &Callback<web_sys::File>,
    share_link: &UseStateHandle<Option<String>>,
) -> PageCalls {
    let run = runner(latest.clone(), dispatch.clone(), share_link.clone());
    let on_share = {
        let (latest, run) = (latest.clone(), run.clone());
        Callback::from(move |_| {
            let (state, i18n) = latest.borrow().clone();
            if let Some(base) = share_base(i18n.lang().code()) {
                let text = state.session_text();
                run.emit(Effect::Share { base, text });
            }
        })
    };
    let on_import = run.reform(Effect::Import);
    let on_drop = {
        let (open_capture, on_import) = (open_capture.clone(), on_import.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                match dropped(&file.name()) {
                    Dropped::Capture => open_capture.emit(file),
                    Dropped::Scenario => on_import.emit(file),
                }
            }
        })
    };
    PageCalls {
        on_reset: in_turn(run.reform(move |_| {
            let state = latest.borrow().0.clone();
            Effect::Reset {
                ask: reset_question(
                    state.session.len(),
                    had_saved,
                    state.dirty,
                    state.replaces_saved,
                ),
            }
        })),
        on_export: in_turn(run.reform(Effect::Export)),
        on_print: in_turn(run.reform(|_| Effect::Print)),
        on_copy: run.reform(|(text, done)| Effect::Copy(text, done)),
        on_share: in_turn(on_share),
        on_import,
        on_drop,
        share_link: None,
        close_share: {
            let share_link = share_link.clone();
            Callback::from(move |_: ()| share_link.set(None))
        },
    }
}

/// The page's address for a share link: in the language `lang`, with no
/// fragment (the link adds its own).
pub fn share_base(lang: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().unwrap_or_default();
    let base = web_sys::Url::new(&href)
        .map(|url| {
            url.search_params().set("lang", lang);
            url.set_hash("");
            url.href()
        })
        .unwrap_or_else(|_| href.split('#').next().unwrap_or_default().to_string());
    Some(base.trim_end_matches('#').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What reaches the reducer through [`gate`] and [`calls`].
    fn reached(readonly: bool, act: impl FnOnce(&Calls)) -> Vec<Action> {
        let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let sink = log.clone();
        let reducer = Callback::from(move |a: Action| sink.borrow_mut().push(a));
        act(&calls(&gate(reducer, readonly)));
        log.take()
    }

    #[test]
    fn each_callback_asks_for_its_own_action_only() {
        let stmt = Stmt::Call(Side::Client, tcp_engine::scenario::CallSpec::Close);
        assert_eq!(
            reached(false, |c| c.on_do.emit(stmt.clone())),
            [Action::Do(stmt)]
        );
        assert_eq!(
            reached(false, |c| c.on_select.emit(Some(3))),
            [Action::Select(Some(3))]
        );
        assert_eq!(
            reached(false, |c| c.on_wire.emit((7, WireOp::Drop))),
            [Action::OnWire(7, WireOp::Drop)]
        );
        assert_eq!(
            reached(false, |c| c.on_control.emit(Control::Undo)),
            [Action::Undo]
        );
        assert_eq!(
            reached(false, |c| c.on_control.emit(Control::Relative(false))),
            [Action::SetRelative(false)]
        );
        assert_eq!(
            reached(false, |c| c.on_leave.emit(())),
            [Action::LeaveLesson]
        );
        assert_eq!(reached(false, |c| c.on_stop.emit(())), [Action::Stop]);
    }

    #[test]
    fn read_only_lets_through_watching_and_stepping_only() {
        let stmt = Stmt::Call(Side::Server, tcp_engine::scenario::CallSpec::Listen);
        assert_eq!(reached(true, |c| c.on_do.emit(stmt)), []);
        assert_eq!(reached(true, |c| c.on_wire.emit((1, WireOp::Deliver))), []);
        assert_eq!(reached(true, |c| c.on_control.emit(Control::Step)), []);
        assert_eq!(reached(true, |c| c.on_next.emit(())), [Action::LessonNext]);
        assert_eq!(
            reached(true, |c| c.on_select.emit(None)),
            [Action::Select(None)]
        );
        assert_eq!(
            reached(true, |c| c.on_control.emit(Control::Relative(true))),
            [Action::SetRelative(true)]
        );
    }

    #[test]
    fn a_short_session_resets_without_asking() {
        assert_eq!(reset_question(CONFIRM_RESET_AFTER, true, true, false), None);
        assert_eq!(reset_question(0, false, false, false), None);
    }

    #[test]
    fn a_long_session_is_asked_about_truly() {
        let long = CONFIRM_RESET_AFTER + 1;
        // Nothing saved when the page opened: nothing to bring back.
        assert_eq!(
            reset_question(long, false, true, false),
            Some("confirm-reset-lost")
        );
        // Saved, and this session is the saved one (changed since opening).
        assert_eq!(
            reset_question(long, true, true, true),
            Some("confirm-reset")
        );
        assert_eq!(
            reset_question(long, true, false, false),
            Some("confirm-reset")
        );
        // Opened from a link that replaces the saved one, untouched: the
        // saved session is not this one, so this one is lost.
        assert_eq!(
            reset_question(long, true, false, true),
            Some("confirm-reset-lost")
        );
    }

    #[test]
    fn dropped_files_go_by_their_names() {
        assert_eq!(dropped("lossy.PCAP"), Dropped::Capture);
        assert_eq!(dropped("a.pcapng"), Dropped::Capture);
        assert_eq!(dropped("old.cap"), Dropped::Capture);
        assert_eq!(dropped("week5.scn"), Dropped::Scenario);
        assert_eq!(dropped("pcap.txt"), Dropped::Scenario);
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let max = tcp_engine::limits::MAX_SCRIPT_BYTES as f64;
        assert!(too_big("a.scn", max).is_none());
        let notice = too_big("a.scn", max + 1.0).expect("refused");
        assert!(notice.error);
    }

    #[test]
    fn an_imported_text_opens_as_what_it_is() {
        use yew::Reducible;
        let opened = |text: &str| std::rc::Rc::new(AppState::new(1)).reduce(imported(text.into()));
        let session = opened("client connect\n");
        assert!(session.lesson.is_none() && session.notice.is_none());
        let client = session.sim.endpoint(Side::Client).state();
        assert_eq!(client, tcp_engine::State::SynSent);
        let lesson = opened("title \"T\"\nsay \"Hello\"\nserver listen\n");
        assert!(lesson.lesson.is_some());
        let challenge = opened("server listen\ngoal server LISTEN\n");
        assert!(challenge.lesson.as_ref().is_some_and(|l| l.is_challenge()));
    }
}
