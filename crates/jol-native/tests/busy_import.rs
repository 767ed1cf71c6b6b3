//! An update file picked while another update runs is refused with `busy`, not dropped and
//! reported as accepted (issue #14, "no silent failures"). The running update is a real check
//! against a loopback HTTP source that accepts the connection and does not answer until released.

use base64::Engine;
use jol_core::Transport;
use jol_native::KeyPair;
use jol_types::api::{
    CheckUpdates, ErrorCode, ImportUpdate, SetSetting, Settings, UpdateStatus, UpdateStatusReply,
};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A server that holds every connection open, unanswered, until `release` is sent.
fn stalling_server() -> (u16, mpsc::Sender<()>, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let port = listener.local_addr().expect("addr").port();
    let (release, released) = mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        let mut held: Vec<TcpStream> = Vec::new();
        while released.try_recv().is_err() {
            if let Ok((s, _)) = listener.accept() {
                held.push(s);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // Dropping the connections ends the check with a network error.
    });
    (port, release, thread)
}

fn wait_idle(jol: &jol_core::Jol) -> UpdateStatusReply {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let s = jol
            .call_typed(&UpdateStatus {}, Transport::Ipc)
            .expect("status");
        if !s.phase.is_busy() {
            return s;
        }
        assert!(Instant::now() < deadline, "update still running: {s:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_file_imported_while_an_update_runs_is_refused_as_busy() {
    let data = tempfile::tempdir().expect("tmp");
    let (jol, updates) =
        jol_native::open_with_updates(data.path(), jol_dataset::builtin()).expect("open");
    updates.set_trusted(vec![KeyPair::generate().public()]);
    let (port, release, server) = stalling_server();
    jol.call_typed(
        &SetSetting {
            settings: Settings {
                update_sources: Some(vec![format!("http://127.0.0.1:{port}/packs")]),
                auto_update: Some(false),
                ..Settings::default()
            },
        },
        Transport::Ipc,
    )
    .expect("set the source");
    let status = jol
        .call_typed(&CheckUpdates {}, Transport::Ipc)
        .expect("check starts");
    assert!(status.phase.is_busy(), "{status:?}");

    let import = ImportUpdate {
        name: "from-a-friend.jolpack".into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(b"any bytes"),
    };
    let err = jol
        .call_typed(&import, Transport::Ipc)
        .expect_err("a file picked while an update runs must not be reported as taken");
    assert_eq!(err.code, ErrorCode::Busy, "{err:?}");
    assert_eq!(err.params["name"], "from-a-friend.jolpack");

    release.send(()).expect("release");
    server.join().expect("server");
    wait_idle(&jol);
    // The dropped file left nothing behind.
    let leftovers: Vec<_> = std::fs::read_dir(data.path().join("sync-cache"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        leftovers
            .iter()
            .all(|n| !n.to_string_lossy().starts_with("import-")),
        "{leftovers:?}"
    );
}
