//! Jol on the phone in a classroom with no internet: the offline web app (`scripts/build-web`)
//! served by the trainer's `jol serve --lan --https --app DIR`, opened once in Chromium that
//! trusts the classroom CA (as a phone does once the certificate is installed) and resolves the
//! laptop's fixed name to loopback. Then the laptop goes away and everything still works.
//!
//! Over HTTPS the browser accepts brotli, so this is also where the precompressed core is proved
//! to reach the phone: its download is the `.br` copy, a third of the file.

use jol_e2e::*;
use std::path::Path;

/// What the page's resource timing says about `file` (a name in the app folder): the bytes that
/// crossed the network and the bytes after decoding, for its first load.
async fn body_sizes(c: &fantoccini::Client, file: &str) -> Option<(u64, u64)> {
    let script = format!(
        "const e = performance.getEntriesByType('resource')
            .find(e => new URL(e.name).pathname === '/{file}');
         return e ? [e.encodedBodySize, e.decodedBodySize] : null;"
    );
    let sizes = js(c, &script).await;
    let pair = sizes.as_array()?;
    Some((pair[0].as_u64()?, pair[1].as_u64()?))
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .len()
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver, certutil, a built `jol` and scripts/build-web: run by scripts/test"]
async fn the_phone_keeps_working_after_the_classroom_laptop_goes_away() {
    let work = tempfile::tempdir().expect("temp dir");
    let site = work.path().join("site");
    copy_dir(&built_web_app(), &site);
    let server = HttpsServer::start(Some(&site));
    let home = nss_home_trusting(&server.download_ca());
    let (c, _driver, _profile) = chromium_trusting(home.path(), 412, 860, &[CLASSROOM_NAME]).await;
    let url = server.app_url.clone();
    let app_port = server.app_port;

    c.goto(&url).await.expect("open the web app over https");
    // The first-start screen is up once the core has started: its wasm is downloaded by then.
    find(&c, "button[data-locale='ky']").await;
    let secure = js(&c, "return [location.protocol, window.isSecureContext]").await;
    assert_eq!(secure, serde_json::json!(["https:", true]), "{url}");
    for file in ["jol-web_bg.wasm", "jol-ui_bg.wasm"] {
        let (encoded, decoded) = body_sizes(&c, file)
            .await
            .unwrap_or_else(|| panic!("no resource timing for {file}"));
        let (plain, br) = (
            size(&site.join(file)),
            size(&site.join(format!("{file}.br"))),
        );
        eprintln!(
            "{file}: {encoded} bytes over the network, {decoded} decoded (file {plain}, .br {br})"
        );
        assert_eq!(decoded, plain, "{file}: the decoded body is the file");
        assert_eq!(
            encoded, br,
            "{file}: the download should be the brotli copy ({br} bytes), was {encoded}"
        );
        assert!(encoded * 2 < decoded, "{file}: {encoded} of {decoded}");
    }

    first_visit_until_offline_ready(&c).await;
    // The laptop goes away: nothing listens on the app's address any more.
    drop(server);
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", app_port)).is_err(),
        "the server still answers on {app_port}"
    );
    journey_with_no_server(&c, &url).await;
    let still = js(&c, "return [location.origin, window.isSecureContext]").await;
    assert_eq!(
        still,
        serde_json::json!([url.trim_end_matches('/'), true]),
        "the app kept its https origin"
    );
    c.close().await.expect("close the session");
}
