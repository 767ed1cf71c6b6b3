//! Past its `review_by`, an item comes with the date since which it may have changed; before it,
//! or without one, it does not. The core decides, on the same "today" as freshness.
//!
//! One test in its own binary: it sets `JOL_DEV_TODAY`, which no other test may see.

use jol_core::{Dataset, Jol, Transport};
use jol_types::api::{GetItem, GetItems, ItemView};
use jol_types::{ItemKind, Locale};
use std::path::Path;

/// `assets/content` with `review_by` set on `dates`' items (and removed from every other).
fn content_with(into: &Path, dates: &[(&str, &str)]) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    for kind in std::fs::read_dir(&src).expect("content dir").flatten() {
        if !kind.path().is_dir() {
            continue;
        }
        let dest = into.join(kind.file_name());
        std::fs::create_dir_all(&dest).expect("mkdir");
        for f in std::fs::read_dir(kind.path()).expect("kind dir").flatten() {
            let text = std::fs::read_to_string(f.path()).expect("read");
            let id = f
                .path()
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            let date = dates.iter().find(|(i, _)| *i == id).map(|(_, d)| *d);
            let mut out = String::new();
            for line in text.lines().filter(|l| !l.starts_with("review_by")) {
                out.push_str(line);
                out.push('\n');
                if let (true, Some(d)) = (line.starts_with("verified_on"), date) {
                    out.push_str(&format!("review_by = \"{d}\"\n"));
                }
            }
            std::fs::write(dest.join(f.file_name()), out).expect("write");
        }
    }
}

fn dataset(dir: &Path) -> Dataset {
    let out = tempfile::tempdir().expect("temp dir");
    let db = out.path().join("content.db");
    let (info, _) = jol_content::build_dir(dir, &db, jol_native::today()).expect("content builds");
    let raw = std::fs::read(&db).expect("read db");
    Dataset {
        zlib: Box::leak(miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6).into_boxed_slice()),
        size: raw.len(),
        content_hash: Box::leak(info.content_hash.into_boxed_str()),
        dataset_version: info.dataset_version,
        item_count: info.item_count as u64,
    }
}

fn changed_since(jol: &Jol, id: &str) -> Option<String> {
    let v: ItemView = jol
        .call_typed(
            &GetItem {
                id: id.into(),
                locale: Locale::Ky,
                also: Vec::new(),
            },
            Transport::Http,
        )
        .expect("get_item");
    v.changed_since.map(|d| d.to_string())
}

#[test]
fn an_item_past_its_review_date_says_since_when_it_may_have_changed() {
    std::env::remove_var("JOL_DEV_TODAY");
    let content = tempfile::tempdir().expect("temp dir");
    content_with(
        content.path(),
        &[
            ("ru.registration", "2026-06-30"),
            ("rights.wages", "2099-12"),
        ],
    );
    let data = tempfile::tempdir().expect("temp dir");
    let jol = jol_native::open(data.path(), dataset(content.path())).expect("open");

    assert_eq!(
        changed_since(&jol, "ru.registration").as_deref(),
        Some("2026-06-30")
    );
    assert_eq!(changed_since(&jol, "rights.wages"), None);
    assert_eq!(changed_since(&jol, "ru.entry"), None);
    // The lists of whole items carry it too (the contacts and home screens use them).
    let rights: Vec<ItemView> = jol
        .call_typed(
            &GetItems {
                kind: ItemKind::Right,
                locale: Locale::En,
            },
            Transport::Http,
        )
        .expect("get_items");
    assert!(rights.iter().all(|v| v.changed_since.is_none()));

    if cfg!(debug_assertions) {
        // A debug build's fixed "today": the day of the review date is still inside it, the
        // next day is past it; a month-precision date lasts to the month's end.
        std::env::set_var("JOL_DEV_TODAY", "2026-06-30");
        assert_eq!(changed_since(&jol, "ru.registration"), None);
        std::env::set_var("JOL_DEV_TODAY", "2026-07-01");
        assert_eq!(
            changed_since(&jol, "ru.registration").as_deref(),
            Some("2026-06-30")
        );
        std::env::set_var("JOL_DEV_TODAY", "2099-12-31");
        assert_eq!(changed_since(&jol, "rights.wages"), None);
        std::env::set_var("JOL_DEV_TODAY", "2100-01-01");
        assert_eq!(
            changed_since(&jol, "rights.wages").as_deref(),
            Some("2099-12")
        );
        // Freshness follows the same day: by 2100 every fact is old.
        let v: ItemView = jol
            .call_typed(
                &GetItem {
                    id: "ru.entry".into(),
                    locale: Locale::En,
                    also: Vec::new(),
                },
                Transport::Http,
            )
            .expect("get_item");
        assert_ne!(v.freshness, jol_types::Freshness::Current);
        std::env::set_var("JOL_DEV_TODAY", "not a date");
        assert_eq!(changed_since(&jol, "rights.wages"), None);
        std::env::remove_var("JOL_DEV_TODAY");
    }
}
