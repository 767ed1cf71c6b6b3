//! The real desktop app (WebKitGTK webview) driven through tauri-driver and WebKitWebDriver.

use jol_e2e::*;
use std::process::{Command, Stdio};

/// tauri-driver and the app it starts, with a home of their own so every run is a first start.
struct Desktop {
    driver_port: u16,
    _driver: Proc,
}

fn start_driver(home: &std::path::Path) -> Desktop {
    start_driver_with(home, &[])
}

/// Like [`start_driver`], with extra environment for the app (which inherits the driver's).
fn start_driver_with(home: &std::path::Path, env: &[(&str, &std::ffi::OsStr)]) -> Desktop {
    let driver = std::env::var_os("TAURI_DRIVER")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("HOME")
                .map(|h| std::path::PathBuf::from(h).join(".cargo/bin/tauri-driver"))
                .unwrap_or_else(|| "tauri-driver".into())
        });
    // Ready only when WebKitWebDriver behind it answers: see `Ready::WebDriver`.
    let (proc, [port, _native]) =
        start_listening("tauri-driver", Ready::WebDriver, |[port, native]| {
            let mut cmd = Command::new(&driver);
            cmd.args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env_remove("JOL_DATA_DIR")
            .env_remove("JOL_DEV_TRUST")
            .envs(env.iter().map(|(k, v)| (*k, *v)))
            .stdout(Stdio::null());
            cmd
        });
    Desktop {
        driver_port: port,
        _driver: proc,
    }
}

async fn open_app(d: &Desktop) -> fantoccini::Client {
    let app = bin("jol-app");
    connect(
        d.driver_port,
        serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": app.display().to_string() }
        }),
    )
    .await
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_journey_and_the_language_survives_a_restart() {
    // The expected titles come from the same built-in dataset, read through `jol serve`.
    let server = Server::start();
    let expected = Expected::read(&server, "ru.registration").await;
    let home = tempfile::tempdir().expect("temp home");

    let d = start_driver(home.path());
    let c = open_app(&d).await;
    first_start_journey(&c, &expected).await;
    if let Some(path) = std::env::var_os("JOL_SCREENSHOT") {
        // scripts/readme-screenshot: the README's picture is of this real window.
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }
    c.close().await.expect("close the app");
    drop(d);

    // A new app process on the same home: no language prompt, Russian still chosen.
    let d = start_driver(home.path());
    let c = open_app(&d).await;
    find(&c, "ul.items li a").await;
    assert_eq!(html_lang(&c).await, "ru");
    wait_text(&c, "nav.kinds a.current", |t| t == "Инструкции").await;
    c.close().await.expect("close the app");
}

/// A plain GET on loopback; the whole response, head and body, as text.
fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    out
}

/// Copies `assets/content` with one English title changed, the way an editor would publish a fix.
fn edited_content(into: &std::path::Path, new_title: &str) {
    copy_content(into, |id, mut text| {
        if id == "rights.wages" {
            let en = text.find("[text.en]").expect("an English text");
            let start = en + text[en..].find("title = \"").expect("a title") + 9;
            let end = start + text[start..].find('"').expect("closing quote");
            text.replace_range(start..end, new_title);
        }
        text
    });
}

/// A returning user: `jol settings` presets the language and corridor (and `extra` flags) in
/// `data`, as a help desk would, so the app opens on the home screen.
fn returning_user(
    data: &std::path::Path,
    locale: &str,
    origin: &str,
    dest: &str,
    extra: &[&std::ffi::OsStr],
) {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "--data-dir".as_ref(),
        data.as_os_str(),
        "settings".as_ref(),
        "--locale".as_ref(),
        locale.as_ref(),
        "--origin".as_ref(),
        origin.as_ref(),
        "--destination".as_ref(),
        dest.as_ref(),
    ];
    args.extend_from_slice(extra);
    jol(&args);
}

/// A publisher's signed fix, built with the real `jol pack` into `work/packs` with a fresh key:
/// returns the pack directory and the public key (hex) the app must trust.
fn publish_fix(work: &std::path::Path, new_title: &str) -> (std::path::PathBuf, String) {
    let content = work.join("content");
    edited_content(&content, new_title);
    let (packs, public) = publish(&content, work);
    let public = std::fs::read_to_string(public).expect("pub key");
    (packs, public.trim().to_string())
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_check_now_applies_a_signed_update_and_lists_what_changed() {
    const NEW_TITLE: &str = "Wages not paid: what to do (updated)";
    let home = tempfile::tempdir().expect("temp home");
    let work = tempfile::tempdir().expect("temp dir");
    let data = work.path().join("data");
    // A publisher's signed fix, and a returning user whose settings name the pack folder.
    let (packs, public) = publish_fix(work.path(), NEW_TITLE);
    returning_user(
        &data,
        "en",
        "KG",
        "RU",
        &[
            "--update-source".as_ref(),
            packs.as_os_str(),
            "--auto-update".as_ref(),
            "off".as_ref(),
        ],
    );

    let d = start_driver_with(
        home.path(),
        &[
            ("JOL_DATA_DIR", data.as_os_str()),
            ("JOL_DEV_TRUST", public.as_ref()),
        ],
    );
    let c = open_app(&d).await;
    find(&c, "ul.items li a").await;
    find(&c, "a.nav-settings")
        .await
        .click()
        .await
        .expect("open settings");
    wait_text(&c, ".update-sources code", |t| {
        t == packs.display().to_string()
    })
    .await;
    assert_eq!(
        js(&c, "return document.getElementById('auto-update').checked").await,
        serde_json::json!(false)
    );

    find(&c, "button.check-now")
        .await
        .click()
        .await
        .expect("check now");
    let headline = wait_text(&c, ".update-result.updated strong", |t| !t.is_empty()).await;
    assert!(
        headline.starts_with("Updated to the version of"),
        "{headline}"
    );
    let changed = wait_text(&c, ".change-list.changed a", |t| !t.is_empty()).await;
    assert_eq!(changed, NEW_TITLE);
    // The window's other parts notice too: the notice under the header.
    find(&c, ".update-notice").await;
    if let Some(path) = std::env::var_os("JOL_UPDATE_SCREENSHOT") {
        // For reviewers: the settings panel right after an update.
        js(
            &c,
            "document.getElementById('updates').scrollIntoView(); return 0",
        )
        .await;
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }

    // The changed page opens with its new title, read from the updated database.
    find(&c, ".change-list.changed a")
        .await
        .click()
        .await
        .expect("open");
    wait_text(&c, "main h1", |t| t == NEW_TITLE).await;
    c.close().await.expect("close the app");
    drop(d);

    // The CLI, on the same data directory, sees the synced content too.
    let info = jol(&[
        "--data-dir".as_ref(),
        data.as_os_str(),
        "info".as_ref(),
        "--json".as_ref(),
    ]);
    let search = jol(&[
        "--data-dir".as_ref(),
        data.as_os_str(),
        "search".as_ref(),
        "--json".as_ref(),
        "updated".as_ref(),
    ]);
    assert!(info.contains("content_hash"), "{info}");
    assert!(
        search.contains(NEW_TITLE),
        "search index was not refreshed: {search}"
    );
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_update_from_a_file_picked_in_settings() {
    const NEW_TITLE: &str = "Wages not paid: see the new steps";
    let home = tempfile::tempdir().expect("temp home");
    let work = tempfile::tempdir().expect("temp dir");
    let data = work.path().join("data");
    let bundle = work.path().join("from-a-friend.jolpack");
    let (packs, public) = publish_fix(work.path(), NEW_TITLE);
    jol(&[
        "pack".as_ref(),
        "bundle".as_ref(),
        packs.as_os_str(),
        "--out".as_ref(),
        bundle.as_os_str(),
    ]);
    returning_user(&data, "en", "UZ", "RU", &[]);
    let d = start_driver_with(
        home.path(),
        &[
            ("JOL_DATA_DIR", data.as_os_str()),
            ("JOL_DEV_TRUST", public.as_ref()),
        ],
    );
    let c = open_app(&d).await;
    find(&c, "a.nav-settings")
        .await
        .click()
        .await
        .expect("open settings");
    // No source yet: the panel says where updates could come from, and offers the file.
    find(&c, ".update-sources").await;
    let input = find(&c, "#update-file").await;
    input
        .send_keys(&bundle.display().to_string())
        .await
        .expect("pick the file");
    let changed = wait_text(&c, ".change-list.changed a", |t| !t.is_empty()).await;
    assert_eq!(changed, NEW_TITLE);
    c.close().await.expect("close the app");
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_shares_itself_with_phones_and_stops() {
    let home = tempfile::tempdir().expect("temp home");
    let data = home.path().join("jol-data");
    returning_user(&data, "ru", "KG", "RU", &[]);
    let d = start_driver_with(home.path(), &[("JOL_DATA_DIR", data.as_os_str())]);
    let c = open_app(&d).await;
    find(&c, "a.nav-settings")
        .await
        .click()
        .await
        .expect("open settings");
    find(&c, "button.sharing-start")
        .await
        .click()
        .await
        .expect("start sharing");
    find(&c, ".share-qr svg").await;
    let urls: Vec<String> = serde_json::from_value(
        js(
            &c,
            "return [...document.querySelectorAll('.share-urls a')].map(a => a.textContent)",
        )
        .await,
    )
    .expect("addresses");
    let local = urls
        .iter()
        .find(|u| u.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no loopback address among {urls:?}"))
        .clone();
    // A "phone" (this test) opens the page and the API through the shared address.
    let port: u16 = local
        .trim_start_matches("http://127.0.0.1:")
        .trim_end_matches('/')
        .parse()
        .expect("a port");
    let server = Server::at(port);
    let info = server.api("info", serde_json::json!({})).await;
    assert_eq!(info["can_write"], serde_json::json!(false), "{info}");
    // The page itself comes from the app's own copy of the UI, and runs in a phone's browser.
    let page = http_get(port, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("boot.js"), "not the Jol UI: {page}");
    let (phone, _chromedriver, _profile) = chromium(360, 740).await;
    phone.goto(&local).await.expect("a phone opens the address");
    find(&phone, "button[data-locale='ky']").await;
    phone.close().await.expect("close the phone's browser");

    find(&c, "button.sharing-stop")
        .await
        .click()
        .await
        .expect("stop sharing");
    find(&c, "button.sharing-start").await;
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
        "still listening after sharing stopped"
    );
    c.close().await.expect("close the app");
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_says_why_when_its_data_folder_is_unusable() {
    let home = tempfile::tempdir().expect("temp home");
    // A file where the data folder should be: nothing can be created in it.
    let not_a_folder = home.path().join("jol-data");
    std::fs::write(&not_a_folder, "not a folder").expect("write");
    let d = start_driver_with(home.path(), &[("JOL_DATA_DIR", not_a_folder.as_os_str())]);
    let c = open_app(&d).await;
    let headline = wait_text(&c, "main.fatal h1", |t| !t.is_empty()).await;
    assert_eq!(headline, "Jol cannot start");
    let why = wait_text(&c, "main.fatal .error", |t| !t.is_empty()).await;
    assert!(why.contains(&not_a_folder.display().to_string()), "{why}");
    c.close().await.expect("close the app");
}
