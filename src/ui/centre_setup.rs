//! Settings → For staff: the centre's services directory on this device,
//! for the "Here at this centre" chips. It is the device's, not a client's:
//! no client's wipe erases it. Its readers (Open Referral HSDS, JSON and
//! CSV) are a wasm module of their own (`staff`), fetched when staff open
//! their section.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::directory_panel::{directory_message, read_chosen_directory};
use super::lazy::lazy_view;
use super::screens::ScreensUnavailable;
use super::I18n;
use crate::directory::AreaRules;
use crate::store;

/// Draws the file input that loads a directory, given what to call with
/// the number of services kept.
type DrawLoader = fn(Callback<usize>) -> AnyView;

fn draw_loader(on_kept: Callback<usize>) -> AnyView {
    view! { <CentreLoader on_kept /> }.into_any()
}

#[cfg(all(feature = "split", target_family = "wasm"))]
#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
#[allow(improper_ctypes_definitions)]
fn load_loader() -> Result<DrawLoader, ScreensUnavailable> {
    Ok(draw_loader)
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
async fn load_loader() -> Result<DrawLoader, ScreensUnavailable> {
    Ok(draw_loader)
}

#[component]
pub fn CentreSetup() -> impl IntoView {
    let i18n = I18n::get();
    let count = RwSignal::new(store::saved_directory().map_or(0, |d| d.services.len()));
    let remove = move |_| {
        store::forget_directory();
        count.set(0);
    };
    view! {
        <fieldset class="centre-setup">
            <legend>{i18n.tr("centre-setup-title")}</legend>
            <p class="hint" id="centre-setup-hint">{i18n.tr("centre-setup-hint")}</p>
            <p role="status" id="centre-count">{move || match count.get() {
                0 => i18n.t("centre-none"),
                n => i18n.count("centre-count", n),
            }}</p>
            <Show when=move || { count.get() > 0 }>
                <button class="secondary" id="centre-remove" on:click=remove>{i18n.tr("centre-remove")}</button>
            </Show>
            {lazy_view(load_loader, move |draw: DrawLoader| draw(Callback::new(move |n| count.set(n))))}
        </fieldset>
    }
}

/// The file input: the directory read is kept on the device at once.
#[component]
fn CentreLoader(on_kept: Callback<usize>) -> impl IntoView {
    let i18n = I18n::get();
    let problem = RwSignal::new(None::<String>);
    let on_files = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            // Staff set a kiosk up in the language its directory is in.
            let rules = AreaRules::standard();
            let said = match read_chosen_directory(&input, &rules, i18n.lang()).await {
                Ok(read) => match store::keep_directory(&read) {
                    Ok(()) => {
                        // Staff may have left Settings while the file was read.
                        on_kept.try_run(read.services.len());
                        None
                    }
                    Err(_) => Some(i18n.t("centre-no-room")),
                },
                Err(error) => Some(directory_message(i18n, &error)),
            };
            problem.set(said);
        });
    };
    view! {
        <div class="field">
            <label for="centre-file">{i18n.tr("centre-load")}</label>
            <input id="centre-file" type="file" multiple aria-describedby="centre-setup-hint"
                accept=".json,.csv,application/json,text/csv" on:change:target=move |ev| on_files(ev.target()) />
        </div>
        <div role="alert">
            {move || problem.get().map(|m| view! { <p class="problem" id="centre-problem">{m}</p> })}
        </div>
    }
}
