//! Registers the service worker that keeps the app usable with no signal.

/// Registers `sw.js` where the browser supports service workers (secure
/// pages only). Failing is harmless: the app then simply needs the network
/// to open.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let _ = navigator.service_worker().register("./sw.js");
}
