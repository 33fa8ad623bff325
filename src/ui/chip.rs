use leptos::prelude::*;

use super::speaker::Speaker;
use super::AppCtx;
use crate::model::Suggestion;

/// A suggestion the client taps to add, and taps again to take back.
#[component]
pub fn Chip(
    /// The catalogue entry this chip adds.
    chip: &'static Suggestion,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let added = move || ctx.plan.with(|p| p.has_suggestion(chip.quadrant, chip.key));
    let toggle = move |_| {
        ctx.edit(|p| p.toggle_suggestion(chip));
    };
    let words = move || ctx.i18n.t(&chip.message_id());
    view! {
        <span class="chip-row">
            <button class="chip" aria-pressed=move || added().to_string() on:click=toggle data-key=chip.key>
                <span class="chip-mark" aria-hidden="true">{move || if added() { "✓" } else { "+" }}</span>
                {words}
            </button>
            <Speaker text=Signal::derive(words) />
        </span>
    }
}
