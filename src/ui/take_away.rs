use leptos::prelude::*;

use super::context::today;
use super::plan_summary::PlanSummary;
use super::I18n;
use crate::model::Plan;
use crate::share::{short_link, ShareOutcome};

/// The page a client takes away, printed from the Share step: "My plan",
/// the date, their alias, the QR code that brings the plan back (at least
/// 5 cm wide) with what it is for, the link's short form, then, if they
/// chose, their goals and steps first and their answers after. Only the
/// print shows it.
#[component]
pub fn TakeAway(
    plan: Plan,
    outcome: ShareOutcome,
    /// Whether the client's words go on the paper.
    with_words: Signal<bool>,
) -> impl IntoView {
    let i18n = I18n::get();
    let alias = plan.alias.clone().filter(|a| !a.trim().is_empty());
    let plan = Signal::stored(plan);
    view! {
        <section class="take-away print-only">
            <header class="sheet-head">
                <div class="sheet-who">
                    <p class="sheet-title">{i18n.tr("print-title")}</p>
                    <p>{move || i18n.format("print-date", &[("date", i18n.date(today()).into())])}</p>
                    {alias.map(|alias| view! {
                        <p>{move || i18n.format("print-alias", &[("alias", alias.as_str().into())])}</p>
                    })}
                </div>
                {outcome.qr_svg.map(|svg| view! {
                    <figure class="sheet-qr">
                        <div class="sheet-qr-code" inner_html=svg></div>
                        <figcaption>
                            <p>{i18n.tr("print-scan")}</p>
                            <p class="sheet-link" dir="ltr">{short_link(&outcome.link)}</p>
                        </figcaption>
                    </figure>
                })}
            </header>
            <Show when=move || with_words.get()>
                <PlanSummary plan goals_first=true />
            </Show>
        </section>
    }
}
