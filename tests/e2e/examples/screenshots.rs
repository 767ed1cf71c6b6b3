//! Renders Jol's key screens in every locale at phone (360×740) and desktop (1280×800) width, with
//! headless Chromium on a `jol serve` it starts, into `screenshots/` (or the directory given as the
//! first argument): `<locale>-<screen>-<width>.png`, whole pages. `scripts/screenshots` builds what
//! it needs and runs this.
//!
//! The locale and corridor are preset through the page's local storage, exactly where the UI keeps
//! them after a user's choice. Last, `ky-review-passed-*.png`: an item past its review date.

use jol_e2e::*;
use std::path::PathBuf;

/// (hash, what to wait for, name)
const SCREENS: [(&str, &str, &str); 7] = [
    (
        "#/",
        "section.corridor ul.stay-rules li, ul.items li",
        "home",
    ),
    ("#/item/ru.registration", "article.item .sources", "guide"),
    ("#/item/rights.wages", "article.item .sources", "right"),
    ("#/emergency", "li.contact-card", "emergency"),
    ("#/contacts", "li.contact-card", "contacts"),
    ("#/settings", ".about .content-hash", "settings"),
    ("#/stay", ".stay-result .stay-figures", "stay"),
];

/// The stay calculator's trips, kept where the page keeps a visitor's (`jol.trips.<country>`): a
/// past trip and the stay going on.
const TRIPS: &str = r#"[{"entry":"2026-01-10","exit":"2026-02-28"},{"entry":"2026-11-20"}]"#;

/// Each locale with a corridor its readers often travel.
const LOCALES: [(&str, &str, &str); 6] = [
    ("ky", "KG", "RU"),
    ("ru", "KG", "RU"),
    ("uz", "UZ", "RU"),
    ("uz-Cyrl", "UZ", "KZ"),
    ("kk", "KZ", "RU"),
    ("en", "KG", "KZ"),
];

const SIZES: [(u32, u32, &str); 2] = [(360, 740, "phone"), (1280, 800, "desktop")];

async fn shoot(c: &fantoccini::Client, out: &std::path::Path, w: u32, h: u32) {
    // The whole page: grow the window to the page's height, then put it back.
    let height = js(c, "return document.documentElement.scrollHeight")
        .await
        .as_u64()
        .unwrap_or(h as u64)
        .clamp(h as u64, 8000) as u32;
    c.set_window_size(w, height).await.expect("resize");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(out, png).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    c.set_window_size(w, h).await.expect("resize back");
}

#[tokio::main]
async fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../screenshots"));
    std::fs::create_dir_all(&dir).expect("create the screenshots directory");
    let server = Server::start();
    let review = review_passed_server(&server).await;
    for (w, h, size) in SIZES {
        let (c, _driver, _profile) = chromium(w, h).await;
        c.goto(&server.url).await.expect("open jol serve");
        // First start, as a new user sees it.
        find(&c, "button[data-locale='ky']").await;
        shoot(&c, &dir.join(format!("all-first-start-{size}.png")), w, h).await;
        for (locale, origin, dest) in LOCALES {
            let script = format!(
                "localStorage.clear(); localStorage.setItem('jol.locale', '{locale}'); \
                 localStorage.setItem('jol.origin', '{origin}'); \
                 localStorage.setItem('jol.destination', '{dest}'); \
                 localStorage.setItem('jol.trips.{dest}', '{TRIPS}');"
            );
            js(&c, &script).await;
            for (hash, ready, name) in SCREENS {
                // A fresh load per screen, so the stored locale and corridor are read at start.
                c.goto(&format!("{}?{locale}-{name}{hash}", server.url))
                    .await
                    .expect("open the screen");
                find(&c, ready).await;
                let file = dir.join(format!("{locale}-{name}-{size}.png"));
                shoot(&c, &file, w, h).await;
                println!("{}", file.display());
            }
        }
        // An item past its review date, in Kyrgyz: the "may have changed since" notice.
        if let Some((srv, id, _guard)) = &review {
            js(
                &c,
                "localStorage.clear(); localStorage.setItem('jol.locale', 'ky'); \
                 localStorage.setItem('jol.origin', 'KG'); localStorage.setItem('jol.destination', 'RU');",
            )
            .await;
            c.goto(&format!("{}?ky-review-passed#/item/{id}", srv.url))
                .await
                .expect("open the item");
            find(&c, "article.item .review-passed").await;
            let file = dir.join(format!("ky-review-passed-{size}.png"));
            shoot(&c, &file, w, h).await;
            println!("{}", file.display());
        }
        c.close().await.expect("close the session");
    }
}

/// A server on which some item is past its review date, and that item's id: `server` itself when
/// the dataset has one today; else a second `jol serve` whose today (`JOL_DEV_TODAY`, read by debug
/// builds) is the year after the earliest review date; `None` when no item has a review date.
async fn review_passed_server(server: &Server) -> Option<(Server, String, Option<Proc>)> {
    const KINDS: [&str; 8] = [
        "guide",
        "right",
        "contact",
        "agency",
        "stay_rule",
        "checklist",
        "red_flags",
        "term",
    ];
    let mut dated: Vec<(String, String, bool)> = Vec::new();
    for kind in KINDS {
        let views = server
            .api(
                "get_items",
                serde_json::json!({ "kind": kind, "locale": "ky" }),
            )
            .await;
        for v in views.as_array().into_iter().flatten() {
            if let Some(date) = v["item"]["review_by"].as_str() {
                let id = v["item"]["id"].as_str().unwrap_or_default().to_string();
                dated.push((date.to_string(), id, v.get("changed_since").is_some()));
            }
        }
    }
    dated.sort();
    if let Some((_, id, _)) = dated.iter().find(|d| d.2) {
        return Some((Server::at(server.port), id.clone(), None));
    }
    let Some((date, id, _)) = dated.first() else {
        eprintln!("no item has a review date: no review-passed screenshot");
        return None;
    };
    let year: u32 = date[..4].parse().expect("a year");
    let today = format!("{}-01-01", year + 1);
    let (proc, [port]) = start_listening("jol serve", Ready::Port, |[port]| {
        let mut cmd = std::process::Command::new(bin("jol"));
        cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(server.data.path().join("review"))
            .env("JOL_DEV_TODAY", &today)
            .stdout(std::process::Stdio::null());
        cmd
    });
    Some((Server::at(port), id.clone(), Some(proc)))
}
