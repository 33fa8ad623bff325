use leptos::prelude::*;

use super::item_row::item_words;
use super::nav::Screen;
use super::part_step::part_text;
use super::I18n;
use crate::model::{Goal, ItemContent, ItemId, Plan, Quadrant};
use crate::share::export;

/// The whole plan as the case manager sees it: the four parts, then the goals
/// with their steps and links. With `on_edit`, each part has a button back to
/// its step.
#[component]
pub fn PlanSummary(
    /// The plan shown.
    plan: Signal<Plan>,
    /// Called with the step to go back to; without it, no buttons.
    #[prop(optional)]
    on_edit: Option<Callback<Screen>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let edit_button = move |screen: Screen| {
        on_edit.map(|on_edit| {
            view! {
                <button class="secondary edit-link" on:click=move |_| on_edit.run(screen)>
                    <span aria-hidden="true">"✎ "</span>
                    {i18n.tr("edit")}
                </button>
            }
        })
    };
    view! {
        <article class="plan-summary">
            {Quadrant::ALL
                .into_iter()
                .map(|quadrant| {
                    let items = move || plan.with(|p| p.swot.items(quadrant).to_vec());
                    view! {
                        <section class="summary-part" data-part=Screen::Part(quadrant).slug()>
                            <div class="summary-head">
                                <h2>{i18n.tr(part_text(quadrant).name)}</h2>
                                {edit_button(Screen::Part(quadrant))}
                            </div>
                            {move || {
                                let items = items();
                                if items.is_empty() {
                                    view! { <p class="empty">{i18n.t("review-skipped")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="summary-items">
                                            {items
                                                .into_iter()
                                                .map(|item| {
                                                    let own = matches!(item.content, ItemContent::Text(_));
                                                    let written_in = own.then(|| plan.with_untracked(|p| p.lang.clone()));
                                                    view! {
                                                        <li>
                                                            <span class="area-icon" aria-hidden="true">{item.area.map(|a| a.icon())}</span>
                                                            <bdi lang=written_in class:own=own>{item_words(i18n, &item)}</bdi>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                    .into_any()
                                }
                            }}
                        </section>
                    }
                })
                .collect_view()}
            <section class="summary-goals" data-part="goals">
                <div class="summary-head">
                    <h2>{i18n.tr("part-goals")}</h2>
                    {edit_button(Screen::Goals)}
                </div>
                {move || {
                    let plan = plan.get();
                    if plan.goals.is_empty() {
                        view! { <p class="empty">{i18n.t("review-no-goals")}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="summary-goal-list">
                                {plan.goals.iter().map(|goal| goal_summary(i18n, &plan, goal)).collect_view()}
                            </ol>
                        }
                        .into_any()
                    }
                }}
            </section>
        </article>
    }
}

fn goal_summary(i18n: I18n, plan: &Plan, goal: &Goal) -> impl IntoView {
    let title = i18n.with(|l| export::goal_title(l, goal));
    // The client's own words are in the plan's language, whatever the reader's.
    let written_in = plan.lang.clone();
    let words = |ids: &[ItemId]| -> Vec<String> {
        ids.iter()
            .filter_map(|id| plan.find_item(*id))
            .map(|(_, item)| item_words(i18n, item))
            .collect()
    };
    let links = |label: &'static str, words: Vec<String>| {
        (!words.is_empty()).then(|| {
            view! {
                <div class="summary-links">
                    <span class="summary-label">{i18n.t(label)}</span>
                    <ul>{words.into_iter().map(|w| view! { <li><bdi>{w}</bdi></li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let detail = |label: &'static str, text: Option<String>| {
        text.map(|text| {
            view! {
                <p>
                    <span class="summary-label">{i18n.t(label)}</span>
                    " "
                    <bdi lang=written_in.clone() class="own">{text}</bdi>
                </p>
            }
        })
    };
    let target = goal
        .target
        .map(|d| i18n.format("review-target", &[("date", i18n.date(d).into())]));
    let steps = goal
        .steps
        .iter()
        .map(|step| {
            let due = step.due.map(|d| i18n.format("review-due", &[("date", i18n.date(d).into())]));
            let state = if step.done { i18n.t("review-step-done") } else { i18n.t("review-step-open") };
            view! {
                <li class:done=step.done>
                    <span class="step-mark" aria-hidden="true">{if step.done { "☑" } else { "☐" }}</span>
                    <span class="visually-hidden">{state}</span>
                    " "
                    <bdi lang=written_in.clone() class="own">{step.text.clone()}</bdi>
                    {due.map(|due| view! { <span class="due">" · " {due}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="summary-goal">
            <h3>
                <span class="area-icon" aria-hidden="true">{goal.area.map(|a| a.icon())}</span>
                <bdi lang=written_in.clone() class="own">{title}</bdi>
            </h3>
            {goal.area.map(|a| view! { <p class="summary-area">{i18n.t(a.message_id())}</p> })}
            {target.map(|t| view! { <p class="summary-target">{t}</p> })}
            {detail("review-why", goal.why.clone())}
            <ul class="summary-steps">{steps}</ul>
            {links("review-helped-by", words(&goal.helped_by))}
            {links("review-addresses", words(&goal.addresses))}
            {detail("review-help-wanted", goal.help_wanted.clone())}
        </li>
    }
}
