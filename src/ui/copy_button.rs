use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{browser, I18n};

/// A button that puts text on the clipboard and says whether it worked.
#[component]
pub fn CopyButton(
    /// The button's id in the page.
    id: &'static str,
    /// Message id of its label.
    label: &'static str,
    /// The text to copy, read when the button is pressed; `None` copies
    /// nothing.
    text: Callback<(), Option<String>>,
    /// Where the outcome is said: "Copied" or "Could not copy", as message ids.
    status: RwSignal<Option<&'static str>>,
    /// The label's icon, if it has one.
    #[prop(optional)]
    icon: Option<&'static str>,
) -> impl IntoView {
    let i18n = I18n::get();
    let copy = move |_| {
        let Some(text) = text.run(()) else {
            return;
        };
        spawn_local(async move {
            let copied = browser::copy_text(&text).await.is_ok();
            status.set(Some(if copied {
                "share-copied"
            } else {
                "share-copy-failed"
            }));
        });
    };
    view! {
        <button class="secondary" id=id on:click=copy>
            {icon.map(|icon| view! { <span aria-hidden="true">{icon}" "</span> })}
            {i18n.tr(label)}
        </button>
    }
}
