use leptos::prelude::*;

use super::context::now;
use super::erase::{erase_everything, new_plan_id};
use super::idle_guard::IdleGuard;
use super::nav::{self, Screen};
use super::notice_banner::NoticeBanner;
use super::page::{
    focus_heading_on_change, follow_language, reload_if_restored_from_cache, show_when_ready,
    starting_lang,
};
use super::screens::{self, DrawScreen, ScreensPending};
use super::top_bar::TopBar;
use super::welcome::Welcome;
use super::{AppCtx, I18n};
use crate::model::{DeviceConfig, Plan};
use crate::store::{self, Autosave, Backend};

/// The client's app: reads the device's mode, restores the draft, picks the
/// language, and shows the current screen.
#[component]
pub fn App() -> impl IntoView {
    let device = apply_setup_link().unwrap_or_else(store::device_config);
    let backend = Backend::for_mode(device.mode);
    let restored = store::restore_plan(backend, js_sys::Date::now());
    let lang = starting_lang(&device, store::saved_lang(backend));
    let plan = RwSignal::new(
        restored
            .plan
            .unwrap_or_else(|| Plan::new(new_plan_id(), now(), lang.code())),
    );
    let notice = RwSignal::new(restored.notice);
    let incoming = RwSignal::new(nav::take_continue_code());
    let incoming_answer = RwSignal::new(nav::take_answer_code());
    let incoming_agency = RwSignal::new(nav::take_agency_code());
    let ctx = AppCtx {
        plan,
        i18n: I18n::load(lang),
        screen: RwSignal::new(nav::current_from_location()),
        notice,
        device: RwSignal::new(device.clone()),
        backend,
        autosave: Autosave::start(plan, backend, restored.can_save, notice),
        persisted: RwSignal::new(None),
        incoming,
        incoming_answer,
        waiting_answer: RwSignal::new(None),
        incoming_agency,
        agency: RwSignal::new(store::saved_agency()),
    };
    provide_context(ctx);
    provide_context(ctx.i18n);
    nav::follow_history(
        ctx.screen,
        ctx.incoming,
        ctx.incoming_answer,
        ctx.incoming_agency,
    );
    reload_if_restored_from_cache();
    super::offline::register_service_worker();
    super::settings::set_high_contrast(store::high_contrast());
    follow_language(ctx.i18n);
    let draw = RwSignal::new(None::<DrawScreen>);
    let unavailable = RwSignal::new(false);
    // A screen that waited for its code takes the focus when it comes in.
    focus_heading_on_change(move || {
        if ctx.screen.get() != Screen::Welcome {
            draw.track();
            unavailable.track();
        }
    });
    screens::fetch_when_needed(ctx.screen, draw, unavailable);

    show_when_ready(ctx.i18n, move || {
        view! {
            <TopBar />
            <NoticeBanner />
            <main id="main">
                {move || match ctx.screen.get() {
                    Screen::Welcome => view! { <Welcome /> }.into_any(),
                    screen => match draw.get() {
                        Some(draw) => draw(screen),
                        None => view! { <ScreensPending draw unavailable /> }.into_any(),
                    },
                }}
            </main>
            <Show when=move || ctx.kiosk()>
                <IdleGuard device=ctx.device.into()
                    on_idle=Callback::new(move |()| erase_everything(ctx, Screen::Welcome)) />
            </Show>
        }
    })
}

/// A staff setup link (`?setup=kiosk&idle=180&lang=pl&agency=WK1-…`) sets
/// the device's mode and the agency it seals plans to (none when the link
/// names none); the query is then taken out of the address. The key is read
/// where it is used, so that its reader is not in the first visit.
fn apply_setup_link() -> Option<DeviceConfig> {
    let query = window().location().search().ok()?;
    let config = DeviceConfig::from_setup_query(&query)?;
    let _ = store::set_up_device(&config);
    match DeviceConfig::agency_in_setup_query(&query) {
        Some(code) => {
            let agency = store::SavedAgency {
                code: code.to_owned(),
                from_staff: true,
            };
            let _ = store::keep_agency(&agency);
        }
        None => store::forget_agency(),
    }
    let path = window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into());
    super::browser::replace_address(&path);
    Some(config)
}
