//! A plan sealed to an agency's key: only a device holding the agency's
//! private key can open it; the client's own device cannot either.
//!
//! ```text
//! WS1-<digits>
//! frame = as a plan's (flags 0), so truncation and damage are found by the
//!         length and the CRC before any decryption
//! body  = postcard(SealedV1 { key, agency, enc, sealed })
//! sealed = HPKE base mode (RFC 9180): DHKEM(X25519, HKDF-SHA256),
//!         HKDF-SHA256, ChaCha20-Poly1305, one message
//!         info = "Waymark sealed plan", aad = postcard((key, agency))
//!         plaintext = deflate(postcard(PlanV3)), as in a `WM3-` code
//! ```
//!
//! The key id and the agency's name are readable, so a page without the key
//! can say whose key is needed; the aad binds them, so a code whose name or
//! id was changed does not open.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::rand_core::CryptoRng;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};

use super::agency::{agency_name, AgencyKey, KeyId, PUBLIC_KEY_LEN};
use super::code::{frame_of, plan_from_deflated, read_frame, Kind, ShareError};
use super::keyring::Keyring;
use super::wire::strictly;
use crate::model::Plan;

/// The sealed format this build writes and the newest it reads. Format 1
/// holds a plan of share format 3.
pub const SEALED_VERSION: u32 = 1;
/// The plan format inside a sealed code of format 1, whatever the newest
/// plain format is by then.
const PLAN_FORMAT_IN_SEALED_V1: u32 = 3;

pub(super) const SEALED: Kind = Kind {
    prefix: "WS",
    newest: SEALED_VERSION,
};

/// The suite of RFC 9180 in use.
pub(super) type SuiteKem = X25519HkdfSha256;
type SuiteKdf = HkdfSha256;
type SuiteAead = ChaCha20Poly1305;

const INFO: &[u8] = b"Waymark sealed plan";
/// An encapsulated key and the AEAD's tag.
const ENC_LEN: usize = 32;
const TAG_LEN: usize = 16;

#[derive(Serialize, Deserialize)]
struct SealedV1 {
    key: KeyId,
    agency: String,
    enc: [u8; ENC_LEN],
    sealed: Vec<u8>,
}

/// Whose key a sealed code needs, read from it without the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedTo {
    pub agency: String,
    pub key: KeyId,
}

/// Seals a plan's deflated bytes (see `share::plan_bytes`) to `to`, with an
/// ephemeral key from the system's randomness.
pub fn seal_deflated(deflated: &[u8], to: &AgencyKey) -> Result<String, ShareError> {
    seal_deflated_with(
        deflated,
        to,
        &mut hpke::rand_core::UnwrapErr(getrandom::SysRng),
    )
}

/// [`seal_deflated`] with the randomness given, for tests.
pub fn seal_deflated_with(
    deflated: &[u8],
    to: &AgencyKey,
    rng: &mut impl CryptoRng,
) -> Result<String, ShareError> {
    let key = to.id();
    let agency = to.name().to_owned();
    let aad = header_bytes(&key, &agency);
    let (enc, sealed) = hpke_seal(to.public(), INFO, &aad, deflated, rng)?;
    let wire = SealedV1 {
        key,
        agency,
        enc,
        sealed,
    };
    let body = postcard::to_allocvec(&wire).map_err(|_| ShareError::TooLarge)?;
    Ok(frame_of(&SEALED, 0, &body))
}

/// Whose key opens a sealed code; the code is checked whole first.
pub fn sealed_to(code: &str) -> Result<SealedTo, ShareError> {
    read_sealed(code).map(|wire| SealedTo {
        agency: wire.agency,
        key: wire.key,
    })
}

/// Whether a text is a sealed code at all (its prefix), so that it is read
/// as one and not as a plain plan.
pub fn is_sealed(code: &str) -> bool {
    code.trim().starts_with(SEALED.prefix)
}

/// Opens a sealed code with whichever key of `keys` it was sealed to,
/// retired or not. `ShareError::Sealed` when none of them is its key;
/// `Damaged` when the key is right and the tag does not match.
pub fn open_sealed(code: &str, keys: &Keyring) -> Result<Plan, ShareError> {
    let wire = read_sealed(code)?;
    let Some(secret) = keys.find(wire.key) else {
        return Err(ShareError::Sealed(SealedTo {
            agency: wire.agency,
            key: wire.key,
        }));
    };
    let aad = header_bytes(&wire.key, &wire.agency);
    let deflated = hpke_open(secret.secret_bytes(), &wire.enc, INFO, &aad, &wire.sealed)
        .ok_or(ShareError::Damaged)?;
    plan_from_deflated(PLAN_FORMAT_IN_SEALED_V1, &deflated)
}

/// A sealed code's body, its frame checked: public so that tests can change
/// it and frame it again with [`frame_sealed`], CRC and all.
pub fn sealed_body(code: &str) -> Result<Vec<u8>, ShareError> {
    Ok(read_frame(&SEALED, code)?.body)
}

/// A body framed as a sealed code, however hostile.
pub fn frame_sealed(body: &[u8]) -> String {
    frame_of(&SEALED, 0, body)
}

fn read_sealed(code: &str) -> Result<SealedV1, ShareError> {
    let frame = read_frame(&SEALED, code)?;
    if frame.flags != 0 {
        return Err(ShareError::Damaged);
    }
    let wire: SealedV1 = strictly(&frame.body).ok_or(ShareError::Damaged)?;
    // The name is shown on a page without the key: only a name that an
    // agency's key could carry, never a message of the sender's choosing.
    let shown = agency_name(&wire.agency).is_ok_and(|name| name == wire.agency);
    if !shown || wire.sealed.len() < TAG_LEN {
        return Err(ShareError::Damaged);
    }
    Ok(wire)
}

fn header_bytes(key: &KeyId, agency: &str) -> Vec<u8> {
    postcard::to_allocvec(&(key, agency)).unwrap_or_default()
}

/// HPKE base-mode single-shot seal (RFC 9180, section 6.1) in this suite:
/// the encapsulated key and the ciphertext. The RFC's test vectors go
/// through this same function (tests/sealed.rs).
pub fn hpke_seal(
    public: &[u8; PUBLIC_KEY_LEN],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
    rng: &mut impl CryptoRng,
) -> Result<([u8; ENC_LEN], Vec<u8>), ShareError> {
    let public =
        <SuiteKem as hpke::Kem>::PublicKey::from_bytes(public).map_err(|_| ShareError::Damaged)?;
    let (enc, sealed) = hpke::single_shot_seal_with_rng::<SuiteAead, SuiteKdf, SuiteKem>(
        &OpModeS::Base,
        &public,
        info,
        plaintext,
        aad,
        rng,
    )
    .map_err(|_| ShareError::Damaged)?;
    let mut enc_bytes = [0; ENC_LEN];
    enc_bytes.copy_from_slice(&enc.to_bytes());
    Ok((enc_bytes, sealed))
}

/// HPKE base-mode single-shot open; `None` when the tag does not match.
pub fn hpke_open(
    secret: &[u8; 32],
    enc: &[u8; ENC_LEN],
    info: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    let secret = <SuiteKem as hpke::Kem>::PrivateKey::from_bytes(secret).ok()?;
    let enc = <SuiteKem as hpke::Kem>::EncappedKey::from_bytes(enc).ok()?;
    hpke::single_shot_open::<SuiteAead, SuiteKdf, SuiteKem>(
        &OpModeR::Base,
        &secret,
        &enc,
        info,
        ciphertext,
        aad,
    )
    .ok()
}

/// The public key of a private one, in this suite.
pub(super) fn public_of(secret: &[u8; 32]) -> Option<[u8; PUBLIC_KEY_LEN]> {
    let secret = <SuiteKem as hpke::Kem>::PrivateKey::from_bytes(secret).ok()?;
    let mut public = [0; PUBLIC_KEY_LEN];
    public.copy_from_slice(&SuiteKem::sk_to_pk(&secret).to_bytes());
    Some(public)
}

/// A new key pair from 32 bytes of fresh randomness (RFC 9180's
/// DeriveKeyPair): the private key and its public key.
pub(super) fn key_pair_from(ikm: &[u8; 32]) -> ([u8; 32], [u8; PUBLIC_KEY_LEN]) {
    let (secret, public) = SuiteKem::derive_keypair(ikm);
    let (mut s, mut p) = ([0; 32], [0; PUBLIC_KEY_LEN]);
    s.copy_from_slice(&secret.to_bytes());
    p.copy_from_slice(&public.to_bytes());
    (s, p)
}
