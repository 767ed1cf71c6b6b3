//! `jol serve --app DIR` sends the precompressed copies `scripts/build-web` writes beside the files
//! (`FILE.br`, `FILE.gz`) to browsers that accept them — a real server on loopback over a real
//! folder — and the plain file to everyone else, to range requests, and when no copy exists.

use std::net::SocketAddr;
use std::sync::Arc;

mod common;
use common::{get, header};

/// The app folder: every copy's bytes differ from its file's, so the body says which was sent.
fn app_folder() -> tempfile::TempDir {
    let app = tempfile::tempdir().expect("temp dir");
    let p = app.path();
    std::fs::create_dir_all(p.join("snippets")).expect("mkdir");
    for (name, bytes) in [
        ("index.html", &b"<!doctype html><title>Jol</title>"[..]),
        ("index.html.br", b"BROTLI index"),
        ("index.html.gz", b"\x1f\x8bGZIP index"),
        ("core_bg.wasm", b"\0asm\x01\0\0\0 plain core"),
        ("core_bg.wasm.br", b"BROTLI core"),
        ("core_bg.wasm.gz", b"\x1f\x8bGZIP core"),
        // Only gzip for this one; nothing for the stylesheet.
        ("boot.js", b"import './core.js';"),
        ("boot.js.gz", b"\x1f\x8bGZIP boot"),
        ("style.css", b"body{}"),
        ("snippets/idb.js", b"export const idb = 1;"),
        ("snippets/idb.js.br", b"BROTLI idb"),
        // A copy with no file beside it.
        ("orphan.js.br", b"BROTLI orphan"),
    ] {
        std::fs::write(p.join(name), bytes).expect("write");
    }
    app
}

async fn serve(app: &std::path::Path) -> (SocketAddr, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(data.path(), jol_dataset::builtin()).expect("open"));
    let assets = jol_server::dir_assets(app).expect("an app folder");
    let bound = jol_server::bind("127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("bind");
    let addr = bound.addr;
    tokio::spawn(bound.serve_app(jol, None, Some(assets)));
    (addr, data)
}

#[tokio::test]
async fn the_best_accepted_copy_is_sent_with_the_files_own_type() {
    let app = app_folder();
    let (addr, _data) = serve(app.path()).await;
    let chromium = "Accept-Encoding: gzip, deflate, br, zstd\r\n";
    for (path, extra, ctype, encoding, body) in [
        ("/", chromium, "text/html", Some("br"), &b"BROTLI index"[..]),
        (
            "/index.html",
            chromium,
            "text/html",
            Some("br"),
            b"BROTLI index",
        ),
        (
            "/index.html",
            "Accept-Encoding: gzip\r\n",
            "text/html",
            Some("gzip"),
            b"\x1f\x8bGZIP index",
        ),
        (
            "/core_bg.wasm",
            chromium,
            "application/wasm",
            Some("br"),
            b"BROTLI core",
        ),
        (
            "/core_bg.wasm",
            "Accept-Encoding: br;q=0.5, gzip;q=0.9\r\n",
            "application/wasm",
            Some("gzip"),
            b"\x1f\x8bGZIP core",
        ),
        (
            "/core_bg.wasm",
            "Accept-Encoding: br;q=0, gzip;q=0\r\n",
            "application/wasm",
            None,
            b"\0asm\x01\0\0\0 plain core",
        ),
        (
            "/core_bg.wasm",
            "",
            "application/wasm",
            None,
            b"\0asm\x01\0\0\0 plain core",
        ),
        // brotli asked for, only gzip there: gzip; nothing there: the file.
        (
            "/boot.js",
            chromium,
            "text/javascript",
            Some("gzip"),
            b"\x1f\x8bGZIP boot",
        ),
        (
            "/boot.js",
            "Accept-Encoding: br\r\n",
            "text/javascript",
            None,
            b"import './core.js';",
        ),
        ("/style.css", chromium, "text/css", None, b"body{}"),
        (
            "/snippets/idb.js",
            chromium,
            "text/javascript",
            Some("br"),
            b"BROTLI idb",
        ),
    ] {
        let (status, head, got) = get(addr, path, extra).await;
        assert_eq!(status, 200, "{path} {extra:?}: {head}");
        let what = format!("{path} with {extra:?}: {head}");
        assert!(
            header(&head, "content-type").is_some_and(|t| t.starts_with(ctype)),
            "{what}"
        );
        assert_eq!(header(&head, "content-encoding"), encoding, "{what}");
        assert_eq!(header(&head, "vary"), Some("accept-encoding"), "{what}");
        assert_eq!(
            header(&head, "content-length"),
            Some(body.len().to_string().as_str()),
            "{what}"
        );
        assert_eq!(got, body, "{what}");
        // The security headers go on every answer, copies included.
        assert!(header(&head, "content-security-policy").is_some(), "{what}");
        assert_eq!(header(&head, "cache-control"), Some("no-cache"), "{what}");
    }
}

#[tokio::test]
async fn a_range_request_gets_the_plain_file() {
    let app = app_folder();
    let (addr, _data) = serve(app.path()).await;
    let (status, head, got) = get(
        addr,
        "/core_bg.wasm",
        "Accept-Encoding: gzip, br\r\nRange: bytes=0-\r\n",
    )
    .await;
    assert_eq!(status, 200, "{head}");
    assert_eq!(header(&head, "content-encoding"), None, "{head}");
    assert_eq!(got, b"\0asm\x01\0\0\0 plain core");
}

/// The copies are encodings of their files, not files of the app: never served by their own
/// names, and one with no file beside it serves nothing.
#[tokio::test]
async fn copies_are_not_served_under_their_own_names() {
    let app = app_folder();
    let (addr, _data) = serve(app.path()).await;
    for path in [
        "/index.html.br",
        "/index.html.gz",
        "/core_bg.wasm.br",
        "/snippets/idb.js.br",
        "/orphan.js.br",
        "/orphan.js",
    ] {
        for extra in ["", "Accept-Encoding: br, gzip\r\n"] {
            let (status, head, got) = get(addr, path, extra).await;
            assert_eq!(status, 404, "{path} {extra:?}: {head}");
            assert!(!String::from_utf8_lossy(&got).contains("BROTLI"), "{path}");
        }
    }
}
