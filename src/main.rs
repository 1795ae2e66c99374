//! TCP Playground: two real RFC 9293 endpoints side by side, in the browser.

mod app;
mod components;
mod lessons;
mod state;
mod view;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
