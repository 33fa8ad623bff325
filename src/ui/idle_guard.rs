use std::time::Duration;

use leptos::prelude::*;

use super::browser;
use super::I18n;
use crate::model::DeviceConfig;

/// On a kiosk: after the idle time without a touch or key, asks "Are you
/// still there?" with a countdown, then erases everything.
#[component]
pub fn IdleGuard(
    /// The device's idle and warning times, as staff set them.
    device: Signal<DeviceConfig>,
    /// Erases what the person left on the screen.
    on_idle: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let last_activity = StoredValue::new(js_sys::Date::now());
    // Seconds left before erasing, while the warning shows.
    let countdown = RwSignal::new(None::<u32>);
    let active = move || {
        last_activity.set_value(js_sys::Date::now());
        if countdown.get_untracked().is_some() {
            countdown.set(None);
        }
    };
    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        let listener = window_event_listener_untyped(event, move |_| active());
        on_cleanup(move || listener.remove());
    }
    let tick = move || {
        let device = device.get_untracked();
        let idle = (js_sys::Date::now() - last_activity.get_value()) / 1000.0;
        let warn_after = f64::from(device.idle_seconds);
        let erase_after = warn_after + f64::from(device.warning_seconds());
        if idle >= erase_after {
            countdown.set(None);
            last_activity.set_value(js_sys::Date::now());
            on_idle.run(());
        } else if idle >= warn_after {
            if countdown.get_untracked().is_none() {
                browser::focus_later("still-here");
            }
            countdown.set(Some((erase_after - idle).ceil() as u32));
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_millis(500)) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <Show when=move || countdown.get().is_some()>
            <div class="overlay">
                <div class="dialog idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                    <h2 id="idle-title">{i18n.tr("idle-title")}</h2>
                    <p id="idle-body" class="countdown">{move || i18n.count("idle-body", countdown.get().unwrap_or(0) as usize)}</p>
                    <button class="primary big" id="still-here" on:click=move |_| active()>{i18n.tr("idle-stay")}</button>
                </div>
            </div>
        </Show>
    }
}
