//! The content database: reading it, and deciding whether it can be trusted.
//!
//! A [`ContentStore`] reads from a SQLite connection its host opened: a file in the data
//! directory on the desktop (`jol-native` installs, checks and restores it there), or memory,
//! loaded from the dataset's bytes ([`ContentStore::from_bytes`]) in a browser. [`verify`] is
//! what must hold before content is trusted — SQLite's `integrity_check`, the schema version, and
//! the items against the content hash recorded when they were built (a flipped digit in a phone
//! number passes `integrity_check` but not this); [`should_replace`] decides whether the built-in
//! copy replaces installed content (newer content from a signed update is never replaced by
//! older).

use crate::host::ContentFiles;
use jol_content::SCHEMA_VERSION;
use jol_types::api::ItemSummary;
use jol_types::{Country, Item, ItemKind, Locale, Review};
use rusqlite::{params, Connection, OptionalExtension};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

/// A built content database, as carried inside the app.
#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    /// The SQLite file, zlib-compressed (inflated only when it is installed).
    pub zlib: &'static [u8],
    /// The SQLite file's size, so inflating can refuse anything larger.
    pub size: usize,
    /// Its meta values, known when it was built, so deciding whether to install it needs no
    /// copy on disk.
    pub content_hash: &'static str,
    pub dataset_version: u64,
    pub item_count: u64,
}

impl Dataset {
    /// The SQLite file's bytes.
    pub fn inflate(&self) -> Result<Vec<u8>, StoreError> {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(self.zlib, self.size).map_err(|e| {
            StoreError::Damaged(format!("the built-in dataset does not inflate: {e:?}"))
        })
    }

    /// Its meta values, as installed content would record them.
    pub fn meta(&self) -> Meta {
        Meta {
            content_hash: self.content_hash.to_string(),
            dataset_version: self.dataset_version,
            item_count: self.item_count,
            origin: Origin::App,
            sync_version: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The host's storage failed (a file that cannot be created, written or opened), worded by
    /// the host with the place it names.
    #[error("{0}")]
    Host(String),
    #[error("the content database is damaged: {0}")]
    Damaged(String),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("item `{id}` in the content database cannot be read: {source}")]
    BadItem {
        id: String,
        source: serde_json::Error,
    },
}

/// Who put the installed content there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The copy carried inside the app.
    App,
    /// A signed content update.
    Sync,
}

/// What [`ContentStore::open`] had to do, for the notices the user sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenOutcome {
    Kept,
    Installed,
    /// The built-in dataset was newer than the installed one.
    Upgraded,
    /// The installed database was damaged and the built-in copy replaced it.
    Restored,
    /// The installed content was kept, and its search index rebuilt: it was written by another
    /// version of the search (content synced before this app was installed).
    Reindexed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub content_hash: String,
    pub dataset_version: u64,
    pub item_count: u64,
    pub origin: Origin,
    /// The signed manifest's version, for content a signed update installed.
    pub sync_version: Option<u64>,
}

pub struct ContentStore {
    conn: Connection,
    meta: Meta,
}

impl ContentStore {
    /// Reads from the content database on `conn`, which the host has checked (see [`verify`]).
    pub fn from_connection(conn: Connection) -> Result<ContentStore, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let meta = read_meta(&conn)?;
        Ok(ContentStore { conn, meta })
    }

    /// A content database in memory, loaded from the bytes of its file (the dataset a browser
    /// cached, or any copy), checked with [`verify`] first. Writable: an update can be applied to
    /// it in place.
    pub fn from_bytes(bytes: &[u8]) -> Result<ContentStore, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), false)?;
        verify(&conn)?;
        if !index_is_current(&conn)? {
            reindex(&mut conn)?;
        }
        ContentStore::from_connection(conn)
    }

    /// A content database in memory, built from `items` (the browser's first start: the dataset
    /// travels as its items, a fifth of the database's size, and the search index is built on
    /// the phone). Marked as the app's own content.
    pub fn from_items(items: &[Item]) -> Result<ContentStore, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        jol_content::compile_items(&mut conn, items)
            .map_err(|e| StoreError::Damaged(format!("the dataset does not build: {e}")))?;
        mark_origin_app(&conn)?;
        ContentStore::from_connection(conn)
    }

    /// The database file's bytes, for a host that keeps it somewhere other than a file (the
    /// browser's IndexedDB); [`ContentStore::from_bytes`] reads them back.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>, StoreError> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    /// The dataset carried inside the app, in memory.
    pub fn from_dataset(builtin: Dataset) -> Result<ContentStore, StoreError> {
        let store = ContentStore::from_bytes(&builtin.inflate()?)?;
        mark_origin_app(&store.conn)?;
        Ok(store)
    }

    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for a host applying an update in place (`jol_pack::apply_update_in`);
    /// call [`ContentStore::refresh_meta`] after.
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Reads the meta values again, after the content changed in place.
    pub fn refresh_meta(&mut self) -> Result<(), StoreError> {
        self.meta = read_meta(&self.conn)?;
        Ok(())
    }

    /// One item, whole.
    pub fn item(&self, id: &str) -> Result<Option<Item>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM item WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|source| StoreError::BadItem {
                id: id.to_string(),
                source,
            })
        })
        .transpose()
    }

    /// Every item of `kind`, whole, in id order.
    pub fn items_of_kind(&self, kind: ItemKind) -> Result<Vec<Item>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, json FROM item WHERE kind = ?1 ORDER BY id")?;
        let rows = stmt.query_map([kind.as_str()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, json) = row?;
            out.push(
                serde_json::from_str(&json).map_err(|source| StoreError::BadItem { id, source })?,
            );
        }
        Ok(out)
    }

    /// Every item, whole, in id order.
    pub fn all_items(&self) -> Result<Vec<Item>, StoreError> {
        all_items(&self.conn)
    }

    /// Lines for a list: titles in `locale` (or its nearest fallback), read in one query from the
    /// columns built for this, so a list never parses item JSON.
    pub fn list(
        &self,
        locale: Locale,
        kind: Option<ItemKind>,
        country: Option<&Country>,
        ids: Option<&[String]>,
    ) -> Result<Vec<ItemSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, i.kind, t.locale, t.title, t.summary, t.review,
                    (SELECT group_concat(country) FROM item_country c
                      WHERE c.id = i.id AND c.role = 'destination'),
                    (SELECT group_concat(country) FROM item_country c
                      WHERE c.id = i.id AND c.role = 'origin')
               FROM item i JOIN item_text t ON t.id = i.id
              WHERE (?1 IS NULL OR i.kind = ?1)
                AND (?2 IS NULL
                     OR NOT EXISTS (SELECT 1 FROM item_country c WHERE c.id = i.id AND c.role = 'destination')
                     OR EXISTS (SELECT 1 FROM item_country c WHERE c.id = i.id AND c.role = 'destination' AND c.country = ?2))
                AND (?3 IS NULL OR i.id IN (SELECT value FROM json_each(?3)))
              ORDER BY i.id",
        )?;
        // The ids as a JSON array, so a few related items are looked up by key instead of every
        // item being read and all but a few dropped (an item page lists its related items).
        let ids_json = ids
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| StoreError::Damaged(format!("cannot encode item ids: {e}")))?;
        let rows = stmt.query_map(
            params![
                kind.map(|k| k.as_str()),
                country.map(|c| c.code()),
                ids_json
            ],
            |r| {
                Ok(Row {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    locale: r.get(2)?,
                    title: r.get(3)?,
                    summary: r.get(4)?,
                    review: r.get(5)?,
                    destinations: r.get(6)?,
                    origins: r.get(7)?,
                })
            },
        )?;
        // Rows come grouped by id; keep, per id, the one earliest in the locale's fallback chain.
        let chain = locale.fallback_chain();
        let rank = |tag: &str| {
            chain
                .iter()
                .position(|l| l.tag() == tag)
                .unwrap_or(chain.len())
        };
        let mut best: Vec<Row> = Vec::new();
        for row in rows {
            let row = row?;
            match best.last_mut() {
                Some(last) if last.id == row.id => {
                    if rank(&row.locale) < rank(&last.locale) {
                        *last = row;
                    }
                }
                _ => best.push(row),
            }
        }
        best.into_iter()
            .filter_map(|r| r.into_summary().transpose())
            .collect()
    }
}

/// One `item_text` row of a list query.
struct Row {
    id: String,
    kind: String,
    locale: String,
    title: String,
    summary: String,
    review: String,
    destinations: Option<String>,
    origins: Option<String>,
}

impl Row {
    /// `None` for a kind or locale this build does not know (newer synced content).
    fn into_summary(self) -> Result<Option<ItemSummary>, StoreError> {
        let (Some(kind), Ok(locale)) = (ItemKind::parse(&self.kind), self.locale.parse::<Locale>())
        else {
            return Ok(None);
        };
        let review: Review =
            serde_json::from_str(&self.review).map_err(|source| StoreError::BadItem {
                id: self.id.clone(),
                source,
            })?;
        Ok(Some(ItemSummary {
            id: self.id,
            kind,
            locale,
            title: self.title,
            summary: self.summary,
            review,
            destinations: countries(self.destinations.as_deref()),
            origins: countries(self.origins.as_deref()),
        }))
    }
}

/// `KG,UZ` (a `group_concat`) as countries.
fn countries(list: Option<&str>) -> Vec<Country> {
    list.unwrap_or("")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(Country::new)
        .collect()
}

fn all_items(conn: &Connection) -> Result<Vec<Item>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, json FROM item ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, json) = row?;
        out.push(serde_json::from_str(&json).map_err(|source| StoreError::BadItem { id, source })?);
    }
    Ok(out)
}

fn read_meta(conn: &Connection) -> Result<Meta, StoreError> {
    let get = |k: &str| -> Result<Option<String>, rusqlite::Error> {
        conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
            .optional()
    };
    let missing = |k: &str| StoreError::Damaged(format!("meta `{k}` is missing"));
    let content_hash = get("content_hash")?.ok_or_else(|| missing("content_hash"))?;
    let dataset_version = get("dataset_version")?
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| missing("dataset_version"))?;
    let item_count = get("item_count")?
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| missing("item_count"))?;
    let origin = match get("origin")?.as_deref() {
        Some("sync") => Origin::Sync,
        _ => Origin::App,
    };
    let sync_version = get("sync_version")?.and_then(|v| v.parse().ok());
    Ok(Meta {
        content_hash,
        dataset_version,
        item_count,
        origin,
        sync_version,
    })
}

/// Everything that must hold for a content database to be trusted; its meta values if it does.
pub fn verify(conn: &Connection) -> Result<Meta, StoreError> {
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| StoreError::Damaged(e.to_string()))?;
    if check != "ok" {
        return Err(StoreError::Damaged(check));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version != SCHEMA_VERSION {
        return Err(StoreError::Damaged(format!(
            "schema version {version}, expected {SCHEMA_VERSION}"
        )));
    }
    let meta = read_meta(conn)?;
    let items = all_items(conn)?;
    if items.len() as u64 != meta.item_count {
        return Err(StoreError::Damaged(format!(
            "{} items, {} recorded",
            items.len(),
            meta.item_count
        )));
    }
    let hash = jol_content::content_hash(&items).map_err(|e| StoreError::Damaged(e.to_string()))?;
    if hash != meta.content_hash {
        return Err(StoreError::Damaged(
            "the items do not match their recorded content hash".into(),
        ));
    }
    Ok(meta)
}

/// The built-in copy replaces the installed one when it is newer; for content that came with the
/// app it also replaces a different dataset of the same version (an app fix to a text); a synced
/// dataset of the same or a newer version is kept.
pub fn should_replace(installed: &Meta, builtin: &Meta) -> bool {
    match installed.origin {
        Origin::Sync => builtin.dataset_version > installed.dataset_version,
        Origin::App => {
            builtin.dataset_version > installed.dataset_version
                || (builtin.dataset_version == installed.dataset_version
                    && builtin.content_hash != installed.content_hash)
        }
    }
}

/// Whether the search index was written by this version of the search (the search's words
/// change between versions; content synced before this app was installed keeps the old index).
pub fn index_is_current(conn: &Connection) -> Result<bool, StoreError> {
    jol_search::index_is_current(conn).map_err(|e| StoreError::Damaged(e.to_string()))
}

/// Rebuilds the search index on `conn` in one transaction. Only the search tables change; the
/// items and their hash are what they were. (The native host does it on a copy of the file and
/// renames the copy into place.)
pub fn reindex(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let items = all_items(&tx)?;
    jol_search::index_items(&tx, &items).map_err(|e| StoreError::Damaged(e.to_string()))?;
    tx.commit()?;
    Ok(())
}

/// Records that the content came with the app (not by a signed update), for [`should_replace`].
pub fn mark_origin_app(conn: &Connection) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('origin', 'app')",
        [],
    )?;
    Ok(())
}

/// Where [`crate::Jol`] reads its content: one store, or a pool of read connections on the host's
/// file.
///
/// Every read used to wait on one mutex over one connection, so thirty phones opening guides
/// queued behind each other. A host that keeps the content in a file (the native host) hands the
/// core a [`ContentFiles`]; the core opens a few connections on it and gives each read a free
/// one. A browser has no file and one thread: its content is one store in memory
/// ([`ContentSource::one`]), and a pool would gain nothing there.
pub struct ContentSource {
    inner: Source,
}

enum Source {
    One(Mutex<ContentStore>),
    Files {
        files: Box<dyn ContentFiles>,
        size: usize,
        /// Swapped whole when the content changes; reads still running keep the old pool alive
        /// until they finish.
        pool: RwLock<Arc<Pool>>,
        /// The clock's second of the last look at the file, so it is looked at once a second.
        checked_at: AtomicI64,
        /// A file seen to fail its check, so it is not checked again every second.
        rejected: Mutex<Option<String>>,
    },
}

/// Read connections on one version of the content.
struct Pool {
    stores: Vec<Mutex<ContentStore>>,
    /// The file's identity when they were opened.
    stamp: Option<String>,
    next: AtomicUsize,
}

impl Pool {
    /// A free connection if there is one, else the next in turn (waiting for it).
    fn with<T>(&self, f: impl FnOnce(&mut ContentStore) -> T) -> T {
        let n = self.stores.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed) % n;
        for i in 0..n {
            if let Ok(mut store) = self.stores[(start + i) % n].try_lock() {
                return f(&mut store);
            }
        }
        let mut store = self.stores[start].lock().unwrap_or_else(|p| p.into_inner());
        f(&mut store)
    }
}

impl ContentSource {
    /// One store (a browser, tests): reads take turns.
    pub fn one(store: ContentStore) -> ContentSource {
        ContentSource {
            inner: Source::One(Mutex::new(store)),
        }
    }

    /// `size` read connections (at least one) on the host's content file.
    pub fn files(files: Box<dyn ContentFiles>, size: usize) -> Result<ContentSource, StoreError> {
        let size = size.max(1);
        let stamp = files.stamp();
        let stores = (0..size)
            .map(|_| files.open().map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ContentSource {
            inner: Source::Files {
                files,
                size,
                pool: RwLock::new(Arc::new(Pool {
                    stores,
                    stamp,
                    next: AtomicUsize::new(0),
                })),
                checked_at: AtomicI64::new(i64::MIN),
                rejected: Mutex::new(None),
            },
        })
    }

    /// How many reads can run at once.
    pub fn connections(&self) -> usize {
        match &self.inner {
            Source::One(_) => 1,
            Source::Files { pool, .. } => read_lock(pool).stores.len(),
        }
    }

    /// Runs `f` on a store for one read (or, on a single store, a write such as serializing it).
    pub fn with<T>(&self, f: impl FnOnce(&mut ContentStore) -> T) -> T {
        match &self.inner {
            Source::One(store) => f(&mut store.lock().unwrap_or_else(|p| p.into_inner())),
            Source::Files { pool, .. } => {
                let pool = read_lock(pool).clone();
                pool.with(f)
            }
        }
    }

    /// Reads from `store` from now on. Over a file, `store` is a connection on the host's new
    /// file, and the other connections are opened on it too.
    pub fn replace(&self, store: ContentStore) -> Result<(), StoreError> {
        match &self.inner {
            Source::One(old) => {
                *old.lock().unwrap_or_else(|p| p.into_inner()) = store;
                Ok(())
            }
            Source::Files {
                files, size, pool, ..
            } => {
                let stamp = files.stamp();
                let mut stores = vec![Mutex::new(store)];
                for _ in 1..*size {
                    stores.push(Mutex::new(files.open()?));
                }
                *pool.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(Pool {
                    stores,
                    stamp,
                    next: AtomicUsize::new(0),
                });
                Ok(())
            }
        }
    }

    /// Over a file, looks at it when `now` (seconds) is a new second, and when it was replaced
    /// opens the new content (checked first). Content that fails the check is not read: the
    /// connections on the old file keep reading the old content, which they still see whole.
    /// The caller gets whether the content changed.
    pub fn refresh(&self, now: i64) -> bool {
        let Source::Files {
            files,
            pool,
            checked_at,
            rejected,
            ..
        } = &self.inner
        else {
            return false;
        };
        let last = checked_at.load(Ordering::Relaxed);
        // One caller per second looks; the others read on.
        if last == now
            || checked_at
                .compare_exchange(last, now, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return false;
        }
        let stamp = files.stamp();
        if stamp.is_none()
            || stamp == read_lock(pool).stamp
            || stamp == *rejected.lock().unwrap_or_else(|p| p.into_inner())
        {
            return false;
        }
        match files.open_checked() {
            Ok(store) => self.replace(store).map_or_else(
                |e| {
                    tracing::warn!("cannot open the new content: {e}");
                    false
                },
                |()| true,
            ),
            Err(e) => {
                tracing::warn!(
                    "the content database changed and fails its check ({e}); \
                     keeping the content read so far"
                );
                // Not checked again until the file changes again.
                *rejected.lock().unwrap_or_else(|p| p.into_inner()) = stamp;
                false
            }
        }
    }
}

fn read_lock<T>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(|p| p.into_inner())
}
