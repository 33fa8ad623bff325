use leptos::prelude::*;

use super::I18n;
use crate::model::Plan;

/// "Since you shared on <date>": what the client did since the plan last
/// left the device (steps and goals done, goals put aside, answers added or
/// taken out, check-ins). Nothing when it was never shared.
#[component]
pub fn ChangesSince(
    plan: Signal<Plan>,
    /// The heading's message id (its `$date` is the day of the last share).
    #[prop(default = "since-title")]
    title: &'static str,
) -> impl IntoView {
    let i18n = I18n::get();
    move || {
        plan.with(|p| p.changes_since_shared())
            .map(|(on, changes)| {
                let counts = [
                    ("since-steps", changes.steps_done.len()),
                    ("since-goals-done", changes.goals_done.len()),
                    ("since-goals-put-aside", changes.goals_put_aside.len()),
                    ("since-new", changes.new.len()),
                    ("since-removed", changes.removed),
                    ("since-check-ins", changes.check_ins),
                ];
                let lines: Vec<_> = counts
                    .into_iter()
                    .filter(|(_, count)| *count > 0)
                    .map(|(id, count)| view! { <li data-change=id>{i18n.count(id, count)}</li> })
                    .collect();
                let body = if lines.is_empty() {
                    view! { <p>{i18n.t("since-nothing")}</p> }.into_any()
                } else {
                    view! { <ul>{lines}</ul> }.into_any()
                };
                view! {
                    <section class="changes-since" aria-labelledby="changes-since-title">
                        <h2 id="changes-since-title">
                            {i18n.format(title, &[("date", i18n.date(on).into())])}
                        </h2>
                        {body}
                    </section>
                }
            })
    }
}
