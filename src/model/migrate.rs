//! Saved and exported plans from every released version, upgraded in order.

use serde::Deserialize;
use serde_json::Value;
use thiserror::Error;

use super::{check_input_size, InputTooLarge, Plan, ValidationError, SCHEMA_VERSION};

/// One schema upgrade, named so that a failure says which step failed. Each
/// is tested on a golden fixture of the version it reads.
pub struct Migration {
    pub name: &'static str,
    /// The version this migration produces.
    pub to: u32,
    pub upgrade: Upgrade,
}

/// How the JSON of version `to - 1` becomes that of `to`.
pub enum Upgrade {
    /// The new version only adds fields that are empty when missing, so the
    /// old JSON reads as it is.
    Adds,
    /// A pure function on the old JSON.
    Rewrites(fn(Value) -> Result<Value, String>),
}

/// Every migration, oldest first. Append only: every version ever released
/// must stay loadable. A test checks that the list ends at [`SCHEMA_VERSION`].
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "check-ins",
        to: 2,
        upgrade: Upgrade::Adds,
    },
    Migration {
        name: "support-and-gaps",
        to: 3,
        upgrade: Upgrade::Adds,
    },
];

/// Whether a plan of version `found` needs its JSON rewritten to be read.
fn needs_rewrite(found: u32, migrations: &[Migration]) -> bool {
    migrations
        .iter()
        .any(|m| m.to > found && matches!(m.upgrade, Upgrade::Rewrites(_)))
}

/// Why stored or shared plan data could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("no schema version")]
    NoVersion,
    #[error("schema {found} is newer than {known}")]
    TooNew { found: u32, known: u32 },
    #[error("migration {name} failed: {reason}")]
    Migration { name: &'static str, reason: String },
    #[error("unexpected shape: {0}")]
    Shape(String),
    #[error("invalid plan: {0:?}")]
    Invalid(Vec<ValidationError>),
    #[error("too large: {0}")]
    TooLarge(#[from] InputTooLarge),
}

/// Only the version, read first so that a newer plan is refused before its
/// shape is.
#[derive(Deserialize)]
struct Versioned {
    schema: Option<u64>,
}

fn version_of(schema: Option<u64>) -> Result<u32, LoadError> {
    let found = schema.filter(|v| *v >= 1).ok_or(LoadError::NoVersion)?;
    Ok(u32::try_from(found).unwrap_or(u32::MAX))
}

/// Runs, in order, the migrations after the value's own version.
pub fn migrate(mut value: Value, migrations: &[Migration]) -> Result<Value, LoadError> {
    let known = migrations.last().map_or(1, |m| m.to);
    let found = version_of(value.get("schema").and_then(Value::as_u64))?;
    if found > known {
        return Err(LoadError::TooNew { found, known });
    }
    for migration in migrations.iter().filter(|m| m.to > found) {
        if let Upgrade::Rewrites(run) = migration.upgrade {
            value = run(value).map_err(|reason| LoadError::Migration {
                name: migration.name,
                reason,
            })?;
        }
        value["schema"] = migration.to.into();
    }
    Ok(value)
}

/// Parses a plan saved or exported by any released version of Waymark,
/// upgrades it, and validates it.
pub fn load_json(text: &str) -> Result<Plan, LoadError> {
    check_input_size(text)?;
    let not_json = |e: serde_json::Error| LoadError::NotJson(e.to_string());
    let shape = |e: serde_json::Error| LoadError::Shape(e.to_string());
    let versioned: Versioned = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            LoadError::NoVersion
        } else {
            not_json(e)
        }
    })?;
    let found = version_of(versioned.schema)?;
    if found > SCHEMA_VERSION {
        return Err(LoadError::TooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    // An older plan is upgraded as a generic value and written out again, so
    // that every plan is read by the one typed reader, straight from text:
    // serde refuses there what a generic value would let by (a repeated
    // field), and the page carries one copy of the reader, not two.
    let upgraded;
    // (While every migration only adds, every readable plan is read as it
    // is, and the pages carry no code for upgrading.)
    let current = if !needs_rewrite(found, MIGRATIONS) {
        text
    } else {
        let value = serde_json::from_str(text).map_err(not_json)?;
        upgraded = migrate(value, MIGRATIONS)?.to_string();
        &upgraded
    };
    let mut plan: Plan = serde_json::from_str(current).map_err(shape)?;
    plan.schema = SCHEMA_VERSION;
    let plan = plan.mend_clock();
    plan.validate().map_err(LoadError::Invalid)?;
    Ok(plan)
}
