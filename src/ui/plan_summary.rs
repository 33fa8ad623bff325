use leptos::prelude::*;

use super::nav::Screen;
use super::I18n;
use crate::model::labels::{self, part_name, GoalDetail};
use crate::model::{Plan, Quadrant};
use crate::share::words::{goal_words, part_words, GoalWords, PartWords};

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
    let head = move |name: &'static str, screen: Screen| {
        view! {
            <div class="summary-head">
                <h2>{i18n.tr(name)}</h2>
                {edit_button(screen)}
            </div>
        }
    };
    // The client's own words are in the plan's language, whatever the
    // reader's.
    let written_in = move || plan.with(|p| p.lang.clone());
    view! {
        <article class="plan-summary">
            {Quadrant::ALL
                .into_iter()
                .map(|quadrant| {
                    let screen = Screen::Part(quadrant);
                    let items = move || {
                        plan.with(|p| {
                            let part = i18n.with(|l| Some(part_words(p, quadrant, l)));
                            part.map(|part| part_items(i18n, part, &p.lang))
                        })
                    };
                    view! {
                        <section class="summary-part" data-part=screen.slug()>
                            {head(part_name(quadrant), screen)}
                            {items}
                        </section>
                    }
                })
                .collect_view()}
            <section class="summary-goals" data-part="goals">
                {head(labels::GOALS, Screen::Goals)}
                {move || {
                    plan.with(|p| {
                        let goals = i18n.with(|l| goal_words(p, l));
                        if goals.is_empty() {
                            view! { <p class="empty">{i18n.t(labels::NO_GOALS)}</p> }.into_any()
                        } else {
                            let lang = written_in();
                            view! {
                                <ol class="summary-goal-list">
                                    {goals.into_iter().map(|goal| goal_summary(i18n, goal, &lang)).collect_view()}
                                </ol>
                            }
                            .into_any()
                        }
                    })
                }}
            </section>
        </article>
    }
}

fn part_items(i18n: I18n, part: PartWords, written_in: &str) -> AnyView {
    if part.items.is_empty() {
        return view! { <p class="empty">{i18n.t(labels::PART_SKIPPED)}</p> }.into_any();
    }
    view! {
        <ul class="summary-items">
            {part
                .items
                .into_iter()
                .map(|item| {
                    let own = item.own();
                    view! {
                        <li>
                            <span class="area-icon" aria-hidden="true">{item.item.area.map(|a| a.icon())}</span>
                            <bdi lang=own.then(|| written_in.to_owned()) class:own=own>{item.words}</bdi>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn goal_summary(i18n: I18n, read: GoalWords, written_in: &str) -> impl IntoView {
    let goal = read.goal;
    let links = |detail: GoalDetail, words: Vec<String>| {
        (!words.is_empty()).then(|| {
            view! {
                <div class="summary-links">
                    <span class="summary-label">{i18n.t(detail.label())}</span>
                    <ul>{words.into_iter().map(|w| view! { <li><bdi>{w}</bdi></li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let detail = |detail: GoalDetail, text: Option<String>| {
        text.map(|text| {
            view! {
                <p>
                    <span class="summary-label">{i18n.t(detail.label())}</span>
                    " "
                    <bdi lang=written_in.to_owned() class="own">{text}</bdi>
                </p>
            }
        })
    };
    let target = goal
        .target
        .map(|d| i18n.format(labels::TARGET, &[("date", i18n.date(d).into())]));
    let steps = goal
        .steps
        .iter()
        .map(|step| {
            let due = step.due.map(|d| i18n.format(labels::DUE, &[("date", i18n.date(d).into())]));
            let state = if step.done { i18n.t("review-step-done") } else { i18n.t("review-step-open") };
            view! {
                <li class:done=step.done>
                    <span class="step-mark" aria-hidden="true">{if step.done { "☑" } else { "☐" }}</span>
                    <span class="visually-hidden">{state}</span>
                    " "
                    <bdi lang=written_in.to_owned() class="own">{step.text.clone()}</bdi>
                    {due.map(|due| view! { <span class="due">" · " {due}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="summary-goal">
            <h3>
                <span class="area-icon" aria-hidden="true">{goal.area.map(|a| a.icon())}</span>
                <bdi lang=written_in.to_owned() class="own">{read.title}</bdi>
            </h3>
            {goal.area.map(|a| view! { <p class="summary-area">{i18n.t(a.message_id())}</p> })}
            {target.map(|t| view! { <p class="summary-target">{t}</p> })}
            {detail(GoalDetail::Why, goal.why.clone())}
            <ul class="summary-steps">{steps}</ul>
            {links(GoalDetail::HelpedBy, read.helped_by)}
            {links(GoalDetail::Addresses, read.addresses)}
            {detail(GoalDetail::HelpWanted, goal.help_wanted.clone())}
        </li>
    }
}
