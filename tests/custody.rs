//! The agency's keys through a visit to the case manager's page: when the
//! key file kept on the computer is written, when it must not be, and when
//! keys would be lost if the page closed.

use chrono::NaiveDate;
use waymark::share::{
    AgencySecret, BadAgencyName, CustodyProblem, Done, KeyCustody, KeyFile, KeyFileError, KeyStore,
    Keyring, ROUNDS_ACCEPTED,
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
    fn read(&self) -> Option<String> {
        self.file.clone()
    }

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
/// An action that went through, and the copy kept here (if any) followed.
const WENT_THROUGH: Result<Done, CustodyProblem> = Ok(Done { not_kept: None });

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
    made_key(true)
}

/// A visit in which a key was made, kept on the computer when `keep`.
fn made_key(keep: bool) -> (KeyCustody, Computer) {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    let made = custody.make(AGENCY, PASSPHRASE, keep, day(TODAY), &mut computer);
    assert_eq!(made, WENT_THROUGH);
    (custody, computer)
}

/// The next visit to the computer of `kept_key`, its own storage.
fn next_visit(computer: &Computer) -> (KeyCustody, Computer) {
    let storage = Computer {
        file: computer.file.clone(),
        ..Computer::default()
    };
    (storage.visit(), storage)
}

#[test]
fn a_key_made_and_not_kept_is_unsaved_until_its_file_is_saved() {
    let (mut custody, computer) = made_key(false);
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
    let (mut next, mut storage) = next_visit(&computer);
    assert!(
        next.ring().is_empty(),
        "no key is unlocked before its passphrase"
    );
    assert!(next.stored_to_unlock().is_some());
    assert_eq!(
        next.unlock_stored("correct horse batterY", &mut storage),
        Err(CustodyProblem::File(KeyFileError::WrongPassphrase))
    );
    assert_eq!(next.unlock_stored(PASSPHRASE, &mut storage), WENT_THROUGH);
    assert_eq!(next.ring(), custody.ring());
    assert!(next.keeping() && next.stored_to_unlock().is_none());
    assert_eq!(
        storage.file, computer.file,
        "unlocking alone writes nothing"
    );
}

#[test]
fn a_key_file_kept_here_that_nobody_unlocked_is_never_written_over() {
    let (first, computer) = kept_key();
    let (mut visit, mut storage) = next_visit(&computer);
    // No second agency key while the one kept here is locked.
    assert_eq!(
        visit.make("Another agency", PASSPHRASE, true, day(TODAY), &mut storage),
        Err(CustodyProblem::UnlockFirst)
    );
    assert!(visit.ring().is_empty());
    assert_eq!(
        visit.import(&colleagues_file(7), COLLEAGUES, &mut storage),
        WENT_THROUGH
    );
    assert_eq!(visit.keep(&mut storage), Err(CustodyProblem::UnlockFirst));
    assert_eq!(visit.make_next(day(TODAY), &mut storage), WENT_THROUGH);
    assert_eq!(storage.file, computer.file, "the kept file is as it was");
    assert!(
        visit.unsaved(),
        "the key made in this visit exists nowhere else"
    );
    // Once unlocked, the kept file takes in everything this visit held.
    assert_eq!(visit.unlock_stored(PASSPHRASE, &mut storage), WENT_THROUGH);
    let now_kept = storage.keys(PASSPHRASE).unwrap();
    assert_eq!(now_kept.keys().len(), 3);
    assert!(first
        .ring()
        .keys()
        .iter()
        .all(|k| now_kept.holds(k.secret.key().id())));
    assert!(!visit.unsaved());
}

#[test]
fn a_file_another_tab_kept_since_is_not_written_over_either() {
    let (mut this_tab, mut computer) = kept_key();
    // Another tab unlocks the same file and makes a key.
    let mut other_tab = computer.visit();
    assert_eq!(
        other_tab.unlock_stored(PASSPHRASE, &mut computer),
        WENT_THROUGH
    );
    assert_eq!(
        other_tab.make_next(day("2026-12-04"), &mut computer),
        WENT_THROUGH
    );
    let newer = computer.file.clone();
    // This tab's retirement does not write over it: that file must be
    // unlocked first, and the retirement is unsaved till then.
    let old = this_tab.ring().current().unwrap().id();
    let retired = this_tab.retire(old, day("2026-12-05"), &mut computer);
    assert_eq!(retired.not_kept, Some(CustodyProblem::UnlockFirst));
    assert_eq!(computer.file, newer);
    assert!(this_tab.unsaved() && this_tab.stored_to_unlock().is_some());
    assert_eq!(
        this_tab.unlock_stored(PASSPHRASE, &mut computer),
        WENT_THROUGH
    );
    let kept = computer.keys(PASSPHRASE).unwrap();
    assert_eq!(kept.keys().len(), 2, "the other tab's key is kept");
    assert_eq!(
        kept.keys()[0].retired,
        Some(day("2026-12-05")),
        "and this tab's retirement"
    );
}

#[test]
fn every_change_follows_into_the_kept_file() {
    let (mut custody, mut computer) = kept_key();
    let old = custody.ring().current().unwrap().clone();
    assert_eq!(
        custody.make_next(day("2026-12-04"), &mut computer),
        WENT_THROUGH
    );
    let new = custody.ring().current().unwrap().clone();
    assert_ne!(new.id(), old.id());
    assert_eq!(new.name(), AGENCY, "the next key is the same agency's");
    assert_eq!(
        custody.retire(old.id(), day("2026-12-05"), &mut computer),
        Done::default()
    );
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
    assert_eq!(made.unwrap().not_kept, Some(CustodyProblem::NotStored));
    assert_eq!(CustodyProblem::NotStored.message(), "keys-keep-failed");
    assert!(custody.ring().current().is_some(), "the key is not lost");
    assert!(custody.unsaved() && !custody.keeping());
}

#[test]
fn a_colleagues_keys_taken_in_while_the_storage_is_full_are_held_and_unsaved() {
    let (mut custody, mut computer) = kept_key();
    computer.full = true;
    let taken = custody.import(&colleagues_file(7), COLLEAGUES, &mut computer);
    assert_eq!(taken.unwrap().not_kept, Some(CustodyProblem::NotStored));
    assert_eq!(custody.ring().keys().len(), 2);
    assert!(custody.unsaved());
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
        Err(CustodyProblem::Name(BadAgencyName::Empty))
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
    // A refused passphrase changes nothing, here or in what is saved next.
    assert!(computer.keys(PASSPHRASE).is_ok());
    let saved = KeyFile::read(&custody.key_file().unwrap()).unwrap();
    assert!(saved.unlock(PASSPHRASE).is_ok());
    let new = "a new and longer passphrase";
    assert_eq!(custody.change_passphrase(new, &mut computer), WENT_THROUGH);
    assert_eq!(
        computer.keys(PASSPHRASE),
        Err(KeyFileError::WrongPassphrase)
    );
    assert!(computer.keys(new).is_ok());
    let saved = KeyFile::read(&custody.key_file().unwrap()).unwrap();
    assert!(saved.unlock(new).is_ok());
}

#[test]
fn a_new_passphrase_without_a_kept_file_writes_nothing() {
    let (mut custody, mut computer) = made_key(false);
    let changed = custody.change_passphrase("a new and longer passphrase", &mut computer);
    assert_eq!(changed, WENT_THROUGH);
    assert_eq!(computer.file, None);
    assert!(
        custody.unsaved(),
        "a file saved before has the old passphrase"
    );
}

#[test]
fn this_computers_passphrase_wins_over_a_colleagues() {
    // The kept file unlocked first, then a colleague's: the kept file
    // takes in the colleague's key and stays under this computer's
    // passphrase.
    let (_, computer) = kept_key();
    let (mut visit, mut storage) = next_visit(&computer);
    assert_eq!(visit.unlock_stored(PASSPHRASE, &mut storage), WENT_THROUGH);
    assert_eq!(
        visit.import(&colleagues_file(7), COLLEAGUES, &mut storage),
        WENT_THROUGH
    );
    assert_eq!(storage.keys(PASSPHRASE).unwrap().keys().len(), 2);
    assert_eq!(storage.keys(COLLEAGUES), Err(KeyFileError::WrongPassphrase));
    // The colleague's first, then the kept one: the same.
    let (mut visit, mut storage) = next_visit(&computer);
    assert_eq!(
        visit.import(&colleagues_file(7), COLLEAGUES, &mut storage),
        WENT_THROUGH
    );
    assert_eq!(visit.unlock_stored(PASSPHRASE, &mut storage), WENT_THROUGH);
    assert_eq!(storage.keys(PASSPHRASE).unwrap().keys().len(), 2);
    let saved = KeyFile::read(&visit.key_file().unwrap()).unwrap();
    assert!(saved.unlock(PASSPHRASE).is_ok());
}

#[test]
fn a_passphrase_chosen_in_this_visit_wins_over_the_kept_files() {
    let (_, computer) = kept_key();
    let (mut visit, mut storage) = next_visit(&computer);
    assert_eq!(
        visit.import(&colleagues_file(8), COLLEAGUES, &mut storage),
        WENT_THROUGH
    );
    let chosen = "chosen during this visit";
    assert_eq!(visit.change_passphrase(chosen, &mut storage), WENT_THROUGH);
    assert_eq!(visit.unlock_stored(PASSPHRASE, &mut storage), WENT_THROUGH);
    assert!(storage.keys(chosen).is_ok());
    assert_eq!(storage.keys(PASSPHRASE), Err(KeyFileError::WrongPassphrase));
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
fn taking_off_a_file_nobody_unlocked_leaves_nothing_unsaved() {
    let (_, computer) = kept_key();
    let (mut visit, mut storage) = next_visit(&computer);
    visit.forget_stored(&mut storage);
    assert_eq!(storage.file, None);
    assert!(!visit.unsaved() && visit.ring().is_empty());
}

#[test]
fn a_colleagues_key_file_leaves_nothing_unsaved_and_a_damaged_kept_file_says_so() {
    let mut computer = Computer::default();
    let mut custody = computer.visit();
    assert_eq!(
        custody.import(&colleagues_file(7), "not the passphrase", &mut computer),
        Err(CustodyProblem::File(KeyFileError::WrongPassphrase))
    );
    assert_eq!(
        custody.import(&colleagues_file(7), COLLEAGUES, &mut computer),
        WENT_THROUGH
    );
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
