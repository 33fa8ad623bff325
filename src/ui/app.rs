use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::now;
use super::erase::{erase_everything, new_plan_id, starting_lang};
use super::goals_step::GoalsStep;
use super::idle_guard::IdleGuard;
use super::nav::{self, Screen};
use super::notice_banner::NoticeBanner;
use super::part_step::PartStep;
use super::review::Review;
use super::settings::Settings;
use super::share_step::ShareStep;
use super::top_bar::TopBar;
use super::welcome::Welcome;
use super::{AppCtx, I18n};
use crate::i18n::{Lang, CLIENT_FILES};
use crate::model::{DeviceConfig, DeviceMode, Plan};
use crate::store::{self, Autosave, Backend};

/// The client's app: reads the device's mode, restores the draft, picks the
/// language, and shows the current screen.
#[component]
pub fn App() -> impl IntoView {
    let device = apply_setup_link().unwrap_or_else(store::device_config);
    let backend = Backend::for_mode(device.mode);
    let restored = store::restore_plan(backend, js_sys::Date::now());
    let lang =
        store::saved_lang(backend).unwrap_or_else(|| starting_lang(device.default_lang.as_deref()));
    let plan = RwSignal::new(
        restored
            .plan
            .unwrap_or_else(|| Plan::new(new_plan_id(), now(), lang.code())),
    );
    let notice = RwSignal::new(restored.notice);
    let ctx = AppCtx {
        plan,
        i18n: I18n::new(lang, CLIENT_FILES),
        screen: RwSignal::new(nav::current_from_location()),
        notice,
        device: RwSignal::new(device.clone()),
        backend,
        autosave: Autosave::start(plan, backend, restored.can_save, notice),
        persisted: RwSignal::new(None),
    };
    provide_context(ctx);
    provide_context(ctx.i18n);
    nav::follow_history(ctx.screen);
    reload_if_restored_from_cache();
    super::offline::register_service_worker();
    super::settings::set_high_contrast(store::high_contrast());
    follow_language(ctx.i18n);
    focus_heading_on_change(move || ctx.screen.track());

    view! {
        <TopBar />
        <NoticeBanner />
        <main id="main">
            {move || match ctx.screen.get() {
                Screen::Welcome => view! { <Welcome /> }.into_any(),
                Screen::Part(quadrant) => view! { <PartStep quadrant /> }.into_any(),
                Screen::Goals => view! { <GoalsStep /> }.into_any(),
                Screen::Review => view! { <Review /> }.into_any(),
                Screen::Share => view! { <ShareStep /> }.into_any(),
                Screen::Settings => view! { <Settings /> }.into_any(),
            }}
        </main>
        <Show when=move || ctx.device.with(|d| d.mode == DeviceMode::Kiosk)>
            <IdleGuard device=ctx.device.into()
                on_idle=Callback::new(move |()| erase_everything(ctx, Screen::Welcome)) />
        </Show>
    }
}

/// A staff setup link (`?setup=kiosk&idle=180&lang=pl`) sets the device's
/// mode; the query is then taken out of the address.
fn apply_setup_link() -> Option<DeviceConfig> {
    let query = window().location().search().ok()?;
    let config = DeviceConfig::from_setup_query(&query)?;
    let _ = store::save_device_config(&config);
    // A device switched to kiosk starts clean: nothing of an earlier
    // personal draft may show to the first client.
    if config.mode == DeviceMode::Kiosk {
        store::erase_client_data();
    }
    if let Ok(history) = window().history() {
        let path = window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".into());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    Some(config)
}

/// A page restored from the back-forward cache would show the DOM as it
/// was, perhaps with the last client's words: load it afresh instead.
pub(super) fn reload_if_restored_from_cache() {
    let _ = window_event_listener(leptos::ev::pageshow, |event| {
        if event.persisted() {
            let _ = window().location().reload();
        }
    });
}

/// Keeps the page's `lang` and `dir` on the chosen language, so that screen
/// readers, fonts and the layout's direction follow it.
pub(super) fn follow_language(i18n: I18n) {
    Effect::new(move |_| set_page_language(i18n.lang()));
}

/// When `track_screen` reports a new screen, moves focus to its heading so a
/// screen reader starts there; not on first load, where the browser's own
/// start is right.
pub(super) fn focus_heading_on_change(track_screen: impl Fn() + 'static) {
    Effect::new(move |first_run: Option<()>| {
        track_screen();
        if first_run.is_some() {
            request_animation_frame(focus_heading);
        }
    });
}

fn set_page_language(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.direction().as_str());
    }
}

fn focus_heading() {
    let heading = document().query_selector("main h1").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}
