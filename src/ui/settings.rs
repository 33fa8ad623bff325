use leptos::prelude::*;

use super::centre_setup::CentreSetup;
use super::confirm::Confirm;
use super::connect::AgencySettings;
use super::erase::erase_everything;
use super::nav::Screen;
use super::persistence::ask_to_keep_draft;
use super::AppCtx;
use crate::model::{DeviceConfig, DeviceMode};
use crate::store;

/// What is kept on this device and how to remove it, and, folded away, the
/// staff's choice of how the device is used.
#[component]
pub fn Settings() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    ask_to_keep_draft(ctx);
    view! {
        <h1 tabindex="-1">{i18n.tr("settings-title")}</h1>
        <section aria-labelledby="stored-title">
            <h2 id="stored-title">{i18n.tr("settings-stored-title")}</h2>
            <Show when=move || ctx.kiosk() fallback=move || view! {
                <p>{i18n.tr("settings-stored-personal")}</p>
                {move || ctx.persisted.get().map(|granted| view! {
                    <p class="persist" data-granted=granted.to_string()>
                        {i18n.t(if granted { "settings-persist-granted" } else { "settings-persist-refused" })}
                    </p>
                })}
            }>
                <p>{i18n.tr("kiosk-note")}</p>
            </Show>
            <div role="status" aria-live="polite">
                <Show when=move || deleted.get()>
                    <p class="ok">{i18n.tr("settings-deleted")}</p>
                </Show>
            </div>
            <button class="secondary danger" id="delete-data" on:click=move |_| { deleted.set(false); confirming.set(true); }>
                <span aria-hidden="true">"🗑️ "</span>{i18n.tr("settings-delete")}
            </button>
            <Confirm open=confirming id="delete" question="settings-delete-confirm" yes="settings-delete-yes"
                on_yes=Callback::new(move |()| {
                    erase_everything(ctx, Screen::Settings);
                    deleted.set(true);
                }) />
        </section>
        <AgencySettings />
        <Display />
        <StaffSetup />
    }
}

/// High contrast, for people who see poorly or use the app in bright light.
#[component]
fn Display() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let on = RwSignal::new(store::high_contrast());
    let toggle = move |checked: bool| {
        on.set(checked);
        store::save_high_contrast(checked);
        set_high_contrast(checked);
    };
    view! {
        <section aria-labelledby="display-title">
            <h2 id="display-title">{i18n.tr("settings-display-title")}</h2>
            <div class="check">
                <input type="checkbox" id="high-contrast" prop:checked=on
                    on:change:target=move |ev| toggle(ev.target().checked()) />
                <label for="high-contrast">{i18n.tr("settings-contrast")}</label>
            </div>
        </section>
    }
}

/// Turns the high-contrast colours on or off for the whole page.
pub fn set_high_contrast(on: bool) {
    if let Some(html) = document().document_element() {
        let _ = html.class_list().toggle_with_force("high-contrast", on);
    }
}

/// The device's mode and idle time, for staff. Folded away so a client does
/// not change it by accident; switching reloads the app.
#[component]
fn StaffSetup() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let config = ctx.device.get_untracked();
    let mode = RwSignal::new(config.mode);
    let minutes = RwSignal::new(config.idle_minutes().to_string());
    let save = move |_| {
        let idle_seconds = minutes.with_untracked(|m| DeviceConfig::idle_seconds_from_minutes(m));
        let default_lang = ctx.device.with_untracked(|d| d.default_lang.clone());
        let new = DeviceConfig {
            mode: mode.get_untracked(),
            idle_seconds,
            default_lang,
        };
        if store::set_up_device(&new).is_ok() {
            let _ = window().location().reload();
        }
    };
    let radio = move |value: DeviceMode, id: &'static str, label: &'static str| {
        view! {
            <div class="check">
                <input type="radio" name="device-mode" id=id prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value) />
                <label for=id>{i18n.tr(label)}</label>
            </div>
        }
    };
    // The centre's directory and its readers come in when staff open this.
    let opened = RwSignal::new(false);
    view! {
        <details class="staff" on:toggle=move |_| opened.set(true)>
            <summary>{i18n.tr("settings-staff-title")}</summary>
            <fieldset>
                <legend>{i18n.tr("settings-mode-label")}</legend>
                {radio(DeviceMode::Personal, "mode-personal", "settings-mode-personal")}
                {radio(DeviceMode::Kiosk, "mode-kiosk", "settings-mode-kiosk")}
            </fieldset>
            <div class="field">
                <label for="idle-minutes">{i18n.tr("settings-idle-label")}</label>
                <input id="idle-minutes" type="number" min="1" max="60" inputmode="numeric" autocomplete="off"
                    prop:value=minutes on:input:target=move |ev| minutes.set(ev.target().value()) />
            </div>
            <button class="primary" id="save-device" on:click=save>{i18n.tr("settings-save")}</button>
            <Show when=move || opened.get()>
                <CentreSetup />
            </Show>
        </details>
    }
}
