//! The issue-6 screens in a real browser on a real `jol serve`: the corridor on first start, the
//! corridor's home, emergency from a deep page, the contacts filter, and the language and corridor
//! surviving a browser restart.

use jol_e2e::*;
use serde_json::json;

/// The stay rules the home should show for `origin` in `destination`, read from the API: those in
/// force on `today` (`YYYY-MM-DD`, the browser's date).
async fn expected_stay_rules(
    server: &Server,
    origin: &str,
    destination: &str,
    today: &str,
) -> Vec<String> {
    let list = server
        .api(
            "list_items",
            json!({ "locale": "en", "kind": "stay_rule", "country": destination }),
        )
        .await;
    let mut out = Vec::new();
    for s in list.as_array().cloned().unwrap_or_default() {
        let id = s["id"].as_str().unwrap_or_default().to_string();
        let v = server
            .api("get_item", json!({ "id": id, "locale": "en" }))
            .await;
        let rule = &v["item"]["stay_rule"];
        let fits = rule["destination"] == destination
            && rule["citizenship"]
                .as_array()
                .is_some_and(|a| a.iter().any(|c| c == origin))
            // ISO dates compare as strings; a year or month alone ends after any day in it.
            && rule["effective_to"]
                .as_str()
                .is_none_or(|to| to >= &today[..to.len().min(today.len())]);
        if fits {
            out.push(id);
        }
    }
    out
}

async fn browser_today(c: &fantoccini::Client) -> String {
    js(c, "return new Date().toISOString().slice(0, 10)")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn first_start_asks_the_corridor_and_home_shows_its_stay_rules() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(1200, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    let expected = expected_stay_rules(&server, "UZ", "RU", &browser_today(&c).await).await;
    assert!(!expected.is_empty(), "the dataset has no UZ → RU stay rule");
    find(&c, "button[data-locale='ru']")
        .await
        .click()
        .await
        .expect("choose Russian");
    // The countries are named in the chosen language.
    wait_text(
        &c,
        "fieldset[data-group='origin'] button[data-country='UZ']",
        |t| t == "Узбекистан",
    )
    .await;
    choose_corridor(&c, "UZ", "RU").await;
    find(&c, "section.corridor ul.stay-rules li").await;
    let shown = ids(&c, "ul.stay-rules li").await;
    assert_eq!(shown, expected, "the stay rules for UZ → RU");
    assert!(
        !shown.iter().any(|i| i.contains("until-2024")),
        "a rule no longer in force is shown: {shown:?}"
    );
    assert!(
        !shown.iter().any(|i| i.contains("eaeu")),
        "an EAEU rule shown to an Uzbek citizen: {shown:?}"
    );
    find(&c, "section.corridor a.emergency-big[href='#/emergency']").await;
    // The deadlines after arrival, for an Uzbek citizen, as the API gives them (15-day registration).
    let deadlines = server
        .api(
            "key_deadlines",
            json!({ "locale": "ru", "origin": "UZ", "destination": "RU" }),
        )
        .await;
    let expected: Vec<String> = deadlines
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| format!("{}:{}", d["item_id"].as_str().unwrap_or(""), d["days"]))
        .collect();
    assert!(
        expected.contains(&"ru.registration:15".to_string()),
        "{expected:?}"
    );
    find(&c, "ul.key-deadlines li").await;
    let shown: Vec<String> = js(
        &c,
        "return [...document.querySelectorAll('ul.key-deadlines li')].map(li => li.dataset.id + ':' + li.dataset.days)",
    )
    .await
    .as_array()
    .expect("a list")
    .iter()
    .map(|v| v.as_str().unwrap_or("").to_string())
    .collect();
    assert_eq!(shown, expected, "the first deadlines for UZ → RU");
    // The destination's guides come first in the list.
    let guides = ids(&c, "ul.items li").await;
    assert!(
        guides.first().is_some_and(|g| g.starts_with("ru.")),
        "the first guide is not for Russia: {guides:?}"
    );
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn emergency_is_one_tap_from_a_deep_page() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(360, 740).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "en", "KG", "RU").await;
    c.goto(&format!("{}#/item/ru.patent", server.url))
        .await
        .expect("open a guide");
    find(&c, "article.item .sources").await;
    find(&c, "header a.emergency-button")
        .await
        .click()
        .await
        .expect("tap Emergency");
    wait_hash(&c, "#/emergency").await;
    find(&c, ".emergency-mine li.contact-card").await;
    let mine = cards(&c, ".emergency-mine li.contact-card").await;
    assert_eq!(
        (mine[0].country.as_str(), mine[0].kind.as_str()),
        ("RU", "emergency"),
        "Russia's emergency numbers come first for KG → RU: {mine:?}"
    );
    assert!(
        mine.iter()
            .any(|card| card.id == "contact.kg-embassy-moscow-hotline"),
        "the Kyrgyz embassy in Russia is among the reader's own: {mine:?}"
    );
    assert!(
        mine.iter()
            .all(|card| card.country == "RU" || card.country == "KG"),
        "only contacts in Russia, or Kyrgyzstan's own lines, are the reader's own: {mine:?}"
    );
    find(&c, ".emergency-mine li.contact-card a.call[href^='tel:+']").await;
    let rest = ids(&c, ".emergency-rest li.contact-card").await;
    assert!(!rest.is_empty(), "the other contacts are listed too");
    assert_eq!(
        sideways_overflow(&c).await,
        0,
        "emergency scrolls sideways at 360 px"
    );
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn contacts_filter_by_country_city_and_kind() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(1200, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "en", "UZ", "KZ").await;
    find(&c, "header a.nav-contacts")
        .await
        .click()
        .await
        .expect("open Contacts");
    find(&c, "ul.contact-cards li.contact-card").await;
    let all = ids(&c, "li.contact-card").await;
    assert!(all.len() > 2, "contacts listed: {all:?}");

    find(&c, "#filter-country")
        .await
        .select_by_value("KZ")
        .await
        .expect("filter by Kazakhstan");
    let start = std::time::Instant::now();
    let countries = loop {
        let v = js(
            &c,
            "return [...document.querySelectorAll('li.contact-card')].map(e => e.dataset.country)",
        )
        .await;
        let v: Vec<String> = serde_json::from_value(v).unwrap_or_default();
        if !v.is_empty() && v.len() < all.len() {
            break v;
        }
        assert!(start.elapsed() < WAIT, "the country filter did nothing");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(countries.iter().all(|c| c == "KZ"), "{countries:?}");

    find(&c, "#filter-kind")
        .await
        .select_by_value("hotline")
        .await
        .expect("filter by kind");
    let hotlines = wait_filtered(&c, |card| card.country == "KZ" && card.kind == "hotline").await;
    assert!(
        hotlines
            .iter()
            .any(|card| card.id == "contact.kz-trafficking-hotline-11616"),
        "{hotlines:?}"
    );

    find(&c, "#filter-country")
        .await
        .select_by_value("")
        .await
        .expect("any country");
    find(&c, "#filter-kind")
        .await
        .select_by_value("")
        .await
        .expect("any kind");
    find(&c, "#filter-city")
        .await
        .select_by_value("Tashkent")
        .await
        .expect("filter by city");
    wait_filtered(&c, |card| card.city == "Tashkent").await;
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn language_corridor_and_text_size_survive_a_browser_restart() {
    let server = Server::start();
    let profile = tempfile::tempdir().expect("temp profile");
    {
        let (c, _driver) = chromium_with_profile(1200, 900, profile.path()).await;
        c.goto(&server.url).await.expect("open jol serve");
        first_start(&c, "en", "KZ", "KG").await;
        find(&c, "header a.nav-settings")
            .await
            .click()
            .await
            .expect("open Settings");
        find(&c, "#settings-lang")
            .await
            .select_by_value("kk")
            .await
            .expect("switch to Kazakh");
        wait_text(&c, "main h1", |t| t == "Баптаулар").await;
        find(&c, "button[data-scale='1.4']")
            .await
            .click()
            .await
            .expect("larger text");
        find(&c, ".about .content-hash").await;
        c.close().await.expect("close the session");
    }
    let (c, _driver) = chromium_with_profile(1200, 900, profile.path()).await;
    c.goto(&server.url).await.expect("open jol serve again");
    find(&c, "section.corridor ul.stay-rules li").await;
    assert_eq!(html_lang(&c).await, "kk");
    let shown = ids(&c, "ul.stay-rules li").await;
    let today = browser_today(&c).await;
    assert_eq!(
        shown,
        expected_stay_rules(&server, "KZ", "KG", &today).await
    );
    let scale = js(
        &c,
        "return getComputedStyle(document.documentElement).getPropertyValue('--scale').trim()",
    )
    .await;
    assert_eq!(scale.as_str(), Some("1.4"));
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn a_checklist_keeps_its_ticks_and_the_trafficking_signs_keep_none() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(400, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "en", "KG", "RU").await;

    c.goto(&format!("{}#/item/departure.checklist", server.url))
        .await
        .expect("open the checklist");
    let total = wait_text(&c, ".questions .progress", |t| t.starts_with("0 of ")).await;
    find(&c, ".questions li input[type=checkbox]")
        .await
        .click()
        .await
        .expect("tick the first question");
    let after = wait_text(&c, ".questions .progress", |t| t.starts_with("1 of ")).await;
    assert_eq!(
        after.trim_start_matches("1 of "),
        total.trim_start_matches("0 of ")
    );
    // Kept in this browser, across a reload.
    c.refresh().await.expect("reload");
    wait_text(&c, ".questions .progress", |t| t.starts_with("1 of ")).await;
    assert_eq!(
        js(
            &c,
            "return document.querySelector('.questions li input').checked"
        )
        .await,
        json!(true)
    );

    c.goto(&format!("{}#/item/trafficking.signs", server.url))
        .await
        .expect("open the signs");
    find(&c, ".questions[data-kind='red_flags'] li input").await;
    assert_eq!(
        js(&c, "return document.querySelectorAll('.danger').length").await,
        json!(0)
    );
    find(&c, ".questions li input")
        .await
        .click()
        .await
        .expect("tick a sign");
    find(&c, ".danger a.emergency-big[href='#/emergency']").await;
    find(&c, ".danger a[href='#/item/trafficking.help']").await;
    // Nothing kept: after a reload the sign is unticked and nothing is in storage.
    c.refresh().await.expect("reload");
    find(&c, ".questions li input").await;
    assert_eq!(
        js(
            &c,
            "return [...document.querySelectorAll('.questions li input')].some(i => i.checked)"
        )
        .await,
        json!(false)
    );
    let keys = js(
        &c,
        "return Object.keys(localStorage).filter(k => k.includes('trafficking'))",
    )
    .await;
    assert_eq!(keys, json!([]));
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn a_saved_page_is_listed_on_home_and_survives_a_reload() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(400, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "ru", "KG", "RU").await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('section.saved').length"
        )
        .await,
        json!(0),
        "nothing saved yet"
    );
    c.goto(&format!("{}#/item/trafficking.help", server.url))
        .await
        .expect("open a guide");
    let title = wait_text(&c, "article.item h1", |t| !t.is_empty()).await;
    let button = find(&c, "button.bookmark[aria-pressed='false']").await;
    button.click().await.expect("save the page");
    wait_text(&c, "button.bookmark[aria-pressed='true']", |t| {
        t.contains("Сохранено")
    })
    .await;

    c.goto(&server.url).await.expect("home");
    c.refresh().await.expect("reload");
    let saved = wait_text(&c, "section.saved li[data-id='trafficking.help'] a", |t| {
        !t.is_empty()
    })
    .await;
    assert_eq!(saved, title);
    c.close().await.expect("close the session");
}

/// WCAG AA contrast of every piece of text on the key screens, as the browser renders it: the
/// text's colour against the first opaque background behind it, 4.5:1 (3:1 for large text).
/// Disabled controls are exempt, as WCAG says.
const CONTRAST_SCRIPT: &str = r#"
const lum = c => {
  const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const rgba = s => (s.match(/[\d.]+/g) || []).map(Number);
const bg = el => {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
const faded = el => { for (let e = el; e; e = e.parentElement) { if (e.disabled || parseFloat(getComputedStyle(e).opacity) < 1) return true; } return false; };
const bad = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.getClientRects().length || faded(el)) continue;
  const st = getComputedStyle(el);
  if (st.visibility === 'hidden') continue;
  const fg = rgba(st.color).slice(0, 3), b = bg(el);
  const [hi, lo] = [lum(fg), lum(b)].sort((x, y) => y - x);
  const ratio = (hi + 0.05) / (lo + 0.05);
  const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight) >= 700;
  const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
  if (ratio < need) bad.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)} < ${need}`);
}
return bad;
"#;

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn every_text_on_the_key_screens_meets_wcag_aa_contrast() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(360, 740).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "ky", "KG", "RU").await;
    // The check itself catches grey on white (2.3:1).
    js(
        &c,
        "const p = document.createElement('p'); p.id = 'probe'; p.textContent = 'probe'; \
         p.style.cssText = 'color:#aaaaaa;background:#ffffff'; document.body.append(p); return 0",
    )
    .await;
    let probe = js(&c, CONTRAST_SCRIPT).await;
    assert!(
        probe
            .as_array()
            .into_iter()
            .flatten()
            .any(|b| b.as_str().unwrap_or_default().contains("\"probe\"")),
        "the contrast check missed a grey-on-white probe: {probe}"
    );
    js(&c, "document.getElementById('probe').remove(); return 0").await;
    let mut failures = Vec::new();
    for (hash, ready) in [
        ("#/", "ul.key-deadlines li"),
        ("#/item/ru.registration", "article.item .sources"),
        ("#/item/trafficking.signs", "article.item .questions"),
        ("#/emergency", "li.contact-card"),
        ("#/contacts", "li.contact-card"),
        ("#/settings", ".about .content-hash"),
    ] {
        c.goto(&format!("{}{hash}", server.url))
            .await
            .expect("open");
        find(&c, ready).await;
        let bad = js(&c, CONTRAST_SCRIPT).await;
        for b in bad.as_array().into_iter().flatten() {
            failures.push(format!("{hash}: {}", b.as_str().unwrap_or_default()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn the_keyboard_reaches_the_content_and_the_emergency_button() {
    use fantoccini::key::Key;
    let server = Server::start();
    let (c, _driver, _profile) = chromium(1200, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "en", "UZ", "RU").await;
    find(&c, "ul.key-deadlines li").await;
    let hash_before = js(&c, "return location.hash").await;
    let body = find(&c, "body").await;
    // The first Tab lands on "skip to content"; Enter moves the focus to the page, same route.
    body.send_keys(&Key::Tab.to_string()).await.expect("tab");
    assert_eq!(
        js(&c, "return document.activeElement.className").await,
        json!("skip")
    );
    c.active_element()
        .await
        .expect("focused")
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("enter");
    assert_eq!(
        js(&c, "return document.activeElement.id").await,
        json!("main")
    );
    find(&c, "section.corridor h1").await;
    assert_eq!(js(&c, "return location.hash").await, hash_before);
    // Tabbing on from the top reaches the emergency button, and Enter opens the emergency page.
    let mut reached = false;
    c.refresh().await.expect("reload");
    find(&c, "ul.key-deadlines li").await;
    for _ in 0..12 {
        find(&c, "body")
            .await
            .send_keys(&Key::Tab.to_string())
            .await
            .expect("tab");
        if js(
            &c,
            "return document.activeElement.classList.contains('emergency-button')",
        )
        .await
            == json!(true)
        {
            reached = true;
            break;
        }
    }
    assert!(
        reached,
        "the emergency button is not in the first dozen tab stops"
    );
    c.active_element()
        .await
        .expect("focused")
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("enter");
    wait_hash(&c, "#/emergency").await;
    c.close().await.expect("close the session");
}

/// A contact card as the page shows it.
#[derive(Debug, serde::Deserialize)]
struct Card {
    id: String,
    country: String,
    kind: String,
    city: String,
}

/// The contact cards matching `css`, in page order.
async fn cards(c: &fantoccini::Client, css: &str) -> Vec<Card> {
    let script = format!(
        "return [...document.querySelectorAll({})].map(e => ({{...e.dataset}}))",
        serde_json::Value::String(css.to_string())
    );
    serde_json::from_value(js(c, &script).await).unwrap_or_default()
}

/// Waits until the contact list is filtered: every card passes `keep`, and the count line names
/// as many contacts as are shown. Returns the cards.
async fn wait_filtered(c: &fantoccini::Client, keep: impl Fn(&Card) -> bool) -> Vec<Card> {
    let start = std::time::Instant::now();
    loop {
        let shown = cards(c, "li.contact-card").await;
        let count = js(
            c,
            "return document.querySelector('.filter-count')?.textContent ?? ''",
        )
        .await;
        let want = match shown.len() {
            1 => "1 contact".to_string(),
            n => format!("{n} contacts"),
        };
        if !shown.is_empty() && shown.iter().all(&keep) && count.as_str() == Some(want.as_str()) {
            return shown;
        }
        assert!(
            start.elapsed() < WAIT,
            "the filter never settled: {count} for {shown:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
