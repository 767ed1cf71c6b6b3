//! Sharing from the desktop app: started and stopped through the API, serving the read-only API
//! on a real socket while on, and freeing it when off.

use jol_core::{Jol, Transport};
use jol_server::sharing::NetworkSharing;
use jol_types::api::{ErrorCode, SetSharing, SharingStatus};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;

fn post(url: &str, cmd: &str, body: &str) -> std::io::Result<(u16, String)> {
    let host = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let mut s = TcpStream::connect(&host)?;
    write!(
        s,
        "POST /api/{cmd} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut resp = String::new();
    s.read_to_string(&mut resp)?;
    let status = resp
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or_default();
    let body = resp
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

#[test]
fn sharing_serves_the_read_only_api_while_on_and_frees_the_port_when_off() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = Arc::new(Jol::open(data.path(), jol_dataset::builtin()).expect("open"));
    let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
    jol.offer_sharing(Box::new(NetworkSharing::new(&jol, loopback, None)));

    let off = jol
        .call_typed(&SharingStatus {}, Transport::Ipc)
        .expect("status");
    assert!(off.available && !off.on && off.urls.is_empty());

    let on = jol
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect("start");
    assert!(on.on, "{on:?}");
    assert_eq!(on.error, None);
    let url = on.urls.first().expect("an address").clone();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let svg = on.qr_svg.as_deref().expect("a QR code");
    assert!(svg.contains("<svg"), "{svg}");

    // Phones read through it, and cannot write.
    let (status, body) = post(&url, "info", "{}").expect("the server answers");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("content_hash"), "{body}");
    let (status, _) = post(&url, "set_sharing", r#"{"on":false}"#).expect("answers");
    assert_eq!(status, 403, "a phone must not stop (or start) sharing");
    let (status, _) = post(&url, "check_updates", "{}").expect("answers");
    assert_eq!(status, 403);

    // Over the shared server the sharing status says nothing about the host.
    let visitor = jol
        .call_typed(&SharingStatus {}, Transport::Http)
        .expect("status");
    assert!(!visitor.available && visitor.urls.is_empty());

    let off = jol
        .call_typed(&SetSharing { on: false }, Transport::Ipc)
        .expect("stop");
    assert!(!off.on && off.urls.is_empty());
    assert!(
        post(&url, "info", "{}").is_err(),
        "the server still answers after sharing stopped"
    );

    // And it starts again.
    let again = jol
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect("start again");
    assert!(again.on);
    let (status, _) = post(&again.urls[0], "info", "{}").expect("answers");
    assert_eq!(status, 200);
}

#[test]
fn a_build_without_sharing_says_how_to_share_instead() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = Jol::open(data.path(), jol_dataset::builtin()).expect("open");
    let s = jol
        .call_typed(&SharingStatus {}, Transport::Ipc)
        .expect("status");
    assert!(!s.available);
    let err = jol
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect_err("no sharing");
    assert_eq!(err.code, ErrorCode::BadRequest);
    assert!(err.message.contains("jol serve --lan"), "{}", err.message);
}

/// The desktop app calls from inside its async runtime, where blocking on another runtime panics.
#[tokio::test(flavor = "multi_thread")]
async fn sharing_starts_and_stops_from_inside_an_async_runtime() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = Arc::new(Jol::open(data.path(), jol_dataset::builtin()).expect("open"));
    jol.offer_sharing(Box::new(NetworkSharing::new(
        &jol,
        SocketAddr::from(([127, 0, 0, 1], 0)),
        None,
    )));
    let on = jol
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect("start");
    assert!(on.on && on.error.is_none(), "{on:?}");
    let off = jol
        .call_typed(&SetSharing { on: false }, Transport::Ipc)
        .expect("stop");
    assert!(!off.on);
}
