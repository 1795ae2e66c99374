//! Parts of the app loaded when first used: with the `split` feature each
//! [`lazy_part!`] is a wasm chunk of its own (cut out of the app's module
//! by scripts/split-wasm.sh), fetched the first time the part is used, or
//! earlier by [`prefetch`] once the first screen is idle. Without it
//! (tests, the editor) the part is simply there.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::thread::LocalKey;
use yew::prelude::*;

/// Draws a part of the screen from its props.
pub type View<P> = fn(&P) -> Html;

/// A future that yields a part's entry point once its chunk is loaded,
/// or nothing if it could not be (offline before it was ever fetched).
pub type Loading<F> = Pin<Box<dyn Future<Output = Option<F>>>>;

/// A chunk that did not arrive. A failed load is not kept: the next use
/// tries again.
#[derive(Debug)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

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
            // `fallible`: a chunk that does not arrive is an error, not a
            // panic (which would abort the whole app).
            #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($chunk, fallible))]
            fn $chunk() -> Result<$ty, $crate::components::lazy::LoadFailed> {
                Ok($entry)
            }
            thread_local! {
                static PART: $crate::components::lazy::Part<$ty> =
                    $crate::components::lazy::Part::new(|| {
                        #[cfg(feature = "split")]
                        return ::std::boxed::Box::pin(async { $chunk().await.ok() });
                        #[cfg(not(feature = "split"))]
                        return ::std::boxed::Box::pin(::std::future::ready($chunk().ok()));
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

/// The part's entry point now, without waiting: once its chunk is loaded,
/// or at once without the `split` feature (tests, the editor), where a
/// part is simply there.
pub fn now<F: Copy + 'static>(part: PartKey<F>) -> Option<F> {
    if let Some(entry) = loaded(part) {
        return Some(entry);
    }
    #[cfg(not(feature = "split"))]
    {
        // Without the split the part's future is ready at once.
        let mut loading = part.with(|p| (p.load)());
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        if let std::task::Poll::Ready(entry) = loading.as_mut().poll(&mut cx) {
            part.with(|p| p.entry.set(entry));
            return entry;
        }
    }
    None
}

/// Calls `then` with the part's entry point: at once if it is loaded,
/// else once its chunk has arrived (`None` if it could not be loaded).
pub fn try_with_part<F: Copy + 'static>(part: PartKey<F>, then: impl FnOnce(Option<F>) + 'static) {
    if let Some(entry) = loaded(part) {
        return then(Some(entry));
    }
    let loading = part.with(|p| (p.load)());
    wasm_bindgen_futures::spawn_local(async move {
        let entry = loading.await;
        if entry.is_some() {
            part.with(|p| p.entry.set(entry));
        }
        then(entry);
    });
}

/// Calls `then` with the part's entry point once it is loaded; if it
/// cannot be, `failed` runs instead.
pub fn with_part<F: Copy + 'static>(
    part: PartKey<F>,
    then: impl FnOnce(F) + 'static,
    failed: impl FnOnce() + 'static,
) {
    try_with_part(part, |entry| match entry {
        Some(entry) => then(entry),
        None => failed(),
    });
}

/// What runs once a prefetch has ended (loaded or not).
pub type Next = Box<dyn FnOnce()>;

/// Loads a part now (once the first screen is idle), so that it is there
/// without a wait when first used, and kept for offline use; then `next`.
pub fn prefetch<F: Copy + 'static>(part: PartKey<F>, next: Next) {
    try_with_part(part, move |_| next());
}

/// Once the page is idle (at the latest after `within_ms`), runs `then`.
pub fn when_idle(within_ms: u32, then: impl FnOnce() + 'static) {
    // One closure type for every caller: the glue for each is in the
    // first screen's module.
    idle(within_ms, Box::new(then));
}

fn idle(within_ms: u32, then: Box<dyn FnOnce()>) {
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

/// A function needed only once the sessions chunk (`state::later`) has
/// run: it draws what only that chunk's actions make (events other than a
/// fresh session's seed, a TCB, a ladder row). With the `split` feature
/// the chunk puts it in place before its first action ([`install`]), so
/// the first screen's module holds none of it; without it (tests, the
/// editor) it is there from the start. Declared by [`installed!`].
pub struct Installed<F: Copy + 'static>(Cell<Option<F>>);

impl<F: Copy + 'static> Installed<F> {
    /// Not in place yet.
    pub const fn empty() -> Self {
        Installed(Cell::new(None))
    }

    /// In place from the start.
    pub const fn with(f: F) -> Self {
        Installed(Cell::new(Some(f)))
    }
}

/// A function [`Installed`] by the sessions chunk, as a `static` of its own.
pub type InstalledKey<F> = &'static LocalKey<Installed<F>>;

/// Declares an [`Installed`] function: `installed!(NAME: Type = f)`; the
/// sessions chunk calls `lazy::install(NAME, f)`.
#[macro_export]
macro_rules! installed {
    ($(#[$meta:meta])* $vis:vis $name:ident: $ty:ty = $f:expr) => {
        $(#[$meta])*
        $vis const $name: $crate::components::lazy::InstalledKey<$ty> = {
            thread_local! {
                static SLOT: $crate::components::lazy::Installed<$ty> = {
                    // Named only without the split: with it, only the
                    // chunk names the function, which so goes with it.
                    #[cfg(feature = "split")]
                    let slot = $crate::components::lazy::Installed::empty();
                    #[cfg(not(feature = "split"))]
                    let slot = $crate::components::lazy::Installed::with($f as $ty);
                    slot
                };
            }
            &SLOT
        };
    };
}

/// Puts `f` in place (by the sessions chunk, before its first action).
pub fn install<F: Copy + 'static>(key: InstalledKey<F>, f: F) {
    key.with(|slot| slot.0.set(Some(f)));
}

/// The function, once in place.
pub fn installed<F: Copy + 'static>(key: InstalledKey<F>) -> Option<F> {
    key.with(|slot| slot.0.get())
}

/// Fetches the styles of the parts loaded after the first screen
/// (static/parts.css, named with its hash in the page's `<meta
/// name=parts-css>`) and puts them in the page, once. Fetched with the
/// later catalogs, which every lazily loaded part waits for: a part never draws
/// unstyled, and the first load holds none of them. A page without the
/// meta (the editor, which links them; tests) has nothing to fetch.
pub async fn load_styles() {
    thread_local! {
        static ASKED: Cell<bool> = const { Cell::new(false) };
    }
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let meta = document
        .query_selector("meta[name=parts-css]")
        .ok()
        .flatten();
    let Some(href) = meta.and_then(|m| m.get_attribute("content")) else {
        return;
    };
    // Offline before it was ever fetched: the parts draw without it.
    let Some(css) = crate::fetch::text(&href).await else {
        return;
    };
    // A <style> with the text fetched (the page allows inline styles): no
    // second request, and the service worker keeps the answer like any.
    let head = document.query_selector("head").ok().flatten();
    if let (Ok(style), Some(head)) = (document.create_element("style"), head) {
        style.set_text_content(Some(&css));
        let _ = head.append_child(&style);
    }
}

/// A part bound to its props, their types erased: one [`LazyPart`]
/// component draws every part, so that Yew's code for a component is not
/// repeated for each part's props (it was 8 KB of the first screen's module).
trait Bound {
    /// Whether the part's chunk is loaded.
    fn loaded(&self) -> bool;
    /// The part drawn (once loaded).
    fn draw(&self) -> Html;
    /// Loads the part, then tells `done` whether it arrived.
    fn load(&self, done: Callback<bool>);
    /// The same part with equal props.
    fn same(&self, other: &dyn Bound) -> bool;
    /// For [`Bound::same`].
    fn as_any(&self) -> &dyn std::any::Any;
}

struct With<P: 'static> {
    part: PartKey<View<P>>,
    props: P,
}

impl<P: PartialEq + 'static> Bound for With<P> {
    fn loaded(&self) -> bool {
        loaded(self.part).is_some()
    }
    fn draw(&self) -> Html {
        loaded(self.part).map_or_else(Html::default, |view| view(&self.props))
    }
    fn load(&self, done: Callback<bool>) {
        try_with_part(self.part, move |entry| done.emit(entry.is_some()));
    }
    fn same(&self, other: &dyn Bound) -> bool {
        other
            .as_any()
            .downcast_ref::<Self>()
            .is_some_and(|o| std::ptr::eq(self.part, o.part) && self.props == o.props)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Draws a lazily loaded part of the screen with its props; until its
/// chunk arrives, [`Pending`] in its place.
pub fn lazy<P: PartialEq + 'static>(part: PartKey<View<P>>, props: P) -> Html {
    let bound: Rc<dyn Bound> = Rc::new(With { part, props });
    html! { <LazyPart {bound} /> }
}

/// Props of [`LazyPart`].
#[derive(Properties, Clone)]
struct LazyProps {
    bound: Rc<dyn Bound>,
}

impl PartialEq for LazyProps {
    fn eq(&self, other: &Self) -> bool {
        self.bound.same(&*other.bound)
    }
}

#[function_component]
fn LazyPart(props: &LazyProps) -> Html {
    let arrived = use_force_update();
    // Its words may be in the catalogs fetched after the first screen: it
    // waits for them (a restored lesson's bar once showed their keys), and
    // so for its styles, which come with them (`load_styles`).
    let words = crate::i18n::use_i18n().fetched();
    let bound = &props.bound;
    match bound.loaded() {
        true if words => bound.draw(),
        true => html! { <div aria-busy="true" data-waiting="words"></div> },
        false => {
            let bound = bound.clone();
            let load = Callback::from(move |done: Callback<bool>| bound.load(done));
            let arrived = Callback::from(move |()| arrived.force_update());
            html! { <Pending {load} {arrived} /> }
        }
    }
}

/// Props of [`Pending`].
#[derive(Properties, PartialEq)]
pub struct PendingProps {
    /// Loads the part, then says whether it arrived.
    pub load: Callback<Callback<bool>>,
    /// The part arrived.
    pub arrived: Callback<()>,
}

/// The longest a part not loaded yet waits for the page to be idle before
/// its chunks are asked for, in ms.
const LOAD_WITHIN_MS: u32 = 300;

/// A part not loaded yet: an empty place marked busy, and if its chunk
/// cannot be loaded, a way to retry.
#[function_component]
pub fn Pending(props: &PendingProps) -> Html {
    let i18n = crate::i18n::use_i18n();
    // Bumped by Retry, which loads again; `failed` says the last try did not arrive.
    let attempt = use_state(|| 0u32);
    let failed = use_state(|| false);
    {
        let (failed, load, arrived) = (failed.clone(), props.load.clone(), props.arrived.clone());
        use_effect_with(*attempt, move |_| {
            // Once the page is idle, not in the effects' task: for the
            // parts on the first screen, asking for a part's chunks (a
            // request each, up to 27) made the task after the first
            // render 40 ms longer, and a first click waited behind it.
            when_idle(LOAD_WITHIN_MS, move || {
                load.emit(Callback::from(move |ok: bool| {
                    if ok {
                        arrived.emit(())
                    } else {
                        failed.set(true)
                    }
                }))
            })
        });
    }
    if !*failed {
        return html! { <div class="lazy-part" aria-busy="true"></div> };
    }
    let retry = Callback::from(move |_: MouseEvent| {
        failed.set(false);
        attempt.set(*attempt + 1);
    });
    html! {
        <p class="lazy-part" role="alert">{i18n.t("lazy-failed")}{" "}
            <button onclick={retry}>{i18n.t("lazy-retry")}</button></p>
    }
}
