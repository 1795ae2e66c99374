//! The playground's split build (feature `split`) keeps the linker's
//! relocations in its wasm: scripts/split-wasm.sh needs them to cut the
//! module into chunks. Only that binary: the workers are not split.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f == "wasm");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=tcp-playground=--emit-relocs");
    }
}
