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
use yew::UseReducerHandle;

/// Rows of the ladder a PNG export holds.
const PNG_ROWS: u32 = 600;

/// Offers bytes as a file download (a Blob: no size limit of data URLs).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
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
            let (w, h) = (f64::from(width * PNG_SCALE), f64::from(height * PNG_SCALE));
            let _ =
                context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, w, h);
            if let Ok(url) = canvas.to_data_url_with_type("image/png") {
                click_link(&name, &url);
            }
        }
    });
    image.set_onload(Some(wasm_bindgen::JsCast::unchecked_ref(&onload)));
    // A data: URL, which the page's Content-Security-Policy allows for images.
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    ));
}

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
            download_bytes(
                &name("session.pcap"),
                "application/vnd.tcpdump.pcap",
                // Taken at the client, as a student's own capture would be.
                &tcp_engine::packet::pcap(state.sim.trace().iter(), Side::Client),
            );
            covers("export-what-pcap", 0);
        }
    }
}
