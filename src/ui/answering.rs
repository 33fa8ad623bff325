//! The case manager's answer to the plan open: the composer, the
//! directory's readers and search, the answer's encoder and QR code. In the
//! release build (`--features split-open`) it is a wasm module of its own
//! (`answering`) on the case manager's page, fetched once a plan is open,
//! so that opening a plan does not wait for it.

use leptos::prelude::*;

use super::answer_composer::AnswerComposer;
use super::lazy::lazy_view;
use super::screens::ScreensUnavailable;
use crate::directory::Directory;
use crate::model::Plan;

/// Draws the composer for a plan, its PIN and the agency's directory; a
/// plain function pointer, as the client's modules give.
type DrawComposer = fn(Signal<Plan>, Option<String>, RwSignal<Option<Directory>>) -> AnyView;

fn draw_composer(
    plan: Signal<Plan>,
    pin: Option<String>,
    directory: RwSignal<Option<Directory>>,
) -> AnyView {
    view! { <AnswerComposer plan pin directory /> }.into_any()
}

#[cfg(all(feature = "split-open", target_family = "wasm"))]
#[leptos::wasm_split::wasm_split(answering, wasm_split_path = ::leptos::wasm_split, fallible)]
#[allow(improper_ctypes_definitions)]
fn load_composer() -> Result<DrawComposer, ScreensUnavailable> {
    Ok(draw_composer)
}

#[cfg(not(all(feature = "split-open", target_family = "wasm")))]
async fn load_composer() -> Result<DrawComposer, ScreensUnavailable> {
    Ok(draw_composer)
}

/// The composer once its module is in.
#[component]
pub fn Answering(
    plan: Signal<Plan>,
    /// The plan's PIN, when it had one: the answer is protected with it.
    pin: Option<String>,
    directory: RwSignal<Option<Directory>>,
) -> impl IntoView {
    lazy_view(load_composer, move |draw: DrawComposer| {
        draw(plan, pin.clone(), directory)
    })
}
