//! The agency's keys through a visit to the case manager's page: when the
//! key file kept on the computer is written, when it must not be, and when
//! keys would be lost if the page closed.

use chrono::NaiveDate;
use waymark::share::{
    AgencySecret, CustodyProblem, KeyCustody, KeyFile, KeyFileError, KeyStore, Keyring,
    ROUNDS_ACCEPTED,
};

const AGENCY: &str = "Miriam's Kitchen case management";
const PASSPHRASE: &str = "correct horse battery";
const COLLEAGUES: &str = "a colleague's own passphrase";

/// The computer's storage: the one key file it keeps, or none; it may be
/// full.
#[derive(Default)]
struct Computer {
    file: Option<String>,
    full: bool,
}

impl KeyStore for Computer {
    fn write(&mut self, file: &str) -> bool {
        if !self.full {
            self.file = Some(file.to_owned());
        }
        !self.full
    }

    fn remove(&mut self) {
        self.file = None;
    }
}

impl Computer {
    /// The keys of the file kept here, opened with `passphrase`.
    fn keys(&self, passphrase: &str) -> Result<Keyring, KeyFileError> {
        KeyFile::read(self.file.as_deref().expect("a key file is kept"))?.unlock(passphrase)
    }

    /// The next visit's start. Its key files take the fewest rounds a file
    /// may: the rules are the same, in a sixth of the time.
    fn visit(&self) -> KeyCustody {
        KeyCustody::sealing_in_rounds(self.file.clone(), FEWEST_ROUNDS)
    }
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const TODAY: &str = "2026-12-03";
const FEWEST_ROUNDS: u32 = *ROUNDS_ACCEPTED.start();

/// A colleague's key file with one key of the agency's.
fn colleagues_file(seed: u8) -> KeyFile {
    let mut ring = Keyring::default();
    ring.add(
        AgencySecret::from_seed(AGENCY, &[seed; 32]).unwrap(),
        day("2026-11-02"),
    );
    KeyFile::read(&ring.lock_in_rounds(COLLEAGUES, FEWEST_ROUNDS).unwrap()).unwrap()
}

/// A visit in which a key was made and kept on the computer.
fn kept_key() -> (KeyCustody, Computer) {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    custody
        .make(AGENCY, PASSPHRASE, true, day(TODAY), &mut computer)
        .unwrap();
    (custody, computer)
}

#[test]
fn a_key_made_and_not_kept_is_unsaved_until_its_file_is_saved() {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    custody
        .make(AGENCY, PASSPHRASE, false, day(TODAY), &mut computer)
        .unwrap();
    assert_eq!(custody.ring().current().unwrap().name(), AGENCY);
    assert!(custody.unsaved(), "the page warns before it closes");
    assert_eq!(computer.file, None, "nothing was written on the computer");
    // The file staff save opens with the passphrase they chose.
    let file = custody.key_file().unwrap();
    assert_eq!(
        &KeyFile::read(&file).unwrap().unlock(PASSPHRASE).unwrap(),
        custody.ring()
    );
    custody.saved_elsewhere();
    assert!(!custody.unsaved());
}

#[test]
fn a_key_kept_here_opens_on_the_next_visit_with_its_passphrase_only() {
    let (custody, computer) = kept_key();
    assert!(custody.keeping() && !custody.unsaved());
    let mut next = computer.visit();
    assert!(
        next.ring().is_empty(),
        "no key is unlocked before its passphrase"
    );
    assert!(next.stored_to_unlock().is_some());
    let mut storage = Computer {
        file: computer.file.clone(),
        ..Computer::default()
    };
    assert_eq!(
        next.unlock_stored("correct horse batterY", &mut storage),
        Err(CustodyProblem::File(KeyFileError::WrongPassphrase))
    );
    next.unlock_stored(PASSPHRASE, &mut storage).unwrap();
    assert_eq!(next.ring(), custody.ring());
    assert!(next.keeping() && next.stored_to_unlock().is_none());
    assert_eq!(
        storage.file, computer.file,
        "unlocking alone writes nothing"
    );
}

#[test]
fn a_key_file_kept_here_that_nobody_unlocked_is_never_written_over() {
    let (first, mut computer) = kept_key();
    let kept = computer.file.clone();
    let mut visit = computer.visit();
    visit
        .import(&colleagues_file(7), COLLEAGUES, &mut computer)
        .unwrap();
    assert_eq!(visit.keep(&mut computer), Err(CustodyProblem::UnlockFirst));
    assert_eq!(visit.make_next(day(TODAY), &mut computer), Ok(()));
    assert_eq!(computer.file, kept, "the kept file is as it was");
    assert!(
        visit.unsaved(),
        "the key made in this visit exists nowhere else"
    );
    // Once unlocked, the kept file takes in everything this visit held.
    visit.unlock_stored(PASSPHRASE, &mut computer).unwrap();
    let now_kept = computer.keys(PASSPHRASE).unwrap();
    assert_eq!(now_kept.keys().len(), 3);
    assert!(first
        .ring()
        .keys()
        .iter()
        .all(|k| now_kept.holds(k.secret.key().id())));
    assert!(!visit.unsaved());
}

#[test]
fn every_change_follows_into_the_kept_file() {
    let (mut custody, mut computer) = kept_key();
    let old = custody.ring().current().unwrap().clone();
    custody.make_next(day("2026-12-04"), &mut computer).unwrap();
    let new = custody.ring().current().unwrap().clone();
    assert_ne!(new.id(), old.id());
    assert_eq!(new.name(), AGENCY, "the next key is the same agency's");
    custody
        .retire(old.id(), day("2026-12-05"), &mut computer)
        .unwrap();
    let kept = computer.keys(PASSPHRASE).unwrap();
    assert_eq!(kept.keys()[0].retired, Some(day("2026-12-05")));
    assert_eq!(kept.current(), Some(&new));
    assert!(!custody.unsaved());
}

#[test]
fn a_full_storage_leaves_the_key_held_and_unsaved() {
    let mut computer = Computer {
        full: true,
        ..Computer::default()
    };
    let mut custody = computer.visit();
    let made = custody.make(AGENCY, PASSPHRASE, true, day(TODAY), &mut computer);
    assert_eq!(made, Err(CustodyProblem::NotStored));
    assert_eq!(made.unwrap_err().message(), "keys-keep-failed");
    assert!(custody.ring().current().is_some(), "the key is not lost");
    assert!(custody.unsaved() && !custody.keeping());
}

#[test]
fn a_short_passphrase_or_a_blank_name_makes_no_key() {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    assert_eq!(
        custody.make(AGENCY, "too short", true, day(TODAY), &mut computer),
        Err(CustodyProblem::File(KeyFileError::PassphraseTooShort))
    );
    assert_eq!(
        custody.make("  ", PASSPHRASE, true, day(TODAY), &mut computer),
        Err(CustodyProblem::Name("agency-name-empty"))
    );
    assert!(custody.ring().is_empty() && !custody.unsaved());
    assert_eq!(computer.file, None);
}

#[test]
fn a_new_passphrase_seals_the_kept_file_from_then_on() {
    let (mut custody, mut computer) = kept_key();
    assert_eq!(
        custody.change_passphrase("short", &mut computer),
        Err(CustodyProblem::File(KeyFileError::PassphraseTooShort))
    );
    assert!(
        computer.keys(PASSPHRASE).is_ok(),
        "a refused passphrase changes nothing"
    );
    custody
        .change_passphrase("a new and longer passphrase", &mut computer)
        .unwrap();
    assert_eq!(
        computer.keys(PASSPHRASE),
        Err(KeyFileError::WrongPassphrase)
    );
    assert!(computer.keys("a new and longer passphrase").is_ok());
    let saved = KeyFile::read(&custody.key_file().unwrap()).unwrap();
    assert!(saved.unlock("a new and longer passphrase").is_ok());
}

#[test]
fn this_computers_passphrase_wins_over_a_colleagues_and_one_chosen_now_over_both() {
    let (_, computer) = kept_key();
    // A colleague's file first, then the kept one: the kept file stays
    // under this computer's passphrase.
    let mut storage = Computer {
        file: computer.file.clone(),
        ..Computer::default()
    };
    let mut visit = storage.visit();
    visit
        .import(&colleagues_file(7), COLLEAGUES, &mut storage)
        .unwrap();
    visit.unlock_stored(PASSPHRASE, &mut storage).unwrap();
    assert!(storage.keys(PASSPHRASE).is_ok());
    assert!(KeyFile::read(&visit.key_file().unwrap())
        .unwrap()
        .unlock(PASSPHRASE)
        .is_ok());
    // A passphrase chosen in this visit, then the kept file: the new one.
    let mut storage = Computer {
        file: computer.file.clone(),
        ..Computer::default()
    };
    let mut visit = storage.visit();
    visit
        .import(&colleagues_file(8), COLLEAGUES, &mut storage)
        .unwrap();
    visit
        .change_passphrase("chosen during this visit", &mut storage)
        .unwrap();
    visit.unlock_stored(PASSPHRASE, &mut storage).unwrap();
    assert!(storage.keys("chosen during this visit").is_ok());
}

#[test]
fn taking_the_kept_file_off_the_computer_leaves_the_keys_held_unsaved() {
    let (mut custody, mut computer) = kept_key();
    custody.forget_stored(&mut computer);
    assert_eq!(computer.file, None);
    assert!(!custody.keeping() && !custody.has_stored());
    assert!(custody.unsaved(), "the keys now exist only on the page");
    assert!(custody.ring().current().is_some());
    // A kiosk's idle reset lets the page go all the same.
    custody.let_go();
    assert!(!custody.unsaved());
}

#[test]
fn a_colleagues_key_file_leaves_nothing_unsaved_and_a_damaged_kept_file_says_so() {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    assert_eq!(
        custody.import(&colleagues_file(7), "not the passphrase", &mut computer),
        Err(CustodyProblem::File(KeyFileError::WrongPassphrase))
    );
    custody
        .import(&colleagues_file(7), COLLEAGUES, &mut computer)
        .unwrap();
    assert!(!custody.unsaved() && computer.file.is_none());
    let mut damaged = Computer {
        file: Some("{\"waymark_agency_keys\": 1}".into()),
        ..Computer::default()
    };
    let mut visit = damaged.visit();
    let unlocked = visit.unlock_stored(PASSPHRASE, &mut damaged);
    assert!(
        matches!(unlocked, Err(CustodyProblem::File(_))),
        "{unlocked:?}"
    );
    assert!(
        damaged.file.is_some(),
        "a damaged file is only taken off when staff say so"
    );
}
