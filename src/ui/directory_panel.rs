//! The agency's services directory on the case manager's page: loaded from
//! an Open Referral HSDS file, searched by words and life area, each
//! service one press from the answer. Kept on the device only when staff
//! say so.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::offer_card::OfferCard;
use super::I18n;
use crate::directory::{read_picked, AreaRules, Directory, DirectoryError};
use crate::i18n::Lang;
use crate::model::{Area, Offer, Service};
use crate::store;

/// How many matches show at once: a search narrows the rest.
const SHOWN: usize = 20;

#[component]
pub fn DirectoryPanel(
    /// The directory of this visit (kept across the plans opened in it).
    directory: RwSignal<Option<Directory>>,
    /// Called with the service the case manager suggests.
    on_pick: Callback<Service>,
) -> impl IntoView {
    let i18n = I18n::get();
    let problem = RwSignal::new(None::<DirectoryError>);
    let kept = RwSignal::new(store::saved_directory().is_some());
    // The staff's life-area rules: the kept ones, else the standard ones.
    let saved_rules = store::saved_rules().and_then(|text| AreaRules::parse(&text).ok());
    let rules = RwSignal::new(saved_rules.unwrap_or_else(AreaRules::standard));
    let words = RwSignal::new(String::new());
    // The language its words are in: the page's, unless staff say otherwise.
    let kept_in = directory.with_untracked(|d| {
        let first = d.as_ref()?.services.first()?;
        Lang::from_tag(first.service.lang.as_deref()?)
    });
    let written_in = RwSignal::new(kept_in.unwrap_or_else(|| i18n.lang()));
    let area = RwSignal::new(None::<Area>);

    let on_files = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            let rules = rules.get_untracked();
            match read_chosen_directory(&input, &rules, written_in.get_untracked()).await {
                Ok(read) => {
                    problem.set(None);
                    // The page may have closed the plan while the file was read.
                    if kept.try_get_untracked().unwrap_or(false)
                        && store::keep_directory(&read).is_err()
                    {
                        kept.set(false);
                    }
                    directory.set(Some(read));
                }
                Err(error) => problem.set(Some(error)),
            }
        });
    };
    let keep = move |on: bool| {
        let saved = match (on, directory.get_untracked()) {
            (true, Some(d)) => store::keep_directory(&d).is_ok(),
            _ => {
                store::forget_directory();
                false
            }
        };
        kept.set(saved);
    };
    let relabel = move |lang: Lang| {
        written_in.set(lang);
        directory.update(|d| {
            if let Some(d) = d {
                d.set_language(lang.code());
            }
        });
        if kept.get_untracked() {
            if let Some(d) = directory.get_untracked() {
                kept.set(store::keep_directory(&d).is_ok());
            }
        }
    };
    let remove = move |_| {
        store::forget_directory();
        kept.set(false);
        directory.set(None);
    };
    let message = move || problem.with(|p| p.as_ref().map(|e| directory_message(i18n, e)));
    let matches = move || {
        directory.with(|d| {
            d.as_ref().map_or_else(Matches::default, |d| {
                let found = d.search(&words.get(), area.get());
                Matches {
                    count: found.len(),
                    shown: found
                        .into_iter()
                        .take(SHOWN)
                        .map(|l| l.service.clone())
                        .collect(),
                }
            })
        })
    };

    view! {
        <section class="directory" aria-labelledby="directory-title">
            <h3 id="directory-title">{i18n.tr("directory-title")}</h3>
            <div class="field">
                <label for="directory-lang">{i18n.tr("directory-written-in")}</label>
                <select id="directory-lang" on:change:target=move |ev| {
                    if let Some(lang) = Lang::from_tag(&ev.target().value()) {
                        relabel(lang);
                    }
                }>
                    {Lang::ALL.into_iter().map(|lang| view! {
                        <option value=lang.code() lang=lang.code() selected=move || written_in.get() == lang>{lang.native_name()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="directory-file">{move || match directory.with(Option::is_some) {
                    true => i18n.t("directory-replace"),
                    false => i18n.t("directory-load"),
                }}</label>
                <p class="hint" id="directory-file-hint">{i18n.tr("directory-load-hint")}</p>
                <input id="directory-file" type="file" multiple aria-describedby="directory-file-hint"
                    accept=".json,.csv,application/json,text/csv" on:change:target=move |ev| on_files(ev.target()) />
            </div>
            <div role="alert">
                {move || message().map(|m| view! { <p class="problem" id="directory-problem">{m}</p> })}
            </div>
            {move || directory.with(|d| d.as_ref().map(|d| d.services.len())).map(|count| view! {
                <p class="ok" id="directory-count">{i18n.count("directory-count", count)}</p>
            })}
            // Drawn once while there is a directory: a new file or new rules
            // keep the search, the area chosen and the rules being written.
            <Show when=move || directory.with(Option::is_some)>
                <div class="check">
                    <input type="checkbox" id="directory-keep" prop:checked=kept
                        on:change:target=move |ev| keep(ev.target().checked()) />
                    <label for="directory-keep">{i18n.tr("directory-keep")}</label>
                </div>
                <button class="secondary" id="directory-remove" on:click=remove>{i18n.tr("directory-remove")}</button>
                <div class="directory-search">
                    <div class="field">
                        <label for="directory-words">{i18n.tr("directory-search")}</label>
                        <input id="directory-words" type="search" autocomplete="off"
                            prop:value=words on:input:target=move |ev| words.set(ev.target().value()) />
                    </div>
                    <div class="field">
                        <label for="directory-area">{i18n.tr("directory-area")}</label>
                        <select id="directory-area" on:change:target=move |ev| area.set(Area::from_key(&ev.target().value()))>
                            <option value="" selected=move || area.get().is_none()>{i18n.tr("directory-any-area")}</option>
                            {Area::ALL.into_iter().map(|a| view! {
                                <option value=a.key() selected=move || area.get() == Some(a)>{i18n.tr(a.message_id())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <AreaRulesEditor rules directory kept />
                <DirectoryMatches matches on_pick />
            </Show>
        </section>
    }
}

/// What went wrong with a directory's file, in the reader's words.
pub fn directory_message(i18n: I18n, error: &DirectoryError) -> String {
    let (id, args) = error.message();
    let args: Vec<_> = args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
    i18n.format(id, &args)
}

/// The directory in the files chosen in `input`, its life areas from
/// `rules`, its words marked as written in `lang`. The input is emptied, so
/// the same file can be chosen again after it was mended.
pub async fn read_chosen_directory(
    input: &web_sys::HtmlInputElement,
    rules: &AreaRules,
    lang: Lang,
) -> Result<Directory, DirectoryError> {
    let read = match browser::read_chosen_files(input).await {
        Ok(files) => read_picked(&files, rules),
        Err(_) => Err(DirectoryError::Empty),
    };
    input.set_value("");
    read.map(|mut directory| {
        directory.set_language(lang.code());
        directory
    })
}

/// The words that give a service its life area, for staff to adjust; the
/// directory's areas are set again from them at once.
#[component]
fn AreaRulesEditor(
    rules: RwSignal<AreaRules>,
    directory: RwSignal<Option<Directory>>,
    kept: RwSignal<bool>,
) -> impl IntoView {
    let i18n = I18n::get();
    let text = RwSignal::new(rules.with_untracked(AreaRules::to_text));
    let said = RwSignal::new(None::<Result<(), String>>);
    let apply = move |_| {
        let written = text.get_untracked();
        match AreaRules::parse(&written) {
            Ok(parsed) => {
                directory.update(|d| {
                    if let Some(d) = d {
                        d.apply_rules(&parsed);
                    }
                });
                if kept.get_untracked() {
                    if let Some(d) = directory.get_untracked() {
                        kept.set(store::keep_directory(&d).is_ok());
                    }
                    store::keep_rules(&written);
                }
                rules.set(parsed);
                said.set(Some(Ok(())));
            }
            Err(error) => {
                let (id, args) = error.message();
                let args: Vec<_> = args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
                said.set(Some(Err(i18n.format(id, &args))));
            }
        }
    };
    view! {
        <details class="area-rules">
            <summary>{i18n.tr("directory-rules")}</summary>
            <div class="field">
                <label for="area-rules">{i18n.tr("directory-rules-label")}</label>
                <p class="hint" id="area-rules-hint">{i18n.tr("directory-rules-hint")}</p>
                <textarea id="area-rules" rows="8" dir="ltr" spellcheck="false" aria-describedby="area-rules-hint"
                    prop:value=text on:input:target=move |ev| text.set(ev.target().value())></textarea>
            </div>
            <button class="secondary" id="area-rules-apply" on:click=apply>{i18n.tr("directory-rules-apply")}</button>
            <div role="status">
                {move || said.get().map(|said| match said {
                    Ok(()) => view! { <p class="ok" id="area-rules-ok">{i18n.t("directory-rules-applied")}</p> }.into_any(),
                    Err(message) => view! { <p class="problem" id="area-rules-problem">{message}</p> }.into_any(),
                })}
            </div>
        </details>
    }
}

/// What the search found; the first [`SHOWN`] of them.
#[derive(Clone, Default, PartialEq)]
struct Matches {
    shown: Vec<Service>,
    count: usize,
}

#[component]
fn DirectoryMatches(
    matches: impl Fn() -> Matches + Send + Sync + 'static,
    on_pick: Callback<Service>,
) -> impl IntoView {
    let i18n = I18n::get();
    let matches = Memo::new(move |_| matches());
    view! {
        <p class="hint" role="status" id="directory-found">{move || {
            let count = matches.with(|m| m.count);
            i18n.count("directory-found", count)
        }}</p>
        <ul class="directory-matches">
            {move || matches.get().shown.into_iter().enumerate().map(|(at, service)| {
                let offer = Offer::Service(service.clone());
                view! {
                    <li>
                        <OfferCard offer />
                        <button class="secondary" id=format!("directory-pick-{at}")
                            on:click=move |_| on_pick.run(service.clone())>
                            <span aria-hidden="true">"＋ "</span>{i18n.tr("directory-pick")}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
