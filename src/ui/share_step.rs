use std::collections::HashSet;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::changes_since::ChangesSince;
use super::connect::{sealing_agency, SealChoice};
use super::context::today;
use super::copy_button::CopyButton;
use super::item_row::item_words;
use super::progress::Progress;
use super::share_worker::ShareWorker;
use super::step_buttons::StepButtons;
use super::take_away::TakeAway;
use super::{AppCtx, Screen};
use crate::model::labels::{self, part_name};
use crate::model::{ItemId, Plan, Quadrant};
use crate::share::words::goal_title;
use crate::share::{
    chosen_pin, deflate_stored, export, file_contents, plan_bytes, ShareOutcome, ShareRequest,
};

/// A code made from the client's chosen parts, and those parts.
#[derive(Clone)]
struct Made {
    outcome: ShareOutcome,
    plan: Plan,
}

/// Sharing: the client picks what to include, may add a PIN, and gets a QR
/// code, a link, a code, a file, a print-out or text, as they choose.
#[component]
pub fn ShareStep() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let left_out = RwSignal::new(HashSet::<ItemId>::new());
    let protect = RwSignal::new(false);
    // Sealed to the agency when the device has one, unless the client says no.
    let agency = sealing_agency(ctx);
    let seal = RwSignal::new(true);
    let seal_to = move || agency.get().filter(|_| seal.get());
    let pin = RwSignal::new(String::new());
    let made = RwSignal::new(None::<Made>);
    let working = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let status = RwSignal::new(None::<&'static str>);
    // A protected plan's words go on the paper only if the client says so.
    let print_words = RwSignal::new(false);
    // Set while the share itself is noted in the plan: that change does not
    // make the new code stale.
    let noting_share = StoredValue::new(false);
    // Started now, so that its files arrive while the client chooses.
    let worker = StoredValue::new_local(ShareWorker::start().map(Rc::new));

    // Any change after a code was made makes it stale: take it away rather
    // than share something other than what the client sees.
    Effect::new(move |first_run: Option<()>| {
        ctx.plan.track();
        left_out.track();
        protect.track();
        pin.track();
        seal.track();
        if noting_share.get_value() {
            noting_share.set_value(false);
        } else if first_run.is_some() {
            made.set(None);
        }
    });

    let make = move |_| {
        problem.set(None);
        status.set(None);
        let seal_to = seal_to();
        let protect = protect.get_untracked() && seal_to.is_none();
        let Ok(pin) = chosen_pin(protect, pin.get_untracked()) else {
            problem.set(Some("share-pin-short"));
            return;
        };
        working.set(true);
        spawn_local(async move {
            let plan = ctx
                .plan
                .with_untracked(|p| p.only(|id| !left_out.with_untracked(|l| l.contains(&id))));
            let outcome = match (plan_bytes(&plan), browser::random_bytes()) {
                (Ok(bytes), Some(salt)) => {
                    // The browser's deflate; without one, the bytes as they
                    // are: a longer code that opens the same.
                    let deflated = match browser::deflate_raw(&bytes).await {
                        Some(deflated) => deflated,
                        None => deflate_stored(&bytes),
                    };
                    let request = ShareRequest {
                        deflated,
                        pin,
                        salt,
                        app_url: browser::app_url(),
                        seal_to,
                    };
                    match worker.try_get_value().flatten() {
                        Some(worker) => worker.make(&request).await.ok(),
                        None => None,
                    }
                }
                _ => None,
            };
            // The step may have been left while the code was being made.
            match outcome {
                Some(outcome) => {
                    let shown = made.try_set(Some(Made { outcome, plan })).is_none();
                    if shown {
                        // The plan remembers this share, so that the next
                        // one (the client's and the case manager's) tells
                        // what changed since.
                        noting_share.set_value(true);
                        ctx.edit(|p| p.mark_shared(today()));
                    }
                }
                None => _ = problem.try_set(Some("share-failed")),
            }
            _ = working.try_set(false);
        });
    };

    let with_made = move |f: fn(&Made) -> String| made.with_untracked(|m| m.as_ref().map(f));

    view! {
        <Progress current=Screen::Share />
        <h1 tabindex="-1">{i18n.tr("share-title")}</h1>
        <p class="hint">{i18n.tr("share-hint")}</p>
        <div class="no-print"><ChangesSince plan=ctx.plan.into() /></div>
        <section class="share-choose no-print" aria-labelledby="choose-title">
            <h2 id="choose-title">{i18n.tr("share-choose")}</h2>
            <p class="hint">{i18n.tr("share-choose-hint")}</p>
            <IncludeList left_out />
        </section>
        <SealChoice agency seal />
        <Show when=move || seal_to().is_none()>
        <section class="share-pin no-print">
            <div class="check">
                <input type="checkbox" id="share-protect" prop:checked=protect
                    on:change:target=move |ev| protect.set(ev.target().checked()) />
                <label for="share-protect">{i18n.tr("share-pin-toggle")}</label>
            </div>
            <Show when=move || protect.get()>
                <div class="field">
                    <label for="share-pin">{i18n.tr("share-pin-label")}</label>
                    <input id="share-pin" type="text" autocomplete="off" class="pin"
                        prop:value=pin on:input:target=move |ev| pin.set(ev.target().value()) />
                    <p class="hint">{i18n.tr("share-pin-hint")}</p>
                </div>
            </Show>
        </section>
        </Show>
        <div class="no-print">
            <button class="primary big" id="make-code" on:click=make disabled=move || working.get()>
                {move || if working.get() { i18n.t("share-making") } else { i18n.t("share-make") }}
            </button>
        </div>
        <div class="share-messages" role="status" aria-live="polite">
            {move || problem.get().map(|id| view! { <p class="problem">{i18n.t(id)}</p> })}
            {move || status.get().map(|id| view! { <p class="ok">{i18n.t(id)}</p> })}
        </div>
        <Show when=move || made.with(Option::is_some)>
            <section class="share-result" aria-labelledby="result-title">
                <h2 id="result-title" class="no-print">{i18n.tr("share-qr-title")}</h2>
                {move || {
                    made.with(|m| m.as_ref().map(|m| match &m.outcome.qr_svg {
                        Some(svg) => view! {
                            <div class="qr" role="img" aria-label=i18n.t("share-qr-alt") inner_html=svg.clone()></div>
                            <p class="hint no-print">{i18n.t("share-qr-hint")}</p>
                        }.into_any(),
                        None => view! { <p class="problem">{i18n.t("share-qr-too-long")}</p> }.into_any(),
                    }))
                }}
                <div class="share-actions no-print">
                    <CopyButton id="copy-link" icon="🔗" label="share-copy-link" status
                        text=Callback::new(move |()| with_made(|m| m.outcome.link.clone())) />
                    <CopyButton id="copy-code" icon="🔢" label="share-copy-code" status
                        text=Callback::new(move |()| with_made(|m| m.outcome.code.clone())) />
                    <button class="secondary" id="download-file" on:click=move |_| {
                        if let Some(content) = with_made(|m| file_contents(&m.plan, m.outcome.protected.then_some(m.outcome.code.as_str()))) {
                            if browser::download("waymark-plan.json", "application/json", &content).is_err() {
                                problem.set(Some("share-failed"));
                            }
                        }
                    }>
                        <span aria-hidden="true">"💾 "</span>{i18n.tr("share-download")}
                    </button>
                    <button class="secondary" id="print" on:click=move |_| browser::print()>
                        <span aria-hidden="true">"🖨️ "</span>{i18n.tr("share-print")}
                    </button>
                    <Show when=move || made.with(|m| m.as_ref().is_some_and(|m| !m.outcome.protected))>
                        <CopyButton id="copy-text" icon="📋" label="share-copy-text" status
                            text=Callback::new(move |()| made.with_untracked(|m| m.as_ref().map(|m| i18n.with(|l| export::text(&m.plan, l))))) />
                    </Show>
                </div>
                <div class="field no-print">
                    <label for="share-link">{i18n.tr("share-link-label")}</label>
                    <textarea id="share-link" readonly rows="3" dir="ltr"
                        prop:value=move || made.with(|m| m.as_ref().map(|m| m.outcome.link.clone()).unwrap_or_default())></textarea>
                </div>
                <Show when=move || made.with(|m| m.as_ref().is_some_and(|m| m.outcome.protected))>
                    <div class="check no-print">
                        <input type="checkbox" id="print-words" prop:checked=print_words
                            on:change:target=move |ev| print_words.set(ev.target().checked()) />
                        <label for="print-words">{i18n.tr("print-words-toggle")}</label>
                    </div>
                    <p class="hint no-print">{i18n.tr("print-words-warning")}</p>
                </Show>
            </section>
        </Show>
        {move || made.get().map(|m| {
            let with_words = Signal::derive(move || !m.outcome.protected || print_words.get());
            view! { <TakeAway plan=m.plan outcome=m.outcome with_words /> }
        })}
        <StepButtons current=Screen::Share />
    }
}

/// Ticks for every answer and goal; unticked ones stay on the device.
#[component]
fn IncludeList(left_out: RwSignal<HashSet<ItemId>>) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let toggle = move |id: ItemId, included: bool| {
        left_out.update(|l| {
            if included {
                l.remove(&id);
            } else {
                l.insert(id);
            }
        });
    };
    let check = move |id: ItemId, words: String| {
        let input_id = format!("include-{id}");
        view! {
            <div class="check">
                <input type="checkbox" id=input_id.clone()
                    prop:checked=move || !left_out.with(|l| l.contains(&id))
                    on:change:target=move |ev| toggle(id, ev.target().checked()) />
                <label for=input_id><bdi>{words}</bdi></label>
            </div>
        }
    };
    let groups = move || {
        ctx.plan.with(|p| {
            let mut groups: Vec<(&'static str, Vec<(ItemId, String)>)> = Quadrant::ALL
                .iter()
                .map(|q| {
                    let items = p.swot.items(*q).iter();
                    let words = items.map(|i| (i.id, item_words(i18n, i)));
                    (part_name(*q), words.collect())
                })
                .collect();
            let goals = p
                .goals
                .iter()
                .map(|g| (g.id, i18n.with(|l| goal_title(l, g))));
            groups.push((labels::GOALS, goals.collect()));
            groups.retain(|(_, items)| !items.is_empty());
            groups
        })
    };
    view! {
        <Show when=move || !groups().is_empty() fallback=move || view! { <p class="empty">{i18n.t("share-nothing")}</p> }>
            {move || {
                groups()
                    .into_iter()
                    .map(|(name, items)| view! {
                        <fieldset class="include-group">
                            <legend>{i18n.t(name)}</legend>
                            {items.into_iter().map(|(id, words)| check(id, words)).collect_view()}
                        </fieldset>
                    })
                    .collect_view()
            }}
        </Show>
    }
}
