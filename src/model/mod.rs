//! The plan a client builds: plain data and pure operations, no browser types.

mod area;
mod device;
mod json;
mod migrate;
mod plan;
mod read;
mod suggestions;
mod time;
mod validate;
mod write;

pub use area::Area;
pub use device::{DeviceConfig, DeviceMode};
pub use json::{object, Json, JsonError};
pub use migrate::{load_json, migrate, LoadError, Migration, MIGRATIONS};
pub use plan::{
    Goal, GoalStatus, Item, ItemContent, ItemId, Plan, Quadrant, Step, Swot, SCHEMA_VERSION,
};
pub use suggestions::{suggestion, suggestions_for, Suggestion, SUGGESTIONS};
pub use time::{Day, TimeError, Timestamp};
pub use validate::{Field, Problem, ValidationError, MAX_ITEMS, MAX_TEXT_CHARS};
