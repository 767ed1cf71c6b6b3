//! Writing verified items into a content database, given as a SQLite connection: the host decides
//! where that database lives (a scratch file renamed into place on the desktop, memory in the
//! browser). The rows themselves are written by `jol-content`, which owns the schema.

use crate::format::Manifest;
use crate::{Result, SyncError};
use jol_types::Item;
use rusqlite::{params, Connection, OptionalExtension};

/// The items in a content database and the content hash it records for them.
pub fn read_installed_in(conn: &Connection) -> Result<(Vec<Item>, Option<String>)> {
    let hash = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'content_hash'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let mut stmt = conn.prepare("SELECT id, json FROM item ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, json) = row?;
        out.push(
            serde_json::from_str(&json).map_err(|e| SyncError::Malformed {
                what: format!("installed item `{id}`"),
                detail: e.to_string(),
            })?,
        );
    }
    Ok((out, hash))
}

/// Updates the content database on `conn` from `old` (which it must hold: its meta content hash
/// is `old_hash`) to `new` in one transaction, touching only the rows of the items that differ
/// ([`jol_content::compile::update_items`]), and checks the result against what the manifest
/// promises. On any error the transaction is rolled back; after a failed check of what was
/// committed the caller must discard the database (the native host works on a copy).
pub fn apply_update_in(
    conn: &mut Connection,
    old: &[Item],
    old_hash: &str,
    new: &[Item],
    manifest: &Manifest,
) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let schema: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let base: String = tx.query_row(
        "SELECT value FROM meta WHERE key = 'content_hash'",
        [],
        |r| r.get(0),
    )?;
    if schema != jol_content::SCHEMA_VERSION || base != old_hash {
        return Err(SyncError::Promise(
            "the installed content changed while updating".into(),
        ));
    }
    let info = jol_content::compile::update_items(&tx, old, new)?;
    check_info(&info, manifest)?;
    mark_synced(&tx, manifest)?;
    tx.commit()?;
    // What was written, read back: the count and the hash the manifest promises (the items
    // themselves were hashed before writing; hashing them again here would double the time).
    let count: i64 = conn.query_row("SELECT count(*) FROM item", [], |r| r.get(0))?;
    let hash: String = conn.query_row(
        "SELECT value FROM meta WHERE key = 'content_hash'",
        [],
        |r| r.get(0),
    )?;
    if count as u64 != manifest.item_count || hash != manifest.content_hash {
        return Err(SyncError::Promise(
            "the updated database does not hold the promised items".into(),
        ));
    }
    Ok(())
}

/// Builds a whole content database from `items` on the empty database `conn`, marks it as synced
/// and checks it against what the manifest promises.
pub fn build_items_in(conn: &mut Connection, items: &[Item], manifest: &Manifest) -> Result<()> {
    let info = jol_content::compile_items(conn, items)?;
    check_info(&info, manifest)?;
    mark_synced(conn, manifest)?;
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(SyncError::Promise(format!("integrity_check: {check}")));
    }
    Ok(())
}

fn check_info(info: &jol_content::BuildInfo, manifest: &Manifest) -> Result<()> {
    if info.item_count as u64 != manifest.item_count {
        return Err(SyncError::Promise(format!(
            "{} items written, the manifest promises {}",
            info.item_count, manifest.item_count
        )));
    }
    if info.content_hash != manifest.content_hash {
        return Err(SyncError::Promise(
            "the written items do not match the manifest's content hash".into(),
        ));
    }
    Ok(())
}

/// Meta `origin = 'sync'` and the manifest version, which the app shows.
fn mark_synced(conn: &Connection, manifest: &Manifest) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('origin', 'sync')",
        [],
    )?;
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync_version', ?1)",
        params![manifest.version.to_string()],
    )?;
    Ok(())
}
