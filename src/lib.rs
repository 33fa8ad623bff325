//! Waymark: a private SWOT self-assessment and goal plan, kept on the
//! client's own device.
//!
//! `model` and `i18n` are plain Rust, tested natively; `store` and `ui` are
//! the thin browser layer.

pub mod directory;
pub mod i18n;
pub mod model;
pub mod share;
pub mod store;
pub mod ui;
