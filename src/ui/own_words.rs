use leptos::prelude::*;

use super::{AppCtx, Screen};
use crate::model::{Quadrant, MAX_TEXT_CHARS};

/// A box for an answer in the client's own words.
#[component]
pub fn OwnWords(
    /// The part the answer is added to.
    quadrant: Quadrant,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let draft = RwSignal::new(String::new());
    let input_id = format!("own-words-{}", Screen::Part(quadrant).slug());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if ctx.edit(|p| p.add_own_words(quadrant, &text)).is_some() {
            draft.set(String::new());
        }
    };
    view! {
        <form class="own-words" on:submit=add>
            <label for=input_id.clone()>{ctx.i18n.tr("own-words-label")}</label>
            <div class="input-row">
                <input
                    id=input_id
                    type="text"
                    autocomplete="off"
                    dir="auto"
                    maxlength=MAX_TEXT_CHARS
                    prop:value=draft
                    on:input:target=move |ev| draft.set(ev.target().value())
                />
                <button type="submit" class="primary">{ctx.i18n.tr("add")}</button>
            </div>
        </form>
    }
}
