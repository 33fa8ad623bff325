//! The agency's keys as the case manager's page holds them for a visit: the
//! keys unlocked, the passphrase they are sealed under when saved, and the
//! key file kept on this computer. Here are the rules of when that file is
//! written over and when keys are at risk of being lost; the page draws the
//! state and does the writing through [`KeyStore`].

use chrono::NaiveDate;

use super::agency::{BadAgencyName, KeyId};
use super::keyring::{
    passphrase_is_long_enough, AgencySecret, KeyFile, KeyFileError, Keyring, NewKeyError,
    KEY_FILE_ROUNDS, ROUNDS_ACCEPTED,
};

/// Where the key file is kept on this computer: the browser's storage on
/// the page, a stand-in in tests.
pub trait KeyStore {
    /// The key file kept now: another tab may have written it since.
    fn read(&self) -> Option<String>;
    /// Writes the file in place of the one kept; whether it was written.
    fn write(&mut self, file: &str) -> bool;
    fn remove(&mut self);
}

/// Why an action on the keys did not (fully) happen; [`Self::message`]
/// names the message for the case manager.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustodyProblem {
    /// A key file nobody unlocked in this visit is kept here: writing the
    /// keys held would replace it.
    UnlockFirst,
    /// The browser would not store the file (full, or storage refused).
    NotStored,
    File(KeyFileError),
    Name(BadAgencyName),
}

impl CustodyProblem {
    pub fn message(self) -> &'static str {
        match self {
            CustodyProblem::UnlockFirst => "keys-keep-unlock-first",
            CustodyProblem::NotStored => "keys-keep-failed",
            CustodyProblem::File(error) => error.message(),
            CustodyProblem::Name(bad) => bad.message(),
        }
    }
}

impl From<KeyFileError> for CustodyProblem {
    fn from(error: KeyFileError) -> Self {
        CustodyProblem::File(error)
    }
}

impl From<NewKeyError> for CustodyProblem {
    fn from(error: NewKeyError) -> Self {
        match error {
            NewKeyError::Name(bad) => CustodyProblem::Name(bad),
            NewKeyError::NoRandomness => CustodyProblem::File(KeyFileError::NoRandomness),
        }
    }
}

/// An action that went through. When the copy on this computer should have
/// followed and did not, `not_kept` says why: the change is made all the
/// same, and flagged unsaved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Done {
    pub not_kept: Option<CustodyProblem>,
}

/// The keys of one visit to the case manager's page.
// No Debug: it holds the passphrase.
pub struct KeyCustody {
    ring: Keyring,
    passphrase: String,
    /// PBKDF2's rounds for the key files it writes.
    rounds: u32,
    /// The key file on this computer, as read or last written.
    stored: Option<String>,
    /// Whether that file holds the keys held: it was unlocked or written in
    /// this visit. Only then is it written over, so that a key file nobody
    /// unlocked is never replaced.
    keeping: bool,
    /// Keys made, retired or taken in since they were last kept or saved:
    /// closing the page now would lose them.
    unsaved: bool,
    /// Whether staff chose the passphrase in this visit (made a key or
    /// changed it): then it wins over a kept file's when that is unlocked.
    chosen: bool,
}

impl KeyCustody {
    /// A visit's start: no key unlocked, and the key file kept here, if any.
    pub fn new(stored: Option<String>) -> KeyCustody {
        KeyCustody::sealing_in_rounds(stored, KEY_FILE_ROUNDS)
    }

    /// [`KeyCustody::new`], writing key files with `rounds` of PBKDF2 (see
    /// [`Keyring::lock_in_rounds`]), within what a key file may ask for.
    pub fn sealing_in_rounds(stored: Option<String>, rounds: u32) -> KeyCustody {
        KeyCustody {
            ring: Keyring::default(),
            passphrase: String::new(),
            rounds: rounds.clamp(*ROUNDS_ACCEPTED.start(), *ROUNDS_ACCEPTED.end()),
            stored,
            keeping: false,
            unsaved: false,
            chosen: false,
        }
    }

    pub fn ring(&self) -> &Keyring {
        &self.ring
    }

    /// Whether the keys held are kept on this computer.
    pub fn keeping(&self) -> bool {
        self.keeping
    }

    /// Whether some key held exists nowhere else.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    pub fn has_stored(&self) -> bool {
        self.stored.is_some()
    }

    /// The key file kept here that this visit has not unlocked.
    pub fn stored_to_unlock(&self) -> Option<&str> {
        self.stored.as_deref().filter(|_| !self.keeping)
    }

    /// The key file of the keys held, sealed under the visit's passphrase.
    pub fn key_file(&self) -> Result<String, KeyFileError> {
        self.ring.lock_in_rounds(&self.passphrase, self.rounds)
    }

    /// The key file was saved somewhere else (downloaded): nothing held is
    /// only here any more.
    pub fn saved_elsewhere(&mut self) {
        self.unsaved = false;
    }

    /// The page is leaving on purpose (a kiosk's idle reset): nothing may
    /// hold it back, not even a key that is not saved. (The same as
    /// [`Self::saved_elsewhere`], for another reason.)
    pub fn let_go(&mut self) {
        self.unsaved = false;
    }

    /// A new key for `name`, sealed under `passphrase` from now on; kept
    /// here when `keep` (or when the keys held are kept already), else
    /// unsaved. Not while a key file nobody unlocked is kept here: that
    /// agency key may be the one in use.
    pub fn make(
        &mut self,
        name: &str,
        passphrase: &str,
        keep: bool,
        today: NaiveDate,
        store: &mut impl KeyStore,
    ) -> Result<Done, CustodyProblem> {
        if self.stored_to_unlock().is_some() {
            return Err(CustodyProblem::UnlockFirst);
        }
        check_new_passphrase(passphrase)?;
        let secret = AgencySecret::generate(name)?;
        self.choose_passphrase(passphrase);
        self.ring.add(secret, today);
        Ok(if keep {
            self.keep_now(store)
        } else {
            self.changed(store)
        })
    }

    /// A new key for the agency of the key in use (or of the newest key),
    /// which clients' plans are sealed to from now on.
    pub fn make_next(
        &mut self,
        today: NaiveDate,
        store: &mut impl KeyStore,
    ) -> Result<Done, CustodyProblem> {
        let name = self
            .ring
            .current()
            .or_else(|| self.ring.keys().last().map(|held| held.secret.key()))
            .map(|key| key.name().to_owned())
            .unwrap_or_default();
        let secret = AgencySecret::generate(&name)?;
        self.ring.add(secret, today);
        Ok(self.changed(store))
    }

    /// Retires a key from `today`: it still opens the codes sealed to it.
    pub fn retire(&mut self, id: KeyId, today: NaiveDate, store: &mut impl KeyStore) -> Done {
        if self.ring.retire(id, today) {
            self.changed(store)
        } else {
            Done::default()
        }
    }

    /// Seals the keys held under a new passphrase: the copy kept here now,
    /// and every key file saved from now on. Keys unsaved stay unsaved: a
    /// file saved before has the old passphrase.
    pub fn change_passphrase(
        &mut self,
        passphrase: &str,
        store: &mut impl KeyStore,
    ) -> Result<Done, CustodyProblem> {
        check_new_passphrase(passphrase)?;
        self.choose_passphrase(passphrase);
        Ok(if self.keeping {
            self.keep_now(store)
        } else {
            Done::default()
        })
    }

    /// Keeps the keys held on this computer, unless that would replace a
    /// key file nobody unlocked.
    pub fn keep(&mut self, store: &mut impl KeyStore) -> Result<(), CustodyProblem> {
        // Another tab of the page may have kept a newer file since: this
        // one must be unlocked before it is written over, like any other.
        let on_computer = store.read();
        if on_computer != self.stored {
            self.stored = on_computer;
            self.keeping = false;
        }
        if self.stored_to_unlock().is_some() {
            // What was to be kept here is only on the page.
            self.unsaved = !self.ring.is_empty();
            return Err(CustodyProblem::UnlockFirst);
        }
        let written = self
            .key_file()
            .map_err(CustodyProblem::from)
            .and_then(|file| {
                if store.write(&file) {
                    Ok(file)
                } else {
                    Err(CustodyProblem::NotStored)
                }
            });
        match written {
            Ok(file) => {
                self.stored = Some(file);
                self.keeping = true;
                self.unsaved = false;
                Ok(())
            }
            Err(problem) => {
                self.unsaved = true;
                Err(problem)
            }
        }
    }

    /// Unlocks the key file kept here. Whatever this visit held besides
    /// joins it, and the file kept here is written with all of it.
    pub fn unlock_stored(
        &mut self,
        passphrase: &str,
        store: &mut impl KeyStore,
    ) -> Result<Done, CustodyProblem> {
        let Some(text) = self.stored_to_unlock() else {
            return Ok(Done::default());
        };
        let ring = KeyFile::read(text)?.unlock(passphrase)?;
        Ok(self.take_in(ring, passphrase, true, store))
    }

    /// Takes in a colleague's key file (or one's own, on a new computer):
    /// it exists elsewhere already, so it leaves nothing unsaved.
    pub fn import(
        &mut self,
        file: &KeyFile,
        passphrase: &str,
        store: &mut impl KeyStore,
    ) -> Result<Done, CustodyProblem> {
        let ring = file.unlock(passphrase)?;
        Ok(self.take_in(ring, passphrase, false, store))
    }

    /// Takes the key file off this computer. Keys held only there until now
    /// are unsaved.
    pub fn forget_stored(&mut self, store: &mut impl KeyStore) {
        store.remove();
        self.stored = None;
        if self.keeping {
            self.keeping = false;
            self.unsaved = !self.ring.is_empty();
        }
    }

    fn take_in(
        &mut self,
        ring: Keyring,
        passphrase: &str,
        from_stored: bool,
        store: &mut impl KeyStore,
    ) -> Done {
        let first = self.ring.is_empty();
        // This computer's own passphrase wins over a colleague's, and one
        // chosen in this visit over both.
        if first || (from_stored && !self.chosen) {
            passphrase.clone_into(&mut self.passphrase);
        }
        self.ring.merge(ring);
        if from_stored {
            self.keeping = true;
        }
        if self.keeping && !first {
            self.keep_now(store)
        } else {
            Done::default()
        }
    }

    /// After a change: the copy kept here follows, or the change is unsaved.
    fn changed(&mut self, store: &mut impl KeyStore) -> Done {
        if self.keeping {
            self.keep_now(store)
        } else {
            self.unsaved = true;
            Done::default()
        }
    }

    /// [`Self::keep`] as part of another action, which is done either way.
    fn keep_now(&mut self, store: &mut impl KeyStore) -> Done {
        Done {
            not_kept: self.keep(store).err(),
        }
    }

    fn choose_passphrase(&mut self, passphrase: &str) {
        passphrase.clone_into(&mut self.passphrase);
        self.chosen = true;
    }
}

fn check_new_passphrase(passphrase: &str) -> Result<(), CustodyProblem> {
    if passphrase_is_long_enough(passphrase) {
        Ok(())
    } else {
        Err(KeyFileError::PassphraseTooShort.into())
    }
}
