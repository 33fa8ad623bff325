use leptos::prelude::*;

use super::I18n;

/// The ↑ and ↓ buttons that move one answer, goal or step a place up or
/// down its list.
#[component]
pub fn MoveButtons(
    /// Moves the thing by one place: -1 up, 1 down.
    on_move: Callback<isize>,
) -> impl IntoView {
    let i18n = I18n::get();
    let button = move |by: isize, label: &'static str, arrow: &'static str| {
        view! {
            <button class="icon-button" on:click=move |_| on_move.run(by)
                aria-label=i18n.tr(label) title=i18n.tr(label)>{arrow}</button>
        }
    };
    (button(-1, "move-up", "↑"), button(1, "move-down", "↓"))
}
