//! The case manager's page (`open/index.html`).

fn main() {
    waymark::ui::start(waymark::ui::CaseManagerApp);
}
