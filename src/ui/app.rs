use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::now;
use super::goals_step::GoalsStep;
use super::import::Import;
use super::language_picker::LanguagePicker;
use super::nav::{self, Screen};
use super::notice_banner::NoticeBanner;
use super::part_step::PartStep;
use super::plan_view::PlanView;
use super::review::Review;
use super::share_step::ShareStep;
use super::welcome::Welcome;
use super::{AppCtx, I18n};
use crate::i18n::{negotiate, Lang};
use crate::model::Plan;
use crate::store::{self, Autosave};

/// The whole app: restores the draft, picks the language, and shows the
/// current screen.
#[component]
pub fn App() -> impl IntoView {
    let restored = store::restore_plan(js_sys::Date::now());
    let lang = store::saved_lang().unwrap_or_else(|| negotiate(&browser_languages()));
    let plan = restored
        .plan
        .unwrap_or_else(|| Plan::new(new_plan_id(), now(), lang.code()));
    // An import link: take the code out of the address before anything else.
    let incoming = nav::take_code_from_address();
    let ctx = AppCtx {
        plan: RwSignal::new(plan),
        i18n: I18n::new(lang),
        screen: RwSignal::new(nav::current_from_location()),
        notice: RwSignal::new(restored.notice),
        imported: RwSignal::new(None),
        incoming: RwSignal::new(incoming),
    };
    provide_context(ctx);
    Autosave::start(ctx.plan, restored.can_save, ctx.notice);
    nav::follow_history(ctx.screen, ctx.incoming);
    Effect::new(move |_| set_page_language(ctx.i18n.lang()));
    Effect::new(move |first_run: Option<()>| {
        ctx.screen.track();
        // On a new step, move focus to its heading so a screen reader starts
        // there; not on first load, where the browser's own start is right.
        if first_run.is_some() {
            request_animation_frame(focus_heading);
        }
    });

    let i18n = ctx.i18n;
    view! {
        <header class="top-bar">
            <span class="brand">{i18n.tr("app-name")}</span>
            <LanguagePicker />
        </header>
        <NoticeBanner />
        <main id="main">
            {move || match ctx.screen.get() {
                Screen::Welcome => view! { <Welcome /> }.into_any(),
                Screen::Part(quadrant) => view! { <PartStep quadrant /> }.into_any(),
                Screen::Goals => view! { <GoalsStep /> }.into_any(),
                Screen::Review => view! { <Review /> }.into_any(),
                Screen::Share => view! { <ShareStep /> }.into_any(),
                Screen::Import => view! { <Import /> }.into_any(),
                Screen::PlanView => view! { <PlanView /> }.into_any(),
            }}
        </main>
    }
}

/// `navigator.languages`, most preferred first.
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// A random id for a new plan; it only has to tell one client's plans apart.
fn new_plan_id() -> String {
    let random = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{:08x}{:08x}", random(), random())
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
