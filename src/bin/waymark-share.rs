//! The share worker (see `ui::share_worker`): makes share codes and their QR
//! codes off the page's thread, loaded only when the Share step shows.

fn main() {
    waymark::ui::share_worker::serve();
}
