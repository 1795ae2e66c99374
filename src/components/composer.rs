//! The segment composer: craft any segment from either side, pre-filled
//! with what a correct TCP would send now (the engine's
//! [`Sim::suggestion`](tcp_engine::sim::Sim::suggestion)); or edit an
//! outbox segment. Numbers are read and written in the numbering on screen.

use crate::i18n::{render, use_i18n, I18n, Text};
use crate::state::Notice;
use tcp_engine::numbering::{Numbering, Reading};
use tcp_engine::options::TcpOption;
use tcp_engine::scenario::{parse_number, SegSpec, Stmt};
use tcp_engine::segment::MAX_PAYLOAD;
use tcp_engine::sim::{BySide, Side};
use tcp_engine::{Flags, Segment, State};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// An outbox segment being edited before release.
#[derive(Clone, Debug, PartialEq)]
pub struct Editing {
    /// Whose outbox.
    pub side: Side,
    /// 1-based position.
    pub n: usize,
    /// The segment as the TCP formed it.
    pub seg: Segment,
}

/// Changes with every action that changes the simulation: the session
/// (a reset starts a new one), the moment in its timeline and the events
/// so far.
pub type At = (u32, usize, usize);

/// Props of [`Composer`].
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// What a correct TCP on each side would send now.
    pub suggestions: BySide<Segment>,
    /// Both states (to explain what a raw segment does, and how numbers of
    /// each side's space are read).
    pub states: BySide<State>,
    /// The numbering the fields are read and written in.
    pub numbering: Numbering,
    /// The moment shown: typed values last until it changes.
    pub at: At,
    /// An outbox segment to edit, if any.
    pub editing: Option<Editing>,
    /// Ends editing.
    pub on_done: Callback<()>,
    /// Does a statement (the crafted segment, injected).
    pub on_do: Callback<Stmt>,
    /// Sends an edited outbox segment: side, its place in the outbox, the
    /// segment as edited.
    pub on_release: Callback<(Side, usize, tcp_engine::Segment)>,
    /// Tells the student of a mistake in a field.
    pub on_notify: Callback<Notice>,
}

/// The form. A field left untouched (`None`) follows the suggestion, so
/// the pre-filled numbers never go stale; a typed one lasts while the
/// moment and the numbering it was typed in are shown.
#[derive(Clone, PartialEq)]
struct Draft {
    from: Side,
    /// The moment and numbering (relative or not) the values were typed in.
    typed_in: (At, bool),
    flags: Option<Flags>,
    seq: Option<String>,
    ack: Option<String>,
    win: Option<String>,
    data: Option<String>,
}

impl Draft {
    fn new(from: Side, typed_in: (At, bool)) -> Draft {
        Draft {
            from,
            typed_in,
            flags: None,
            seq: None,
            ack: None,
            win: None,
            data: None,
        }
    }

    /// The draft as it stands at `now`: typed values of an earlier moment
    /// or numbering are gone (an outbox segment being edited keeps its own).
    fn at(&self, now: (At, bool), editing: bool) -> Draft {
        if editing || self.typed_in == now {
            self.clone()
        } else {
            Draft::new(self.from, now)
        }
    }

    /// Whether any field holds what the student typed.
    fn typed(&self) -> Typed {
        Typed {
            flags: self.flags.is_some(),
            seq: self.seq.is_some(),
            ack: self.ack.is_some(),
            win: self.win.is_some(),
            data: self.data.is_some(),
        }
    }

    fn resolve(
        &self,
        suggestion: &Segment,
        numbering: &Numbering,
        states: &BySide<State>,
    ) -> Fields {
        let c = shown(self.from, suggestion, numbering, states, self.flags);
        Fields {
            flags: self.flags.unwrap_or(c.flags),
            seq: self.seq.clone().unwrap_or(c.seq),
            ack: self.ack.clone().unwrap_or(c.ack),
            win: self.win.clone().unwrap_or(c.win),
            data: self.data.clone().unwrap_or(c.data),
            ack_none: c.ack_none && self.ack.is_none(),
            ..c
        }
    }
}

/// Which fields hold typed values.
#[derive(Clone, Copy, PartialEq)]
struct Typed {
    flags: bool,
    seq: bool,
    ack: bool,
    win: bool,
    data: bool,
}

impl Typed {
    fn any(self) -> bool {
        self.flags || self.seq || self.ack || self.win || self.data
    }
}

/// The values shown in the form, with how its numbers are read.
#[derive(Clone, PartialEq)]
struct Fields {
    from: Side,
    flags: Flags,
    seq: String,
    ack: String,
    win: String,
    data: String,
    seq_reading: Reading,
    ack_reading: Reading,
    /// The ACK flag is set on a suggestion without one, whose ack field
    /// (left empty) acknowledges nothing.
    ack_none: bool,
    /// The suggestion's (or edited segment's) options, sent while SYN is
    /// set: only a SYN carries them (§3.7.1).
    options: Vec<TcpOption>,
}

/// A segment as the form shows it: numbers as the engine says each field
/// is read (SEQ in the sender's space; ACK in the receiver's with the ACK
/// flag, the real value without it). `flags` are the ones shown, when the
/// student chose them: ticking ACK on a segment without one leaves the
/// acknowledgment field empty, since its 0 acknowledges nothing.
fn shown(
    from: Side,
    seg: &Segment,
    numbering: &Numbering,
    states: &BySide<State>,
    flags: Option<Flags>,
) -> Fields {
    let to = from.other();
    let flags_shown = flags.unwrap_or(seg.flags);
    let seq_reading = numbering.reading(from, states[from]);
    let ack_reading = numbering.ack_reading(flags_shown, to, states[to]);
    let ack_none = flags_shown.contains(Flags::ACK) && !seg.flags.contains(Flags::ACK);
    let ack = if ack_none {
        String::new()
    } else {
        numbering.write(ack_reading, seg.ack).to_string()
    };
    Fields {
        from,
        flags: seg.flags,
        seq: numbering.write(seq_reading, seg.seq).to_string(),
        ack,
        win: seg.wnd.to_string(),
        data: String::from_utf8_lossy(&seg.payload).into_owned(),
        seq_reading,
        ack_reading,
        ack_none,
        options: if flags_shown.contains(Flags::SYN) {
            seg.options.clone()
        } else {
            Vec::new()
        },
    }
}

fn from_segment(
    from: Side,
    seg: &Segment,
    numbering: &Numbering,
    states: &BySide<State>,
    typed_in: (At, bool),
) -> Draft {
    let f = shown(from, seg, numbering, states, None);
    Draft {
        from,
        typed_in,
        flags: Some(f.flags),
        seq: Some(f.seq),
        ack: Some(f.ack),
        win: Some(f.win),
        data: Some(f.data),
    }
}

/// Checks the fields and turns them into a real segment; errors name the
/// field and what is wrong.
fn validate(f: &Fields, numbering: &Numbering) -> Result<Segment, Text> {
    let number = |field: &'static str, value: &str, max: u32| -> Result<u32, Text> {
        let v = value.trim();
        let field = Text::key(field);
        match parse_number(v) {
            Some(n) if n <= max => Ok(n),
            Some(n) => Err(Text::msg(
                "composer-too-big",
                vec![
                    ("field", field.into()),
                    ("max", max.into()),
                    ("found", n.into()),
                ],
            )),
            None if v.is_empty() => Err(Text::msg(
                "composer-empty",
                vec![("field", field.into()), ("max", max.into())],
            )),
            None => Err(Text::msg(
                "composer-not-a-number",
                vec![
                    ("field", field.into()),
                    ("max", max.into()),
                    ("found", v.into()),
                ],
            )),
        }
    };
    let seq = number("composer-field-seq", &f.seq, u32::MAX)?;
    let ack = number("composer-field-ack", &f.ack, u32::MAX)?;
    let win = number("composer-field-win", &f.win, u32::from(u16::MAX))?;
    if f.data.len() > MAX_PAYLOAD {
        return Err(Text::msg(
            "composer-payload-too-big",
            vec![("max", MAX_PAYLOAD.into()), ("found", f.data.len().into())],
        ));
    }
    Ok(Segment {
        seq: numbering.read(f.seq_reading, seq),
        ack: numbering.read(f.ack_reading, ack),
        flags: f.flags,
        wnd: u16::try_from(win).unwrap_or(u16::MAX),
        payload: f.data.as_bytes().into(),
        options: f.options.clone(),
    })
}

/// How a number field is read, for its label.
fn reading_hint(i18n: &I18n, reading: Reading) -> String {
    let side = |side: Side| render::side(i18n, side);
    match reading {
        Reading::FromIss(owner) => i18n.f("composer-relative-to", &[("side", side(owner).into())]),
        Reading::NoIss(owner) => i18n.f("composer-real-no-isn", &[("side", side(owner).into())]),
        Reading::NoConnection(owner) => i18n.f(
            "composer-real-no-connection",
            &[("side", side(owner).into())],
        ),
        Reading::AckUnused => i18n.t("composer-ack-unused"),
        Reading::Real => i18n.t("composer-real"),
    }
}

/// What the form's controls do.
struct Handlers {
    seq: Callback<InputEvent>,
    ack: Callback<InputEvent>,
    win: Callback<InputEvent>,
    data: Callback<InputEvent>,
    flags: Vec<(Flags, &'static str, Callback<Event>)>,
    sides: BySide<Callback<Event>>,
    refill: Callback<MouseEvent>,
    submit: Callback<SubmitEvent>,
    cancel: Callback<MouseEvent>,
}

crate::lazy_part!(
    /// The composer, in a chunk of its own, below the first screen.
    pub COMPOSER, composer, super::lazy::View<Props>, |p| html! { <Composer ..p.clone() /> }
);

/// The composer.
#[function_component]
pub fn Composer(props: &Props) -> Html {
    let i18n = use_i18n();
    let numbering = props.numbering;
    let now = (props.at, numbering.relative);
    let editing = props.editing.is_some();
    let stored = use_state(|| Draft::new(Side::Client, now));
    let error = use_state(|| None::<Text>);
    // Typed values last until the next action or change of numbering:
    // shown so at once, and forgotten after (going back to the moment they
    // were typed in must not bring them back).
    let draft = stored.at(now, editing);
    {
        let stored = stored.clone();
        let fresh = draft.clone();
        use_effect_with(now, move |_| {
            if *stored != fresh {
                stored.set(fresh);
            }
        });
    }

    // Editing an outbox segment loads it into the form (again when the
    // numbering changes, so that its numbers read as the labels say).
    {
        let stored = stored.clone();
        let states = props.states;
        use_effect_with(
            (props.editing.clone(), numbering.relative),
            move |(editing, _)| {
                if let Some(e) = editing {
                    stored.set(from_segment(e.side, &e.seg, &numbering, &states, now));
                }
            },
        );
    }
    // ...and brings the form into view with the focus on its first field
    // (it may be far below the Edit button, on a phone a screen or two).
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with(props.editing.clone(), move |editing| {
            if editing.is_some() {
                focus_first(&section);
            }
        });
    }

    let fields = draft.resolve(&props.suggestions[draft.from], &numbering, &props.states);
    let set_text = |apply: fn(&mut Draft, String)| {
        let (stored, draft) = (stored.clone(), draft.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut d = draft.clone();
            apply(&mut d, input.value());
            stored.set(d);
        })
    };
    let toggle = |flag: Flags| {
        let (stored, draft) = (stored.clone(), draft.clone());
        let shown = fields.flags;
        Callback::from(move |_: Event| {
            let mut d = draft.clone();
            d.flags = Some(if shown.contains(flag) {
                shown.without(flag)
            } else {
                shown | flag
            });
            stored.set(d);
        })
    };
    let start_over = |side: Side| {
        let stored = stored.clone();
        move || stored.set(Draft::new(side, now))
    };
    let submit = {
        let fields = fields.clone();
        let error = error.clone();
        let (on_do, on_release, on_notify) = (
            props.on_do.clone(),
            props.on_release.clone(),
            props.on_notify.clone(),
        );
        let editing = props.editing.clone();
        let on_done = props.on_done.clone();
        let start_over = start_over(draft.from);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let seg = match validate(&fields, &numbering) {
                Err(message) => {
                    error.set(Some(message.clone()));
                    on_notify.emit(Notice {
                        error: true,
                        text: Text::msg("composer-notice", vec![("message", message.into())]),
                    });
                    return;
                }
                Ok(seg) => seg,
            };
            error.set(None);
            match &editing {
                Some(ed) => {
                    on_release.emit((ed.side, ed.n, seg));
                    on_done.emit(());
                    start_over();
                }
                None => on_do.emit(Stmt::Inject(fields.from, SegSpec::exactly(&seg))),
            }
        })
    };
    let handlers = Handlers {
        seq: set_text(|d, v| d.seq = Some(v)),
        ack: set_text(|d, v| d.ack = Some(v)),
        win: set_text(|d, v| d.win = Some(v)),
        data: set_text(|d, v| d.data = Some(v)),
        flags: Flags::NAMED
            .iter()
            .map(|(flag, name)| (*flag, *name, toggle(*flag)))
            .collect(),
        sides: BySide::from_fn(|side| {
            let go = start_over(side);
            Callback::from(move |_: Event| go())
        }),
        refill: {
            let go = start_over(draft.from);
            Callback::from(move |_: MouseEvent| go())
        },
        submit,
        cancel: {
            let on_done = props.on_done.clone();
            let go = start_over(draft.from);
            Callback::from(move |_: MouseEvent| {
                go();
                on_done.emit(())
            })
        },
    };
    let typed = (!editing).then(|| draft.typed());
    form(
        &i18n,
        props,
        &fields,
        typed,
        (*error).as_ref(),
        section,
        handlers,
    )
}

/// Scrolls the form into view and focuses its first control.
fn focus_first(section: &NodeRef) {
    let Some(section) = section.cast::<web_sys::Element>() else {
        return;
    };
    section.scroll_into_view();
    let first = section
        .query_selector("input:enabled, button")
        .ok()
        .flatten()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}

/// The form itself. `typed` says which fields hold typed values (none
/// while an outbox segment is edited).
fn form(
    i18n: &I18n,
    props: &Props,
    f: &Fields,
    typed: Option<Typed>,
    error: Option<&Text>,
    section: NodeRef,
    h: Handlers,
) -> Html {
    let editing = props.editing.is_some();
    let from = render::side(i18n, f.from);
    let explain = if editing {
        i18n.f("composer-explain-edit", &[("side", from.clone().into())])
    } else if f.flags.contains(Flags::SYN)
        && !f.flags.contains(Flags::ACK)
        && props.states[f.from] == State::Closed
    {
        i18n.f("composer-explain-raw-syn", &[("side", from.clone().into())])
    } else {
        i18n.f("composer-explain-raw", &[("side", from.clone().into())])
    };
    // A typed field says so, and how long it lasts.
    let mark = |is: fn(&Typed) -> bool| -> Html {
        match typed {
            Some(t) if is(&t) => {
                html! { <small class="typed-note">{i18n.t("composer-typed-mark")}</small> }
            }
            Some(_) | None => Html::default(),
        }
    };
    let flag_boxes = h.flags.into_iter().map(|(flag, name, toggle)| {
        html! {
            <label class="flag">
                <input type="checkbox" checked={f.flags.contains(flag)} onchange={toggle} />{name}
            </label>
        }
    });
    html! {
        <section class="composer" ref={section} aria-label={i18n.t("composer-region")}>
            <h2>{ i18n.t(if editing { "composer-title-edit" } else { "composer-title" }) }</h2>
            <form onsubmit={h.submit}>
                <fieldset class="from" disabled={editing}>
                    <legend>{i18n.t("composer-from")}</legend>
                    <label><input type="radio" name="from" checked={f.from == Side::Client} onchange={h.sides[Side::Client].clone()} />{" "}{i18n.t("composer-client-to-server")}</label>
                    <label><input type="radio" name="from" checked={f.from == Side::Server} onchange={h.sides[Side::Server].clone()} />{" "}{i18n.t("composer-server-to-client")}</label>
                </fieldset>
                <fieldset class="flags"><legend>{i18n.t("composer-flags")}</legend>{ for flag_boxes }{ mark(|t| t.flags) }</fieldset>
                if !f.options.is_empty() {
                    <p class="numbering-hint" data-testid="composer-options">{ i18n.f("composer-options", &[("options", render::options(&f.options).into())]) }</p>
                }
                <div class="numbers">
                    <label>{i18n.t("composer-field-seq")}<small class="numbering-hint">{reading_hint(i18n, f.seq_reading)}</small>{ mark(|t| t.seq) }
                        <input type="text" inputmode="numeric" value={f.seq.clone()} data-testid="composer-seq" oninput={h.seq} /></label>
                    <label>{i18n.t("composer-field-ack")}<small class="numbering-hint">{reading_hint(i18n, f.ack_reading)}</small>
                        if f.ack_none { <small class="numbering-hint">{i18n.t("composer-ack-none")}</small> }
                        { mark(|t| t.ack) }
                        <input type="text" inputmode="numeric" value={f.ack.clone()} data-testid="composer-ack" oninput={h.ack} /></label>
                    <label>{i18n.t("composer-field-win")}{ mark(|t| t.win) }
                        <input type="text" inputmode="numeric" value={f.win.clone()} data-testid="composer-win" oninput={h.win} /></label>
                </div>
                <label class="data">{i18n.t("composer-payload")}{ mark(|t| t.data) }<input type="text" value={f.data.clone()} maxlength="1460" placeholder={i18n.t("composer-payload-none")} oninput={h.data} /></label>
                if typed.is_some_and(|t| t.any()) { <p class="typed-note" data-testid="composer-typed">{i18n.t("composer-typed")}</p> }
                <p class="hint">{explain}</p>
                if let Some(message) = error { <p class="field-error" role="alert">{message.render(i18n)}</p> }
                <div class="buttons">
                    <button type="submit" class="primary">{ i18n.t(if editing { "composer-send-edited" } else { "composer-put-on-wire" }) }</button>
                    if editing {
                        <button type="button" onclick={h.cancel}>{i18n.t("composer-cancel")}</button>
                    } else {
                        <button type="button" onclick={h.refill} title={i18n.t("composer-refill-help")}>{i18n.t("composer-refill")}</button>
                    }
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tcp_engine::testing::connected;
    use tcp_engine::SeqNum;

    fn fields(seq: &str, ack: &str, win: &str, reading: Reading) -> Fields {
        Fields {
            from: Side::Client,
            flags: Flags::ACK,
            seq: seq.into(),
            ack: ack.into(),
            win: win.into(),
            data: String::new(),
            seq_reading: reading,
            ack_reading: reading,
            ack_none: false,
            options: Vec::new(),
        }
    }

    fn established() -> BySide<State> {
        BySide::new(State::Established, State::Established)
    }

    #[test]
    fn validation_names_the_field_and_the_problem() {
        let en = I18n::english_with_rules();
        let n = Numbering::absolute();
        let real = |seq, ack, win| fields(seq, ack, win, Reading::Real);
        assert_eq!(
            validate(&real("abc", "0", "1"), &n)
                .unwrap_err()
                .render(&en),
            "Sequence number: expected a number from 0 to 4294967295 (or 0x hex), found “abc”"
        );
        assert_eq!(
            validate(&real("1", "0", "70000"), &n)
                .unwrap_err()
                .render(&en),
            "Window: at most 65535, found 70000"
        );
        assert!(validate(&real("1", "0", ""), &n)
            .unwrap_err()
            .render(&en)
            .starts_with("Window: empty"));
    }

    #[test]
    fn typed_values_last_until_the_next_action_or_change_of_numbering() {
        let mut draft = Draft::new(Side::Server, ((1, 0, 10), true));
        draft.seq = Some("5".into());
        draft.flags = Some(Flags::RST);
        let same = draft.at(((1, 0, 10), true), false);
        assert_eq!(same.seq.as_deref(), Some("5"));
        for later in [((1, 0, 11), true), ((2, 0, 10), true), ((1, 0, 10), false)] {
            let gone = draft.at(later, false);
            assert!(gone.seq.is_none() && gone.flags.is_none(), "{later:?}");
            assert_eq!(gone.from, Side::Server, "the side chosen stays");
        }
        assert_eq!(
            draft.at(((1, 0, 11), true), true).seq.as_deref(),
            Some("5"),
            "an outbox segment being edited keeps its values"
        );
    }

    #[test]
    fn relative_fields_are_read_from_each_side_iss() {
        let sim = connected();
        let n = Numbering::new(true, &sim.snapshot());
        let seg = validate(&fields("1", "1", "100", Reading::FromIss(Side::Client)), &n).unwrap();
        assert_eq!(seg.seq, SeqNum(1001));
        let shown = shown(
            Side::Client,
            &sim.suggestion(Side::Client),
            &n,
            &established(),
            None,
        );
        assert_eq!((shown.seq.as_str(), shown.ack.as_str()), ("1", "1"));
        let seg = validate(&shown, &n).unwrap();
        assert_eq!((seg.seq, seg.ack), (SeqNum(1001), SeqNum(5001)));
    }

    #[test]
    fn a_syn_without_ack_shows_its_ack_field_as_the_real_zero_it_carries() {
        // The server has chosen its ISS; the client's SYN acknowledges nothing.
        let sim = connected();
        let n = Numbering::new(true, &sim.snapshot());
        let syn = Segment {
            flags: Flags::SYN,
            seq: SeqNum(1000),
            ..Segment::default()
        };
        let f = shown(Side::Client, &syn, &n, &established(), None);
        assert_eq!((f.ack.as_str(), f.ack_reading), ("0", Reading::AckUnused));
        assert_eq!(validate(&f, &n).unwrap().ack, SeqNum(0));
        // Ticking ACK: no number to acknowledge is made up.
        let f = shown(
            Side::Client,
            &syn,
            &n,
            &established(),
            Some(Flags::SYN | Flags::ACK),
        );
        assert_eq!((f.ack.as_str(), f.ack_none), ("", true));
        assert_eq!(f.ack_reading, Reading::FromIss(Side::Server));
    }

    #[test]
    fn a_suggested_syn_keeps_its_options_while_syn_is_set() {
        let syn = Segment {
            flags: Flags::SYN,
            options: vec![TcpOption::Mss(1460)],
            ..Segment::default()
        };
        let n = Numbering::absolute();
        let f = shown(Side::Client, &syn, &n, &established(), None);
        assert_eq!(
            validate(&f, &n).unwrap().options,
            vec![TcpOption::Mss(1460)]
        );
        let f = shown(Side::Client, &syn, &n, &established(), Some(Flags::ACK));
        assert!(f.options.is_empty());
    }
}
