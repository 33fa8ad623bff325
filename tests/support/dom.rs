//! The page as the wasm tests see it: a wrapper to mount into, the few DOM
//! reads and clicks the tests make, and waits on conditions.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use wasm_bindgen::JsCast;
use waymark::i18n::{embedded_source, Lang, MessageFile};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in `<body>` for one test's view, so that it can be
/// unmounted again without touching anything else.
pub fn wrapper() -> web_sys::HtmlElement {
    let element: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

pub fn count(selector: &str) -> u32 {
    document().query_selector_all(selector).unwrap().length()
}

pub fn element(selector: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

pub fn click(selector: &str) {
    element(selector).click();
}

pub fn text_of(selector: &str) -> String {
    element(selector).text_content().unwrap_or_default()
}

/// Runs JavaScript in the page, for what the app does not expose: fakes of
/// browser services, and what a test asks of them.
pub fn js(code: &str) -> wasm_bindgen::JsValue {
    js_sys::eval(code).unwrap_or_else(|e| panic!("{code}: {e:?}"))
}

/// What `index.html`'s preload script does: the reader's messages (here
/// English, saved as the choice), fetched beside the app.
pub fn preload_english_messages(files: &[MessageFile]) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(waymark::store::LANG_KEY, "\"en\"")
        .unwrap();
    let text: String = files
        .iter()
        .map(|&file| embedded_source(Lang::En, file))
        .collect::<Vec<_>>()
        .join("\n");
    let started = js_sys::Object::new();
    js_sys::Reflect::set(&started, &"lang".into(), &"en".into()).unwrap();
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::from_str(&text));
    js_sys::Reflect::set(&started, &"text".into(), &promise).unwrap();
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"waymarkMessages".into(), &started).unwrap();
}

/// Waits until `ready` holds, a frame at a time, for at most about two
/// seconds.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..120 {
        if ready() {
            return;
        }
        pause_a_frame().await;
    }
    panic!("timed out waiting for {what}");
}

pub async fn pause_a_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 16)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

static PANICKED: AtomicBool = AtomicBool::new(false);

/// From here on, notes every panic, including one inside a task the app spawned, which
/// would otherwise only reach the console while the test goes on.
pub fn watch_for_panics() {
    PANICKED.store(false, Ordering::SeqCst);
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let earlier = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICKED.store(true, Ordering::SeqCst);
            earlier(info);
        }));
    });
}

pub fn panicked() -> bool {
    PANICKED.load(Ordering::SeqCst)
}
