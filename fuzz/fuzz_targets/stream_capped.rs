//! A capped read (a share link's unpacked bytes, a fetched lesson) of any
//! pieces, any limit and a source that waits or fails: exactly what
//! arrived while it fits, too large the moment it passes, nothing asked
//! for after that.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_playground::testing::exercise_stream(data);
});
