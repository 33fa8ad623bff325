use leptos::prelude::*;

use super::changes_since::ChangesSince;
use super::nav::{self, Screen};
use super::plan_summary::PlanSummary;
use super::progress::Progress;
use super::speaker::{speak, stop_speaking};
use super::step_buttons::StepButtons;
use super::AppCtx;
use crate::share::export;

/// The whole plan on one screen, as the case manager will see it, with a way
/// back to change each part.
#[component]
pub fn Review() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let no_voice = RwSignal::new(false);
    view! {
        <Progress current=Screen::Review />
        <h1 tabindex="-1">
            <span class="step-icon" aria-hidden="true">"📋"</span>
            {i18n.tr("review-title")}
        </h1>
        <p class="hint">{i18n.tr("review-hint")}</p>
        <Show when=move || ctx.plan.with(|p| !p.goals.is_empty())>
            <button class="primary" id="review-check-in" on:click=move |_| nav::go(ctx.screen, Screen::CheckIn)>
                <span aria-hidden="true">"💬 "</span>{i18n.tr("welcome-check-in")}
            </button>
        </Show>
        <Show when=move || ctx.plan.with(|p| !p.support.is_empty())>
            <button class="secondary" id="review-answers" on:click=move |_| nav::go(ctx.screen, Screen::Answers)>
                <span aria-hidden="true">"🤝 "</span>
                {move || {
                    let waiting = ctx.plan.with(|p| p.open_suggestions().count());
                    i18n.count("review-answers", waiting)
                }}
            </button>
        </Show>
        <ChangesSince plan=ctx.plan.into() />
        <div class="read-plan">
            <button class="secondary" id="read-plan" on:click=move |_| {
                let text = ctx.plan.with_untracked(|p| i18n.with(|l| export::text(p, l)));
                no_voice.set(!speak(&text, i18n.lang()));
            }>
                <span aria-hidden="true">"🔊 "</span>{i18n.tr("read-plan-aloud")}
            </button>
            <button class="secondary" on:click=move |_| stop_speaking()>
                <span aria-hidden="true">"⏹ "</span>{i18n.tr("stop-reading")}
            </button>
            <Show when=move || no_voice.get()>
                <p class="no-voice-note" role="status">{i18n.tr("read-aloud-no-voice")}</p>
            </Show>
        </div>
        <PlanSummary plan=ctx.plan.into() on_edit=Callback::new(move |screen| nav::go(ctx.screen, screen)) />
        <StepButtons current=Screen::Review />
    }
}
