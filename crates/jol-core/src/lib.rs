//! Jol's core, shared by the desktop app, `jol serve`, the CLI — and, built for wasm32, a browser.
//!
//! It does no I/O of its own (no files, no network, no threads, no clock): its hosts open the
//! databases and supply the time and content updates (`jol-native` on the desktop).
//! - [`content_store`]: the content database — reading it, and checking it can be trusted;
//! - [`user_store`]: the user's own data (settings, bookmarks, checklist ticks, trips) behind the
//!   [`UserData`] trait, kept in SQLite by [`UserStore`];
//! - [`host`]: what a host supplies — [`Clock`] and [`UpdateHost`];
//! - [`api`]: [`Jol`], the one dispatcher every transport calls with `{cmd, payload}`.

pub mod api;
pub mod content_store;
pub mod host;
pub mod user_store;

pub use api::{Jol, Sharing, Transport};
pub use content_store::{ContentStore, Dataset, Meta, OpenOutcome, Origin, StoreError};
pub use host::{Clock, FixedClock, NoUpdates, UpdateHost};
pub use user_store::{UserData, UserStore};

/// The longest query the search reads; longer ones are cut (and the reply says so).
pub fn search_max_query_chars() -> usize {
    jol_search::MAX_QUERY_CHARS
}
