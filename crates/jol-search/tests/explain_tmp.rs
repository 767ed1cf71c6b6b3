mod common;
#[test]
fn explain() {
    let Ok(q) = std::env::var("JOL_Q") else {
        return;
    };
    let locale: jol_types::Locale = std::env::var("JOL_L")
        .unwrap_or("en".into())
        .parse()
        .unwrap();
    let items = common::load_items(&common::content_dir());
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    jol_search::index_items(&conn, &items).unwrap();
    println!("{}", jol_search::explain(&conn, &q).unwrap());
    let r = jol_search::search(
        &conn,
        &jol_types::api::Search {
            query: q.clone(),
            locale,
            country: std::env::var("JOL_C")
                .ok()
                .map(|c| jol_types::Country::new(&c)),
            limit: Some(8),
        },
    )
    .unwrap();
    for h in r.hits {
        println!(
            "{:.3} {} [{}] {}\n   {}",
            h.score,
            h.id,
            h.locale,
            h.title,
            h.snippet
                .iter()
                .map(|p| if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                })
                .collect::<String>()
        );
    }
}
