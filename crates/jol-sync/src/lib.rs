//! Signed content updates on this machine: the native side of `jol-pack`.
//!
//! `jol-pack` decides what to trust, on bytes; this crate brings the bytes and keeps the files:
//! - [`keyfile`]: ed25519 key files (`jol pack keygen`);
//! - [`build`]: the publisher's side (`jol pack build`), writing a pack directory;
//! - [`bundle`]: a whole pack directory in one file (`jol pack bundle`, "update from file");
//! - [`client`]: verifying a directory, fetching from a mirror (HTTP or a folder) and applying an
//!   update atomically to `content.db` (`jol pack verify`, `jol sync`).
//!
//! The directory format is documented in `docs/publishing.md`.

pub mod build;
pub mod bundle;
pub mod client;
pub mod keyfile;

pub use build::{build_from_items, build_packs, BuildOptions, BuildOutcome};
pub use client::{
    apply_items, apply_update, installed_items, verify_dir, Source, SyncStateFile, Updater,
};
pub use jol_pack::{
    apply_delta, builtin_trusted, changed_item, diff_items, format, is_safe_name, make_delta,
    parse_public_key, sha256_hex, Delta, FullPack, ItemPatch, KeyPair, Manifest, PackRef, Progress,
    PublicKey, Result, SyncError, SyncOutcome, SyncState, Timestamp, VerifiedDir, TRUSTED_KEYS,
};
pub use keyfile::{read_public_key_arg, trusted_with, KeyFile};

/// Seconds since 1970, UTC.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
