//! Fields that take a number of bytes (Read, Send bytes): what they accept,
//! and their message beside the field when they cannot.

use crate::i18n::I18n;
use yew::prelude::*;

/// Which field a message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// How many bytes to read.
    Read,
    /// How many bytes to send.
    SendBytes,
}

/// A field's complaint: which field, and the text as typed.
pub type Problem = Option<(Field, String)>;

/// Reads what the field says: empty is `None`, else a whole number of at
/// least one byte; `Err` carries the text as typed (shortened).
pub fn byte_count(value: &str) -> Result<Option<u32>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<u32>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(value.chars().take(40).collect()),
    }
}

/// The id of the message under `field` of `side`.
pub fn error_id(side: &str, field: Field) -> String {
    match field {
        Field::Read => format!("{side}-read-error"),
        Field::SendBytes => format!("{side}-bytes-error"),
    }
}

/// The message under `field`, if the problem is this field's.
pub fn message(i18n: &I18n, side: &str, field: Field, problem: &Problem) -> Html {
    match problem {
        Some((f, typed)) if *f == field => {
            let text = if typed.is_empty() {
                i18n.t("ep-bytes-empty")
            } else {
                i18n.f("ep-read-bad", &[("value", typed.clone().into())])
            };
            html! { <p class="field-error" id={error_id(side, field)} role="alert">{text}</p> }
        }
        _ => Html::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::byte_count;

    #[test]
    fn a_count_is_empty_or_a_positive_whole_number() {
        assert_eq!(byte_count(""), Ok(None));
        assert_eq!(byte_count(" 12 "), Ok(Some(12)));
        assert_eq!(byte_count("0"), Err("0".into()));
        assert_eq!(byte_count("-3"), Err("-3".into()));
        assert_eq!(byte_count("abc"), Err("abc".into()));
        assert_eq!(byte_count("1e3"), Err("1e3".into()));
        assert_eq!(byte_count("99999999999"), Err("99999999999".into()));
    }
}
