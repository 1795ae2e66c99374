//! The ladder's position arithmetic with any times.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_playground::testing::exercise_layout(data);
});
