//! A Web Worker of ours (the share worker, the scan worker) as the page sees
//! it: started, asked one thing at a time, stopped when dropped. A failed
//! download inside a worker reaches no error handler of the page, so every
//! wait has a limit.

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why no answer came: the worker could not start or load (offline before
/// the service worker kept it), took too long, or failed.
#[derive(Debug)]
pub struct NoAnswer;

pub struct WorkerHandle {
    worker: web_sys::Worker,
    /// Settles when the worker says it is listening (a message sent before
    /// would be lost), or fails to load.
    ready: Promise,
}

impl WorkerHandle {
    /// Starts the worker of `script`; its files download now.
    pub fn start(script: &str) -> Option<WorkerHandle> {
        let worker = web_sys::Worker::new(script).ok()?;
        let ready = next_message(&worker);
        Some(WorkerHandle { worker, ready })
    }

    /// Sends `message` and waits for the answer: the worker's next message.
    /// One question at a time. `load_ms` bounds the wait for the worker to
    /// load, `answer_ms` the wait for the answer.
    pub async fn ask(
        &self,
        message: &JsValue,
        load_ms: i32,
        answer_ms: i32,
    ) -> Result<JsValue, NoAnswer> {
        JsFuture::from(within(&self.ready, load_ms))
            .await
            .map_err(|_| NoAnswer)?;
        let answer = next_message(&self.worker);
        self.worker.post_message(message).map_err(|_| NoAnswer)?;
        let event = JsFuture::from(within(&answer, answer_ms)).await;
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        let event: web_sys::MessageEvent = event
            .map_err(|_| NoAnswer)?
            .dyn_into()
            .map_err(|_| NoAnswer)?;
        Ok(event.data())
    }
}

impl Drop for WorkerHandle {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

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
