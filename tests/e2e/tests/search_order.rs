//! The search box and `jol search` agree: the same query, locale, destination and limit give
//! the same items in the same order in the UI (Chromium on `jol serve`) and on the terminal.

use jol_e2e::*;
use std::process::Command;
use std::time::{Duration, Instant};

/// What the search box asks for (`ui/src/components/search.rs`).
const UI_LIMIT: u32 = 8;

/// Queries as people type them, one or more per locale; the UI is set to the locale.
const QUERIES: &[(&str, &str)] = &[
    ("ky", "паспортумду жоготуп алдым"),
    ("ru", "торговля людьми"),
    ("ru", "работодатель забрал паспорт"),
    ("ru", "штраф за просрочку патента"),
    ("ky", "мени полиция кармап кетти"),
    ("uz", "ish haqimni bermayapti"),
    ("uz-Cyrl", "иш ҳақимни бермаяпти"),
    ("kk", "жұмыс беруші паспортымды алып қойды"),
    ("en", "employer took my passport"),
    ("en", "regist"),
];

/// `jol search --json` on the server's own data directory.
fn cli_ids(server: &Server, locale: &str, country: &str, query: &str) -> Vec<String> {
    let out = Command::new(bin("jol"))
        .arg("--data-dir")
        .arg(server.data.path())
        .args(["search", "--json", "--lang", locale, "--country", country])
        .args(["--limit", &UI_LIMIT.to_string(), "--"])
        .args(query.split(' '))
        .output()
        .expect("run jol search");
    assert!(
        out.status.success(),
        "jol search failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("JSON from jol search");
    rows.as_array()
        .expect("an array")
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
#[ignore = "needs a display, Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn the_search_box_and_jol_search_agree_on_the_order() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(1200, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "en", "KG", "RU").await;
    find(&c, "ul.items li a").await;
    for (locale, query) in QUERIES {
        find(&c, "#lang")
            .await
            .select_by_value(locale)
            .await
            .unwrap_or_else(|e| panic!("choose {locale}: {e}"));
        let want = cli_ids(&server, locale, "RU", query);
        assert!(!want.is_empty(), "jol search found nothing for {query:?}");
        let input = find(&c, "#search-input").await;
        input.clear().await.expect("clear the search box");
        input.send_keys(query).await.expect("type the query");
        // Results arrive as the user types: wait for the answer to the whole query.
        let start = Instant::now();
        let mut shown = Vec::new();
        while start.elapsed() < WAIT {
            shown = ids(&c, "#search-results a").await;
            if shown == want {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            shown, want,
            "{query:?} in {locale}: the search box vs jol search"
        );
    }
    c.close().await.expect("close the session");
}
