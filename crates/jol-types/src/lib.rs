//! Types shared by every part of Jol, and the only crate the wasm UI and the backend both depend on.
//!
//! It holds no I/O and pulls in nothing but serde, so it compiles for `wasm32-unknown-unknown` as it
//! does for the desktop. The content model ([`content`]) is what an editor writes in
//! `assets/content/*.toml` and what the UI renders; the API schema ([`api`]) is declared here once and
//! both transports (Tauri IPC and HTTP) carry exactly these types.

pub mod api;
pub mod content;
pub mod country;
pub mod date;
pub mod locale;

pub use content::*;
pub use country::Country;
pub use date::PartialDate;
pub use locale::Locale;
