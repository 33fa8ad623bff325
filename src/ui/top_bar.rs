use leptos::prelude::*;

use super::confirm::Confirm;
use super::erase::erase_everything;
use super::language_picker::LanguagePicker;
use super::nav::{self, Screen};
use super::AppCtx;
use crate::i18n::Lang;
use crate::store;

/// The bar on every screen: the name, the language, and on a kiosk "I am
/// finished", on a personal device Settings.
#[component]
pub fn TopBar() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
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
                    when=move || ctx.kiosk()
                    fallback=move || view! {
                        <button class="top-button" id="open-settings" on:click=move |_| nav::go(ctx.screen, Screen::Settings)
                            aria-label=i18n.tr("settings-title") title=i18n.tr("settings-title")>
                            <span aria-hidden="true">"⚙️"</span>
                        </button>
                    }
                >
                    <button class="top-button finish" id="finish" on:click=move |_| confirming.set(true)>
                        <span aria-hidden="true">"🧹 "</span>
                        {i18n.tr("finish-button")}
                    </button>
                </Show>
            </div>
        </header>
        <Confirm open=confirming id="finish" question="finish-title" detail="finish-body" yes="finish-erase"
            on_yes=Callback::new(move |()| erase_everything(ctx, Screen::Welcome))
            other=("finish-share-first", Callback::new(move |()| nav::go(ctx.screen, Screen::Share))) />
    }
}
