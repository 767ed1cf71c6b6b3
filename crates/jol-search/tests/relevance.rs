//! The relevance measure: every query of `tests/relevance.toml` against the real content in
//! `assets/content`, indexed as the content build does. Prints recall@3 (the share of queries with
//! an acceptable answer in the top 3) and MRR per language, per topic and overall, the misses, and
//! the cases still waiting for an item; fails under the goal.
//!
//! `cargo test -p jol-search --test relevance -- --nocapture` shows the table. The bench prints it
//! too, beside the speed figures.

mod common;

use common::{content_dir, evaluate, load_items, load_relevance};
use jol_search::index_items;

/// The floor this test holds: issue #16's goal, met since the content's `also` lists carry the
/// words people type (detention, theft, pregnancy, consulates). The misses accepted under it,
/// and why, are in `tests/relevance.md`.
const REQUIRED: f64 = 0.95;

#[test]
fn recall_at_3_meets_the_goal() {
    let items = load_items(&content_dir());
    assert!(
        !items.is_empty(),
        "no content in {}",
        content_dir().display()
    );
    let conn = rusqlite::Connection::open_in_memory().expect("in-memory database");
    let stats = index_items(&conn, &items).expect("indexing the real content");
    println!("indexed {} items: {stats:?}", items.len());

    let cases = load_relevance();
    assert!(
        cases.len() >= 300,
        "the relevance set needs at least 300 queries"
    );
    let figures = evaluate(&conn, &items, &cases);
    figures.print();
    assert!(
        figures.recall_at_3() >= REQUIRED,
        "recall@3 {:.3} is under {REQUIRED}",
        figures.recall_at_3()
    );
}
