//! The agency's private keys, on the case manager's page only: made there,
//! kept on a device only when staff choose, and passed to a colleague as a
//! key file. A key file holds every key, old ones too (a code sealed last
//! year names last year's key), each with its public part readable and all
//! private parts sealed under a passphrase:
//!
//! ```text
//! { "waymark_agency_keys": 1,
//!   "keys": [{ "agency", "public" (hex), "made", "retired" }],
//!   "rounds", "salt" (hex),
//!   "secrets": hex(ChaCha20-Poly1305(PBKDF2-HMAC-SHA256(passphrase, salt,
//!              rounds), nonce 0, the private keys in order,
//!              aad = postcard([(agency, public, made, retired)]), the
//!              whole list in order)) }
//! ```
//!
//! The list is readable without the passphrase, to say which keys a file
//! holds; the aad makes it tamper-evident, so that nobody who handles the
//! file can rename a key, change its dates or bring a retired one back.
//!
//! A fresh salt for each file makes every file's key single-use, so the
//! fixed nonce never repeats under one key.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agency::{AgencyKey, BadAgencyName, KeyId, PUBLIC_KEY_LEN};
use super::crypto::{open_slowly, seal_slowly, SALT_LEN};
use super::sealed::{key_pair_from, public_of};
use crate::model::check_input_size;

/// The key file's format this build writes and the newest it reads.
pub const KEY_FILE_VERSION: u32 = 1;
/// PBKDF2 rounds for a new key file: OWASP's figure for PBKDF2-HMAC-SHA256
/// (2023), about a second on the case manager's computer. The file says
/// how many it used, so the figure can grow.
pub const KEY_FILE_ROUNDS: u32 = 600_000;
/// The rounds a file may ask for: fewer would make guessing cheap, more
/// would hang the page.
pub const ROUNDS_ACCEPTED: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;
/// The shortest passphrase accepted: it guards every plan sealed to the
/// agency, so it is longer than a client's PIN.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
const SECRET_LEN: usize = 32;

/// One private key, with the public key and name it belongs to.
#[derive(Clone, PartialEq, Eq)]
pub struct AgencySecret {
    key: AgencyKey,
    secret: [u8; SECRET_LEN],
}

impl std::fmt::Debug for AgencySecret {
    /// Never the private key: it must not reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgencySecret")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl AgencySecret {
    /// A new key pair under the agency's name, from the system's randomness.
    pub fn generate(name: &str) -> Result<AgencySecret, NewKeyError> {
        let mut seed = [0; 32];
        getrandom::fill(&mut seed).map_err(|_| NewKeyError::NoRandomness)?;
        AgencySecret::from_seed(name, &seed).map_err(NewKeyError::Name)
    }

    /// The key pair RFC 9180's DeriveKeyPair makes of `seed`.
    pub fn from_seed(name: &str, seed: &[u8; 32]) -> Result<AgencySecret, BadAgencyName> {
        let (secret, public) = key_pair_from(seed);
        Ok(AgencySecret {
            key: AgencyKey::new(name, public)?,
            secret,
        })
    }

    /// The public key, to hand out.
    pub fn key(&self) -> &AgencyKey {
        &self.key
    }

    pub(super) fn secret_bytes(&self) -> &[u8; SECRET_LEN] {
        &self.secret
    }
}

/// Why no key was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewKeyError {
    Name(BadAgencyName),
    /// The device gave no randomness (it always does in a browser).
    NoRandomness,
}

/// A key the agency holds, with when it was made and, once a device with
/// it was lost or a colleague left, when it was retired. A retired key still
/// opens the codes sealed to it; new ones are not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldKey {
    pub secret: AgencySecret,
    pub made: NaiveDate,
    pub retired: Option<NaiveDate>,
}

/// A key as a key file lists it, readable without the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedKey {
    pub key: AgencyKey,
    pub made: NaiveDate,
    pub retired: Option<NaiveDate>,
}

/// The keys the agency holds, newest last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keyring {
    keys: Vec<HeldKey>,
}

impl Keyring {
    pub fn keys(&self) -> &[HeldKey] {
        &self.keys
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds a key made today, unless it is held already.
    pub fn add(&mut self, secret: AgencySecret, made: NaiveDate) {
        if !self.holds(secret.key().id()) {
            self.keys.push(HeldKey {
                secret,
                made,
                retired: None,
            });
        }
    }

    pub fn holds(&self, id: KeyId) -> bool {
        self.find(id).is_some()
    }

    pub fn find(&self, id: KeyId) -> Option<&AgencySecret> {
        self.keys
            .iter()
            .map(|held| &held.secret)
            .find(|secret| secret.key().id() == id)
    }

    /// The key clients' plans are sealed to now: the newest not retired.
    pub fn current(&self) -> Option<&AgencyKey> {
        self.keys
            .iter()
            .rev()
            .find(|held| held.retired.is_none())
            .map(|held| held.secret.key())
    }

    /// Retires a key from `day`; false when it is not held.
    pub fn retire(&mut self, id: KeyId, day: NaiveDate) -> bool {
        let held = self.keys.iter_mut().find(|h| h.secret.key().id() == id);
        match held {
            Some(held) => {
                held.retired.get_or_insert(day);
                true
            }
            None => false,
        }
    }

    /// Takes in a colleague's keys: the ones not held yet, and the
    /// retirements of the ones held.
    pub fn merge(&mut self, other: Keyring) {
        for theirs in other.keys {
            let id = theirs.secret.key().id();
            match self.keys.iter_mut().find(|h| h.secret.key().id() == id) {
                Some(mine) => {
                    mine.retired = match (mine.retired, theirs.retired) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    }
                }
                None => self.keys.push(theirs),
            }
        }
        self.keys.sort_by_key(|h| h.made);
    }

    /// The key file, sealed under `passphrase` with a fresh salt.
    pub fn lock(&self, passphrase: &str) -> Result<String, KeyFileError> {
        self.lock_in_rounds(passphrase, KEY_FILE_ROUNDS)
    }

    /// [`Keyring::lock`] with `rounds` of PBKDF2 (at least the fewest a
    /// file may ask for), for tests that would otherwise spend their time
    /// on them.
    pub fn lock_in_rounds(&self, passphrase: &str, rounds: u32) -> Result<String, KeyFileError> {
        let mut salt = [0; SALT_LEN];
        getrandom::fill(&mut salt).map_err(|_| KeyFileError::NoRandomness)?;
        self.lock_with(passphrase, &salt, rounds)
    }

    /// [`Keyring::lock`] with a given salt and rounds, for fixtures.
    pub fn lock_with(
        &self,
        passphrase: &str,
        salt: &[u8; SALT_LEN],
        rounds: u32,
    ) -> Result<String, KeyFileError> {
        if !passphrase_is_long_enough(passphrase) {
            return Err(KeyFileError::PassphraseTooShort);
        }
        let secrets: Vec<u8> = self.keys.iter().flat_map(|h| h.secret.secret).collect();
        let aad = listing(
            self.keys
                .iter()
                .map(|h| (h.secret.key(), h.made, h.retired)),
        );
        let sealed = seal_slowly(passphrase, salt, rounds, &secrets, &aad)
            .ok_or(KeyFileError::PassphraseTooShort)?;
        let file = KeyFileV1 {
            waymark_agency_keys: KEY_FILE_VERSION,
            keys: self
                .keys
                .iter()
                .map(|h| KeyEntryV1 {
                    agency: h.secret.key().name().to_owned(),
                    public: hex::encode(h.secret.key().public()),
                    made: h.made,
                    retired: h.retired,
                })
                .collect(),
            rounds,
            salt: hex::encode(salt),
            secrets: hex::encode(sealed),
        };
        serde_json::to_string_pretty(&file).map_err(|_| KeyFileError::Damaged)
    }
}

/// Whether a passphrase is long enough, counted as typed, less the spaces
/// around it.
pub fn passphrase_is_long_enough(passphrase: &str) -> bool {
    passphrase.trim().chars().count() >= MIN_PASSPHRASE_CHARS
}

/// The bytes the key file's cipher authenticates: every listed key, with
/// its name and dates, in order.
fn listing<'a>(
    keys: impl Iterator<Item = (&'a AgencyKey, NaiveDate, Option<NaiveDate>)>,
) -> Vec<u8> {
    let entries: Vec<_> = keys
        .map(|(key, made, retired)| (key.name(), key.public(), made, retired))
        .collect();
    postcard::to_allocvec(&entries).unwrap_or_default()
}

/// Why a key file does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFileError {
    NotAKeyFile,
    TooNew(u32),
    Damaged,
    WrongPassphrase,
    PassphraseTooShort,
    NoRandomness,
}

impl KeyFileError {
    /// The message for the case manager.
    pub fn message(self) -> &'static str {
        match self {
            KeyFileError::NotAKeyFile => "keyfile-not",
            KeyFileError::TooNew(_) => "keyfile-too-new",
            KeyFileError::Damaged => "keyfile-damaged",
            KeyFileError::WrongPassphrase => "keyfile-wrong-passphrase",
            KeyFileError::PassphraseTooShort => "keyfile-passphrase-short",
            KeyFileError::NoRandomness => "keyfile-failed",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct KeyFileV1 {
    waymark_agency_keys: u32,
    keys: Vec<KeyEntryV1>,
    rounds: u32,
    salt: String,
    secrets: String,
}

#[derive(Serialize, Deserialize)]
struct KeyEntryV1 {
    agency: String,
    public: String,
    made: NaiveDate,
    retired: Option<NaiveDate>,
}

/// A key file as read, before its passphrase: which keys it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFile {
    keys: Vec<ListedKey>,
    rounds: u32,
    salt: Vec<u8>,
    secrets: Vec<u8>,
}

impl KeyFile {
    /// Reads a key file's text: its format first, then every field.
    pub fn read(text: &str) -> Result<KeyFile, KeyFileError> {
        check_input_size(text).map_err(|_| KeyFileError::NotAKeyFile)?;
        #[derive(Deserialize)]
        struct Version {
            waymark_agency_keys: u32,
        }
        let version = serde_json::from_str::<Version>(text)
            .map_err(|_| KeyFileError::NotAKeyFile)?
            .waymark_agency_keys;
        if version > KEY_FILE_VERSION {
            return Err(KeyFileError::TooNew(version));
        }
        let file: KeyFileV1 = serde_json::from_str(text).map_err(|_| KeyFileError::Damaged)?;
        let keys = file
            .keys
            .into_iter()
            .map(|entry| {
                let public: [u8; PUBLIC_KEY_LEN] = hex::decode(&entry.public)
                    .ok()
                    .and_then(|bytes| bytes.try_into().ok())
                    .ok_or(KeyFileError::Damaged)?;
                let key = AgencyKey::new(&entry.agency, public)
                    .ok()
                    .filter(|key| key.name() == entry.agency)
                    .ok_or(KeyFileError::Damaged)?;
                Ok(ListedKey {
                    key,
                    made: entry.made,
                    retired: entry.retired,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let salt = hex::decode(&file.salt).map_err(|_| KeyFileError::Damaged)?;
        let secrets = hex::decode(&file.secrets).map_err(|_| KeyFileError::Damaged)?;
        if keys.is_empty() || salt.len() != SALT_LEN || !ROUNDS_ACCEPTED.contains(&file.rounds) {
            return Err(KeyFileError::Damaged);
        }
        Ok(KeyFile {
            keys,
            rounds: file.rounds,
            salt,
            secrets,
        })
    }

    /// The keys it holds, readable without the passphrase.
    pub fn keys(&self) -> &[ListedKey] {
        &self.keys
    }

    pub fn holds(&self, id: KeyId) -> bool {
        self.keys.iter().any(|listed| listed.key.id() == id)
    }

    /// The keys with their private parts. The cipher's tag covers the list,
    /// and each private key must give its listed public key, so a file
    /// that was tampered with does not open.
    pub fn unlock(&self, passphrase: &str) -> Result<Keyring, KeyFileError> {
        let aad = listing(self.keys.iter().map(|l| (&l.key, l.made, l.retired)));
        let secrets = open_slowly(passphrase, &self.salt, self.rounds, &self.secrets, &aad)
            .ok_or(KeyFileError::WrongPassphrase)?;
        if secrets.len() != SECRET_LEN * self.keys.len() {
            return Err(KeyFileError::Damaged);
        }
        let keys = self
            .keys
            .iter()
            .zip(secrets.chunks_exact(SECRET_LEN))
            .map(|(listed, secret)| {
                let secret: [u8; SECRET_LEN] =
                    secret.try_into().map_err(|_| KeyFileError::Damaged)?;
                if public_of(&secret).as_ref() != Some(listed.key.public()) {
                    return Err(KeyFileError::Damaged);
                }
                Ok(HeldKey {
                    secret: AgencySecret {
                        key: listed.key.clone(),
                        secret,
                    },
                    made: listed.made,
                    retired: listed.retired,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Keyring { keys })
    }
}
