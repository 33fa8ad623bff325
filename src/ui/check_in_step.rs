//! "How is it going?": for each goal, the client may tick steps done, say
//! where it stands, say what happened in their own words, and whether the
//! goal still fits. Nothing is required; the model keeps what says
//! something, with today's date.

use leptos::prelude::*;

use super::context::{now, today};
use super::nav::{self, Screen};
use super::AppCtx;
use crate::model::{GoalCheckIn, GoalFit, GoalStatus, ItemId, MAX_TEXT_CHARS};
use crate::share::words::goal_title;
use crate::store::Notice;

#[component]
pub fn CheckInStep() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Starts from where each goal stands now; the goals themselves change
    // only when the client saves.
    let entries = RwSignal::new(ctx.plan.with_untracked(|p| {
        p.goals
            .iter()
            .map(GoalCheckIn::from_goal)
            .collect::<Vec<_>>()
    }));
    let said_nothing = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entries = entries.get_untracked();
        let kept = ctx
            .plan
            .try_update(|p| p.check_in(today(), now(), entries))
            .unwrap_or(false);
        if kept {
            ctx.notice.set(Some(Notice::CheckedIn));
            nav::go(ctx.screen, Screen::Review);
        } else {
            said_nothing.set(true);
        }
    };
    let has_goals = move || ctx.plan.with(|p| !p.goals.is_empty());
    view! {
        <h1 tabindex="-1">
            <span class="step-icon" aria-hidden="true">"💬"</span>
            {i18n.tr("check-in-title")}
        </h1>
        <Show
            when=has_goals
            fallback=move || view! {
                <p>{i18n.tr("check-in-no-goals")}</p>
                <button class="primary" id="check-in-goals" on:click=move |_| nav::go(ctx.screen, Screen::Goals)>
                    {i18n.tr("part-goals")}
                </button>
            }
        >
            <p class="hint">{i18n.tr("check-in-hint")}</p>
            <form class="check-in" on:submit=save>
                // Drawn once: a change of language must not empty the boxes.
                {ctx.plan.with_untracked(|p| {
                        p.goals
                            .iter()
                            .map(|goal| {
                                let title = i18n.with(|l| goal_title(l, goal));
                                let steps: Vec<(ItemId, String)> =
                                    goal.steps.iter().map(|s| (s.id, s.text.clone())).collect();
                                view! { <GoalCheckInCard goal=goal.id title steps lang=p.lang.clone() entries /> }
                            })
                            .collect_view()
                    })}
                <div class="share-messages" role="status" aria-live="polite">
                    <Show when=move || said_nothing.get()>
                        <p class="problem">{i18n.tr("check-in-nothing")}</p>
                    </Show>
                </div>
                <div class="choice-buttons">
                    <button type="submit" class="primary big" id="check-in-save">{i18n.tr("check-in-save")}</button>
                    <button type="button" class="secondary" id="check-in-not-now"
                        on:click=move |_| nav::go(ctx.screen, Screen::Review)>
                        {i18n.tr("check-in-not-now")}
                    </button>
                </div>
            </form>
        </Show>
    }
}

/// One goal's part of the check-in.
#[component]
fn GoalCheckInCard(
    goal: ItemId,
    title: String,
    /// The goal's steps: id and words.
    steps: Vec<(ItemId, String)>,
    /// The language the client writes in.
    lang: String,
    entries: RwSignal<Vec<GoalCheckIn>>,
) -> impl IntoView {
    let i18n = AppCtx::get().i18n;
    let edit = move |change: &dyn Fn(&mut GoalCheckIn)| {
        entries.update(|all| all.iter_mut().filter(|e| e.goal == goal).for_each(change));
    };
    let read = move |f: &dyn Fn(&GoalCheckIn) -> bool| {
        entries.with(|all| all.iter().any(|e| e.goal == goal && f(e)))
    };
    let heading = format!("check-in-goal-{goal}");
    let labelled_by = heading.clone();
    let steps_view = if steps.is_empty() {
        view! { <p class="hint">{i18n.tr("check-in-no-steps")}</p> }.into_any()
    } else {
        view! {
            <fieldset class="check-in-steps">
                <legend>{i18n.tr("check-in-steps")}</legend>
                {steps.into_iter().map(|(step, words)| {
                    let id = format!("check-in-step-{step}");
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || read(&|e| e.done.contains(&step))
                                on:change:target=move |ev| {
                                    let ticked = ev.target().checked();
                                    edit(&|e| {
                                        e.done.retain(|s| *s != step);
                                        if ticked {
                                            e.done.push(step);
                                        }
                                    });
                                } />
                            <label for=id><bdi lang=lang.clone() class="own">{words}</bdi></label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        }
        .into_any()
    };
    let words_id = format!("check-in-words-{goal}");
    view! {
        <section class="check-in-goal" aria-labelledby=labelled_by>
            <h2 id=heading><bdi lang=lang.clone() class="own">{title}</bdi></h2>
            {steps_view}
            <fieldset class="choice-row">
                <legend>{i18n.tr("check-in-status")}</legend>
                {GoalStatus::ALL.into_iter().map(|status| {
                    let id = format!("check-in-status-{goal}-{}", status.message_id());
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name=format!("check-in-status-{goal}")
                                prop:checked=move || read(&|e| e.status == Some(status))
                                on:change=move |_| edit(&|e| e.status = Some(status)) />
                            <label for=id>
                                <span aria-hidden="true">{status.icon()}" "</span>
                                {i18n.tr(status.message_id())}
                            </label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for=words_id.clone()>{i18n.tr("check-in-words")}</label>
                <textarea id=words_id rows="3" dir="auto" lang=lang maxlength=MAX_TEXT_CHARS
                    on:input:target=move |ev| {
                        let words = ev.target().value();
                        edit(&|e| e.words = Some(words.clone()));
                    }></textarea>
            </div>
            <fieldset class="choice-row">
                <legend>{i18n.tr("check-in-fit")}</legend>
                {GoalFit::ALL.into_iter().map(|fit| {
                    let id = format!("check-in-fit-{goal}-{}", fit.message_id());
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name=format!("check-in-fit-{goal}")
                                prop:checked=move || read(&|e| e.fit == Some(fit))
                                on:change=move |_| edit(&|e| e.fit = Some(fit)) />
                            <label for=id>
                                <span aria-hidden="true">{fit.icon()}" "</span>
                                {i18n.tr(fit.message_id())}
                            </label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        </section>
    }
}
