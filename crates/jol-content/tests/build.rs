//! `jol content build`: the same sources give the same content hash, and a failed build leaves
//! nothing where the app would look.

use std::path::Path;

const TODAY: i64 = 20_788; // 2026-12-01

fn fixture() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid"))
}

#[test]
fn the_same_sources_give_the_same_hash_and_items() {
    let out = tempfile::tempdir().expect("temp dir");
    let a = out.path().join("a.db");
    let b = out.path().join("b.db");
    let (info_a, _) = jol_content::build_dir(fixture(), &a, TODAY).expect("build a");
    let (info_b, _) = jol_content::build_dir(fixture(), &b, TODAY).expect("build b");
    assert_eq!(info_a, info_b);
    assert_eq!(info_a.item_count, 2);
    assert_eq!(info_a.content_hash.len(), 64);
    let items = |p: &Path| -> Vec<(String, String)> {
        let c = rusqlite::Connection::open(p).expect("open");
        let mut s = c
            .prepare("SELECT id, json FROM item ORDER BY id")
            .expect("prepare");
        let rows = s
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows");
        rows
    };
    assert_eq!(items(&a), items(&b));
    let stored: String = rusqlite::Connection::open(&a)
        .expect("open")
        .query_row(
            "SELECT value FROM meta WHERE key = 'content_hash'",
            [],
            |r| r.get(0),
        )
        .expect("hash");
    assert_eq!(stored, info_a.content_hash);
}

#[test]
fn a_changed_fact_changes_the_hash() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["guides", "terms"] {
        std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        for e in std::fs::read_dir(fixture().join(sub))
            .expect("read")
            .flatten()
        {
            std::fs::copy(e.path(), dir.path().join(sub).join(e.file_name())).expect("copy");
        }
    }
    let out = tempfile::tempdir().expect("temp dir");
    let (before, _) =
        jol_content::build_dir(dir.path(), &out.path().join("1.db"), TODAY).expect("build");
    let guide = dir.path().join("guides/xx.sample.toml");
    let text = std::fs::read_to_string(&guide).expect("read");
    std::fs::write(&guide, text.replace("amount = 10000", "amount = 10001")).expect("write");
    let (after, _) =
        jol_content::build_dir(dir.path(), &out.path().join("2.db"), TODAY).expect("build");
    assert_ne!(before.content_hash, after.content_hash);
}

#[test]
fn invalid_content_writes_no_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("terms")).expect("mkdir");
    std::fs::write(
        dir.path().join("terms/term.bad.toml"),
        "id = \"term.bad\"\n",
    )
    .expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let db = out.path().join("content.db");
    let err = jol_content::build_dir(dir.path(), &db, TODAY).expect_err("must fail");
    assert!(
        matches!(err, jol_content::CompileError::Invalid { .. }),
        "{err}"
    );
    assert!(!db.exists());
}

#[test]
fn uz_cyrillic_is_generated_with_the_uz_review_state() {
    let out = tempfile::tempdir().expect("temp dir");
    let db = out.path().join("c.db");
    jol_content::build_dir(fixture(), &db, TODAY).expect("build");
    let c = rusqlite::Connection::open(&db).expect("open");
    let (title, review): (String, String) = c
        .query_row(
            "SELECT title, review FROM item_text WHERE id = 'xx.sample' AND locale = 'uz-Cyrl'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("a uz-Cyrl row");
    assert_eq!(title, "Намуна ўқиш");
    assert_eq!(review, "\"machine\"");
}

#[test]
fn the_dataset_version_is_the_first_day_of_the_newest_date() {
    let out = tempfile::tempdir().expect("temp dir");
    let (info, _) =
        jol_content::build_dir(fixture(), &out.path().join("v.db"), TODAY).expect("build");
    // Newest: the fee's as_of is not a source date; the newest source/verified date is 2025-08-25.
    assert_eq!(info.dataset_version, 20_325 * 86_400);
}
