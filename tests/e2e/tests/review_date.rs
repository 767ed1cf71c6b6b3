//! Dates that end, in a real browser on a real `jol serve`: an item past its review date says, in
//! Kyrgyz, that it may have changed since that date — on its page, and for a contact on its card;
//! an item before its review date, or without one, says nothing of the kind.
//!
//! The test does not wait for the calendar, nor depend on which items the editors have dated: it
//! publishes a signed copy of `assets/content` with three review dates of its own (with the real
//! `jol pack` and `jol sync`, as a publisher and a help desk would), and fixes the server's
//! "today" with `JOL_DEV_TODAY`, which only debug builds read.

use jol_e2e::*;
use serde_json::json;
use std::path::Path;
use std::process::{Command, Stdio};

/// The server's today.
const TODAY: &str = "2026-12-07";
/// Passed on TODAY.
const PAST: (&str, &str) = ("ru.registration", "2026-06-30");
/// Not yet passed on TODAY.
const FUTURE: (&str, &str) = ("rights.wages", "2027-03-01");
/// A contact passed on TODAY: its card on the emergency screen says so too.
const PAST_CONTACT: (&str, &str) = ("contact.kg-embassy-moscow-hotline", "2026-06-30");

/// `assets/content` with `review_by` on the PAST and FUTURE items only (the editors' own dates
/// removed, so the test knows every date there is), written into `into`.
fn dated_content(into: &Path) {
    copy_content(into, |id, text| {
        let date = [PAST, FUTURE, PAST_CONTACT]
            .into_iter()
            .find(|(i, _)| *i == id)
            .map(|(_, d)| d);
        text.lines()
            .filter(|l| !l.starts_with("review_by"))
            .map(|l| match date {
                Some(d) if l.starts_with("verified_on") => format!("{l}\nreview_by = \"{d}\"\n"),
                _ => format!("{l}\n"),
            })
            .collect()
    });
}

/// Publishes the dated copy with a fresh key and syncs it into `data`, as a help desk would.
fn install_dated_content(work: &Path, data: &Path) {
    let content = work.join("content");
    dated_content(&content);
    let (packs, public) = publish(&content, work);
    jol(&[
        "--data-dir".as_ref(),
        data.as_os_str(),
        "sync".as_ref(),
        "--from".as_ref(),
        packs.as_os_str(),
        "--trust".as_ref(),
        public.as_os_str(),
    ]);
}

/// `jol serve` on `data` with today fixed; the guard stops it.
fn serve(data: &Path) -> (Server, Proc) {
    let (proc, [port]) = start_listening("jol serve", Ready::Port, |[port]| {
        let mut cmd = Command::new(bin("jol"));
        cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(data)
            .env("JOL_DEV_TODAY", TODAY)
            .stdout(Stdio::null());
        cmd
    });
    (Server::at(port), proc)
}

/// The contrast of an element's text against its own background (WCAG's formula).
const CONTRAST_OF: &str = r#"
const el = document.querySelector(arguments[0]);
const lum = c => {
  const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const rgb = s => (s.match(/[\d.]+/g) || []).map(Number).slice(0, 3);
const st = getComputedStyle(el);
const [hi, lo] = [lum(rgb(st.color)), lum(rgb(st.backgroundColor))].sort((x, y) => y - x);
return (hi + 0.05) / (lo + 0.05);
"#;

/// Loads the item's page afresh (the query makes it a new document, so the stored locale is read
/// at start) and waits for it.
async fn open_item(c: &fantoccini::Client, server: &Server, id: &str) {
    c.goto(&format!("{}?{id}#/item/{id}", server.url))
        .await
        .expect("open the item");
    find(c, &format!("article.item[data-id='{id}'] .sources")).await;
}

async fn count(c: &fantoccini::Client, css: &str) -> u64 {
    js(
        c,
        &format!("return document.querySelectorAll(\"{css}\").length"),
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

#[tokio::test]
#[ignore = "needs a display (Chromium, chromedriver) and a built `jol`: run by scripts/test"]
async fn an_item_past_its_review_date_says_so_in_kyrgyz_and_one_before_it_does_not() {
    let work = tempfile::tempdir().expect("temp dir");
    let data = work.path().join("data");
    install_dated_content(work.path(), &data);
    let (server, _serve) = serve(&data);
    // The server reads the synced content: the core marks the past item, and only it.
    let past = server
        .api("get_item", json!({ "id": PAST.0, "locale": "ky" }))
        .await;
    assert_eq!(
        past["changed_since"], PAST.1,
        "{}",
        past["item"]["review_by"]
    );
    let future = server
        .api("get_item", json!({ "id": FUTURE.0, "locale": "ky" }))
        .await;
    assert_eq!(future["item"]["review_by"], FUTURE.1);
    assert!(future.get("changed_since").is_none(), "{future}");

    let (c, _driver, _profile) = chromium(360, 740).await;
    c.goto(&server.url).await.expect("open jol serve");
    js(
        &c,
        "localStorage.setItem('jol.locale', 'ky'); localStorage.setItem('jol.origin', 'KG'); \
         localStorage.setItem('jol.destination', 'RU'); return 0",
    )
    .await;

    open_item(&c, &server, PAST.0).await;
    assert_eq!(html_lang(&c).await, "ky");
    let notice = "article.item .review-passed";
    // In Kyrgyz words, with the date as Kyrgyz readers write it ("2026-ж. 30-июнь").
    let text = wait_text(&c, notice, |t| !t.is_empty()).await;
    assert!(text.contains("өзгөргөн болушу мүмкүн"), "{text}");
    assert!(text.contains("2026-ж. 30-июнь"), "{text}");
    let el = find(&c, notice).await;
    assert_eq!(
        el.attr("role").await.expect("role").as_deref(),
        Some("note")
    );
    assert_eq!(
        el.attr("data-date").await.expect("data-date").as_deref(),
        Some(PAST.1)
    );
    let ratio = c
        .execute(CONTRAST_OF, vec![json!(notice)])
        .await
        .expect("contrast")
        .as_f64()
        .unwrap_or(0.0);
    assert!(ratio >= 4.5, "the notice's contrast is {ratio:.2}:1");

    // Before its review date, and without one: no notice.
    open_item(&c, &server, FUTURE.0).await;
    assert_eq!(count(&c, notice).await, 0);
    open_item(&c, &server, "ru.entry").await;
    assert_eq!(count(&c, notice).await, 0);
    // Within the page, from an item without one to the past item and back: the notice follows
    // the item shown.
    js(
        &c,
        &format!("location.hash = '#/item/{}'; return 0", PAST.0),
    )
    .await;
    find(
        &c,
        &format!("article.item[data-id='{}'] .review-passed", PAST.0),
    )
    .await;
    js(&c, "location.hash = '#/item/ru.entry'; return 0").await;
    find(&c, "article.item[data-id='ru.entry'] .sources").await;
    assert_eq!(count(&c, notice).await, 0);

    // A phone number is read from its card, not its page: the card says it too, and only its.
    js(&c, "location.hash = '#/emergency'; return 0").await;
    let card = format!(
        ".emergency-mine li.contact-card[data-id='{}'] .review-passed",
        PAST_CONTACT.0
    );
    let text = wait_text(&c, &card, |t| !t.is_empty()).await;
    assert!(text.contains("өзгөргөн болушу мүмкүн"), "{text}");
    assert_eq!(count(&c, "li.contact-card .review-passed").await, 1);
    c.close().await.expect("close the session");
}
