use leptos::prelude::*;

use super::item_row::ItemRow;
use super::nav::{self, Screen};
use super::AppCtx;
use crate::model::{suggestions_for, ItemContent, Quadrant, Suggestion};

/// The message ids of one part of the self-assessment.
pub struct PartText {
    pub name: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
    pub count: &'static str,
}

pub fn part_text(quadrant: Quadrant) -> PartText {
    match quadrant {
        Quadrant::Strengths => PartText {
            name: "part-strengths",
            question: "question-strengths",
            hint: "hint-strengths",
            count: "count-strengths",
        },
        Quadrant::Weaknesses => PartText {
            name: "part-weaknesses",
            question: "question-weaknesses",
            hint: "hint-weaknesses",
            count: "count-weaknesses",
        },
        Quadrant::Opportunities => PartText {
            name: "part-opportunities",
            question: "question-opportunities",
            hint: "hint-opportunities",
            count: "count-opportunities",
        },
        Quadrant::Threats => PartText {
            name: "part-threats",
            question: "question-threats",
            hint: "hint-threats",
            count: "count-threats",
        },
    }
}

/// One step of the self-assessment: a plain question, the client's answers,
/// a box for their own words, and ideas to tap, grouped by life area.
#[component]
pub fn PartStep(
    /// Which part this step asks about.
    quadrant: Quadrant,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let text = part_text(quadrant);
    let ids = move || {
        ctx.plan.with(|p| {
            p.swot
                .items(quadrant)
                .iter()
                .map(|i| i.id)
                .collect::<Vec<_>>()
        })
    };
    let count = move || ctx.plan.with(|p| p.swot.items(quadrant).len());
    view! {
        <Progress current=Screen::Part(quadrant) />
        <h1 tabindex="-1">{move || i18n.t(text.question)}</h1>
        <p class="hint">{move || i18n.t(text.hint)}</p>
        <section class="answers" aria-labelledby="answers-title">
            <h2 id="answers-title">
                {move || i18n.t("your-answers")}
                " "
                <span class="count">{move || i18n.count(text.count, count())}</span>
            </h2>
            <Show when=move || count() == 0>
                <p class="empty">{move || i18n.t("nothing-yet")}</p>
            </Show>
            <ol class="answer-list">
                <For each=ids key=|id| *id let(id)>
                    <ItemRow id />
                </For>
            </ol>
            <OwnWords quadrant />
        </section>
        <section class="ideas" aria-labelledby="ideas-title">
            <h2 id="ideas-title">{move || i18n.t("ideas-title")}</h2>
            {suggestions_for(quadrant)
                .into_iter()
                .map(|(area, chips)| {
                    view! {
                        <div class="idea-group">
                            <h3>
                                <span class="area-icon" aria-hidden="true">{area.icon()}</span>
                                {move || i18n.t(area.message_id())}
                            </h3>
                            <div class="chips">
                                {chips.into_iter().map(|chip| view! { <Chip chip /> }).collect_view()}
                            </div>
                        </div>
                    }
                })
                .collect_view()}
        </section>
        <StepButtons current=Screen::Part(quadrant) />
    }
}

/// A suggestion the client taps to add, and taps again to take back.
#[component]
fn Chip(chip: &'static Suggestion) -> impl IntoView {
    let ctx = AppCtx::get();
    let added = move || ctx.plan.with(|p| p.has_suggestion(chip.quadrant, chip.key));
    let toggle = move |_| {
        ctx.edit(|p| p.toggle_suggestion(chip));
    };
    view! {
        <button class="chip" aria-pressed=move || added().to_string() on:click=toggle data-key=chip.key>
            <span class="chip-mark" aria-hidden="true">{move || if added() { "✓" } else { "+" }}</span>
            {move || ctx.i18n.t(&chip.message_id())}
        </button>
    }
}

/// A box for an answer in the client's own words.
#[component]
fn OwnWords(quadrant: Quadrant) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let draft = RwSignal::new(String::new());
    let input_id = format!("own-words-{}", Screen::Part(quadrant).slug());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked().trim().to_owned();
        if !text.is_empty() {
            ctx.edit(|p| p.add_item(quadrant, ItemContent::Text(text), None));
            draft.set(String::new());
        }
    };
    view! {
        <form class="own-words" on:submit=add>
            <label for=input_id.clone()>{move || i18n.t("own-words-label")}</label>
            <div class="input-row">
                <input
                    id=input_id
                    type="text"
                    autocomplete="off"
                    dir="auto"
                    maxlength="2000"
                    prop:value=draft
                    on:input:target=move |ev| draft.set(ev.target().value())
                />
                <button type="submit" class="primary">{move || i18n.t("add")}</button>
            </div>
        </form>
    }
}

/// Where the client is in the journey; each step can be opened directly, so
/// any step can be skipped.
#[component]
pub fn Progress(current: Screen) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    view! {
        <nav class="progress" aria-label=move || i18n.t("nav-steps")>
            <ol>
                {Quadrant::ALL
                    .into_iter()
                    .map(|quadrant| {
                        let screen = Screen::Part(quadrant);
                        let filled = move || ctx.plan.with(|p| !p.swot.items(quadrant).is_empty());
                        view! {
                            <li>
                                <button
                                    class="progress-step"
                                    class:filled=filled
                                    aria-current=(screen == current).then_some("step")
                                    on:click=move |_| nav::go(ctx.screen, screen)
                                >
                                    <span class="tick" aria-hidden="true">{move || if filled() { "✓" } else { "" }}</span>
                                    {move || i18n.t(part_text(quadrant).name)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Back and Next, at the bottom of every step.
#[component]
pub fn StepButtons(current: Screen) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let previous = current.previous();
    let next = current.next();
    view! {
        <nav class="step-buttons">
            {previous.map(|screen| view! {
                <button class="secondary" id="back" on:click=move |_| nav::go(ctx.screen, screen)>
                    <span class="arrow" aria-hidden="true">"←"</span>
                    {move || i18n.t("nav-back")}
                </button>
            })}
            {next.map(|screen| view! {
                <button class="primary" id="next" on:click=move |_| nav::go(ctx.screen, screen)>
                    {move || i18n.t("nav-next")}
                    <span class="arrow" aria-hidden="true">"→"</span>
                </button>
            })}
        </nav>
    }
}
