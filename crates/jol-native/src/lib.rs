//! The native host: everything the desktop app, `jol serve` and the `jol` CLI do on this machine
//! that the pure core (`jol-core`, `jol-pack`) must not — files, locks, the network, threads and
//! the clock.
//!
//! - [`paths`]: where the data directory is;
//! - [`store_files`]: `content.db` and `user.db` in it — installed from the copy inside the app,
//!   checked on every open, restored when damaged, moved aside when unreadable;
//! - [`open`]: [`Jol`] over those files, with this machine's clock and updates;
//! - [`updates`]: signed content updates on this device — schedule, progress, last result;
//! - [`client`]: fetching an update from a mirror (HTTP over rustls, a folder, a `.jolpack` file)
//!   and installing the new `content.db` (copy → fsync → rename, under `sync.lock`);
//! - [`build`], [`bundle`], [`keyfile`]: the publisher's side (`jol pack keygen/build/bundle`).
//!
//! What to trust is decided in `jol-pack`, on bytes; its types are re-exported here. The directory
//! format is documented in `docs/publishing.md`.

pub mod build;
pub mod bundle;
pub mod client;
pub mod clock;
pub mod keyfile;
pub mod paths;
pub mod store_files;
pub mod updates;

pub use build::{build_from_items, build_packs, BuildOptions, BuildOutcome};
pub use client::{
    apply_items, apply_update, installed_items, verify_dir, Source, SyncStateFile, Updater,
};
pub use clock::{today, unix_seconds, SystemClock};
pub use jol_pack::{
    apply_delta, builtin_trusted, changed_item, diff_items, format, is_safe_name, make_delta,
    parse_public_key, sha256_hex, Delta, FullPack, ItemPatch, KeyPair, Manifest, PackRef, Progress,
    PublicKey, Result, SyncError, SyncOutcome, SyncState, Timestamp, VerifiedDir, TRUSTED_KEYS,
};
pub use keyfile::{read_public_key_arg, trusted_with, KeyFile};
pub use updates::{mirror_dir, Updates};

use jol_core::{Dataset, Jol, StoreError};
use jol_types::api::Notice;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Seconds since 1970, UTC (the same as [`unix_seconds`]).
pub fn now() -> i64 {
    unix_seconds()
}

/// Opens Jol's data in `data_dir` (see [`store_files`]); updates trust this build's keys and are
/// checked only when asked (see [`open_with_updates`] for the schedule).
pub fn open(data_dir: &Path, builtin: Dataset) -> Result<Jol, StoreError> {
    Ok(open_with_updates(data_dir, builtin)?.0)
}

/// [`open`], and the handle on its updates: to set the trusted keys and start the schedule.
pub fn open_with_updates(data_dir: &Path, builtin: Dataset) -> Result<(Jol, Updates), StoreError> {
    let (_, content_outcome) = store_files::open_content(data_dir, builtin)?;
    let content = jol_core::content_store::ContentSource::files(
        Box::new(store_files::ContentFile::new(data_dir)),
        store_files::read_connections(),
    )?;
    let (user, user_outcome) = store_files::open_user(data_dir, unix_seconds())?;
    let mut notices = Vec::new();
    if content_outcome == jol_core::OpenOutcome::Restored {
        notices.push(Notice::ContentRestored);
    }
    if let store_files::UserOpenOutcome::MovedAside(p) = user_outcome {
        notices.push(Notice::UserDataReset {
            moved_to: p.display().to_string(),
        });
    }
    let user = Arc::new(Mutex::new(user));
    let updates = Updates::new(data_dir, user.clone());
    let jol = Jol::with_source(
        content,
        user,
        Arc::new(SystemClock),
        Arc::new(updates.clone()),
    )
    .with_notices(notices);
    Ok((jol, updates))
}
