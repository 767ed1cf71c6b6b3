//! One module per screen.

pub mod home;
pub mod item;
pub mod language;
