//! Links the client's app with its relocations kept when it is built to be
//! split (`--features split`): wasm-split (scripts/split-wasm.mjs) needs them
//! to cut the screens after Welcome into a module of their own. Only that
//! binary: binaryen cannot optimise a module that carries them, and the
//! other pages go through wasm-opt as they are.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|family| family == "wasm");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=waymark=--emit-relocs");
    }
}
