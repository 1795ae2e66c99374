//! What one input may cost. A share link, a file, a statement or a whole
//! session that goes over a limit is stopped there with a message naming
//! the limit and the line; what ran before it is kept. The limits are far
//! above any lesson or sensible session, and low enough that no input can
//! freeze a page or exhaust its memory.

/// Largest scenario text (a file, a share link once unpacked), in bytes.
pub const MAX_SCRIPT_BYTES: usize = 4 << 20;
/// Most statements in one scenario text.
pub const MAX_STATEMENTS: usize = 200_000;
/// Most events one statement may cause (an endless exchange, such as an
/// ACK war, stops here).
pub const MAX_EVENTS_PER_STEP: usize = 200_000;
/// Most events in one session: a 10 MB transfer takes about 40,000.
pub const MAX_EVENTS_PER_SESSION: usize = 2_000_000;
/// Most segments on the wire at once.
pub const MAX_IN_FLIGHT: usize = 10_000;
/// Longest title a scenario may give (`title`, and each translation of
/// it), in characters: a lesson's name in the menu and its heading.
pub const MAX_TITLE_CHARS: usize = 300;
/// Longest narration or hint (`say`, `hint`, and each translation), in
/// characters: a long page of text. Text is drawn and saved whole, so a
/// bound here keeps one line of a link from holding the page.
pub const MAX_NARRATION_CHARS: usize = 10_000;
/// Longest word or string an error message quotes, in characters.
pub const MAX_QUOTED: usize = 60;

/// `text` as an error message quotes it: at most [`MAX_QUOTED`] characters.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_are_quoted_short() {
        assert_eq!(shorten("conect"), "conect");
        let long = "x".repeat(50_000_000 / 1000);
        assert_eq!(shorten(&long).chars().count(), MAX_QUOTED + 1);
    }
}
