//! The stay calculator in a real browser on a real `jol serve`: a Kyrgyz reader going to Russia
//! enters her trips and sees the same last legal day as `jol stay` gives for them.

use jol_e2e::*;

/// Sets a date input as a user's date picker does: the value, then a `change` event.
async fn set_date(c: &fantoccini::Client, css: &str, value: &str) {
    find(c, css).await;
    let script = format!(
        "const e = document.querySelector({}); e.value = {}; \
         e.dispatchEvent(new Event('change', {{ bubbles: true }}));",
        serde_json::Value::String(css.into()),
        serde_json::Value::String(value.into()),
    );
    js(c, &script).await;
}

/// The browser's own calendar day `days` from today, `YYYY-MM-DD`, as the page counts it.
async fn day(c: &fantoccini::Client, days: i64) -> String {
    let script = format!(
        "const d = new Date(); d.setDate(d.getDate() + ({days})); \
         return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + \
         String(d.getDate()).padStart(2, '0');"
    );
    js(c, &script).await.as_str().expect("a date").to_string()
}

async fn attr(c: &fantoccini::Client, css: &str, name: &str) -> String {
    find(c, css)
        .await
        .attr(name)
        .await
        .expect("read an attribute")
        .unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn a_kyrgyz_reader_counts_her_days_in_russia_as_jol_stay_does() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(360, 740).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "ky", "KG", "RU").await;
    find(&c, "a.stay-count-link")
        .await
        .click()
        .await
        .expect("open the calculator from home");
    wait_hash(&c, "#/stay").await;
    find(&c, ".stay-warning").await;
    let dest = wait_js(
        &c,
        "return document.querySelector('#stay-destination').value",
        "RU",
    )
    .await;
    assert_eq!(dest, "RU");

    // A past trip and the stay she is on now.
    let (entry, exit, since, on) = (
        day(&c, -200).await,
        day(&c, -160).await,
        day(&c, -10).await,
        day(&c, 0).await,
    );
    for _ in 0..2 {
        find(&c, "button.add-trip")
            .await
            .click()
            .await
            .expect("add a trip");
    }
    set_date(&c, "li.trip[data-row='1'] input.entry", &entry).await;
    set_date(&c, "li.trip[data-row='1'] input.exit", &exit).await;
    set_date(&c, "li.trip[data-row='2'] input.entry", &since).await;

    let cli = jol(&[
        "stay".as_ref(),
        "--rule".as_ref(),
        "stay.ru-visa-free-90-calendar-year".as_ref(),
        "--trip".as_ref(),
        format!("{entry}:{exit}").as_ref(),
        "--since".as_ref(),
        since.as_ref(),
        "--on".as_ref(),
        on.as_ref(),
        "--json".as_ref(),
    ]);
    let cli: serde_json::Value = serde_json::from_str(&cli).expect("jol stay --json");
    let last = cli["last_legal_day"].as_str().expect("a last legal day");
    let shown = wait_attr(&c, ".stay-result .last-legal-day", "data-date", last).await;
    assert_eq!(shown, last);
    let days_used = cli["days_used"].as_u64().expect("days used").to_string();
    assert_eq!(
        attr(&c, ".stay-result .days-used", "data-days").await,
        days_used
    );
    // In words, in Kyrgyz: the year of the date, no ISO date.
    let text = wait_text(&c, ".stay-result .last-legal-day dd", |t| !t.is_empty()).await;
    assert!(text.contains(&last[..4]) && !text.contains(last), "{text}");
    // The rule that binds, with its legal basis, sources and the day they were checked.
    assert_eq!(
        attr(&c, ".binding-rule", "data-id").await,
        "stay.ru-visa-free-90-calendar-year"
    );
    find(&c, ".binding-rule .stay-sources li a[href^='https://']").await;
    assert!(!attr(&c, ".binding-rule .verified", "data-date")
        .await
        .is_empty());
    assert_eq!(
        sideways_overflow(&c).await,
        0,
        "the calculator scrolls sideways at 360 px"
    );

    // The trips are the visitor's: kept in her browser across a reload, never on the server.
    c.refresh().await.expect("reload");
    wait_attr(&c, ".stay-result .last-legal-day", "data-date", last).await;
    assert_eq!(
        js(
            &c,
            "return document.querySelector(\"li.trip[data-row='2'] input.entry\").value"
        )
        .await,
        serde_json::Value::String(since.clone())
    );
    let kept = server
        .api("get_trips", serde_json::json!({ "destination": "RU" }))
        .await;
    assert_eq!(kept, serde_json::json!([]));

    // An exit before its entry: the Fluent error, in Kyrgyz, on the trip to fix.
    set_date(&c, "li.trip[data-row='1'] input.exit", &day(&c, -230).await).await;
    let error = wait_text(&c, ".stay-result .stay-error", |t| !t.is_empty()).await;
    assert!(error.starts_with("1-сапар: чыккан күн"), "{error}");
    assert_eq!(
        attr(&c, ".stay-error", "data-code").await,
        "stay-error-exit-before-entry"
    );
    assert!(attr(&c, "li.trip[data-row='1']", "class")
        .await
        .contains("invalid"));
    c.close().await.expect("close the session");
}

/// Waits until `script` returns `want`; returns what it last returned.
async fn wait_js(c: &fantoccini::Client, script: &str, want: &str) -> String {
    let start = std::time::Instant::now();
    let mut last = String::new();
    while start.elapsed() < WAIT {
        last = js(c, script).await.as_str().unwrap_or_default().to_string();
        if last == want {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{script} never returned {want:?}; last: {last:?}");
}

/// Waits until `css`'s attribute `name` is `want`; returns what it last was.
async fn wait_attr(c: &fantoccini::Client, css: &str, name: &str, want: &str) -> String {
    let start = std::time::Instant::now();
    let mut last = String::new();
    while start.elapsed() < WAIT {
        if let Ok(el) = c.find(fantoccini::Locator::Css(css)).await {
            last = el.attr(name).await.ok().flatten().unwrap_or_default();
            if last == want {
                return last;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("`{css}` [{name}] never became {want:?}; last seen: {last:?}");
}
