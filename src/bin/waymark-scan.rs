//! The scan worker (see `ui::scan_worker`): reads QR codes from camera
//! frames where the browser has no BarcodeDetector, off the page's thread,
//! loaded only when such a scanner starts.

fn main() {
    waymark::ui::scan_worker::serve();
}
