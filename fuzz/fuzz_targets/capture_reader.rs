//! Any bytes as a capture file: read, or refused with a message; never a
//! panic, and memory bounded by the input (segments are no longer than an
//! IP packet can say). Each connection read is replayed as the playground
//! does: the replay's scenario must parse, and running it never panics.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tcp_engine::testing::exercise_capture(data));
