//! The plan a client builds: plain data and pure operations, no browser types.
//! Its shape is declared once, by the serde derives in `plan.rs`; saved
//! drafts and plan files are that shape as JSON (serde_json).

mod answer_draft;
mod area;
mod check_in;
mod device;
pub mod labels;
mod limits;
mod migrate;
mod moment;
mod plan;
mod suggestions;
mod support;
mod validate;

pub use answer_draft::{meeting_from_form, typed_service, AnswerDraft, DraftProblem};
pub use area::Area;
pub use check_in::{Changes, CheckIn, GoalCheckIn, GoalFit, LastShared, SharedGoal};
pub use device::{DeviceConfig, DeviceMode};
pub use limits::{
    check_input_size, InputTooLarge, JSON_PER_SIZE, MAX_ENTRIES, MAX_ID_CHARS, MAX_INPUT_BYTES,
    MAX_INPUT_VALUES, MAX_ITEMS, MAX_LANG_CHARS, MAX_LINKS, MAX_PLAN_SIZE, MAX_TEXT_CHARS,
};
pub use migrate::{load_json, migrate, LoadError, Migration, Upgrade, MIGRATIONS};
pub use moment::{from_millis, parse_day, Day, Timestamp};
pub use plan::{
    plan_id, Goal, GoalStatus, GoalText, Item, ItemContent, ItemId, Plan, Quadrant, Step, Swot,
    SCHEMA_VERSION,
};
pub use suggestions::{suggestion, suggestions_for, Suggestion, SUGGESTIONS};
pub use support::{
    Answer, AnswerMismatch, Choice, Hours, Meeting, Offer, Proposal, Service, Support,
};
pub use validate::{Field, Problem, ValidationError};
