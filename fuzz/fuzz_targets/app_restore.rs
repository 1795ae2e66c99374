//! Any bytes as a share link or a saved session: refused with a message,
//! or replayed within the limits and drawn.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_playground::testing::exercise_restore(data);
});
