//! The share worker: a module of its own (`src/bin/waymark-share.rs`) that
//! makes a code and its QR in a Web Worker. The page starts it when the Share
//! step shows, so a client's first visit does not carry the cipher and the QR
//! encoder, and the PIN's slow key derivation never freezes the page.
//! Requests and answers travel as JSON text.

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::share::{make_share, ShareOutcome, ShareRequest};

/// The worker's script, beside the page (Trunk's loader shim).
const SCRIPT: &str = "./waymark-share_loader.js";

/// Why no code came back: the worker could not start or load (offline
/// before the service worker kept it), or refused the request.
#[derive(Debug)]
pub struct NoCode;

/// The page's handle on a running share worker; it stops when dropped.
pub struct ShareWorker {
    worker: web_sys::Worker,
    /// Settles when the worker says it is listening (a message sent before
    /// would be lost), or fails to load.
    ready: Promise,
}

impl ShareWorker {
    /// Starts the worker; its files download now, while the client chooses.
    pub fn start() -> Option<ShareWorker> {
        let worker = web_sys::Worker::new(SCRIPT).ok()?;
        let ready = next_message(&worker);
        Some(ShareWorker { worker, ready })
    }

    /// Makes the code of `request`. One request at a time: the next message
    /// from the worker is this request's answer.
    pub async fn make(&self, request: &ShareRequest) -> Result<ShareOutcome, NoCode> {
        let text = serde_json::to_string(request).map_err(|_| NoCode)?;
        JsFuture::from(within(&self.ready, LOAD_MS))
            .await
            .map_err(|_| NoCode)?;
        let answer = next_message(&self.worker);
        self.worker
            .post_message(&JsValue::from_str(&text))
            .map_err(|_| NoCode)?;
        let event = JsFuture::from(within(&answer, ANSWER_MS)).await;
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        let event: web_sys::MessageEvent =
            event.map_err(|_| NoCode)?.dyn_into().map_err(|_| NoCode)?;
        let text = event.data().as_string().ok_or(NoCode)?;
        serde_json::from_str::<Option<ShareOutcome>>(&text)
            .ok()
            .flatten()
            .ok_or(NoCode)
    }
}

/// How long the worker may take to load: a failed wasm download inside it
/// reaches no error handler of the page, so "Making your code…" would
/// otherwise last forever. Generous for a slow signal (the worker is ~45 KiB).
const LOAD_MS: i32 = 30_000;
/// How long one code may take (the PIN's key derivation is the slow part:
/// about 0.6 s on a slow phone).
const ANSWER_MS: i32 = 20_000;

/// `promise`, or a failure after `ms` milliseconds.
fn within(promise: &Promise, ms: i32) -> Promise {
    let timeout = Promise::new(&mut |_, reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ms);
        }
    });
    Promise::race(&js_sys::Array::of2(promise, &timeout))
}

/// The worker's next message (or its failure to load).
fn next_message(worker: &web_sys::Worker) -> Promise {
    Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    })
}

impl Drop for ShareWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Inside the worker: answers each request with its outcome, or `null`.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
        move |event: web_sys::MessageEvent| {
            let outcome = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<ShareRequest>(&text).ok())
                .and_then(|request| make_share(&request).ok());
            let answer = serde_json::to_string(&outcome).unwrap_or_else(|_| "null".into());
            let _ = reply.post_message(&JsValue::from_str(&answer));
        },
    );
    // The handler is the worker's whole life: it goes when the page
    // terminates the worker, so it is handed to JavaScript for good.
    scope.set_onmessage(Some(on_message.into_js_value().unchecked_ref()));
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
