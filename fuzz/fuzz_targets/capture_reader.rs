//! Any bytes as a capture file: read, or refused with a message; never a
//! panic, and memory bounded by the input (segments are no longer than an
//! IP packet can say). Each connection read is replayed as the playground
//! does: the replay's scenario must parse, and running it never panics.
#![no_main]

use tcp_engine::scenario;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(capture) = tcp_engine::capture::read(data) else {
        return;
    };
    for connection in capture.connections().iter().take(2) {
        let replay = tcp_engine::capture::replay(&capture, connection);
        let script = scenario::parse(&replay.text)
            .unwrap_or_else(|e| panic!("the replay does not parse: {e:?}\n{}", replay.text));
        let mut sim = tcp_engine::Sim::default();
        for statement in &script.statements {
            if scenario::exec(&mut sim, statement).is_err() {
                break;
            }
        }
    }
});
