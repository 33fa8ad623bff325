use leptos::prelude::*;

use super::nav::{self, Screen};
use super::AppCtx;

/// Back and Next, at the bottom of every step.
#[component]
pub fn StepButtons(
    /// The screen these buttons sit on.
    current: Screen,
) -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <nav class="step-buttons" aria-label=ctx.i18n.tr("nav-steps")>
            {current.previous().map(|screen| view! {
                <button class="secondary" id="back" on:click=move |_| nav::go(ctx.screen, screen)>
                    <span class="arrow" aria-hidden="true">"←"</span>
                    {ctx.i18n.tr("nav-back")}
                </button>
            })}
            {current.next().map(|screen| view! {
                <button class="primary" id="next" on:click=move |_| nav::go(ctx.screen, screen)>
                    {ctx.i18n.tr("nav-next")}
                    <span class="arrow" aria-hidden="true">"→"</span>
                </button>
            })}
        </nav>
    }
}
