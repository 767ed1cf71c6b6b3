//! Signed content packs, with no I/O of their own: Jol takes updates from anywhere and trusts only
//! signatures, and this crate is where that trust is decided — the same code on the desktop, the
//! server and (built for wasm32) inside the phone's browser.
//!
//! - [`keys`]: ed25519 public keys and signing;
//! - [`format`]: the signed envelope, the timestamp, the manifest and the packs (zstd JSON);
//! - [`verify`]: the client's checks on bytes (signature first, then expiry, rollback, size,
//!   sha256, the promised content hash) and what an update changed;
//! - [`delta`]: making and applying deltas (JSON merge patches);
//! - [`apply`]: writing verified items into a content database given as a SQLite connection, in
//!   one transaction;
//! - [`bundle`]: a whole pack directory in one byte string (`.jolpack`);
//! - [`flow`]: the order of an update's steps, with the fetching and the storage left to the host.
//!
//! Fetching, files, locks and clocks belong to the hosts (`jol-native` on the desktop); the
//! directory format is documented in `docs/publishing.md`.

pub mod apply;
pub mod bundle;
pub mod delta;
pub mod flow;
pub mod format;
pub mod keys;
pub mod verify;

pub use apply::{apply_update_in, build_items_in, read_installed_in};
pub use delta::{apply_delta, make_delta};
pub use format::{Delta, FullPack, ItemPatch, Manifest, PackRef, Timestamp};
pub use keys::{builtin_trusted, parse_public_key, KeyPair, PublicKey, TRUSTED_KEYS};
pub use verify::{
    changed_item, check_items, check_manifest, check_ref, check_timestamp, diff_items,
    is_safe_name, verify_files, Progress, SyncOutcome, SyncState, VerifiedDir,
};

use std::path::PathBuf;

/// Everything that can go wrong with an update. The I/O variants (`Read`, `Write`, `Http`, `Busy`)
/// are the hosts': this crate never builds them, but one type lets a host report its own errors
/// and the checks' alike.
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

impl SyncError {
    /// The error as the API carries it: a code and its values, for the UI to word in the reader's
    /// language, with the English sentence beside it for logs.
    pub fn to_source_error(&self, source: &str) -> jol_types::api::SourceError {
        use jol_types::api::UpdateErrorCode as Code;
        let mut params = std::collections::BTreeMap::new();
        let code = match self {
            SyncError::Key(_) | SyncError::BadSignature { .. } => Code::BadSignature,
            SyncError::Size { name, .. } | SyncError::Hash { name } => {
                params.insert("file".to_string(), name.clone());
                Code::Tampered
            }
            SyncError::Malformed { .. } | SyncError::Mismatch { .. } | SyncError::Promise(_) => {
                Code::Malformed
            }
            SyncError::Expired { expires, .. } => {
                params.insert("expires".to_string(), expires.to_string());
                Code::Expired
            }
            SyncError::Rollback { offered, highest } => {
                params.insert("offered".to_string(), offered.to_string());
                params.insert("highest".to_string(), highest.to_string());
                Code::Rollback
            }
            SyncError::Http { .. } => Code::Network,
            SyncError::Busy => Code::Busy,
            SyncError::Read { .. } | SyncError::Write { .. } | SyncError::Sql(_) => Code::Storage,
            SyncError::Content(_) => Code::Malformed,
        };
        jol_types::api::SourceError {
            source: source.to_string(),
            code,
            params,
            message: self.to_string(),
        }
    }
}
