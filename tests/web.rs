//! Browser tests (headless Chromium): the storage adapter against a real
//! localStorage. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use chrono::DateTime;
use wasm_bindgen_test::*;
use waymark::model::{ItemContent, Plan, Quadrant};
use waymark::store::{aside_keys, restore_plan, save_plan, Notice, PLAN_KEY};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn sample_plan() -> Plan {
    let mut plan = Plan::new(
        "web-test",
        DateTime::from_timestamp_millis(1_700_000_000_000).unwrap(),
        "pl",
    );
    plan.add_item(
        Quadrant::Strengths,
        ItemContent::Key("have-valid-id".into()),
        None,
    );
    plan.add_item(
        Quadrant::Strengths,
        ItemContent::Text("Umiem gotować".into()),
        None,
    );
    plan
}

#[wasm_bindgen_test]
fn a_saved_plan_is_restored() {
    storage().clear().unwrap();
    let plan = sample_plan();
    save_plan(&plan).unwrap();
    let restored = restore_plan(1.0);
    assert_eq!(restored.plan, Some(plan));
    assert_eq!(restored.notice, None);
    assert!(restored.can_save);
}

#[wasm_bindgen_test]
fn nothing_saved_starts_fresh_without_a_notice() {
    storage().clear().unwrap();
    let restored = restore_plan(1.0);
    assert_eq!(restored.plan, None);
    assert_eq!(restored.notice, None);
    assert!(restored.can_save);
}

#[wasm_bindgen_test]
fn a_corrupted_draft_is_kept_aside_and_reported() {
    storage().clear().unwrap();
    storage()
        .set_item(PLAN_KEY, "{\"schema\":1, garbage")
        .unwrap();
    let restored = restore_plan(1234.0);
    assert_eq!(restored.plan, None);
    assert_eq!(restored.notice, Some(Notice::DraftUnreadable));
    assert!(
        restored.can_save,
        "the original is safe aside, so saving may go on"
    );
    assert_eq!(storage().get_item(PLAN_KEY).unwrap(), None);
    let aside = aside_keys();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"schema\":1, garbage")
    );

    // A second bad draft does not overwrite the first one set aside.
    storage().set_item(PLAN_KEY, "also bad").unwrap();
    restore_plan(5678.0);
    assert_eq!(aside_keys().len(), 2);
}

#[wasm_bindgen_test]
fn a_draft_from_a_newer_version_is_left_untouched() {
    storage().clear().unwrap();
    let newer = r#"{"schema":99,"id":"x","future":"data"}"#;
    storage().set_item(PLAN_KEY, newer).unwrap();
    let restored = restore_plan(1.0);
    assert_eq!(restored.notice, Some(Notice::TooNew));
    assert!(!restored.can_save, "saving would destroy the newer draft");
    assert_eq!(
        storage().get_item(PLAN_KEY).unwrap().as_deref(),
        Some(newer)
    );
    assert!(aside_keys().is_empty());
}
