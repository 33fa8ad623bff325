use leptos::prelude::*;

use super::I18n;
use crate::i18n::Lang;

/// Reads `text` aloud with the browser's speech synthesis, in the reader's
/// language. Returns false, without speaking, when the device has no voice
/// for that language: reading in the wrong language helps nobody.
pub fn speak(text: &str, lang: Lang) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    let voice = synth
        .get_voices()
        .iter()
        .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::SpeechSynthesisVoice>)
        .find(|v| {
            let tag = v.lang().to_ascii_lowercase().replace('_', "-");
            tag == lang.code() || tag.starts_with(&format!("{}-", lang.code()))
        });
    let Some(voice) = voice else { return false };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(lang.code());
    utterance.set_voice(Some(&voice));
    synth.cancel();
    synth.speak(&utterance);
    true
}

/// Stops anything being read.
pub fn stop_speaking() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// A speaker button beside a question, hint or idea. When the device has no
/// voice for the language, it says so instead.
#[component]
pub fn Speaker(
    /// The words to read, in the reader's language.
    text: Signal<String>,
) -> impl IntoView {
    let i18n = I18n::get();
    let no_voice = RwSignal::new(false);
    // A voice may appear after a language change; ask again then.
    Effect::new(move |_| {
        i18n.lang();
        no_voice.set(false);
    });
    let read = move |_| no_voice.set(!speak(&text.get_untracked(), i18n.lang()));
    let label = move || {
        if no_voice.get() {
            i18n.t("read-aloud-no-voice")
        } else {
            i18n.t("read-aloud")
        }
    };
    view! {
        <button class="speaker" class:no-voice=no_voice on:click=read aria-label=label title=label>
            <span aria-hidden="true">{move || if no_voice.get() { "🔇" } else { "🔊" }}</span>
        </button>
        <Show when=move || no_voice.get()>
            <span class="no-voice-note" role="status">{i18n.tr("read-aloud-no-voice")}</span>
        </Show>
    }
}
