//! The named-stack floor: one screen that formats a Fluent message with a
//! plural in English and Polish, shows a chrono date, and on "Start" saves a
//! serde struct with gloo-storage (serde_json), read back on start.
use chrono::NaiveDate;
use fluent::{FluentArgs, FluentBundle, FluentResource};
use gloo_storage::Storage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

const EN: &str = r#"
title = Your plan
steps = { $count ->
    [one] You have { $count } step.
   *[other] You have { $count } steps.
}
"#;

const PL: &str = r#"
title = Twój plan
steps = { $count ->
    [one] Masz { $count } krok.
    [few] Masz { $count } kroki.
    [many] Masz { $count } kroków.
   *[other] Masz { $count } kroku.
}
"#;

const KEY: &str = "bench-floor";

#[derive(Serialize, Deserialize)]
struct Saved {
    steps: u32,
    day: NaiveDate,
}

fn bundle(lang: &str, ftl: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().expect("language tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    let resource = FluentResource::try_new(ftl.to_string()).expect("valid FTL");
    bundle.add_resource(resource).expect("no duplicate messages");
    bundle
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, count: Option<u32>) -> String {
    let message = bundle.get_message(id).expect("message");
    let args = count.map(|count| {
        let mut args = FluentArgs::new();
        args.set("count", count);
        args
    });
    let mut errors = vec![];
    bundle
        .format_pattern(message.value().expect("value"), args.as_ref(), &mut errors)
        .into_owned()
}

#[component]
fn App() -> impl IntoView {
    let bundles = StoredValue::new_local([bundle("en", EN), bundle("pl", PL)]);
    let saved = gloo_storage::LocalStorage::get::<Saved>(KEY).ok();
    let day = saved.as_ref().map_or(NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"), |s| s.day);
    let (steps, set_steps) = signal(saved.map_or(0, |s| s.steps));
    let start = move |_| {
        set_steps.update(|n| *n += 1);
        let _ = gloo_storage::LocalStorage::set(KEY, &Saved { steps: steps.get_untracked(), day });
    };
    let line = move |i: usize| move || bundles.with_value(|b| format(&b[i], "steps", Some(steps.get())));
    view! {
        <main>
            <h1>{bundles.with_value(|b| format(&b[0], "title", None))}</h1>
            <p lang="en">{line(0)}</p>
            <p lang="pl">{line(1)}</p>
            <p><time datetime=day.to_string()>{day.format("%-d %B %Y").to_string()}</time></p>
            <button id="start" on:click=start>"Start"</button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
