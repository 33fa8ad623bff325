use leptos::prelude::*;

use super::move_buttons::MoveButtons;
use super::{AppCtx, I18n};
use crate::model::{Item, ItemContent, ItemId, Quadrant};
use crate::share::words;

/// What an item says in the reader's language: a chip is translated, the
/// client's own words are shown as written. Subscribes to language changes.
pub fn item_words(i18n: I18n, item: &Item) -> String {
    i18n.with(|l| words::item_words(l, item))
}

/// Something shown of one answer, as a memo: edits to other answers, goals
/// or steps leave it, and the view that shows it, as they are.
pub fn answer_shown(id: ItemId, show: fn(I18n, &Item) -> String) -> Memo<String> {
    let ctx = AppCtx::get();
    Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.find_item(id)
                .map(|(_, item)| show(ctx.i18n, item))
                .unwrap_or_default()
        })
    })
}

/// The answers of these parts, in order, as a memo (see [`answer_shown`]).
pub fn answers_of(parts: [Quadrant; 2]) -> Memo<Vec<ItemId>> {
    let ctx = AppCtx::get();
    Memo::new(move |_| {
        ctx.plan.with(|p| {
            parts
                .iter()
                .flat_map(|q| p.swot.items(*q).iter().map(|item| item.id))
                .collect()
        })
    })
}

/// One answer in the list, with buttons to move, change or remove it.
#[component]
pub fn ItemRow(
    /// The item shown; the row reads it from the plan so it follows edits.
    id: ItemId,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let item = move || {
        ctx.plan
            .with(|p| p.find_item(id).map(|(_, item)| item.clone()))
    };
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let start_edit = move |_| {
        if let Some(item) = item() {
            draft.set(item_words(i18n, &item));
            editing.set(true);
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        ctx.edit(|p| p.rewrite_item(id, &text));
        editing.set(false);
    };
    let words = move || {
        item().map(|item| {
            let own = matches!(item.content, ItemContent::Text(_));
            let icon = item.area.map(|a| a.icon());
            view! {
                <span class="area-icon" aria-hidden="true">{icon}</span>
                <bdi class="answer-text" class:own=own>{item_words(i18n, &item)}</bdi>
            }
        })
    };
    view! {
        <li class="answer" data-id=id>
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <div class="answer-words">{words}</div>
                        <div class="row-actions">
                            <MoveButtons on_move=Callback::new(move |by| { ctx.edit(|p| p.move_item(id, by)); }) />
                            <button class="secondary" on:click=start_edit>
                                <span aria-hidden="true">"✎ "</span>{i18n.tr("edit")}
                            </button>
                            <button class="secondary danger" on:click=move |_| { ctx.edit(|p| p.remove_item(id)); }>
                                <span aria-hidden="true">"✕ "</span>{i18n.tr("remove")}
                            </button>
                        </div>
                    }
                }
            >
                <form class="edit-answer" on:submit=save>
                    <label class="visually-hidden" for=format!("edit-{id}")>{i18n.tr("edit-answer-label")}</label>
                    <input id=format!("edit-{id}") type="text" autocomplete="off" dir="auto" maxlength="2000"
                        prop:value=draft on:input:target=move |ev| draft.set(ev.target().value()) />
                    <button type="submit" class="primary">{i18n.tr("save")}</button>
                    <button type="button" class="secondary" on:click=move |_| editing.set(false)>{i18n.tr("cancel")}</button>
                </form>
            </Show>
        </li>
    }
}
