//! The case manager's page (`open/`): open a client's plan from a code, link,
//! QR code or file, read it in one's own language, and export it. A module
//! of its own, so a client's phone never downloads it. Nothing is saved.

use leptos::prelude::*;

use super::agency_keys::{AgencyKeys, HeldKeys};
use super::browser;
use super::idle_guard::IdleGuard;
use super::import::{FormWords, OpenForm, Opened};
use super::language_picker::LanguagePicker;
use super::page::{
    focus_heading_on_change, follow_language, reload_if_restored_from_cache, show_when_ready,
    starting_lang,
};
use super::plan_view::PlanView;
use super::I18n;
use crate::model::{DeviceMode, Plan};
use crate::share::{is_sealed, SealedTo, CONTINUE_MARKER, LINK_MARKER};
use crate::store::{self, Backend};

/// The fragment while a plan is open, so that Back closes it.
const PLAN_FRAGMENT: &str = "#plan";

#[component]
pub fn CaseManagerApp() -> impl IntoView {
    let device = store::device_config();
    // The language last chosen in Waymark on this device, else the device's
    // or the browser's. A choice made here lasts for this visit only.
    let lang = starting_lang(&device, store::saved_lang(Backend::for_mode(device.mode)));
    let i18n = I18n::load(lang);
    provide_context(i18n);
    let imported = RwSignal::new(None::<Opened<Plan>>);
    // Kept for the visit, across the plans opened in it, and on the device
    // only when staff chose so.
    let directory = RwSignal::new(store::saved_directory());
    // The agency's keys, unlocked for this visit only.
    let held_keys = HeldKeys::new();
    let keys = held_keys.keys;
    provide_context(held_keys);
    let sealed = RwSignal::new(None::<SealedTo>);
    // A code that came with the page opens at once.
    let from_link = take_code_from_loader().or_else(take_code_from_address);
    // The same link opened on the client's own phone: they may continue
    // their plan in the app rather than read it here.
    let link_code = RwSignal::new(from_link.clone());
    let incoming = RwSignal::new(from_link);
    // "#plan" without a plan (after a reload, or Forward after Back) is the
    // empty form: say so in the address, so that Back stays right.
    if showing_plan() {
        browser::replace_address(&address_with(""));
    }
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(code) = take_code_from_address() {
            // A link opened in this tab: its plan replaces any open one.
            imported.set(None);
            link_code.set(Some(code.clone()));
            incoming.set(Some(code));
        } else if !showing_plan() {
            imported.set(None);
        } else if imported.with_untracked(Option::is_none) {
            browser::replace_address(&address_with(""));
        }
    });
    reload_if_restored_from_cache();
    super::settings::set_high_contrast(store::high_contrast());
    follow_language(i18n);
    focus_heading_on_change(move || imported.with(|_| ()));

    let open = Callback::new(move |opened: Opened<Plan>| {
        if !showing_plan() {
            browser::push_address(&address_with(PLAN_FRAGMENT));
        }
        imported.set(Some(opened));
    });
    // Back to the empty form: the plan leaves memory.
    let close = Callback::new(move |()| {
        imported.set(None);
        link_code.set(None);
        browser::replace_address(&address_with(""));
    });
    let kiosk = device.mode == DeviceMode::Kiosk;
    let device = Signal::stored(device);
    show_when_ready(i18n, move || {
        view! {
            <header class="top-bar">
                <a class="brand" href="../">{i18n.tr("app-name")}</a>
                <div class="top-actions">
                    <LanguagePicker />
                </div>
            </header>
            <main id="main">
                <ContinueHere code=link_code />
                {move || match imported.get() {
                    Some(Opened { value: plan, pin }) => view! { <PlanView plan pin directory on_close=close /> }.into_any(),
                    None => view! {
                        <h1 tabindex="-1">{i18n.tr("import-title")}</h1>
                        <p class="hint">{i18n.tr("import-hint")}</p>
                        <OpenForm incoming on_open=open words=FormWords::CASE_MANAGER keys sealed />
                        <AgencyKeys keys=held_keys open=Signal::derive(move || sealed.with(Option::is_some)) />
                    }.into_any(),
                }}
            </main>
            {kiosk.then(|| view! {
                // On a shared tablet nothing may wait for the next person: not
                // the plan on screen, nor a client's draft in this tab's storage.
                <IdleGuard device on_idle=Callback::new(move |()| {
                    held_keys.let_go();
                    store::erase_client_data();
                    let _ = window().location().replace("../");
                }) />
            })}
        }
    })
}

/// "This is my plan: continue it here", for the client who opened their
/// own share link: the plan opens in their app, as the Continue screen's.
#[component]
fn ContinueHere(code: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = I18n::get();
    move || {
        // A sealed plan cannot be continued: not even its client opens it.
        code.get().filter(|c| !is_sealed(c)).map(|code| {
            view! {
                <aside class="continue-here no-print" aria-labelledby="continue-here-hint">
                    <p id="continue-here-hint">{i18n.tr("cm-mine-hint")}</p>
                    <a class="button secondary" id="continue-here" href=format!("../{CONTINUE_MARKER}{code}")>
                        <span aria-hidden="true">"↪ "</span>{i18n.tr("cm-mine")}
                    </a>
                </aside>
            }
        })
    }
}

/// The code that `open/index.html` took out of the address before the app
/// loaded (`window.waymarkCode`), so that it is not left in history if
/// loading fails.
fn take_code_from_loader() -> Option<String> {
    let key = wasm_bindgen::JsValue::from_str("waymarkCode");
    let code = js_sys::Reflect::get(&window(), &key).ok()?.as_string()?;
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    Some(code)
}

/// Whether the address names the open plan.
fn showing_plan() -> bool {
    window().location().hash().ok().as_deref() == Some(PLAN_FRAGMENT)
}

/// The code of an import link (`#i/<code>`), taken out of the address.
fn take_code_from_address() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let code = hash.strip_prefix(LINK_MARKER)?.to_owned();
    browser::replace_address(&address_with(""));
    Some(code)
}

/// This page's address with `fragment` (none for `""`).
fn address_with(fragment: &str) -> String {
    let path = window().location().pathname().unwrap_or_default();
    format!("{path}{fragment}")
}
