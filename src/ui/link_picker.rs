use leptos::prelude::*;

use super::item_row::{answer_shown, answers_of, item_words};
use super::AppCtx;
use crate::model::{ItemId, Quadrant};

/// Ticks linking a goal to the client's answers: what helps (strengths,
/// opportunities) or what the goal is about (what is hard, worries).
#[component]
pub fn LinkPicker(
    /// The goal linked.
    goal: ItemId,
    /// True for what helps, false for what the goal addresses.
    helps: bool,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let legend = if helps {
        "goal-helped-by-label"
    } else {
        "goal-addresses-label"
    };
    // The answers that can be ticked; ticking one leaves the others (and the
    // keyboard's focus) where they are.
    let answers = answers_of(Quadrant::parts(helps));
    view! {
        <fieldset class="links">
            <legend>{i18n.tr(legend)}</legend>
            <Show when=move || answers.with(Vec::is_empty)>
                <p class="empty">{i18n.tr("links-empty")}</p>
            </Show>
            <For each=move || answers.get() key=|id| *id let(item)>
                <LinkTick goal item helps />
            </For>
        </fieldset>
    }
}

#[component]
fn LinkTick(goal: ItemId, item: ItemId, helps: bool) -> impl IntoView {
    let ctx = AppCtx::get();
    let linked = Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.goal(goal).is_some_and(|g| {
                let links = if helps { &g.helped_by } else { &g.addresses };
                links.contains(&item)
            })
        })
    });
    let words = answer_shown(item, item_words);
    let input_id = format!("link-{goal}-{item}");
    view! {
        <div class="check">
            <input type="checkbox" id=input_id.clone() prop:checked=linked
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    ctx.edit(|p| p.set_link(goal, item, on));
                } />
            <label for=input_id><bdi>{words}</bdi></label>
        </div>
    }
}
