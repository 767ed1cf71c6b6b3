//! The stores on real SQLite files: install, the lossless round trip, recovery of both databases,
//! and content replacement that never touches user data.

use jol_core::content_store::OpenOutcome;
use jol_core::{Dataset, Transport, UserData};
use jol_types::api::{
    ErrorCode, GetItem, GetItems, Info, ItemView, ListItems, Notice, SetSetting, Settings,
};
use jol_types::{Country, Item, ItemKind, Locale};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content")
}

/// Builds `dir` into a database and leaks its bytes, as the app embeds them.
fn build(dir: &Path) -> Dataset {
    let out = tempfile::tempdir().expect("temp dir");
    let db = out.path().join("content.db");
    let (info, _) = jol_content::build_dir(dir, &db, jol_native::today()).expect("content builds");
    let raw = std::fs::read(&db).expect("read db");
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
    Dataset {
        zlib: Box::leak(zlib.into_boxed_slice()),
        size: raw.len(),
        content_hash: Box::leak(info.content_hash.into_boxed_str()),
        dataset_version: info.dataset_version,
        item_count: info.item_count as u64,
    }
}

/// The real dataset, built once for all tests.
fn real() -> Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    *DATASET.get_or_init(|| build(&content_dir()))
}

/// The real dataset with one item re-dated to today: a newer dataset.
fn newer() -> Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    *DATASET.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&content_dir(), dir.path());
        let any = find_toml(dir.path()).expect("some content file");
        let text = std::fs::read_to_string(&any).expect("read");
        let today = jol_types::PartialDate::from_unix_seconds(jol_native::unix_seconds());
        let re = text
            .lines()
            .map(|l| {
                if l.starts_with("verified_on") {
                    format!("verified_on = \"{today}\"")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(&any, re).expect("write");
        build(dir.path())
    })
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).expect("copy");
        }
    }
}

fn find_toml(dir: &Path) -> Option<PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    entries.into_iter().find_map(|p| {
        if p.is_dir() {
            find_toml(&p)
        } else {
            p.extension().is_some_and(|e| e == "toml").then_some(p)
        }
    })
}

fn authored_items() -> Vec<Item> {
    let files = jol_content::load_dir(&content_dir()).expect("load");
    let report = jol_content::check_dir(&files, jol_native::today());
    assert!(!report.has_errors(), "the shipped content has errors");
    report
        .items
        .into_iter()
        .map(|(_, mut i)| {
            jol_content::derive::add_uz_cyrillic(&mut i);
            i
        })
        .collect()
}

#[test]
fn first_open_installs_the_dataset_and_the_api_round_trip_is_lossless() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, outcome) = jol_native::store_files::open_content(dir.path(), real()).expect("open");
    assert_eq!(outcome, OpenOutcome::Installed);
    let jol = jol_native::open(dir.path(), real()).expect("open");
    let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
    let authored = authored_items();
    assert_eq!(info.item_count as usize, authored.len());
    assert_eq!(info.content_hash, real().content_hash);
    // Signed packs are versioned by their build time: the built-in data must never look newer.
    assert!(info.dataset_version <= jol_native::unix_seconds() as u64);
    for item in &authored {
        let v: ItemView = jol
            .call_typed(
                &GetItem {
                    id: item.id.clone(),
                    locale: Locale::Ky,
                    also: Locale::ALL.to_vec(),
                },
                Transport::Http,
            )
            .expect("get_item");
        assert_eq!(
            &v.item, item,
            "{} changed on its way through the database",
            item.id
        );
        assert_eq!(
            v.related.len(),
            item.related.len(),
            "{}: related titles",
            item.id
        );
    }
    let contacts = jol
        .call_typed(
            &GetItems {
                kind: ItemKind::Contact,
                locale: Locale::Ru,
            },
            Transport::Http,
        )
        .expect("get_items");
    let authored_contacts: Vec<&Item> = authored
        .iter()
        .filter(|i| i.kind == ItemKind::Contact)
        .collect();
    assert_eq!(contacts.len(), authored_contacts.len());
    for (v, a) in contacts.iter().zip(&authored_contacts) {
        // Whole but for its texts, which come in Russian only.
        let mut want = (*a).clone();
        want.text.retain(|l, _| *l == Locale::Ru);
        assert_eq!(v.item, want);
    }
    let guides = jol
        .call_typed(
            &ListItems {
                locale: Locale::UzCyrl,
                kind: Some(ItemKind::Guide),
                country: Some(Country::new("RU")),
            },
            Transport::Http,
        )
        .expect("list");
    assert!(!guides.is_empty());
    for g in &guides {
        assert_eq!(g.kind, ItemKind::Guide);
        assert_eq!(g.locale, Locale::UzCyrl, "{} has no uz-Cyrl title", g.id);
        assert!(g.destinations.is_empty() || g.destinations.contains(&Country::new("RU")));
    }
}

#[test]
fn a_flipped_digit_in_the_content_database_is_detected_and_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(jol_native::open(dir.path(), real()).expect("install"));
    let db = rusqlite::Connection::open(dir.path().join("content.db")).expect("open");
    let (id, json): (String, String) = db
        .query_row(
            "SELECT id, json FROM item WHERE json LIKE '%\"number\":\"+%' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("a contact with a phone");
    let at = json.find("\"number\":\"+").expect("number") + 12;
    let mut bytes = json.into_bytes();
    bytes[at] = if bytes[at] == b'9' { b'8' } else { b'9' };
    let tampered = String::from_utf8(bytes).expect("utf8");
    db.execute("UPDATE item SET json = ?1 WHERE id = ?2", (&tampered, &id))
        .expect("tamper");
    drop(db);

    let jol = jol_native::open(dir.path(), real()).expect("reopen");
    assert_eq!(jol.notices(), &[Notice::ContentRestored]);
    let v: ItemView = jol
        .call_typed(
            &GetItem {
                id: id.clone(),
                locale: Locale::En,
                also: Vec::new(),
            },
            Transport::Ipc,
        )
        .expect("get");
    let restored = serde_json::to_string(&v.item).expect("json");
    assert_ne!(
        restored, tampered,
        "the tampered phone number is still served"
    );
}

#[test]
fn a_garbled_content_database_is_restored_from_the_built_in_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(jol_native::open(dir.path(), real()).expect("install"));
    let path = dir.path().join("content.db");
    let mut bytes = std::fs::read(&path).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid..mid + 4096].fill(0xA5);
    std::fs::write(&path, bytes).expect("garble");
    let jol = jol_native::open(dir.path(), real()).expect("reopen");
    assert_eq!(jol.notices(), &[Notice::ContentRestored]);
    let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
    assert_eq!(info.content_hash, real().content_hash);
}

#[test]
fn a_damaged_user_database_is_moved_aside_and_the_user_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let garbage = b"this is not a database, but it might be someone's data".repeat(100);
    std::fs::write(dir.path().join("user.db"), &garbage).expect("write");
    let jol = jol_native::open(dir.path(), real()).expect("open");
    let [Notice::UserDataReset { moved_to }] = jol.notices() else {
        panic!("expected one user-data notice, got {:?}", jol.notices());
    };
    assert_eq!(
        std::fs::read(moved_to).expect("the old file is kept"),
        garbage
    );
    // The fresh database works.
    let s = jol
        .call_typed(
            &SetSetting {
                settings: Settings {
                    locale: Some(Locale::Kk),
                    ..Default::default()
                },
            },
            Transport::Ipc,
        )
        .expect("write settings");
    assert_eq!(s.locale, Some(Locale::Kk));
}

#[test]
fn replacing_content_leaves_user_data_byte_for_byte_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let jol = jol_native::open(dir.path(), real()).expect("open");
        jol.call_typed(
            &SetSetting {
                settings: Settings {
                    locale: Some(Locale::Uz),
                    origin: Some(Country::new("UZ")),
                    destination: Some(Country::new("RU")),
                    update_sources: Some(vec!["https://mirror.example/jol".into()]),
                    auto_update: Some(false),
                    update_every_hours: Some(24),
                },
            },
            Transport::Ipc,
        )
        .expect("settings");
    }
    let mut user = jol_native::store_files::open_user(dir.path(), jol_native::unix_seconds())
        .expect("user")
        .0;
    user.add_bookmark("ru.patent", 1).expect("bookmark");
    user.set_tick("departure.checklist", "contract-copy", true, 2)
        .expect("tick");
    drop(user);
    let before = std::fs::read(dir.path().join("user.db")).expect("read");

    for round in 0..5 {
        let dataset = if round % 2 == 0 { newer() } else { real() };
        // Mark the installed content as app-made and older, so each open replaces it.
        let db = rusqlite::Connection::open(dir.path().join("content.db")).expect("open");
        db.execute(
            "UPDATE meta SET value = '0' WHERE key = 'dataset_version'",
            [],
        )
        .expect("age");
        drop(db);
        // The whole app opens, as on a real start: both databases.
        let jol = jol_native::open(dir.path(), dataset).expect("open");
        let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
        assert_eq!(
            info.content_hash, dataset.content_hash,
            "round {round}: not replaced"
        );
        assert!(
            jol.notices().is_empty(),
            "round {round}: {:?}",
            jol.notices()
        );
        drop(jol);
        let after = std::fs::read(dir.path().join("user.db")).expect("read");
        assert!(after == before, "user.db changed in round {round}");
    }
    let jol = jol_native::open(dir.path(), real()).expect("open");
    let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
    assert_eq!(info.settings.locale, Some(Locale::Uz));
    assert_eq!(info.settings.destination, Some(Country::new("RU")));
}

#[test]
fn a_search_index_written_by_another_version_is_rebuilt_and_the_content_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, _) = jol_native::store_files::open_content(dir.path(), real()).expect("open");
    let hash = store.meta().content_hash.clone();
    drop(store);
    // What an older app's search left behind in a content database that is kept (synced).
    let conn = rusqlite::Connection::open(dir.path().join("content.db")).expect("open db");
    conn.execute(
        "UPDATE search_meta SET value = '1' WHERE key = 'version'",
        [],
    )
    .expect("age the index");
    assert!(!jol_search::index_is_current(&conn).expect("read the index"));
    drop(conn);

    let (store, outcome) =
        jol_native::store_files::open_content(dir.path(), real()).expect("reopen");
    assert_eq!(outcome, OpenOutcome::Reindexed);
    assert_eq!(
        store.meta().content_hash,
        hash,
        "the content itself changed"
    );
    let reply = jol_search::search(
        store.conn(),
        &jol_types::api::Search {
            query: "registration".into(),
            locale: Locale::En,
            country: None,
            limit: Some(3),
        },
    )
    .expect("search works again");
    assert!(!reply.hits.is_empty());
    drop(store);
    let (_, outcome) =
        jol_native::store_files::open_content(dir.path(), real()).expect("open once more");
    assert_eq!(outcome, OpenOutcome::Kept);
}

#[test]
fn newer_synced_content_is_never_replaced_by_older_built_in_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(jol_native::open(dir.path(), newer()).expect("install newer"));
    let db = rusqlite::Connection::open(dir.path().join("content.db")).expect("open");
    db.execute("UPDATE meta SET value = 'sync' WHERE key = 'origin'", [])
        .expect("mark as synced");
    drop(db);
    let (store, outcome) = jol_native::store_files::open_content(dir.path(), real()).expect("open");
    assert_eq!(outcome, OpenOutcome::Kept);
    assert_eq!(store.meta().content_hash, newer().content_hash);
    drop(store);
    // The same app-installed dataset is upgraded by a newer build.
    let dir = tempfile::tempdir().expect("temp dir");
    drop(jol_native::open(dir.path(), real()).expect("install"));
    let (_, outcome) = jol_native::store_files::open_content(dir.path(), newer()).expect("open");
    assert_eq!(outcome, OpenOutcome::Upgraded);
}

#[test]
fn the_shared_transport_is_read_only_and_bad_calls_say_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = jol_native::open(dir.path(), real()).expect("open");
    let write = jol.call(
        "set_settings",
        serde_json::json!({ "settings": { "locale": "ru" } }),
        Transport::Http,
    );
    assert_eq!(write.map_err(|e| e.code), Err(ErrorCode::ReadOnly));
    let unknown = jol.call("drop_tables", serde_json::Value::Null, Transport::Ipc);
    assert_eq!(unknown.map_err(|e| e.code), Err(ErrorCode::NotFound));
    let bad = jol.call("get_item", serde_json::json!({ "id": 5 }), Transport::Ipc);
    assert_eq!(bad.map_err(|e| e.code), Err(ErrorCode::BadRequest));
    let missing = jol.call(
        "get_item",
        serde_json::json!({ "id": "no.such", "locale": "en" }),
        Transport::Ipc,
    );
    assert_eq!(missing.map_err(|e| e.code), Err(ErrorCode::NotFound));
    let bad_country = jol.call(
        "set_settings",
        serde_json::json!({ "settings": { "destination": "XX" } }),
        Transport::Ipc,
    );
    let bad_country = bad_country.expect_err("unknown country");
    assert_eq!(bad_country.code, ErrorCode::UnknownCountry);
    assert_eq!(bad_country.params["country"], "XX");
}
