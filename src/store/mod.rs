//! Keeps the draft on this device: localStorage through `gloo-storage`.
//! Every failure comes back as data; nothing here panics on what it reads.

mod autosave;

pub use autosave::Autosave;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Lang;
use crate::model::{load_json, LoadError, Plan};

/// Where the draft lives.
pub const PLAN_KEY: &str = "waymark.plan";
/// Where a draft that could not be read is kept, followed by the time it was
/// set aside, so that a second one never overwrites the first.
pub const ASIDE_PREFIX: &str = "waymark.plan.unreadable.";
/// The reader's chosen language.
pub const LANG_KEY: &str = "waymark.lang";

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
pub fn restore_plan(now_ms: f64) -> Restored {
    let storage = match local_storage() {
        Some(storage) => storage,
        None => {
            return Restored {
                plan: None,
                notice: Some(Notice::StorageOff),
                can_save: false,
            }
        }
    };
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
            let aside = format!("{ASIDE_PREFIX}{now_ms:.0}");
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
pub fn save_plan(plan: &Plan) -> Result<(), SaveError> {
    local_storage().ok_or(SaveError::Unavailable)?;
    LocalStorage::set(PLAN_KEY, plan).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => SaveError::QuotaFull,
        _ => SaveError::Unavailable,
    })
}

/// The keys of every draft that was set aside, oldest first.
pub fn aside_keys() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect();
    keys.sort();
    keys
}

/// The language the person chose last time, if any.
pub fn saved_lang() -> Option<Lang> {
    local_storage()?;
    let code: String = LocalStorage::get(LANG_KEY).ok()?;
    Lang::from_tag(&code)
}

/// Remembers the person's language. Losing it is harmless, so errors are
/// ignored.
pub fn save_lang(lang: Lang) {
    if local_storage().is_some() {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}

/// Local storage, or `None` where the browser refuses it (some private modes
/// throw on access). `gloo-storage` panics in that case, so every call into
/// it is guarded by this first.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
