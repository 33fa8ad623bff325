use leptos::prelude::*;

use super::answering::Answering;
use super::browser;
use super::case_overview::CaseOverview;
use super::copy_button::CopyButton;
use super::plan_summary::PlanSummary;
use super::I18n;
use crate::directory::Directory;
use crate::i18n::Lang;
use crate::model::Plan;
use crate::share::export;

/// The imported plan in the case manager's language, with exports. It lives
/// in memory only: nothing is saved on this device.
#[component]
pub fn PlanView(
    /// The plan that was opened.
    plan: Plan,
    /// Its PIN, if it had one: the answer to it has the same.
    pin: Option<String>,
    /// The agency's services directory, for the answer.
    directory: RwSignal<Option<Directory>>,
    /// Closes the plan, back to the empty form.
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let status = RwSignal::new(None::<&'static str>);
    let plan = Signal::stored(plan);
    let written_in = move || {
        plan.with(|p| {
            let language = Lang::from_tag(&p.lang)
                .map_or_else(|| p.lang.clone(), |l| l.native_name().to_owned());
            i18n.format("plan-view-written-in", &[("language", language.into())])
        })
    };
    let save = move |name: &'static str,
                     mime: &'static str,
                     content: fn(&Plan, &crate::i18n::Localizer) -> String| {
        let text = plan.with_untracked(|p| i18n.with(|l| content(p, l)));
        if browser::download(name, mime, &text).is_err() {
            status.set(Some("share-failed"));
        }
    };
    view! {
        <h1 tabindex="-1">{i18n.tr("plan-view-title")}</h1>
        <p class="written-in">{written_in}</p>
        <p class="hint no-print">{i18n.tr("plan-view-not-saved")}</p>
        <CaseOverview plan />
        <section class="exports no-print" aria-labelledby="export-title">
            <h2 id="export-title">{i18n.tr("export-title")}</h2>
            <div class="share-actions">
                <button class="secondary" id="export-fhir" on:click=move |_| save("waymark-plan.fhir.json", "application/fhir+json",
                    |p, l| serde_json::to_string_pretty(&export::fhir(p, l)).unwrap_or_default())>
                    {i18n.tr("export-fhir")}
                </button>
                <button class="secondary" id="export-csv" on:click=move |_| save("waymark-plan.csv", "text/csv", export::csv)>
                    {i18n.tr("export-csv")}
                </button>
                <button class="secondary" id="export-json" on:click=move |_| save("waymark-plan.json", "application/json", |p, _| export::json(p))>
                    {i18n.tr("export-json")}
                </button>
                <button class="secondary" id="export-print" on:click=move |_| browser::print()>
                    {i18n.tr("share-print")}
                </button>
                <CopyButton id="export-text" label="share-copy-text" status
                    text=Callback::new(move |()| Some(plan.with_untracked(|p| i18n.with(|l| export::text(p, l))))) />
            </div>
            <div role="status" aria-live="polite">
                {move || status.get().map(|id| view! { <p class="ok">{i18n.t(id)}</p> })}
            </div>
        </section>
        <PlanSummary plan marks_changes=true />
        <Answering plan pin directory />
        <button class="secondary no-print" id="close-plan" on:click=move |_| on_close.run(())>{i18n.tr("plan-view-close")}</button>
    }
}
