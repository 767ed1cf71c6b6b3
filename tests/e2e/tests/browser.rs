//! Jol in a real browser (Debian's Chromium, headless) on a real `jol serve`.

use jol_e2e::*;

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn browser_journey_from_first_start() {
    let server = Server::start();
    let expected = Expected::read(&server, "ru.registration").await;
    let (c, _driver, _profile) = chromium(1200, 900).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start_journey(&c, &expected).await;

    // The language choice lives in the page's storage: a reload keeps it.
    c.refresh().await.expect("reload");
    find(&c, "ul.items, article.item").await;
    assert_eq!(html_lang(&c).await, "ru");
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Chromium, chromedriver and a built `jol`: run by scripts/test"]
async fn nothing_scrolls_sideways_on_a_360px_phone() {
    let server = Server::start();
    let (c, _driver, _profile) = chromium(360, 740).await;
    c.goto(&server.url).await.expect("open jol serve");
    first_start(&c, "ky", "KG", "RU").await;
    find(&c, "ul.items li a")
        .await
        .click()
        .await
        .expect("open the first guide");
    find(&c, "article.item .sources").await;
    assert_eq!(
        sideways_overflow(&c).await,
        0,
        "the page scrolls sideways at 360 px"
    );
    c.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs a built `jol`: run by scripts/test"]
async fn the_shared_server_refuses_writes_and_serves_nothing_outside_the_ui() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = Server::start();
    let raw = |req: String| async move {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", server.port))
            .await
            .expect("connect");
        s.write_all(req.as_bytes()).await.expect("send");
        let mut out = Vec::new();
        s.read_to_end(&mut out).await.expect("read");
        String::from_utf8_lossy(&out).to_string()
    };
    let body = r#"{"settings":{"locale":"ru"}}"#;
    let resp = raw(format!(
        "POST /api/set_settings HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ))
    .await;
    assert!(resp.starts_with("HTTP/1.1 403"), "{resp}");
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/etc/passwd",
        "/content.db",
    ] {
        let resp = raw(format!(
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        ))
        .await;
        assert!(
            resp.starts_with("HTTP/1.1 404") || resp.starts_with("HTTP/1.1 400"),
            "{path}: {resp}"
        );
    }
    let index = raw("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".into()).await;
    assert!(
        index.starts_with("HTTP/1.1 200") && index.contains("boot.js"),
        "{index}"
    );
}
