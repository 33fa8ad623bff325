//! The views in a browser (headless Chromium and Firefox), each mounted into
//! a wrapper of its own and unmounted at the end: what a person would notice
//! if a view updated too much or its browser glue outlived it.
//! Run with `cargo test --target wasm32-unknown-unknown --test views`.
#![cfg(target_arch = "wasm32")]

mod support;

use support::dom::*;
use support::reference;
use wasm_bindgen_test::*;
use waymark::share::{encode, Protection};

wasm_bindgen_test_configure!(run_in_browser);

/// A camera that answers only when the test says so, and a `BarcodeDetector`
/// that finds nothing until told: the browser services the scanner uses.
fn fake_camera() {
    js(r#"
        window.camera = {};
        navigator.mediaDevices.getUserMedia = () => new Promise((resolve) => {
            camera.give = () => {
                const canvas = document.createElement("canvas");
                canvas.getContext("2d").fillRect(0, 0, 8, 8);
                camera.stream = canvas.captureStream();
                resolve(camera.stream);
            };
        });
        window.BarcodeDetector = class {
            detect() { return new Promise((resolve) => { camera.answer = resolve; }); }
        };
    "#);
}

fn camera_has(what: &str) -> bool {
    js(&format!("!!window.camera.{what}")).is_truthy()
}

fn camera_is_off() -> bool {
    js("camera.stream.getTracks().every((t) => t.readyState === 'ended')").is_truthy()
}

/// Pastes a share code into the case manager's form and opens it, which
/// replaces the form, and the scanner with it, by the plan.
async fn paste_and_open() {
    let code = encode(&reference::from_fixture("small"), Protection::None).unwrap();
    js(&format!(
        "const box = document.querySelector('#import-code');
         box.value = '{code}';
         box.dispatchEvent(new Event('input', {{ bubbles: true }}));
         document.querySelector('.import-paste button[type=submit]').click();"
    ));
    until("the plan to open", || count(".written-in") == 1).await;
}

async fn case_managers_page_scanning(
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    preload_english_messages(waymark::i18n::CASE_MANAGER_FILES);
    fake_camera();
    let page = leptos::mount::mount_to(wrapper(), waymark::ui::CaseManagerApp);
    until("the scan button", || count("#scan-qr") == 1).await;
    click("#scan-qr");
    until("the camera to be asked for", || camera_has("give")).await;
    page
}

#[wasm_bindgen_test]
async fn a_code_pasted_before_the_camera_answers_closes_the_scanner_and_the_camera() {
    watch_for_panics();
    let page = case_managers_page_scanning().await;
    paste_and_open().await;
    // The camera answers after the scanner has gone: it must be turned off,
    // and nothing of the scanner touched.
    js("camera.give()");
    until("the camera to be turned off", camera_is_off).await;
    assert!(!panicked(), "a panic in the scanner's task");
    assert_eq!(count(".written-in"), 1, "the plan stays open");
    drop(page);
}

#[wasm_bindgen_test]
async fn a_code_pasted_while_the_camera_looks_closes_the_scanner_and_the_camera() {
    watch_for_panics();
    let page = case_managers_page_scanning().await;
    js("camera.give()");
    until("the scanner to look for a code", || camera_has("answer")).await;
    paste_and_open().await;
    until("the camera to be turned off", camera_is_off).await;
    // The detector answers after the scanner has gone.
    js("camera.answer([])");
    for _ in 0..5 {
        pause_a_frame().await;
    }
    assert!(!panicked(), "a panic in the scanner's task");
    assert_eq!(count(".written-in"), 1, "the plan stays open");
    drop(page);
}

/// A plan with two goals, the first with three steps, and a strength that
/// can be ticked as helping.
fn plan_with_goals() -> (waymark::model::Plan, [u32; 3]) {
    use waymark::model::{Goal, ItemContent, Plan, Quadrant};
    let mut plan = Plan::new(
        "views-test",
        waymark::model::from_millis(1_700_000_000_000).unwrap(),
        "en",
    );
    plan.add_item(
        Quadrant::Strengths,
        ItemContent::Text("I can cook".into()),
        None,
    );
    let first = plan.add_goal(Goal {
        title: "Find a flat".into(),
        ..Goal::default()
    });
    plan.add_goal(Goal {
        title: "Learn to drive".into(),
        ..Goal::default()
    });
    let steps = ["Call the housing office", "Visit two flats", "Sign"]
        .map(|text| plan.add_step(first, text, None).unwrap());
    (plan, steps)
}

/// Records every `value` and `checked` set on a form field, and every DOM
/// change, so that a test can see which rows a keystroke touched.
fn watch_the_page() {
    js(r#"
        window.seen = { sets: [], changes: [] };
        for (const [kind, prop] of [[HTMLInputElement, "value"], [HTMLInputElement, "checked"],
                                    [HTMLTextAreaElement, "value"], [HTMLSelectElement, "value"]]) {
            const own = Object.getOwnPropertyDescriptor(kind.prototype, prop);
            Object.defineProperty(kind.prototype, prop, {
                configurable: true,
                get() { return own.get.call(this); },
                set(v) { seen.sets.push(this.id); own.set.call(this, v); },
            });
        }
        new MutationObserver((records) => {
            for (const r of records) {
                const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
                seen.changes.push(el.closest("[data-id]")?.dataset.id ?? el.outerHTML.slice(0, 80));
            }
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    "#);
}

#[wasm_bindgen_test]
async fn typing_in_one_step_leaves_the_other_steps_and_goals_untouched() {
    watch_for_panics();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let (plan, [typed, ..]) = plan_with_goals();
    waymark::store::save_plan(waymark::store::Backend::Local, &plan).unwrap();
    preload_english_messages(waymark::i18n::CLIENT_FILES);
    js("history.replaceState(null, '', '#goals')");
    let page = leptos::mount::mount_to(wrapper(), waymark::ui::App);
    until("the goals", || count(".goal-list .goal") == 2).await;
    click(".goal-toggle");
    until("the first goal's steps", || count(".step-list .step") == 3).await;
    watch_the_page();

    let input = format!("#step-{typed}-text");
    for letter in [" ", "n", "o", "w"] {
        // As the keyboard does: the box changes, then says so.
        js(&format!(
            "const box = document.querySelector('{input}');
             Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, box.value + '{letter}');
             seen.sets.pop();
             box.dispatchEvent(new Event('input', {{ bubbles: true }}));"
        ));
        leptos::task::tick().await;
        pause_a_frame().await;
    }

    let outside = |list: &str| {
        js(&format!(
            "JSON.stringify(seen.{list}.filter((what) => what !== 'step-{typed}-text' && what !== '{typed}'))"
        ))
        .as_string()
        .unwrap()
    };
    assert_eq!(
        outside("sets"),
        "[]",
        "inputs set outside the step typed in"
    );
    assert_eq!(
        outside("changes"),
        "[]",
        "DOM changed outside the step typed in"
    );
    // The typing itself went into the plan.
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    let saved = storage
        .get_item(waymark::store::PLAN_KEY)
        .unwrap()
        .unwrap_or_default();
    assert!(saved.contains("Call the housing office now"), "{saved}");
    drop(page);
    js("history.replaceState(null, '', location.pathname)");
}
