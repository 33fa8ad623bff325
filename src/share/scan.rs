//! Reading a QR code from a camera frame where the browser has no
//! `BarcodeDetector` (Firefox, Safari): rqrr, in the scan worker, so that
//! neither a client's first visit nor the page's thread carries it.

/// The largest frame read: a phone camera's 1080p is plenty for a QR code
/// held up to it, and the time rqrr takes grows with the pixels.
pub const MAX_FRAME_PIXELS: usize = 1920 * 1080;

/// The text of the first QR code that reads in a frame of RGBA pixels, as a
/// canvas gives them; `None` when none does, or the frame is not what its
/// size says.
pub fn read_qr(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    let pixels = width.checked_mul(height)?;
    if pixels == 0 || pixels > MAX_FRAME_PIXELS || rgba.len() != pixels * 4 {
        return None;
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let at = (y * width + x) * 4;
        luma(rgba[at], rgba[at + 1], rgba[at + 2])
    });
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// A pixel's brightness (ITU-R BT.601 weights, in integers).
fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}
