//! Validators for the UI's files (issue #14: a phone downloaded the whole UI again on every
//! visit): each answer carries a strong `ETag` made from the bytes it sends, and a request naming
//! it in `If-None-Match` gets `304 Not Modified` with no body — for the compiled-in UI and for an
//! `--app DIR` folder, whose precompressed copies each have their own tag. Real server, loopback.

use std::net::SocketAddr;
use std::sync::Arc;

mod common;
use common::{get, header};

async fn serve(app: Option<&std::path::Path>) -> (SocketAddr, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(data.path(), jol_dataset::builtin()).expect("open"));
    let assets = app.map(|a| jol_server::dir_assets(a).expect("an app folder"));
    let bound = jol_server::bind("127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("bind");
    let addr = bound.addr;
    tokio::spawn(bound.serve_app(jol, None, assets));
    (addr, data)
}

/// The first visit gets the file and its tag; the repeat visit, naming the tag, gets 304 and no
/// body, with the same tag and the security headers; a stale tag gets the file again.
async fn revalidates(addr: SocketAddr, path: &str, extra: &str) -> String {
    let (status, head, body) = get(addr, path, extra).await;
    assert_eq!(status, 200, "{path}: {head}");
    let tag = header(&head, "etag").expect("an etag").to_string();
    // Lower-cased head: compare with the tag of the bytes, lower-cased too (hex).
    assert_eq!(
        tag,
        jol_server::etag(&body),
        "{path}: the tag is the bytes'"
    );
    assert_eq!(header(&head, "cache-control"), Some("no-cache"));
    let again = format!("{extra}If-None-Match: {tag}\r\n");
    let (status, head, body) = get(addr, path, &again).await;
    assert_eq!(status, 304, "{path}: {head}");
    assert!(body.is_empty(), "{path}: a 304 has no body");
    assert_eq!(header(&head, "etag"), Some(tag.as_str()));
    assert_eq!(header(&head, "x-content-type-options"), Some("nosniff"));
    assert!(header(&head, "content-security-policy").is_some());
    let list = format!("{extra}If-None-Match: \"0000\", W/{tag}\r\n");
    assert_eq!(get(addr, path, &list).await.0, 304, "{path}: a list, weak");
    let stale = format!("{extra}If-None-Match: \"00000000000000000000000000000000\"\r\n");
    let (status, _, body) = get(addr, path, &stale).await;
    assert_eq!(status, 200, "{path}: a stale tag gets the file");
    assert!(!body.is_empty());
    tag
}

#[tokio::test]
async fn the_compiled_in_ui_answers_a_current_copy_with_304() {
    let (addr, _data) = serve(None).await;
    let index = revalidates(addr, "/", "").await;
    assert_eq!(revalidates(addr, "/index.html", "").await, index);
    // Another file, another tag.
    let (status, head, _) = get(addr, "/style.css", "").await;
    if status == 200 {
        assert_ne!(header(&head, "etag"), Some(index.as_str()));
        revalidates(addr, "/style.css", "").await;
    }
}

#[tokio::test]
async fn an_app_folder_tags_each_coding_apart() {
    let app = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in [
        ("index.html", &b"<!doctype html><title>Jol</title>"[..]),
        ("core_bg.wasm", b"\0asm\x01\0\0\0 plain core"),
        ("core_bg.wasm.br", b"BROTLI core"),
    ] {
        std::fs::write(app.path().join(name), bytes).expect("write");
    }
    let (addr, _data) = serve(Some(app.path())).await;
    let plain = revalidates(addr, "/core_bg.wasm", "").await;
    let br = revalidates(addr, "/core_bg.wasm", "Accept-Encoding: br\r\n").await;
    assert_ne!(plain, br, "the brotli copy is other bytes");
    // The plain file's tag does not validate the brotli copy.
    let (status, head, _) = get(
        addr,
        "/core_bg.wasm",
        &format!("Accept-Encoding: br\r\nIf-None-Match: {plain}\r\n"),
    )
    .await;
    assert_eq!(status, 200, "{head}");
    assert_eq!(header(&head, "content-encoding"), Some("br"));
    // The file changes on disk (the app rebuilt): the old tag no longer validates it.
    std::fs::write(app.path().join("core_bg.wasm"), b"\0asm\x01\0\0\0 rebuilt").expect("write");
    let (status, _, body) = get(
        addr,
        "/core_bg.wasm",
        &format!("If-None-Match: {plain}\r\n"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body, b"\0asm\x01\0\0\0 rebuilt");
}
