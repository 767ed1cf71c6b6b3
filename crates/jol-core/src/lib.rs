//! Jol's core, shared by the desktop app, `jol serve` and the CLI.
//!
//! - [`paths`]: where the databases live on this device;
//! - [`content_store`]: the content database — installed from the copy inside the app, checked on
//!   every open, restored when damaged, replaced by newer content but never by older;
//! - [`user_store`]: the user's own data (settings, bookmarks, checklist ticks, trips), in a
//!   separate file that content updates never touch;
//! - [`updates`]: signed content updates on this device — schedule, progress, last result;
//! - [`api`]: [`Jol`], the one dispatcher both transports call with `{cmd, payload}`.

pub mod api;
pub mod content_store;
pub mod paths;
pub mod updates;
pub mod user_store;

pub use api::{Jol, Sharing, Transport};
pub use content_store::{ContentStore, Dataset, StoreError};
pub use user_store::UserStore;

/// Today as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    unix_seconds().div_euclid(86_400)
}

/// Seconds since 1970-01-01 (UTC); 0 if the clock is before it.
pub fn unix_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The longest query the search reads; longer ones are cut (and the reply says so).
pub fn search_max_query_chars() -> usize {
    jol_search::MAX_QUERY_CHARS
}
