//! Listeners on the window as guards: each is removed when its guard is
//! dropped (an effect's cleanup drops it), so none outlives its component
//! and no add is left without its remove.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A listener on the window, removed when the guard is dropped.
pub struct Listening {
    kind: &'static str,
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let f = self.closure.as_ref().unchecked_ref();
            let _ = w.remove_event_listener_with_callback(self.kind, f);
        }
    }
}

/// Listens for `kind` events on the window until the guard is dropped.
pub fn listen<E: JsCast>(kind: &'static str, f: impl Fn(E) + 'static) -> Listening {
    let closure =
        Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| f(e.unchecked_into()));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    }
    Listening { kind, closure }
}
