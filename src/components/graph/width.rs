//! The drawings' width, followed by a `ResizeObserver`: it reports the
//! width when the browser lays the page out anyway, where reading it in an
//! effect forced a layout of the whole page in the middle of opening the
//! graphs (the largest part of opening them, at 10,000 segments).

use super::kept::WIDTH;
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

/// An element's width in CSS pixels (at least 240): at first the width
/// last measured, then as the browser lays the element out, at once (the
/// observer runs after layout, before the frame is painted) and whenever
/// it changes (the window resized).
#[hook]
pub fn use_width(node: &NodeRef) -> i32 {
    let width = use_state_eq(|| WIDTH.get());
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            let target = node.cast::<web_sys::Element>();
            let measure = {
                let target = target.clone();
                // Read after layout: laid out already, nothing is forced.
                // (`FnMut`: the app has its glue already, `Fn` cost 100 B.)
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(e) = &target {
                        let w = e.client_width().max(240);
                        WIDTH.set(w);
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
