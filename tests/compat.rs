//! What an earlier Waymark saved or shared opens to the same plan: the
//! drafts, files and codes captured from `main` on 2026-12-01, before its
//! JSON and dates moved to serde_json and chrono, and the first fixtures.

use serde_json::Value;
use waymark::model::{load_json, DeviceConfig, DeviceMode, Plan, SCHEMA_VERSION};
use waymark::share::{decode, read_file, ShareError};

macro_rules! captured {
    ($name:literal) => {
        include_str!(concat!("fixtures/main-2026-12-01/", $name))
    };
}

/// A plan as that build's serde derives wrote it, read as the current
/// schema: version 2 only added fields, so nothing else changes.
fn expected(json: &str) -> Plan {
    let mut plan: Plan = serde_json::from_str(json).expect("the expected plan reads");
    assert_eq!(plan.schema, 1);
    plan.schema = SCHEMA_VERSION;
    plan
}

/// The storage entries of a saved draft, key by key.
fn storage(json: &str) -> Value {
    serde_json::from_str(json).expect("the captured storage reads")
}

#[test]
fn a_personal_draft_opens_to_the_same_plan() {
    let entries = storage(captured!("draft-personal.storage.json"));
    let draft = entries["waymark.plan"].as_str().unwrap();
    assert_eq!(
        load_json(draft).unwrap(),
        expected(captured!("expected-personal.json"))
    );
    let lang: String = serde_json::from_str(entries["waymark.lang"].as_str().unwrap()).unwrap();
    assert_eq!(lang, "pl");
    let device: DeviceConfig =
        serde_json::from_str(entries["waymark.device"].as_str().unwrap()).unwrap();
    assert_eq!(device, DeviceConfig::default());
}

#[test]
fn a_kiosk_draft_opens_to_the_same_plan() {
    let entries = storage(captured!("draft-kiosk.storage.json"));
    let plan = load_json(entries["waymark.plan"].as_str().unwrap()).unwrap();
    assert_eq!(plan, expected(captured!("expected-kiosk.json")));
    // Its milliseconds survive: the draft was saved at .250 s.
    assert_eq!(plan.updated.timestamp_subsec_millis(), 250);
    let device: DeviceConfig =
        serde_json::from_str(entries["waymark.device"].as_str().unwrap()).unwrap();
    assert_eq!(device.mode, DeviceMode::Kiosk);
    assert_eq!(device.idle_seconds, 120);
    assert_eq!(device.default_lang.as_deref(), Some("ar"));
}

#[test]
fn a_plan_file_opens_to_the_same_plan() {
    let plan = read_file(captured!("plan-file.json"), None).unwrap();
    assert_eq!(plan, expected(captured!("expected-large.json")));
    // And is written back byte for byte as it was, but for its version.
    assert_eq!(
        waymark::share::file_contents(&plan, None),
        captured!("plan-file.json").replacen(
            "\"schema\": 1,",
            &format!("\"schema\": {},", waymark::model::SCHEMA_VERSION),
            1
        )
    );
}

#[test]
fn a_protected_plan_file_opens_with_its_pin() {
    let file = captured!("plan-file-pin-2468.json");
    assert_eq!(read_file(file, None), Err(ShareError::PinNeeded));
    assert_eq!(read_file(file, Some("1357")), Err(ShareError::WrongPin));
    assert_eq!(
        read_file(file, Some("2468")).unwrap(),
        expected(captured!("expected-kiosk.json"))
    );
}

#[test]
fn share_codes_open_to_the_same_plan() {
    assert_eq!(
        decode(captured!("share-small.txt"), None).unwrap(),
        expected(captured!("expected-small.json"))
    );
    let protected = captured!("share-kiosk-pin-2468.txt");
    assert_eq!(decode(protected, None), Err(ShareError::PinNeeded));
    assert_eq!(
        decode(protected, Some("2468")).unwrap(),
        expected(captured!("expected-kiosk.json"))
    );
}

#[test]
fn the_first_fixtures_still_open() {
    let plan = load_json(include_str!("fixtures/plan-v1.json")).unwrap();
    assert_eq!(plan.lang, "pl");
    let plain = decode(include_str!("fixtures/share-v1-typical.txt"), None).unwrap();
    let protected = decode(
        include_str!("fixtures/share-v1-typical-pin-482913.txt"),
        Some("482913"),
    )
    .unwrap();
    assert_eq!(plain, protected);
    assert_eq!(plain.id, "reference-typical");
}

/// Format 2 and schema 2: the typical plan with two check-ins, as a code,
/// a protected code and a file, all three the same plan forever.
#[test]
fn the_format_2_fixtures_open_to_the_same_plan() {
    let file = load_json(include_str!("fixtures/plan-v2-typical-checked-in.json")).unwrap();
    assert_eq!(file.check_ins.len(), 2);
    assert!(file.shared.is_some());
    let plain = decode(
        include_str!("fixtures/share-v2-typical-checked-in.txt"),
        None,
    )
    .unwrap();
    let protected = decode(
        include_str!("fixtures/share-v2-typical-checked-in-pin-482913.txt"),
        Some("482913"),
    )
    .unwrap();
    assert_eq!(plain, file);
    assert_eq!(protected, file);
}

/// Builds before the gate stamped `updated` from the clock as it was, so a
/// clock set back could save a draft changed "before" it was made: it opens,
/// mended, rather than being set aside.
#[test]
fn an_old_draft_with_its_clock_set_back_opens() {
    let draft = include_str!("fixtures/plan-v1.json").replacen(
        "\"created\": \"2026-11-02T09:15:00Z\"",
        "\"created\": \"2027-01-01T00:00:00Z\"",
        1,
    );
    let plan = load_json(&draft).unwrap();
    assert_eq!(plan.updated, plan.created);
}
