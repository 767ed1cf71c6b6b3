//! Ask the real content from the terminal, with the ranking evidence:
//! `cargo run -p jol-search --example probe -- [--lang ru] [--country RU] [--limit 5] words…`.
//! Without words it prints the relevance set's figures and misses (`JOL_CONTENT_DIR` measures a
//! private content copy).

#[path = "../tests/common/mod.rs"]
mod common;

use jol_search::{index_items, search};
use jol_types::api::Search;
use jol_types::{Country, Locale};

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut locale, mut country, mut limit) = (Locale::En, None, 10u32);
    let mut words = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => locale = args.next().expect("a locale").parse().expect("locale"),
            "--country" => country = args.next().map(|c| Country::new(&c)),
            "--limit" => limit = args.next().expect("n").parse().expect("number"),
            _ => words.push(a),
        }
    }
    let items = common::load_items(&common::content_dir());
    let conn = rusqlite::Connection::open_in_memory().expect("db");
    index_items(&conn, &items).expect("index");
    if words.is_empty() {
        common::evaluate(&conn, &items, &common::load_relevance()).print();
        return;
    }
    let reply = search(
        &conn,
        &Search {
            query: words.join(" "),
            locale,
            country,
            limit: Some(limit),
        },
    )
    .expect("search");
    for h in reply.hits {
        println!("{:8.4} {:40} {}", h.score, h.id, h.title);
    }
}
