//! The plan a client builds: plain data and pure operations, no browser types.

mod area;
mod device;
mod json;
mod limits;
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
pub use limits::{
    check_input_size, InputTooLarge, JSON_PER_SIZE, MAX_ENTRIES, MAX_ID_CHARS, MAX_INPUT_BYTES,
    MAX_INPUT_VALUES, MAX_ITEMS, MAX_LANG_CHARS, MAX_LINKS, MAX_PLAN_SIZE, MAX_TEXT_CHARS,
};
pub use migrate::{load_json, migrate, LoadError, Migration, MIGRATIONS};
pub use plan::{
    Goal, GoalStatus, Item, ItemContent, ItemId, Plan, Quadrant, Step, Swot, SCHEMA_VERSION,
};
pub use suggestions::{suggestion, suggestions_for, Suggestion, SUGGESTIONS};
pub use time::{Day, TimeError, Timestamp};
pub use validate::{Field, Problem, ValidationError};
