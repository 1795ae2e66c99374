//! TCP Playground's browser UI: a Yew shell around the `tcp-engine` crate.
//!
//! [`state`] holds the one reducer that owns the simulation; each file in
//! [`components`] draws one part of the screen from plain snapshots;
//! [`app`] lays them out and owns the side effects (timers, storage).

pub mod app;
pub mod components;
pub mod embed;
pub mod lessons;
pub mod share;
pub mod state;
pub mod view;

/// Mounts the playground on the page's body.
pub fn run() {
    yew::Renderer::<app::App>::new().render();
}
