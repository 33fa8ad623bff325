//! What both pages (the client's app and the case manager's page) do
//! around their screens: start, follow the language, move focus, and never
//! show a page restored from the back-forward cache.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::I18n;
use crate::i18n::{self, Lang};
use crate::model::DeviceConfig;

/// Mounts a page's root component. Its `index.html` shows a splash until
/// the page's screens show (see [`show_when_ready`]).
pub fn start<V: IntoView + 'static>(root: fn() -> V) {
    leptos::mount::mount_to_body(root);
}

/// The page's screens, once the reader's messages are in: never a flash of
/// message ids or of another language. The splash goes when they show.
pub fn show_when_ready<V: IntoView + 'static>(
    i18n: I18n,
    screens: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    Effect::new(move |_| {
        if i18n.ready() {
            if let Some(splash) = document().get_element_by_id("splash") {
                splash.remove();
            }
        }
    });
    // A memo, so that switching language (a new bundle) re-renders the
    // words, not the screens: what the person was doing stays.
    let ready = Memo::new(move |_| i18n.ready());
    move || ready.get().then(&screens)
}

/// A page restored from the back-forward cache would show the DOM as it
/// was, perhaps with the last client's words: load it afresh instead.
pub fn reload_if_restored_from_cache() {
    let _ = window_event_listener(leptos::ev::pageshow, |event| {
        if event.persisted() {
            let _ = window().location().reload();
        }
    });
}

/// The language a page opens in (see [`i18n::starting_lang`]). `saved` is
/// the choice kept on this device: `None` after an erase, which forgets it.
pub fn starting_lang(device: &DeviceConfig, saved: Option<Lang>) -> Lang {
    i18n::starting_lang(saved, device.default_lang.as_deref(), &browser_languages())
}

/// `navigator.languages`, most preferred first.
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Keeps the page's `lang` and `dir` on the chosen language, so that screen
/// readers, fonts and the layout's direction follow it.
pub fn follow_language(i18n: I18n) {
    Effect::new(move |_| set_page_language(i18n.lang()));
}

/// When `track_screen` reports a new screen, moves focus to its heading so a
/// screen reader starts there; not on first load, where the browser's own
/// start is right.
pub fn focus_heading_on_change(track_screen: impl Fn() + 'static) {
    Effect::new(move |first_run: Option<()>| {
        track_screen();
        if first_run.is_some() {
            request_animation_frame(focus_heading);
        }
    });
}

fn set_page_language(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.direction().as_str());
    }
}

fn focus_heading() {
    let heading = document().query_selector("main h1").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}
