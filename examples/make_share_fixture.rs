//! Writes the golden share-code fixtures of the current format. Run once per
//! new format version; never regenerate the fixtures of an old one.
//! `cargo run --example make_share_fixture`

#[path = "../tests/support/reference.rs"]
mod reference;

use waymark::share::{encode, Protection, FORMAT_VERSION};

fn main() {
    let plan = reference::from_fixture("typical");
    let plain = encode(&plan, Protection::None).expect("encodes");
    let protected = encode(
        &plan,
        Protection::Pin {
            pin: "482913",
            salt: *b"waymark-fixture!",
        },
    )
    .expect("encodes");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    std::fs::write(
        format!("{dir}/share-v{FORMAT_VERSION}-typical.txt"),
        plain + "\n",
    )
    .expect("writes");
    std::fs::write(
        format!("{dir}/share-v{FORMAT_VERSION}-typical-pin-482913.txt"),
        protected + "\n",
    )
    .expect("writes");
}
