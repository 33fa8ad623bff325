fn main() {
    leptos::mount::mount_to_body(waymark::ui::App);
}
