//! The support in a plan: for the client, "My support", the people and
//! places they said yes to and the next meeting; for the case manager,
//! every suggestion with what the client said to it.

use leptos::prelude::*;

use super::offer_card::OfferCard;
use super::I18n;
use crate::model::{Plan, Support};
use crate::share::words::goal_title;

#[component]
pub fn SupportSummary(
    plan: Signal<Plan>,
    /// Every suggestion with the client's choice (the case manager's
    /// reading), rather than what the client took.
    every_choice: bool,
) -> impl IntoView {
    let i18n = I18n::get();
    let shown = move || {
        plan.with(|p| {
            let shown: Vec<&Support> = match every_choice {
                true => p.support.iter().filter(|s| s.is_choice()).collect(),
                false => p.people_and_places().collect(),
            };
            shown
                .into_iter()
                .map(|s| {
                    let goal = s.goal.and_then(|g| p.goal(g));
                    let goal = goal.map(|g| i18n.with(|l| goal_title(l, g)));
                    (s.clone(), goal)
                })
                .collect::<Vec<_>>()
        })
    };
    let title = match every_choice {
        true => "support-all-title",
        false => "support-title",
    };
    move || {
        let shown = shown();
        (!shown.is_empty()).then(|| view! {
            <section class="summary-support" data-part="support">
                <div class="summary-head"><h2>{i18n.tr(title)}</h2></div>
                <ul class="support-list">
                    {shown.into_iter().map(|(support, goal)| view! {
                        <li class="support-item" data-choice=format!("{:?}", support.choice)>
                            {goal.map(|title| view! {
                                <p class="answer-for">{i18n.format("answer-for-goal", &[("goal", title.into())])}</p>
                            })}
                            <OfferCard offer=support.offer />
                            {every_choice.then(|| view! {
                                <p class="support-choice">
                                    {i18n.format("support-from", &[("name", support.from.as_str().into())])}
                                    " · "
                                    <strong>{i18n.tr(support.choice.message_id())}</strong>
                                </p>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// What the client could not find around here, in their words.
#[component]
pub fn GapsSummary(plan: Signal<Plan>) -> impl IntoView {
    let i18n = I18n::get();
    move || {
        let (gaps, lang) = plan.with(|p| (p.gaps.clone(), p.lang.clone()));
        (!gaps.is_empty()).then(|| view! {
            <section class="summary-gaps" data-part="gaps">
                <div class="summary-head"><h2>{i18n.tr("gaps-summary-title")}</h2></div>
                <ul class="summary-items">
                    {gaps.into_iter().map(|gap| view! { <li><bdi lang=lang.clone() class="own">{gap}</bdi></li> }).collect_view()}
                </ul>
            </section>
        })
    }
}
