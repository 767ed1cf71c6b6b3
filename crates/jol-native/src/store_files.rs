//! The two databases as files in the data directory.
//!
//! `content.db`: the app carries a built copy of the dataset ([`Dataset`]). On open this
//! 1. installs that copy when there is none yet;
//! 2. checks the installed one ([`jol_core::content_store::verify`]) and restores the built-in
//!    copy when it fails;
//! 3. replaces it with the built-in copy when that is newer, but never replaces newer content that
//!    arrived by a signed update ([`jol_core::content_store::should_replace`]).
//!
//! `user.db`: its own file, so that content updates, which replace `content.db` whole, can never
//! touch it. A damaged user database is moved aside (never deleted: it may still hold something a
//! technician can recover), a fresh one is started, and the user is told.

use jol_core::content_store::{index_is_current, mark_origin_app, reindex, should_replace, verify};
use jol_core::host::ContentFiles;
use jol_core::{ContentStore, Dataset, OpenOutcome, StoreError, UserStore};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// What opening the user database found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserOpenOutcome {
    Ok,
    /// The old file was unreadable and now lives at this path.
    MovedAside(PathBuf),
}

/// Opens `dir/content.db`, installing, restoring or upgrading it from `builtin` as needed.
pub fn open_content(
    dir: &Path,
    builtin: Dataset,
) -> Result<(ContentStore, OpenOutcome), StoreError> {
    create_dir(dir)?;
    let path = content_path(dir);
    let outcome = if !path.exists() {
        install(&path, builtin)?;
        OpenOutcome::Installed
    } else {
        match open_read(&path).and_then(|c| verify(&c)) {
            Err(e) => {
                tracing::warn!(
                    "content database {} is damaged ({e}); restoring the built-in copy",
                    path.display()
                );
                install(&path, builtin)?;
                OpenOutcome::Restored
            }
            Ok(installed) if should_replace(&installed, &builtin.meta()) => {
                install(&path, builtin)?;
                OpenOutcome::Upgraded
            }
            Ok(_) if !index_is_current(&open_read(&path)?)? => {
                reindex_file(&path)?;
                OpenOutcome::Reindexed
            }
            Ok(_) => OpenOutcome::Kept,
        }
    };
    let store = ContentStore::from_connection(open_read(&path)?)?;
    Ok((store, outcome))
}

/// `dir/content.db`.
pub fn content_path(dir: &Path) -> PathBuf {
    dir.join("content.db")
}

/// Opens `content.db` again after a signed update renamed a new file over it. The new file is
/// verified first.
pub fn reopen_content(dir: &Path) -> Result<ContentStore, StoreError> {
    let conn = open_read(&content_path(dir))?;
    verify(&conn)?;
    ContentStore::from_connection(conn)
}

/// `dir/content.db` as the core reads it: a pool of connections on the file, opened again when
/// another process (`jol sync`) or this one's update renamed a new file into place.
pub struct ContentFile {
    dir: PathBuf,
}

impl ContentFile {
    /// The installed `content.db` of `dir` (opened with [`open_content`] first).
    pub fn new(dir: &Path) -> ContentFile {
        ContentFile {
            dir: dir.to_path_buf(),
        }
    }
}

impl ContentFiles for ContentFile {
    fn open(&self) -> Result<ContentStore, StoreError> {
        ContentStore::from_connection(open_read(&content_path(&self.dir))?)
    }

    fn open_checked(&self) -> Result<ContentStore, StoreError> {
        reopen_content(&self.dir)
    }

    fn stamp(&self) -> Option<String> {
        file_stamp(&content_path(&self.dir))
    }
}

/// A file's identity: a rename puts another inode there; a write in place changes the size or the
/// modification time.
fn file_stamp(path: &Path) -> Option<String> {
    let m = std::fs::metadata(path).ok()?;
    let modified = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    #[cfg(unix)]
    let id = {
        use std::os::unix::fs::MetadataExt;
        (m.dev(), m.ino())
    };
    #[cfg(not(unix))]
    let id = (0u64, 0u64);
    Some(format!("{}:{}:{}:{modified}", id.0, id.1, m.len()))
}

/// How many read connections the core keeps on `content.db`: one per core the machine has, and
/// at least two, so a long search never holds up a short read.
pub fn read_connections() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 16)
}

fn open_read(path: &Path) -> Result<Connection, StoreError> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StoreError::Host(format!("cannot open the database {}: {e}", path.display())))
}

fn create_dir(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| {
        StoreError::Host(format!(
            "cannot create the data directory {}: {e}",
            dir.display()
        ))
    })
}

fn write_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Host(format!("cannot write {}: {e}", path.display()))
}

/// Rebuilds the search index of the database at `path` on a copy and renames the copy into place:
/// a crash leaves the old file or the new one.
fn reindex_file(path: &Path) -> Result<(), StoreError> {
    let tmp = path.with_extension("db.part");
    std::fs::copy(path, &tmp).map_err(|e| write_error(&tmp, e))?;
    // The copy is ours alone: no journal is needed beyond the transaction's own.
    reindex(&mut open_read(&tmp)?)?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| write_error(&tmp, e))?;
    for side in ["db-wal", "db-shm"] {
        let _ = std::fs::remove_file(path.with_extension(side));
    }
    std::fs::rename(&tmp, path).map_err(|e| write_error(path, e))
}

/// Writes the built-in copy beside `path` and renames it into place, so a crash mid-write leaves
/// either the old file or the new one, never half of one.
fn install(path: &Path, builtin: Dataset) -> Result<(), StoreError> {
    let tmp = path.with_extension("db.part");
    let write = |p: &Path, bytes: &[u8]| -> Result<(), StoreError> {
        use std::io::Write;
        let mut f = std::fs::File::create(p).map_err(|e| write_error(p, e))?;
        f.write_all(bytes)
            .and_then(|_| f.sync_all())
            .map_err(|e| write_error(p, e))
    };
    write(&tmp, &builtin.inflate()?)?;
    for side in ["db-wal", "db-shm"] {
        let _ = std::fs::remove_file(path.with_extension(side));
    }
    std::fs::rename(&tmp, path).map_err(|e| write_error(path, e))?;
    mark_origin_app(&open_read(path)?)
}

/// Opens (creating if needed) `dir/user.db`, migrating it to the current schema; `now` (seconds
/// since 1970) names a damaged file moved aside.
pub fn open_user(dir: &Path, now: i64) -> Result<(UserStore, UserOpenOutcome), StoreError> {
    create_dir(dir)?;
    let path = dir.join("user.db");
    match open_user_file(&path) {
        Ok(store) => Ok((store, UserOpenOutcome::Ok)),
        Err(e) if path.exists() => {
            let aside = aside_path(&path, now);
            tracing::warn!(
                "user database {} is unreadable ({e}); moving it to {}",
                path.display(),
                aside.display()
            );
            std::fs::rename(&path, &aside).map_err(|e| write_error(&aside, e))?;
            // SQLite's side files go along, named after the moved file as SQLite expects.
            for side in ["-wal", "-shm"] {
                let mut from = path.clone().into_os_string();
                from.push(side);
                let mut to = aside.clone().into_os_string();
                to.push(side);
                let _ = std::fs::rename(from, to);
            }
            let store = open_user_file(&path)?;
            Ok((store, UserOpenOutcome::MovedAside(aside)))
        }
        Err(e) => Err(e),
    }
}

fn open_user_file(path: &Path) -> Result<UserStore, StoreError> {
    let conn = Connection::open(path).map_err(|e| {
        StoreError::Host(format!("cannot open the database {}: {e}", path.display()))
    })?;
    let store = UserStore::from_connection(conn)?;
    store.conn().pragma_update(None, "journal_mode", "WAL")?;
    Ok(store)
}

/// `user.db` → `user.db.damaged-<unix seconds>`, with a counter if that exists already.
fn aside_path(path: &Path, stamp: i64) -> PathBuf {
    let mut n = 0;
    loop {
        let suffix = if n == 0 {
            format!("damaged-{stamp}")
        } else {
            format!("damaged-{stamp}-{n}")
        };
        let candidate = path.with_extension(format!("db.{suffix}"));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}
