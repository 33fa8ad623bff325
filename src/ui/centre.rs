//! Around here, on the "What could help" step: the services of this centre
//! that staff loaded on the device ("Here at this centre"), and what the
//! client would need and cannot find, for the agency to count.

use leptos::prelude::*;

use super::speaker::Speaker;
use super::AppCtx;
use crate::model::Service;
use crate::store;

/// The centre's services as chips: tapped, one joins what could help.
/// Nothing shows on a device without a directory.
#[component]
pub fn CentreChips() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // Read when the step shows: staff may have loaded it since.
    let services: Vec<Service> = store::saved_directory()
        .map(|d| d.services.into_iter().map(|l| l.service).collect())
        .unwrap_or_default();
    (!services.is_empty()).then(|| {
        view! {
            <section class="ideas centre" aria-labelledby="centre-title">
                <h2 id="centre-title">
                    <span class="area-icon" aria-hidden="true">"📍"</span>
                    {i18n.tr("centre-title")}
                </h2>
                <p class="hint">{i18n.tr("centre-hint")}</p>
                <div class="chips">
                    {services.into_iter().map(|service| view! { <CentreChip service /> }).collect_view()}
                </div>
            </section>
        }
    })
}

#[component]
fn CentreChip(service: Service) -> impl IntoView {
    let ctx = AppCtx::get();
    let service = StoredValue::new(service);
    let added = move || service.with_value(|s| ctx.plan.with(|p| p.has_centre_service(s)));
    let toggle = move |_| {
        service.with_value(|s| ctx.edit(|p| p.toggle_centre_service(s)));
    };
    let (name, lang, icon) =
        service.with_value(|s| (s.name.clone(), s.lang.clone(), s.area.map(|a| a.icon())));
    view! {
        <span class="chip-row">
            <button class="chip" aria-pressed=move || added().to_string() on:click=toggle>
                <span class="chip-mark" aria-hidden="true">{move || if added() { "✓" } else { "+" }}</span>
                {icon.map(|icon| view! { <span aria-hidden="true">{icon}" "</span> })}
                <bdi lang=lang>{name.clone()}</bdi>
            </button>
            <Speaker text=Signal::stored(name) />
        </span>
    }
}

/// "What would help you that you can't find here?": optional, in the
/// client's words, each one its own line for the case manager.
#[component]
pub fn GapsQuestion() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let text = RwSignal::new(String::new());
    let add = move || {
        if ctx.edit(|p| p.add_gap(&text.get_untracked())) {
            text.set(String::new());
        }
    };
    let gaps = move || ctx.plan.with(|p| p.gaps.clone());
    view! {
        <section class="gaps" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{i18n.tr("gaps-title")}</h2>
            <p class="hint">{i18n.tr("gaps-hint")}</p>
            <ul class="gap-list">
                {move || gaps().into_iter().enumerate().map(|(at, gap)| view! {
                    <li class="gap">
                        <bdi>{gap.clone()}</bdi>
                        <button class="secondary" id=format!("gap-remove-{at}") aria-label=format!("{}: {gap}", i18n.t("gaps-remove"))
                            on:click=move |_| {
                                ctx.edit(|p| p.remove_gap(at));
                                // Its button is gone: the focus goes back to the question.
                                super::browser::focus_later("gap-words");
                            }>
                            <span aria-hidden="true">"✕"</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <form class="own-words" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                add();
            }>
                <label for="gap-words">{i18n.tr("gaps-label")}</label>
                <div class="input-row">
                    <input id="gap-words" type="text" autocomplete="off"
                        prop:value=text on:input:target=move |ev| text.set(ev.target().value()) />
                    <button type="submit" class="secondary" id="gap-add">{i18n.tr("gaps-add")}</button>
                </div>
            </form>
        </section>
    }
}
