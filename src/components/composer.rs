//! The segment composer: craft any segment from either side, pre-filled
//! with the numbers a correct TCP would use; or edit an outbox segment.

use crate::state::{Action, Notice};
use tcp_engine::scenario::{parse_number, SegSpec, SeqExpr, Stmt};
use tcp_engine::sim::Side;
use tcp_engine::{Flags, Segment, SeqNum, State, Tcb};
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
    /// Both TCBs, for the pre-filled numbers.
    pub tcbs: [Tcb; 2],
    /// Both states.
    pub states: [State; 2],
    /// An outbox segment to edit, if any.
    pub editing: Option<Editing>,
    /// Ends editing.
    pub on_done: Callback<()>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The form. A field left untouched (`None`) follows what a correct TCP
/// would send right now, so the pre-filled numbers never go stale.
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

    fn resolve(&self, tcbs: &[Tcb; 2], states: &[State; 2]) -> Fields {
        let c = correct(self.from, tcbs, states);
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

/// What a correct TCP on `from` would put in its next segment.
fn correct(from: Side, tcbs: &[Tcb; 2], states: &[State; 2]) -> Fields {
    let i = if from == Side::Client { 0 } else { 1 };
    let tcb = tcbs[i];
    let synchronized = !matches!(states[i], State::Closed | State::Listen | State::SynSent);
    Fields {
        from,
        flags: if synchronized { Flags::ACK } else { Flags::SYN },
        seq: tcb.snd_nxt.0.to_string(),
        ack: if synchronized {
            tcb.rcv_nxt.0.to_string()
        } else {
            "0".into()
        },
        win: tcb.rcv_wnd.min(65535).to_string(),
        data: String::new(),
    }
}

fn from_segment(from: Side, seg: &Segment) -> Draft {
    Draft {
        from,
        flags: Some(seg.flags),
        seq: Some(seg.seq.0.to_string()),
        ack: Some(seg.ack.0.to_string()),
        win: Some(seg.wnd.to_string()),
        data: String::from_utf8_lossy(&seg.payload).into_owned(),
    }
}

/// Checks the fields; errors name the field and what is wrong.
fn validate(f: &Fields) -> Result<Segment, String> {
    let number = |name: &str, value: &str, max: u32| -> Result<u32, String> {
        let v = value.trim();
        match parse_number(v) {
            Some(n) if n <= max => Ok(n),
            Some(n) => Err(format!("{name}: at most {max}, found {n}")),
            None if v.is_empty() => Err(format!("{name}: empty; enter a number from 0 to {max}")),
            None => Err(format!(
                "{name}: expected a number from 0 to {max} (or 0x hex), found “{v}”"
            )),
        }
    };
    let seq = number("Sequence number", &f.seq, u32::MAX)?;
    let ack = number("Acknowledgment number", &f.ack, u32::MAX)?;
    let win = number("Window", &f.win, 65535)?;
    if f.data.len() > 65_495 {
        return Err(format!(
            "Payload: at most 65495 bytes, found {}",
            f.data.len()
        ));
    }
    Ok(Segment {
        seq: SeqNum(seq),
        ack: SeqNum(ack),
        flags: f.flags,
        wnd: win as u16,
        payload: f.data.as_bytes().to_vec(),
    })
}

/// The composer.
#[function_component]
pub fn Composer(props: &Props) -> Html {
    let draft = use_state(|| Draft::new(Side::Client));
    let error = use_state(|| None::<String>);

    // Editing an outbox segment loads it into the form.
    {
        let draft = draft.clone();
        use_effect_with(props.editing.clone(), move |editing| {
            if let Some(e) = editing {
                draft.set(from_segment(e.side, &e.seg));
            }
        });
    }

    let fields = draft.resolve(&props.tcbs, &props.states);
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
            match validate(&fields) {
                Err(message) => {
                    error.set(Some(message.clone()));
                    dispatch.emit(Action::Notify(Notice {
                        error: true,
                        text: format!("Composer: {message}"),
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
    let from_state = props.states[if f.from == Side::Client { 0 } else { 1 }];
    let explain = if editing {
        format!("You are editing a segment the {}'s TCP formed. Its state already changed when the TCP formed it; your edit only changes what goes on the wire.", f.from)
    } else if f.flags.contains(Flags::SYN)
        && !f.flags.contains(Flags::ACK)
        && from_state == State::Closed
    {
        format!("This is a raw segment: the {} stays CLOSED and will not know it sent a SYN. To open a connection the normal way, press Connect on the {} (that SYN changes its state to SYN-SENT).", f.from, f.from)
    } else {
        format!("This is a raw segment: it goes on the wire as if the {} sent it, but the {}'s TCP does not know, so its state and numbers do not change.", f.from, f.from)
    };
    let flag_boxes = Flags::NAMED.iter().map(|(flag, name)| {
        html! {
            <label class="flag">
                <input type="checkbox" checked={f.flags.contains(*flag)} onchange={toggle(*flag)} />{*name}
            </label>
        }
    });
    html! {
        <section class="composer" aria-label="Segment composer">
            <h2>{ if editing { "Edit before sending" } else { "Craft a segment" } }</h2>
            <form onsubmit={submit}>
                <fieldset class="from" disabled={editing}>
                    <legend>{"From"}</legend>
                    <label><input type="radio" name="from" checked={f.from == Side::Client} onchange={choose_side(Side::Client)} />{" client → server"}</label>
                    <label><input type="radio" name="from" checked={f.from == Side::Server} onchange={choose_side(Side::Server)} />{" server → client"}</label>
                </fieldset>
                <fieldset class="flags"><legend>{"Flags"}</legend>{ for flag_boxes }</fieldset>
                <div class="numbers">
                    <label>{"seq number"}<input type="text" inputmode="numeric" value={f.seq.clone()} oninput={set_text(|d, v| d.seq = Some(v))} /></label>
                    <label>{"ack number"}<input type="text" inputmode="numeric" value={f.ack.clone()} oninput={set_text(|d, v| d.ack = Some(v))} /></label>
                    <label>{"window"}<input type="text" inputmode="numeric" value={f.win.clone()} oninput={set_text(|d, v| d.win = Some(v))} /></label>
                </div>
                <label class="data">{"Payload"}<input type="text" value={f.data.clone()} maxlength="1460" placeholder="(none)" oninput={set_text(|d, v| d.data = v)} /></label>
                <p class="hint">{explain}</p>
                if let Some(message) = &*error { <p class="field-error" role="alert">{message}</p> }
                <div class="buttons">
                    <button type="submit" class="primary">{ if editing { "Send edited segment" } else { "Put on the wire" } }</button>
                    if editing {
                        <button type="button" onclick={cancel}>{"Cancel"}</button>
                    } else {
                        <button type="button" onclick={refill} title="follow the numbers a correct TCP would use now">{"Reset to correct numbers"}</button>
                    }
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_names_the_field_and_the_problem() {
        let mut f = correct(Side::Client, &[Tcb::default(); 2], &[State::Closed; 2]);
        f.seq = "abc".into();
        assert_eq!(
            validate(&f).unwrap_err(),
            "Sequence number: expected a number from 0 to 4294967295 (or 0x hex), found “abc”"
        );
        f.seq = "1".into();
        f.win = "70000".into();
        assert_eq!(
            validate(&f).unwrap_err(),
            "Window: at most 65535, found 70000"
        );
        f.win = "".into();
        assert!(validate(&f).unwrap_err().starts_with("Window: empty"));
    }

    #[test]
    fn prefill_is_what_a_correct_tcp_sends() {
        let tcb = Tcb {
            snd_nxt: SeqNum(1001),
            rcv_nxt: SeqNum(5001),
            rcv_wnd: 65535,
            ..Tcb::default()
        };
        let f = correct(
            Side::Server,
            &[Tcb::default(), tcb],
            &[State::Closed, State::Established],
        );
        assert_eq!(
            (f.flags, f.seq.as_str(), f.ack.as_str()),
            (Flags::ACK, "1001", "5001")
        );
    }
}
