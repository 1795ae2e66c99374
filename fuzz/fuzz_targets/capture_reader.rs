//! Any bytes as a capture file: read, or refused with a message; never a
//! panic, and memory bounded by the input (the bytes a capture holds are
//! at most the file's: data cut by the snap length is a count). Each
//! connection read is replayed as the playground does, within the replay's
//! limits (segments, data, text): the replay's scenario must parse, and
//! running it never panics.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tcp_engine::testing::exercise_capture(data));
