//! Exports: the session as a scenario file, the ladder as SVG and PNG, the
//! segments as a pcap capture. Each export that cannot hold the whole
//! session says which part it has.

use crate::components::controls::Export;
use crate::components::ladder::{covered_from, Frame, SvgExport, TraceRef};
use crate::i18n::{I18n, Text};
use crate::state::{Action, AppState, Notice};
use gloo_timers::callback::Timeout;
use tcp_engine::numbering::Numbering;
use tcp_engine::sim::Side;
use wasm_bindgen::JsValue;
use yew::UseReducerHandle;

/// Rows of the ladder a PNG export holds.
const PNG_ROWS: u32 = 600;

/// Offers bytes as a file download (a Blob: no size limit of data URLs).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options) {
        download_blob(name, &blob);
    }
}

/// Offers a Blob as a file download.
fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    click_link(name, &url);
    // Revoked later: the browser fetches the Blob after the click returns.
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

fn click_link(name: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", href);
        let _ = a.set_attribute("download", name);
        if let Some(a) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&a) {
            a.click();
        }
    }
}

/// Pixels per CSS pixel in a PNG: sharp on a projector and in print.
const PNG_SCALE: u32 = 2;

/// How long one task may work at an export before it lets the page run:
/// well under the 50 ms a task may take, on a slow machine too.
const SLICE_MS: f64 = 8.0;

/// Rows laid out or written between two looks at the clock.
const ROWS_PER_STEP: usize = 32;

/// Writes `export` a slice at a time, each in its own task, then hands
/// it to `then`.
fn svg_in_slices(mut export: SvgExport, then: Box<dyn FnOnce(SvgExport)>) {
    let start = js_sys::Date::now();
    while !export.step(ROWS_PER_STEP) {
        if js_sys::Date::now() - start > SLICE_MS {
            Timeout::new(0, move || svg_in_slices(export, then)).forget();
            return;
        }
    }
    then(export);
}

/// Writes the ladder in slices, then has a worker (`png-worker.js`) draw
/// it at twice its size (from vectors, so it stays sharp) and encode the
/// PNG, which is offered. Drawn as an SVG image, the picture was drawn on
/// the page's thread: a tall ladder held it for seconds, and drawn in
/// bands, each band still cost a long task.
fn download_png(name: String, export: SvgExport) {
    svg_in_slices(
        export,
        Box::new(move |export| {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = png_in_worker(&name, &export.finish().0).await;
            })
        }),
    );
}

/// Has `png-worker.js` draw `svg` and offers the PNG as `name`.
pub(crate) async fn png_in_worker(name: &str, svg: &str) -> Result<(), JsValue> {
    use wasm_bindgen::JsCast;
    let worker = web_sys::Worker::new("png-worker.js")?;
    let answer = js_sys::Promise::new(&mut |done, _| {
        worker.set_onmessage(Some(&done));
        worker.set_onerror(Some(&done));
    });
    worker.post_message(&crate::capture::object(&[
        ("svg", svg.into()),
        ("scale", PNG_SCALE.into()),
    ]))?;
    let answer = wasm_bindgen_futures::JsFuture::from(answer).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    let blob = js_sys::Reflect::get(&answer?, &"data".into())?;
    match blob.dyn_ref::<web_sys::Blob>() {
        // The worker has ended itself.
        Some(blob) => download_blob(name, blob),
        None => worker.terminate(),
    }
    Ok(())
}

/// Trace entries written into a pcap in one task: a few milliseconds.
const PCAP_SLICE: usize = 4_000;

/// Writes `trace` from entry `at` on, [`PCAP_SLICE`] entries a task, then
/// offers the capture.
fn pcap_in_slices(
    name: String,
    trace: tcp_engine::log::Log<tcp_engine::sim::TraceEntry>,
    at: usize,
    mut writer: tcp_engine::packet::PcapWriter,
) {
    let at = at.max(trace.first_kept());
    for entry in trace.iter_from(at).take(PCAP_SLICE) {
        writer.add(entry);
    }
    let next = at + PCAP_SLICE;
    if next < trace.len() {
        Timeout::new(0, move || pcap_in_slices(name, trace, next, writer)).forget();
    } else {
        download_bytes(&name, "application/x-pcapng", &writer.finish());
    }
}

crate::lazy_part!(
    /// [`export`], in a chunk of its own: used only when asked for.
    pub EXPORT, exports, fn(&UseReducerHandle<AppState>, &I18n, Export), export
);

/// Saves `what` of the session as a file.
pub fn export(state: &UseReducerHandle<AppState>, i18n: &I18n, what: Export) {
    let trace = TraceRef::of(state);
    let numbering = Numbering::new(state.relative, &state.sim.snapshot());
    let now = state.sim.now();
    // Named after the lesson or session: `handshake-ladder.svg`.
    let stem = crate::file_name::stem(state);
    let name = |what: &str| format!("{stem}-{what}");
    // An export that cannot hold the whole session says which part it has.
    let covers = |what: &'static str, first: u32| {
        let (from, partial) = covered_from(&trace, first);
        if partial {
            state.dispatch(Action::Notify(Notice {
                error: false,
                text: Text::msg(
                    "notice-export-covers",
                    vec![
                        ("what", Text::key(what).into()),
                        ("from", crate::i18n::render::clock(from.as_millis()).into()),
                        ("to", crate::i18n::render::clock(now.as_millis()).into()),
                    ],
                ),
            }));
        }
    };
    // The ladder from row `first`, written in slices.
    let ladder = |first: u32, frame: Frame| {
        SvgExport::new(
            i18n.clone(),
            trace.clone(),
            first,
            state.sim.wire().to_vec(),
            now,
            numbering,
            frame,
        )
    };
    match what {
        Export::Session => download_bytes(
            &name("session.scn"),
            "text/plain",
            state.session_text().as_bytes(),
        ),
        Export::LadderSvg => {
            let name = name("ladder.svg");
            svg_in_slices(
                ladder(trace.base(), Frame::Strip),
                Box::new(move |export| {
                    download_bytes(&name, "image/svg+xml", export.finish().0.as_bytes())
                }),
            );
            covers("export-what-svg", trace.base());
        }
        Export::LadderPng => {
            // A canvas holds at most ~16,000 pixels a side: the PNG
            // shows the latest rows; the SVG always has them all.
            let first = (trace.rows.len() as u32)
                .saturating_sub(PNG_ROWS)
                .max(trace.base());
            download_png(name("ladder.png"), ladder(first, Frame::Strip));
            covers("export-what-png", first);
        }
        Export::LadderSlide => {
            download_png(name("ladder-slide.png"), ladder(trace.base(), Frame::Slide));
        }
        Export::Pcap => {
            // Taken at the client, as a student's own capture would be; a
            // slice of the trace at a time (the trace is shared, not copied).
            pcap_in_slices(
                name("session.pcapng"),
                state.sim.trace().clone(),
                0,
                // The version in the file, as in every export: Wireshark's
                // capture properties show it as the application.
                tcp_engine::packet::PcapWriter::new(
                    Side::Client,
                    concat!("TCP Playground ", env!("CARGO_PKG_VERSION")),
                ),
            );
            covers("export-what-pcap", 0);
        }
    }
}
