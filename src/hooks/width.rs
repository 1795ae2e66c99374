//! An element's width, followed by a `ResizeObserver`: it reports the
//! width when the browser lays the page out anyway. Read in an effect, the
//! width forced a layout of the whole page: the largest part of opening
//! the graphs at 10,000 segments, and 20 ms of the task after the first
//! screen's render.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The browser's `ResizeObserver` (declared here: web-sys's needs a
    /// feature, and every crate that uses web-sys would be built again).
    type ResizeObserver;
    #[wasm_bindgen(constructor)]
    fn new(callback: &js_sys::Function) -> ResizeObserver;
    #[wasm_bindgen(method)]
    fn observe(this: &ResizeObserver, target: &web_sys::Element);
    #[wasm_bindgen(method)]
    fn disconnect(this: &ResizeObserver);
}

/// The width of `node` in CSS pixels: `initial` until the browser has laid
/// the element out, then its width, at once (the observer runs after
/// layout, before the frame is painted) and whenever it changes (the
/// window resized, the text made larger). A width of 0 (not displayed) is
/// not reported.
#[hook]
pub fn use_width(node: &NodeRef, initial: i32) -> i32 {
    let width = use_state_eq(|| initial);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            let target = node.cast::<web_sys::Element>();
            let measure = {
                let target = target.clone();
                // Read after layout: laid out already, nothing is forced.
                // (`FnMut`: the app has its glue already, `Fn` cost 100 B.)
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(w) = target.as_ref().map(|e| e.client_width()).filter(|&w| w > 0) {
                        width.set(w);
                    }
                })
            };
            let observer = ResizeObserver::new(measure.as_ref().unchecked_ref());
            if let Some(e) = &target {
                observer.observe(e);
            }
            move || {
                observer.disconnect();
                drop(measure);
            }
        });
    }
    *width
}
