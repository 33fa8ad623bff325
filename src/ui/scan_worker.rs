//! The scan worker: a module of its own (`src/bin/waymark-scan.rs`) that
//! reads QR codes from camera frames with rqrr, for browsers without a
//! `BarcodeDetector` (Firefox, Safari). A scanner starts it when it opens
//! the camera, so no first visit carries the decoder, and a frame being
//! read never stalls the page. A frame travels as `{width, height, data}`
//! (the canvas's RGBA bytes); the answer is the code's text, or `null`.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::share::scan::read_qr;

/// The worker's script, beside the page (Trunk's loader shim).
pub const SCRIPT: &str = "waymark-scan_loader.js";

/// Inside the worker: answers each frame with the text of its QR code, or
/// `null`.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
        move |event: web_sys::MessageEvent| {
            let text = read_frame(&event.data());
            let answer = text.map_or(JsValue::NULL, |t| JsValue::from_str(&t));
            let _ = reply.post_message(&answer);
        },
    );
    // The handler is the worker's whole life: it goes when the page
    // terminates the worker.
    scope.set_onmessage(Some(on_message.into_js_value().unchecked_ref()));
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

fn read_frame(frame: &JsValue) -> Option<String> {
    let number = |name: &str| Reflect::get(frame, &name.into()).ok()?.as_f64();
    let width = number("width")? as usize;
    let height = number("height")? as usize;
    let data: Uint8Array = Reflect::get(frame, &"data".into()).ok()?.dyn_into().ok()?;
    read_qr(width, height, &data.to_vec())
}
