//! What a host supplies to the core: the time, and content updates.
//!
//! The core does no I/O of its own, so it runs unchanged on the desktop, in `jol serve` and in a
//! browser: there is no clock `std` can read on wasm32-unknown-unknown (`SystemTime::now` panics
//! there), and fetching and storing updates is a host's business (`jol-native` on the desktop).

use crate::content_store::{ContentStore, StoreError};
use jol_types::api::UpdateStatusReply;

/// The largest update file (`.jolpack`) a user may import, in every host: a whole pack directory
/// is a few megabytes; anything far larger is not an update.
pub const IMPORT_MAX_BYTES: usize = 32 * 1024 * 1024;

/// "Now", as the host knows it.
pub trait Clock: Send + Sync {
    /// Seconds since 1970-01-01 (UTC).
    fn unix_seconds(&self) -> i64;

    /// Today as days since 1970-01-01 (UTC).
    fn today(&self) -> i64 {
        self.unix_seconds().div_euclid(86_400)
    }
}

/// A fixed time: tests, and hosts that read the time once per call.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub i64);

impl Clock for FixedClock {
    fn unix_seconds(&self) -> i64 {
        self.0
    }
}

/// The content database as a file the host opened (the native host's `content.db`). The core
/// keeps a few read connections on it ([`crate::content_store::ContentSource::files`]) so that
/// reads run in parallel, and opens them again when the file was replaced under it — `jol sync`
/// in another process renames a new file into place while `jol serve` or the desktop app runs.
pub trait ContentFiles: Send + Sync {
    /// Another read connection on the installed content, which the host has checked.
    fn open(&self) -> Result<ContentStore, StoreError>;
    /// A connection on content that replaced the one the core reads, checked first
    /// ([`crate::content_store::verify`]): nothing unchecked is ever read.
    fn open_checked(&self) -> Result<ContentStore, StoreError>;
    /// What identifies the installed file now (its device, inode, size and modification time):
    /// when it differs from what it was when the connections were opened, the content was
    /// replaced. `None` when the file cannot be looked at. Called at most once a second.
    fn stamp(&self) -> Option<String>;
}

/// Content updates as the host runs them: the API's `update_status`, `check_updates` and
/// `import_update` calls are answered through this, and the core swaps in the new content the
/// host hands back.
pub trait UpdateHost: Send + Sync {
    /// The status as the UI shows it; `content_version` is the installed content's.
    fn status(&self, content_version: u64) -> UpdateStatusReply;
    /// Starts a check of every configured source, unless one is running (then false).
    fn check_now(&self) -> bool;
    /// Starts applying an update file the user picked; an error is a sentence for the user.
    fn import(&self, name: &str, bytes: &[u8]) -> Result<bool, String>;
    /// The settings changed (sources, schedule): look at them again.
    fn settings_changed(&self);
    /// New content a finished update put in place, once: the core reads from it from now on.
    /// On an error the core keeps the content it has.
    fn take_new_content(&self) -> Option<Result<ContentStore, StoreError>>;
}

/// A host that takes no updates: the status says so.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoUpdates;

impl UpdateHost for NoUpdates {
    fn status(&self, content_version: u64) -> UpdateStatusReply {
        UpdateStatusReply {
            available: false,
            content_version,
            ..UpdateStatusReply::default()
        }
    }

    fn check_now(&self) -> bool {
        false
    }

    fn import(&self, _name: &str, _bytes: &[u8]) -> Result<bool, String> {
        Err("this build takes no content updates".into())
    }

    fn settings_changed(&self) {}

    fn take_new_content(&self) -> Option<Result<ContentStore, StoreError>> {
        None
    }
}
