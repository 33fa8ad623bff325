//! What happens when the client presses "Make my code": the PIN rule, the
//! protection, the code, its link and its QR. The page runs it in a worker
//! (`ui::share_worker`), so that the cipher and the QR encoder are not in a
//! client's first visit and the slow key derivation never freezes the page.

use serde::{Deserialize, Serialize};

use super::crypto::SALT_LEN;
use super::{
    code_from_deflated, qr_svg, seal_deflated, share_link, share_qr, AgencyKey, Protection,
    ShareError,
};

/// The shortest PIN or passphrase accepted.
pub const MIN_PIN_CHARS: usize = 4;

/// Whether a PIN is long enough, counted as the person typed it, less the
/// spaces around it.
pub fn pin_is_long_enough(pin: &str) -> bool {
    pin.trim().chars().count() >= MIN_PIN_CHARS
}

/// A PIN shorter than [`MIN_PIN_CHARS`], refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinTooShort;

/// The PIN of a code the client asked to protect (`None` when they did
/// not): checked on the page, before the plan goes to the worker, so the
/// client hears of a short one at once.
pub fn chosen_pin(protect: bool, pin: String) -> Result<Option<String>, PinTooShort> {
    match protect {
        false => Ok(None),
        true if pin_is_long_enough(&pin) => Ok(Some(pin)),
        true => Err(PinTooShort),
    }
}

/// The client's chosen parts, ready to become a code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareRequest {
    /// The plan's bytes once deflated (see [`super::plan_bytes`]).
    pub deflated: Vec<u8>,
    /// The PIN, when the client chose one.
    pub pin: Option<String>,
    /// A fresh random salt for a protected code.
    pub salt: [u8; SALT_LEN],
    /// Where the app is, for the link (`https://…/`).
    pub app_url: String,
    /// The agency the client chose to seal the code to; then no PIN is
    /// needed, and none is used.
    pub seal_to: Option<AgencyKey>,
}

/// A code and the ways to pass it on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareOutcome {
    pub code: String,
    pub link: String,
    /// The link's QR code as an SVG image, or `None` when the plan is too
    /// long for one.
    pub qr_svg: Option<String>,
    /// Whether the code holds nothing readable (a PIN, or sealed).
    pub protected: bool,
}

/// Makes the code, its link and its QR: sealed to the agency when the client
/// chose so, else with their PIN, if any. A PIN that is too short is refused
/// here too, whatever the page checked.
pub fn make_share(request: &ShareRequest) -> Result<ShareOutcome, ShareError> {
    let code = match &request.seal_to {
        Some(agency) => seal_deflated(&request.deflated, agency)?,
        None => pin_code(request)?,
    };
    Ok(ShareOutcome {
        link: share_link(&request.app_url, &code),
        qr_svg: share_qr(&request.app_url, &code).map(|qr| qr_svg(&qr)),
        code,
        protected: request.pin.is_some() || request.seal_to.is_some(),
    })
}

fn pin_code(request: &ShareRequest) -> Result<String, ShareError> {
    let protection = match &request.pin {
        None => Protection::None,
        Some(pin) if pin_is_long_enough(pin) => Protection::Pin {
            pin,
            salt: request.salt,
        },
        Some(_) => return Err(ShareError::PinTooShort),
    };
    code_from_deflated(&request.deflated, protection)
}
