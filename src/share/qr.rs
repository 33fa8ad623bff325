//! The QR code of a share link: the address as a byte segment, the code's
//! digits as a numeric segment (3.3 bits a digit instead of 8).

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

use super::{share_link, AgencyKey, CONNECT_MARKER};

/// Medium error correction survives a smudged or glaring tablet screen.
pub const QR_ECC: QrCodeEcc = QrCodeEcc::Medium;
/// The largest QR shown on screen: 137 modules, which a phone camera still
/// reads off a tablet at arm's length. A longer plan goes by link or file.
pub const QR_MAX_VERSION: u8 = 30;

/// The QR code of a code's share link: the link up to the code's `WM2-` as
/// bytes, the digits after it as a numeric segment, which packs them
/// densely. `None` when it does not fit in [`QR_MAX_VERSION`].
pub fn share_qr(app_url: &str, code: &str) -> Option<QrCode> {
    code_link_qr(code, |prefix| share_link(app_url, prefix))
}

/// The QR code of an answer's link (`<app>/#answer/WA2-…`), packed as a
/// share's is. `None` when it does not fit in [`QR_MAX_VERSION`].
pub fn answer_qr(app_url: &str, code: &str) -> Option<QrCode> {
    code_link_qr(code, |prefix| super::answer_link(app_url, prefix))
}

/// The QR code of an agency's "connect" link (`<app>/#agency/WK1-…`), for
/// its wall poster.
pub fn connect_qr(app_url: &str, key: &AgencyKey) -> Option<QrCode> {
    code_link_qr(&key.code(), |prefix| {
        format!("{}/{CONNECT_MARKER}{prefix}", app_url.trim_end_matches('/'))
    })
}

/// The QR code of the link `link_to` makes of a code's prefix (`WM3-`),
/// followed by the code's digits.
fn code_link_qr(code: &str, link_to: impl FnOnce(&str) -> String) -> Option<QrCode> {
    let (prefix, digits) = code.split_at(code.find('-').map_or(0, |i| i + 1));
    link_qr(&link_to(prefix), digits)
}

/// The QR code of `<link_prefix><digits>`, where `link_prefix` ends with the
/// code's `WM2-`. `None` when it does not fit in [`QR_MAX_VERSION`].
fn link_qr(link_prefix: &str, digits: &str) -> Option<QrCode> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let segments = [
        QrSegment::make_bytes(link_prefix.as_bytes()),
        QrSegment::make_numeric(digits),
    ];
    QrCode::encode_segments_advanced(
        &segments,
        QR_ECC,
        Version::MIN,
        Version::new(QR_MAX_VERSION),
        None,
        false,
    )
    .ok()
}

/// The QR code as an SVG image: one path of dark modules, with the 4-module
/// quiet zone scanners need.
pub fn qr_svg(qr: &QrCode) -> String {
    let quiet = 4;
    let size = qr.size() + 2 * quiet;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}
