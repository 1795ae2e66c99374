//! Any bytes as a capture file: read, or refused with a message; never a
//! panic, and memory bounded by the input (segments are no longer than an
//! IP packet can say).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(capture) = tcp_engine::capture::read(data) {
        let _ = capture.connections();
    }
});
