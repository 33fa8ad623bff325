//! PIN protection: ChaCha20-Poly1305 under a key stretched from the PIN by
//! PBKDF2-HMAC-SHA256. A fresh random salt per code makes every key single-use,
//! so the nonce can be fixed at zero without ever repeating under one key.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sha2::Sha256;

pub const SALT_LEN: usize = 16;
pub const TAG_LEN: usize = 16;
/// PBKDF2 rounds: about half a second in a cheap phone's browser. It slows a
/// guesser down; it cannot make a 6-digit PIN strong (see README).
pub const KDF_ROUNDS: u32 = 150_000;

fn cipher(pin: &str, salt: &[u8]) -> ChaCha20Poly1305 {
    let key: [u8; 32] =
        pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(pin.trim().as_bytes(), salt, KDF_ROUNDS);
    ChaCha20Poly1305::new(&Key::from(key))
}

pub fn seal(pin: &str, salt: &[u8; SALT_LEN], plain: &[u8]) -> Option<Vec<u8>> {
    cipher(pin, salt).encrypt(&Nonce::default(), plain).ok()
}

/// The plain bytes, or `None` when the PIN is wrong (the tag does not match).
pub fn open(pin: &str, salt: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    cipher(pin, salt).decrypt(&Nonce::default(), sealed).ok()
}
