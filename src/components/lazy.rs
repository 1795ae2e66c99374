//! Parts of the app loaded when first used: with the `split` feature each
//! [`lazy_part!`] is a wasm chunk of its own (cut out of the app's module
//! by scripts/split-wasm.sh), fetched the first time the part is used, or
//! earlier by [`prefetch`] once the first screen is idle. Without it
//! (tests, the editor) the part is simply there.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;
use yew::prelude::*;

/// Draws a part of the screen from its props.
pub type View<P> = fn(&P) -> Html;

/// A future that yields a part's entry point once its chunk is loaded.
pub type Loading<F> = Pin<Box<dyn Future<Output = F>>>;

/// One lazily loaded part: how to load it, and its entry point once
/// loaded (kept, so that the part is used at once from then on).
pub struct Part<F: Copy + 'static> {
    load: fn() -> Loading<F>,
    entry: Cell<Option<F>>,
}

impl<F: Copy + 'static> Part<F> {
    /// A part loaded by `load` (written by [`lazy_part!`]).
    pub const fn new(load: fn() -> Loading<F>) -> Self {
        Part {
            load,
            entry: Cell::new(None),
        }
    }
}

/// A lazily loaded part, as a `static` of its own.
pub type PartKey<F> = &'static LocalKey<Part<F>>;

/// Declares a lazily loaded part whose entry point, of type `Type` (a
/// `fn` pointer), is `entry`: `lazy_part!(NAME, chunk, Type, entry)`.
/// `chunk` names the wasm chunk that everything only `entry` reaches goes
/// into; one part per chunk.
#[macro_export]
macro_rules! lazy_part {
    ($(#[$meta:meta])* $vis:vis $name:ident, $chunk:ident, $ty:ty, $entry:expr) => {
        $(#[$meta])*
        $vis const $name: $crate::components::lazy::PartKey<$ty> = {
            // Named after the chunk: the splitter's names derive from it.
            #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($chunk))]
            fn $chunk() -> $ty {
                $entry
            }
            thread_local! {
                static PART: $crate::components::lazy::Part<$ty> =
                    $crate::components::lazy::Part::new(|| {
                        #[cfg(feature = "split")]
                        return ::std::boxed::Box::pin($chunk());
                        #[cfg(not(feature = "split"))]
                        return ::std::boxed::Box::pin(::std::future::ready($chunk()));
                    });
            }
            &PART
        };
    };
}

/// The part's entry point, if it is loaded.
pub fn loaded<F: Copy + 'static>(part: PartKey<F>) -> Option<F> {
    part.with(|p| p.entry.get())
}

/// Calls `then` with the part's entry point: at once if it is loaded,
/// else once its chunk has arrived.
pub fn with_part<F: Copy + 'static>(part: PartKey<F>, then: impl FnOnce(F) + 'static) {
    if let Some(entry) = loaded(part) {
        return then(entry);
    }
    let loading = part.with(|p| (p.load)());
    wasm_bindgen_futures::spawn_local(async move {
        let entry = loading.await;
        part.with(|p| p.entry.set(Some(entry)));
        then(entry);
    });
}

/// Starts loading a part now (once the first screen is idle), so that it
/// is there without a wait when first used, and kept for offline use.
pub fn prefetch<F: Copy + 'static>(part: PartKey<F>) {
    if loaded(part).is_none() {
        with_part(part, |_| ());
    }
}

/// Once the page is idle (at the latest after `within_ms`), runs `then`.
pub fn when_idle(within_ms: u32, then: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let then = wasm_bindgen::closure::Closure::once_into_js(then);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(within_ms);
    // Browsers without requestIdleCallback (Safari before 26): a timer.
    if window
        .request_idle_callback_with_options(then.unchecked_ref(), &options)
        .is_err()
    {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), 200);
    }
}

/// Props of [`Lazy`].
#[derive(Properties)]
pub struct Props<P: PartialEq + 'static> {
    /// The part.
    pub part: PartKey<View<P>>,
    /// Its props.
    pub props: P,
}

impl<P: PartialEq + 'static> PartialEq for Props<P> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.part, other.part) && self.props == other.props
    }
}

/// Draws a lazily loaded part of the screen; until its chunk arrives, an
/// empty place marked busy.
#[function_component]
pub fn Lazy<P: PartialEq + 'static>(props: &Props<P>) -> Html {
    let part = props.part;
    let view = loaded(part);
    let arrived = use_force_update();
    use_effect_with((), move |_| {
        if view.is_none() {
            with_part(part, move |_| arrived.force_update());
        }
    });
    match view {
        Some(view) => view(&props.props),
        None => html! { <div class="lazy-part" aria-busy="true"></div> },
    }
}
