//! Content updates through the API, as the window drives them: a source in the settings, "check
//! now", the status while it runs, what changed, "update from file" — against real pack
//! directories and bundles signed with a throwaway key, and real SQLite files.

use base64::Engine;
use jol_core::{Jol, Transport};
use jol_native::{BuildOptions, KeyPair};
use jol_types::api::{
    CheckUpdates, ErrorCode, GetItem, ImportUpdate, Info, SetSetting, Settings, UpdateResult,
    UpdateStatus, UpdateStatusReply,
};
use jol_types::Locale;
use std::path::Path;
use std::time::{Duration, Instant};

const CHANGED_ID: &str = "rights.wages";
const NEW_TITLE: &str = "Unpaid wages: what to do (updated)";

fn open(dir: &Path, key: &KeyPair) -> Jol {
    let (jol, updates) = jol_native::open_with_updates(dir, jol_dataset::builtin()).expect("open");
    updates.set_trusted(vec![key.public()]);
    jol
}

/// A pack directory whose content is the installed one with one English title changed.
fn publish_change(installed_from: &Path, key: &KeyPair, out: &Path) {
    let mut items = jol_native::installed_items(installed_from).expect("installed items");
    let item = items
        .iter_mut()
        .find(|i| i.id == CHANGED_ID)
        .expect("the item exists");
    item.text.get_mut(&Locale::En).expect("en text").title = NEW_TITLE.into();
    let opts = BuildOptions::new(Path::new("unused"), key, out);
    jol_native::build_from_items(&opts, items).expect("build packs");
}

fn set_sources(jol: &Jol, sources: Vec<String>) -> Result<Settings, jol_types::api::ApiError> {
    jol.call_typed(
        &SetSetting {
            settings: Settings {
                update_sources: Some(sources),
                ..Settings::default()
            },
        },
        Transport::Ipc,
    )
}

/// Polls the status the way the UI does until the running update finishes.
fn wait_idle(jol: &Jol) -> UpdateStatusReply {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let s = jol
            .call_typed(&UpdateStatus {}, Transport::Ipc)
            .expect("status");
        if !s.phase.is_busy() {
            return s;
        }
        assert!(Instant::now() < deadline, "update still running: {s:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn title_of(jol: &Jol, id: &str) -> String {
    let view = jol
        .call_typed(
            &GetItem {
                id: id.into(),
                locale: Locale::En,
                also: Vec::new(),
            },
            Transport::Ipc,
        )
        .expect("item");
    view.item.text[&Locale::En].title.clone()
}

#[test]
fn check_now_applies_a_signed_update_from_a_folder_and_names_what_changed() {
    let data = tempfile::tempdir().expect("tmp");
    let packs = tempfile::tempdir().expect("tmp");
    let key = KeyPair::generate();
    let jol = open(data.path(), &key);
    let old_title = title_of(&jol, CHANGED_ID);
    publish_change(data.path(), &key, packs.path());
    let user_before = jol
        .call_typed(&Info {}, Transport::Ipc)
        .expect("info")
        .settings;

    set_sources(&jol, vec![packs.path().display().to_string()]).expect("source accepted");
    let started = jol
        .call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check");
    assert_eq!(started.sources, vec![packs.path().display().to_string()]);
    let status = wait_idle(&jol);

    let Some(UpdateResult::Updated {
        changed,
        added,
        removed,
        version,
        ..
    }) = status.last_result.clone()
    else {
        panic!("expected an update, got {status:?}");
    };
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].id, CHANGED_ID);
    assert_eq!(changed[0].title(Locale::En), NEW_TITLE);
    // Other locales keep their own (unchanged) titles in the list.
    assert_ne!(changed[0].title(Locale::Ru), NEW_TITLE);
    assert!(added.is_empty() && removed.is_empty());
    assert_eq!(status.content_version, version);
    assert!(status.last_check.is_some());

    // The next call already reads the new content, and user data is as it was (plus the source).
    assert_ne!(old_title, NEW_TITLE);
    assert_eq!(title_of(&jol, CHANGED_ID), NEW_TITLE);
    let user_after = jol
        .call_typed(&Info {}, Transport::Ipc)
        .expect("info")
        .settings;
    assert_eq!(user_after.locale, user_before.locale);
    assert_eq!(
        user_after.update_sources(),
        [packs.path().display().to_string()]
    );

    // A second check finds nothing newer.
    jol.call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check");
    let again = wait_idle(&jol);
    assert!(
        matches!(again.last_result, Some(UpdateResult::UpToDate { .. })),
        "{again:?}"
    );

    // The new content survives a restart.
    drop(jol);
    let jol = open(data.path(), &key);
    assert_eq!(title_of(&jol, CHANGED_ID), NEW_TITLE);
}

#[test]
fn an_update_file_is_verified_like_a_mirror_and_a_tampered_one_changes_nothing() {
    let data = tempfile::tempdir().expect("tmp");
    let packs = tempfile::tempdir().expect("tmp");
    let key = KeyPair::generate();
    let jol = open(data.path(), &key);
    publish_change(data.path(), &key, packs.path());
    let bundle = packs.path().join("mine.jolpack");
    jol_native::bundle::write_bundle(packs.path(), &bundle).expect("bundle");
    let bytes = std::fs::read(&bundle).expect("read bundle");
    let hash_before = jol
        .call_typed(&Info {}, Transport::Ipc)
        .expect("info")
        .content_hash;

    // Flip one byte near the end: inside the last pack or its hash-checked bytes.
    let mut tampered = bytes.clone();
    let at = tampered.len() - 10;
    tampered[at] ^= 0x40;
    let import = |b: &[u8]| ImportUpdate {
        name: "update.jolpack".into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(b),
    };
    jol.call_typed(&import(&tampered), Transport::Ipc)
        .expect("import starts");
    let status = wait_idle(&jol);
    let Some(UpdateResult::Failed { errors, .. }) = &status.last_result else {
        panic!("expected a failure, got {status:?}");
    };
    assert_eq!(errors.len(), 1);
    assert!(!errors[0].message.is_empty());
    let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
    assert_eq!(
        info.content_hash, hash_before,
        "tampered file changed content"
    );

    jol.call_typed(&import(&bytes), Transport::Ipc)
        .expect("import starts");
    let status = wait_idle(&jol);
    assert!(
        matches!(&status.last_result, Some(UpdateResult::Updated { changed, .. }) if changed[0].id == CHANGED_ID),
        "{status:?}"
    );
    assert_eq!(title_of(&jol, CHANGED_ID), NEW_TITLE);
    // The imported copy is not left behind in the data directory.
    let cache = data.path().join("sync-cache");
    let leftovers: Vec<_> = std::fs::read_dir(&cache)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        leftovers
            .iter()
            .all(|n| !n.to_string_lossy().starts_with("import-")),
        "{leftovers:?}"
    );
}

#[test]
fn a_pack_signed_by_an_untrusted_key_is_refused_with_a_reason() {
    let data = tempfile::tempdir().expect("tmp");
    let packs = tempfile::tempdir().expect("tmp");
    let trusted = KeyPair::generate();
    let stranger = KeyPair::generate();
    let jol = open(data.path(), &trusted);
    publish_change(data.path(), &stranger, packs.path());
    set_sources(&jol, vec![packs.path().display().to_string()]).expect("source accepted");
    jol.call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check");
    let status = wait_idle(&jol);
    let Some(UpdateResult::Failed { errors, .. }) = &status.last_result else {
        panic!("expected a failure, got {status:?}");
    };
    assert!(
        errors[0].message.contains("signature"),
        "{}",
        errors[0].message
    );
    assert_ne!(title_of(&jol, CHANGED_ID), NEW_TITLE);
}

#[test]
fn the_shared_server_can_neither_start_updates_nor_see_the_hosts_sources() {
    let data = tempfile::tempdir().expect("tmp");
    let key = KeyPair::generate();
    let jol = open(data.path(), &key);
    set_sources(&jol, vec!["https://mirror.example/jol".into()]).expect("source accepted");

    let err = jol
        .call_typed(&CheckUpdates {}, Transport::Http)
        .expect_err("refused");
    assert_eq!(err.code, ErrorCode::ReadOnly);
    let err = jol
        .call_typed(
            &ImportUpdate {
                name: "x.jolpack".into(),
                data_base64: String::new(),
            },
            Transport::Http,
        )
        .expect_err("refused");
    assert_eq!(err.code, ErrorCode::ReadOnly);
    let status = jol
        .call_typed(&UpdateStatus {}, Transport::Http)
        .expect("status");
    assert!(!status.available);
    assert!(status.sources.is_empty());
    assert!(status.content_version > 0);
}

#[test]
fn sources_that_are_neither_addresses_nor_folders_are_refused() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = open(data.path(), &KeyPair::generate());
    for bad in ["mirror.example", "packs", "ftp://x/y"] {
        let err = set_sources(&jol, vec![bad.into()]).expect_err(bad);
        assert_eq!(err.code, ErrorCode::BadSource, "{bad}");
        assert_eq!(err.params["source"], bad);
        assert!(err.message.contains(bad), "{}", err.message);
    }
    let s = set_sources(&jol, vec![]).expect("empty list is fine");
    assert!(s.update_sources().is_empty());
}

#[test]
fn checking_with_no_source_says_so() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = open(data.path(), &KeyPair::generate());
    jol.call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check");
    let status = wait_idle(&jol);
    assert!(
        matches!(status.last_result, Some(UpdateResult::NoSources { .. })),
        "{status:?}"
    );
    assert_eq!(status.next_check, None, "no source: nothing scheduled");
}
