//! Saved fuzz inputs (crashes found and fixed, and seeds) replayed on every
//! test run: `fuzz/regressions/{parser,engine,capture}/*`.

use std::path::Path;

fn inputs(kind: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(kind);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn saved_parser_inputs_still_pass() {
    let inputs = inputs("parser");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        eprintln!("{name}");
        tcp_engine::testing::exercise_parser(&data);
    }
}

#[test]
fn saved_engine_inputs_still_pass() {
    for (name, data) in inputs("engine") {
        eprintln!("{name}");
        tcp_engine::testing::exercise_engine(&data);
    }
}

#[test]
fn random_engine_inputs_pass() {
    // A cheap stand-in for the fuzzer in every test run: pseudo-random bytes.
    let mut state = 0x1234_5678_9abc_def0u64;
    for _ in 0..300 {
        let data: Vec<u8> = (0..400)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        tcp_engine::testing::exercise_engine(&data);
    }
}

#[test]
fn saved_capture_inputs_still_pass() {
    let inputs = inputs("capture");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        eprintln!("{name}");
        tcp_engine::testing::exercise_capture(&data);
    }
}
