//! Fetches one language's messages: a page carries the reader's language,
//! not all eight. The page's `index.html` lists each language's file
//! (`window.waymarkLocales`, filled in by scripts/post-build.mjs) and starts
//! fetching the one it expects beside the app's own download
//! (`window.waymarkMessages = { lang, text }`), so Welcome waits for no
//! extra round trip. The service worker keeps every language for offline use.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Lang;

/// Why a language's messages could not be had (offline before the worker
/// kept them, or a page without the list).
#[derive(Debug)]
pub struct Unavailable;

/// The text of the page's messages in `lang`. Each page's files come as
/// one (scripts/post-build.mjs joins the client's `main.ftl`, and for the
/// case manager's page its `case-manager.ftl` too).
pub async fn fetch(lang: Lang) -> Result<String, Unavailable> {
    let text = match preloaded(lang) {
        Some(promise) => JsFuture::from(promise).await,
        None => download(lang).await,
    };
    text.ok()
        .and_then(|text| text.as_string())
        .ok_or(Unavailable)
}

/// The fetch `index.html` started, if it is for `lang`; taken, so that a
/// later switch back fetches afresh (from the worker's cache).
fn preloaded(lang: Lang) -> Option<Promise> {
    let window: JsValue = web_sys::window()?.into();
    let started = Reflect::get(&window, &"waymarkMessages".into()).ok()?;
    let started_lang = Reflect::get(&started, &"lang".into()).ok()?.as_string()?;
    if started_lang != lang.code() {
        return None;
    }
    let _ = Reflect::delete_property(
        window.unchecked_ref::<js_sys::Object>(),
        &"waymarkMessages".into(),
    );
    Reflect::get(&started, &"text".into()).ok()?.dyn_into().ok()
}

/// Fetches `lang`'s file by the address the page lists for it.
async fn download(lang: Lang) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let locales = Reflect::get(&window, &"waymarkLocales".into())?;
    let url = Reflect::get(&locales, &lang.code().into())?
        .as_string()
        .ok_or(JsValue::NULL)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(response.text()?).await
}
