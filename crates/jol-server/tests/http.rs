//! `jol serve`'s HTTP API on a real loopback socket: the same answers as the core, writes refused,
//! nothing but the UI bundle served.

use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn start() -> (std::net::SocketAddr, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(dir.path(), jol_dataset::builtin()).expect("open"));
    let bound = jol_server::bind("127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("bind");
    let addr = bound.addr;
    assert_eq!(bound.urls(), vec![format!("http://{addr}/")]);
    tokio::spawn(bound.serve(jol));
    (addr, dir)
}

async fn request(addr: std::net::SocketAddr, raw: String) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(raw.as_bytes()).await.expect("send");
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.expect("read");
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn post(cmd: &str, body: &str) -> String {
    format!(
        "POST /api/{cmd} HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
}

#[tokio::test]
async fn the_api_answers_as_the_core_does() {
    let (addr, _dir) = start().await;
    let (status, body) = request(addr, post("info", "")).await;
    assert_eq!(status, 200, "{body}");
    let info: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(info["content_hash"], jol_dataset::CONTENT_HASH);
    assert_eq!(info["can_write"], false);

    let (status, body) = request(
        addr,
        post("list_items", r#"{"locale":"ru","kind":"guide"}"#),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let list: Vec<serde_json::Value> = serde_json::from_str(&body).expect("json");
    assert!(list
        .iter()
        .any(|i| i["id"] == "ru.registration" && i["locale"] == "ru"));

    let (status, body) = request(addr, post("search", r#"{"query":"patent","locale":"ru"}"#)).await;
    assert_eq!(status, 200, "{body}");
    let reply: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert!(
        !reply["hits"].as_array().expect("hits").is_empty(),
        "{body}"
    );
}

#[tokio::test]
async fn bad_requests_get_clear_errors() {
    let (addr, _dir) = start().await;
    let (status, body) = request(
        addr,
        post("set_settings", r#"{"settings":{"locale":"ru"}}"#),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("read_only"), "{body}");
    let (status, body) = request(addr, post("list_items", "{not json")).await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = request(addr, post("nope", "{}")).await;
    assert_eq!(status, 404, "{body}");
    let (status, _) = request(
        addr,
        post(
            "search",
            &format!(r#"{{"query":"{}","locale":"en"}}"#, "x".repeat(200_000)),
        ),
    )
    .await;
    assert_eq!(status, 413);
    // A hostile query is answered, not an error.
    let (status, body) = request(
        addr,
        post(
            "search",
            r#"{"query":"\"NEAR( * ) OR \u0000 🙂","locale":"kk"}"#,
        ),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn only_the_ui_bundle_is_served() {
    let (addr, _dir) = start().await;
    let (status, body) = request(addr, get("/")).await;
    assert_eq!(status, 200);
    assert!(body.contains("<title>Jol</title>"), "{body}");
    for path in [
        "/../../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/etc/passwd",
        "/content.db",
        "/api/info",
    ] {
        let (status, _) = request(addr, get(path)).await;
        assert!(
            status == 404 || status == 400 || status == 405,
            "{path}: {status}"
        );
    }
}

/// The head of the answer to `raw`, lower-cased.
async fn head(addr: std::net::SocketAddr, raw: String) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(raw.as_bytes()).await.expect("send");
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.expect("read");
    let text = String::from_utf8_lossy(&out).to_lowercase();
    text.split_once("\r\n\r\n")
        .map(|(h, _)| h.to_string())
        .unwrap_or(text)
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let (addr, _dir) = start().await;
    let answers = [
        ("the page", head(addr, get("/")).await),
        ("the API", head(addr, post("info", "")).await),
        (
            "a refused write",
            head(addr, post("set_settings", "{}")).await,
        ),
        ("a missing file", head(addr, get("/no-such-file.txt")).await),
    ];
    for (what, h) in &answers {
        assert!(
            h.contains(&format!(
                "content-security-policy: {}",
                jol_server::CONTENT_SECURITY_POLICY.to_lowercase()
            )),
            "{what}: {h}"
        );
        for line in [
            "x-content-type-options: nosniff",
            "referrer-policy: no-referrer",
            "x-frame-options: deny",
        ] {
            assert!(h.contains(line), "{what} lacks {line}: {h}");
        }
    }
    // Only the app's own scripts and wasm: no inline script, nothing from elsewhere.
    let csp = jol_server::CONTENT_SECURITY_POLICY;
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}
