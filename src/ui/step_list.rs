use leptos::prelude::*;

use super::move_buttons::MoveButtons;
use super::AppCtx;
use crate::model::{parse_day, ItemId, Step, MAX_TEXT_CHARS};

/// The small steps towards a goal: each with words, an optional date and a
/// done mark, in the order the client wants to take them.
#[component]
pub fn StepList(
    /// The goal the steps belong to.
    goal: ItemId,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let ids = Memo::new(move |_| {
        ctx.plan
            .with(|p| {
                p.goal(goal)
                    .map(|g| g.steps.iter().map(|s| s.id).collect::<Vec<_>>())
            })
            .unwrap_or_default()
    });
    let add = move |_| {
        if let Some(step) = ctx.edit(|p| p.add_step(goal, "", None)) {
            request_animation_frame(move || {
                if let Some(input) = document().get_element_by_id(&format!("step-{step}-text")) {
                    let _ =
                        wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(input).focus();
                }
            });
        }
    };
    view! {
        <fieldset class="steps">
            <legend>{i18n.tr("goal-steps-label")}</legend>
            <ol class="step-list">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <StepRow goal id />
                </For>
            </ol>
            <button class="secondary add-step" on:click=add>
                <span aria-hidden="true">"+ "</span>
                {i18n.tr("step-add")}
            </button>
        </fieldset>
    }
}

#[component]
fn StepRow(goal: ItemId, id: ItemId) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Typing in another step leaves this one as it is: each field is a memo
    // of plain values (whose memo code the rest of the app shares).
    let field = move |read: fn(&Step) -> String| {
        Memo::new(move |_| {
            ctx.plan.with(|p| {
                p.goal(goal)
                    .and_then(|g| g.steps.iter().find(|s| s.id == id))
                    .map(read)
                    .unwrap_or_default()
            })
        })
    };
    let text = field(|s| s.text.clone());
    let due = field(|s| s.due.map(|d| d.to_string()).unwrap_or_default());
    let done = Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.goal(goal)
                .and_then(|g| g.steps.iter().find(|s| s.id == id))
                .is_some_and(|s| s.done)
        })
    });
    let number = Memo::new(move |_| {
        ctx.plan
            .with(|p| {
                p.goal(goal)
                    .and_then(|g| g.steps.iter().position(|s| s.id == id))
            })
            .map_or(0, |i| i + 1)
    });
    let label = move |message: &str| i18n.format(message, &[("number", number.get().into())]);
    let text_id = format!("step-{id}-text");
    let due_id = format!("step-{id}-due");
    let done_id = format!("step-{id}-done");
    view! {
        <li class="step" data-id=id>
            <div class="step-main">
                <input type="checkbox" id=done_id.clone() class="done"
                    prop:checked=done
                    on:change:target=move |ev| { let done = ev.target().checked(); ctx.edit(|p| p.update_step(id, |s| s.done = done)); } />
                <label for=done_id class="visually-hidden">{move || label("step-done-label")}</label>
                <label for=text_id.clone() class="visually-hidden">{move || label("step-text-label")}</label>
                <input type="text" id=text_id autocomplete="off" dir="auto" maxlength=MAX_TEXT_CHARS
                    prop:value=text
                    on:input:target=move |ev| { let text = ev.target().value(); ctx.edit(|p| p.update_step(id, |s| s.text = text)); } />
            </div>
            <div class="step-more">
                <label for=due_id.clone() class="small-label">{move || label("step-due-label")}</label>
                <input type="date" id=due_id class="date" min="0001-01-01" max="9999-12-31"
                    prop:value=due
                    on:change:target=move |ev| { let due = parse_day(&ev.target().value()); ctx.edit(|p| p.update_step(id, |s| s.due = due)); } />
                <MoveButtons on_move=Callback::new(move |by| { ctx.edit(|p| p.move_step(id, by)); }) />
                <button class="icon-button danger" on:click=move |_| { ctx.edit(|p| p.remove_step(id)); }
                    aria-label=i18n.tr("remove") title=i18n.tr("remove")>"✕"</button>
            </div>
        </li>
    }
}
