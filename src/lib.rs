//! TCP Playground's browser UI: a Yew shell around the `tcp-engine` crate.
//!
//! [`state`] holds the one reducer that owns the simulation; each file in
//! [`components`] draws one part of the screen from plain snapshots and
//! gets narrow callbacks built in [`shell`], which also runs the page's own
//! effects; [`app`] lays them out and starts the hooks that run the rest
//! (timers, storage).

pub mod app;
#[cfg(test)]
mod attacks;
pub mod capture;
mod capture_worker;
pub mod clipboard;
pub mod components;
pub mod embed;
pub mod export;
pub mod fetch;
pub mod file_name;
pub mod hooks;
pub mod i18n;
pub mod lessons;
pub mod listener;
pub mod share;
pub mod shell;
pub mod state;
pub mod storage;
pub mod stream;
#[doc(hidden)]
pub mod testing;
pub mod view;

/// Mounts the playground on the page's body.
pub fn run() {
    remove_boot_message();
    yew::Renderer::<app::App>::new().render();
}

/// Starts the capture worker (`tcp-capture`).
pub fn run_capture_worker() {
    capture_worker::run();
}

/// Mounts "Write a lesson" (`editor.html`) on the page's body.
pub fn run_editor() {
    remove_boot_message();
    yew::Renderer::<app::EditorPage>::new().render();
}

/// The page's "Loading…" (and how to serve it, if it never starts) goes
/// once the app is running.
fn remove_boot_message() {
    if let Some(message) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-message"))
    {
        message.remove();
    }
}

/// The heap's allocator: Talc, whose code is smaller than the standard
/// library's dlmalloc (it is in the first load); the benchmark's clicks
/// measured no slower with it.
#[cfg(all(target_arch = "wasm32", not(heap_stats)))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Counts live heap bytes, so that the benchmark can tell memory in use
/// from wasm's high-water mark (linear memory never shrinks). Only in the
/// benchmark's build (`RUSTFLAGS="--cfg heap_stats"`), not in the app.
#[cfg(all(target_arch = "wasm32", heap_stats))]
mod heap {
    use std::alloc::{GlobalAlloc, Layout};
    use talc::wasm::{new_wasm_dynamic_allocator, WasmDynamicTalc};

    /// The app's allocator, which every call goes to.
    static TALC: WasmDynamicTalc = new_wasm_dynamic_allocator();
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub static LIVE: AtomicUsize = AtomicUsize::new(0);

    pub struct Counting;

    // SAFETY: every call is forwarded to Talc unchanged;
    // only a counter is updated beside it.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as ours.
            unsafe { TALC.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as ours.
            unsafe { TALC.dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as ours.
            unsafe { TALC.realloc(ptr, layout, new_size) }
        }
    }

    #[global_allocator]
    static ALLOCATOR: Counting = Counting;
}

/// Bytes of heap in use now (for the benchmark); NaN unless built with
/// `--cfg heap_stats`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn heap_live_bytes() -> f64 {
    #[cfg(heap_stats)]
    return heap::LIVE.load(std::sync::atomic::Ordering::Relaxed) as f64;
    #[cfg(not(heap_stats))]
    f64::NAN
}
