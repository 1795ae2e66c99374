//! Exports: the session as a scenario file, the ladder as SVG and PNG, the
//! segments as a pcap capture. Each export that cannot hold the whole
//! session says which part it has.

use crate::components::controls::Export;
use crate::components::ladder::{covered_from, to_svg, Frame, TraceRef};
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

/// Rows of the image drawn in one task: drawing a tall ladder at once held
/// the page for seconds.
const BAND: u32 = 200;

/// A PNG being drawn, a band at a time.
struct Band {
    context: web_sys::CanvasRenderingContext2d,
    image: web_sys::HtmlImageElement,
    canvas: web_sys::HtmlCanvasElement,
    name: String,
    width: u32,
    height: u32,
    /// The next band's first row, in the image's pixels.
    top: u32,
}

/// Draws the next band, then the next in another task; once all are drawn,
/// encodes the PNG off the page's thread (a data: URL is encoded on it)
/// and offers it.
fn draw_bands(mut band: Band) {
    let rows = BAND.min(band.height.saturating_sub(band.top));
    let (w, top, h) = (f64::from(band.width), f64::from(band.top), f64::from(rows));
    let scale = f64::from(PNG_SCALE);
    let _ = band
        .context
        .draw_image_with_html_image_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            &band.image,
            0.0,
            top,
            w,
            h,
            0.0,
            top * scale,
            w * scale,
            h * scale,
        );
    band.top += BAND;
    if band.top < band.height {
        Timeout::new(0, move || draw_bands(band)).forget();
        return;
    }
    let name = band.name;
    let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
        if let Some(blob) = wasm_bindgen::JsCast::dyn_ref::<web_sys::Blob>(&blob) {
            download_blob(&name, blob);
        }
    });
    let _ = band
        .canvas
        .to_blob_with_type(wasm_bindgen::JsCast::unchecked_ref(&done), "image/png");
}

/// Draws an SVG on a canvas at twice its size (it is drawn from vectors,
/// so it stays sharp) and offers it as a PNG download.
fn download_png(name: String, svg: &str, width: u32, height: u32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlCanvasElement>(c).ok())
    else {
        return;
    };
    canvas.set_width(width * PNG_SCALE);
    canvas.set_height(height * PNG_SCALE);
    let loaded = image.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let context = canvas.get_context("2d").ok().flatten().and_then(|c| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::CanvasRenderingContext2d>(c).ok()
        });
        if let Some(context) = context {
            draw_bands(Band {
                context,
                image: loaded,
                canvas,
                name,
                width,
                height,
                top: 0,
            });
        }
    });
    image.set_onload(Some(wasm_bindgen::JsCast::unchecked_ref(&onload)));
    // A data: URL, which the page's Content-Security-Policy allows for images.
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    ));
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
    match what {
        Export::Session => download_bytes(
            &name("session.scn"),
            "text/plain",
            state.session_text().as_bytes(),
        ),
        Export::LadderSvg => {
            let (svg, ..) = to_svg(
                i18n,
                &trace,
                trace.base(),
                &state.sim.wire().to_vec(),
                now,
                &numbering,
                Frame::Strip,
            );
            download_bytes(&name("ladder.svg"), "image/svg+xml", svg.as_bytes());
            covers("export-what-svg", trace.base());
        }
        Export::LadderPng => {
            // A canvas holds at most ~16,000 pixels a side: the PNG
            // shows the latest rows; the SVG always has them all.
            let first = (trace.rows.len() as u32)
                .saturating_sub(PNG_ROWS)
                .max(trace.base());
            let (svg, w, h) = to_svg(
                i18n,
                &trace,
                first,
                &state.sim.wire().to_vec(),
                now,
                &numbering,
                Frame::Strip,
            );
            download_png(name("ladder.png"), &svg, w, h);
            covers("export-what-png", first);
        }
        Export::LadderSlide => {
            let (svg, w, h) = to_svg(
                i18n,
                &trace,
                trace.base(),
                &state.sim.wire().to_vec(),
                now,
                &numbering,
                Frame::Slide,
            );
            download_png(name("ladder-slide.png"), &svg, w, h);
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
