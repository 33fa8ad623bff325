use leptos::prelude::*;

use super::item_row::item_words;
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
    let options = move || {
        ctx.plan.with(|p| {
            let linked = p.goal(goal).map(|g| {
                if helps {
                    g.helped_by.clone()
                } else {
                    g.addresses.clone()
                }
            });
            let linked = linked.unwrap_or_default();
            Quadrant::ALL
                .into_iter()
                .filter(|q| q.helps() == helps)
                .flat_map(|q| p.swot.items(q))
                .map(|item| (item.id, item_words(i18n, item), linked.contains(&item.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="links">
            <legend>{i18n.tr(legend)}</legend>
            <Show when=move || options().is_empty()>
                <p class="empty">{i18n.tr("links-empty")}</p>
            </Show>
            {move || {
                options()
                    .into_iter()
                    .map(|(item, words, linked)| {
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
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}
