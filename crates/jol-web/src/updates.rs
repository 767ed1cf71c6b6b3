//! Content updates inside the phone: the sources are fetched with the page's `fetch` (or read
//! from an update file the user picked), and every check is `jol_pack::flow`'s — the same as on
//! the desktop. The update is applied to a copy of the content database in memory, kept in
//! IndexedDB, and only then handed to the core; on any error the content stays as it was.

use crate::net::{self, FetchError};
use crate::storage;
use jol_core::{ContentStore, Jol, StoreError, UpdateHost, UserData, UserStore};
use jol_pack::flow::{is_private_network_url, Fetch, Round, Target, Update};
use jol_pack::{is_safe_name, Manifest, Progress, PublicKey, Result, SyncError, SyncOutcome};
use jol_types::api::{SourceError, UpdateErrorCode, UpdatePhase, UpdateResult, UpdateStatusReply};
use jol_types::Item;
use rusqlite::Connection;
use std::sync::{Arc, Mutex, OnceLock, Weak};

use jol_core::host::IMPORT_MAX_BYTES;

/// Where one update comes from.
enum Source {
    /// A pack directory's address.
    Http(String),
    /// An update file (`.jolpack`) the user picked.
    Bundle(Vec<u8>),
}

#[derive(Default)]
struct State {
    phase: UpdatePhase,
    last_check: Option<i64>,
    last_result: Option<UpdateResult>,
    new_content: Option<std::result::Result<ContentStore, StoreError>>,
}

struct Shared {
    state: Mutex<State>,
    trusted: Vec<PublicKey>,
    /// The sources `jol-web.json` names, as absolute addresses.
    sources: Vec<String>,
    user: Arc<Mutex<UserStore>>,
    jol: OnceLock<Weak<Jol>>,
}

/// The browser's [`UpdateHost`]: cheap to clone, every clone the same.
#[derive(Clone)]
pub struct WebUpdates(Arc<Shared>);

impl WebUpdates {
    pub fn new(trusted: Vec<PublicKey>, sources: Vec<String>, user: Arc<Mutex<UserStore>>) -> Self {
        WebUpdates(Arc::new(Shared {
            state: Mutex::new(State::default()),
            trusted,
            sources,
            user,
            jol: OnceLock::new(),
        }))
    }

    /// The core the updates are for (it holds this host, hence set after).
    pub fn attach(&self, jol: &Arc<Jol>) {
        let _ = self.0.jol.set(Arc::downgrade(jol));
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether there is anywhere to check.
    pub fn has_sources(&self) -> bool {
        !self.sources().is_empty()
    }

    /// Every source: the app's own, then the user's.
    fn sources(&self) -> Vec<(String, Source)> {
        let user = self
            .0
            .user
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .settings()
            .ok()
            .and_then(|s| s.update_sources)
            .unwrap_or_default();
        self.0
            .sources
            .iter()
            .cloned()
            .chain(user.into_iter().filter(|s| s.starts_with("http")))
            .map(|url| (url.clone(), Source::Http(url)))
            .collect()
    }

    /// Starts checking `sources` unless a check runs; false if one does.
    fn start(&self, sources: Vec<(String, Source)>) -> bool {
        {
            let mut state = self.state();
            if state.phase.is_busy() {
                return false;
            }
            state.phase = UpdatePhase::Checking {
                source: sources.first().map(|s| s.0.clone()).unwrap_or_default(),
            };
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = this.run_sources(sources).await;
            let mut state = this.state();
            state.phase = UpdatePhase::Idle;
            state.last_check = Some(result.at());
            state.last_result = Some(result);
        });
        true
    }

    /// Tries every source in order; the first that updates wins, errors are kept for the rest.
    async fn run_sources(&self, sources: Vec<(String, Source)>) -> UpdateResult {
        let at = now();
        if sources.is_empty() {
            return UpdateResult::NoSources { at };
        }
        if self.0.trusted.is_empty() {
            return failed(
                at,
                "",
                UpdateErrorCode::NoTrustedKey,
                "this app trusts no publisher's key",
            );
        }
        let Some(jol) = self.0.jol.get().and_then(Weak::upgrade) else {
            return failed(at, "", UpdateErrorCode::Other, "the app is closing");
        };
        let current = match jol.content_bytes() {
            Ok(b) => b,
            Err(e) => return failed(at, "", UpdateErrorCode::Storage, &e.to_string()),
        };
        let mut round = Round::default();
        for (label, source) in &sources {
            let outcome = self.run_one(label, source, &current).await;
            if let Some(updated) = round.take(label, outcome, now()) {
                return updated;
            }
        }
        round.finish(now())
    }

    /// One source: the flow on a copy of the content, then the copy kept and handed over.
    async fn run_one(&self, label: &str, source: &Source, current: &[u8]) -> Result<SyncOutcome> {
        let highest = storage::highest_version().await.map_err(storage_error)?;
        let mut target = MemoryTarget::new(current, highest);
        let progress = |p: Progress| self.progress(label, p);
        let (fetch, enforce_expiry) = match source {
            Source::Http(base) => (SourceFetch::Http(base), !is_private_network_url(base)),
            // A file the user picked is not held to the short expiry (see docs/publishing.md).
            Source::Bundle(bytes) => (SourceFetch::Bundle(bytes), false),
        };
        let update = Update {
            fetch: &fetch,
            trusted: &self.0.trusted,
            now: now(),
            enforce_expiry,
            progress: &progress,
        };
        let outcome = update.run(&mut target).await;
        // Kept even when applying failed: nothing older than an accepted manifest is taken again.
        if target.highest > highest {
            storage::set_highest_version(target.highest)
                .await
                .map_err(storage_error)?;
        }
        let outcome = outcome?;
        if let (SyncOutcome::Updated { .. }, Some(conn)) = (&outcome, target.updated) {
            let mut store = ContentStore::from_connection(conn)
                .map_err(|e| SyncError::Promise(e.to_string()))?;
            let bytes = store
                .to_bytes()
                .map_err(|e| SyncError::Promise(e.to_string()))?;
            storage::put(storage::CONTENT, &bytes)
                .await
                .map_err(storage_error)?;
            self.state().new_content = Some(Ok(store));
        }
        Ok(outcome)
    }

    fn progress(&self, label: &str, p: Progress) {
        let source = label.to_string();
        self.state().phase = match p {
            Progress::Checking => UpdatePhase::Checking { source },
            Progress::Downloading { file, done, total } => UpdatePhase::Downloading {
                source,
                file: file.to_string(),
                done,
                total,
            },
            Progress::Applying => UpdatePhase::Applying { source },
        };
    }
}

impl UpdateHost for WebUpdates {
    fn status(&self, content_version: u64) -> UpdateStatusReply {
        let state = self.state();
        UpdateStatusReply {
            available: true,
            has_trusted_keys: !self.0.trusted.is_empty(),
            sources: self.sources().into_iter().map(|s| s.0).collect(),
            auto_update: true,
            update_every_hours: 0,
            phase: state.phase.clone(),
            last_check: state.last_check,
            next_check: None,
            last_result: state.last_result.clone(),
            content_version,
        }
    }

    fn check_now(&self) -> bool {
        self.start(self.sources())
    }

    fn import(&self, name: &str, bytes: &[u8]) -> std::result::Result<bool, String> {
        if bytes.len() > IMPORT_MAX_BYTES {
            return Err(format!(
                "{name} is {} bytes; an update file is at most {IMPORT_MAX_BYTES}",
                bytes.len()
            ));
        }
        Ok(self.start(vec![(name.to_string(), Source::Bundle(bytes.to_vec()))]))
    }

    fn settings_changed(&self) {}

    fn take_new_content(&self) -> Option<std::result::Result<ContentStore, StoreError>> {
        self.state().new_content.take()
    }
}

enum SourceFetch<'a> {
    Http(&'a str),
    Bundle(&'a [u8]),
}

impl Fetch for SourceFetch<'_> {
    async fn fetch(&self, name: &str, cap: u64, _resume: bool) -> Result<Vec<u8>> {
        if !is_safe_name(name) {
            return Err(SyncError::Malformed {
                what: name.into(),
                detail: "not a plain file name".into(),
            });
        }
        match self {
            SourceFetch::Bundle(bytes) => {
                jol_pack::bundle::entry("the update file", bytes, name, cap)
            }
            SourceFetch::Http(base) => {
                let url = format!("{}/{name}", base.trim_end_matches('/'));
                net::fetch_bytes(&url, cap, true)
                    .await
                    .map_err(|e| match e {
                        FetchError::TooLarge(_) => SyncError::Size {
                            name: name.into(),
                            expected: cap,
                            got: cap + 1,
                        },
                        e => SyncError::Http {
                            name: name.into(),
                            detail: e.to_string(),
                        },
                    })
            }
        }
    }
}

/// The content database as an update's target: a copy of the installed one in memory. An
/// in-place update works on a fresh copy each time, so a failed attempt leaves nothing behind.
struct MemoryTarget<'a> {
    current: &'a [u8],
    highest: u64,
    /// The new content database, once an update was applied.
    updated: Option<Connection>,
}

impl<'a> MemoryTarget<'a> {
    fn new(current: &'a [u8], highest: u64) -> Self {
        MemoryTarget {
            current,
            highest,
            updated: None,
        }
    }

    fn copy(&self) -> Result<Connection> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, self.current, self.current.len(), false)?;
        Ok(conn)
    }
}

impl Target for MemoryTarget<'_> {
    fn highest_version(&self) -> Result<u64> {
        Ok(self.highest)
    }

    fn set_highest_version(&mut self, version: u64) -> Result<()> {
        self.highest = version;
        Ok(())
    }

    fn installed(&self) -> Result<(Vec<Item>, Option<String>)> {
        jol_pack::read_installed_in(&self.copy()?)
    }

    fn apply_update(
        &mut self,
        old: &[Item],
        old_hash: &str,
        new: &[Item],
        manifest: &Manifest,
    ) -> Result<()> {
        let mut conn = self.copy()?;
        jol_pack::apply_update_in(&mut conn, old, old_hash, new, manifest)?;
        self.updated = Some(conn);
        Ok(())
    }

    fn apply_items(&mut self, items: &[Item], manifest: &Manifest) -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        jol_pack::build_items_in(&mut conn, items, manifest)?;
        self.updated = Some(conn);
        Ok(())
    }
}

fn failed(at: i64, source: &str, code: UpdateErrorCode, message: &str) -> UpdateResult {
    UpdateResult::Failed {
        at,
        errors: vec![SourceError {
            source: source.to_string(),
            code,
            params: Default::default(),
            message: message.to_string(),
        }],
    }
}

fn storage_error(message: String) -> SyncError {
    SyncError::Write {
        path: "IndexedDB".into(),
        source: std::io::Error::other(message),
    }
}

/// Seconds since 1970, from the browser's clock.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
