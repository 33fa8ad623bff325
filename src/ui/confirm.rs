use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{browser, I18n};

/// A question asked before something that cannot be undone. The page behind
/// waits; focus starts on Cancel, the safe way out; Tab stays inside;
/// Escape cancels; and focus returns to the button that asked.
#[component]
pub fn Confirm(
    /// Whether the question shows; answering it sets this back to false.
    open: RwSignal<bool>,
    /// Names the dialog's parts in the page: `{id}-title`, `{id}-yes`,
    /// `{id}-cancel`.
    id: &'static str,
    /// Message id of the question.
    question: &'static str,
    /// Message id of what going ahead means, if the question needs saying.
    #[prop(optional)]
    detail: Option<&'static str>,
    /// Message id of the button that goes ahead.
    yes: &'static str,
    /// What going ahead does.
    on_yes: Callback<()>,
    /// Another way out, between going ahead and Cancel: its message id and
    /// what it does.
    #[prop(optional)]
    other: Option<(&'static str, Callback<()>)>,
) -> impl IntoView {
    let i18n = I18n::get();
    let dialog = move || {
        // The button that asked, to give focus back to on Cancel (Safari
        // does not focus a clicked button: then there is none).
        let asked_by = StoredValue::new_local(
            document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        );
        let cancel = move || {
            // Read before closing: closing disposes of this dialog's values.
            let button = asked_by.get_value();
            open.set(false);
            button.map(|b| b.focus());
        };
        browser::focus_later(format!("{id}-cancel"));
        let keys = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
            "Escape" => cancel(),
            "Tab" => keep_tab_inside(&ev),
            _ => {}
        };
        view! {
            <div class="overlay">
                <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby=format!("{id}-title")
                    aria-describedby=detail.map(|_| format!("{id}-body")) on:keydown=keys>
                    <h2 id=format!("{id}-title")>{i18n.tr(question)}</h2>
                    {detail.map(|detail| view! { <p id=format!("{id}-body")>{i18n.tr(detail)}</p> })}
                    <div class="dialog-buttons">
                        <button class="primary danger-fill" id=format!("{id}-yes") on:click=move |_| {
                            open.set(false);
                            on_yes.run(());
                        }>{i18n.tr(yes)}</button>
                        {other.map(|(label, action)| view! {
                            <button class="secondary" id=format!("{id}-other") on:click=move |_| {
                                open.set(false);
                                action.run(());
                            }>{i18n.tr(label)}</button>
                        })}
                        <button class="secondary" id=format!("{id}-cancel")
                            on:click=move |_| cancel()>{i18n.tr("cancel")}</button>
                    </div>
                </div>
            </div>
        }
    };
    move || open.get().then(dialog)
}

/// Tab from the last button goes to the first, Shift+Tab from the first to
/// the last, so that the keyboard cannot wander behind the question.
fn keep_tab_inside(ev: &leptos::ev::KeyboardEvent) {
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(buttons) = dialog.query_selector_all("button") else {
        return;
    };
    let (Some(first), Some(last)) = (
        buttons.get(0),
        buttons.get(buttons.length().saturating_sub(1)),
    ) else {
        return;
    };
    let active = document().active_element().map(web_sys::Node::from);
    let (from, to) = if ev.shift_key() {
        (first, last)
    } else {
        (last, first)
    };
    if active.as_ref() == Some(&from) {
        ev.prevent_default();
        if let Ok(to) = to.dyn_into::<web_sys::HtmlElement>() {
            let _ = to.focus();
        }
    }
}
