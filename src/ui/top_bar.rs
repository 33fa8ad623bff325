use leptos::prelude::*;

use super::browser;
use super::erase::erase_everything;
use super::language_picker::LanguagePicker;
use super::nav::{self, Screen};
use super::AppCtx;
use crate::i18n::Lang;
use crate::model::DeviceMode;
use crate::store;

/// The bar on every screen: the name, the language, and on a kiosk "I am
/// finished", on a personal device Settings.
#[component]
pub fn TopBar() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let kiosk = move || ctx.device.with(|d| d.mode == DeviceMode::Kiosk);
    let confirming = RwSignal::new(false);
    view! {
        <header class="top-bar">
            <span class="brand">{i18n.tr("app-name")}</span>
            <div class="top-actions">
                <LanguagePicker on_choose=Callback::new(move |lang: Lang| {
                    store::save_lang(ctx.backend, lang);
                    ctx.edit(|plan| plan.lang = lang.code().to_owned());
                }) />
                <Show
                    when=kiosk
                    fallback=move || view! {
                        <button class="top-button" id="open-settings" on:click=move |_| nav::go(ctx.screen, Screen::Settings)
                            aria-label=i18n.tr("settings-title") title=i18n.tr("settings-title")>
                            <span aria-hidden="true">"⚙️"</span>
                        </button>
                    }
                >
                    <button class="top-button finish" id="finish" on:click=move |_| {
                        confirming.set(true);
                        // Into the dialog, on its safe way out.
                        browser::focus_later("finish-cancel");
                    }>
                        <span aria-hidden="true">"🧹 "</span>
                        {i18n.tr("finish-button")}
                    </button>
                </Show>
            </div>
        </header>
        <Show when=move || confirming.get()>
            <div class="overlay">
                <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="finish-title" aria-describedby="finish-body"
                    on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }>
                    <h2 id="finish-title">{i18n.tr("finish-title")}</h2>
                    <p id="finish-body">{i18n.tr("finish-body")}</p>
                    <div class="dialog-buttons">
                        <button class="primary danger-fill" id="erase-now" on:click=move |_| {
                            confirming.set(false);
                            erase_everything(ctx, Screen::Welcome);
                        }>{i18n.tr("finish-erase")}</button>
                        <button class="secondary" on:click=move |_| {
                            confirming.set(false);
                            nav::go(ctx.screen, Screen::Share);
                        }>{i18n.tr("finish-share-first")}</button>
                        <button class="secondary" id="finish-cancel" on:click=move |_| confirming.set(false)>{i18n.tr("cancel")}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
