//! The app's side: verify a pack directory, fetch an update from a mirror and apply it.
//!
//! The checks are `jol-pack`'s (TUF's workflow, on bytes); this module fetches the bytes, keeps the
//! highest version ever accepted in `sync-state.json` in the data directory — not in `content.db`,
//! which every update replaces (a finished copy renamed into place), and not in `user.db`, which
//! content never touches — and installs the new `content.db`. Every file after the timestamp is
//! fetched with the exact size the signed metadata names as a cap.

use crate::build::write_atomic;
use jol_pack::flow::{Fetch, Target, Update};
use jol_pack::{
    is_safe_name, Manifest, Progress, PublicKey, Result, SyncError, SyncOutcome, SyncState,
    VerifiedDir,
};
use jol_types::Item;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where an update comes from. The same verification applies to every source.
#[derive(Debug, Clone)]
pub enum Source {
    /// A base URL: a mirror, a CDN, or a classroom peer's `http://…/packs/`.
    Http(String),
    /// A folder: a USB stick, a copied directory.
    Dir(PathBuf),
    /// One file holding a whole pack directory (`jol pack bundle`): received by messenger or
    /// copied from a USB stick ("update from file"). Only a container: its entries are verified
    /// exactly like a directory's files.
    Bundle(PathBuf),
}

impl Source {
    /// `http://` and `https://` are mirrors; an existing regular file is a bundle; anything else
    /// is a folder (a missing one fails later with the path in the message).
    pub fn parse(s: &str) -> Source {
        if s.starts_with("http://") || s.starts_with("https://") {
            Source::Http(s.trim_end_matches('/').to_string())
        } else if Path::new(s).is_file() {
            Source::Bundle(PathBuf::from(s))
        } else {
            Source::Dir(PathBuf::from(s))
        }
    }

    /// Whether the source is on this machine (a folder or a file) or a peer on the local network
    /// (a private IPv4 address: a trainer's laptop on the classroom Wi-Fi). The timestamp's short
    /// expiry guards against a frozen *online* mirror, and is not applied to these: a classroom
    /// with no internet would otherwise refuse the trainer's week-old update forever (see
    /// `docs/publishing.md`). Loopback counts as online, so tests exercise the expiry.
    pub fn is_local(&self) -> bool {
        match self {
            Source::Http(url) => jol_pack::flow::is_private_network_url(url),
            Source::Dir(_) | Source::Bundle(_) => true,
        }
    }
}

/// The file in the data directory that keeps the [`SyncState`].
pub const STATE_FILE: &str = "sync-state.json";

/// [`SyncState`] in `sync-state.json` in the data directory.
pub trait SyncStateFile: Sized {
    fn load(data_dir: &Path) -> Result<Self>;
    fn store(&self, data_dir: &Path) -> Result<()>;
}

impl SyncStateFile for SyncState {
    fn load(data_dir: &Path) -> Result<SyncState> {
        let path = data_dir.join(STATE_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| SyncError::Malformed {
                what: path.display().to_string(),
                detail: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SyncState::default()),
            Err(source) => Err(SyncError::Read { path, source }),
        }
    }

    fn store(&self, data_dir: &Path) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| SyncError::Malformed {
            what: STATE_FILE.into(),
            detail: e.to_string(),
        })?;
        write_atomic(&data_dir.join(STATE_FILE), &bytes)
    }
}

/// Checks a directory (or a bundle: `jol pack verify FILE.jolpack`) the way a client would; see
/// [`jol_pack::verify_files`].
pub fn verify_dir(dir: &Path, trusted: &[PublicKey], now: i64) -> Result<VerifiedDir> {
    let read = |name: &str, cap: u64| {
        if dir.is_file() {
            crate::bundle::read_entry(dir, name, cap)
        } else {
            read_dir_file(dir, name, cap)
        }
    };
    jol_pack::verify_files(read, trusted, now)
}

fn read_dir_file(dir: &Path, name: &str, cap: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    if !is_safe_name(name) {
        return Err(SyncError::Malformed {
            what: name.into(),
            detail: "not a plain file name".into(),
        });
    }
    let path = dir.join(name);
    let f = std::fs::File::open(&path).map_err(|source| SyncError::Read {
        path: path.clone(),
        source,
    })?;
    let mut out = Vec::new();
    f.take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|source| SyncError::Read {
            path: path.clone(),
            source,
        })?;
    if out.len() as u64 > cap {
        return Err(SyncError::Size {
            name: name.into(),
            expected: cap,
            got: out.len() as u64,
        });
    }
    Ok(out)
}

type ProgressFn = Box<dyn Fn(Progress) + Send + Sync>;

/// Fetches and applies an update from one source into one data directory.
pub struct Updater {
    pub source: Source,
    pub trusted: Vec<PublicKey>,
    pub data_dir: PathBuf,
    /// The clock, in seconds since 1970 (tests set it).
    pub now: i64,
    progress: Option<ProgressFn>,
    client: reqwest::Client,
}

impl Updater {
    pub fn new(source: Source, trusted: Vec<PublicKey>, data_dir: &Path) -> Result<Updater> {
        Ok(Updater {
            source,
            trusted,
            data_dir: data_dir.to_path_buf(),
            now: crate::now(),
            progress: None,
            client: http_client(Duration::from_secs(30))?,
        })
    }

    /// How long a mirror may send nothing before the download is abandoned (kept for resuming).
    pub fn set_read_timeout(&mut self, timeout: Duration) -> Result<()> {
        self.client = http_client(timeout)?;
        Ok(())
    }

    /// Called at each phase of [`Updater::run`], and as bytes arrive (see [`Progress`]).
    pub fn on_progress(&mut self, f: impl Fn(Progress) + Send + Sync + 'static) {
        self.progress = Some(Box::new(f));
    }

    /// Checks the source and applies a newer version if there is one. Installed content is left
    /// as it was on any error. The steps and every check are `jol_pack::flow`'s; this host adds
    /// the lock, the files and the fetching.
    pub async fn run(&self) -> Result<SyncOutcome> {
        let _lock = self.lock()?;
        let progress = |p: Progress| self.report(p);
        let update = Update {
            fetch: self,
            trusted: &self.trusted,
            now: self.now,
            enforce_expiry: !self.source.is_local(),
            progress: &progress,
        };
        update.run(&mut DataDir(&self.data_dir)).await
    }

    /// One update of a data directory at a time (the app's scheduled check and `jol sync` may
    /// meet): they would share `sync-cache/*.part` and `content.db.sync-part`. An OS lock on
    /// `sync.lock`, so a killed process never leaves it held; where the file system has no locks,
    /// updates go ahead unlocked.
    fn lock(&self) -> Result<Option<std::fs::File>> {
        let path = self.data_dir.join("sync.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| SyncError::Write { path, source })?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Err(SyncError::Busy),
            Err(std::fs::TryLockError::Error(_)) => Ok(None),
        }
    }

    /// Fetches `name`, refusing more than `cap` bytes. Over HTTP a `resume`-able download goes to
    /// `sync-cache/NAME.part` and continues with a Range request after an interruption.
    async fn fetch(&self, name: &str, cap: u64, resume: bool) -> Result<Vec<u8>> {
        if !is_safe_name(name) {
            return Err(SyncError::Malformed {
                what: name.into(),
                detail: "not a plain file name".into(),
            });
        }
        match &self.source {
            Source::Dir(dir) => {
                let bytes = read_dir_file(dir, name, cap)?;
                self.report_bytes(name, bytes.len() as u64, bytes.len() as u64);
                Ok(bytes)
            }
            Source::Bundle(file) => {
                let bytes = crate::bundle::read_entry(file, name, cap)?;
                self.report_bytes(name, bytes.len() as u64, bytes.len() as u64);
                Ok(bytes)
            }
            Source::Http(base) => {
                let url = format!("{base}/{name}");
                let http = |detail: String| SyncError::Http {
                    name: name.to_string(),
                    detail,
                };
                if !resume {
                    let mut resp = self
                        .client
                        .get(&url)
                        .send()
                        .await
                        .and_then(|r| r.error_for_status())
                        .map_err(|e| http(e.to_string()))?;
                    let mut out = Vec::new();
                    while let Some(chunk) = resp.chunk().await.map_err(|e| http(e.to_string()))? {
                        out.extend_from_slice(&chunk);
                        if out.len() as u64 > cap {
                            return Err(SyncError::Size {
                                name: name.into(),
                                expected: cap,
                                got: out.len() as u64,
                            });
                        }
                    }
                    self.report_bytes(name, out.len() as u64, out.len() as u64);
                    return Ok(out);
                }
                let cache = self.data_dir.join("sync-cache");
                std::fs::create_dir_all(&cache).map_err(|source| SyncError::Write {
                    path: cache.clone(),
                    source,
                })?;
                let part = cache.join(format!("{name}.part"));
                let mut have = std::fs::read(&part).unwrap_or_default();
                if have.len() as u64 > cap {
                    have.clear();
                }
                if (have.len() as u64) < cap {
                    let mut req = self.client.get(&url);
                    if !have.is_empty() {
                        req = req.header("Range", format!("bytes={}-", have.len()));
                    }
                    let mut resp = req.send().await.map_err(|e| http(e.to_string()))?;
                    match resp.status().as_u16() {
                        206 => {}
                        200 => have.clear(),
                        s => return Err(http(format!("HTTP status {s}"))),
                    }
                    use std::io::Write;
                    let mut f = std::fs::OpenOptions::new()
                        .create(true)
                        .write(true)
                        .truncate(true)
                        .open(&part)
                        .map_err(|source| SyncError::Write {
                            path: part.clone(),
                            source,
                        })?;
                    f.write_all(&have).map_err(|source| SyncError::Write {
                        path: part.clone(),
                        source,
                    })?;
                    loop {
                        let chunk = match resp.chunk().await {
                            Ok(Some(c)) => c,
                            Ok(None) => break,
                            Err(e) => {
                                let _ = f.sync_all();
                                return Err(http(format!(
                                    "{e} after {} of {cap} bytes (kept; the next attempt resumes)",
                                    have.len()
                                )));
                            }
                        };
                        if (have.len() + chunk.len()) as u64 > cap {
                            drop(f);
                            let _ = std::fs::remove_file(&part);
                            return Err(SyncError::Size {
                                name: name.into(),
                                expected: cap,
                                got: (have.len() + chunk.len()) as u64,
                            });
                        }
                        f.write_all(&chunk).map_err(|source| SyncError::Write {
                            path: part.clone(),
                            source,
                        })?;
                        have.extend_from_slice(&chunk);
                        self.report_bytes(name, have.len() as u64, cap);
                    }
                }
                // Complete (or short): either way the .part is done with; a bad one must not
                // poison the next attempt.
                let _ = std::fs::remove_file(&part);
                Ok(have)
            }
        }
    }

    fn report(&self, progress: Progress) {
        if let Some(p) = &self.progress {
            p(progress);
        }
    }

    /// Packs only: the timestamp and manifest are part of `Checking`.
    fn report_bytes(&self, file: &str, done: u64, total: u64) {
        if file.ends_with(".pack") {
            self.report(Progress::Downloading { file, done, total });
        }
    }
}

impl Fetch for Updater {
    async fn fetch(&self, name: &str, cap: u64, resume: bool) -> Result<Vec<u8>> {
        Updater::fetch(self, name, cap, resume).await
    }
}

/// A data directory as an update's target: `sync-state.json` remembers the highest version,
/// `content.db` is replaced by a finished copy renamed into place.
struct DataDir<'a>(&'a Path);

impl Target for DataDir<'_> {
    fn highest_version(&self) -> Result<u64> {
        Ok(SyncState::load(self.0)?.highest_version)
    }

    fn set_highest_version(&mut self, version: u64) -> Result<()> {
        SyncState {
            highest_version: version,
        }
        .store(self.0)
    }

    fn installed(&self) -> Result<(Vec<Item>, Option<String>)> {
        read_installed(self.0)
    }

    fn apply_update(
        &mut self,
        old: &[Item],
        old_hash: &str,
        new: &[Item],
        manifest: &Manifest,
    ) -> Result<()> {
        apply_update(self.0, old, old_hash, new, manifest)
    }

    fn apply_items(&mut self, items: &[Item], manifest: &Manifest) -> Result<()> {
        apply_items(self.0, items, manifest)
    }
}

/// HTTPS through rustls with the ring provider and the platform's roots; no native TLS.
fn http_client(read_timeout: Duration) -> Result<reqwest::Client> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .read_timeout(read_timeout)
        .user_agent(concat!("jol/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| SyncError::Http {
            name: "client".into(),
            detail: e.to_string(),
        })
}

/// The items in the installed `content.db` (none if there is none).
pub fn installed_items(data_dir: &Path) -> Result<Vec<Item>> {
    Ok(read_installed(data_dir)?.0)
}

/// The installed items and the content hash `content.db` records for them (none, none if there is
/// no `content.db`). Read-only, with a busy timeout: the running app may have it open.
fn read_installed(data_dir: &Path) -> Result<(Vec<Item>, Option<String>)> {
    let path = data_dir.join("content.db");
    if !path.exists() {
        return Ok((Vec::new(), None));
    }
    let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    jol_pack::read_installed_in(&conn)
}

/// Updates a copy of `content.db` from `old` (which it must hold: its meta content hash is
/// `old_hash`) to `new` in one transaction, touching only the rows of the items that differ
/// ([`jol_content::compile::update_items`]), checks it against what the manifest promises, and renames it
/// into place. A copy, not `content.db` itself: the running app keeps reading the old file
/// undisturbed, a crash at any point leaves either the old or the new file (never a hot journal a
/// read-only reader could not roll back), and `user.db` is never opened. On any error
/// `content.db` is left as it was.
pub fn apply_update(
    data_dir: &Path,
    old: &[Item],
    old_hash: &str,
    new: &[Item],
    manifest: &Manifest,
) -> Result<()> {
    let target = data_dir.join("content.db");
    let tmp = data_dir.join("content.db.sync-part");
    let _ = std::fs::remove_file(&tmp);
    let result = (|| -> Result<()> {
        std::fs::copy(&target, &tmp).map_err(|source| SyncError::Write {
            path: tmp.clone(),
            source,
        })?;
        let mut conn = open_scratch(&tmp)?;
        jol_pack::apply_update_in(&mut conn, old, old_hash, new, manifest)?;
        drop(conn);
        install(data_dir, &tmp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Opens the scratch database `content.db.sync-part` with no journal on disk and no fsync per
/// commit: nothing reads it before it is finished, a crash only leaves it to be deleted by the next
/// attempt, and [`install`] makes it durable with one fsync before the rename. (The journal stays
/// in memory, so a savepoint can still be rolled back.)
fn open_scratch(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "MEMORY")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    Ok(conn)
}

/// Makes the finished `tmp` durable and renames it over `target` (atomic), then syncs the
/// directory so the rename itself survives a power cut.
fn install(data_dir: &Path, tmp: &Path, target: &Path) -> Result<()> {
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|source| SyncError::Write {
            path: tmp.to_path_buf(),
            source,
        })?;
    std::fs::rename(tmp, target).map_err(|source| SyncError::Write {
        path: target.to_path_buf(),
        source,
    })?;
    if let Ok(d) = std::fs::File::open(data_dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Builds a new content database from `items` beside `content.db`, checks it against what the
/// manifest promises, and renames it into place. On any error `content.db` is left as it was.
pub fn apply_items(data_dir: &Path, items: &[Item], manifest: &Manifest) -> Result<()> {
    let target = data_dir.join("content.db");
    let tmp = data_dir.join("content.db.sync-part");
    let _ = std::fs::remove_file(&tmp);
    let result = (|| -> Result<()> {
        let mut conn = open_scratch(&tmp)?;
        jol_pack::build_items_in(&mut conn, items, manifest)?;
        drop(conn);
        install(data_dir, &tmp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod source_tests {
    use super::*;

    #[test]
    fn local_network_peers_count_as_local_and_internet_mirrors_do_not() {
        for url in [
            "http://192.168.1.20:8787/packs",
            "http://10.0.0.5/packs",
            "http://172.20.3.4:8787/packs",
            "http://169.254.10.1:8787/packs",
        ] {
            assert!(Source::parse(url).is_local(), "{url}");
        }
        for url in [
            "https://cdn.example.org/jol",
            "http://127.0.0.1:8787/packs",
            "http://8.8.8.8/packs",
            "http://172.32.0.1/packs",
            "http://192.168.1.20.evil.example/packs",
            "http://user@192.168.1.1.example/packs",
        ] {
            assert!(!Source::parse(url).is_local(), "{url}");
        }
        assert!(Source::parse("/media/usb/jol").is_local());
    }
}
