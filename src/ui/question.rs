use leptos::prelude::*;

use super::speaker::Speaker;
use super::AppCtx;

/// A step's heading — its picture and plain question — with the hint and an
/// example beneath, each question and hint with a speaker button.
#[component]
pub fn Question(
    /// A picture for the step, for people who read little.
    icon: &'static str,
    /// Message ids of the question, the hint and the example.
    question: &'static str,
    hint: &'static str,
    example: &'static str,
) -> impl IntoView {
    let i18n = AppCtx::get().i18n;
    view! {
        <div class="question">
            <h1 tabindex="-1">
                <span class="step-icon" aria-hidden="true">{icon}</span>
                {i18n.tr(question)}
            </h1>
            <Speaker text=Signal::derive(i18n.tr(question)) />
        </div>
        <div class="question">
            <p class="hint">{i18n.tr(hint)}</p>
            <Speaker text=Signal::derive(i18n.tr(hint)) />
        </div>
        <p class="example">{i18n.tr(example)}</p>
    }
}
