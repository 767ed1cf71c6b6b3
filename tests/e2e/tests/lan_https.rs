//! The classroom with no internet: `jol serve --lan --https` in real Chromium that trusts the
//! classroom CA through its NSS database, as a phone does once the certificate is installed.
//!
//! The app must load over HTTPS with no certificate error, in a secure context with service
//! workers; and the same browser must refuse a certificate the same CA signed for a name outside
//! its constraints — the reason a classroom CA on a phone cannot be turned against other sites.

use jol_e2e::*;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs openssl; fails the test with its output when it fails.
fn openssl(args: &[&str], dir: &Path) -> String {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A leaf for `name` signed with the classroom CA's own key by an independent tool (openssl), in
/// `dir`: returns (certificate, key) paths.
fn openssl_leaf(ca_dir: &Path, dir: &Path, name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let key = dir.join(format!("{name}.key"));
    let csr = dir.join(format!("{name}.csr"));
    let crt = dir.join(format!("{name}.crt"));
    let ext = dir.join(format!("{name}.ext"));
    std::fs::write(
        &ext,
        format!(
            "subjectAltName=DNS:{name}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        ),
    )
    .expect("write ext");
    let s = |p: &Path| p.display().to_string();
    openssl(
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            &s(&key),
            "-subj",
            &format!("/CN={name}"),
            "-out",
            &s(&csr),
        ],
        dir,
    );
    openssl(
        &[
            "x509",
            "-req",
            "-in",
            &s(&csr),
            "-CA",
            &s(&ca_dir.join("ca.crt")),
            "-CAkey",
            &s(&ca_dir.join("ca.key")),
            "-set_serial",
            &format!(
                "0x{:x}",
                std::process::id() as u64 * 7919 + name.len() as u64
            ),
            "-days",
            "2",
            "-extfile",
            &s(&ext),
            "-out",
            &s(&crt),
        ],
        dir,
    );
    (crt, key)
}

/// `openssl s_server` with `crt`/`key` on a free port: a second, independent TLS server.
fn openssl_server(crt: &Path, key: &Path) -> (Proc, u16) {
    let (proc, [port]) = start_listening("openssl s_server", Ready::Port, |[port]| {
        let mut cmd = Command::new("openssl");
        cmd.args(["s_server", "-www", "-accept", &port.to_string()])
            .arg("-cert")
            .arg(crt)
            .arg("-key")
            .arg(key)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    });
    (proc, port)
}

/// Opens `url`; the network error Chromium shows instead of the page (`ERR_CERT_…`), if any.
async fn certificate_error(c: &fantoccini::Client, url: &str) -> Option<String> {
    if let Err(e) = c.goto(url).await {
        return Some(e.to_string());
    }
    // Chromium's interstitial names the network error (`NET::ERR_CERT_…`).
    let shown = js(
        c,
        "const t = document.documentElement.innerText || ''; return location.href.startsWith('chrome-error:') || /ERR_CERT|ERR_SSL/.test(t) ? location.href + ' ' + t : ''",
    )
    .await;
    shown.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver, certutil, openssl and a built `jol`: run by scripts/test"]
async fn the_app_loads_over_https_with_the_classroom_ca_and_other_names_are_refused() {
    let server = HttpsServer::start(None);
    // The phone's first step: the certificate from the plain-http port, then trusting it.
    let ca_der = server.download_ca();
    let (status, page) = server.plain_get("/install?lang=ky");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&page).contains(&server.app_url));
    let home = nss_home_trusting(&ca_der);
    let (c, _driver, _profile) =
        chromium_trusting(home.path(), 1000, 800, &[CLASSROOM_NAME, "other.example"]).await;

    assert_eq!(
        certificate_error(&c, &server.app_url).await,
        None,
        "{}",
        server.app_url
    );
    find(&c, "button[data-locale='en']").await;
    let secure = js(
        &c,
        "return [location.protocol, window.isSecureContext, 'serviceWorker' in navigator]",
    )
    .await;
    assert_eq!(
        secure,
        serde_json::json!(["https:", true, true]),
        "{}",
        server.app_url
    );
    // The API answers over the same origin.
    let can_write = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; fetch('/api/info', {method: 'POST'}).then(r => r.json()).then(j => done(j.can_write)).catch(e => done(String(e)))",
            vec![],
        )
        .await
        .expect("fetch /api/info");
    assert_eq!(can_write, serde_json::json!(false));

    // Two independent TLS servers with leaves openssl signs with the same CA key: the one inside
    // the constraints is trusted (so the CA and the tooling are sound), the one outside is refused.
    let work = tempfile::tempdir().expect("temp dir");
    let (in_crt, in_key) = openssl_leaf(&server.ca_dir(), work.path(), CLASSROOM_NAME);
    let (out_crt, out_key) = openssl_leaf(&server.ca_dir(), work.path(), "other.example");
    let ca_pem = server.ca_dir().join("ca.crt").display().to_string();
    openssl(
        &["verify", "-CAfile", &ca_pem, &in_crt.display().to_string()],
        work.path(),
    );
    let refused = Command::new("openssl")
        .args(["verify", "-CAfile", &ca_pem])
        .arg(&out_crt)
        .output()
        .expect("openssl verify");
    let said = String::from_utf8_lossy(&refused.stdout).to_string()
        + &String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success() && said.contains("permitted subtree violation"),
        "openssl should refuse other.example for the name constraint: {said}"
    );
    let (_inside, in_port) = openssl_server(&in_crt, &in_key);
    let inside = format!("https://{CLASSROOM_NAME}:{in_port}/");
    assert_eq!(certificate_error(&c, &inside).await, None, "{inside}");
    let text = js(&c, "return document.body.innerText").await;
    assert!(
        text.as_str().unwrap_or("").contains("s_server"),
        "{inside}: {text}"
    );
    let (_outside, out_port) = openssl_server(&out_crt, &out_key);
    let outside = format!("https://other.example:{out_port}/");
    let err = certificate_error(&c, &outside)
        .await
        .unwrap_or_else(|| panic!("Chromium accepted {outside}, outside the CA's constraints"));
    // Chromium names the cause: ERR_CERT_INVALID for a name outside the constraints, where a CA it
    // does not know at all would be ERR_CERT_AUTHORITY_INVALID.
    let code = err
        .split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == ':'))
        .find(|w| w.contains("ERR_CERT"))
        .unwrap_or_default()
        .to_string();
    eprintln!("{outside}: {code}");
    assert!(
        code.ends_with("ERR_CERT_INVALID"),
        "{outside} should be refused for its name constraint: {err}"
    );
    c.close().await.expect("close the session");
}

/// The smallest offline app: a page, its script, and a service worker that caches both.
fn probe_app(dir: &Path) {
    let files: [(&str, &str); 3] = [
        (
            "index.html",
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Jol offline probe</title>\
             <script src=\"boot.js\" defer></script></head><body><p id=\"s\">loading</p></body></html>",
        ),
        (
            "boot.js",
            "navigator.serviceWorker.register('sw.js')\
               .then(() => navigator.serviceWorker.ready)\
               .then(() => { document.getElementById('s').textContent = navigator.serviceWorker.controller ? 'controlled' : 'ready'; })\
               .catch(e => { document.getElementById('s').textContent = 'failed: ' + e; });",
        ),
        (
            "sw.js",
            "self.addEventListener('install', e => { self.skipWaiting(); e.waitUntil(caches.open('v1').then(c => c.addAll(['./', 'index.html', 'boot.js']))); });\
             self.addEventListener('activate', e => e.waitUntil(self.clients.claim()));\
             self.addEventListener('fetch', e => e.respondWith(caches.match(e.request).then(r => r || fetch(e.request))));",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write the probe app");
    }
}

/// The hook the offline journeys build on: `--app DIR` over the classroom HTTPS. A service worker
/// registers on the LAN origin, and the page still opens after the server has stopped.
#[tokio::test]
#[ignore = "needs Chromium, chromedriver, certutil and a built `jol`: run by scripts/test"]
async fn a_service_worker_installs_over_the_classroom_https_and_the_app_opens_after_the_server_stops(
) {
    let app = tempfile::tempdir().expect("temp dir");
    probe_app(app.path());
    let server = HttpsServer::start(Some(app.path()));
    let home = nss_home_trusting(&server.download_ca());
    let (c, _driver, _profile) = chromium_trusting(home.path(), 800, 600, &[CLASSROOM_NAME]).await;
    let url = server.app_url.clone();
    assert_eq!(certificate_error(&c, &url).await, None, "{url}");
    wait_text(&c, "#s", |t| t == "ready" || t == "controlled").await;
    // The worker holds its cache; now the laptop goes away.
    drop(server);
    c.refresh().await.expect("reload with the server stopped");
    wait_text(&c, "#s", |t| t == "controlled").await;
    assert_eq!(
        js(&c, "return document.title").await,
        serde_json::json!("Jol offline probe")
    );
    c.close().await.expect("close the session");
}
