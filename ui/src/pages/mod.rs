//! One module per screen.

pub mod checklist;
pub mod contacts;
pub mod corridor;
pub mod home;
pub mod item;
pub mod language;
pub mod settings;
pub mod sharing;
pub mod stay;
pub mod updates;
