use leptos::prelude::*;

use super::nav::Screen;
use super::support_summary::{GapsSummary, SupportSummary};
use super::I18n;
use crate::model::labels::{self, part_name, GoalDetail};
use crate::model::{Changes, Goal, GoalStatus, ItemId, Plan, Quadrant};
use crate::share::words::{check_in_said, goal_words, part_words, GoalWords, PartWords};

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
    /// Marks what is new or done since the plan was last shared (the case
    /// manager's reading).
    #[prop(optional)]
    marks_changes: bool,
    /// Goals before the answers, as on the take-away sheet.
    #[prop(optional)]
    goals_first: bool,
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
    let changes = move || {
        marks_changes
            .then(|| plan.with(|p| p.changes_since_shared().map(|(_, c)| c)))
            .flatten()
            .unwrap_or_default()
    };
    let parts = Quadrant::ALL
        .into_iter()
        .map(|quadrant| {
            let screen = Screen::Part(quadrant);
            let items = move || {
                plan.with(|p| {
                    let part = i18n.with(|l| Some(part_words(p, quadrant, l)));
                    part.map(|part| part_items(i18n, part, &p.lang, &changes()))
                })
            };
            view! {
                <section class="summary-part" data-part=screen.slug()>
                    {head(part_name(quadrant), screen)}
                    {items}
                </section>
            }
        })
        .collect_view();
    let goals = view! {
            <section class="summary-goals" data-part="goals">
                {head(labels::GOALS, Screen::Goals)}
                {move || {
                    plan.with(|p| {
                        let goals = i18n.with(|l| goal_words(p, l));
                        if goals.is_empty() {
                            view! { <p class="empty">{i18n.t(labels::NO_GOALS)}</p> }.into_any()
                        } else {
                            let lang = written_in();
                            let changes = changes();
                            view! {
                                <ol class="summary-goal-list">
                                    {goals.into_iter().map(|goal| goal_summary(i18n, p, goal, &lang, &changes)).collect_view()}
                                </ol>
                            }
                            .into_any()
                        }
                    })
                }}
            </section>
    };
    // What helps comes with the goals it helps: on paper, right after them.
    let support = view! {
        <SupportSummary plan every_choice=marks_changes />
        <GapsSummary plan />
    };
    if goals_first {
        view! { <article class="plan-summary">{goals}{support}{parts}</article> }.into_any()
    } else {
        view! { <article class="plan-summary">{parts}{goals}{support}</article> }.into_any()
    }
}

/// "New" or "Done since" beside what changed since the last share.
fn change_mark(i18n: I18n, changes: &Changes, id: ItemId, done: bool) -> Option<impl IntoView> {
    changes.marks(id).then(|| {
        let label = if done && !changes.new.contains(&id) {
            "mark-done-since"
        } else {
            "mark-new"
        };
        view! { <span class="change-mark">{i18n.t(label)}</span> }
    })
}

fn part_items(i18n: I18n, part: PartWords, written_in: &str, changes: &Changes) -> AnyView {
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
                            {change_mark(i18n, changes, item.item.id, false)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn goal_summary(
    i18n: I18n,
    plan: &Plan,
    read: GoalWords,
    written_in: &str,
    changes: &Changes,
) -> impl IntoView {
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
                    {change_mark(i18n, changes, step.id, true)}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="summary-goal">
            <h3>
                <span class="area-icon" aria-hidden="true">{goal.area.map(|a| a.icon())}</span>
                <bdi lang=written_in.to_owned() class="own">{read.title}</bdi>
                {change_mark(i18n, changes, goal.id, true)}
            </h3>
            {goal_status(i18n, plan, goal)}
            {goal.area.map(|a| view! { <p class="summary-area">{i18n.t(a.message_id())}</p> })}
            {target.map(|t| view! { <p class="summary-target">{t}</p> })}
            {detail(GoalDetail::Why, goal.why.clone())}
            <ul class="summary-steps">{steps}</ul>
            {links(GoalDetail::HelpedBy, read.helped_by)}
            {links(GoalDetail::Addresses, read.addresses)}
            {detail(GoalDetail::HelpWanted, goal.help_wanted.clone())}
            {goal_history(i18n, plan, goal, written_in)}
        </li>
    }
}

/// Where a goal stands, once it has moved or been checked in on.
fn goal_status(i18n: I18n, plan: &Plan, goal: &Goal) -> Option<impl IntoView> {
    let moved = goal.status != GoalStatus::NotStarted || plan.history(goal.id).next().is_some();
    moved.then(|| {
        view! {
            <p class="summary-status" data-status=goal.status.message_id()>
                <span class="summary-label">{i18n.t("review-status")}</span>
                " "
                <span aria-hidden="true">{goal.status.icon()}" "</span>
                {i18n.t(goal.status.message_id())}
            </p>
        }
    })
}

/// The goal's check-ins, briefly: the day, and what the client said.
fn goal_history(i18n: I18n, plan: &Plan, goal: &Goal, written_in: &str) -> Option<impl IntoView> {
    let entries: Vec<_> = plan
        .history(goal.id)
        .map(|(on, entry)| {
            // The reader's words for the status and fit; the client's own
            // words as they wrote them.
            let own = entry.words.clone().filter(|w| !w.trim().is_empty());
            let said = i18n.with(|l| {
                let mut said = check_in_said(l, entry);
                said.truncate(said.len() - usize::from(own.is_some()));
                said.join(" · ")
            });
            let between = (!said.is_empty() && own.is_some()).then_some(" · ");
            view! {
                <li>
                    <span class="history-day">{i18n.date(on)}</span>
                    ": "
                    {said}
                    {between}
                    {own.map(|own| view! { <bdi lang=written_in.to_owned() class="own">{own}</bdi> })}
                </li>
            }
        })
        .collect();
    (!entries.is_empty()).then(|| {
        view! {
            <div class="summary-links summary-history">
                <span class="summary-label">{i18n.t("review-history")}</span>
                <ul>{entries}</ul>
            </div>
        }
    })
}
