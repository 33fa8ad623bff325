use leptos::prelude::*;

use super::AppCtx;
use crate::store::Notice;

/// Tells the person, in their language, when their saved answers need their
/// attention. Announced by screen readers as it appears.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let ctx = AppCtx::get();
    let i18n = ctx.i18n;
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
