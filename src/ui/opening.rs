//! The forms that open a code on the client's app: their own plan ("I have
//! a plan already") and their case manager's answer. They carry the decoder
//! (inflate, the PIN's cipher, the readers) and the scanner: in the release
//! build they are a wasm module of their own (`opening`), fetched when one
//! of them shows, so the other screens never carry them.

use leptos::prelude::*;

use super::import::{FormWords, OpenForm, Opened};
use super::lazy::lazy_view;
use super::screens::ScreensUnavailable;
use crate::model::{Answer, Plan};

/// Draws the form for `T`, given the code that came in the address and
/// what to do once it is open; a plain function pointer, as the screens'
/// module gives.
pub type DrawForm<T> = fn(RwSignal<Option<String>>, Callback<Opened<T>>) -> AnyView;

/// The module's two forms.
#[derive(Clone, Copy)]
pub struct Forms {
    pub plan: DrawForm<Plan>,
    pub answer: DrawForm<Answer>,
}

const FORMS: Forms = Forms {
    plan: |incoming, on_open| {
        view! { <OpenForm incoming on_open words=FormWords::CLIENT /> }.into_any()
    },
    answer: |incoming, on_open| {
        view! { <OpenForm incoming on_open words=FormWords::ANSWER /> }.into_any()
    },
};

#[cfg(all(feature = "split", target_family = "wasm"))]
#[leptos::wasm_split::wasm_split(opening, wasm_split_path = ::leptos::wasm_split, fallible)]
#[allow(improper_ctypes_definitions)]
fn load_forms() -> Result<Forms, ScreensUnavailable> {
    Ok(FORMS)
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
async fn load_forms() -> Result<Forms, ScreensUnavailable> {
    Ok(FORMS)
}

/// One of the forms once the module is in.
#[component]
pub fn OpeningForm<T: Send + Sync + 'static>(
    /// Which of the module's forms.
    pick: fn(Forms) -> DrawForm<T>,
    incoming: RwSignal<Option<String>>,
    on_open: Callback<Opened<T>>,
) -> impl IntoView {
    lazy_view(load_forms, move |forms| pick(forms)(incoming, on_open))
}
