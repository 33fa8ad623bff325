//! The agency's keys on the case manager's page: make one, unlock the one
//! kept on this computer, take in a colleague's key file, save it, retire a
//! key; and, for the newest key, the kiosk's setup link and the poster with
//! the "connect" QR code. The private keys are in memory for the visit only,
//! and on the device only as the passphrase-sealed key file staff chose to
//! keep.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::confirm::Confirm;
use super::connect::FingerprintWords;
use super::context::today;
use super::copy_button::CopyButton;
use super::print_alone::print_alone;
use super::I18n;
use crate::model::DeviceConfig;
use crate::share::{
    app_of_page, connect_link, connect_qr, kiosk_setup_link, qr_svg, AgencyKey, CustodyProblem,
    Done, KeyCustody, KeyFile, KeyFileError, KeyStore, Keyring,
};
use crate::store;

/// The agency's keys for the visit (see [`KeyCustody`]). The page holds
/// them, so that opening a plan and closing it loses none of it.
#[derive(Clone, Copy)]
pub struct HeldKeys {
    custody: RwSignal<KeyCustody>,
    /// The keys unlocked: they open the plans sealed to them, and the
    /// newest is offered in answers.
    pub keys: Memo<Keyring>,
}

impl HeldKeys {
    pub fn new() -> HeldKeys {
        let custody = RwSignal::new(KeyCustody::new(store::saved_key_file()));
        let keys = Memo::new(move |_| custody.with(|c| c.ring().clone()));
        // The browser asks before the page closes on a key that exists
        // nowhere else: plans sealed to it could never be opened.
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if custody.with_untracked(KeyCustody::unsaved) {
                ev.prevent_default();
                ev.set_return_value("unsaved");
            }
        });
        HeldKeys { custody, keys }
    }

    /// The page is leaving on purpose (a kiosk's idle reset): nothing may
    /// hold it back, not even a key that is not saved.
    pub fn let_go(self) {
        self.custody.update(KeyCustody::let_go);
    }
}

/// The key file's place in this browser's storage.
struct BrowserKeyStore;

impl KeyStore for BrowserKeyStore {
    fn read(&self) -> Option<String> {
        store::saved_key_file()
    }

    fn write(&mut self, file: &str) -> bool {
        store::keep_key_file(file).is_ok()
    }

    fn remove(&mut self) {
        store::forget_key_file();
    }
}

/// Something staff do to the keys, with the place the key file is kept.
trait Action:
    FnOnce(&mut KeyCustody, &mut BrowserKeyStore) -> Result<Done, CustodyProblem> + 'static
{
}

impl<F> Action for F where
    F: FnOnce(&mut KeyCustody, &mut BrowserKeyStore) -> Result<Done, CustodyProblem> + 'static
{
}

/// While the poster prints, the page prints it alone.
const PRINTING_CLASS: &str = "printing-poster";

/// The panel's state: the keys held, and what it says of the last action.
#[derive(Clone, Copy)]
struct Held {
    custody: RwSignal<KeyCustody>,
    keys: Memo<Keyring>,
    problem: RwSignal<Option<&'static str>>,
    done: RwSignal<Option<&'static str>>,
    working: RwSignal<bool>,
}

impl Held {
    /// Runs the slow sealing after the "working" state has been drawn.
    fn busy(self, work: impl FnOnce() + 'static) {
        self.problem.set(None);
        self.done.set(None);
        self.working.set(true);
        spawn_local(async move {
            browser::next_frame().await;
            work();
            _ = self.working.try_set(false);
        });
    }

    /// Runs an action on the keys (see [`Held::busy`]) with this browser's
    /// storage; says `done` when it went through, or why it did not.
    fn act(self, done: Option<&'static str>, action: impl Action) {
        self.act_then(done, action, || ());
    }

    /// [`Held::act`], and then, once the action went through, `after`: the
    /// form's own tidying. `action` must not read the keys: they are being
    /// written while it runs.
    fn act_then(
        self,
        done: Option<&'static str>,
        action: impl Action,
        after: impl FnOnce() + 'static,
    ) {
        self.busy(move || {
            let Some(outcome) = self.custody.try_update(|c| action(c, &mut BrowserKeyStore)) else {
                return;
            };
            match outcome {
                Ok(Done { not_kept }) => {
                    self.done.set(done);
                    // Done, though the copy kept here did not follow.
                    self.problem.set(not_kept.map(CustodyProblem::message));
                    after();
                }
                Err(problem) => self.problem.set(Some(problem.message())),
            }
        });
    }

    /// A passphrase form's submit: runs `action` with what was typed, and
    /// once it went through, empties the field.
    fn submit_passphrase(
        self,
        passphrase: RwSignal<String>,
        done: &'static str,
        action: impl Fn(&mut KeyCustody, &mut BrowserKeyStore, &str) -> Result<Done, CustodyProblem>
            + Copy
            + 'static,
    ) -> impl Fn(leptos::ev::SubmitEvent) + Copy + 'static {
        move |ev| {
            ev.prevent_default();
            let typed = passphrase.get_untracked();
            self.act_then(
                Some(done),
                move |custody, store| action(custody, store, &typed),
                move || passphrase.set(String::new()),
            );
        }
    }

    fn with<T>(self, read: impl FnOnce(&KeyCustody) -> T) -> T {
        self.custody.with(read)
    }

    /// Takes the key file off this computer.
    fn forget_stored(self) {
        self.problem.set(None);
        self.custody
            .update(|c| c.forget_stored(&mut BrowserKeyStore));
        self.done.set(Some("keys-forgotten"));
    }
}

#[component]
pub fn AgencyKeys(
    /// The page's keys, kept while plans open and close.
    keys: HeldKeys,
    /// Open when a sealed plan waits for its key.
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let i18n = I18n::get();
    let held = Held {
        custody: keys.custody,
        keys: keys.keys,
        problem: RwSignal::new(None),
        done: RwSignal::new(None),
        working: RwSignal::new(false),
    };
    let has_keys = move || held.keys.with(|k| !k.is_empty());
    view! {
        <details class="agency-keys" id="agency-keys" prop:open=move || open.get() || has_keys()>
            <summary>{i18n.tr("keys-title")}</summary>
            <p class="hint">{i18n.tr("keys-hint")}</p>
            <div role="alert" aria-live="assertive">
                {move || held.problem.get().map(|id| view! { <p class="problem" data-error=id>{i18n.t(id)}</p> })}
            </div>
            <div role="status" aria-live="polite">
                {move || held.done.get().map(|id| view! { <p class="ok">{i18n.t(id)}</p> })}
            </div>
            <UnlockKept held />
            <Show when=has_keys fallback=move || view! {
                // Unlock the key kept here, or take it off, before making
                // one: making one would put a second agency key in use.
                <Show when=move || !held.with(KeyCustody::has_stored)>
                    <MakeKey held />
                </Show>
            }>
                <KeyList held />
                <Show when=move || held.with(KeyCustody::unsaved)>
                    <p class="problem" id="keys-unsaved">{i18n.tr("keys-unsaved")}</p>
                </Show>
                <ChangePassphrase held />
                <CurrentKey held />
            </Show>
            <ImportKeyFile held />
        </details>
    }
}

/// The key file kept on this computer, until this visit unlocked it: its
/// passphrase to unlock it, or a way to take it off the computer (a file
/// that does not read says why, and can only be taken off).
#[component]
fn UnlockKept(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let passphrase = RwSignal::new(String::new());
    let asking = RwSignal::new(false);
    let read = move || held.with(|c| c.stored_to_unlock().map(KeyFile::read));
    let unlock = held.submit_passphrase(passphrase, "keys-unlocked", |custody, store, typed| {
        custody.unlock_stored(typed, store)
    });
    view! {
        {move || read().map(|file| view! {
            <form class="keys-unlock" on:submit=unlock>
                <h3>{i18n.tr("keys-kept")}</h3>
                {match file {
                    Ok(file) => {
                        let current = file.keys().last().map(|l| l.key.clone());
                        view! {
                            {current.map(|key| view! { <KeyName key /> })}
                            <PassphraseRow id="kept-passphrase" passphrase working=held.working />
                        }.into_any()
                    }
                    Err(error) => view! { <p class="problem">{i18n.t(error.message())}</p> }.into_any(),
                }}
                <button type="button" class="secondary danger" id="keys-forget" on:click=move |_| asking.set(true)>
                    {i18n.tr("keys-forget")}
                </button>
            </form>
        })}
        <Confirm open=asking id="keys-forget-confirm" question="keys-forget-question"
            detail="keys-forget-detail" yes="keys-forget" on_yes=Callback::new(move |()| held.forget_stored()) />
    }
}

/// A key's passphrase and the form's Unlock button.
#[component]
fn PassphraseRow(
    id: &'static str,
    passphrase: RwSignal<String>,
    working: RwSignal<bool>,
) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <label for=id>{i18n.tr("keys-passphrase")}</label>
        <div class="input-row">
            <input id=id type="password" autocomplete="current-password"
                prop:value=passphrase on:input:target=move |ev| passphrase.set(ev.target().value()) />
            <button type="submit" class="primary" disabled=move || working.get()>{i18n.tr("keys-unlock")}</button>
        </div>
    }
}

/// An agency's name and its fingerprint words.
#[component]
fn KeyName(key: AgencyKey) -> impl IntoView {
    view! {
        <p class="key-name"><bdi>{key.name().to_owned()}</bdi></p>
        <FingerprintWords fingerprint=key.fingerprint() />
    }
}

/// A new key: the agency's name, a passphrase, and whether to keep it here.
#[component]
fn MakeKey(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let name = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let keep = RwSignal::new(false);
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (name, typed, keep) = (
            name.get_untracked(),
            passphrase.get_untracked(),
            keep.get_untracked(),
        );
        held.act(Some("keys-made"), move |custody, store| {
            custody.make(&name, &typed, keep, today(), store)
        });
    };
    view! {
        <form class="keys-make" on:submit=make>
            <h3>{i18n.tr("keys-make-title")}</h3>
            <div class="field">
                <label for="key-name">{i18n.tr("keys-name")}</label>
                <input id="key-name" type="text" autocomplete="organization" maxlength="60"
                    prop:value=name on:input:target=move |ev| name.set(ev.target().value()) />
            </div>
            <div class="field">
                <label for="key-passphrase">{i18n.tr("keys-passphrase")}</label>
                <input id="key-passphrase" type="password" autocomplete="new-password"
                    prop:value=passphrase on:input:target=move |ev| passphrase.set(ev.target().value()) />
                <p class="hint">{i18n.tr("keys-passphrase-hint")}</p>
            </div>
            <div class="check">
                <input type="checkbox" id="key-keep" prop:checked=keep
                    on:change:target=move |ev| keep.set(ev.target().checked()) />
                <label for="key-keep">{i18n.tr("keys-keep")}</label>
            </div>
            <button type="submit" class="primary" id="make-key" disabled=move || held.working.get()>
                {move || i18n.t(if held.working.get() { "keys-making" } else { "keys-make" })}
            </button>
        </form>
    }
}

/// A colleague's key file (or one's own on a new computer), opened with its
/// passphrase; its keys join the ones held.
#[component]
fn ImportKeyFile(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let file = RwSignal::new(None::<KeyFile>);
    let passphrase = RwSignal::new(String::new());
    let on_file = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            held.problem.set(None);
            match browser::read_chosen_file(&input).await {
                Ok(text) => match KeyFile::read(&text) {
                    Ok(read) => file.set(Some(read)),
                    Err(error) => held.problem.set(Some(error.message())),
                },
                Err(_) => held.problem.set(Some(KeyFileError::NotAKeyFile.message())),
            }
        });
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(read) = file.get_untracked() else {
            return;
        };
        let typed = passphrase.get_untracked();
        held.act_then(
            Some("keys-unlocked"),
            move |custody, store| custody.import(&read, &typed, store),
            move || {
                file.set(None);
                passphrase.set(String::new());
            },
        );
    };
    view! {
        <form class="keys-import" on:submit=open>
            <h3>{i18n.tr("keys-import-title")}</h3>
            <div class="field">
                <label for="key-file">{i18n.tr("keys-import-file")}</label>
                <input id="key-file" type="file" accept=".json,application/json"
                    on:change:target=move |ev| on_file(ev.target()) />
            </div>
            {move || file.get().and_then(|f| f.keys().last().map(|l| l.key.clone())).map(|key| view! {
                <KeyName key />
                <div class="field">
                    <PassphraseRow id="key-file-passphrase" passphrase working=held.working />
                </div>
            })}
        </form>
    }
}

/// Every key held, newest last, each with its words and dates; the ones
/// not retired can be.
#[component]
fn KeyList(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let retiring = RwSignal::new(None);
    let asking = RwSignal::new(false);
    let retire = move || {
        let Some(id) = retiring.get_untracked() else {
            return;
        };
        held.act(None, move |custody, store| {
            Ok(custody.retire(id, today(), store))
        });
    };
    let save = move |_| {
        held.busy(
            move || match held.custody.with_untracked(KeyCustody::key_file) {
                Ok(file) => {
                    if browser::download("waymark-agency-key.json", "application/json", &file)
                        .is_ok()
                    {
                        held.custody.update(KeyCustody::saved_elsewhere);
                    } else {
                        held.problem.set(Some("keyfile-failed"));
                    }
                }
                Err(error) => held.problem.set(Some(error.message())),
            },
        );
    };
    // The box shows what is so, not what was clicked: keeping may be
    // refused, and taking the key off asks first. An action redraws the
    // box from the keys even when it changed nothing (`try_update` always
    // notifies); `notify` does the same when the box was unticked.
    let forgetting = RwSignal::new(false);
    let toggle_keep = move |on: bool| {
        if on {
            held.act(None, |custody, store| {
                custody.keep(store).map(|()| Done::default())
            });
        } else {
            held.custody.notify();
            forgetting.set(true);
        }
    };
    let new_key = move |_| {
        held.act(Some("keys-made"), |custody, store| {
            custody.make_next(today(), store)
        })
    };
    view! {
        <h3>{i18n.tr("keys-list")}</h3>
        <ul class="key-list">
            {move || held.keys.with(|k| k.keys().iter().map(|h| {
                let key = h.secret.key().clone();
                let id = key.id();
                let made = i18n.format("keys-made-on", &[("date", i18n.date(h.made).into())]);
                let state = match h.retired {
                    Some(day) => view! { <p class="key-retired">{i18n.format("keys-retired-on", &[("date", i18n.date(day).into())])}</p> }.into_any(),
                    None => view! {
                        <button class="secondary" on:click=move |_| {
                            retiring.set(Some(id));
                            asking.set(true);
                        }>{i18n.tr("keys-retire")}</button>
                    }.into_any(),
                };
                view! { <li><KeyName key /><p class="hint">{made}</p>{state}</li> }
            }).collect_view())}
        </ul>
        <div class="share-actions">
            <button class="secondary" id="save-key-file" on:click=save disabled=move || held.working.get()>
                <span aria-hidden="true">"💾 "</span>{i18n.tr("keys-save-file")}
            </button>
            <button class="secondary" id="new-key" on:click=new_key>{i18n.tr("keys-new")}</button>
        </div>
        <div class="check">
            // Not while a key file nobody unlocked is kept here.
            <input type="checkbox" id="keys-keep" prop:checked=move || held.with(KeyCustody::keeping)
                disabled=move || held.with(|c| c.stored_to_unlock().is_some())
                on:change:target=move |ev| toggle_keep(ev.target().checked()) />
            <label for="keys-keep">{i18n.tr("keys-keep")}</label>
        </div>
        <Confirm open=forgetting id="keys-unkeep-confirm" question="keys-forget-question"
            detail="keys-forget-detail" yes="keys-forget" on_yes=Callback::new(move |()| held.forget_stored()) />
        <Confirm open=asking id="keys-retire-confirm" question="keys-retire-question"
            detail="keys-retire-detail" yes="keys-retire" on_yes=Callback::new(move |()| retire()) />
    }
}

/// A new passphrase for the keys held: the copy kept here and every key
/// file saved from now on are sealed under it. Files saved before keep the
/// old one; nothing can reach those.
#[component]
fn ChangePassphrase(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let passphrase = RwSignal::new(String::new());
    let change = held.submit_passphrase(
        passphrase,
        "keys-passphrase-changed",
        |custody, store, typed| custody.change_passphrase(typed, store),
    );
    view! {
        <form class="keys-passphrase" on:submit=change>
            <h3>{i18n.tr("keys-passphrase-change")}</h3>
            <label for="new-passphrase">{i18n.tr("keys-passphrase-new")}</label>
            <div class="input-row">
                <input id="new-passphrase" type="password" autocomplete="new-password"
                    prop:value=passphrase on:input:target=move |ev| passphrase.set(ev.target().value()) />
                <button type="submit" class="secondary" id="change-passphrase" disabled=move || held.working.get()>
                    {i18n.tr("keys-passphrase-change")}
                </button>
            </div>
            <p class="hint">{i18n.tr("keys-passphrase-hint")}</p>
        </form>
    }
}

/// The key clients seal to now: the kiosk's setup link and the poster.
#[component]
fn CurrentKey(held: Held) -> impl IntoView {
    let i18n = I18n::get();
    let app = app_of_page(&browser::app_url()).to_owned();
    let print = print_alone(PRINTING_CLASS);
    move || {
        let app = app.clone();
        held.keys.with(|k| k.current().cloned()).map(|key| {
            let setup = kiosk_setup_link(&app, &key, DeviceConfig::DEFAULT_IDLE_SECONDS);
            let qr = connect_qr(&app, &key).map(|qr| qr_svg(&qr));
            let link = connect_link(&app, &key);
            let title = i18n.format("poster-title", &[("agency", key.name().into())]);
            let setup_text = setup.clone();
            view! {
                <h3>{i18n.tr("keys-setup-link")}</h3>
                <p class="hint">{i18n.tr("keys-setup-hint")}</p>
                <textarea id="kiosk-setup-link" readonly rows="3" dir="ltr" aria-label=i18n.tr("keys-setup-link") prop:value=setup></textarea>
                <CopyButton id="copy-setup-link" icon="🔗" label="share-copy-link" status=held.done
                    text=Callback::new(move |()| Some(setup_text.clone())) />
                <h3>{i18n.tr("keys-connect-title")}</h3>
                <p class="hint">{i18n.tr("keys-connect-hint")}</p>
                <button class="secondary" id="print-poster" on:click=move |_| print()>
                    <span aria-hidden="true">"🖨️ "</span>{i18n.tr("keys-print-poster")}
                </button>
                <textarea id="connect-link" readonly rows="2" dir="ltr" aria-label=i18n.tr("keys-connect-title") prop:value=link></textarea>
                <section class="agency-poster print-only">
                    <p class="sheet-title">{title}</p>
                    {qr.map(|svg| view! { <div class="poster-qr" inner_html=svg></div> })}
                    <p>{i18n.tr("poster-scan")}</p>
                    <p>{i18n.tr("poster-check")}</p>
                    <FingerprintWords fingerprint=key.fingerprint() />
                </section>
            }
        })
    }
}
