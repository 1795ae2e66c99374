//! The lesson text with line numbers and its mistakes underlined. A plain
//! textarea (so typing, selection, undo and screen readers work as
//! everywhere) over a mirror that holds the same lines, wrapped the same
//! way, each with its number: the numbers and marks sit where the text's
//! lines are, however long lines wrap. The mirror follows the textarea's
//! scrolling after every scroll and every drawing (a paste or a new last
//! line moves the text before the mirror has the lines).

use yew::prelude::*;

/// Props of [`Code`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text in the box (a page of a long draft, or all of it).
    pub text: AttrValue,
    /// The number of its first line.
    pub first: usize,
    /// The whole text's last line number (sets the numbers' width).
    pub last: usize,
    /// Each wrong line's mistake: 1-based line (of the whole text) and column.
    pub errors: Vec<(usize, usize)>,
    /// The textarea's accessible name.
    pub label: AttrValue,
    /// The ids of the elements that say what is wrong.
    pub described_by: AttrValue,
    /// The text changed.
    pub on_input: Callback<String>,
    /// A key went down (for the rule-id suggestions).
    pub on_key: Callback<KeyboardEvent>,
    /// The caret may have moved.
    pub on_caret: Callback<()>,
    /// The suggestion list the textarea offers, and its chosen option.
    pub suggest: Option<(AttrValue, Option<AttrValue>)>,
    /// The textarea, for moving to a line.
    pub textarea: NodeRef,
    /// Bumped when the text is replaced from outside (a template, another
    /// page): the textarea is given it then, and otherwise left to typing.
    pub version: u32,
}

/// The byte range a mistake's mark covers in its line: the word at the
/// column, or (when empty) nothing, at the line's end.
pub fn mark_range(line_text: &str, col: usize) -> (usize, usize) {
    let at = line_text
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    let word = line_text[at..]
        .find(char::is_whitespace)
        .map_or(line_text.len() - at, |n| n.max(1));
    (at, at + word)
}

/// The editor's text area.
#[function_component]
pub fn Code(props: &Props) -> Html {
    let mirror = use_node_ref();
    let follow = {
        let (area, mirror) = (props.textarea.clone(), mirror.clone());
        move || {
            if let (Some(area), Some(mirror)) = (
                area.cast::<web_sys::Element>(),
                mirror.cast::<web_sys::Element>(),
            ) {
                mirror.set_scroll_top(area.scroll_top());
            }
        }
    };
    let on_scroll = {
        let follow = follow.clone();
        Callback::from(move |_: Event| follow())
    };
    // After every drawing: the text may have scrolled before its lines were drawn.
    use_effect(follow);
    let on_input = props.on_input.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });
    // The textarea is not given the text at every keystroke (it has it):
    // only when the text is replaced.
    {
        let (area, text) = (props.textarea.clone(), props.text.clone());
        use_effect_with(props.version, move |_| {
            if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }
    let rows = props.text.split('\n').enumerate().map(|(i, line)| {
        let n = props.first + i;
        let error = props.errors.iter().find(|&&(l, _)| l == n);
        let text = match error {
            Some(&(_, col)) => {
                let (start, end) = mark_range(line, col);
                // At a line's end the mark takes no room, so the line wraps as the text does.
                let class = classes!("error", (end == start).then_some("end"));
                html! { <>{&line[..start]}<mark {class}>{&line[start..end]}</mark>{&line[end..]}</> }
            }
            None => html! { {line} },
        };
        html! {
            <div class="row"><span class={classes!("n", error.map(|_| "bad"))}>{n}</span>{text}</div>
        }
    });
    let digits = props.last.max(10).ilog10() + 1;
    let (list, active) = match &props.suggest {
        Some((list, active)) => (Some(list.clone()), active.clone()),
        None => (None, None),
    };
    let on_keyup = props.on_caret.reform(|_: KeyboardEvent| ());
    let on_click = props.on_caret.reform(|_: MouseEvent| ());
    html! {
        <div class="code" style={format!("--digits:{digits}")}>
            <div class="mirror" ref={mirror} aria-hidden="true" data-testid="editor-mirror">{ for rows }</div>
            <textarea ref={props.textarea.clone()} oninput={on_input} onscroll={on_scroll}
                onkeydown={props.on_key.clone()} onkeyup={on_keyup} onclick={on_click}
                aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                aria-invalid={(!props.errors.is_empty()).to_string()}
                aria-autocomplete="list" aria-controls={list} aria-activedescendant={active}
                spellcheck="false" autocapitalize="off" autocomplete="off" data-testid="editor-text" />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_covers_the_word_where_the_parser_stopped() {
        let line = "client conect now";
        let (start, end) = mark_range(line, 8);
        assert_eq!(&line[start..end], "conect");
        // At a line's end, an empty range.
        assert_eq!(mark_range("deliver", 8), (7, 7));
        // Columns count characters, not bytes.
        let (start, end) = mark_range("say é x", 7);
        assert_eq!(&"say é x"[start..end], "x");
        // Past the end, nothing breaks.
        assert_eq!(mark_range("a", 9), (1, 1));
    }
}
