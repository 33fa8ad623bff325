//! The plan as a file the client saves and the case manager opens: readable
//! JSON of the plan, or, when PIN-protected, JSON that holds only the code.

use super::{decode, export, ShareError};
use crate::model::{load_json, object, Json, LoadError, Plan, SCHEMA_VERSION};

const CODE_FIELD: &str = "waymark_share_code";

/// What the saved file holds: the plan itself, or its protected code.
pub fn file_contents(plan: &Plan, protected_code: Option<&str>) -> String {
    match protected_code {
        None => export::json(plan),
        Some(code) => {
            object([("schema", SCHEMA_VERSION.into()), (CODE_FIELD, code.into())]).to_pretty()
        }
    }
}

/// Whether a file holds a PIN-protected code rather than a readable plan.
pub fn file_code(text: &str) -> Option<String> {
    let value = Json::parse(text).ok()?;
    value.get(CODE_FIELD)?.as_str().map(str::to_owned)
}

/// Reads a file made by [`file_contents`] (or a saved draft's JSON).
pub fn read_file(text: &str, pin: Option<&str>) -> Result<Plan, ShareError> {
    if let Some(code) = file_code(text) {
        return decode(&code, pin);
    }
    load_json(text).map_err(|error| match error {
        LoadError::TooNew { found, .. } => ShareError::TooNew(found),
        LoadError::Invalid(problems) => ShareError::Invalid(problems),
        LoadError::NotJson(_) | LoadError::NoVersion => ShareError::NotACode,
        LoadError::Migration { .. } | LoadError::Shape(_) => ShareError::Damaged,
    })
}
