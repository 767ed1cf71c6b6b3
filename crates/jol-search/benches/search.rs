//! Query time on the real content and on a synthetic corpus 100 times larger, beside the time of a
//! raw FTS5 MATCH on the same index, and the index size. `cargo bench -p jol-search`.
//!
//! The synthetic corpus clones every real item 99 times with new ids and the words of each text
//! shuffled (a fixed seed), so it has the real vocabulary, languages and lengths, and every query
//! matches about 100 times as many documents.
//!
//! Each query of `tests/relevance.toml` is timed as typed and as a half-typed prefix (the search as
//! you type sends those), several rounds each, with warm caches: the figures are what a user waits
//! between keystrokes, not a cold start. `JOL_BENCH_REAL_ONLY=1` skips the large corpus.
//!
//! On the real corpus it also prints the relevance set's figures (recall@3 and MRR by language,
//! topic and overall), so speed and quality are read side by side.

#[path = "../tests/common/mod.rs"]
mod common;

use jol_search::{index_items, normalize, search};
use jol_types::api::Search;
use jol_types::{Country, Item};
use rusqlite::Connection;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;
const SCALE: usize = 100;

fn main() {
    let items = common::load_items(&common::content_dir());
    let cases = common::load_relevance();
    let mut queries: Vec<(String, Search)> = Vec::new();
    for c in &cases {
        let req = |q: &str| Search {
            query: q.to_string(),
            locale: c.locale,
            country: c.country.as_deref().map(Country::new),
            limit: None,
        };
        queries.push((c.query.clone(), req(&c.query)));
        let half: String = c
            .query
            .chars()
            .take(c.query.chars().count().div_ceil(2))
            .collect();
        if half.chars().count() >= 3 && half != c.query {
            queries.push((half.clone(), req(&half)));
        }
    }
    println!(
        "jol-search bench: {} items, {} queries x {ROUNDS} rounds",
        items.len(),
        queries.len()
    );

    let real = Connection::open_in_memory().expect("in-memory database");
    let t = Instant::now();
    let stats = index_items(&real, &items).expect("index the real content");
    println!(
        "\nreal corpus: {} documents, {} terms, indexed in {:.0} ms, index {}",
        stats.documents,
        stats.terms,
        t.elapsed().as_secs_f64() * 1e3,
        index_bytes(&real)
    );
    report(&real, &queries);
    println!(
        "\nrelevance set ({} queries; `tests/relevance.md` explains the misses):",
        cases.len()
    );
    common::evaluate(&real, &items, &cases).print();
    if std::env::var_os("JOL_BENCH_REAL_ONLY").is_some() {
        return;
    }

    // JOL_BENCH_DB=path keeps the large index between runs (it takes a while to build); delete the
    // file when the content or the indexing changes.
    let keep = std::env::var_os("JOL_BENCH_DB").map(std::path::PathBuf::from);
    let path = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("jol-search-bench-{}.db", std::process::id()))
    });
    let reuse = keep.is_some() && path.exists();
    if !reuse {
        let _ = std::fs::remove_file(&path);
    }
    let big = Connection::open(&path).expect("temp database");
    if reuse {
        println!(
            "\n{SCALE}x corpus: reusing {}, index {}",
            path.display(),
            index_bytes(&big)
        );
    } else {
        let big_items = synthetic(&items, SCALE);
        let t = Instant::now();
        let stats = index_items(&big, &big_items).expect("index the synthetic corpus");
        println!(
            "\n{SCALE}x corpus: {} documents, {} terms, indexed in {:.1} s, index {}",
            stats.documents,
            stats.terms,
            t.elapsed().as_secs_f64(),
            index_bytes(&big)
        );
    }
    report(&big, &queries);
    drop(big);
    if keep.is_none() {
        let _ = std::fs::remove_file(&path);
    }
}

/// Times `search` and a raw FTS5 MATCH of the same words, and prints percentiles.
fn report(conn: &Connection, queries: &[(String, Search)]) {
    // Warm up: the first query loads the vocabulary snapshot.
    let _ = search(conn, &queries[0].1);
    let mut ours = Vec::new();
    let mut raw_and = Vec::new();
    let mut raw_or = Vec::new();
    let mut stmt = conn
        .prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 ORDER BY rank LIMIT 20")
        .expect("raw statement");
    for _ in 0..ROUNDS {
        for (text, req) in queries {
            let t = Instant::now();
            let reply = search(conn, req).expect("search");
            ours.push(t.elapsed());
            std::hint::black_box(reply);

            // The naive search: the typed words, normalised, quoted, as FTS5 reads them.
            let words: Vec<String> = normalize(text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| format!("\"{w}\""))
                .collect();
            if words.is_empty() {
                continue;
            }
            for (expr, out) in [
                (words.join(" AND "), &mut raw_and),
                (words.join(" OR "), &mut raw_or),
            ] {
                let t = Instant::now();
                let n = stmt
                    .query_map([&expr], |r| r.get::<_, i64>(0))
                    .expect("raw query")
                    .count();
                out.push(t.elapsed());
                std::hint::black_box(n);
            }
        }
    }
    print_line("jol-search search()", &mut ours);
    print_line("raw FTS5 MATCH (AND)", &mut raw_and);
    print_line("raw FTS5 MATCH (OR)", &mut raw_or);
    let p95 = |v: &mut Vec<Duration>| percentile(v, 0.95).as_secs_f64();
    println!(
        "  p95 ratio search/raw: {:.2}x (AND), {:.2}x (OR)",
        p95(&mut ours) / p95(&mut raw_and),
        p95(&mut ours) / p95(&mut raw_or)
    );
}

fn print_line(name: &str, v: &mut [Duration]) {
    println!(
        "  {name:24} p50 {:7.3} ms   p95 {:7.3} ms   max {:7.3} ms   (n={})",
        percentile(v, 0.50).as_secs_f64() * 1e3,
        percentile(v, 0.95).as_secs_f64() * 1e3,
        percentile(v, 1.0).as_secs_f64() * 1e3,
        v.len()
    );
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

/// Bytes of the index: all `search_*` tables (the database holds nothing else here), and of that
/// the FTS5 index itself, when SQLite's `dbstat` is compiled in.
fn index_bytes(conn: &Connection) -> String {
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("page_count");
    let size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .expect("page_size");
    let part = |pattern: &str| -> Option<i64> {
        conn.query_row(
            "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE ?1",
            [pattern],
            |r| r.get(0),
        )
        .ok()
    };
    match (
        part("search_fts%"),
        part("search_docs"),
        part("search_vocab"),
    ) {
        (Some(fts), Some(docs), Some(vocab)) => format!(
            "{} bytes (FTS5 {fts}, snippet texts and titles {docs}, vocabulary {vocab})",
            pages * size
        ),
        _ => format!("{} bytes", pages * size),
    }
}

/// `items` and `scale - 1` shuffled clones of each.
fn synthetic(items: &[Item], scale: usize) -> Vec<Item> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::with_capacity(items.len() * scale);
    out.extend(items.iter().cloned());
    for k in 1..scale {
        for item in items {
            let mut clone = item.clone();
            clone.id = format!("{}~{k}", item.id);
            for text in clone.text.values_mut() {
                text.title = shuffle(&text.title, &mut rng);
                text.summary = shuffle(&text.summary, &mut rng);
                text.body = shuffle(&text.body, &mut rng);
            }
            for step in &mut clone.steps {
                for st in step.text.values_mut() {
                    st.title = shuffle(&st.title, &mut rng);
                    st.body = shuffle(&st.body, &mut rng);
                }
            }
            for q in &mut clone.questions {
                for qt in q.text.values_mut() {
                    qt.label = shuffle(&qt.label, &mut rng);
                    qt.advice = shuffle(&qt.advice, &mut rng);
                }
            }
            out.push(clone);
        }
    }
    out
}

fn shuffle(s: &str, rng: &mut XorShift) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    for i in (1..words.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        words.swap(i, j);
    }
    words.join(" ")
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
