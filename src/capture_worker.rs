//! The capture worker (`tcp-capture`): reads a file, lists its
//! connections, replays the one the student picks. See `capture.rs` for
//! the messages.

use crate::capture::{object, Refusal};
use js_sys::{Array, ArrayBuffer, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use tcp_engine::capture::{self, Capture, CaptureError, Caveat};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts answering the page's messages.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let read: Rc<RefCell<Option<Capture>>> = Rc::default();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let answer = if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
            listing(&Uint8Array::new(buffer).to_vec(), &mut read.borrow_mut())
        } else if let Some(n) = data.as_f64() {
            match read.borrow().as_ref() {
                Some(c) => replayed(c, n as usize),
                None => JsValue::NULL,
            }
        } else {
            JsValue::NULL
        };
        let _ = reply.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
}

fn listing(bytes: &[u8], keep: &mut Option<Capture>) -> JsValue {
    let capture = match capture::read(bytes) {
        Ok(c) => c,
        Err(CaptureError::TooLarge { .. }) => return Refusal::TooLarge.to_js(),
        Err(CaptureError::NotACapture) => return Refusal::NotACapture.to_js(),
        Err(CaptureError::Damaged(why)) => return Refusal::Damaged(why).to_js(),
    };
    let connections: Array = capture
        .connections()
        .iter()
        .map(|c| {
            object(&[
                ("label", format!("{} → {}", c.client, c.server).into()),
                ("packets", (c.packets as f64).into()),
                ("start_ms", (c.start.as_millis() as f64).into()),
            ])
        })
        .collect();
    *keep = Some(capture);
    object(&[("connections", connections.into())])
}

fn replayed(capture: &Capture, n: usize) -> JsValue {
    let connections = capture.connections();
    let Some(conn) = connections.get(n) else {
        return JsValue::NULL;
    };
    let r = capture::replay(capture, conn);
    let differences: Array = r
        .differences
        .iter()
        .map(|d| {
            object(&[
                ("packet", ((d.packet + 1) as f64).into()),
                ("side", d.side.name().into()),
                ("kind", d.kind.name().into()),
            ])
        })
        .collect();
    let place = |i: usize| {
        object(&[
            ("packet", ((i + 1) as f64).into()),
            ("side", r.packets[i].0.name().into()),
        ])
    };
    let (mut lost, mut unseen, mut stopped) = (Array::new(), 0, 0);
    let (mut not_kept, mut not_kept_bytes) = (Array::new(), 0);
    for caveat in &r.caveats {
        match *caveat {
            Caveat::Lost(ref taken) => lost = taken.iter().map(|&i| place(i)).collect(),
            Caveat::Unseen(n) => unseen = n,
            Caveat::NotKept { ref packets, bytes } => {
                not_kept = packets.iter().map(|&i| place(i)).collect();
                not_kept_bytes = bytes;
            }
            // Counted from 1, as the panel names segments; 0 is "never".
            Caveat::Stopped(at) => stopped = at + 1,
            Caveat::NoHandshake => {}
        }
    }
    let s = capture.skipped;
    object(&[
        ("text", r.text.into()),
        ("label", format!("{} → {}", conn.client, conn.server).into()),
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
        ("not_kept", not_kept.into()),
        ("not_kept_bytes", (not_kept_bytes as f64).into()),
        // Each segment's id on the wire (0: none), in capture order.
        (
            "ids",
            r.ids
                .iter()
                .map(|id| JsValue::from(id.unwrap_or(0) as f64))
                .collect::<Array>()
                .into(),
        ),
    ])
}
