//! The Leptos components: one file per screen or widget. They hold no
//! logic of their own; they call the model and show the result. Two pages
//! use them: the client's app ([`App`]) and the case manager's page
//! ([`CaseManagerApp`]), each a wasm module of its own.

mod agency_keys;
mod answer_composer;
mod answer_share;
mod answering;
mod answers;
mod app;
mod browser;
mod case_manager;
mod case_overview;
mod centre;
mod centre_setup;
mod changes_since;
mod check_in_step;
mod chip;
mod confirm;
mod connect;
mod context;
mod continue_plan;
mod copy_button;
mod directory_panel;
mod erase;
mod goal_card;
mod goal_editor;
mod goals_step;
mod idle_guard;
mod import;
mod item_row;
mod language_picker;
mod lazy;
mod link_picker;
mod messages;
mod move_buttons;
mod nav;
mod notice_banner;
mod offer_card;
mod offline;
mod opening;
mod own_words;
mod page;
mod part_step;
mod persistence;
mod plan_summary;
mod plan_view;
mod print_alone;
mod progress;
mod qr_scanner;
mod question;
mod review;
pub mod scan_worker;
mod screens;
mod settings;
mod share_step;
pub mod share_worker;
mod speaker;
mod step_buttons;
mod step_list;
mod support_summary;
mod take_away;
mod top_bar;
mod welcome;
mod worker;

pub use app::App;
/// Public for the wasm tests, which check it against the native encoder.
pub use browser::deflate_raw;
pub use case_manager::CaseManagerApp;
pub use context::{AppCtx, I18n};
pub use nav::Screen;
pub use page::start;
