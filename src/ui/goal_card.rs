use leptos::prelude::*;

use super::confirm::Confirm;
use super::goal_editor::GoalEditor;
use super::move_buttons::MoveButtons;
use super::{AppCtx, I18n};
use crate::model::{Goal, ItemId};

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
    // Typing in another goal leaves this card as it is: each part shown is a
    // memo of a plain value (whose memo code the rest of the app shares).
    let shown = move |show: fn(&Goal, I18n) -> String| {
        Memo::new(move |_| {
            ctx.plan
                .with(|p| p.goal(id).map(|g| show(g, i18n)).unwrap_or_default())
        })
    };
    let title = shown(|g, _| g.title.trim().to_owned());
    let icon = shown(|g, _| g.area.map(|a| a.icon().to_owned()).unwrap_or_default());
    let steps_done = shown(|g, i18n| {
        if g.steps.is_empty() {
            return String::new();
        }
        let done = g.steps.iter().filter(|s| s.done).count();
        i18n.format(
            "goal-steps-done",
            &[("done", done.into()), ("count", g.steps.len().into())],
        )
    });
    let priority = Memo::new(move |_| {
        ctx.plan
            .with(|p| p.goals.iter().position(|g| g.id == id).map_or(0, |i| i + 1))
    });
    let is_open = move || open.get() == Some(id);
    let confirming = RwSignal::new(false);
    let title = move || {
        title.with(|title| {
            if title.is_empty() {
                view! { <span class="draft">{i18n.t("goal-untitled")}</span> }.into_any()
            } else {
                view! { <bdi>{title.clone()}</bdi> }.into_any()
            }
        })
    };
    view! {
        <li class="goal" data-id=id>
            <div class="goal-head">
                <span class="priority" aria-hidden="true">{priority}</span>
                <span class="area-icon" aria-hidden="true">{icon}</span>
                <h3 class="goal-title">{title}</h3>
                <span class="goal-steps">{steps_done}</span>
            </div>
            <div class="row-actions">
                <MoveButtons on_move=Callback::new(move |by| { ctx.edit(|p| p.move_goal(id, by)); }) />
                <button class="secondary goal-toggle" aria-expanded=move || is_open().to_string()
                    on:click=move |_| open.set(if is_open() { None } else { Some(id) })>
                    {move || if is_open() { i18n.t("goal-close") } else { i18n.t("edit") }}
                </button>
                <button class="secondary danger" on:click=move |_| confirming.set(true)>
                    <span aria-hidden="true">"✕ "</span>{i18n.tr("remove")}
                </button>
            </div>
            <Confirm open=confirming id="goal-remove" question="goal-remove-confirm" yes="goal-remove-yes"
                on_yes=Callback::new(move |()| { ctx.edit(|p| p.remove_goal(id)); }) />
            <Show when=is_open>
                <GoalEditor id />
            </Show>
        </li>
    }
}
