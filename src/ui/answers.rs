//! What the case manager suggests, and the client's choice, item by item:
//! "Yes, add it" or "Not now". Nothing enters the plan without a yes, and a
//! "not now" can be changed later. An answer opens from its QR code, link,
//! code or file; one for a plan that is not on this device waits while the
//! client opens that plan first.

use leptos::prelude::*;

use super::import::Opened;
use super::nav::{self, Screen};
use super::offer_card::{words_of, OfferCard};
use super::opening::OpeningForm;
use super::speaker::Speaker;
use super::AppCtx;
use crate::model::{Answer, Choice, ItemId, Offer, Support, Timestamp};
use crate::share::words::goal_title;

/// Takes an answer into the plan on this device, if it answers that plan;
/// whether it did.
pub fn take_answer(ctx: AppCtx, answer: &Answer) -> bool {
    if ctx.plan.with_untracked(|p| p.id != answer.plan) {
        return false;
    }
    ctx.edit(|p| p.receive(answer)).is_ok()
}

#[component]
pub fn Answers() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Shown when the client asks, or when there is nothing to show yet.
    let opening = RwSignal::new(false);
    let on_open = Callback::new(move |Opened { value: answer, .. }: Opened<Answer>| {
        opening.set(false);
        if take_answer(ctx, &answer) {
            ctx.waiting_answer.set(None);
            super::browser::focus_later("answers-list-title");
        } else {
            ctx.waiting_answer.set(Some(answer));
            super::browser::focus_later("answer-other-plan-title");
        }
    });
    let has_answers = move || ctx.plan.with(|p| !p.support.is_empty());
    let show_form =
        move || opening.get() || ctx.incoming_answer.with(Option::is_some) || !has_answers();
    view! {
        <h1 tabindex="-1">
            <span class="step-icon" aria-hidden="true">"🤝"</span>
            {i18n.tr("answers-title")}
        </h1>
        <p class="hint">{i18n.tr("answers-hint")}</p>
        <Show when=move || ctx.waiting_answer.with(Option::is_some)>
            <OtherPlan />
        </Show>
        <Show when=has_answers>
            <AnswerList />
        </Show>
        <Show when=show_form
            fallback=move || view! {
                <button class="secondary" id="open-another-answer" on:click=move |_| opening.set(true)>
                    {i18n.tr("answers-open-another")}
                </button>
            }>
            <section class="open-answer" aria-labelledby="open-answer-title">
                <h2 id="open-answer-title">{i18n.tr("answers-open")}</h2>
                <OpeningForm pick=|forms| forms.answer incoming=ctx.incoming_answer on_open />
            </section>
        </Show>
        <div class="step-buttons">
            <button class="primary" id="answers-done" on:click=move |_| nav::go(ctx.screen, Screen::Review)>
                {i18n.tr("answers-done")}
            </button>
        </div>
    }
}

/// An answer to a plan that is not on this device: open that plan first,
/// and the answer opens after it.
#[component]
fn OtherPlan() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let from = move || {
        ctx.waiting_answer
            .with(|a| a.as_ref().map(|a| a.from.clone()))
            .unwrap_or_default()
    };
    view! {
        <section class="continue-choice" aria-labelledby="answer-other-plan-title">
            <h2 id="answer-other-plan-title" tabindex="-1">
                {move || i18n.format("answer-from", &[("name", from().into())])}
            </h2>
            <p>{i18n.tr("answer-other-plan")}</p>
            <div class="choice-buttons">
                <button class="primary" id="answer-open-plan" on:click=move |_| nav::go(ctx.screen, Screen::Continue)>
                    {i18n.tr("answer-open-plan")}
                </button>
                <button class="secondary" id="answer-forget" on:click=move |_| ctx.waiting_answer.set(None)>
                    {i18n.tr("answer-forget")}
                </button>
            </div>
        </section>
    }
}

/// Every answer the plan holds, the newest first, each suggestion with the
/// client's choice.
#[component]
fn AnswerList() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let answers = move || {
        ctx.plan.with(|p| {
            let mut answers: Vec<(String, Timestamp)> = Vec::new();
            for s in &p.support {
                if !answers
                    .iter()
                    .any(|(f, m)| *f == s.from && *m == s.answer_made)
                {
                    answers.push((s.from.clone(), s.answer_made));
                }
            }
            answers.sort_by_key(|a| std::cmp::Reverse(a.1));
            answers
        })
    };
    view! {
        <h2 id="answers-list-title" class="visually-hidden" tabindex="-1">{i18n.tr("answers-list")}</h2>
        {move || answers().into_iter().map(|(from, made)| {
            let ids: Vec<ItemId> = ctx.plan.with_untracked(|p| p.answer_items(&from, made).iter().map(|s| s.id).collect());
            let date = i18n.date(made.date_naive());
            view! {
                <section class="received-answer" aria-label=i18n.format("answer-from", &[("name", from.as_str().into())])>
                    <h3>{i18n.format("answer-from", &[("name", from.as_str().into())])}</h3>
                    <p class="hint">{date}</p>
                    <ul class="answer-items">
                        {ids.into_iter().map(|id| view! { <SupportItem id /> }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
}

/// One suggestion: what it is, read aloud on request, and the client's
/// choice.
#[component]
fn SupportItem(id: ItemId) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let support = Memo::new(move |_| {
        ctx.plan
            .with(|p| p.support.iter().find(|s| s.id == id).cloned())
    });
    move || {
        support.get().map(|s| {
            let Support { offer, goal, choice, .. } = s;
            let for_whom = ctx.plan.with_untracked(|p| {
                goal.and_then(|g| p.goal(g)).map(|g| i18n.with(|l| goal_title(l, g)))
            });
            let spoken = words_of(i18n, &offer);
            let spoken = Signal::derive(move || i18n.with(|l| spoken.spoken(l)));
            let choice_view = choice_buttons(ctx, id, &offer, choice);
            view! {
                <li class="support-item" data-choice=format!("{choice:?}")>
                    {for_whom.map(|title| view! {
                        <p class="answer-for">{i18n.format("answer-for-goal", &[("goal", title.into())])}</p>
                    })}
                    <div class="support-row">
                        <OfferCard offer />
                        <Speaker text=spoken />
                    </div>
                    {choice_view}
                </li>
            }
        })
    }
}

fn choice_buttons(ctx: AppCtx, id: ItemId, offer: &Offer, choice: Choice) -> Option<AnyView> {
    let i18n = ctx.i18n;
    if !offer.is_choice() {
        return None;
    }
    if matches!(offer, Offer::Step(_)) && choice == Choice::Yes {
        return Some(view! { <p class="ok">{i18n.tr("answer-step-added")}</p> }.into_any());
    }
    let choose = move |choice: Choice| {
        ctx.edit(|p| p.choose(id, choice));
    };
    Some(
        view! {
            <div class="choice-buttons">
                <button class="choice-yes" id=format!("answer-yes-{id}") aria-pressed=(choice == Choice::Yes).to_string()
                    on:click=move |_| choose(Choice::Yes)>
                    <span aria-hidden="true">"✓ "</span>{i18n.tr("answer-yes")}
                </button>
                <button class="choice-not-now" id=format!("answer-not-now-{id}") aria-pressed=(choice == Choice::NotNow).to_string()
                    on:click=move |_| choose(Choice::NotNow)>
                    {i18n.tr("answer-not-now")}
                </button>
            </div>
            {(choice == Choice::Yes).then(|| view! { <p class="ok">{i18n.tr("answer-taken")}</p> })}
        }
        .into_any(),
    )
}
