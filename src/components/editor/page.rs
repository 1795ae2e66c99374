//! The part of a long draft that the text box holds. A browser's textarea
//! lays its whole text out again at every keystroke (about 2 ms per
//! thousand lines on a slow machine, more with the mirror), so a draft of
//! 200,000 lines would
//! cost most of a second per key: past [`MAX_LINES`] lines or
//! [`MAX_BYTES`] bytes the box holds one page of [`PAGE_LINES`] lines, and
//! the teacher moves between pages. Everything else (checking, saving,
//! embedding) works on the whole text.

/// Most lines the box holds before the text is cut into pages.
pub const MAX_LINES: usize = 1_500;
/// Most bytes the box holds before the text is cut into pages.
pub const MAX_BYTES: usize = 256 * 1024;
/// Lines in a page.
pub const PAGE_LINES: usize = 300;
/// Bytes in a page (past them a page ends early; one line is never cut).
pub const PAGE_BYTES: usize = 128 * 1024;

/// The text in the box: `text[start..end]`, whose first line is `first`
/// (1-based). The bytes after `end` start with the newline that ends the
/// page, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Byte offset of the page's first line.
    pub start: usize,
    /// Byte offset of the newline after its last line (or the text's end).
    pub end: usize,
    /// Number of its first line.
    pub first: usize,
}

impl Page {
    /// The whole text.
    pub fn whole(text: &str) -> Page {
        Page {
            start: 0,
            end: text.len(),
            first: 1,
        }
    }

    /// Whether the page is the whole text.
    pub fn is_whole(&self, text: &str) -> bool {
        self.start == 0 && self.end == text.len()
    }

    /// Lines in the page.
    pub fn lines(&self, text: &str) -> usize {
        lines(&text[self.start..self.end])
    }

    /// The text with the page's part replaced by `typed`, and the page
    /// that now holds `typed`.
    pub fn replace(&self, text: &str, typed: &str) -> (String, Page) {
        let mut out = String::with_capacity(text.len() - (self.end - self.start) + typed.len());
        out.push_str(&text[..self.start]);
        out.push_str(typed);
        out.push_str(&text[self.end..]);
        let page = Page {
            end: self.start + typed.len(),
            ..*self
        };
        (out, page)
    }
}

/// Lines in `text` as the box shows them (a text ending in a newline has
/// an empty last line).
pub fn lines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
}

/// Whether `text` is too long for the box to hold whole.
pub fn needs_pages(text: &str) -> bool {
    text.len() > MAX_BYTES || lines(text) > MAX_LINES
}

/// Byte offset where line `line` (1-based) starts (the text's end past
/// its last line).
pub fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

/// The page that starts at line `first`.
pub fn page_from(text: &str, first: usize) -> Page {
    let start = line_start(text, first);
    // `end`: after the last line taken; `at`: where the next one starts.
    let (mut end, mut at) = (start, start);
    for n in 0..PAGE_LINES {
        let next = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if n > 0 && next - start > PAGE_BYTES {
            break;
        }
        end = next;
        if next == text.len() {
            break;
        }
        at = next + 1;
    }
    Page {
        start,
        end,
        first: first.max(1),
    }
}

/// What the box should hold for `text` with the caret on line `line`: the
/// whole text when it is short enough, otherwise the page around the line.
pub fn page_around(text: &str, line: usize) -> Page {
    if !needs_pages(text) {
        return Page::whole(text);
    }
    let line = line.clamp(1, lines(text));
    let aligned = (line - 1) / PAGE_LINES * PAGE_LINES + 1;
    let page = page_from(text, aligned);
    if line < page.first + page.lines(text) {
        page
    } else {
        page_from(text, line)
    }
}

/// The page before `page` (ending on the line before its first).
pub fn page_before(text: &str, page: &Page) -> Page {
    let first = page.first.saturating_sub(PAGE_LINES).max(1);
    let mut before = page_from(text, first);
    // A page cut early by its bytes leaves a gap: start later until it meets.
    while before.first + before.lines(text) < page.first {
        before = page_from(text, before.first + before.lines(text));
    }
    Page {
        end: page.start.saturating_sub(1).max(before.start),
        ..before
    }
}

/// The page after `page`, if any.
pub fn page_after(text: &str, page: &Page) -> Option<Page> {
    (page.end < text.len()).then(|| page_from(text, page.first + page.lines(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_held_a_page_at_a_time_and_edits_land_in_their_place() {
        let text: String = (1..=5000).map(|n| format!("# {n}\n")).collect();
        assert!(needs_pages(&text));
        let page = page_around(&text, 1300);
        assert_eq!(page.first, 1201);
        assert_eq!(page.lines(&text), PAGE_LINES);
        let held = &text[page.start..page.end];
        assert!(
            held.starts_with("# 1201\n") && held.ends_with("# 1500"),
            "{held:?}"
        );
        // Typing in the page changes that part of the whole text only.
        let (edited, page) = page.replace(&text, &held.replace("# 1300", "run"));
        assert!(edited.contains("# 1299\nrun\n# 1301\n"));
        assert_eq!(lines(&edited), lines(&text));
        assert_eq!(page_after(&edited, &page).unwrap().first, 1501);
        assert_eq!(page_before(&edited, &page), page_from(&edited, 901));
        // The last page ends at the text's end (its empty last line included).
        let last = page_around(&text, 5001);
        assert_eq!((last.first, last.end), (4801, text.len()));
        assert_eq!(page_after(&text, &last), None);
        // Short texts are held whole.
        assert_eq!(page_around("run\n", 1), Page::whole("run\n"));
    }

    #[test]
    fn pages_of_long_lines_end_early_but_never_cut_a_line() {
        let line = "x".repeat(PAGE_BYTES / 3);
        let text = [line.as_str(); 10].join("\n");
        let page = page_from(&text, 1);
        assert_eq!(page.lines(&text), 3);
        assert_eq!(&text[page.start..page.end], [line.as_str(); 3].join("\n"));
        let next = page_after(&text, &page).unwrap();
        assert_eq!(next.first, 4);
        assert_eq!(page_before(&text, &next), page);
        // One line longer than a page is a page of its own.
        let huge = "y".repeat(MAX_BYTES + 1);
        assert_eq!(page_around(&huge, 1), Page::whole(&huge));
        assert_eq!(page_around(&huge, 9).first, 1);
    }
}
