//! What the case manager suggests, and the client's choice, item by item:
//! "Yes, add it" or "Not now". Nothing enters the plan without a yes, and a
//! "not now" can be changed later. An answer opens from its QR code, link,
//! code or file; one for a plan that is not on this device waits while the
//! client opens that plan first.

use leptos::prelude::*;

use super::connect::{ConnectDone, ConnectOffer};
use super::context::local_day;
use super::import::Opened;
use super::nav::{self, Screen};
use super::offer_card::{words_of, OfferCard};
use super::opening::OpeningForm;
use super::speaker::Speaker;
use super::AppCtx;
use crate::model::{Answer, AnswerMismatch, Choice, ItemId, Offer, Plan, Support, Timestamp};
use crate::share::words::goal_title;

/// Takes an answer into the plan on this device, if it answers that plan
/// and the plan has room for it; then offers the agency's key it brought.
pub fn take_answer(ctx: AppCtx, answer: &Answer) -> Result<(), AnswerMismatch> {
    if ctx.plan.with_untracked(|p| p.id != answer.plan) {
        return Err(AnswerMismatch::OtherPlan);
    }
    ctx.edit(|p| p.receive(answer))?;
    offer_agency(ctx, answer);
    Ok(())
}

/// The agency's key that came with an answer is offered, as a poster's
/// would be, unless this device seals to that key already or to one the
/// staff set up: so a phone that took a key now retired is offered the
/// agency's new one.
fn offer_agency(ctx: AppCtx, answer: &Answer) {
    let Some(code) = &answer.agency else { return };
    let offer = ctx.agency.with_untracked(|kept| match kept {
        None => true,
        Some(kept) => !kept.from_staff && kept.code != *code,
    });
    if offer {
        ctx.incoming_agency.set(Some(code.clone()));
    }
}

#[component]
pub fn Answers() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Shown when the client asks, or when there is nothing to show yet.
    let opening = RwSignal::new(false);
    let no_room = RwSignal::new(false);
    let agency_accepted = RwSignal::new(None);
    let on_open = Callback::new(move |Opened { value: answer, .. }: Opened<Answer>| {
        opening.set(false);
        no_room.set(false);
        match take_answer(ctx, &answer) {
            Ok(()) => {
                ctx.waiting_answer.set(None);
                super::browser::focus_later("answers-list-title");
            }
            Err(AnswerMismatch::OtherPlan) => {
                ctx.waiting_answer.set(Some(answer));
                super::browser::focus_later("answer-other-plan-title");
            }
            Err(AnswerMismatch::NoRoom) => no_room.set(true),
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
        <div role="alert">
            <Show when=move || no_room.get()>
                <p class="problem" id="answer-no-room">{i18n.tr("answer-no-room")}</p>
            </Show>
        </div>
        <Show when=move || ctx.waiting_answer.with(Option::is_some)>
            <OtherPlan />
        </Show>
        <ConnectDone accepted=agency_accepted />
        <Show when=move || ctx.incoming_agency.with(Option::is_some)>
            <section class="connect-offer" aria-labelledby="connect-offer-title">
                <h2 id="connect-offer-title">{i18n.tr("connect-title-none")}</h2>
                <ConnectOffer accepted=agency_accepted />
            </section>
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
/// client's choice. Keyed, so that a choice redraws its buttons' state and
/// nothing else: the pressed button keeps the focus.
#[component]
fn AnswerList() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let answers = move || ctx.plan.with(Plan::answers);
    view! {
        <h2 id="answers-list-title" class="visually-hidden" tabindex="-1">{i18n.tr("answers-list")}</h2>
        <For each=answers key=|answer| answer.clone() let((from, made))>
            <ReceivedAnswer from made />
        </For>
    }
}

#[component]
fn ReceivedAnswer(from: String, made: Timestamp) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let title = StoredValue::new(from.clone());
    let title = move || {
        title.with_value(|from| i18n.format("answer-from", &[("name", from.as_str().into())]))
    };
    let ids = move || {
        ctx.plan.with(|p| {
            p.answer_items(&from, made)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="received-answer" aria-label=title>
            <h3>{title}</h3>
            <p class="hint">{move || i18n.date(local_day(made))}</p>
            <ul class="answer-items">
                <For each=ids key=|id| *id let(id)>
                    <SupportItem id />
                </For>
            </ul>
        </section>
    }
}

/// One suggestion: what it is, read aloud on request, and the client's
/// choice. What it suggests never changes; only the choice does.
#[component]
fn SupportItem(id: ItemId) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let support = ctx
        .plan
        .with_untracked(|p| p.support.iter().find(|s| s.id == id).cloned())?;
    let for_whom = ctx.plan.with_untracked(|p| {
        support
            .goal
            .and_then(|g| p.goal(g))
            .map(|g| i18n.with(|l| goal_title(l, g)))
    });
    let spoken = words_of(i18n, &support.offer);
    let spoken = Signal::derive(move || i18n.with(|l| spoken.spoken(l)));
    let choice = Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.support
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.choice)
                .unwrap_or_default()
        })
    });
    let choices = support
        .is_choice()
        .then(|| choice_buttons(ctx, id, &support, choice));
    Some(view! {
        <li class="support-item" data-choice=move || format!("{:?}", choice.get())>
            {for_whom.map(|title| view! {
                <p class="answer-for">{move || i18n.format("answer-for-goal", &[("goal", title.as_str().into())])}</p>
            })}
            <div class="support-row">
                <OfferCard offer=support.offer.clone() />
                <Speaker text=spoken />
            </div>
            {choices}
        </li>
    })
}

/// "Yes, add it" and "Not now", pressed as the client chose; a step said
/// yes to is in the goal and says so.
fn choice_buttons(
    ctx: AppCtx,
    id: ItemId,
    support: &Support,
    choice: Memo<Choice>,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let is_step = matches!(support.offer, Offer::Step(_));
    let choose = move |to: Choice| {
        ctx.edit(|p| p.choose(id, to));
    };
    let pressed = move |c: Choice| move || (choice.get() == c).to_string();
    view! {
        <Show when=move || !(is_step && choice.get() == Choice::Yes)
            fallback=move || view! { <p class="ok">{i18n.tr("answer-step-added")}</p> }>
            <div class="choice-buttons">
                <button class="choice-yes" id=format!("answer-yes-{id}") aria-pressed=pressed(Choice::Yes)
                    on:click=move |_| choose(Choice::Yes)>
                    <span aria-hidden="true">"✓ "</span>{i18n.tr("answer-yes")}
                </button>
                <button class="choice-not-now" id=format!("answer-not-now-{id}") aria-pressed=pressed(Choice::NotNow)
                    on:click=move |_| choose(Choice::NotNow)>
                    {i18n.tr("answer-not-now")}
                </button>
            </div>
        </Show>
        <p class="ok" role="status">
            {move || (choice.get() == Choice::Yes && !is_step).then(|| i18n.t("answer-taken"))}
        </p>
    }
}
