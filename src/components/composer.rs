//! The segment composer: craft any segment from either side, pre-filled
//! with what a correct TCP would send now (the engine's
//! [`Sim::suggestion`](tcp_engine::sim::Sim::suggestion)); or edit an
//! outbox segment. Numbers are read and written in the numbering on screen.

use crate::i18n::{render, use_i18n, I18n, Text};
use crate::state::{Action, Notice};
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{parse_number, SegSpec, SeqExpr, Stmt};
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

/// Props of [`Composer`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What a correct TCP on each side would send now.
    pub suggestions: BySide<Segment>,
    /// Both states (to explain what a raw segment does).
    pub states: BySide<State>,
    /// The numbering the fields are read and written in.
    pub numbering: Numbering,
    /// An outbox segment to edit, if any.
    pub editing: Option<Editing>,
    /// Ends editing.
    pub on_done: Callback<()>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The form. A field left untouched (`None`) follows the suggestion, so
/// the pre-filled numbers never go stale.
#[derive(Clone, PartialEq)]
struct Draft {
    from: Side,
    flags: Option<Flags>,
    seq: Option<String>,
    ack: Option<String>,
    win: Option<String>,
    data: String,
}

impl Draft {
    fn new(from: Side) -> Draft {
        Draft {
            from,
            flags: None,
            seq: None,
            ack: None,
            win: None,
            data: String::new(),
        }
    }

    /// Numbers typed in `from` rewritten in `to`, so that switching the
    /// numbering never changes what a field means.
    fn renumbered(&self, from: &Numbering, to: &Numbering) -> Draft {
        let convert = |typed: &Option<String>, owner: Side| {
            typed.as_ref().map(|v| match parse_number(v.trim()) {
                Some(n) => to.typed(from.absolute_of(n, owner), owner).to_string(),
                None => v.clone(),
            })
        };
        Draft {
            seq: convert(&self.seq, self.from),
            ack: convert(&self.ack, self.from.other()),
            ..self.clone()
        }
    }

    fn resolve(&self, suggestion: &Segment, numbering: &Numbering) -> Fields {
        let c = shown(self.from, suggestion, numbering);
        Fields {
            from: self.from,
            flags: self.flags.unwrap_or(c.flags),
            seq: self.seq.clone().unwrap_or(c.seq),
            ack: self.ack.clone().unwrap_or(c.ack),
            win: self.win.clone().unwrap_or(c.win),
            data: self.data.clone(),
        }
    }
}

/// The values shown in the form.
#[derive(Clone, PartialEq)]
struct Fields {
    from: Side,
    flags: Flags,
    seq: String,
    ack: String,
    win: String,
    data: String,
}

/// A segment as the form shows it: numbers in the numbering on screen
/// (SEQ in the sender's space, ACK in the receiver's).
fn shown(from: Side, seg: &Segment, numbering: &Numbering) -> Fields {
    Fields {
        from,
        flags: seg.flags,
        seq: numbering.typed(seg.seq, from).to_string(),
        ack: numbering.typed(seg.ack, from.other()).to_string(),
        win: seg.wnd.to_string(),
        data: String::from_utf8_lossy(&seg.payload).into_owned(),
    }
}

fn from_segment(from: Side, seg: &Segment, numbering: &Numbering) -> Draft {
    let f = shown(from, seg, numbering);
    Draft {
        from,
        flags: Some(f.flags),
        seq: Some(f.seq),
        ack: Some(f.ack),
        win: Some(f.win),
        data: f.data,
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
        seq: numbering.absolute_of(seq, f.from),
        ack: numbering.absolute_of(ack, f.from.other()),
        flags: f.flags,
        wnd: u16::try_from(win).unwrap_or(u16::MAX),
        payload: f.data.as_bytes().into(),
        options: Vec::new(),
    })
}

/// How a number field of `owner`'s space is read, for its label.
fn numbering_hint(i18n: &I18n, numbering: &Numbering, owner: Side) -> String {
    let side = render::side(i18n, owner);
    if numbering.counts_from_iss(owner) {
        i18n.f("composer-relative-to", &[("side", side.into())])
    } else if numbering.relative {
        i18n.f("composer-real-no-isn", &[("side", side.into())])
    } else {
        i18n.t("composer-real")
    }
}

/// The composer.
#[function_component]
pub fn Composer(props: &Props) -> Html {
    let i18n = use_i18n();
    let draft = use_state(|| Draft::new(Side::Client));
    let error = use_state(|| None::<Text>);
    let numbering = props.numbering;

    // Typed numbers follow a change of numbering.
    {
        let draft = draft.clone();
        let shown_in = use_mut_ref(|| numbering);
        use_effect_with(numbering, move |numbering| {
            let before = *shown_in.borrow();
            if before.relative != numbering.relative {
                draft.set(draft.renumbered(&before, numbering));
            }
            *shown_in.borrow_mut() = *numbering;
        });
    }
    // Editing an outbox segment loads it into the form, and brings the
    // form into view with the focus on its first field (it may be far
    // below the Edit button, on a phone a screen or two).
    let section = use_node_ref();
    {
        let draft = draft.clone();
        let section = section.clone();
        use_effect_with(props.editing.clone(), move |editing| {
            if let Some(e) = editing {
                draft.set(from_segment(e.side, &e.seg, &numbering));
                if let Some(section) = section.cast::<web_sys::Element>() {
                    section.scroll_into_view();
                    let first = section
                        .query_selector("input:enabled, button")
                        .ok()
                        .flatten()
                        .and_then(|f| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()
                        });
                    if let Some(first) = first {
                        let _ = first.focus();
                    }
                }
            }
        });
    }

    let fields = draft.resolve(&props.suggestions[draft.from], &numbering);
    let set_text = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut d = (*draft).clone();
            apply(&mut d, input.value());
            draft.set(d);
        })
    };
    let toggle = |flag: Flags| {
        let draft = draft.clone();
        let shown = fields.flags;
        Callback::from(move |_: Event| {
            let mut d = (*draft).clone();
            d.flags = Some(if shown.contains(flag) {
                shown.without(flag)
            } else {
                shown | flag
            });
            draft.set(d);
        })
    };
    let choose_side = |side: Side| {
        let draft = draft.clone();
        Callback::from(move |_: Event| draft.set(Draft::new(side)))
    };
    let refill = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.set(Draft::new(draft.from)))
    };
    let submit = {
        let fields = fields.clone();
        let draft = draft.clone();
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        let editing = props.editing.clone();
        let on_done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate(&fields, &numbering) {
                Err(message) => {
                    error.set(Some(message.clone()));
                    dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: Text::msg("composer-notice", vec![("message", message.into())]),
                    }));
                }
                Ok(seg) => {
                    error.set(None);
                    match &editing {
                        Some(ed) => {
                            dispatch.emit(Action::ReleaseEdited(ed.side, ed.n, seg));
                            on_done.emit(());
                            draft.set(Draft::new(ed.side));
                        }
                        None => {
                            let spec = SegSpec {
                                flags: seg.flags,
                                seq: Some(SeqExpr::Num(seg.seq.0)),
                                ack: Some(SeqExpr::Num(seg.ack.0)),
                                win: Some(u32::from(seg.wnd)),
                                len: None,
                                data: (!seg.payload.is_empty()).then(|| fields.data.clone()),
                                options: None,
                            };
                            dispatch.emit(Action::Do(Stmt::Inject(fields.from, spec)));
                        }
                    }
                }
            }
        })
    };
    let cancel = {
        let on_done = props.on_done.clone();
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            draft.set(Draft::new(draft.from));
            on_done.emit(())
        })
    };

    let f = &fields;
    let editing = props.editing.is_some();
    let from = render::side(&i18n, f.from);
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
    let flag_boxes = Flags::NAMED.iter().map(|(flag, name)| {
        html! {
            <label class="flag">
                <input type="checkbox" checked={f.flags.contains(*flag)} onchange={toggle(*flag)} />{*name}
            </label>
        }
    });
    let seq_hint = numbering_hint(&i18n, &numbering, f.from);
    let ack_hint = numbering_hint(&i18n, &numbering, f.from.other());
    html! {
        <section class="composer" ref={section} aria-label={i18n.t("composer-region")}>
            <h2>{ i18n.t(if editing { "composer-title-edit" } else { "composer-title" }) }</h2>
            <form onsubmit={submit}>
                <fieldset class="from" disabled={editing}>
                    <legend>{i18n.t("composer-from")}</legend>
                    <label><input type="radio" name="from" checked={f.from == Side::Client} onchange={choose_side(Side::Client)} />{" "}{i18n.t("composer-client-to-server")}</label>
                    <label><input type="radio" name="from" checked={f.from == Side::Server} onchange={choose_side(Side::Server)} />{" "}{i18n.t("composer-server-to-client")}</label>
                </fieldset>
                <fieldset class="flags"><legend>{i18n.t("composer-flags")}</legend>{ for flag_boxes }</fieldset>
                <div class="numbers">
                    <label>{i18n.t("composer-field-seq")}<small class="numbering-hint">{seq_hint}</small>
                        <input type="text" inputmode="numeric" value={f.seq.clone()} data-testid="composer-seq" oninput={set_text(|d, v| d.seq = Some(v))} /></label>
                    <label>{i18n.t("composer-field-ack")}<small class="numbering-hint">{ack_hint}</small>
                        <input type="text" inputmode="numeric" value={f.ack.clone()} data-testid="composer-ack" oninput={set_text(|d, v| d.ack = Some(v))} /></label>
                    <label>{i18n.t("composer-field-win")}
                        <input type="text" inputmode="numeric" value={f.win.clone()} oninput={set_text(|d, v| d.win = Some(v))} /></label>
                </div>
                <label class="data">{i18n.t("composer-payload")}<input type="text" value={f.data.clone()} maxlength="1460" placeholder={i18n.t("composer-payload-none")} oninput={set_text(|d, v| d.data = v)} /></label>
                <p class="hint">{explain}</p>
                if let Some(message) = &*error { <p class="field-error" role="alert">{message.render(&i18n)}</p> }
                <div class="buttons">
                    <button type="submit" class="primary">{ i18n.t(if editing { "composer-send-edited" } else { "composer-put-on-wire" }) }</button>
                    if editing {
                        <button type="button" onclick={cancel}>{i18n.t("composer-cancel")}</button>
                    } else {
                        <button type="button" onclick={refill} title={i18n.t("composer-refill-help")}>{i18n.t("composer-refill")}</button>
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

    fn fields(seq: &str, ack: &str, win: &str) -> Fields {
        Fields {
            from: Side::Client,
            flags: Flags::ACK,
            seq: seq.into(),
            ack: ack.into(),
            win: win.into(),
            data: String::new(),
        }
    }

    #[test]
    fn validation_names_the_field_and_the_problem() {
        let en = I18n::english();
        let n = Numbering::absolute();
        assert_eq!(
            validate(&fields("abc", "0", "1"), &n)
                .unwrap_err()
                .render(&en),
            "Sequence number: expected a number from 0 to 4294967295 (or 0x hex), found “abc”"
        );
        assert_eq!(
            validate(&fields("1", "0", "70000"), &n)
                .unwrap_err()
                .render(&en),
            "Window: at most 65535, found 70000"
        );
        assert!(validate(&fields("1", "0", ""), &n)
            .unwrap_err()
            .render(&en)
            .starts_with("Window: empty"));
    }

    #[test]
    fn typed_numbers_keep_their_meaning_when_the_numbering_changes() {
        let sim = connected();
        let (relative, real) = (
            Numbering::new(true, &sim.snapshot()),
            Numbering::new(false, &sim.snapshot()),
        );
        let mut draft = Draft::new(Side::Client);
        draft.seq = Some("5".into());
        draft.ack = Some("oops".into());
        let real_draft = draft.renumbered(&relative, &real);
        assert_eq!(real_draft.seq.as_deref(), Some("1005"));
        assert_eq!(
            real_draft.ack.as_deref(),
            Some("oops"),
            "not a number: left as typed"
        );
        let back = real_draft.renumbered(&real, &relative);
        assert_eq!(back.seq.as_deref(), Some("5"));
    }

    #[test]
    fn relative_fields_are_read_from_each_side_iss() {
        let sim = connected();
        let n = Numbering::new(true, &sim.snapshot());
        let seg = validate(&fields("1", "1", "100"), &n).unwrap();
        assert_eq!((seg.seq, seg.ack), (SeqNum(1001), SeqNum(5001)));
        let shown = shown(Side::Client, &sim.suggestion(Side::Client), &n);
        assert_eq!((shown.seq.as_str(), shown.ack.as_str()), ("1", "1"));
    }
}
