use leptos::prelude::*;

use super::nav::{self, Screen};
use super::AppCtx;
use crate::model::labels::part_text;
use crate::model::Plan;

/// The short name of a step of the journey, as a message id.
pub fn step_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Welcome => "welcome-title",
        Screen::Part(quadrant) => part_text(quadrant).name,
        Screen::Goals => "part-goals",
        Screen::Review => "part-review",
        Screen::Share => "part-share",
        Screen::Settings => "settings-title",
        Screen::Continue => "continue-title",
        Screen::CheckIn => "check-in-title",
        Screen::Answers => "answers-title",
        Screen::Connect => "connect-title-none",
    }
}

/// A picture beside each step's name, for people who read little.
pub fn step_icon(screen: Screen) -> &'static str {
    match screen {
        Screen::Part(quadrant) => part_text(quadrant).icon,
        Screen::Goals => "🎯",
        Screen::Review => "📋",
        Screen::Share => "📤",
        _ => "",
    }
}

/// Whether the client has put anything into a step.
fn has_answers(plan: &Plan, screen: Screen) -> bool {
    match screen {
        Screen::Part(quadrant) => !plan.swot.items(quadrant).is_empty(),
        Screen::Goals => !plan.goals.is_empty(),
        _ => false,
    }
}

/// Where the client is in the journey: each step shows whether it has
/// answers or was skipped, and each can be opened directly.
#[component]
pub fn Progress(
    /// The screen being shown.
    current: Screen,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let steps = Screen::JOURNEY
        .into_iter()
        .filter(|s| *s != Screen::Welcome);
    view! {
        <nav class="progress" aria-label=ctx.i18n.tr("progress-label")>
            <ol>
                {steps
                    .map(|screen| {
                        let filled = move || ctx.plan.with(|p| has_answers(p, screen));
                        // A step left behind with nothing in it was skipped; say so
                        // plainly, it is allowed.
                        let skipped = move || {
                            matches!(screen, Screen::Part(_) | Screen::Goals) && screen.position() < current.position() && !filled()
                        };
                        view! {
                            <li>
                                <button
                                    class="progress-step"
                                    class:filled=filled
                                    class:skipped=skipped
                                    aria-current=(screen == current).then_some("step")
                                    on:click=move |_| nav::go(ctx.screen, screen)
                                >
                                    <span class="tick" aria-hidden="true">{move || if filled() { "✓" } else { "" }}</span>
                                    <span class="step-icon" aria-hidden="true">{step_icon(screen)}</span>
                                    {ctx.i18n.tr(step_name(screen))}
                                    <Show when=skipped>
                                        <span class="skipped-note">{ctx.i18n.tr("progress-skipped")}</span>
                                    </Show>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
