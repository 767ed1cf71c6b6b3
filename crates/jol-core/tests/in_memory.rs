//! The core the way a phone's browser will run it: the content database loaded from the
//! dataset's bytes into memory (no file, no data directory), a user store in memory, and "now"
//! from the host. Run natively here; the same code builds for wasm32.

use jol_core::content_store::{verify, Origin};
use jol_core::{ContentStore, FixedClock, Jol, StoreError, Transport};
use jol_types::api::{GetItem, GetTicks, Info, Search, SetTick};
use jol_types::{Item, ItemKind, Locale};
use std::sync::Arc;

/// 2026-12-07 00:00 UTC.
const NOW: i64 = 1_796_601_600;

fn jol() -> Jol {
    Jol::in_memory(jol_dataset::builtin(), Arc::new(FixedClock(NOW))).expect("loads from bytes")
}

#[test]
fn the_whole_dataset_answers_from_memory() {
    let jol = jol();
    let info = jol.call_typed(&Info {}, Transport::Ipc).expect("info");
    assert_eq!(info.item_count, jol_dataset::builtin().item_count);
    assert_eq!(info.content_hash, jol_dataset::builtin().content_hash);
    jol.with_content(|c| assert_eq!(c.meta().origin, Origin::App));
}

/// Search over the in-memory copy gives exactly what it gives over the same database as a file
/// on disk, in Kyrgyz, Uzbek Cyrillic and Kazakh.
#[test]
fn search_in_memory_equals_search_on_a_file() {
    let jol = jol();
    let bytes = jol_dataset::builtin().inflate().expect("inflates");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("content.db");
    std::fs::write(&path, &bytes).expect("write");
    let file = rusqlite::Connection::open(&path).expect("open file");
    for (locale, query) in [
        (Locale::Ky, "каттоо"),
        (Locale::UzCyrl, "рўйхатдан ўтиш"),
        (Locale::Kk, "тіркеу"),
        (Locale::Ru, "патент"),
    ] {
        let req = Search {
            query: query.into(),
            locale,
            country: None,
            limit: Some(10),
        };
        let in_memory = jol.call_typed(&req, Transport::Http).expect("search");
        let on_disk = jol_search::search(&file, &req).expect("search on file");
        assert!(!in_memory.hits.is_empty(), "{query}: no hits");
        assert_eq!(in_memory, on_disk, "{query}");
    }
}

#[test]
fn ticks_are_kept_in_the_user_store_in_memory() {
    let jol = jol();
    let checklist: Item = jol.with_content(|c| {
        c.items_of_kind(ItemKind::Checklist)
            .expect("checklists")
            .into_iter()
            .next()
            .expect("the dataset has a checklist")
    });
    let question = checklist.questions[0].id.clone();
    let ticks = jol
        .call_typed(
            &SetTick {
                item_id: checklist.id.clone(),
                question_id: question.clone(),
                done: true,
            },
            Transport::Ipc,
        )
        .expect("tick");
    assert_eq!(ticks.len(), 1);
    assert!(ticks[0].done && ticks[0].question_id == question);
    let again = jol
        .call_typed(
            &GetTicks {
                item_id: checklist.id,
            },
            Transport::Ipc,
        )
        .expect("ticks");
    assert_eq!(again, ticks);
}

/// A flipped digit in a phone number passes SQLite's integrity check but not the content hash.
#[test]
fn tampered_bytes_are_refused() {
    let mut bytes = jol_dataset::builtin().inflate().expect("inflates");
    let at = bytes
        .windows(11)
        .position(|w| w == b"\"number\":\"+")
        .expect("a phone number in the item JSON")
        + 12;
    bytes[at] = if bytes[at] == b'1' { b'2' } else { b'1' };
    match ContentStore::from_bytes(&bytes) {
        Err(StoreError::Damaged(_)) => {}
        Err(e) => panic!("refused for another reason: {e}"),
        Ok(_) => panic!("tampered content was accepted"),
    }
}

/// An update applied in memory, through the pure pack crate, as the browser host will: the new
/// title is read and found, the meta says it came by a signed update, and the database still
/// passes the full check.
#[test]
fn an_update_applies_in_memory() {
    let mut store = ContentStore::from_dataset(jol_dataset::builtin()).expect("loads");
    let old = store.all_items().expect("items");
    let old_hash = store.meta().content_hash.clone();
    let mut new = old.clone();
    let guide = new
        .iter_mut()
        .find(|i| i.kind == ItemKind::Guide)
        .expect("a guide");
    let id = guide.id.clone();
    let text = guide.text.get_mut(&Locale::En).expect("English text");
    text.title = "Zyxwvut migrant guide".into();
    let manifest = jol_pack::Manifest {
        kind: "manifest".into(),
        version: 7,
        created: NOW,
        expires: NOW + 86_400,
        content_hash: jol_content::content_hash(&new).expect("hash"),
        item_count: new.len() as u64,
        full: jol_pack::PackRef {
            name: "full.pack".into(),
            sha256: String::new(),
            size: 0,
        },
        deltas: Vec::new(),
    };
    jol_pack::apply_update_in(store.conn_mut(), &old, &old_hash, &new, &manifest).expect("applies");
    store.refresh_meta().expect("meta");
    assert_eq!(store.meta().sync_version, Some(7));
    assert_eq!(store.meta().origin, Origin::Sync);
    verify(store.conn()).expect("still passes the full check");

    let jol = jol();
    jol.replace_content(store);
    let view = jol
        .call_typed(
            &GetItem {
                id: id.clone(),
                locale: Locale::En,
                also: Vec::new(),
            },
            Transport::Http,
        )
        .expect("item");
    assert_eq!(view.item.text[&Locale::En].title, "Zyxwvut migrant guide");
    let hits = jol
        .call_typed(
            &Search {
                query: "zyxwvut".into(),
                locale: Locale::En,
                country: None,
                limit: Some(5),
            },
            Transport::Http,
        )
        .expect("search");
    assert_eq!(hits.hits.first().map(|h| h.id.as_str()), Some(id.as_str()));
}
