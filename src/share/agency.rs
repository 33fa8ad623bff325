//! The agency's public key as it travels to a client's device: in a kiosk's
//! setup link, on the "connect" poster's QR code, or in an answer. It is a
//! code of its own, framed and checked as a plan's is, so a damaged poster
//! or a cut link is refused rather than trusted:
//!
//! ```text
//! WK1-<digits>
//! body = postcard(AgencyKeyV1 { name, public })   (flags 0, not deflated)
//! ```
//!
//! A device holding it can seal a plan that only the agency's own devices,
//! holding the private key (`share::keyring`), can open (`share::sealed`).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::code::{frame_of, read_frame, Kind, ShareError};
use super::fingerprint::Fingerprint;
use super::wire::strictly;

/// The key code's format this build writes and the newest it reads.
pub const AGENCY_KEY_VERSION: u32 = 1;

pub(super) const AGENCY: Kind = Kind {
    prefix: "WK",
    newest: AGENCY_KEY_VERSION,
};

/// What follows the client's app in a "connect" link:
/// `<app>/#agency/<code>`. It asks the client whether to use the key.
pub const CONNECT_MARKER: &str = "#agency/";

/// An agency's name, as short as a poster's line: "Miriam's Kitchen case
/// management" fits.
pub const MAX_AGENCY_NAME_CHARS: usize = 60;

/// An X25519 public key.
pub const PUBLIC_KEY_LEN: usize = 32;

/// Eight bytes of a hash of the public key: the code names its key by it,
/// so the case manager's page finds the right one among old keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct KeyId(pub [u8; 8]);

impl KeyId {
    pub fn of(public: &[u8; PUBLIC_KEY_LEN]) -> KeyId {
        let hash = Sha256::new()
            .chain_update(b"Waymark agency key")
            .chain_update(public)
            .finalize();
        let mut id = [0; 8];
        id.copy_from_slice(&hash[..8]);
        KeyId(id)
    }

    /// The words and digits people compare.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.0)
    }
}

/// An agency's public key and the name it goes by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyKey {
    name: String,
    public: [u8; PUBLIC_KEY_LEN],
}

/// Why a name cannot be an agency's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadAgencyName {
    Empty,
    TooLong,
}

impl BadAgencyName {
    pub fn message(self) -> &'static str {
        match self {
            BadAgencyName::Empty => "agency-name-empty",
            BadAgencyName::TooLong => "agency-name-long",
        }
    }
}

/// The name as it is kept: trimmed, one line, at most
/// [`MAX_AGENCY_NAME_CHARS`].
pub fn agency_name(typed: &str) -> Result<String, BadAgencyName> {
    // Control characters go first (a line break becomes a space), so that
    // the spaces they leave are folded too, and the name comes out the
    // same when it is read again.
    let visible: String = typed
        .chars()
        .filter_map(|c| match c {
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let name = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err(BadAgencyName::Empty),
        n if n > MAX_AGENCY_NAME_CHARS => Err(BadAgencyName::TooLong),
        _ => Ok(name),
    }
}

impl AgencyKey {
    /// A key under a name [`agency_name`] accepts as it is.
    pub fn new(name: &str, public: [u8; PUBLIC_KEY_LEN]) -> Result<AgencyKey, BadAgencyName> {
        let name = agency_name(name)?;
        Ok(AgencyKey { name, public })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn public(&self) -> &[u8; PUBLIC_KEY_LEN] {
        &self.public
    }

    pub fn id(&self) -> KeyId {
        KeyId::of(&self.public)
    }

    pub fn fingerprint(&self) -> Fingerprint {
        self.id().fingerprint()
    }

    /// The key as a code (`WK1-…`), for a link or a QR code.
    pub fn code(&self) -> String {
        let body = postcard::to_allocvec(&self.wire()).unwrap_or_default();
        frame_of(&AGENCY, 0, &body)
    }

    /// The key as a code of its own and inside an answer carry it.
    pub(super) fn wire(&self) -> AgencyKeyV1 {
        AgencyKeyV1 {
            name: self.name.clone(),
            public: self.public,
        }
    }

    /// A key read from its wire form; `None` for a name that is not one
    /// [`agency_name`] keeps as it is.
    pub(super) fn from_wire(wire: AgencyKeyV1) -> Option<AgencyKey> {
        let name = agency_name(&wire.name).ok().filter(|n| *n == wire.name)?;
        if is_low_order(&wire.public) {
            return None;
        }
        Some(AgencyKey {
            name,
            public: wire.public,
        })
    }

    /// Reads a key's code, checked as a plan's code is; a name that is not
    /// one [`agency_name`] keeps as it is makes the code damaged.
    pub fn from_code(code: &str) -> Result<AgencyKey, ShareError> {
        let frame = read_frame(&AGENCY, code)?;
        if frame.flags != 0 {
            return Err(ShareError::Damaged);
        }
        let wire: AgencyKeyV1 = strictly(&frame.body).ok_or(ShareError::Damaged)?;
        AgencyKey::from_wire(wire).ok_or(ShareError::Damaged)
    }
}

/// Whether a public key is one of X25519's few small-order points, with
/// which every shared secret is zero: HPKE refuses to seal to it, so a
/// poster carrying one would make every share fail. Multiplying by any
/// clamped scalar (a multiple of 8) sends exactly those points to zero.
fn is_low_order(public: &[u8; PUBLIC_KEY_LEN]) -> bool {
    x25519_dalek::x25519([1; 32], *public) == [0; 32]
}

#[derive(Serialize, Deserialize)]
pub(super) struct AgencyKeyV1 {
    name: String,
    public: [u8; PUBLIC_KEY_LEN],
}

/// The "connect" link a poster's QR code carries: it opens the client's
/// app, which asks before it uses the key.
pub fn connect_link(app_url: &str, key: &AgencyKey) -> String {
    let app = app_url.trim_end_matches('/');
    format!("{app}/{CONNECT_MARKER}{}", key.code())
}

/// A kiosk's setup link that also gives it the agency's key: what the
/// kiosk's clients share is sealed to it.
pub fn kiosk_setup_link(app_url: &str, key: &AgencyKey, idle_seconds: u32) -> String {
    let app = app_url.trim_end_matches('/');
    format!(
        "{app}/?setup=kiosk&idle={idle_seconds}&agency={}",
        key.code()
    )
}

/// The key in a setup query (`…&agency=WK1-…`), read.
pub fn agency_from_query(query: &str) -> Option<Result<AgencyKey, ShareError>> {
    crate::model::DeviceConfig::agency_in_setup_query(query).map(AgencyKey::from_code)
}
