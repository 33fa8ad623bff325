//! The client's app (`index.html`).

fn main() {
    waymark::ui::start(waymark::ui::App);
}
