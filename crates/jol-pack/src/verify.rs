//! The client's checks, on bytes.
//!
//! They follow TUF's workflow: the timestamp's signature is checked before anything in it is read,
//! then its expiry, then the version against the highest ever accepted ([`SyncState`], which the
//! host keeps where content updates cannot replace it). Every later file must have the exact size
//! and sha256 the signed metadata names, and is parsed only after that.

use crate::delta::apply_delta;
use crate::format::{
    manifest_file, open, parse_pack, Delta, FullPack, Manifest, PackRef, Timestamp, TIMESTAMP_FILE,
    TIMESTAMP_MAX_BYTES,
};
use crate::keys::PublicKey;
use crate::{sha256_hex, Result, SyncError};
use jol_types::api::ChangedItem;
use jol_types::Item;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where an update is, reported to the callback given to [`Updater::on_progress`], in this order:
/// `Checking` (timestamp and manifest), `Downloading` (as a pack arrives; possibly several
/// times), `Applying` (writing content.db).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress<'a> {
    /// Fetching and verifying the timestamp and the manifest.
    Checking,
    /// `done` of `total` bytes of `file` are here.
    Downloading {
        file: &'a str,
        done: u64,
        total: u64,
    },
    /// Applying the verified pack to the content database.
    Applying,
}

/// What a client remembers between updates (the native host keeps it in `sync-state.json` in the
/// data directory, beside `content.db`, which every update replaces).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// The highest manifest version ever accepted: nothing older is taken again.
    pub highest_version: u64,
}

/// What a verified directory holds.
#[derive(Debug, Clone)]
pub struct VerifiedDir {
    pub timestamp: Timestamp,
    pub manifest: Manifest,
}

/// Checks a pack directory the way a client would: signatures, expiry, every file's size and
/// hash, the full pack's content hash and count, and every delta's base and target. `read(name,
/// cap)` gives a file's bytes (at most `cap`): from a folder, a bundle, or memory.
pub fn verify_files(
    read: impl Fn(&str, u64) -> Result<Vec<u8>>,
    trusted: &[PublicKey],
    now: i64,
) -> Result<VerifiedDir> {
    let read_ref = |r: &PackRef| {
        let bytes = read(&r.name, r.size)?;
        check_ref(r, &bytes)?;
        Ok::<_, SyncError>(bytes)
    };
    let ts_bytes = read(TIMESTAMP_FILE, TIMESTAMP_MAX_BYTES)?;
    let timestamp = check_timestamp(&ts_bytes, trusted, now, true)?;
    let manifest_bytes = read_ref(&timestamp.manifest)?;
    let manifest = check_manifest(&manifest_bytes, &timestamp, trusted, now)?;
    let full: FullPack = parse_pack(&manifest.full.name, &read_ref(&manifest.full)?)?;
    check_items(&full.items, &manifest)?;
    for d in &manifest.deltas {
        let delta: Delta = parse_pack(&d.pack.name, &read_ref(&d.pack)?)?;
        // The base is the older version's full pack when the directory still has it (it keeps
        // every version it built); its manifest may have expired, which does not matter here.
        let older = read(&manifest_file(d.from_version), 1024 * 1024)
            .and_then(|b| open::<Manifest>("older manifest", &b, trusted));
        if let Ok(older) = older {
            let base: FullPack = parse_pack(&older.full.name, &read_ref(&older.full)?)?;
            if older.content_hash != d.from_hash {
                return Err(SyncError::Promise(format!(
                    "delta {} names another base than manifest {}",
                    d.pack.name, older.version
                )));
            }
            check_items(&apply_delta(&base.items, &delta)?, &manifest)
                .map_err(|e| SyncError::Promise(format!("delta {}: {e}", d.pack.name)))?;
        } else {
            // Without its base, a delta can still be checked to add only items the full pack has.
            for item in &delta.add {
                if !full.items.iter().any(|b| b == item) {
                    return Err(SyncError::Promise(format!(
                        "delta {} carries item `{}` the full pack does not have",
                        d.pack.name, item.id
                    )));
                }
            }
        }
    }
    Ok(VerifiedDir {
        timestamp,
        manifest,
    })
}

/// `enforce_expiry` is false for local sources: the short expiry exists to expose a frozen online
/// mirror, and would otherwise refuse a week-old USB stick forever (the manifest's expiry and
/// rollback protection still apply to every source).
pub fn check_timestamp(
    bytes: &[u8],
    trusted: &[PublicKey],
    now: i64,
    enforce_expiry: bool,
) -> Result<Timestamp> {
    let ts: Timestamp = open("timestamp", bytes, trusted)?;
    if ts.kind != "timestamp" {
        return Err(SyncError::Malformed {
            what: "timestamp".into(),
            detail: format!("type `{}`", ts.kind),
        });
    }
    if enforce_expiry && now > ts.expires {
        return Err(SyncError::Expired {
            what: "timestamp".into(),
            expires: ts.expires,
            now,
        });
    }
    Ok(ts)
}

pub fn check_manifest(
    bytes: &[u8],
    ts: &Timestamp,
    trusted: &[PublicKey],
    now: i64,
) -> Result<Manifest> {
    let m: Manifest = open("manifest", bytes, trusted)?;
    if m.kind != "manifest" {
        return Err(SyncError::Malformed {
            what: "manifest".into(),
            detail: format!("type `{}`", m.kind),
        });
    }
    if m.version != ts.version {
        return Err(SyncError::Mismatch {
            manifest: m.version,
            timestamp: ts.version,
        });
    }
    if now > m.expires {
        return Err(SyncError::Expired {
            what: "manifest".into(),
            expires: m.expires,
            now,
        });
    }
    Ok(m)
}

pub fn check_items(items: &[Item], m: &Manifest) -> Result<()> {
    if items.len() as u64 != m.item_count {
        return Err(SyncError::Promise(format!(
            "{} items, the manifest promises {}",
            items.len(),
            m.item_count
        )));
    }
    if jol_content::content_hash(items)? != m.content_hash {
        return Err(SyncError::Promise(
            "the items do not match the manifest's content hash".into(),
        ));
    }
    Ok(())
}

/// Only plain file names the signed metadata gives are ever fetched or served.
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        && !name.starts_with('.')
}

/// The bytes are exactly the file the signed metadata names.
pub fn check_ref(r: &PackRef, bytes: &[u8]) -> Result<()> {
    if bytes.len() as u64 != r.size {
        return Err(SyncError::Size {
            name: r.name.clone(),
            expected: r.size,
            got: bytes.len() as u64,
        });
    }
    if sha256_hex(bytes) != r.sha256 {
        return Err(SyncError::Hash {
            name: r.name.clone(),
        });
    }
    Ok(())
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SyncOutcome {
    UpToDate {
        version: u64,
    },
    Updated {
        version: u64,
        /// The items added, changed and removed, titled in every locale they have (removed
        /// ones from the content they were removed from), so any screen can name them.
        added: Vec<ChangedItem>,
        changed: Vec<ChangedItem>,
        removed: Vec<ChangedItem>,
        /// Every byte fetched from the source: timestamp, manifest and packs.
        bytes_fetched: u64,
        used_delta: bool,
    },
}

/// An item as an update reports it: its id and its title in every locale it has.
pub fn changed_item(item: &Item) -> ChangedItem {
    ChangedItem {
        id: item.id.clone(),
        titles: item
            .text
            .iter()
            .map(|(l, t)| (*l, t.title.clone()))
            .collect(),
    }
}

/// (added, changed, removed) between two item sets.
pub fn diff_items(
    old: &[Item],
    new: &[Item],
) -> (Vec<ChangedItem>, Vec<ChangedItem>, Vec<ChangedItem>) {
    let old_map: BTreeMap<&str, &Item> = old.iter().map(|i| (i.id.as_str(), i)).collect();
    let new_map: BTreeMap<&str, &Item> = new.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (id, item) in &new_map {
        match old_map.get(id) {
            None => added.push(changed_item(item)),
            Some(o) if o != item => changed.push(changed_item(item)),
            _ => {}
        }
    }
    let removed = old_map
        .iter()
        .filter(|(id, _)| !new_map.contains_key(*id))
        .map(|(_, i)| changed_item(i))
        .collect();
    (added, changed, removed)
}
