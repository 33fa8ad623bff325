//! A bare Leptos counter: a "Start" button and a count.
use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let (count, set_count) = signal(0u32);
    view! {
        <main>
            <button id="start" on:click=move |_| *set_count.write() += 1>"Start"</button>
            <p>"Count: " {count}</p>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
