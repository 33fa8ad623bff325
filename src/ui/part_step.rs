use leptos::prelude::*;

use super::centre::{CentreChips, GapsQuestion};
use super::chip::Chip;
use super::item_row::ItemRow;
use super::own_words::OwnWords;
use super::progress::Progress;
use super::question::Question;
use super::step_buttons::StepButtons;
use super::{AppCtx, Screen};
use crate::model::labels::part_text;
use crate::model::{suggestions_for, Quadrant};

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
    let ids = Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.swot
                .items(quadrant)
                .iter()
                .map(|i| i.id)
                .collect::<Vec<_>>()
        })
    });
    let count = move || ctx.plan.with(|p| p.swot.items(quadrant).len());
    view! {
        <Progress current=Screen::Part(quadrant) />
        <Question icon=text.icon question=text.question hint=text.hint example=text.example />
        <section class="answers" aria-labelledby="answers-title">
            <h2 id="answers-title">
                {i18n.tr("your-answers")}
                " "
                <span class="count">{move || i18n.count(text.count, count())}</span>
            </h2>
            <Show when=move || count() == 0>
                <p class="empty">{i18n.tr("nothing-yet")}</p>
            </Show>
            <ol class="answer-list">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <ItemRow id />
                </For>
            </ol>
            <OwnWords quadrant />
        </section>
        {(quadrant == Quadrant::Opportunities).then(|| view! { <CentreChips /> })}
        <section class="ideas" aria-labelledby="ideas-title">
            <h2 id="ideas-title">{i18n.tr("ideas-title")}</h2>
            {suggestions_for(quadrant)
                .into_iter()
                .map(|(area, chips)| {
                    view! {
                        <div class="idea-group">
                            <h3>
                                <span class="area-icon" aria-hidden="true">{area.icon()}</span>
                                {i18n.tr(area.message_id())}
                            </h3>
                            <div class="chips">
                                {chips.into_iter().map(|chip| view! { <Chip chip /> }).collect_view()}
                            </div>
                        </div>
                    }
                })
                .collect_view()}
        </section>
        {(quadrant == Quadrant::Opportunities).then(|| view! { <GapsQuestion /> })}
        <StepButtons current=Screen::Part(quadrant) />
    }
}
