//! Opening a packet capture. Reading and replaying it run in a worker of
//! their own (`tcp-capture`, started by `capture-worker.js` the first time
//! a student opens one): the page never loads the capture reader before it
//! is needed, and a 10 MB file never blocks the page.
//!
//! The page starts a worker for each file and posts the file's bytes; the
//! worker answers with the connections in it, the largest first, at most
//! [`PICK_PAGE`] of them ([`Listing`]); the page may post `{ limit }` for
//! more (the first `limit`). The page posts a connection's number; the worker answers with its replay
//! ([`Opened`]): a scenario the page loads as a session, and what the
//! student reads beside it. Then the page ends the worker, which gives
//! back all it held.

use js_sys::{Array, Object, Reflect};
use std::rc::Rc;
use tcp_engine::sim::Side;
use wasm_bindgen::{JsCast, JsValue};

/// Connections the picker draws at first, and more at each request.
pub const PICK_PAGE: usize = 50;

/// A connection the student may pick.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Its number in the worker's list (the largest first).
    pub n: u32,
    /// `10.77.0.1:44574 → 10.77.0.2:8080`.
    pub label: String,
    /// Segments, both ways.
    pub packets: u32,
    /// Its first segment, in milliseconds from the capture's first packet.
    pub start_ms: u32,
}

/// Connections the worker lists: some of those in a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    /// Those shown, the largest first.
    pub choices: Vec<Choice>,
    /// Connections in the file.
    pub total: u32,
}

/// What the worker found in a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Listing {
    /// Its connections, the largest first.
    Connections(Shown),
    /// Why the file cannot be read.
    Refused(Refusal),
}

/// Why a file cannot be read as a capture.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// Over the size limit.
    TooLarge,
    /// Not pcap or pcapng.
    NotACapture,
    /// A damaged header, and what the reader said.
    Damaged(String),
}

impl Refusal {
    /// The worker's words for it.
    pub fn to_js(&self) -> JsValue {
        let (kind, detail) = match self {
            Refusal::TooLarge => ("too-large", ""),
            Refusal::NotACapture => ("not-capture", ""),
            Refusal::Damaged(why) => ("damaged", why.as_str()),
        };
        object(&[("error", kind.into()), ("detail", detail.into())])
    }
}

/// One difference from RFC 9293's behaviour, as the worker names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// 1-based segment number in the capture's connection.
    pub packet: u32,
    /// Whose TCP.
    pub side: Side,
    /// Its name in docs/real-stacks.md (`delayed-ack`).
    pub kind: String,
}

/// A replayed connection. `Eq`, so that an `Rc<Opened>` is compared by
/// its pointer first: the panel's props were compared whole (megabytes of
/// text, thousands of differences) at every render of a replay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The file's name (the page's, not the worker's).
    pub name: String,
    /// The scenario to load (shared with the replay that parses it).
    pub text: Rc<str>,
    /// The connection.
    pub label: String,
    /// Where it was captured, when the times show it.
    pub near: Option<Side>,
    /// The one-way delay used, in milliseconds.
    pub latency_ms: u32,
    /// Its segments.
    pub packets: u32,
    /// Segments taken as lost: their number (from 1) and sender.
    pub lost: Vec<(u32, Side)>,
    /// Segments the sender must have sent that the capture never saw.
    pub unseen: u32,
    /// The segment (from 1) where the replay stopped, if it did.
    pub stopped: Option<u32>,
    /// No SYN was captured.
    pub no_handshake: bool,
    /// Packets of the file passed over (other protocols, fragments, cut).
    pub skipped: u32,
    /// The file ends in the middle of a packet.
    pub cut_short: bool,
    /// Where the real stacks differed, in order.
    pub differences: Vec<Difference>,
    /// Segments whose data the replay does not have (sent as filler of the
    /// same length): their number (from 1) and sender.
    pub not_kept: Vec<(u32, Side)>,
    /// Their bytes, in all.
    pub not_kept_bytes: u64,
    /// The replay stops at one of its limits.
    pub limited: Option<Limited>,
    /// Which segment on the wire carries which of the capture's.
    pub segments: Numbers,
}

/// Where a replay stops at one of its limits
/// (`tcp_engine::capture::Limit`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limited {
    /// The first segment (from 1) not replayed.
    pub at: u32,
    /// The connection's segments in the capture.
    pub total: u32,
    /// Its message's name in the catalogs (`capture-limited-segments`,
    /// `-data` or `-text`).
    pub limit: String,
    /// The limit, in its own unit.
    pub max: u32,
}

/// The capture's numbers (from 1) of the segments its replay sent, by
/// their id on the wire, as the engine's replay gave them
/// (`tcp_engine::capture::Replay::ids`): kept with a session opened from
/// a capture, and in its saved text (`capture` in docs/scenarios.md).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Numbers {
    /// (id on the wire, number in the capture), by id.
    by_id: Vec<(u64, u32)>,
    /// Each captured segment's id on the wire, in capture order (0: none).
    ids: Vec<u64>,
}

impl Numbers {
    /// From each captured segment's id on the wire, in capture order (0:
    /// none).
    pub fn new(ids: Vec<u64>) -> Numbers {
        let mut by_id: Vec<(u64, u32)> = ids
            .iter()
            .copied()
            .zip(1..)
            .filter(|&(id, _)| id > 0)
            .collect();
        // In replay order the ids only grow; should they not, put them in
        // order by hand (a library sort would add kilobytes to the first
        // load for this one list).
        if !by_id.is_sorted() {
            for i in 1..by_id.len() {
                let mut j = i;
                while j > 0 && by_id[j - 1] > by_id[j] {
                    by_id.swap(j - 1, j);
                    j -= 1;
                }
            }
        }
        Numbers { by_id, ids }
    }

    /// The capture's number (from 1) of the segment with this id on the
    /// wire, when the replay sent a captured segment with it.
    pub fn of(&self, id: u64) -> Option<u32> {
        let at = self.by_id.binary_search_by_key(&id, |&(id, _)| id).ok()?;
        Some(self.by_id[at].1)
    }

    /// Each captured segment's id on the wire, in capture order (0: none):
    /// what [`Numbers::new`] takes.
    pub fn ids(&self) -> &[u64] {
        &self.ids
    }
}

/// Whether a file's name is a capture's (`.pcap`, `.pcapng`, `.cap`).
pub fn is_capture_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [".pcap", ".pcapng", ".cap"]
        .iter()
        .any(|x| name.ends_with(x))
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A number of the worker's answers.
pub(crate) fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().map_or(0, |n| n as u32)
}

/// A text of the worker's answers.
pub(crate) fn text(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_default()
}

fn side(name: &str) -> Option<Side> {
    Side::BOTH.into_iter().find(|s| s.name() == name)
}

/// Segments by number and sender, as the worker sends them: pairs in one
/// typed array (see `capture_worker::places`), taken in one copy.
fn places(obj: &JsValue, key: &str) -> Vec<(u32, Side)> {
    let pairs = get(obj, key)
        .dyn_into::<js_sys::Uint32Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default();
    pairs
        .chunks_exact(2)
        .map(|p| {
            let side = if p[1] == 0 {
                Side::Client
            } else {
                Side::Server
            };
            (p[0], side)
        })
        .collect()
}

/// A text the worker sends as UTF-8 bytes in a moved buffer (see
/// `capture_worker::replayed`): one copy into this memory, where a string
/// of megabytes was re-encoded a character at a time.
fn utf8(obj: &JsValue, key: &str) -> Rc<str> {
    let bytes = get(obj, key)
        .dyn_into::<js_sys::Uint8Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default();
    match String::from_utf8(bytes) {
        Ok(text) => text.into(),
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into(),
    }
}

/// The differences, as the worker sends them: three numbers each (segment,
/// sender 0 for the client and 1 for the server, kind as its place in
/// `kinds`) in one typed array, taken in one copy.
fn differences(obj: &JsValue) -> Vec<Difference> {
    let kinds: Vec<String> = items(obj, "kinds")
        .iter()
        .map(|k| k.as_string().unwrap_or_default())
        .collect();
    let triples = get(obj, "differences")
        .dyn_into::<js_sys::Uint32Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default();
    triples
        .chunks_exact(3)
        .filter_map(|d| {
            Some(Difference {
                packet: d[0],
                side: if d[1] == 0 {
                    Side::Client
                } else {
                    Side::Server
                },
                kind: kinds.get(d[2] as usize)?.clone(),
            })
        })
        .collect()
}

fn items(obj: &JsValue, key: &str) -> Vec<JsValue> {
    get(obj, key)
        .dyn_into::<Array>()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

impl Listing {
    /// Reads the worker's answer to a file.
    pub fn from_js(v: &JsValue) -> Listing {
        match get(v, "error").as_string().as_deref() {
            Some("too-large") => return Listing::Refused(Refusal::TooLarge),
            Some("damaged") => return Listing::Refused(Refusal::Damaged(text(v, "detail"))),
            Some(_) => return Listing::Refused(Refusal::NotACapture),
            None => {}
        }
        Listing::Connections(Shown {
            choices: items(v, "connections")
                .iter()
                .map(|c| Choice {
                    n: num(c, "n"),
                    label: text(c, "label"),
                    packets: num(c, "packets"),
                    start_ms: num(c, "start_ms"),
                })
                .collect(),
            total: num(v, "total"),
        })
    }
}

impl Opened {
    /// Reads the worker's answer to a connection's number.
    pub fn from_js(v: &JsValue) -> Opened {
        Opened {
            name: String::new(),
            text: utf8(v, "text"),
            label: text(v, "label"),
            near: side(&text(v, "near")),
            latency_ms: num(v, "latency_ms"),
            packets: num(v, "packets"),
            lost: places(v, "lost"),
            unseen: num(v, "unseen"),
            stopped: Some(num(v, "stopped")).filter(|&n| n > 0),
            no_handshake: get(v, "no_handshake").is_truthy(),
            skipped: num(v, "skipped"),
            cut_short: get(v, "cut_short").is_truthy(),
            differences: differences(v),
            not_kept: places(v, "not_kept"),
            not_kept_bytes: get(v, "not_kept_bytes").as_f64().map_or(0, |n| n as u64),
            limited: Some(text(v, "limit"))
                .filter(|key| !key.is_empty())
                .map(|limit| Limited {
                    at: num(v, "limit_at"),
                    total: num(v, "limit_total"),
                    limit,
                    max: num(v, "limit_max"),
                }),
            segments: Numbers::new(
                get(v, "ids")
                    .dyn_into::<js_sys::Float64Array>()
                    .map(|a| a.to_vec())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|id| if id >= 1.0 { id as u64 } else { 0 })
                    .collect(),
            ),
        }
    }
}

/// An object from key–value pairs (the worker's side of the format).
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}
