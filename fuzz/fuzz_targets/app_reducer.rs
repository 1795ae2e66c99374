//! The app's reducer under random actions; the recorded session replays
//! to the same place.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_playground::testing::exercise_reducer(data);
});
