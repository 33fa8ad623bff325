//! Asking the browser to keep the client's draft when storage runs low.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::AppCtx;
use crate::model::DeviceMode;

/// Asks the browser, once a visit, to keep the draft through low storage,
/// and keeps its answer in [`AppCtx::persisted`]. Never on a kiosk, whose
/// drafts must not outlive the visit.
pub fn ask_to_keep_draft(ctx: AppCtx) {
    let personal = ctx
        .device
        .with_untracked(|d| d.mode == DeviceMode::Personal);
    if personal && ctx.persisted.get_untracked().is_none() {
        spawn_local(async move {
            let granted = browser::request_persistent_storage().await;
            // The screen that asked may have gone, not the app's context.
            _ = ctx.persisted.try_set(granted);
        });
    }
}
