//! The share worker: a module of its own (`src/bin/waymark-share.rs`) that
//! makes a code and its QR in a Web Worker. The page starts it when the Share
//! step shows, so a client's first visit does not carry the cipher and the QR
//! encoder, and the PIN's slow key derivation never freezes the page.
//! Requests and answers travel as JSON text.

use wasm_bindgen::{JsCast, JsValue};

use super::worker::WorkerHandle;

use crate::share::{make_share, ShareOutcome, ShareRequest};

/// The worker's script, beside the page (Trunk's loader shim).
const SCRIPT: &str = "./waymark-share_loader.js";

/// Why no code came back: the worker could not start or load (offline
/// before the service worker kept it), or refused the request.
#[derive(Debug)]
pub struct NoCode;

/// The page's handle on a running share worker; it stops when dropped.
pub struct ShareWorker(WorkerHandle);

impl ShareWorker {
    /// Starts the worker; its files download now, while the client chooses.
    pub fn start() -> Option<ShareWorker> {
        WorkerHandle::start(SCRIPT).map(ShareWorker)
    }

    /// Makes the code of `request`. One request at a time.
    pub async fn make(&self, request: &ShareRequest) -> Result<ShareOutcome, NoCode> {
        let text = serde_json::to_string(request).map_err(|_| NoCode)?;
        let answer = self
            .0
            .ask(&JsValue::from_str(&text), LOAD_MS, ANSWER_MS)
            .await
            .map_err(|_| NoCode)?;
        let text = answer.as_string().ok_or(NoCode)?;
        serde_json::from_str::<Option<ShareOutcome>>(&text)
            .ok()
            .flatten()
            .ok_or(NoCode)
    }
}

/// How long the worker may take to load: without a limit, "Making your
/// code…" would last forever when its download fails. Generous for a slow
/// signal (the worker is ~45 KiB).
const LOAD_MS: i32 = 30_000;
/// How long one code may take (the PIN's key derivation is the slow part:
/// about 0.6 s on a slow phone).
const ANSWER_MS: i32 = 20_000;

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
