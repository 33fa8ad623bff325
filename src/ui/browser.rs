//! The few browser services the screens need, each returning a `Result`
//! instead of throwing: clipboard, file download and upload, printing,
//! randomness.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Puts text on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let clipboard = web_sys::window()
        .ok_or(JsValue::NULL)?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Offers text as a file download. Nothing leaves the device: the file is
/// made in the page from a Blob.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download starts after this click is handled, and Firefox and
    // Safari read the URL late; FileSaver.js waits 40 s, so do we.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(40),
    );
    Ok(())
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, JsValue> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(JsValue::NULL)?;
    let text = JsFuture::from(file.text()).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// The names and texts of every file chosen in a file input, in its order.
pub async fn read_chosen_files(
    input: &web_sys::HtmlInputElement,
) -> Result<Vec<(String, String)>, JsValue> {
    let files = input.files().ok_or(JsValue::NULL)?;
    let mut read = Vec::new();
    for file in (0..files.length()).filter_map(|i| files.get(i)) {
        let text = JsFuture::from(file.text()).await?;
        read.push((file.name(), text.as_string().ok_or(JsValue::NULL)?));
    }
    Ok(read)
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Bytes from the browser's cryptographic random source.
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// This page's address without fragment or query: where share links point.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            let path = location.pathname().ok()?;
            // Opened as /index.html, the app's folder is still the place to point to.
            let folder = path.strip_suffix("index.html").unwrap_or(&path).to_owned();
            Some(format!("{}{folder}", location.origin().ok()?))
        })
        .unwrap_or_default()
}

/// Puts `url` in the address bar as a new history entry, without loading it.
pub fn push_address(url: &str) {
    set_address(url, true);
}

/// Puts `url` in the address bar in place of the current history entry, so
/// that what was there (a share code, a setup link) is not kept.
pub fn replace_address(url: &str) {
    set_address(url, false);
}

fn set_address(url: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    };
}

/// Gives the browser a frame to paint (a "working…" message) before a slow
/// step such as the PIN's key derivation.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Asks the browser to keep this site's storage when space runs low, so a
/// draft is not evicted. `None` when the browser cannot say.
pub async fn request_persistent_storage() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let granted = JsFuture::from(manager.persist().ok()?).await.ok()?;
    granted.as_bool()
}

/// Moves keyboard focus to the element with this id, after the next paint
/// (so that an element just shown exists).
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own deflate (Chrome 103, Firefox 113, Safari 16.4);
    /// web-sys has it only behind its unstable flag.
    type CompressionStream;

    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

/// `data` as raw deflate (RFC 1951), compressed by the browser, so that the
/// app carries no compressor of its own. `None` where the browser has none.
pub async fn deflate_raw(data: &[u8]) -> Option<Vec<u8>> {
    let deflate = CompressionStream::new("deflate-raw").ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(data));
    let input = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    // A CompressionStream is a readable and writable pair.
    let output = input.stream().pipe_through(deflate.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&output)).ok()?;
    let bytes = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&bytes).to_vec())
}
