fn main() {
    leptos::mount::mount_to_body(waymark::ui::App);
    // index.html shows a splash while the app downloads; the app is here now.
    if let Some(splash) = leptos::prelude::document().get_element_by_id("splash") {
        splash.remove();
    }
}
