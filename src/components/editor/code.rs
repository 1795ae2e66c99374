//! The lesson text with line numbers and its parse error underlined. A
//! plain textarea (so typing, selection, undo and screen readers work as
//! everywhere) over a mirror of the same text in which only the error's
//! mark is visible; the gutter and the mirror follow its scrolling.

use yew::prelude::*;

/// Props of [`Code`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text.
    pub text: AttrValue,
    /// Where the parser stopped: 1-based line and column.
    pub error: Option<(usize, usize)>,
    /// The textarea's accessible name.
    pub label: AttrValue,
    /// The id of the element that says what is wrong.
    pub described_by: AttrValue,
    /// The text changed.
    pub on_input: Callback<String>,
    /// The textarea, for moving to a line.
    pub textarea: NodeRef,
    /// Bumped when the text is replaced from outside (a template): the
    /// textarea is given it then, and otherwise left to the typing.
    pub version: u32,
}

/// The text split around the error's mark: before, marked, after. The mark
/// covers the word at the error, or one space at a line's end.
pub fn split_at_error(text: &str, line: usize, col: usize) -> (&str, String, &str) {
    let start_of_line = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let rest = &text[start_of_line..];
    let line_text = rest.split('\n').next().unwrap_or("");
    let at = line_text
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    let word = line_text[at..]
        .find(char::is_whitespace)
        .map_or(line_text.len() - at, |n| n.max(1));
    let start = start_of_line + at;
    let end = start + word;
    let marked = if word == 0 {
        " ".to_string()
    } else {
        text[start..end].to_string()
    };
    (&text[..start], marked, &text[end..])
}

/// The editor's text area.
#[function_component]
pub fn Code(props: &Props) -> Html {
    let (gutter, mirror) = (use_node_ref(), use_node_ref());
    let on_scroll = {
        let (gutter, mirror) = (gutter.clone(), mirror.clone());
        Callback::from(move |e: Event| {
            let area: web_sys::Element = e.target_unchecked_into();
            for follower in [&gutter, &mirror] {
                if let Some(el) = follower.cast::<web_sys::Element>() {
                    el.set_scroll_top(area.scroll_top());
                    el.set_scroll_left(area.scroll_left());
                }
            }
        })
    };
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
    // A mirror that appears follows the textarea's scrolling from the start.
    {
        let (area, mirror) = (props.textarea.clone(), mirror.clone());
        use_effect_with(props.error, move |_| {
            if let (Some(area), Some(mirror)) = (
                area.cast::<web_sys::Element>(),
                mirror.cast::<web_sys::Element>(),
            ) {
                mirror.set_scroll_top(area.scroll_top());
                mirror.set_scroll_left(area.scroll_left());
            }
        });
    }
    let text = props.text.as_str();
    let lines = text.split('\n').count();
    let error_line = props.error.map(|(line, _)| line);
    // Only the mark is visible, so the mirror holds the text up to it.
    let mirrored = props.error.map(|(line, col)| {
        let (before, marked, _) = split_at_error(text, line, col);
        html! { <>{before}<mark class="error">{marked}</mark></> }
    });
    html! {
        <div class="code">
            <Gutter {lines} {error_line} node={gutter} />
            <div class="code-area">
                <pre class="mirror" ref={mirror} aria-hidden="true">{mirrored}</pre>
                <textarea ref={props.textarea.clone()} oninput={on_input} onscroll={on_scroll}
                    aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                    aria-invalid={props.error.is_some().to_string()}
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" data-testid="editor-text" />
            </div>
        </div>
    }
}

/// Props of [`Gutter`].
#[derive(Properties, PartialEq)]
struct GutterProps {
    lines: usize,
    error_line: Option<usize>,
    node: NodeRef,
}

/// The line numbers: drawn again only when the count or the error's line
/// changes, not at every keystroke.
#[function_component]
fn Gutter(props: &GutterProps) -> Html {
    let mut before = String::new();
    let mut after = String::new();
    let mut marked = None;
    for n in 1..=props.lines {
        if Some(n) == props.error_line {
            marked = Some(format!("{n}\n"));
        } else if marked.is_some() {
            after.push_str(&format!("{n}\n"));
        } else {
            before.push_str(&format!("{n}\n"));
        }
    }
    html! {
        <pre class="gutter" ref={props.node.clone()} aria-hidden="true">
            {before}
            if let Some(marked) = marked {
                <mark>{marked}</mark>
            }
            {after}
        </pre>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_covers_the_word_where_the_parser_stopped() {
        let text = "server listen\nclient conect now\n";
        assert_eq!(
            split_at_error(text, 2, 8),
            ("server listen\nclient ", "conect".to_string(), " now\n")
        );
        // At a line's end, one space is marked.
        assert_eq!(
            split_at_error("deliver\nrun", 1, 8),
            ("deliver", " ".to_string(), "\nrun")
        );
        // Columns count characters, not bytes.
        assert_eq!(split_at_error("say é x", 1, 7).1, "x");
        // Past the end, nothing breaks.
        assert_eq!(split_at_error("a", 9, 9).1, " ");
    }
}
