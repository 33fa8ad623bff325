use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::connect::FingerprintWords;
use super::qr_scanner::QrScanner;
use super::I18n;
use crate::share::{ImportSession, Keyring, Openable, Opening, SealedTo, ShareError};

/// What the form opened, and the PIN it took, if any.
#[derive(Clone)]
pub struct Opened<T> {
    pub value: T,
    pub pin: Option<String>,
}

/// The messages of the form that differ between the client opening their
/// own plan and the case manager opening a client's.
#[derive(Clone, Copy)]
pub struct FormWords {
    pub pin_hint: &'static str,
    /// The last PIN tried was wrong.
    pub locked: &'static str,
    pub damaged: &'static str,
    pub unreadable_file: &'static str,
}

impl FormWords {
    pub const CASE_MANAGER: FormWords = FormWords {
        pin_hint: "import-pin-hint",
        locked: "import-locked",
        damaged: "error-damaged",
        unreadable_file: "error-file",
    };

    /// The client opening their case manager's answer, which has their
    /// plan's PIN if the plan had one.
    pub const ANSWER: FormWords = FormWords {
        pin_hint: "answer-pin-hint",
        locked: "continue-locked",
        damaged: "answer-damaged",
        unreadable_file: "answer-file",
    };

    pub const CLIENT: FormWords = FormWords {
        pin_hint: "continue-pin-hint",
        locked: "continue-locked",
        damaged: "continue-damaged",
        unreadable_file: "continue-file",
    };
}

/// The message for each way opening a plan can fail.
pub fn error_message(error: &ShareError, words: FormWords) -> &'static str {
    match error {
        ShareError::NotACode => "error-not-a-code",
        ShareError::Damaged => words.damaged,
        ShareError::Truncated => "error-truncated",
        ShareError::TooNew(_) => "error-too-new",
        ShareError::PinNeeded => "error-pin-needed",
        ShareError::WrongPin => "error-wrong-pin",
        ShareError::PinTooShort => "share-pin-short",
        ShareError::TooLarge => "error-too-large",
        ShareError::Invalid(_) => "error-invalid",
        ShareError::IsAnAnswer => "error-is-answer",
        ShareError::IsAPlan => "error-is-plan",
        ShareError::Sealed(_) => "error-sealed",
        ShareError::IsAnAgencyKey => "error-is-agency-key",
    }
}

/// Opens a plan or an answer: paste a code or link, scan its QR code, or
/// open a file. A PIN is asked for when the code has one. The case manager
/// opens a client's plan with it, and a client their own plan or an answer.
#[component]
pub fn OpenForm<T: Openable + Send + Sync + 'static>(
    /// A code that arrived in the address; it opens at once.
    incoming: RwSignal<Option<String>>,
    /// Called once it is open.
    on_open: Callback<Opened<T>>,
    words: FormWords,
    /// The agency's keys at hand, on the case manager's page: a sealed code
    /// waits for them, and opens when the one it needs comes.
    #[prop(optional)]
    keys: Option<Memo<Keyring>>,
    /// Set while a sealed code waits for its agency's key.
    #[prop(optional)]
    sealed: Option<RwSignal<Option<SealedTo>>>,
) -> impl IntoView {
    let sealed = sealed.unwrap_or_else(|| RwSignal::new(None));
    let i18n = I18n::get();
    let pasted = RwSignal::new(String::new());
    let session = RwSignal::new(ImportSession::<T>::default());
    let pin = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let working = RwSignal::new(false);

    // Called once the session's update is over: an open plan replaces
    // this form.
    let show = move |opening: Opening<T>| match opening {
        Opening::Opened(value) => {
            sealed.set(None);
            pasted.set(String::new());
            let pin = session.with_untracked(|s| s.opened_with().map(str::to_owned));
            on_open.run(Opened { value: *value, pin });
        }
        Opening::PinNeeded => pin.set(String::new()),
        Opening::Sealed(to) => sealed.set(Some(to)),
        Opening::Failed(e) => {
            // A key that came and did not open it: the code is damaged,
            // not waiting for a key any more.
            sealed.set(None);
            error.set(Some(error_message(&e, words)));
        }
        Opening::Locked => error.set(Some(words.locked)),
    };
    // A sealed code tries the keys already unlocked.
    let with_keys = move |opening: Opening<T>| match (&opening, keys) {
        (Opening::Sealed(_), Some(keys)) => keys
            .with_untracked(|k| session.try_update(|s| s.try_keys(k)))
            .flatten()
            .unwrap_or(opening),
        _ => opening,
    };
    let open_text = move |text: String| {
        error.set(None);
        sealed.set(None);
        // The form may have closed while a file was being read.
        if let Some(opening) = session.try_update(|s| s.open(&text)) {
            show(with_keys(opening));
        }
    };
    let open_code = move |code: String| {
        error.set(None);
        sealed.set(None);
        let opening = session.write().open_code(code);
        show(with_keys(opening));
    };
    let try_pin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !session.with_untracked(ImportSession::<T>::waiting_for_pin) {
            return;
        }
        let typed = pin.get_untracked();
        working.set(true);
        spawn_local(async move {
            browser::next_frame().await;
            // The page may have closed during the frame.
            if let Some(Some(opening)) = session.try_update(|s| s.try_pin(&typed)) {
                show(opening);
            }
            _ = working.try_set(false);
        });
    };
    let on_file = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            match browser::read_chosen_file(&input).await {
                Ok(text) => open_text(text),
                Err(_) => error.set(Some(words.unreadable_file)),
            }
            input.set_value("");
        });
    };

    // A sealed code opens as soon as its agency's key is unlocked.
    if let Some(keys) = keys {
        Effect::new(move |_| {
            let opening = keys.with(|k| session.try_update(|s| s.try_keys(k)));
            if let Some(Some(opening)) = opening {
                show(opening);
            }
        });
    }

    // A code that arrives in the address opens at once.
    Effect::new(move |_| {
        incoming.track();
        if let Some(code) = incoming.try_update_untracked(Option::take).flatten() {
            open_code(code);
        }
    });

    view! {
        <div class="import-messages" role="alert" aria-live="assertive">
            {move || error.get().map(|id| view! { <p class="problem" data-error=id>{i18n.t(id)}</p> })}
            {move || sealed.get().map(|to| view! {
                <div class="sealed-needs" data-error="sealed">
                    <p class="problem">{i18n.format("sealed-needs", &[("agency", to.agency.as_str().into())])}</p>
                    <p>{i18n.tr("agency-fingerprint")}</p>
                    <FingerprintWords fingerprint=to.key.fingerprint() />
                    <p class="hint">{i18n.tr(if keys.is_some() { "sealed-unlock" } else { "sealed-not-yours" })}</p>
                </div>
            })}
        </div>
        <Show
            when=move || session.with(ImportSession::<T>::waiting_for_pin)
            fallback=move || view! {
                <form class="import-paste" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    open_text(pasted.get_untracked());
                }>
                    <label for="import-code">{i18n.tr("import-paste-label")}</label>
                    <textarea id="import-code" rows="4" autocomplete="off" dir="ltr" spellcheck="false"
                        prop:value=pasted on:input:target=move |ev| pasted.set(ev.target().value())></textarea>
                    <button type="submit" class="primary">{i18n.tr("import-open")}</button>
                </form>
                <QrScanner on_code=Callback::new(open_text) />
                <div class="field">
                    <label for="import-file">{i18n.tr("import-file")}</label>
                    <input id="import-file" type="file" accept=".json,.txt,application/json,text/plain" on:change:target=move |ev| on_file(ev.target()) />
                </div>
            }
        >
            <form class="import-pin" on:submit=try_pin>
                <label for="import-pin">{i18n.tr("import-pin-label")}</label>
                <p class="hint">{i18n.tr(words.pin_hint)}</p>
                <div class="input-row">
                    <input id="import-pin" type="text" autocomplete="off" class="pin"
                        prop:value=pin on:input:target=move |ev| pin.set(ev.target().value()) />
                    <button type="submit" class="primary" disabled=move || working.get()>{i18n.tr("import-open")}</button>
                </div>
                <p class="tries">{move || i18n.count("import-tries-left", session.with(ImportSession::<T>::tries_left) as usize)}</p>
            </form>
        </Show>
    }
}
