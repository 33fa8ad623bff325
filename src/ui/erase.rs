//! Erasing the client's work: "I am finished" and the idle timeout on a
//! kiosk, "Delete my data" on a personal device.

use leptos::prelude::*;

use super::browser;
use super::context::now;
use super::nav::Screen;
use super::page::starting_lang;
use super::AppCtx;
use crate::model::{plan_id, Plan};
use crate::store;

/// A random id for a new plan, from the browser's cryptographic source (the
/// clock, where that is missing: it only has to tell one client's plans apart).
pub fn new_plan_id() -> String {
    let random =
        browser::random_bytes().unwrap_or_else(|| (js_sys::Date::now() as u64).to_be_bytes());
    plan_id(random)
}

/// Removes everything the client wrote from memory and storage and shows
/// `then` (Welcome, or Settings after "Delete my data"), in the device's
/// starting language. The history entry is
/// replaced, and every earlier one is a step name on this same page, which now
/// shows an empty plan: the back button brings none of their words back.
pub fn erase_everything(ctx: AppCtx, then: Screen) {
    ctx.autosave.reset();
    store::erase_client_data();
    let lang = ctx.device.with_untracked(|d| starting_lang(d, None));
    ctx.i18n.set(lang);
    ctx.plan.set(Plan::new(new_plan_id(), now(), lang.code()));
    ctx.notice.set(None);
    // Codes and an answer waiting in memory are the client's too.
    ctx.incoming.set(None);
    ctx.incoming_answer.set(None);
    ctx.waiting_answer.set(None);
    ctx.incoming_agency.set(None);
    // What staff set stays; what the client chose went with their data.
    ctx.agency.set(store::saved_agency());
    super::browser::replace_address(&super::nav::url_of(then));
    if ctx.screen.get_untracked() != then {
        ctx.screen.set(then);
    }
}
