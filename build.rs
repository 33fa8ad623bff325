//! Links the client's app and the case manager's page with their relocations
//! kept when they are built to be split (`--features split`, `split-open`): wasm-split
//! (scripts/split-wasm.mjs) needs them to cut the screens after Welcome,
//! and the answer's composer, into modules of their own. Only those
//! binaries: binaryen cannot optimise a module that carries them, and the
//! workers go through wasm-opt as they are.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|family| family == "wasm");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=waymark=--emit-relocs");
    }
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT_OPEN").is_some() {
        println!("cargo::rustc-link-arg-bin=waymark-open=--emit-relocs");
    }
}
