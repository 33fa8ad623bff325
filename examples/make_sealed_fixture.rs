//! Writes the golden fixtures of the sealed format and the agency key file:
//! the typical plan, answered, sealed to the fixture agency's newer key, and
//! the key file holding both its keys (the older one retired), under the
//! passphrase "correct horse battery". Run once per new sealed or key-file
//! format; never regenerate an old one's.
//! `cargo run --example make_sealed_fixture`

#[path = "../tests/support/fixed_rng.rs"]
mod fixed_rng;
#[path = "../tests/support/reference.rs"]
mod reference;

use chrono::NaiveDate;
use fixed_rng::FixedRng;
use waymark::share::{
    plan_bytes, seal_deflated_with, AgencySecret, Keyring, KEY_FILE_ROUNDS, KEY_FILE_VERSION,
    SEALED_VERSION,
};

const AGENCY: &str = "Miriam's Kitchen case management";

fn main() {
    let old = AgencySecret::from_seed(AGENCY, &[1; 32]).expect("a name");
    let new = AgencySecret::from_seed(AGENCY, &[2; 32]).expect("a name");
    let day = |d: &str| d.parse::<NaiveDate>().expect("a day");
    let mut keys = Keyring::default();
    keys.add(old.clone(), day("2026-01-05"));
    keys.add(new.clone(), day("2026-12-03"));
    keys.retire(old.key().id(), day("2026-12-03"));

    let bytes = plan_bytes(&reference::typical_answered()).expect("a plan");
    let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
    let sealed =
        seal_deflated_with(&deflated, new.key(), &mut FixedRng(vec![3; 32])).expect("seals");
    let file = keys
        .lock_with(
            "correct horse battery",
            b"waymark-fixture!",
            KEY_FILE_ROUNDS,
        )
        .expect("locks");

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let write = |name: String, text: String| {
        std::fs::write(format!("{dir}/{name}"), text + "\n").expect("writes")
    };
    write(
        format!("sealed-v{SEALED_VERSION}-typical-answered.txt"),
        sealed,
    );
    write(format!("agency-keys-v{KEY_FILE_VERSION}.json"), file);
}
