use leptos::prelude::*;

use super::link_picker::LinkPicker;
use super::step_list::StepList;
use super::AppCtx;
use crate::model::{parse_day, Area, GoalText, ItemId, MAX_TEXT_CHARS};

/// The details of one goal. Every field is optional; each change is kept at
/// once, so closing the page loses nothing.
#[component]
pub fn GoalEditor(
    /// The goal edited.
    id: ItemId,
) -> impl IntoView {
    view! {
        <div class="goal-editor">
            <GoalTextField id field=GoalText::Title />
            <AreaField id />
            <GoalTextField id field=GoalText::Why />
            <StepList goal=id />
            <TargetField id />
            <LinkPicker goal=id helps=true />
            <LinkPicker goal=id helps=false />
            <GoalTextField id field=GoalText::HelpWanted />
        </div>
    }
}

/// How each of the goal's text fields shows: its label and its input's id.
fn label(field: GoalText) -> &'static str {
    match field {
        GoalText::Title => "goal-title-label",
        GoalText::Why => "goal-why-label",
        GoalText::HelpWanted => "goal-help-wanted-label",
    }
}

fn slug(field: GoalText) -> &'static str {
    match field {
        GoalText::Title => "title",
        GoalText::Why => "why",
        GoalText::HelpWanted => "help",
    }
}

#[component]
fn GoalTextField(id: ItemId, field: GoalText) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let input_id = format!("goal-{id}-{}", slug(field));
    // Typing elsewhere in the plan leaves this field as it is.
    let value = Memo::new(move |_| {
        ctx.plan.with(|p| {
            p.goal(id)
                .map(|g| g.text(field).to_owned())
                .unwrap_or_default()
        })
    });
    let write = move |text: String| {
        ctx.edit(|p| p.update_goal(id, |g| g.set_text(field, text)));
    };
    let input = if field == GoalText::Title {
        view! {
            <input id=input_id.clone() type="text" autocomplete="off" dir="auto" maxlength=MAX_TEXT_CHARS
                prop:value=value on:input:target=move |ev| write(ev.target().value()) />
        }
        .into_any()
    } else {
        view! {
            <textarea id=input_id.clone() rows="2" autocomplete="off" dir="auto" maxlength=MAX_TEXT_CHARS
                prop:value=value on:input:target=move |ev| write(ev.target().value())></textarea>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=input_id>{i18n.tr(label(field))}</label>
            {input}
        </div>
    }
}

#[component]
fn AreaField(id: ItemId) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let input_id = format!("goal-{id}-area");
    let value = Memo::new(move |_| {
        ctx.plan
            .with(|p| p.goal(id).and_then(|g| g.area))
            .map_or("", |a| a.key())
            .to_owned()
    });
    let choose = move |chosen: String| {
        let area = Area::from_key(&chosen);
        ctx.edit(|p| p.update_goal(id, |g| g.area = area));
    };
    view! {
        <div class="field">
            <label for=input_id.clone()>{i18n.tr("goal-area-label")}</label>
            <select id=input_id prop:value=value on:change:target=move |ev| choose(ev.target().value())>
                <option value="">{i18n.tr("area-none")}</option>
                {Area::ALL
                    .into_iter()
                    .map(|area| view! {
                        <option value=area.key()>{area.icon()} " " {i18n.tr(area.message_id())}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn TargetField(id: ItemId) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let input_id = format!("goal-{id}-target");
    let value = Memo::new(move |_| {
        ctx.plan
            .with(|p| p.goal(id).and_then(|g| g.target))
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let choose = move |text: String| {
        let date = parse_day(&text);
        ctx.edit(|p| p.update_goal(id, |g| g.target = date));
    };
    view! {
        <div class="field">
            <label for=input_id.clone()>{i18n.tr("goal-target-label")}</label>
            // Plans keep years 1 to 9999 (src/model/validate.rs); the limits stop
            // the picker taking a fifth year digit.
            <input id=input_id type="date" class="date" min="0001-01-01" max="9999-12-31" prop:value=value
                on:change:target=move |ev| choose(ev.target().value()) />
        </div>
    }
}
