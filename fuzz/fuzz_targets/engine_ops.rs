//! The engine driven by arbitrary calls, wire operations and crafted
//! segments: no panic, no endless loop, invariants hold.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_engine::testing::exercise_engine(data);
});
