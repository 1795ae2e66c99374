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
    /// Where each line's mistake is: 1-based line and column, in order.
    pub errors: Vec<(usize, usize)>,
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

/// The byte range a mistake's mark covers: the word at the column, or
/// (when empty) one space at the line's end.
pub fn mark_range(text: &str, line: usize, col: usize) -> (usize, usize) {
    let start_of_line = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let line_text = text[start_of_line..].split('\n').next().unwrap_or("");
    let at = line_text
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    let word = line_text[at..]
        .find(char::is_whitespace)
        .map_or(line_text.len() - at, |n| n.max(1));
    (start_of_line + at, start_of_line + at + word)
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
        use_effect_with(props.errors.clone(), move |_| {
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
    let error_lines: Vec<usize> = props.errors.iter().map(|&(line, _)| line).collect();
    // Only the marks are visible, so the mirror holds the text up to the last.
    let mut shown = 0;
    let mirrored = props
        .errors
        .iter()
        .map(|&(line, col)| {
            let (start, end) = mark_range(text, line, col);
            let before = text
                .get(shown.min(start)..start)
                .unwrap_or_default()
                .to_string();
            let marked = if end > start {
                text[start..end].to_string()
            } else {
                " ".to_string()
            };
            shown = end;
            html! { <>{before}<mark class="error">{marked}</mark></> }
        })
        .collect::<Html>();
    html! {
        <div class="code">
            <Gutter {lines} {error_lines} node={gutter} />
            <div class="code-area">
                <pre class="mirror" ref={mirror} aria-hidden="true">{mirrored}</pre>
                <textarea ref={props.textarea.clone()} oninput={on_input} onscroll={on_scroll}
                    aria-label={props.label.clone()} aria-describedby={props.described_by.clone()}
                    aria-invalid={(!props.errors.is_empty()).to_string()}
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" data-testid="editor-text" />
            </div>
        </div>
    }
}

/// Props of [`Gutter`].
#[derive(Properties, PartialEq)]
struct GutterProps {
    lines: usize,
    error_lines: Vec<usize>,
    node: NodeRef,
}

/// The line numbers: drawn again only when the count or the error's line
/// changes, not at every keystroke.
#[function_component]
fn Gutter(props: &GutterProps) -> Html {
    // Runs of plain numbers between the marked ones: few nodes for 500 lines.
    let mut parts = Vec::new();
    let mut run = String::new();
    for n in 1..=props.lines {
        if props.error_lines.contains(&n) {
            parts.push(html! { {std::mem::take(&mut run)} });
            parts.push(html! { <mark>{format!("{n}\n")}</mark> });
        } else {
            run.push_str(&format!("{n}\n"));
        }
    }
    parts.push(html! { {run} });
    html! {
        <pre class="gutter" ref={props.node.clone()} aria-hidden="true">{ for parts }</pre>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_covers_the_word_where_the_parser_stopped() {
        let text = "server listen\nclient conect now\n";
        let (start, end) = mark_range(text, 2, 8);
        assert_eq!(&text[start..end], "conect");
        // At a line's end, an empty range (one space is marked).
        assert_eq!(mark_range("deliver\nrun", 1, 8), (7, 7));
        // Columns count characters, not bytes.
        let (start, end) = mark_range("say é x", 1, 7);
        assert_eq!(&"say é x"[start..end], "x");
        // Past the end, nothing breaks.
        assert_eq!(mark_range("a", 9, 9), (1, 1));
    }
}
