//! The playground's split build (feature `split`) keeps the linker's
//! relocations in its wasm: scripts/split-wasm.sh needs them to cut the
//! module into chunks. Only that binary: the workers are not split.
//!
//! The English catalog built into the app (`i18n/en.ftl`) is compiled in
//! without its comment lines, which are written for translators and never
//! read by the app: 0.3 KB less of the first load.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=i18n/en.ftl");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f == "wasm");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=tcp-playground=--emit-relocs");
    }
    let en = std::fs::read_to_string("i18n/en.ftl").expect("i18n/en.ftl is readable");
    // A line that starts with `#` is a comment: a pattern's own lines are
    // indented, so none of them is dropped.
    let words: String = en
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("en.ftl"), words).expect("OUT_DIR is writable");
}
