use leptos::prelude::*;

use super::goal_card::GoalCard;
use super::item_row::{answers_of, item_words};
use super::progress::Progress;
use super::question::Question;
use super::step_buttons::StepButtons;
use super::{AppCtx, Screen};
use crate::model::{Goal, ItemId, Quadrant};

/// "What do you want to change?": the client's goals in priority order, new
/// ones started empty or grown from one of their answers.
#[component]
pub fn GoalsStep() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // The goal whose details are open, one at a time to keep the page short.
    let open = RwSignal::new(None::<ItemId>);
    let ids = Memo::new(move |_| {
        ctx.plan
            .with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    let count = move || ctx.plan.with(|p| p.goals.len());
    let add_empty = move |_| {
        let id = ctx.edit(|p| p.add_goal(Goal::default()));
        open.set(Some(id));
    };
    view! {
        <Progress current=Screen::Goals />
        <Question icon="🎯" question="question-goals" hint="hint-goals" example="example-goals" />
        <StartFrom helps=false open />
        <StartFrom helps=true open />
        <section class="goals" aria-labelledby="goals-title">
            <h2 id="goals-title">
                {i18n.tr("part-goals")}
                " "
                <span class="count">{move || i18n.count("goal-count", count())}</span>
            </h2>
            <Show when=move || count() == 0>
                <p class="empty">{i18n.tr("goals-empty")}</p>
            </Show>
            <ol class="goal-list">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <GoalCard id open />
                </For>
            </ol>
            <button class="primary" id="add-goal" on:click=add_empty>
                <span aria-hidden="true">"+ "</span>
                {i18n.tr("goal-add")}
            </button>
        </section>
        <StepButtons current=Screen::Goals />
    }
}

/// A shortcut: pick one of your answers and a goal starts from it, already
/// linked. `helps` picks strengths and opportunities, otherwise what is hard
/// and worries.
#[component]
fn StartFrom(
    /// Which answers to offer.
    helps: bool,
    /// Set to the new goal, so that it opens.
    open: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Rebuilt when answers come or go, or the language changes, not while
    // a step is typed. (Their words cannot change on this screen.)
    let answers = answers_of(Quadrant::parts(helps));
    let title = if helps {
        "goal-from-strength"
    } else {
        "goal-from-worry"
    };
    let start = move |item: ItemId| {
        if let Some(id) = ctx.edit(|p| p.add_goal_from(item)) {
            open.set(Some(id));
        }
    };
    view! {
        <Show when=move || answers.with(|a| !a.is_empty())>
            <details class="start-from" data-helps=helps.to_string()>
                <summary>{i18n.tr(title)}</summary>
                <div class="chips">
                    {move || {
                        let shown = ctx.plan.with_untracked(|p| {
                            answers.with(|ids| {
                                ids.iter()
                                    .filter_map(|&id| p.find_item(id))
                                    .map(|(_, item)| (item.id, item.area.map(|a| a.icon()), item_words(i18n, item)))
                                    .collect::<Vec<_>>()
                            })
                        });
                        shown
                            .into_iter()
                            .map(|(id, icon, words)| {
                                view! {
                                    <button class="chip" on:click=move |_| start(id)>
                                        <span class="chip-mark" aria-hidden="true">"+"</span>
                                        <span aria-hidden="true">{icon}</span>
                                        <bdi>{words}</bdi>
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </details>
        </Show>
    }
}
