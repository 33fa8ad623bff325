//! The plan as a file the client saves and the case manager opens: readable
//! JSON of the plan, or, when PIN-protected, JSON that holds only the code.

use serde::{Deserialize, Serialize};

use super::{decode, export, ShareError};
use crate::model::{check_input_size, load_json, LoadError, Plan, SCHEMA_VERSION};

/// A PIN-protected plan's file: its schema version and the code, nothing
/// readable.
#[derive(Serialize, Deserialize)]
struct ProtectedFile {
    schema: u32,
    waymark_share_code: String,
}

/// What the saved file holds: the plan itself, or its protected code.
pub fn file_contents(plan: &Plan, protected_code: Option<&str>) -> String {
    match protected_code {
        None => export::json(plan),
        Some(code) => {
            let file = ProtectedFile {
                schema: SCHEMA_VERSION,
                waymark_share_code: code.to_owned(),
            };
            serde_json::to_string_pretty(&file).unwrap_or_default()
        }
    }
}

/// Whether a file holds a PIN-protected code rather than a readable plan.
pub fn file_code(text: &str) -> Option<String> {
    check_input_size(text).ok()?;
    #[derive(Deserialize)]
    struct MaybeCode {
        waymark_share_code: Option<String>,
    }
    serde_json::from_str::<MaybeCode>(text)
        .ok()?
        .waymark_share_code
}

/// Reads a file made by [`file_contents`] (or a saved draft's JSON).
pub fn read_file(text: &str, pin: Option<&str>) -> Result<Plan, ShareError> {
    check_input_size(text).map_err(|_| ShareError::TooLarge)?;
    if let Some(code) = file_code(text) {
        return decode(&code, pin);
    }
    load_json(text).map_err(|error| match error {
        LoadError::TooNew { found, .. } => ShareError::TooNew(found),
        LoadError::TooLarge(_) => ShareError::TooLarge,
        LoadError::Invalid(problems) => ShareError::Invalid(problems),
        LoadError::NotJson(_) | LoadError::NoVersion => ShareError::NotACode,
        LoadError::Migration { .. } | LoadError::Shape(_) => ShareError::Damaged,
    })
}
