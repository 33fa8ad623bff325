use leptos::prelude::*;

use super::nav::{self, Screen};
use super::persistence::ask_to_keep_draft;
use super::AppCtx;
use crate::model::Quadrant;

/// The first screen: what Waymark is, the privacy promise, and Start.
#[component]
pub fn Welcome() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let has_answers = move || ctx.plan.with(|p| !p.is_empty());
    let has_goals = move || ctx.plan.with(|p| !p.goals.is_empty());
    let start = move |_| {
        ask_to_keep_draft(ctx);
        nav::go(ctx.screen, Screen::Part(Quadrant::Strengths));
    };
    view! {
        <section class="welcome">
            <h1 tabindex="-1">{i18n.tr("welcome-title")}</h1>
            <p class="lead">{i18n.tr("welcome-intro")}</p>
            <section class="privacy" aria-labelledby="privacy-title">
                <h2 id="privacy-title">
                    <span aria-hidden="true">"🔒 "</span>
                    {i18n.tr("privacy-title")}
                </h2>
                <p>{i18n.tr("privacy-body")}</p>
                <Show
                    when=move || ctx.kiosk()
                    fallback=move || view! {
                        <p>{i18n.tr("privacy-stored")}</p>
                        <p>
                            {i18n.tr("welcome-stored-note")}
                            " "
                            <button class="link-button" id="welcome-settings" on:click=move |_| nav::go(ctx.screen, Screen::Settings)>
                                {i18n.tr("settings-title")}
                            </button>
                        </p>
                    }
                >
                    <p class="kiosk-note">
                        <span aria-hidden="true">"🧹 "</span>
                        {i18n.tr("kiosk-note")}
                    </p>
                </Show>
            </section>
            <button class="primary big" id="start" on:click=start>
                {move || if has_answers() { i18n.t("continue") } else { i18n.t("start") }}
                <span class="arrow" aria-hidden="true">"→"</span>
            </button>
            <div class="welcome-more">
                <Show when=has_goals>
                    <button class="secondary big" id="welcome-check-in" on:click=move |_| nav::go(ctx.screen, Screen::CheckIn)>
                        <span aria-hidden="true">"💬 "</span>
                        {i18n.tr("welcome-check-in")}
                    </button>
                </Show>
                <button class="secondary big" id="welcome-have-plan" on:click=move |_| nav::go(ctx.screen, Screen::Continue)>
                    <span aria-hidden="true">"📄 "</span>
                    {i18n.tr("welcome-have-plan")}
                </button>
            </div>
            <p class="case-manager">
                <a class="button secondary" id="case-manager" href=crate::share::CASE_MANAGER_PAGE>
                    <span aria-hidden="true">"📥 "</span>
                    {i18n.tr("welcome-case-manager")}
                </a>
            </p>
        </section>
    }
}
