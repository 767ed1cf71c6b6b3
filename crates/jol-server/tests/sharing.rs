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
    let jol = Arc::new(jol_native::open(data.path(), jol_dataset::builtin()).expect("open"));
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
    assert_eq!(on.packs_url, None, "no update received, none offered");
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
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open");
    let s = jol
        .call_typed(&SharingStatus {}, Transport::Ipc)
        .expect("status");
    assert!(!s.available);
    let err = jol
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect_err("no sharing");
    assert_eq!(err.code, ErrorCode::NoSharing);
    assert!(err.message.contains("jol serve --lan"), "{}", err.message);
}

/// The desktop app calls from inside its async runtime, where blocking on another runtime panics.
#[tokio::test(flavor = "multi_thread")]
async fn sharing_starts_and_stops_from_inside_an_async_runtime() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = Arc::new(jol_native::open(data.path(), jol_dataset::builtin()).expect("open"));
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

/// The classroom: the trainer's laptop takes an update from a file (a USB stick), shares, and a
/// student's laptop updates from the trainer's over the network — verified like any mirror.
#[test]
fn a_peer_updates_from_the_update_a_sharing_laptop_took_from_a_file() {
    use base64::Engine;
    use jol_types::api::{
        CheckUpdates, ImportUpdate, SetSetting, Settings, UpdateResult, UpdateStatus,
    };
    let key = jol_native::KeyPair::generate();
    let open = |dir: &std::path::Path| {
        let (jol, updates) =
            jol_native::open_with_updates(dir, jol_dataset::builtin()).expect("open");
        updates.set_trusted(vec![key.public()]);
        jol
    };
    let wait = |jol: &Jol| loop {
        let s = jol
            .call_typed(&UpdateStatus {}, Transport::Ipc)
            .expect("status");
        if !s.phase.is_busy() {
            return s;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };

    // The publisher's update, as a single file.
    let trainer_dir = tempfile::tempdir().expect("tmp");
    let trainer = Arc::new(open(trainer_dir.path()));
    let packs = tempfile::tempdir().expect("tmp");
    let mut items = jol_native::installed_items(trainer_dir.path()).expect("items");
    items[0]
        .text
        .get_mut(&jol_types::Locale::En)
        .expect("en")
        .title = "Changed by the publisher".into();
    let changed_id = items[0].id.clone();
    let opts = jol_native::BuildOptions::new(std::path::Path::new("unused"), &key, packs.path());
    jol_native::build_from_items(&opts, items).expect("build");
    let file = packs.path().join("update.jolpack");
    jol_native::bundle::write_bundle(packs.path(), &file).expect("bundle");
    let bytes = std::fs::read(&file).expect("read");

    // The trainer imports it and shares.
    trainer
        .call_typed(
            &ImportUpdate {
                name: "update.jolpack".into(),
                data_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
            },
            Transport::Ipc,
        )
        .expect("import");
    assert!(matches!(
        wait(&trainer).last_result,
        Some(UpdateResult::Updated { .. })
    ));
    let mirror = jol_native::mirror_dir(trainer_dir.path());
    trainer.offer_sharing(Box::new(NetworkSharing::new(
        &trainer,
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Some(mirror),
    )));
    let on = trainer
        .call_typed(&SetSharing { on: true }, Transport::Ipc)
        .expect("share");
    let peer_source = on
        .packs_url
        .clone()
        .expect("the update is offered to peers");
    assert_eq!(peer_source, format!("{}packs", on.urls[0]));

    // A student's laptop syncs from the trainer's.
    let student_dir = tempfile::tempdir().expect("tmp");
    let student = open(student_dir.path());
    student
        .call_typed(
            &SetSetting {
                settings: Settings {
                    update_sources: Some(vec![peer_source]),
                    ..Settings::default()
                },
            },
            Transport::Ipc,
        )
        .expect("source");
    student
        .call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check");
    let status = wait(&student);
    match &status.last_result {
        Some(UpdateResult::Updated { changed, .. }) => assert_eq!(changed[0].id, changed_id),
        other => panic!("the student did not update from the trainer: {other:?}"),
    }
    let trainer_hash = trainer
        .call_typed(&jol_types::api::Info {}, Transport::Ipc)
        .expect("info")
        .content_hash;
    let student_hash = student
        .call_typed(&jol_types::api::Info {}, Transport::Ipc)
        .expect("info")
        .content_hash;
    assert_eq!(student_hash, trainer_hash);
}
