//! Writes the golden fixtures of the current formats: the share codes (plain
//! and PIN-protected) and the plan file of the typical plan, checked in and
//! answered, and the case manager's answer to it (plain and protected). Run
//! once per new format or schema version; never regenerate the fixtures of
//! an old one. `cargo run --example make_share_fixture`

#[path = "../tests/support/reference.rs"]
mod reference;

use waymark::model::SCHEMA_VERSION;
use waymark::share::{encode, encode_answer, export, Protection, ANSWER_VERSION, FORMAT_VERSION};

const PIN: Protection = Protection::Pin {
    pin: "482913",
    salt: *b"waymark-fixture!",
};

fn main() {
    let plan = reference::typical_answered();
    let mut answer = reference::typical_answer(&reference::typical_checked_in());
    // Since answer format 2, an answer may carry the agency's key (the
    // sealed fixtures' newer key).
    let agency =
        waymark::share::AgencySecret::from_seed("Miriam's Kitchen case management", &[2; 32])
            .expect("a name");
    answer.agency = Some(agency.key().code());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let write = |name: String, text: String| {
        std::fs::write(format!("{dir}/{name}"), text + "\n").expect("writes")
    };
    let share = format!("share-v{FORMAT_VERSION}-typical-answered");
    write(
        format!("{share}.txt"),
        encode(&plan, Protection::None).expect("encodes"),
    );
    write(
        format!("{share}-pin-482913.txt"),
        encode(&plan, PIN).expect("encodes"),
    );
    write(
        format!("plan-v{SCHEMA_VERSION}-typical-answered.json"),
        export::json(&plan),
    );
    let name = format!("answer-v{ANSWER_VERSION}-typical-with-agency");
    write(
        format!("{name}.txt"),
        encode_answer(&answer, Protection::None).expect("encodes"),
    );
    write(
        format!("{name}-pin-482913.txt"),
        encode_answer(&answer, PIN).expect("encodes"),
    );
}
