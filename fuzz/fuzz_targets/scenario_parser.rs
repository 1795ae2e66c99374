//! The scenario parser on arbitrary text: no panic, print/parse round trip.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tcp_engine::testing::exercise_parser(data);
});
