//! Keeps the draft on this device: in localStorage on a personal device, in
//! sessionStorage only on a kiosk. Every failure comes back as data; nothing
//! here panics on what it reads.

mod autosave;

pub use autosave::Autosave;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::model::{load_json, DeviceConfig, DeviceMode, LoadError, Plan};

/// Where the draft lives.
pub const PLAN_KEY: &str = "waymark.plan";
/// Where a draft that could not be read is kept, followed by the time it was
/// set aside, so that a second one never overwrites the first.
pub const ASIDE_PREFIX: &str = "waymark.plan.unreadable.";
/// The reader's chosen language.
pub const LANG_KEY: &str = "waymark.lang";
/// The device's mode, set by staff: the one thing a kiosk keeps.
pub const DEVICE_KEY: &str = "waymark.device";
/// The high-contrast display choice: a property of the screen, not of a
/// client's answers, so it stays on a kiosk too.
pub const CONTRAST_KEY: &str = "waymark.contrast";

/// Where a client's words are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Survives closing the browser: a personal device.
    Local,
    /// Gone when the tab closes: a kiosk.
    Session,
}

impl Backend {
    pub fn for_mode(mode: DeviceMode) -> Backend {
        match mode {
            DeviceMode::Personal => Backend::Local,
            DeviceMode::Kiosk => Backend::Session,
        }
    }

    /// The browser's storage, or `None` where it refuses access (some
    /// private modes throw). Asked before every use: gloo-storage throws
    /// where there is none.
    fn raw(self) -> Option<web_sys::Storage> {
        let window = web_sys::window()?;
        match self {
            Backend::Local => window.local_storage(),
            Backend::Session => window.session_storage(),
        }
        .ok()
        .flatten()
    }

    /// Stores `value` as JSON.
    fn set<T: Serialize>(self, key: &str, value: &T) -> Result<(), SaveError> {
        self.raw().ok_or(SaveError::Unavailable)?;
        match self {
            Backend::Local => LocalStorage::set(key, value),
            Backend::Session => SessionStorage::set(key, value),
        }
        .map_err(SaveError::from)
    }

    /// Reads the JSON at `key`; `None` when there is none or it does not read.
    fn get<T: DeserializeOwned>(self, key: &str) -> Option<T> {
        self.raw()?;
        match self {
            Backend::Local => LocalStorage::get(key),
            Backend::Session => SessionStorage::get(key),
        }
        .ok()
    }
}

impl From<StorageError> for SaveError {
    fn from(error: StorageError) -> SaveError {
        match error {
            StorageError::JsError(e) if e.name == "QuotaExceededError" => SaveError::QuotaFull,
            _ => SaveError::Unavailable,
        }
    }
}

/// Something about saved answers the person must be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The saved draft could not be read; it was kept aside.
    DraftUnreadable,
    /// The saved draft is from a newer Waymark; it was left untouched.
    TooNew,
    /// The device is full; the answers are only in memory.
    StorageFull,
    /// The browser refuses storage (private mode, settings).
    StorageOff,
    /// A plan was continued from its code or file.
    Continued,
    /// A check-in was kept.
    CheckedIn,
}

/// What was found on start-up.
#[derive(Debug, PartialEq)]
pub struct Restored {
    /// The saved plan, if one could be read.
    pub plan: Option<Plan>,
    pub notice: Option<Notice>,
    /// False when writing would destroy something we could not read.
    pub can_save: bool,
}

/// Why a save did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    QuotaFull,
    Unavailable,
}

impl Notice {
    /// Whether the notice only confirms what the person just did, and goes
    /// when they move to another screen (the others wait to be read).
    pub fn confirms(self) -> bool {
        matches!(self, Notice::Continued | Notice::CheckedIn)
    }
}

impl From<SaveError> for Notice {
    fn from(error: SaveError) -> Notice {
        match error {
            SaveError::QuotaFull => Notice::StorageFull,
            SaveError::Unavailable => Notice::StorageOff,
        }
    }
}

/// Reads the saved draft. An unreadable one is moved aside under
/// [`ASIDE_PREFIX`]; one from a newer version is left where it is.
pub fn restore_plan(backend: Backend, now_ms: f64) -> Restored {
    let Some(storage) = backend.raw() else {
        return Restored {
            plan: None,
            notice: Some(Notice::StorageOff),
            can_save: false,
        };
    };
    // Read as text, not through gloo's typed `get`: the draft may be from any
    // released version (load_json migrates it), and one that does not read
    // is moved aside word for word.
    let text = match storage.get_item(PLAN_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Restored {
                plan: None,
                notice: None,
                can_save: true,
            }
        }
        Err(_) => {
            return Restored {
                plan: None,
                notice: Some(Notice::StorageOff),
                can_save: false,
            }
        }
    };
    match load_json(&text) {
        Ok(plan) => Restored {
            plan: Some(plan),
            notice: None,
            can_save: true,
        },
        Err(LoadError::TooNew { .. }) => Restored {
            plan: None,
            notice: Some(Notice::TooNew),
            can_save: false,
        },
        Err(_) => {
            let aside = format!("{ASIDE_PREFIX}{}", now_ms as u64);
            // Copy first, delete second: if the copy fails the original stays,
            // and we must not write over it.
            let moved =
                storage.set_item(&aside, &text).is_ok() && storage.remove_item(PLAN_KEY).is_ok();
            Restored {
                plan: None,
                notice: Some(Notice::DraftUnreadable),
                can_save: moved,
            }
        }
    }
}

/// Saves the draft, replacing the previous one.
pub fn save_plan(backend: Backend, plan: &Plan) -> Result<(), SaveError> {
    backend.set(PLAN_KEY, plan)
}

/// Keeps a draft aside, as an unreadable one is: a plan replaced by another
/// the client opened is never lost.
pub fn set_aside(backend: Backend, plan: &Plan, now_ms: f64) -> Result<(), SaveError> {
    backend.set(&format!("{ASIDE_PREFIX}{}", now_ms as u64), plan)
}

/// The keys of every draft that was set aside, oldest first.
pub fn aside_keys(backend: Backend) -> Vec<String> {
    let Some(storage) = backend.raw() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect();
    keys.sort_unstable();
    keys
}

/// Erases every trace of the client: the draft, drafts set aside, and their
/// language, from both storages. The device configuration stays.
pub fn erase_client_data() {
    for backend in [Backend::Local, Backend::Session] {
        if backend.raw().is_none() {
            continue;
        }
        let mut keys: Vec<String> = aside_keys(backend);
        keys.extend([PLAN_KEY.to_owned(), LANG_KEY.to_owned()]);
        // The agency the client chose is theirs; the one staff set is the
        // device's.
        if saved_agency().is_some_and(|a| !a.from_staff) {
            keys.push(AGENCY_KEY.to_owned());
        }
        for key in keys {
            match backend {
                Backend::Local => LocalStorage::delete(key),
                Backend::Session => SessionStorage::delete(key),
            }
        }
        if backend == Backend::Session {
            SessionStorage::clear();
        }
    }
}

/// The language the person chose last time, if any.
pub fn saved_lang(backend: Backend) -> Option<Lang> {
    Lang::from_tag(&backend.get::<String>(LANG_KEY)?)
}

/// Remembers the person's language. Losing it is harmless, so errors are
/// ignored.
pub fn save_lang(backend: Backend, lang: Lang) {
    let _ = backend.set(LANG_KEY, &lang.code());
}

/// The device's configuration, or the default (personal) when none is set
/// or it cannot be read.
pub fn device_config() -> DeviceConfig {
    Backend::Local.get(DEVICE_KEY).unwrap_or_default()
}

/// Saves how the device is used, as staff set it. A device set up as a kiosk
/// starts clean: nothing of an earlier personal draft may show to its first
/// client.
pub fn set_up_device(config: &DeviceConfig) -> Result<(), SaveError> {
    if config.mode == DeviceMode::Kiosk {
        erase_client_data();
    }
    Backend::Local.set(DEVICE_KEY, config)
}

/// Whether high contrast was chosen on this device.
pub fn high_contrast() -> bool {
    Backend::Local.get(CONTRAST_KEY).unwrap_or(false)
}

pub fn save_high_contrast(on: bool) {
    let _ = Backend::Local.set(CONTRAST_KEY, &on);
}

/// The agency's services directory, when staff chose to keep it on this
/// device: data of the device, not of a client, so no client's wipe
/// erases it.
pub const DIRECTORY_KEY: &str = "waymark.directory";

/// The directory kept on this device; `None` when there is none or it no
/// longer reads (it can be loaded again from its file).
pub fn saved_directory() -> Option<Directory> {
    let text = Backend::Local.raw()?.get_item(DIRECTORY_KEY).ok()??;
    Directory::from_json(&text).ok()
}

/// Keeps the directory on this device, replacing the one kept before.
pub fn keep_directory(directory: &Directory) -> Result<(), SaveError> {
    keep_text(DIRECTORY_KEY, &directory.to_json())
}

/// Keeps a text in localStorage as it is (no JSON around it).
fn keep_text(key: &str, text: &str) -> Result<(), SaveError> {
    let storage = Backend::Local.raw().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, text).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok();
        match name.and_then(|n| n.as_string()).as_deref() {
            Some("QuotaExceededError") => SaveError::QuotaFull,
            _ => SaveError::Unavailable,
        }
    })
}

/// The life-area rules staff wrote for the kept directory, as text.
pub const RULES_KEY: &str = "waymark.directory.rules";

/// The rules kept with the directory, if staff changed them.
pub fn saved_rules() -> Option<String> {
    Backend::Local.raw()?.get_item(RULES_KEY).ok()?
}

/// Keeps the rules with the directory; losing them costs only a retyping.
pub fn keep_rules(text: &str) {
    if let Some(storage) = Backend::Local.raw() {
        let _ = storage.set_item(RULES_KEY, text);
    }
}

/// Takes the kept directory, and its rules, off this device.
pub fn forget_directory() {
    if let Some(storage) = Backend::Local.raw() {
        let _ = storage.remove_item(DIRECTORY_KEY);
        let _ = storage.remove_item(RULES_KEY);
    }
}

/// The agency whose key this device seals plans to: set by a staff setup
/// link (the device's, kept through every client's wipe) or accepted by the
/// client from a "connect" link (theirs, erased with their data).
pub const AGENCY_KEY: &str = "waymark.agency";

/// The agency's key as kept: its code (`WK1-…`, read where it is used) and
/// who set it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SavedAgency {
    pub code: String,
    pub from_staff: bool,
}

pub fn saved_agency() -> Option<SavedAgency> {
    Backend::Local.get(AGENCY_KEY)
}

pub fn keep_agency(agency: &SavedAgency) -> Result<(), SaveError> {
    Backend::Local.set(AGENCY_KEY, agency)
}

pub fn forget_agency() {
    LocalStorage::delete(AGENCY_KEY);
}

/// The agency's key file on the case manager's page, when staff chose to
/// keep it on this computer: sealed under its passphrase, as exported.
pub const KEY_FILE_KEY: &str = "waymark.agency.keys";

pub fn saved_key_file() -> Option<String> {
    Backend::Local.raw()?.get_item(KEY_FILE_KEY).ok()?
}

pub fn keep_key_file(text: &str) -> Result<(), SaveError> {
    keep_text(KEY_FILE_KEY, text)
}

pub fn forget_key_file() {
    if let Some(storage) = Backend::Local.raw() {
        let _ = storage.remove_item(KEY_FILE_KEY);
    }
}
