use leptos::prelude::*;

use super::I18n;
use crate::i18n::Lang;

/// A list of every shipped language, each written in itself, so that a
/// person who cannot read the current one still finds theirs.
#[component]
pub fn LanguagePicker(
    /// Called after the page has switched to the chosen language.
    #[prop(optional)]
    on_choose: Option<Callback<Lang>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let select = NodeRef::<leptos::html::Select>::new();
    let choose = move |code: String| {
        if let Some(lang) = Lang::from_tag(&code) {
            i18n.switch(lang, move |switched| {
                if switched {
                    if let Some(on_choose) = on_choose {
                        on_choose.run(lang);
                    }
                } else if let Some(select) = select.get_untracked() {
                    // The page stayed in its language: so does the list.
                    select.set_value(i18n.lang().code());
                }
            });
        }
    };
    view! {
        <label class="language-picker">
            <span class="globe" aria-hidden="true">"🌐"</span>
            <span class="visually-hidden">{i18n.tr("language-label")}</span>
            <select
                id="language"
                node_ref=select
                on:change:target=move |ev| choose(ev.target().value())
                prop:value=move || i18n.lang().code()
            >
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() dir=lang.direction().as_str()>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
