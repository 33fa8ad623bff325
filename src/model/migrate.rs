use thiserror::Error;

use super::{Json, Plan, ValidationError, SCHEMA_VERSION};

/// Upgrades the JSON of one schema version to the next. Pure, so that each can
/// be tested on a golden fixture.
pub type Migration = fn(Json) -> Result<Json, String>;

/// `MIGRATIONS[i]` upgrades version `i + 1` to `i + 2`. Append only: every
/// version ever released must stay loadable.
pub const MIGRATIONS: &[Migration] = &[];

/// Why stored or shared plan data could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("no schema version")]
    NoVersion,
    #[error("schema {found} is newer than {known}")]
    TooNew { found: u32, known: u32 },
    #[error("migrating from {from} failed: {reason}")]
    Migration { from: u32, reason: String },
    #[error("unexpected shape: {0}")]
    Shape(String),
    #[error("invalid plan: {0:?}")]
    Invalid(Vec<ValidationError>),
}

/// Reads the schema version and runs the migrations after it, in order.
pub fn migrate(mut value: Json, migrations: &[Migration]) -> Result<Json, LoadError> {
    let known = migrations.len() as u32 + 1;
    let found = value
        .get("schema")
        .and_then(Json::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(LoadError::NoVersion)?;
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found > known {
        return Err(LoadError::TooNew { found, known });
    }
    for (from, migration) in (found..).zip(&migrations[found as usize - 1..]) {
        value = migration(value).map_err(|reason| LoadError::Migration { from, reason })?;
        value.set("schema", Json::Number((from + 1).to_string()));
    }
    Ok(value)
}

/// Parses a plan saved or exported by any released version of Waymark,
/// upgrades it, and validates it.
pub fn load_json(text: &str) -> Result<Plan, LoadError> {
    let value = Json::parse(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let value = migrate(value, MIGRATIONS)?;
    debug_assert_eq!(MIGRATIONS.len() as u32 + 1, SCHEMA_VERSION);
    let plan = Plan::from_json(&value).map_err(LoadError::Shape)?;
    plan.validate().map_err(LoadError::Invalid)?;
    Ok(plan)
}
