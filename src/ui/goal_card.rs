use leptos::prelude::*;

use super::goal_editor::GoalEditor;
use super::AppCtx;
use crate::model::ItemId;

/// One goal in the list: its priority, name and steps at a glance, buttons to
/// reorder, open or remove it, and its details when open.
#[component]
pub fn GoalCard(
    /// The goal shown.
    id: ItemId,
    /// The goal whose details are open.
    open: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let goal = move || ctx.plan.with(|p| p.goal(id).cloned());
    let priority = move || {
        ctx.plan
            .with(|p| p.goals.iter().position(|g| g.id == id).map_or(0, |i| i + 1))
    };
    let is_open = move || open.get() == Some(id);
    let confirming = RwSignal::new(false);
    let title = move || {
        goal().map(|g| {
            if g.title.trim().is_empty() {
                view! { <span class="draft">{i18n.t("goal-untitled")}</span> }.into_any()
            } else {
                view! { <bdi>{g.title}</bdi> }.into_any()
            }
        })
    };
    let steps_done = move || {
        goal().filter(|g| !g.steps.is_empty()).map(|g| {
            let done = g.steps.iter().filter(|s| s.done).count();
            i18n.format(
                "goal-steps-done",
                &[("done", done.into()), ("count", g.steps.len().into())],
            )
        })
    };
    view! {
        <li class="goal" data-id=id>
            <div class="goal-head">
                <span class="priority" aria-hidden="true">{priority}</span>
                <span class="area-icon" aria-hidden="true">{move || goal().and_then(|g| g.area).map(|a| a.icon())}</span>
                <h3 class="goal-title">{title}</h3>
                <span class="goal-steps">{steps_done}</span>
            </div>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <div class="row-actions">
                        <button class="icon-button" on:click=move |_| { ctx.edit(|p| p.move_goal(id, -1)); }
                            aria-label=i18n.tr("move-up") title=i18n.tr("move-up")>"↑"</button>
                        <button class="icon-button" on:click=move |_| { ctx.edit(|p| p.move_goal(id, 1)); }
                            aria-label=i18n.tr("move-down") title=i18n.tr("move-down")>"↓"</button>
                        <button class="secondary goal-toggle" aria-expanded=move || is_open().to_string()
                            on:click=move |_| open.set(if is_open() { None } else { Some(id) })>
                            {move || if is_open() { i18n.t("goal-close") } else { i18n.t("edit") }}
                        </button>
                        <button class="secondary danger" on:click=move |_| confirming.set(true)>
                            <span aria-hidden="true">"✕ "</span>{i18n.tr("remove")}
                        </button>
                    </div>
                }
            >
                <div class="confirm" role="group">
                    <p>{i18n.tr("goal-remove-confirm")}</p>
                    <button class="primary danger-fill" on:click=move |_| { ctx.edit(|p| p.remove_goal(id)); }>
                        {i18n.tr("goal-remove-yes")}
                    </button>
                    <button class="secondary" on:click=move |_| confirming.set(false)>{i18n.tr("cancel")}</button>
                </div>
            </Show>
            <Show when=is_open>
                <GoalEditor id />
            </Show>
        </li>
    }
}
