//! A part of a screen whose code is a wasm module of its own (the split
//! build's `wasm_split` functions): a moment's wait while it comes in, or,
//! with no signal, a way to try again.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::screens::ScreensUnavailable;
use super::I18n;

/// Fetches a module with `load`, then shows `draw` of what it gives.
pub fn lazy_view<T, F>(
    load: impl Fn() -> F + Copy + Send + Sync + 'static,
    draw: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
    F: Future<Output = Result<T, ScreensUnavailable>> + 'static,
{
    let i18n = I18n::get();
    let loaded = RwSignal::new(None::<T>);
    let unavailable = RwSignal::new(false);
    let fetch = move || {
        unavailable.set(false);
        spawn_local(async move {
            match load().await {
                Ok(module) => _ = loaded.try_set(Some(module)),
                Err(ScreensUnavailable) => _ = unavailable.try_set(true),
            }
        });
    };
    fetch();
    move || {
        match (loaded.get(), unavailable.get()) {
        (Some(module), _) => draw(module),
        (None, true) => view! {
            <p class="problem">{i18n.tr("screens-unavailable-body")}</p>
            <button class="primary module-retry" on:click=move |_| fetch()>{i18n.tr("try-again")}</button>
        }
        .into_any(),
        (None, false) => view! { <p class="pending">{i18n.tr("screens-loading")}</p> }.into_any(),
    }
    }
}
