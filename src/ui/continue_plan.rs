//! "I have a plan already": the client opens their plan from its QR code,
//! link, code or file, and it becomes this device's draft (on a kiosk, for
//! this session only, wiped as always). The form that opens it carries the
//! decoder (inflate, the PIN's cipher, the plan reader) and the scanner: in
//! the release build they are a wasm module of their own (`opening`),
//! fetched when this screen shows, so the other screens never carry them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::import::{FormWords, OpenPlanForm};
use super::nav::{self, Screen};
use super::screens::ScreensUnavailable;
use super::AppCtx;
use crate::i18n::Lang;
use crate::model::Plan;
use crate::store::{self, Notice};

#[component]
pub fn ContinuePlan() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // A plan that was opened while another is on the device: it waits for
    // the client to choose. Never merged, never silently replaced.
    let waiting = RwSignal::new(None::<Plan>);
    let on_open = Callback::new(move |plan: Plan| {
        let ask = ctx
            .plan
            .with_untracked(|here| !here.is_empty() && *here != plan);
        if ask {
            waiting.set(Some(plan));
            browser::focus_later("continue-replace-title");
        } else {
            take_over(ctx, plan);
        }
    });
    let replace = move |_| {
        let Some(plan) = waiting.get_untracked() else {
            return;
        };
        let kept = ctx
            .plan
            .with_untracked(|here| store::set_aside(ctx.backend, here, js_sys::Date::now()));
        // Nothing is replaced that could not be kept aside.
        match kept {
            Ok(()) => take_over(ctx, plan),
            Err(error) => ctx.notice.set(Some(error.into())),
        }
    };
    let keep = move |_| {
        waiting.set(None);
        nav::go(ctx.screen, Screen::Review);
    };
    view! {
        <h1 tabindex="-1">{i18n.tr("continue-title")}</h1>
        <Show
            when=move || waiting.with(Option::is_some)
            fallback=move || view! {
                <p class="hint">{i18n.tr("continue-hint")}</p>
                <Show when=move || ctx.kiosk()>
                    <p class="kiosk-note">
                        <span aria-hidden="true">"🧹 "</span>
                        {i18n.tr("kiosk-note")}
                    </p>
                </Show>
                <OpeningForm on_open />
            }
        >
            <section class="continue-choice" aria-labelledby="continue-replace-title">
                <h2 id="continue-replace-title" tabindex="-1">{i18n.tr("continue-replace-title")}</h2>
                <p>{i18n.tr("continue-replace-body")}</p>
                <div class="choice-buttons">
                    <button class="primary" id="continue-replace" on:click=replace>
                        {i18n.tr("continue-replace")}
                    </button>
                    <button class="secondary" id="continue-keep" on:click=keep>
                        {i18n.tr("continue-keep")}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// The opened plan becomes the draft, shown in the language it was written
/// in, and the client sees it whole. What they change from here is new
/// since that share.
fn take_over(ctx: AppCtx, plan: Plan) {
    if let Some(lang) = Lang::from_tag(&plan.lang) {
        store::save_lang(ctx.backend, lang);
        ctx.i18n.switch(lang, |_| {});
    }
    ctx.plan.set(plan.continued());
    ctx.notice.set(Some(Notice::Continued));
    nav::go(ctx.screen, Screen::Review);
}

/// Draws the form that opens a plan; a plain function pointer, as the
/// screens' module gives.
pub type DrawForm = fn(RwSignal<Option<String>>, Callback<Plan>) -> AnyView;

fn draw_form(incoming: RwSignal<Option<String>>, on_open: Callback<Plan>) -> AnyView {
    view! { <OpenPlanForm incoming on_open words=FormWords::CLIENT /> }.into_any()
}

#[cfg(all(feature = "split", target_family = "wasm"))]
#[leptos::wasm_split::wasm_split(opening, wasm_split_path = ::leptos::wasm_split, fallible)]
#[allow(improper_ctypes_definitions)]
fn load_form() -> Result<DrawForm, ScreensUnavailable> {
    Ok(draw_form)
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
async fn load_form() -> Result<DrawForm, ScreensUnavailable> {
    Ok(draw_form)
}

/// The opening form once its module is in; a moment's wait before, or,
/// with no signal, a way to try again.
#[component]
fn OpeningForm(on_open: Callback<Plan>) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let form = RwSignal::new(None::<DrawForm>);
    let unavailable = RwSignal::new(false);
    let fetch = move || {
        unavailable.set(false);
        spawn_local(async move {
            match load_form().await {
                Ok(draw) => _ = form.try_set(Some(draw)),
                Err(ScreensUnavailable) => _ = unavailable.try_set(true),
            }
        });
    };
    fetch();
    move || {
        match (form.get(), unavailable.get()) {
        (Some(draw), _) => draw(ctx.incoming, on_open),
        (None, true) => view! {
            <p class="problem">{i18n.tr("screens-unavailable-body")}</p>
            <button class="primary" id="opening-retry" on:click=move |_| fetch()>{i18n.tr("try-again")}</button>
        }
        .into_any(),
        (None, false) => view! { <p class="pending">{i18n.tr("screens-loading")}</p> }.into_any(),
    }
    }
}
