//! No silent failures (issue #14): a bookmark, a checklist tick or a trip the device could not
//! keep must say so in the reader's language, and a bookmark or tick must not look kept. The
//! failure is real: on a shared `jol serve` the page keeps them in the browser's local storage,
//! filled here to its quota, as on a cheap phone whose storage is full.

use jol_e2e::*;
use serde_json::json;

/// Fills this origin's local storage until the browser refuses more; returns how many characters
/// went in.
const FILL_STORAGE: &str = r#"
let n = 0, size = 1 << 20, i = 0;
while (size >= 1) {
  try { localStorage.setItem('fill.' + i++, 'x'.repeat(size)); n += size; }
  catch (e) { size = Math.floor(size / 2); }
}
return n;
"#;

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn a_bookmark_or_tick_the_browser_cannot_keep_says_so_and_does_not_look_kept() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(400, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "ru", "KG", "RU").await;
    c.goto(&format!("{}#/item/trafficking.help", server.url))
        .await
        .expect("open a guide");
    find(&c, "button.bookmark[aria-pressed='false']").await;
    let filled = js(&c, FILL_STORAGE).await;
    assert!(filled.as_u64().unwrap_or(0) > 1_000_000, "{filled}");

    find(&c, "button.bookmark")
        .await
        .click()
        .await
        .expect("save the page");
    // Worded from Fluent in Russian, not the English message.
    let said = wait_text(&c, ".bookmark-error[role='alert']", |t| !t.is_empty()).await;
    assert!(said.contains("не сохранено"), "{said}");
    assert_eq!(
        js(
            &c,
            "return document.querySelector('.bookmark-error').dataset.code"
        )
        .await,
        json!("error-storage")
    );
    assert_eq!(
        js(
            &c,
            "return document.querySelector('button.bookmark').getAttribute('aria-pressed')"
        )
        .await,
        json!("false"),
        "a bookmark that was not kept looks saved"
    );

    c.goto(&format!("{}#/item/departure.checklist", server.url))
        .await
        .expect("open the checklist");
    let before = wait_text(&c, ".questions .progress", |t| t.starts_with("Готово 0 ")).await;
    find(&c, ".questions li input[type=checkbox]")
        .await
        .click()
        .await
        .expect("tick the first question");
    let said = wait_text(&c, ".tick-error[role='alert']", |t| !t.is_empty()).await;
    assert!(said.contains("не сохранено"), "{said}");
    assert_eq!(
        wait_text(&c, ".questions .progress", |t| t.starts_with("Готово 0 ")).await,
        before,
        "a tick that was not kept is counted"
    );
    assert_eq!(
        js(
            &c,
            "return document.querySelector('.questions li input').checked"
        )
        .await,
        json!(false),
        "a tick that was not kept looks ticked"
    );

    // A trip typed into the stay calculator: the form keeps it, and says it was not kept.
    c.goto(&format!("{}#/stay", server.url))
        .await
        .expect("open the stay calculator");
    find(&c, "button.add-trip")
        .await
        .click()
        .await
        .expect("add a trip");
    find(&c, "li.trip[data-row='1'] input.entry").await;
    js(
        &c,
        "const e = document.querySelector(\"li.trip[data-row='1'] input.entry\"); \
         e.value = '2026-01-10'; e.dispatchEvent(new Event('change', { bubbles: true })); return 0",
    )
    .await;
    let said = wait_text(&c, ".trips-error[role='alert']", |t| !t.is_empty()).await;
    assert!(said.contains("не сохранено"), "{said}");

    // With room again, the same click keeps the page and the failure is gone.
    js(
        &c,
        "Object.keys(localStorage).filter(k => k.startsWith('fill.')).forEach(k => localStorage.removeItem(k)); return 0",
    )
    .await;
    c.goto(&format!("{}#/item/trafficking.help", server.url))
        .await
        .expect("open the guide again");
    find(&c, "button.bookmark[aria-pressed='false']")
        .await
        .click()
        .await
        .expect("save the page");
    find(&c, "button.bookmark[aria-pressed='true']").await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('.bookmark-error').length"
        )
        .await,
        json!(0)
    );
    c.close().await.expect("close the session");
}
