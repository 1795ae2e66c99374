//! TCP options (RFC 9293 §3.1, §3.2 and §3.7.1; RFC 7323; RFC 2018): as
//! they are on the wire, and as a scenario writes them.
//!
//! The engine acts on one, the maximum segment size, and only with the
//! `mss-option` setting on; the others are carried so that a capture shows
//! them and an exported capture keeps them.

use core::fmt;
use serde::{Deserialize, Serialize};

/// What RFC 9293 §3.7.1 has a sender assume without an MSS option (IPv4).
pub const DEFAULT_MSS: u32 = 536;

/// One TCP option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TcpOption {
    /// Maximum segment size (kind 2).
    Mss(u16),
    /// Window scale shift (kind 3).
    WindowScale(u8),
    /// SACK permitted (kind 4).
    SackPermitted,
    /// SACK blocks, left and right edges (kind 5).
    Sack(Vec<(u32, u32)>),
    /// Timestamps: value and echo reply (kind 8).
    Timestamps(u32, u32),
    /// Any other kind, by kind and length.
    Unknown {
        /// The kind byte.
        kind: u8,
        /// The option's length in bytes.
        len: u8,
    },
}

impl fmt::Display for TcpOption {
    /// As a scenario writes it: `mss:1460`, `ws:7`, `sackok`,
    /// `sack:100-200/300-400`, `ts:5:0`, `opt:30:4`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TcpOption::Mss(n) => write!(f, "mss:{n}"),
            TcpOption::WindowScale(n) => write!(f, "ws:{n}"),
            TcpOption::SackPermitted => f.write_str("sackok"),
            TcpOption::Sack(blocks) => {
                f.write_str("sack:")?;
                for (i, (l, r)) in blocks.iter().enumerate() {
                    if i > 0 {
                        f.write_str("/")?;
                    }
                    write!(f, "{l}-{r}")?;
                }
                Ok(())
            }
            TcpOption::Timestamps(v, e) => write!(f, "ts:{v}:{e}"),
            TcpOption::Unknown { kind, len } => write!(f, "opt:{kind}:{len}"),
        }
    }
}

/// Options as a scenario writes them, comma-separated: `mss:1460,ws:7`.
pub struct List<'a>(pub &'a [TcpOption]);

impl fmt::Display for List<'_> {
    /// No options at all is written `none`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("none");
        }
        for (i, o) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{o}")?;
        }
        Ok(())
    }
}

/// Reads [`List`]'s form back; `None` names nothing about where (the
/// caller's message says what is expected).
pub fn parse_list(text: &str) -> Option<Vec<TcpOption>> {
    if text == "none" {
        return Some(Vec::new());
    }
    text.split(',').map(parse_one).collect()
}

fn parse_one(item: &str) -> Option<TcpOption> {
    let mut parts = item.split(':');
    let name = parts.next()?;
    let mut next = || parts.next();
    let option = match name {
        "mss" => TcpOption::Mss(next()?.parse().ok()?),
        "ws" => TcpOption::WindowScale(next()?.parse().ok()?),
        "sackok" => TcpOption::SackPermitted,
        "sack" => TcpOption::Sack(
            next()?
                .split('/')
                .map(|b| {
                    let (l, r) = b.split_once('-')?;
                    Some((l.parse().ok()?, r.parse().ok()?))
                })
                .collect::<Option<Vec<_>>>()?,
        ),
        "ts" => TcpOption::Timestamps(next()?.parse().ok()?, next()?.parse().ok()?),
        "opt" => TcpOption::Unknown {
            kind: next()?.parse().ok()?,
            len: next()?.parse().ok()?,
        },
        _ => return None,
    };
    // Nothing may follow an option's own fields.
    next().is_none().then_some(option)
}

/// The options of a TCP header (RFC 9293 §3.1): kind 0 ends them, kind 1
/// pads, every other is kind, length, value. A length that runs past the
/// header ends the list.
pub fn decode(mut raw: &[u8]) -> Vec<TcpOption> {
    let mut out = Vec::new();
    while let Some((&kind, rest)) = raw.split_first() {
        match kind {
            0 => break,
            1 => {
                raw = rest;
                continue;
            }
            _ => {}
        }
        let Some(&len) = rest.first() else { break };
        let Some(value) = raw.get(2..usize::from(len)).filter(|_| len >= 2) else {
            break;
        };
        let be16 = |v: &[u8]| u16::from_be_bytes([v[0], v[1]]);
        let be32 = |v: &[u8]| u32::from_be_bytes([v[0], v[1], v[2], v[3]]);
        out.push(match (kind, value.len()) {
            (2, 2) => TcpOption::Mss(be16(value)),
            (3, 1) => TcpOption::WindowScale(value[0]),
            (4, 0) => TcpOption::SackPermitted,
            // At least one block (RFC 2018 §3): an empty one is malformed.
            (5, n) if n > 0 && n % 8 == 0 => TcpOption::Sack(
                value
                    .chunks_exact(8)
                    .map(|b| (be32(&b[..4]), be32(&b[4..])))
                    .collect(),
            ),
            (8, 8) => TcpOption::Timestamps(be32(&value[..4]), be32(&value[4..])),
            _ => TcpOption::Unknown { kind, len },
        });
        raw = &raw[usize::from(len)..];
    }
    out
}

/// The options as header bytes, padded with end-of-list to whole 32-bit
/// words; at most 40 bytes (what does not fit is left out). An unknown
/// option is written with its kind and length and a zero value.
pub fn encode(options: &[TcpOption]) -> Vec<u8> {
    let mut out = Vec::new();
    for o in options {
        let mut bytes = match o {
            TcpOption::Mss(n) => [&[2, 4][..], &n.to_be_bytes()].concat(),
            TcpOption::WindowScale(n) => vec![3, 3, *n],
            TcpOption::SackPermitted => vec![4, 2],
            TcpOption::Sack(blocks) => {
                let mut b = vec![5, (2 + 8 * blocks.len().min(4)) as u8];
                for (l, r) in blocks.iter().take(4) {
                    b.extend_from_slice(&l.to_be_bytes());
                    b.extend_from_slice(&r.to_be_bytes());
                }
                b
            }
            TcpOption::Timestamps(v, e) => {
                [&[8, 10][..], &v.to_be_bytes(), &e.to_be_bytes()].concat()
            }
            TcpOption::Unknown { kind, len } => {
                let mut b = vec![0; usize::from((*len).max(2))];
                b[0] = *kind;
                b[1] = (*len).max(2);
                b
            }
        };
        if out.len() + bytes.len() > 40 {
            break;
        }
        out.append(&mut bytes);
    }
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip_through_text_and_bytes() {
        let all = vec![
            TcpOption::Mss(1460),
            TcpOption::SackPermitted,
            TcpOption::Timestamps(4_062_095_880, 0),
            TcpOption::WindowScale(10),
        ];
        let text = List(&all).to_string();
        assert_eq!(text, "mss:1460,sackok,ts:4062095880:0,ws:10");
        assert_eq!(parse_list(&text), Some(all.clone()));
        let bytes = encode(&all);
        assert_eq!(bytes.len() % 4, 0);
        assert_eq!(decode(&bytes), all);
        let sack = vec![TcpOption::Sack(vec![(1, 2), (3, 4)])];
        assert_eq!(parse_list("sack:1-2/3-4"), Some(sack.clone()));
        assert_eq!(decode(&encode(&sack)), sack);
        assert_eq!(parse_list("none"), Some(Vec::new()));
        assert_eq!(List(&[]).to_string(), "none");
    }

    proptest::proptest! {
        /// Whatever a header holds reads back from its scenario text: a
        /// capture's replay writes each segment's options that way.
        #[test]
        fn any_decoded_options_round_trip_through_text(raw in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let options = decode(&raw);
            proptest::prop_assert_eq!(parse_list(&List(&options).to_string()), Some(options));
        }
    }

    #[test]
    fn an_empty_sack_option_is_read_as_unknown() {
        assert_eq!(
            decode(&[5, 2]),
            vec![TcpOption::Unknown { kind: 5, len: 2 }]
        );
    }

    #[test]
    fn malformed_option_text_is_refused() {
        for bad in ["", "mss", "mss:x", "mss:1460:1", "ws:300", "sack:1", "what"] {
            assert_eq!(parse_list(bad), None, "{bad}");
        }
    }
}
