//! Browser tests (headless Chromium): the storage adapter against a real
//! localStorage, the browser's deflate against the native encoder, and the
//! mounted app. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::mount::mount_to;
use leptos::task::tick;
use support::{dom, reference};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use waymark::model::{ItemContent, Plan, Quadrant};
use waymark::share::{code_from_deflated, decode, encode, plan_bytes, Protection};
use waymark::store::{
    aside_keys, erase_client_data, restore_plan, save_plan, Backend, Notice, PLAN_KEY,
};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn sample_plan() -> Plan {
    let mut plan = Plan::new(
        "web-test",
        waymark::model::from_millis(1_700_000_000_000).unwrap(),
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
    save_plan(Backend::Local, &plan).unwrap();
    let restored = restore_plan(Backend::Local, 1.0);
    assert_eq!(restored.plan, Some(plan));
    assert_eq!(restored.notice, None);
    assert!(restored.can_save);
}

#[wasm_bindgen_test]
fn nothing_saved_starts_fresh_without_a_notice() {
    storage().clear().unwrap();
    let restored = restore_plan(Backend::Local, 1.0);
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
    let restored = restore_plan(Backend::Local, 1234.0);
    assert_eq!(restored.plan, None);
    assert_eq!(restored.notice, Some(Notice::DraftUnreadable));
    assert!(
        restored.can_save,
        "the original is safe aside, so saving may go on"
    );
    assert_eq!(storage().get_item(PLAN_KEY).unwrap(), None);
    let aside = aside_keys(Backend::Local);
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"schema\":1, garbage")
    );

    // A second bad draft does not overwrite the first one set aside.
    storage().set_item(PLAN_KEY, "also bad").unwrap();
    restore_plan(Backend::Local, 5678.0);
    assert_eq!(aside_keys(Backend::Local).len(), 2);
}

#[wasm_bindgen_test]
fn a_draft_from_a_newer_version_is_left_untouched() {
    storage().clear().unwrap();
    let newer = r#"{"schema":99,"id":"x","future":"data"}"#;
    storage().set_item(PLAN_KEY, newer).unwrap();
    let restored = restore_plan(Backend::Local, 1.0);
    assert_eq!(restored.notice, Some(Notice::TooNew));
    assert!(!restored.can_save, "saving would destroy the newer draft");
    assert_eq!(
        storage().get_item(PLAN_KEY).unwrap().as_deref(),
        Some(newer)
    );
    assert!(aside_keys(Backend::Local).is_empty());
}

fn session() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_kiosk_keeps_the_draft_in_session_storage_only() {
    storage().clear().unwrap();
    session().clear().unwrap();
    let plan = sample_plan();
    save_plan(Backend::Session, &plan).unwrap();
    assert_eq!(
        storage().get_item(PLAN_KEY).unwrap(),
        None,
        "nothing in localStorage"
    );
    assert_eq!(restore_plan(Backend::Session, 1.0).plan, Some(plan));
}

#[wasm_bindgen_test]
fn erasing_removes_every_client_trace_but_keeps_the_device_setting() {
    storage().clear().unwrap();
    session().clear().unwrap();
    save_plan(Backend::Local, &sample_plan()).unwrap();
    save_plan(Backend::Session, &sample_plan()).unwrap();
    storage()
        .set_item("waymark.plan.unreadable.1", "old words")
        .unwrap();
    storage()
        .set_item(
            "waymark.device",
            r#"{"mode":"kiosk","idle_seconds":60,"default_lang":null}"#,
        )
        .unwrap();
    erase_client_data();
    assert_eq!(storage().length().unwrap(), 1);
    assert!(storage().get_item("waymark.device").unwrap().is_some());
    assert_eq!(session().length().unwrap(), 0);
}

fn click(within: &web_sys::Element, selector: &str) {
    let element = within.query_selector(selector).unwrap();
    let element: web_sys::HtmlElement = element
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    element.click();
}

fn count(within: &web_sys::Element, selector: &str) -> u32 {
    within.query_selector_all(selector).unwrap().length()
}

fn text_of(within: &web_sys::Element, selector: &str) -> String {
    within
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_mounted_app_adds_a_tapped_chip_and_saves_it() {
    storage().clear().unwrap();
    session().clear().unwrap();
    // Mounted in a wrapper of its own, so that the test sees only what it
    // mounted and leaves nothing behind (leptos' `examples/counter/tests/web.rs`).
    dom::preload_english_messages(waymark::i18n::CLIENT_FILES);
    let wrapper = dom::wrapper();
    let app = mount_to(wrapper.clone(), waymark::ui::App);
    tick().await;
    dom::until("Welcome", || count(&wrapper, "#start") == 1).await;
    // A message written over several lines, as translators write long ones,
    // shows whole (Fluent joins its lines).
    assert_eq!(
        text_of(&wrapper, ".privacy p"),
        "What you write stays on this device.\nNothing is sent over the internet.\nYou decide if you share it, and with whom."
    );
    click(&wrapper, "#start");
    // The screens after Welcome come from their own module, so a task later.
    dom::until("the first step", || count(&wrapper, ".chip") > 0).await;
    assert_eq!(count(&wrapper, ".answer-list .answer"), 0);
    click(&wrapper, r#".chip[data-key="keep-going"]"#);
    tick().await;
    assert_eq!(count(&wrapper, ".answer-list .answer"), 1);
    assert_eq!(count(&wrapper, r#".chip[aria-pressed="true"]"#), 1);
    // The autosave waits for a pause in typing; hiding the page flushes it.
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    let saved = storage().get_item(PLAN_KEY).unwrap().unwrap_or_default();
    assert!(saved.contains("keep-going"), "{saved}");

    // Disposing the app takes its view out of the page, so that no later
    // test finds it there.
    drop(app);
    tick().await;
    assert_eq!(
        wrapper.child_nodes().length(),
        0,
        "{}",
        wrapper.inner_html()
    );
    wrapper.remove();
}

#[wasm_bindgen_test]
async fn the_browsers_deflate_makes_codes_that_open_and_are_as_short() {
    for name in ["small", "typical"] {
        let plan = reference::from_fixture(name);
        let bytes = plan_bytes(&plan).unwrap();
        let deflated = waymark::ui::deflate_raw(&bytes)
            .await
            .expect("Chromium has CompressionStream");
        let code = code_from_deflated(&deflated, Protection::None).unwrap();
        assert_eq!(decode(&code, None).unwrap(), plan);
        // About as short as miniz_oxide at its best level, which the README's
        // code lengths and QR versions are measured with.
        let native = encode(&plan, Protection::None).unwrap();
        assert!(
            code.len() * 100 <= native.len() * 103,
            "{name}: {} digits, natively {}",
            code.len(),
            native.len()
        );
    }
}
