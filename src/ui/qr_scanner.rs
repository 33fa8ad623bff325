use leptos::html::Video;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::I18n;

/// Whether this browser can scan: a camera API and the `BarcodeDetector`
/// (Chrome on Android, ChromeOS and macOS). Elsewhere the button is not
/// shown; any phone's camera app can still open the link in the QR code.
fn can_scan() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::has(&window, &"BarcodeDetector".into()).unwrap_or(false)
        && window.navigator().media_devices().is_ok()
}

/// Scans a share QR code with the device's camera and hands over its text.
#[component]
pub fn QrScanner(
    /// Called with the text of the first QR code seen.
    on_code: Callback<String>,
) -> impl IntoView {
    let i18n = I18n::get();
    let video = NodeRef::<Video>::new();
    let scanning = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let stop = move || {
        scanning.set(false);
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            turn_off(&stream);
        }
    };
    on_cleanup(stop);
    let start = move |_| {
        failed.set(false);
        spawn_local(async move {
            let found = scan(video, scanning, stream).await;
            // A code pasted meanwhile may have closed the scanner: then its
            // cleanup has turned the camera off, and nothing of it is left.
            if scanning.is_disposed() {
                return;
            }
            stop();
            match found {
                Ok(Some(text)) => on_code.run(text),
                Ok(None) => {}
                Err(_) => failed.set(true),
            }
        });
    };
    view! {
        <Show when=can_scan>
            <div class="scanner">
                <Show
                    when=move || scanning.get()
                    fallback=move || view! {
                        <button class="secondary" id="scan-qr" on:click=start>
                            <span aria-hidden="true">"📷 "</span>{i18n.tr("import-scan")}
                        </button>
                    }
                >
                    <p class="hint">{i18n.tr("import-scan-hint")}</p>
                    <button class="secondary" on:click=move |_| stop()>{i18n.tr("import-scan-stop")}</button>
                </Show>
                <video node_ref=video class="scanner-video" class:hidden=move || !scanning.get() playsinline muted></video>
                <Show when=move || failed.get()>
                    <p class="problem" role="alert">{i18n.tr("import-scan-failed")}</p>
                </Show>
            </div>
        </Show>
    }
}

fn turn_off(stream: &web_sys::MediaStream) {
    stream
        .get_tracks()
        .for_each(&mut |track, _, _| track.unchecked_into::<web_sys::MediaStreamTrack>().stop());
}

/// Opens the back camera into `video` and looks for a QR code a few times a
/// second until one is found (`Some`) or scanning is stopped (`None`). The
/// scanner may be closed at any `.await`: every read after one allows for it.
async fn scan(
    video: NodeRef<Video>,
    scanning: RwSignal<bool>,
    stream_slot: StoredValue<Option<web_sys::MediaStream>, LocalStorage>,
) -> Result<Option<String>, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let facing = js_sys::Object::new();
    js_sys::Reflect::set(&facing, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&facing);
    let devices = window.navigator().media_devices()?;
    let stream: web_sys::MediaStream =
        JsFuture::from(devices.get_user_media_with_constraints(&constraints)?)
            .await?
            .unchecked_into();
    // Closed while the camera was starting: nothing will turn it off but us.
    let element = video.try_get_untracked().flatten();
    // `Clone::clone`, not `MediaStream.clone()`, which would make a second
    // stream: stopping that one leaves the camera on.
    let kept = stream_slot
        .try_set_value(Some(Clone::clone(&stream)))
        .is_none();
    let (Some(element), true) = (element, kept) else {
        turn_off(&stream);
        return Ok(None);
    };
    element.set_src_object(Some(&stream));
    let _ = element.play();
    scanning.set(true);

    let class = js_sys::Reflect::get(&window, &"BarcodeDetector".into())?
        .unchecked_into::<js_sys::Function>();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(
        &options,
        &"formats".into(),
        &js_sys::Array::of1(&"qr_code".into()),
    )?;
    let detector = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options))?;
    let detect =
        js_sys::Reflect::get(&detector, &"detect".into())?.unchecked_into::<js_sys::Function>();
    while scanning.try_get_untracked() == Some(true) {
        browser::next_frame().await;
        let found = JsFuture::from(
            detect
                .call1(&detector, &element)?
                .unchecked_into::<js_sys::Promise>(),
        )
        .await?;
        let first = js_sys::Reflect::get(&found, &0.into())?;
        if !first.is_undefined() {
            return Ok(js_sys::Reflect::get(&first, &"rawValue".into())?.as_string());
        }
    }
    Ok(None)
}
