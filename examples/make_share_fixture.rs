//! Writes the golden fixtures of the current formats: the share codes (plain
//! and PIN-protected) and the plan file of the typical plan with two
//! check-ins. Run once per new format or schema version; never regenerate
//! the fixtures of an old one. `cargo run --example make_share_fixture`

#[path = "../tests/support/reference.rs"]
mod reference;

use waymark::model::SCHEMA_VERSION;
use waymark::share::{encode, export, Protection, FORMAT_VERSION};

fn main() {
    let plan = reference::typical_checked_in();
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
    let write = |name: String, text: String| std::fs::write(format!("{dir}/{name}"), text);
    write(
        format!("share-v{FORMAT_VERSION}-typical-checked-in.txt"),
        plain + "\n",
    )
    .expect("writes");
    write(
        format!("share-v{FORMAT_VERSION}-typical-checked-in-pin-482913.txt"),
        protected + "\n",
    )
    .expect("writes");
    write(
        format!("plan-v{SCHEMA_VERSION}-typical-checked-in.json"),
        export::json(&plan) + "\n",
    )
    .expect("writes");
}
