use leptos::prelude::*;

use super::{AppCtx, Screen};
use crate::store::Notice;

/// Tells the person, in their language, when their saved answers need their
/// attention. Announced by screen readers as it appears.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
    // "Saved" belongs to the screen it was said on: it goes when the person
    // moves on from there (one said on the way to a screen stays on it).
    Effect::new(move |before: Option<(Screen, Option<Notice>)>| {
        let now = (ctx.screen.get(), ctx.notice.get());
        match before {
            Some((screen, Some(notice)))
                if screen != now.0 && now.1 == Some(notice) && notice.confirms() =>
            {
                ctx.notice.set(None);
                (now.0, None)
            }
            _ => now,
        }
    });
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || {
                ctx.notice
                    .get()
                    .map(|notice| {
                        view! {
                            <div class="notice" data-notice=format!("{notice:?}")>
                                <p>{i18n.tr(message_id(notice))}</p>
                                <button class="secondary" on:click=move |_| ctx.notice.set(None)>
                                    {i18n.tr("notice-close")}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

fn message_id(notice: Notice) -> &'static str {
    match notice {
        Notice::DraftUnreadable => "notice-draft-unreadable",
        Notice::TooNew => "notice-too-new",
        Notice::StorageFull => "notice-storage-full",
        Notice::StorageOff => "notice-storage-off",
        Notice::Continued => "continue-opened",
        Notice::CheckedIn => "check-in-saved",
    }
}
