//! Signed content updates: Jol takes updates from anywhere and trusts only signatures.
//!
//! - [`keys`]: ed25519 key files (`jol pack keygen`);
//! - [`format`]: the signed envelope, the timestamp, the manifest and the packs;
//! - [`build`]: the publisher's side (`jol pack build`);
//! - [`bundle`]: a whole pack directory in one file (`jol pack bundle`, "update from file");
//! - [`client`]: verifying a directory, fetching from a mirror (HTTP or a folder) and applying an
//!   update atomically to `content.db` (`jol pack verify`, `jol sync`).
//!
//! The directory format is documented in `docs/publishing.md`.

pub mod build;
pub mod bundle;
pub mod client;
pub mod format;
pub mod keys;

pub use build::{build_from_items, build_packs, make_delta, BuildOptions, BuildOutcome};
pub use client::{
    apply_delta, apply_items, apply_update, changed_item, diff_items, installed_items,
    is_safe_name, verify_dir, Progress, Source, SyncOutcome, SyncState, Updater, VerifiedDir,
};
pub use format::{Delta, FullPack, ItemPatch, Manifest, PackRef, Timestamp};
pub use keys::{
    builtin_trusted, parse_public_key, read_public_key_arg, trusted_with, KeyPair, PublicKey,
    TRUSTED_KEYS,
};

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{0}")]
    Key(String),
    #[error("{what}: no valid signature by a trusted key")]
    BadSignature { what: String },
    #[error("{what} is malformed: {detail}")]
    Malformed { what: String, detail: String },
    #[error("{what} expired at {expires} (now {now}): this source is stale (an old copy, or a mirror that stopped updating); installed content is kept — try another source or a newer copy")]
    Expired {
        what: String,
        expires: i64,
        now: i64,
    },
    #[error(
        "version {offered} is older than version {highest} already accepted: refusing a rollback"
    )]
    Rollback { offered: u64, highest: u64 },
    #[error("{name}: expected {expected} bytes, got {got}")]
    Size {
        name: String,
        expected: u64,
        got: u64,
    },
    #[error("{name}: sha256 does not match the signed manifest")]
    Hash { name: String },
    #[error("the manifest names version {manifest}, the timestamp version {timestamp}")]
    Mismatch { manifest: u64, timestamp: u64 },
    #[error("the applied content does not match what the manifest promises: {0}")]
    Promise(String),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("download of {name} failed: {detail}")]
    Http { name: String, detail: String },
    #[error("another update of this data directory is running; try again when it has finished")]
    Busy,
    #[error("content: {0}")]
    Content(#[from] jol_content::CompileError),
    #[error("content database: {0}")]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = SyncError> = std::result::Result<T, E>;

/// Lower-case hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Seconds since 1970, UTC.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
