//! Compiling checked items into the content database the app reads.
//!
//! The database holds each item as JSON (the exact shared model, so nothing is lost), a few
//! columns the lists read without parsing JSON, the search index, and a content hash over the
//! items so the same sources always give the same hash.

use crate::check::{check_dir, Report};
use crate::derive::add_uz_cyrillic;
use crate::load::{load_dir, LoadError};
use jol_types::{Item, PartialDate};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Bumped whenever the content database's tables change; the app refuses (and replaces) a
/// database of another version instead of misreading it.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildInfo {
    pub content_hash: String,
    /// Seconds since 1970 (UTC) of the newest date in the content; a later dataset has a larger one.
    pub dataset_version: u64,
    pub item_count: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("the content has {count} error(s); run `jol content check` to see them")]
    Invalid { count: usize, report: Box<Report> },
    #[error("cannot write the content database {path}: {source}")]
    Write {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("database error while compiling content: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("cannot build the search index: {0}")]
    Search(#[from] jol_search::SearchError),
    #[error("cannot serialise item `{id}`: {source}")]
    Json {
        id: String,
        source: serde_json::Error,
    },
    #[error("cannot move the finished database into place at {path}: {source}")]
    Rename {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Loads, checks and compiles `dir` into a new database file at `out`, replacing it only once the
/// new one is complete (written beside it, then renamed), so a failed build never leaves a
/// half-written database where the app would find it.
pub fn build_dir(dir: &Path, out: &Path, today: i64) -> Result<(BuildInfo, Report), CompileError> {
    let files = load_dir(dir)?;
    let report = check_dir(&files, today);
    let errors = report.errors().count();
    if errors > 0 {
        return Err(CompileError::Invalid {
            count: errors,
            report: Box::new(report),
        });
    }
    let mut items: Vec<Item> = report.items.iter().map(|(_, i)| i.clone()).collect();
    items.iter_mut().for_each(add_uz_cyrillic);

    let tmp = out.with_extension("db.part");
    let _ = std::fs::remove_file(&tmp);
    let write_err = |source| CompileError::Write {
        path: tmp.clone(),
        source,
    };
    let mut conn = Connection::open(&tmp).map_err(write_err)?;
    let info = compile_items(&mut conn, &items)?;
    conn.execute_batch("VACUUM;")?;
    drop(conn);
    std::fs::rename(&tmp, out).map_err(|source| CompileError::Rename {
        path: out.to_path_buf(),
        source,
    })?;
    Ok((info, report))
}

/// Writes `items` (already checked and derived) into an empty database, in one transaction.
pub fn compile_items(conn: &mut Connection, items: &[Item]) -> Result<BuildInfo, CompileError> {
    let hash = content_hash(items)?;
    let version = dataset_version(items);
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    for item in items {
        put_item(&tx, item)?;
    }
    jol_search::index_items(&tx, items)?;
    let meta = [
        ("content_hash", hash.clone()),
        ("dataset_version", version.to_string()),
        ("item_count", items.len().to_string()),
    ];
    for (k, v) in meta {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    tx.commit()?;
    Ok(BuildInfo {
        content_hash: hash,
        dataset_version: version,
        item_count: items.len(),
    })
}

/// Writes one item's rows (`item`, `item_text`, `item_country`); the search index is separate.
fn put_item(conn: &Connection, item: &Item) -> Result<(), CompileError> {
    let json = serde_json::to_string(item).map_err(|source| CompileError::Json {
        id: item.id.clone(),
        source,
    })?;
    conn.prepare_cached("INSERT INTO item (id, kind, verified_on, json) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![
            item.id,
            item.kind.as_str(),
            item.verified_on.to_string(),
            json
        ])?;
    let mut put_text = conn.prepare_cached(
        "INSERT INTO item_text (id, locale, title, summary, review) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (locale, t) in &item.text {
        let review = serde_json::to_string(&t.review).map_err(|source| CompileError::Json {
            id: item.id.clone(),
            source,
        })?;
        put_text.execute(params![item.id, locale.tag(), t.title, t.summary, review])?;
    }
    let mut put_country =
        conn.prepare_cached("INSERT INTO item_country (id, role, country) VALUES (?1, ?2, ?3)")?;
    for c in &item.origins {
        put_country.execute(params![item.id, "origin", c.code()])?;
    }
    for c in &item.destinations {
        put_country.execute(params![item.id, "destination", c.code()])?;
    }
    Ok(())
}

/// Deletes one item's rows (`item`, `item_text`, `item_country`).
fn delete_item(conn: &Connection, id: &str) -> Result<(), CompileError> {
    for sql in [
        "DELETE FROM item_country WHERE id = ?1",
        "DELETE FROM item_text WHERE id = ?1",
        "DELETE FROM item WHERE id = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([id])?;
    }
    Ok(())
}

/// Turns a database [`compile_items`] wrote for `old` into one for `new`, touching only the rows
/// of the items that differ: what a small signed update needs, where rebuilding the whole search
/// index would take most of a second on a cheap phone. The result holds what `compile_items(new)`
/// would have written (same content hash, rows and search results; see
/// [`jol_search::update_items`] for the index's document numbers and generation); when only
/// items' contents changed the search index is updated in place, otherwise (items added or
/// removed, locales added or removed) it is rebuilt.
///
/// Runs inside a savepoint, so the caller can make it part of one transaction with its own checks;
/// on error nothing is changed. The caller checks that the database holds `old` (its meta
/// `content_hash`) before calling.
pub fn update_items(
    conn: &Connection,
    old: &[Item],
    new: &[Item],
) -> Result<BuildInfo, CompileError> {
    conn.execute_batch("SAVEPOINT jol_content_update")?;
    match update(conn, old, new) {
        Ok(info) => {
            conn.execute_batch("RELEASE jol_content_update")?;
            Ok(info)
        }
        Err(e) => {
            let _ =
                conn.execute_batch("ROLLBACK TO jol_content_update; RELEASE jol_content_update");
            Err(e)
        }
    }
}

fn update(conn: &Connection, old: &[Item], new: &[Item]) -> Result<BuildInfo, CompileError> {
    use std::collections::BTreeMap;
    let old_map: BTreeMap<&str, &Item> = old.iter().map(|i| (i.id.as_str(), i)).collect();
    let new_map: BTreeMap<&str, &Item> = new.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut changed = Vec::new();
    let mut same_ids = old_map.len() == new_map.len();
    for (id, item) in &new_map {
        match old_map.get(id) {
            None => {
                same_ids = false;
                put_item(conn, item)?;
            }
            Some(o) if o != item => {
                delete_item(conn, id)?;
                put_item(conn, item)?;
                changed.push((*o, *item));
            }
            Some(_) => {}
        }
    }
    for id in old_map.keys().filter(|id| !new_map.contains_key(*id)) {
        same_ids = false;
        delete_item(conn, id)?;
    }
    if !(same_ids && jol_search::update_items(conn, &changed)?) {
        jol_search::index_items(conn, new)?;
    }
    let hash = content_hash(new)?;
    let version = dataset_version(new);
    let meta = [
        ("content_hash", hash.clone()),
        ("dataset_version", version.to_string()),
        ("item_count", new.len().to_string()),
    ];
    for (k, v) in meta {
        conn.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")?
            .execute(params![k, v])?;
    }
    Ok(BuildInfo {
        content_hash: hash,
        dataset_version: version,
        item_count: new.len(),
    })
}

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE item (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    verified_on TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE item_text (
    id TEXT NOT NULL REFERENCES item(id),
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    review TEXT NOT NULL, -- the Review as JSON
    PRIMARY KEY (id, locale)
);
CREATE TABLE item_country (
    id TEXT NOT NULL REFERENCES item(id),
    role TEXT NOT NULL CHECK (role IN ('origin', 'destination')),
    country TEXT NOT NULL
);
CREATE INDEX item_kind ON item (kind);
CREATE INDEX item_country_by_country ON item_country (country, role);
";

/// sha256 over the items' JSON, in id order. JSON of the shared model is deterministic (struct
/// fields in declaration order, maps sorted), so equal content gives an equal hash on any machine.
pub fn content_hash(items: &[Item]) -> Result<String, CompileError> {
    let mut sorted: Vec<&Item> = items.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let mut h = Sha256::new();
    for item in sorted {
        let json = serde_json::to_vec(item).map_err(|source| CompileError::Json {
            id: item.id.clone(),
            source,
        })?;
        h.update((json.len() as u64).to_le_bytes());
        h.update(&json);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// The newest date the content states, as Unix seconds: deterministic, and larger for a dataset
/// with newer facts. A partial date counts from its first day ("2026" is 2026-01-01), so the version
/// is never later than the build (the check refuses dates in the future): a signed pack built today,
/// versioned by its build time, is always newer than the dataset inside an app built before it.
fn dataset_version(items: &[Item]) -> u64 {
    let mut newest: Option<PartialDate> = None;
    let mut consider = |d: PartialDate| {
        if newest.is_none_or(|n| d.first_day() > n.first_day()) {
            newest = Some(d);
        }
    };
    for item in items {
        consider(item.verified_on);
        item.sources
            .iter()
            .filter_map(|s| s.date)
            .for_each(&mut consider);
    }
    newest.map_or(0, |d| (d.first_day().max(0) as u64) * 86_400)
}
