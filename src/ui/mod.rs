//! The Leptos components: one file per screen or widget. They hold no
//! logic of their own; they call the model and show the result.

mod app;
mod context;
mod item_row;
mod language_picker;
mod nav;
mod notice_banner;
mod part_step;
mod welcome;

pub use app::App;
pub use context::{AppCtx, I18n};
pub use nav::Screen;
