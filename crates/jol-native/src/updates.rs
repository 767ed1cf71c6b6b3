//! Content updates on this device: when to check, which sources, what is happening now, and what
//! the last check did.
//!
//! The verifying is `jol-pack`'s and the fetching and applying [`crate::client`]'s; this module
//! only runs them off the caller's thread
//! (a check must never block the window or a classroom's requests), remembers its progress for the
//! UI to poll, and tells the content store to reopen once new content is in place.
//!
//! Schedule: a check runs shortly after start and then every `update_every_hours` (settings),
//! counted from the last check that reached a source, so restarts do not cause extra checks. A
//! check that reached no source (offline) is retried after [`RETRY_OFFLINE_SECS`].

use crate::clock::unix_seconds;
use crate::{Progress, PublicKey, Source, Updater};
use jol_core::{ContentStore, StoreError, UpdateHost, UserData, UserStore};
use jol_pack::flow::Round;
use jol_types::api::{
    Settings, SourceError, UpdateErrorCode, UpdatePhase, UpdateResult, UpdateStatusReply,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

/// How long after start the first scheduled check waits, so it never competes with the first
/// screen for the disk and the CPU.
pub const FIRST_CHECK_DELAY: Duration = Duration::from_secs(5);
/// When no source could be reached (no connection), try again after this long.
pub const RETRY_OFFLINE_SECS: i64 = 15 * 60;
pub use jol_core::host::IMPORT_MAX_BYTES;
/// Where the signed files of the last update taken from a folder or a file are kept, in the data
/// directory, for classroom peers: sharing (and `jol serve`) publishes them under `/packs/`.
pub const MIRROR_DIR: &str = "mirror";

/// The folder of signed files this device can pass on to classroom peers.
pub fn mirror_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(MIRROR_DIR)
}

/// What the UI sees of a running or finished check.
#[derive(Default)]
struct State {
    phase: UpdatePhase,
    last_result: Option<UpdateResult>,
    /// The last check, even one that reached no source (for the offline retry).
    last_attempt: Option<i64>,
}

/// Content updates of one data directory: the [`UpdateHost`] the native host gives `Jol`. Cheap
/// to share: every field is behind an `Arc`, so the host keeps a clone to set the keys and start
/// the schedule.
#[derive(Clone)]
pub struct Updates {
    data_dir: PathBuf,
    trusted: Arc<RwLock<Vec<PublicKey>>>,
    user: Arc<Mutex<UserStore>>,
    state: Arc<Mutex<State>>,
    /// Set when new content is in place; the content store reopens on its next use.
    content_changed: Arc<AtomicBool>,
    /// Wakes the scheduler early (settings changed, or a check was asked for).
    wake: Arc<(Mutex<bool>, Condvar)>,
}

impl Updates {
    /// Updates of `data_dir`, trusting this build's keys, with the settings in `user`.
    pub fn new(data_dir: &Path, user: Arc<Mutex<UserStore>>) -> Updates {
        Updates {
            data_dir: data_dir.to_path_buf(),
            trusted: Arc::new(RwLock::new(crate::builtin_trusted())),
            user,
            state: Arc::default(),
            content_changed: Arc::default(),
            wake: Arc::default(),
        }
    }

    /// The publisher keys trusted from now on (every clone sees them).
    pub fn set_trusted(&self, keys: Vec<PublicKey>) {
        *self.trusted.write().unwrap_or_else(|p| p.into_inner()) = keys;
    }

    pub fn has_trusted_keys(&self) -> bool {
        !self.trusted().is_empty()
    }

    fn trusted(&self) -> Vec<PublicKey> {
        self.trusted
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn user(&self) -> std::sync::MutexGuard<'_, UserStore> {
        self.user.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The update settings and the last check, read under one lock of the user database.
    fn settings_and_last_check(&self) -> (Settings, Option<i64>) {
        let user = self.user();
        (
            user.settings().unwrap_or_default(),
            user.last_update_check().ok().flatten(),
        )
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The status as the UI shows it.
    pub fn status(&self, content_version: u64) -> UpdateStatusReply {
        let (settings, last_check) = self.settings_and_last_check();
        let state = self.state();
        UpdateStatusReply {
            available: true,
            has_trusted_keys: self.has_trusted_keys(),
            sources: settings.update_sources().to_vec(),
            auto_update: settings.auto_update(),
            update_every_hours: settings.update_every_hours(),
            phase: state.phase.clone(),
            last_check,
            next_check: next_check(&settings, last_check, state.last_attempt),
            last_result: state.last_result.clone(),
            content_version,
        }
    }

    /// Starts a check of every configured source in the background, unless one is running.
    /// Returns false when one was already running.
    pub fn check_now(&self) -> bool {
        let sources = self
            .user()
            .settings()
            .unwrap_or_default()
            .update_sources()
            .to_vec();
        self.start(
            sources
                .iter()
                .map(|s| (s.clone(), Source::parse(s)))
                .collect(),
        )
    }

    /// Starts applying an update file the user picked, in the background.
    pub fn import(&self, name: &str, bytes: &[u8]) -> Result<bool, String> {
        if bytes.len() > IMPORT_MAX_BYTES {
            return Err(format!(
                "{name} is {} bytes; an update file is at most {IMPORT_MAX_BYTES}",
                bytes.len()
            ));
        }
        let dir = self.data_dir.join("sync-cache");
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot write {}: {e}", dir.display()))?;
        let path = dir.join(format!("import-{}.jolpack", unix_seconds()));
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let started = self.start(vec![(name.to_string(), Source::Bundle(path.clone()))]);
        if !started {
            let _ = std::fs::remove_file(&path);
        }
        Ok(started)
    }

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
        let spawned = std::thread::Builder::new()
            .name("jol-update".into())
            .spawn(move || {
                let result = this.run_sources(&sources);
                this.finish(result);
                for (_, source) in &sources {
                    if let Source::Bundle(path) = source {
                        if path.starts_with(this.data_dir.join("sync-cache")) {
                            let _ = std::fs::remove_file(path);
                        }
                    }
                }
            });
        if let Err(e) = spawned {
            self.finish(UpdateResult::Failed {
                at: unix_seconds(),
                errors: vec![cannot_start(&e)],
            });
            return false;
        }
        true
    }

    /// Tries every source in order; the first that updates wins, errors are kept for the rest.
    fn run_sources(&self, sources: &[(String, Source)]) -> UpdateResult {
        let at = unix_seconds;
        if sources.is_empty() {
            return UpdateResult::NoSources { at: at() };
        }
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                return UpdateResult::Failed {
                    at: at(),
                    errors: vec![cannot_start(&e)],
                }
            }
        };
        let mut round = Round::default();
        for (label, source) in sources {
            self.state().phase = UpdatePhase::Checking {
                source: label.clone(),
            };
            let outcome = Updater::new(source.clone(), self.trusted(), &self.data_dir).and_then(
                |mut updater| {
                    let state = self.state.clone();
                    let label = label.clone();
                    updater.on_progress(move |p| {
                        let phase = match p {
                            Progress::Checking => UpdatePhase::Checking {
                                source: label.clone(),
                            },
                            Progress::Downloading { file, done, total } => {
                                UpdatePhase::Downloading {
                                    source: label.clone(),
                                    file: file.to_string(),
                                    done,
                                    total,
                                }
                            }
                            Progress::Applying => UpdatePhase::Applying {
                                source: label.clone(),
                            },
                        };
                        state.lock().unwrap_or_else(|p| p.into_inner()).phase = phase;
                    });
                    runtime.block_on(updater.run())
                },
            );
            if let Err(e) = &outcome {
                tracing::warn!("update from {label} failed: {e}");
            }
            if let Some(updated) = round.take(label, outcome, at()) {
                self.content_changed.store(true, Ordering::SeqCst);
                tracing::info!("content updated from {label}");
                if let Err(e) = self.keep_mirror_copy(source) {
                    tracing::warn!("cannot keep a copy of the update for peers: {e}");
                }
                return updated;
            }
        }
        round.finish(at())
    }

    /// Keeps the signed files of an update taken from a folder or a file, complete (timestamp,
    /// manifest, full pack, deltas), so this device can pass them on: a trainer imports an update
    /// from a USB stick, then the class's laptops sync from the trainer's. The files are copied
    /// as they are; every peer verifies them as it would any mirror's. Updates over HTTP are not
    /// kept: they may have come as a delta, which not every peer can use.
    fn keep_mirror_copy(&self, source: &Source) -> Result<(), String> {
        let entries = match source {
            Source::Bundle(path) => crate::bundle::read_entries(path).map_err(|e| e.to_string())?,
            Source::Dir(dir) => crate::bundle::dir_entries(dir).map_err(|e| e.to_string())?,
            Source::Http(_) => return Ok(()),
        };
        let mirror = mirror_dir(&self.data_dir);
        let fresh = self.data_dir.join("mirror.new");
        let _ = std::fs::remove_dir_all(&fresh);
        std::fs::create_dir_all(&fresh).map_err(|e| e.to_string())?;
        for (name, bytes) in &entries {
            if !crate::is_safe_name(name) {
                return Err(format!("`{name}` is not a plain file name"));
            }
            std::fs::write(fresh.join(name), bytes).map_err(|e| e.to_string())?;
        }
        // Swap whole directories, so a peer never sees a timestamp without its files.
        let old = self.data_dir.join("mirror.old");
        let _ = std::fs::remove_dir_all(&old);
        if mirror.exists() {
            std::fs::rename(&mirror, &old).map_err(|e| e.to_string())?;
        }
        std::fs::rename(&fresh, &mirror).map_err(|e| e.to_string())?;
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    }

    fn finish(&self, result: UpdateResult) {
        let reached_a_source = matches!(
            result,
            UpdateResult::Updated { .. } | UpdateResult::UpToDate { .. }
        );
        if reached_a_source {
            if let Err(e) = self.user().set_last_update_check(result.at()) {
                tracing::warn!("cannot record the update check: {e}");
            }
        }
        let mut state = self.state();
        state.last_attempt = Some(result.at());
        state.phase = UpdatePhase::Idle;
        state.last_result = Some(result);
    }

    /// Wakes the scheduler, e.g. after the settings changed.
    pub fn wake(&self) {
        let (flag, cvar) = &*self.wake;
        *flag.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cvar.notify_all();
    }

    /// Starts the background schedule: a check soon after start, then every few hours while
    /// automatic updates are on and there is a source.
    pub fn start_schedule(&self) {
        let this = self.clone();
        let spawned = std::thread::Builder::new()
            .name("jol-update-schedule".into())
            .spawn(move || {
                std::thread::sleep(FIRST_CHECK_DELAY);
                loop {
                    let (settings, last_check) = this.settings_and_last_check();
                    let last_attempt = this.state().last_attempt;
                    let due = next_check(&settings, last_check, last_attempt);
                    let now = unix_seconds();
                    if due.is_some_and(|d| d <= now) {
                        this.check_now();
                    }
                    // Sleep until due (at most an hour, so clock changes and settings are seen),
                    // or until woken.
                    let wait = due.map(|d| (d - now).clamp(30, 3600)).unwrap_or(3600) as u64;
                    let (flag, cvar) = &*this.wake;
                    let guard = flag.lock().unwrap_or_else(|p| p.into_inner());
                    let (mut guard, _) = cvar
                        .wait_timeout_while(guard, Duration::from_secs(wait), |woken| !*woken)
                        .unwrap_or_else(|p| p.into_inner());
                    *guard = false;
                }
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the update schedule: {e}");
        }
    }
}

impl UpdateHost for Updates {
    fn status(&self, content_version: u64) -> UpdateStatusReply {
        Updates::status(self, content_version)
    }

    fn check_now(&self) -> bool {
        Updates::check_now(self)
    }

    fn import(&self, name: &str, bytes: &[u8]) -> Result<bool, String> {
        Updates::import(self, name, bytes)
    }

    fn settings_changed(&self) {
        self.wake();
    }

    fn take_new_content(&self) -> Option<Result<ContentStore, StoreError>> {
        self.content_changed
            .swap(false, Ordering::SeqCst)
            .then(|| crate::store_files::reopen_content(&self.data_dir))
    }
}

/// When the next automatic check is due, or `None` when there will be none (turned off, or
/// nowhere to check).
/// The host itself could not start an update (no thread, no runtime).
fn cannot_start(e: &dyn std::fmt::Display) -> SourceError {
    SourceError {
        source: String::new(),
        code: UpdateErrorCode::Other,
        params: Default::default(),
        message: format!("cannot start the update: {e}"),
    }
}

fn next_check(
    settings: &Settings,
    last_check: Option<i64>,
    last_attempt: Option<i64>,
) -> Option<i64> {
    if !settings.auto_update() || settings.update_sources().is_empty() {
        return None;
    }
    let period = i64::from(settings.update_every_hours()) * 3600;
    let by_schedule = last_check.map_or(0, |t| t + period);
    let by_retry = last_attempt.map_or(0, |t| t + RETRY_OFFLINE_SECS);
    Some(by_schedule.max(by_retry))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(auto: bool, sources: &[&str], hours: u32) -> Settings {
        Settings {
            update_sources: Some(sources.iter().map(|s| s.to_string()).collect()),
            auto_update: Some(auto),
            update_every_hours: Some(hours),
            ..Settings::default()
        }
    }

    #[test]
    fn no_schedule_when_off_or_without_sources() {
        assert_eq!(
            next_check(&settings(false, &["https://m"], 6), None, None),
            None
        );
        assert_eq!(next_check(&settings(true, &[], 6), None, None), None);
    }

    #[test]
    fn first_check_is_due_at_once_then_every_period() {
        let s = settings(true, &["https://m"], 6);
        assert_eq!(next_check(&s, None, None), Some(0));
        assert_eq!(
            next_check(&s, Some(1000), Some(1000)),
            Some(1000 + 6 * 3600)
        );
    }

    #[test]
    fn offline_checks_retry_sooner_than_the_period_but_not_at_once() {
        let s = settings(true, &["https://m"], 24);
        // Checked a day ago, then a failed attempt just now: retry in 15 minutes.
        let now = 200_000;
        let due = next_check(&s, Some(now - 86_400), Some(now));
        assert_eq!(due, Some(now + RETRY_OFFLINE_SECS));
    }
}
