//! The agency a client's plans are sealed to: the Connect screen of a
//! poster's link (`#agency/<code>`), what Settings shows of it, and the
//! choice on the Share step. In the screens module: the key's reader is not
//! in the first visit.

use leptos::prelude::*;

use super::nav::{go, Screen};
use super::AppCtx;
use crate::share::{AgencyKey, Fingerprint};
use crate::store::{self, SavedAgency};

/// The key of the agency this device seals to, read; `None` when there is
/// none, or the kept one no longer reads (then nothing is sealed to it).
pub fn sealing_agency(ctx: AppCtx) -> Signal<Option<AgencyKey>> {
    Signal::derive(move || {
        ctx.agency
            .with(|a| a.as_ref().and_then(|a| AgencyKey::from_code(&a.code).ok()))
    })
}

/// Whether the device keeps an agency's key that does not read (a cut
/// setup link, or a key from a newer version): then nothing is sealed,
/// and the client and staff must be told.
fn key_unreadable(ctx: AppCtx) -> bool {
    ctx.agency.with(|a| {
        a.as_ref()
            .is_some_and(|a| AgencyKey::from_code(&a.code).is_err())
    })
}

/// "This device should seal plans for an agency, but its key is damaged".
#[component]
fn KeyUnreadable() -> impl IntoView {
    let i18n = AppCtx::get().i18n;
    view! { <p class="problem" id="agency-unreadable">{i18n.tr("agency-unreadable")}</p> }
}

/// The fingerprint words, each its own word for a screen reader, in Latin
/// letters whatever the page's language.
#[component]
pub fn FingerprintWords(fingerprint: Fingerprint) -> impl IntoView {
    view! {
        <p class="fingerprint" lang="en" dir="ltr" translate="no">
            {fingerprint.words.map(|w| view! { <span>{w}</span>" " })}
            <span class="fingerprint-digits">{format!("{:04}", fingerprint.digits)}</span>
        </p>
    }
}

/// "Seal your plans for <agency>?": the key of a poster's link, with its
/// check words, on a screen of its own.
#[component]
pub fn Connect() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let offered = offered_key(ctx);
    let title = move || match offered.get() {
        Some(Ok(key)) => i18n.format("connect-title", &[("agency", key.name().into())]),
        _ => i18n.t("connect-title-none"),
    };
    let nothing_offered = offered.with_untracked(Option::is_none);
    let back = Callback::new(move |()| go(ctx.screen, Screen::Welcome));
    let accepted = RwSignal::new(None);
    view! {
        <h1 tabindex="-1">{title}</h1>
        {nothing_offered.then(|| view! { <p>{i18n.tr("connect-none")}</p> })}
        <ConnectDone accepted />
        <ConnectOffer accepted after_no=back />
        <p class="leave">
            <button class="secondary" id="connect-back" on:click=move |_| go(ctx.screen, Screen::Welcome)>
                {i18n.tr("connect-back")}
            </button>
        </p>
    }
}

/// The key that came with the address or an answer, read.
fn offered_key(ctx: AppCtx) -> Memo<Option<Result<AgencyKey, ()>>> {
    Memo::new(move |_| {
        ctx.incoming_agency.with(|code| {
            code.as_deref()
                .map(|c| AgencyKey::from_code(c).map_err(|_| ()))
        })
    })
}

/// The offered key's name and check words, and the client's yes or no. On
/// a kiosk the staff's setup decides, so nothing is offered there.
#[component]
pub fn ConnectOffer(
    /// The agency's name once the client said yes.
    accepted: RwSignal<Option<String>>,
    /// Where "No, thank you" leads, besides dropping the offer.
    #[prop(optional)]
    after_no: Option<Callback<()>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let offered = offered_key(ctx);
    let accept = move |key: &AgencyKey| {
        let agency = SavedAgency {
            code: key.code(),
            from_staff: false,
        };
        if store::keep_agency(&agency).is_ok() {
            ctx.agency.set(Some(agency));
            accepted.set(Some(key.name().to_owned()));
            ctx.incoming_agency.set(None);
        }
    };
    move || match offered.get() {
        None => ().into_any(),
        Some(Err(())) => view! { <p class="problem">{i18n.tr("connect-damaged")}</p> }.into_any(),
        Some(Ok(_)) if ctx.kiosk() => view! { <p>{i18n.tr("connect-kiosk")}</p> }.into_any(),
        Some(Ok(key)) => {
            let agency = key.name().to_owned();
            let hint = move || i18n.format("connect-hint", &[("agency", agency.as_str().into())]);
            let chosen = key.clone();
            // The key it would take the place of, when it is another one.
            let replaces = sealing_agency(ctx)
                .get_untracked()
                .filter(|kept| kept.id() != key.id())
                .map(|kept| i18n.format("connect-replaces", &[("agency", kept.name().into())]));
            view! {
                <p>{hint}</p>
                {replaces.map(|text| view! { <p id="connect-replaces">{text}</p> })}
                <p>{i18n.tr("connect-check")}</p>
                <FingerprintWords fingerprint=key.fingerprint() />
                <div class="choice-buttons">
                    <button class="primary big" id="connect-yes" on:click=move |_| accept(&chosen)>
                        {i18n.tr("connect-yes")}
                    </button>
                    <button class="secondary" id="connect-no" on:click=move |_| {
                        ctx.incoming_agency.set(None);
                        if let Some(after) = after_no {
                            after.run(());
                        }
                    }>
                        {i18n.tr("connect-no")}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// "Done. When you share your plan, it is sealed for <agency>.", once the
/// client said yes: outside the offer, which goes when it is answered.
#[component]
pub fn ConnectDone(accepted: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = AppCtx::get().i18n;
    let done = move || {
        accepted.get().map(|agency| {
            let words = i18n.format("connect-done", &[("agency", agency.into())]);
            view! { <p class="ok" id="connect-done">{words}</p> }
        })
    };
    view! { <div role="status" aria-live="polite">{done}</div> }
}

/// Settings: which agency this device seals to, its words, and (on the
/// client's own phone) a way to stop.
#[component]
pub fn AgencySettings() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    let agency = sealing_agency(ctx);
    // Only a kiosk keeps the staff's choice from its clients: a device
    // set back to personal is its owner's to change.
    let from_staff = move || {
        ctx.kiosk()
            && ctx
                .agency
                .with(|a| a.as_ref().is_some_and(|a| a.from_staff))
    };
    let removed = RwSignal::new(false);
    // The staff's choice says so; the client's (or a damaged key on their
    // own phone) can be removed.
    let remove_or_staff_set = move || {
        view! {
            <Show when=from_staff fallback=move || view! {
                <button class="secondary" id="agency-remove" on:click=move |_| {
                    store::forget_agency();
                    ctx.agency.set(None);
                    removed.set(true);
                }>{i18n.tr("agency-remove")}</button>
            }>
                <p class="hint">{i18n.tr("agency-staff-set")}</p>
            </Show>
        }
    };
    view! {
        <section aria-labelledby="agency-title">
            <h2 id="agency-title">{i18n.tr("agency-settings-title")}</h2>
            {move || match agency.get() {
                Some(key) => view! {
                    <p id="agency-sealing">{i18n.format("agency-settings-hint", &[("agency", key.name().into())])}</p>
                    <p>{i18n.tr("agency-fingerprint")}</p>
                    <FingerprintWords fingerprint=key.fingerprint() />
                    {remove_or_staff_set()}
                }.into_any(),
                None if key_unreadable(ctx) => view! { <KeyUnreadable />{remove_or_staff_set()} }.into_any(),
                None => view! { <p>{i18n.tr("agency-settings-none")}</p> }.into_any(),
            }}
            <div role="status" aria-live="polite">
                <Show when=move || removed.get()>
                    <p class="ok">{i18n.tr("agency-removed")}</p>
                </Show>
            </div>
        </section>
    }
}

/// The Share step's "Only <agency> can open this": on by default when the
/// device has an agency; the client may turn it off.
#[component]
pub fn SealChoice(agency: Signal<Option<AgencyKey>>, seal: RwSignal<bool>) -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    move || {
        if agency.with(Option::is_none) && key_unreadable(ctx) {
            return Some(view! { <KeyUnreadable /> }.into_any());
        }
        agency.get().map(|key| {
            let name = key.name().to_owned();
            view! {
                <section class="share-seal no-print">
                    <div class="check">
                        <input type="checkbox" id="share-seal" prop:checked=seal
                            on:change:target=move |ev| seal.set(ev.target().checked()) />
                        <label for="share-seal">{let name = name.clone(); move || i18n.format("share-seal-toggle", &[("agency", name.as_str().into())])}</label>
                    </div>
                    <p class="hint">{move || i18n.t(if seal.get() { "share-seal-hint" } else { "share-seal-off-hint" })}</p>
                </section>
            }
            .into_any()
        })
    }
}
