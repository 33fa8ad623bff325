//! "I have a plan already": the client opens their plan from its QR code,
//! link, code or file, and it becomes this device's draft (on a kiosk, for
//! this session only, wiped as always). The form is in the `opening`
//! module (`super::opening`).

use leptos::prelude::*;

use super::browser;
use super::import::Opened;
use super::nav::{self, Screen};
use super::opening::OpeningForm;
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
    let on_open = Callback::new(move |Opened { value: plan, .. }: Opened<Plan>| {
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
                <OpeningForm pick=|forms| forms.plan incoming=ctx.incoming on_open />
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
    // The answer that waited for this plan opens now.
    let waiting = ctx.waiting_answer.get_untracked();
    if waiting.is_some_and(|answer| super::answers::take_answer(ctx, &answer).is_ok()) {
        ctx.waiting_answer.set(None);
        nav::go(ctx.screen, Screen::Answers);
    } else {
        nav::go(ctx.screen, Screen::Review);
    }
}
