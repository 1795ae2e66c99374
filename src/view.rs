//! Formatting shared by the components that is not words (those come from
//! the catalogs in [`crate::i18n`]).

/// The payload as text a student can read (control characters shown as ·).
pub fn printable(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| if c.is_control() { '·' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_as_dots() {
        assert_eq!(printable(b"a\nb\x00"), "a·b·");
    }
}
