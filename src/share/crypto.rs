//! PIN protection: ChaCha20-Poly1305 under a key stretched from the PIN by
//! PBKDF2-HMAC-SHA256. A fresh random salt per code makes every key single-use,
//! so the nonce can be fixed at zero without ever repeating under one key.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sha2::Sha256;

pub const SALT_LEN: usize = 16;
pub const TAG_LEN: usize = 16;
/// PBKDF2 rounds: about half a second in a cheap phone's browser. It slows a
/// guesser down; it cannot make a 6-digit PIN strong (see README).
pub const KDF_ROUNDS: u32 = 150_000;

/// The PIN as the key is made from it: as typed, less the whitespace around
/// it (a pasted PIN often brings a space or a line break). `None` for a PIN
/// with a control character, which matches no code: HMAC pads a key shorter
/// than its block with zero bytes, so `482913\0` would give the key of
/// `482913`. No one types a control character, and every code ever made
/// keeps its key, since the derivation itself is unchanged.
pub fn typed_pin(pin: &str) -> Option<&str> {
    let pin = pin.trim();
    (!pin.chars().any(char::is_control)).then_some(pin)
}

fn cipher(pin: &str, salt: &[u8], rounds: u32) -> Option<ChaCha20Poly1305> {
    let pin = typed_pin(pin)?;
    let key: [u8; 32] = pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(pin.as_bytes(), salt, rounds);
    Some(ChaCha20Poly1305::new(&Key::from(key)))
}

/// The sealed bytes, or `None` for a PIN that [`typed_pin`] refuses.
pub fn seal(pin: &str, salt: &[u8; SALT_LEN], plain: &[u8]) -> Option<Vec<u8>> {
    seal_slowly(pin, salt, KDF_ROUNDS, plain, &[])
}

/// The plain bytes, or `None` when the PIN is wrong (the tag does not match).
pub fn open(pin: &str, salt: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    open_slowly(pin, salt, KDF_ROUNDS, sealed, &[])
}

/// [`seal`] with a derivation of `rounds` and associated data: the agency
/// key file's passphrase (`share::keyring`).
pub fn seal_slowly(
    pass: &str,
    salt: &[u8],
    rounds: u32,
    plain: &[u8],
    aad: &[u8],
) -> Option<Vec<u8>> {
    let payload = Payload { msg: plain, aad };
    cipher(pass, salt, rounds)?
        .encrypt(&Nonce::default(), payload)
        .ok()
}

/// [`open`] with a derivation of `rounds` and associated data.
pub fn open_slowly(
    pass: &str,
    salt: &[u8],
    rounds: u32,
    sealed: &[u8],
    aad: &[u8],
) -> Option<Vec<u8>> {
    let payload = Payload { msg: sealed, aad };
    cipher(pass, salt, rounds)?
        .decrypt(&Nonce::default(), payload)
        .ok()
}
