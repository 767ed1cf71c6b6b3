//! Jol on the phone, offline: the folder `scripts/build-web` writes, served by a plain static
//! server (`python3 -m http.server` — not `jol serve`, to prove the folder is self-contained),
//! opened once in Chromium; then the server stops and everything still works. Then signed
//! updates inside the phone: a newer pack directory is applied and named, a tampered one refused
//! in the reader's language.

use jol_e2e::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A copy of the web app that trusts `key` and looks for updates in its own `packs/`, written by
/// the real `jol web-app` as `scripts/build-web --trust KEY --packs DIR` would.
fn web_app_trusting(key: &Path, into: &Path) {
    copy_dir(&built_web_app(), into);
    jol(&[
        "web-app".as_ref(),
        "--out".as_ref(),
        into.as_os_str(),
        "--trust".as_ref(),
        key.as_os_str(),
        "--update-source".as_ref(),
        "packs/".as_ref(),
    ]);
}

/// `python3 -m http.server` on `dir`, on `port` (0: a free one). The same port again later keeps
/// the page's origin, which is what its service worker and storage belong to.
fn static_server(dir: &Path, port: u16) -> (Proc, u16) {
    let dir = dir.to_path_buf();
    let command = move |[p]: [u16; 1]| {
        let mut cmd = Command::new("python3");
        cmd.args(["-m", "http.server", "--bind", "127.0.0.1"])
            .arg(if port == 0 { p } else { port }.to_string())
            .arg("--directory")
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    if port == 0 {
        let (proc, [p]) = start_listening("python3 -m http.server", Ready::Port, command);
        return (proc, p);
    }
    let proc = Proc::spawn(command([port]), "python3 -m http.server");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < WAIT,
            "the static server did not come back on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (proc, port)
}

/// The update status as the core in the page reports it (for failure messages).
async fn update_status(c: &fantoccini::Client) -> String {
    let script = "const done = arguments[arguments.length - 1];
        window.__JOL__.call('update_status', '{}').then(done, (e) => done('error: ' + e));";
    c.execute_async(script, vec![])
        .await
        .map(|v| v.to_string())
        .unwrap_or_else(|e| format!("no status: {e}"))
}

/// Waits for the notice that new content arrived; on a timeout, fails with the update status.
async fn wait_updated(c: &fantoccini::Client) {
    let start = Instant::now();
    while start.elapsed() < WAIT {
        let shown = js(
            c,
            "const n = document.querySelector('.update-notice'); return n ? n.textContent : ''",
        )
        .await;
        if shown.as_str().is_some_and(|t| !t.is_empty()) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no update notice; the status: {}", update_status(c).await);
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver, python3, a built `jol` and scripts/build-web: run by scripts/test"]
async fn the_phone_keeps_working_with_no_connection() {
    let work = tempfile::tempdir().expect("temp dir");
    let dist = work.path().join("site");
    copy_dir(&built_web_app(), &dist);
    let (server, port) = static_server(&dist, 0);
    let (c, _driver, _profile) = chromium(412, 860).await;
    offline_journey(&c, &format!("http://127.0.0.1:{port}/"), server).await;
    c.close().await.expect("close the session");
}

/// Builds signed pack directory `out` from the content with `title` as ru.registration's English
/// title, with the publisher's `key` and the previous directory, as a publisher would.
fn publish_version(work: &Path, key: &Path, title: &str, previous: Option<&Path>, out: &Path) {
    let content = work.join(format!(
        "content-{}",
        out.file_name().unwrap().to_string_lossy()
    ));
    copy_content(&content, |id, text| {
        if id == "ru.registration" {
            replace_en_title(&text, title)
        } else {
            text
        }
    });
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "pack".as_ref(),
        "build".as_ref(),
        "--content".as_ref(),
        content.as_os_str(),
        "--key".as_ref(),
        key.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    if let Some(p) = previous {
        args.extend(["--previous".as_ref(), p.as_os_str()]);
    }
    jol(&args);
}

/// The text with the `[text.en]` title replaced.
fn replace_en_title(text: &str, title: &str) -> String {
    let mut out = String::new();
    let mut in_en = false;
    for line in text.lines() {
        if line.starts_with('[') {
            in_en = line.trim() == "[text.en]";
        }
        if in_en && line.starts_with("title = ") {
            out.push_str(&format!("title = {title:?}\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver, python3, a built `jol` and scripts/build-web: run by scripts/test"]
async fn the_phone_verifies_updates_itself() {
    let work = tempfile::tempdir().expect("temp dir");
    let key = work.path().join("publisher.key");
    jol(&[
        "pack".as_ref(),
        "keygen".as_ref(),
        "--out".as_ref(),
        key.as_os_str(),
    ]);
    let dist = work.path().join("site");
    web_app_trusting(&work.path().join("publisher.key.pub"), &dist);

    let (server, port) = static_server(&dist, 0);
    let url = format!("http://127.0.0.1:{port}/");
    let (c, _driver, _profile) = chromium(412, 860).await;
    c.goto(&url).await.expect("open the web app");
    first_start(&c, "en", "KG", "RU").await;
    wait_offline_ready(&c).await;
    let before = js(
        &c,
        "return document.querySelector('footer .dataset').dataset.hash",
    )
    .await;
    drop(server);

    // A newer signed version on the same address: the app takes it and names what changed.
    let v2 = work.path().join("v2");
    publish_version(
        work.path(),
        &key,
        "Registration in Russia (updated)",
        None,
        &v2,
    );
    copy_dir(&v2, &dist.join("packs"));
    let (server, _) = static_server(&dist, port);
    c.refresh().await.expect("reload online");
    wait_updated(&c).await;
    c.goto(&format!("{url}#/item/ru.registration"))
        .await
        .expect("open the guide");
    wait_text(&c, "article.item h1", |t| {
        t == "Registration in Russia (updated)"
    })
    .await;
    let after = js(
        &c,
        "return document.querySelector('footer .dataset').dataset.hash",
    )
    .await;
    assert_ne!(before, after, "the footer still names the old content");

    // A third version with one byte flipped in every new pack: refused, nothing changes, and the
    // reader is told why in her language.
    drop(server);
    let v3 = work.path().join("v3");
    publish_version(work.path(), &key, "Tampered title", Some(&v2), &v3);
    for e in std::fs::read_dir(&v3).expect("v3").flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".pack") && !v2.join(&name).exists() {
            let mut bytes = std::fs::read(e.path()).expect("read pack");
            let mid = bytes.len() / 2;
            bytes[mid] ^= 0x01;
            std::fs::write(e.path(), bytes).expect("write pack");
        }
    }
    std::fs::remove_dir_all(dist.join("packs")).expect("rm packs");
    copy_dir(&v3, &dist.join("packs"));
    let (_server, _) = static_server(&dist, port);
    find(&c, "#lang")
        .await
        .select_by_value("ky")
        .await
        .expect("Kyrgyz");
    c.goto(&format!("{url}#/settings")).await.expect("settings");
    find(&c, "button.check-now")
        .await
        .click()
        .await
        .expect("check now");
    let reason = wait_text(
        &c,
        ".update-result.failed li[data-code='Tampered'] .reason",
        |t| !t.is_empty(),
    )
    .await;
    assert!(reason.contains("басмачы"), "not worded in Kyrgyz: {reason}");
    c.goto(&format!("{url}#/item/ru.registration"))
        .await
        .expect("open the guide");
    find(&c, "#lang")
        .await
        .select_by_value("en")
        .await
        .expect("English");
    wait_text(&c, "article.item h1", |t| {
        t == "Registration in Russia (updated)"
    })
    .await;
    c.close().await.expect("close the session");
}
