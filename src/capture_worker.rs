//! The capture worker (`tcp-capture`): reads a file, lists its
//! connections, replays the one the student picks. See `capture.rs` for
//! the messages. The page starts one worker per file and ends it once the
//! replay is sent (or the student cancels): nothing of a capture stays.

use crate::capture::{object, Refusal, PICK_PAGE};
use js_sys::{Array, ArrayBuffer, Float64Array, Uint32Array, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use tcp_engine::capture::{self, Capture, CaptureError, Caveat, Connection, Limit};
use tcp_engine::sim::Side;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// A file read: its segments, and its connections, the largest first.
struct Read {
    capture: Capture,
    connections: Vec<Connection>,
}

/// Starts answering the page's messages.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let read: Rc<RefCell<Option<Read>>> = Rc::default();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let answer = if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
            let bytes = Uint8Array::new(buffer).to_vec();
            match reading(&bytes) {
                Ok(r) => {
                    let answer = listing(&r, PICK_PAGE);
                    *read.borrow_mut() = Some(r);
                    answer
                }
                Err(refusal) => refusal.to_js(),
            }
        } else if let Some(n) = data.as_f64() {
            let answer = match read.borrow().as_ref() {
                Some(r) => replayed(r, n as usize),
                None => None,
            };
            // The replay's long lists go as typed arrays, moved rather than
            // copied: the page takes each in one copy, not one call per item.
            let _ = match answer {
                Some((answer, buffers)) => reply.post_message_with_transfer(&answer, &buffers),
                None => reply.post_message(&JsValue::NULL),
            };
            return;
        } else if let Some(r) = read.borrow().as_ref() {
            // { limit }: the connections to show.
            let limit = crate::capture::num(&data, "limit") as usize;
            listing(r, limit.max(PICK_PAGE))
        } else {
            JsValue::NULL
        };
        let _ = reply.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives until the page ends it: so does its handler.
    on_message.forget();
}

fn reading(bytes: &[u8]) -> Result<Read, Refusal> {
    let capture = match capture::read(bytes) {
        Ok(c) => c,
        Err(CaptureError::TooLarge { .. }) => return Err(Refusal::TooLarge),
        Err(CaptureError::NotACapture) => return Err(Refusal::NotACapture),
        Err(CaptureError::Damaged(why)) => return Err(Refusal::Damaged(why)),
    };
    let mut connections = capture.connections();
    // The largest first; among equals, the earliest (a stable sort).
    connections.sort_by_key(|c| core::cmp::Reverse(c.packets));
    Ok(Read {
        capture,
        connections,
    })
}

fn label(c: &Connection) -> String {
    format!("{} → {}", c.client, c.server)
}

/// The first `limit` connections (the largest first): what the picker
/// shows.
fn listing(r: &Read, limit: usize) -> JsValue {
    let shown: Array = r
        .connections
        .iter()
        .take(limit)
        .enumerate()
        .map(|(n, c)| {
            object(&[
                ("n", (n as f64).into()),
                ("label", label(c).into()),
                ("packets", (c.packets as f64).into()),
                ("start_ms", (c.start.as_millis() as f64).into()),
            ])
        })
        .collect();
    object(&[
        ("connections", shown.into()),
        ("total", (r.connections.len() as f64).into()),
    ])
}

/// Segments by their number (from 1) and sender, as the page reads them
/// (`crate::capture::Opened::from_js`): pairs of numbers in one typed
/// array, the sender 0 for the client and 1 for the server.
fn places(r: &capture::Replay, at: &[usize]) -> Uint32Array {
    let pairs: Vec<u32> = at
        .iter()
        .flat_map(|&i| [(i + 1) as u32, u32::from(r.packets[i].0 == Side::Server)])
        .collect();
    Uint32Array::from(pairs.as_slice())
}

/// Connection `n`'s replay, and the buffers its answer moves to the page.
fn replayed(read: &Read, n: usize) -> Option<(JsValue, Array)> {
    let capture = &read.capture;
    let conn = read.connections.get(n)?;
    let r = capture::replay(capture, conn);
    // Each difference as three numbers (segment from 1, sender, kind as
    // its place in `kinds`), in one typed array: a long capture names
    // thousands, and the page read each object's fields one call at a time.
    let mut kinds: Vec<&str> = Vec::new();
    let mut triples: Vec<u32> = Vec::with_capacity(r.differences.len() * 3);
    for d in &r.differences {
        let name = d.kind.name();
        let kind = match kinds.iter().position(|&k| k == name) {
            Some(at) => at,
            None => {
                kinds.push(name);
                kinds.len() - 1
            }
        };
        triples.extend([
            (d.packet + 1) as u32,
            u32::from(d.side == Side::Server),
            kind as u32,
        ]);
    }
    let differences = Uint32Array::from(triples.as_slice());
    let kinds: Array = kinds.into_iter().map(JsValue::from).collect();
    let (mut lost, mut unseen, mut stopped) = (Uint32Array::new_with_length(0), 0, 0);
    let (mut not_kept, mut not_kept_bytes) = (Uint32Array::new_with_length(0), 0);
    let mut limited = Vec::new();
    for caveat in &r.caveats {
        match *caveat {
            Caveat::Lost(ref taken) => lost = places(&r, taken),
            Caveat::Unseen(n) => unseen = n,
            Caveat::NotKept { ref packets, bytes } => {
                not_kept = places(&r, packets);
                not_kept_bytes = bytes;
            }
            // Counted from 1, as the panel names segments; 0 is "never".
            Caveat::Stopped(at) => stopped = at + 1,
            Caveat::Limited { at, total, limit } => {
                let (kind, max) = match limit {
                    Limit::Segments => (
                        "capture-limited-segments",
                        capture::MAX_REPLAY_SEGMENTS as f64,
                    ),
                    Limit::Data => ("capture-limited-data", capture::MAX_REPLAY_DATA as f64),
                    Limit::Text => ("capture-limited-text", capture::MAX_REPLAY_TEXT as f64),
                    Limit::Unseen => ("capture-limited-unseen", capture::MAX_REPLAY_UNSEEN as f64),
                    Limit::Events => ("capture-limited-events", capture::MAX_REPLAY_EVENTS as f64),
                };
                limited = vec![
                    ("limit", kind.into()),
                    ("limit_at", ((at + 1) as f64).into()),
                    ("limit_total", (total as f64).into()),
                    ("limit_max", max.into()),
                ];
            }
            Caveat::NoHandshake => {}
        }
    }
    let s = capture.skipped;
    // Each segment's id on the wire (0: none), in capture order.
    let ids: Vec<f64> = r.ids.iter().map(|id| id.unwrap_or(0) as f64).collect();
    let ids = Float64Array::from(ids.as_slice());
    // The scenario as UTF-8 bytes, moved: the page copies them into its
    // memory at once, where a string of megabytes was re-encoded.
    let text = Uint8Array::from(r.text.as_bytes());
    let buffers = Array::of5(
        &lost.buffer(),
        &not_kept.buffer(),
        &ids.buffer(),
        &text.buffer(),
        &differences.buffer(),
    );
    let answer = object(&[
        ("text", text.into()),
        ("label", label(conn).into()),
        ("near", r.near.map_or("", |s| s.name()).into()),
        ("latency_ms", (r.latency.as_millis() as f64).into()),
        ("packets", (r.packets.len() as f64).into()),
        ("lost", lost.into()),
        ("unseen", (unseen as f64).into()),
        ("stopped", (stopped as f64).into()),
        (
            "no_handshake",
            r.caveats.contains(&Caveat::NoHandshake).into(),
        ),
        (
            "skipped",
            ((s.not_tcp + s.fragments + s.too_short + s.unknown_link) as f64).into(),
        ),
        ("cut_short", capture.cut_short.into()),
        ("differences", differences.into()),
        ("kinds", kinds.into()),
        ("not_kept", not_kept.into()),
        ("not_kept_bytes", (not_kept_bytes as f64).into()),
        ("ids", ids.into()),
    ]);
    // Where the replay stops at a limit, if it does.
    for (key, value) in limited {
        let _ = js_sys::Reflect::set(&answer, &key.into(), &value);
    }
    Some((answer, buffers))
}
