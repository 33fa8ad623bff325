use leptos::html::Video;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::scan_worker;
use super::worker::WorkerHandle;
use super::I18n;

/// Whether this browser can scan: it has a camera API. Where it has no
/// camera, the button is not shown; any phone's camera app can still open
/// the link in the QR code.
fn can_scan() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().media_devices().is_ok())
}

/// Whether the browser reads QR codes itself (`BarcodeDetector`: Chrome on
/// Android, ChromeOS and macOS). Elsewhere (Firefox, Safari, Chromium on
/// Linux) the scan worker reads the camera's frames.
fn has_barcode_detector(window: &web_sys::Window) -> bool {
    js_sys::Reflect::has(window, &"BarcodeDetector".into()).unwrap_or(false)
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

    let reader = if has_barcode_detector(&window) {
        FrameReader::browser(&window)?
    } else {
        FrameReader::worker()?
    };
    while scanning.try_get_untracked() == Some(true) {
        browser::next_frame().await;
        if let Some(text) = reader.read(&element).await? {
            return Ok(Some(text));
        }
    }
    Ok(None)
}

/// What reads the camera's frames: the browser's `BarcodeDetector`, or the
/// scan worker (rqrr) fed from a canvas.
enum FrameReader {
    Browser {
        detector: JsValue,
        detect: js_sys::Function,
    },
    Worker {
        worker: WorkerHandle,
        canvas: web_sys::HtmlCanvasElement,
        context: web_sys::CanvasRenderingContext2d,
    },
}

/// The longest side of a frame sent to the scan worker: enough pixels for
/// a QR code of version 22 held up to the camera, few enough to read one
/// in well under a second on a slow phone.
const FRAME_SIDE: u32 = 1280;
/// The scan worker's load (~60 KiB) and a frame's reading.
const WORKER_LOAD_MS: i32 = 30_000;
const FRAME_MS: i32 = 10_000;

impl FrameReader {
    fn browser(window: &web_sys::Window) -> Result<FrameReader, JsValue> {
        let class = js_sys::Reflect::get(window, &"BarcodeDetector".into())?
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
        Ok(FrameReader::Browser { detector, detect })
    }

    fn worker() -> Result<FrameReader, JsValue> {
        let worker = WorkerHandle::start(scan_worker::SCRIPT).ok_or(JsValue::NULL)?;
        let canvas: web_sys::HtmlCanvasElement =
            document().create_element("canvas")?.unchecked_into();
        let options = js_sys::Object::new();
        // Read back every frame: the browser keeps the pixels at hand.
        js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into())?;
        let context = canvas
            .get_context_with_context_options("2d", &options)?
            .ok_or(JsValue::NULL)?
            .unchecked_into();
        Ok(FrameReader::Worker {
            worker,
            canvas,
            context,
        })
    }

    /// The text of a QR code in the video's current frame, if one reads.
    async fn read(&self, video: &web_sys::HtmlVideoElement) -> Result<Option<String>, JsValue> {
        match self {
            FrameReader::Browser { detector, detect } => {
                let found = JsFuture::from(
                    detect
                        .call1(detector, video)?
                        .unchecked_into::<js_sys::Promise>(),
                )
                .await?;
                let first = js_sys::Reflect::get(&found, &0.into())?;
                if first.is_undefined() {
                    return Ok(None);
                }
                Ok(js_sys::Reflect::get(&first, &"rawValue".into())?.as_string())
            }
            FrameReader::Worker {
                worker,
                canvas,
                context,
            } => {
                let (width, height) = (video.video_width(), video.video_height());
                if width == 0 || height == 0 {
                    return Ok(None);
                }
                let scale = (f64::from(FRAME_SIDE) / f64::from(width.max(height))).min(1.0);
                let (w, h) = (
                    (f64::from(width) * scale) as u32,
                    (f64::from(height) * scale) as u32,
                );
                canvas.set_width(w);
                canvas.set_height(h);
                context.draw_image_with_html_video_element_and_dw_and_dh(
                    video,
                    0.0,
                    0.0,
                    f64::from(w),
                    f64::from(h),
                )?;
                let pixels = context.get_image_data(0.0, 0.0, f64::from(w), f64::from(h))?;
                let frame = js_sys::Object::new();
                js_sys::Reflect::set(&frame, &"width".into(), &w.into())?;
                js_sys::Reflect::set(&frame, &"height".into(), &h.into())?;
                let data = js_sys::Uint8Array::from(pixels.data().0.as_slice());
                js_sys::Reflect::set(&frame, &"data".into(), &data)?;
                let answer = worker
                    .ask(&frame, WORKER_LOAD_MS, FRAME_MS)
                    .await
                    .map_err(|_| JsValue::NULL)?;
                Ok(answer.as_string())
            }
        }
    }
}
