//! The relevance measure: every query of `tests/relevance.toml` against the real content in
//! `assets/content`, indexed as the content build does. Prints recall@3 (the share of queries with
//! an acceptable answer in the top 3) per language and overall, and the misses; fails under 0.9.
//!
//! `cargo test -p jol-search --test relevance -- --nocapture` shows the table.

mod common;

use common::{content_dir, load_items, load_relevance};
use jol_search::{index_items, search};
use jol_types::api::Search;
use jol_types::Country;
use std::collections::{BTreeMap, HashSet};

const REQUIRED: f64 = 0.9;

#[test]
fn recall_at_3_is_at_least_0_9() {
    let items = load_items(&content_dir());
    assert!(
        !items.is_empty(),
        "no content in {}",
        content_dir().display()
    );
    let conn = rusqlite::Connection::open_in_memory().expect("in-memory database");
    let stats = index_items(&conn, &items).expect("indexing the real content");
    println!("indexed {} items: {stats:?}", items.len());
    let ids: HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();

    let cases = load_relevance();
    assert!(
        cases.len() >= 100,
        "the relevance set needs at least 100 queries"
    );
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut absent = Vec::new();
    for case in &cases {
        if !case.expect.iter().any(|id| ids.contains(id.as_str())) {
            absent.push(case);
            continue;
        }
        let reply = search(
            &conn,
            &Search {
                query: case.query.clone(),
                locale: case.locale,
                country: case.country.as_deref().map(Country::new),
                limit: Some(10),
            },
        )
        .expect("search never errors on a sound database");
        let top: Vec<&str> = reply.hits.iter().map(|h| h.id.as_str()).collect();
        let pass = top
            .iter()
            .take(3)
            .any(|id| case.expect.iter().any(|e| e == id));
        let entry = per_lang.entry(case.lang.clone()).or_default();
        entry.1 += 1;
        if pass {
            entry.0 += 1;
        } else {
            misses.push(format!(
                "  [{}/{}] {:?} expected {:?}, got {:?}",
                case.lang,
                case.locale,
                case.query,
                case.expect,
                top.iter().take(5).collect::<Vec<_>>()
            ));
        }
    }

    let (mut pass, mut total) = (0, 0);
    println!("recall@3 by language:");
    for (lang, (p, t)) in &per_lang {
        println!("  {lang:8} {:.3}  ({p}/{t})", *p as f64 / *t as f64);
        pass += p;
        total += t;
    }
    let overall = pass as f64 / total.max(1) as f64;
    println!("  overall  {overall:.3}  ({pass}/{total})");
    if !absent.is_empty() {
        println!("not measured, no expected item exists in the content:");
        for c in &absent {
            println!("  [{}] {:?} expected {:?}", c.lang, c.query, c.expect);
        }
    }
    if !misses.is_empty() {
        println!("misses:\n{}", misses.join("\n"));
    }
    assert!(
        overall >= REQUIRED,
        "recall@3 {overall:.3} is under {REQUIRED}"
    );
}
