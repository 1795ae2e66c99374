//! TCP Playground: two real RFC 9293 endpoints side by side, in the browser.

fn main() {
    tcp_playground::run();
}
