use leptos::prelude::*;

use super::plan_summary::PlanSummary;
use super::progress::Progress;
use super::step_buttons::StepButtons;
use super::{AppCtx, Screen};

/// The whole plan on one screen, as the case manager will see it, with a way
/// back to change each part.
#[component]
pub fn Review() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    view! {
        <Progress current=Screen::Review />
        <h1 tabindex="-1">{i18n.tr("review-title")}</h1>
        <p class="hint">{i18n.tr("review-hint")}</p>
        <PlanSummary plan=ctx.plan.into() editable=true />
        <StepButtons current=Screen::Review />
    }
}
