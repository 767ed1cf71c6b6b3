//! Signed updates against real parts: real key files, real pack directories, a real SQLite
//! content database beside a real user database, and real HTTP servers on 127.0.0.1.

use jol_sync::format::{manifest_file, Manifest};
use jol_sync::{
    build_from_items, verify_dir, BuildOptions, KeyPair, PublicKey, Source, SyncError, SyncOutcome,
    Updater,
};
use jol_types::{Item, Locale};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content")
}

/// The real dataset's items, checked and derived, as `jol pack build` sees them.
fn items() -> Vec<Item> {
    static ITEMS: std::sync::OnceLock<Vec<Item>> = std::sync::OnceLock::new();
    ITEMS
        .get_or_init(|| {
            let files = jol_content::load_dir(&content_dir()).expect("content loads");
            let report = jol_content::check_dir(&files, jol_sync::now().div_euclid(86_400));
            assert!(!report.has_errors(), "the content has errors");
            let mut items: Vec<Item> = report.items.into_iter().map(|(_, i)| i).collect();
            items
                .iter_mut()
                .for_each(jol_content::derive::add_uz_cyrillic);
            items
        })
        .clone()
}

/// The items with one title changed, so the change shows in a delta.
fn edited(mut items: Vec<Item>, suffix: &str) -> Vec<Item> {
    let t = items[0].text.get_mut(&Locale::En).expect("English text");
    t.title.push_str(suffix);
    items
}

fn build(key: &KeyPair, out: &Path, items: Vec<Item>, now: i64, prev: Option<&Path>) -> u64 {
    let mut opts = BuildOptions::new(&content_dir(), key, out);
    opts.now = now;
    opts.previous = prev.map(Path::to_path_buf);
    build_from_items(&opts, items).expect("pack builds").version
}

/// A data directory as the app leaves it: content.db installed from the built-in dataset, and a
/// user.db with a bookmark in it.
fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = jol_core::Jol::open(dir.path(), jol_dataset::builtin()).expect("jol opens");
    jol.call(
        "set_setting",
        serde_json::json!({"settings": {"locale": "ru"}}),
        jol_core::Transport::Ipc,
    )
    .ok();
    drop(jol);
    dir
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

fn installed_hash(dir: &Path) -> String {
    jol_content::content_hash(&jol_sync::installed_items(dir).expect("installed")).expect("hash")
}

fn updater(source: Source, key: &PublicKey, dir: &Path, now: i64) -> Updater {
    let mut u = Updater::new(source, vec![*key], dir).expect("updater");
    u.now = now;
    u
}

fn m2_full_size(dir: &Path, key: &PublicKey) -> u64 {
    let m = verify_dir(dir, &[*key], T0).unwrap().manifest;
    eprintln!("full pack: {} bytes on the wire", m.full.size);
    m.full.size
}

/// A way to spoil a copied pack directory.
type Spoil<'a> = Box<dyn Fn(&Path) + 'a>;

const T0: i64 = 1_900_000_000;

#[test]
fn keygen_build_verify_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let key_path = tmp.path().join("KEY");
    let key = KeyPair::generate();
    let pub_path = key.write(&key_path).expect("writes keys");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the secret key is private");
    }
    let key = KeyPair::read(&key_path).expect("reads the key back");
    let public = jol_sync::read_public_key_arg(pub_path.to_str().unwrap()).expect("pub file");
    assert_eq!(public, key.public());
    assert_eq!(
        jol_sync::read_public_key_arg(&public.hex()).unwrap(),
        public
    );

    let out = tmp.path().join("packs");
    let mut opts = BuildOptions::new(&content_dir(), &key, &out);
    opts.now = T0;
    let built = jol_sync::build_packs(&opts).expect("builds from assets/content");
    assert_eq!(built.version, T0 as u64);
    let v = verify_dir(&out, &[public], T0 + 60).expect("verifies");
    assert_eq!(v.manifest.item_count, built.item_count);
    assert_eq!(v.manifest.content_hash, built.content_hash);
    assert!(
        built.full.size < 1024 * 1024,
        "full pack {} bytes",
        built.full.size
    );
}

fn flip_byte(path: &Path, at: usize) {
    let mut b = bytes(path);
    let i = at % b.len();
    b[i] ^= 0x01;
    std::fs::write(path, b).unwrap();
}

#[test]
fn tampering_and_wrong_keys_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let good = tmp.path().join("good");
    build(&key, &good, items(), T0, None);
    let m: Manifest = {
        let v = verify_dir(&good, &[key.public()], T0).expect("good verifies");
        v.manifest
    };
    let copy = |name: &str| {
        let d = tmp.path().join(name);
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(&good).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), d.join(e.file_name())).unwrap();
        }
        d
    };

    // A flipped bit in a pack.
    let d = copy("pack");
    flip_byte(&d.join(&m.full.name), 1000);
    let e = verify_dir(&d, &[key.public()], T0).unwrap_err();
    assert!(matches!(e, SyncError::Hash { .. }), "{e}");

    // A flipped bit in the manifest (pinned by the timestamp's hash).
    let d = copy("manifest");
    flip_byte(&d.join(manifest_file(m.version)), 40);
    let e = verify_dir(&d, &[key.public()], T0).unwrap_err();
    assert!(matches!(e, SyncError::Hash { .. }), "{e}");

    // A flipped bit in the timestamp's signed payload, and in its signature.
    for (name, needle) in [("payload", "\"signed\": \""), ("sig", "\"sig\": \"")] {
        let d = copy(name);
        let p = d.join("timestamp.json");
        let text = String::from_utf8(bytes(&p)).unwrap();
        let at = text.find(needle).unwrap() + needle.len() + 5;
        let mut b = text.into_bytes();
        // Swap one base64 letter for another, so the file still parses as base64.
        b[at] = if b[at] == b'A' { b'B' } else { b'A' };
        std::fs::write(&p, b).unwrap();
        let e = verify_dir(&d, &[key.public()], T0).unwrap_err();
        assert!(matches!(e, SyncError::BadSignature { .. }), "{name}: {e}");
    }

    // The right files, the wrong key.
    let other = KeyPair::generate();
    let e = verify_dir(&good, &[other.public()], T0).unwrap_err();
    assert!(matches!(e, SyncError::BadSignature { .. }), "{e}");

    // Mix and match: another version's pack put in place of this one's.
    let d = copy("mix");
    let other_dir = tmp.path().join("other");
    build(&key, &other_dir, edited(items(), " (other)"), T0 + 5, None);
    let om = verify_dir(&other_dir, &[key.public()], T0)
        .unwrap()
        .manifest;
    std::fs::copy(other_dir.join(&om.full.name), d.join(&m.full.name)).unwrap();
    assert!(verify_dir(&d, &[key.public()], T0).is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn full_then_delta_and_rollback_and_freeze() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    let v2 = tmp.path().join("v2");
    let n1 = build(&key, &v1, edited(items(), " (1)"), T0, None);
    let n2 = build(&key, &v2, edited(items(), " (2)"), T0 + 100, Some(&v1));
    assert!(n2 > n1);

    let data = data_dir();
    let user_before = bytes(&data.path().join("user.db"));

    // Full pack from a folder (a USB stick).
    let out = updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0 + 10)
        .run()
        .await
        .expect("v1 applies");
    let SyncOutcome::Updated { version, .. } = out else {
        panic!("expected an update, got {out:?}")
    };
    assert_eq!(version, n1);

    // The delta: only the changed item travels.
    let out = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        data.path(),
        T0 + 200,
    )
    .run()
    .await
    .expect("v2 applies");
    let SyncOutcome::Updated {
        version,
        changed,
        used_delta,
        bytes_fetched,
        added,
        removed,
    } = out
    else {
        panic!("expected an update")
    };
    assert_eq!(version, n2);
    assert!(used_delta);
    // Whole items travel (every locale of the changed item), so this is well under the full
    // pack but not yet the 2 KB goal, which needs field-level deltas.
    assert!(
        bytes_fetched < m2_full_size(&v2, &key.public()) / 5,
        "one-item delta is {bytes_fetched} bytes"
    );
    eprintln!("one-item delta: {bytes_fetched} bytes on the wire");
    assert_eq!(changed.len(), 1);
    assert!(changed[0].title(Locale::En).ends_with(" (2)"));
    assert!(changed[0].titles.len() > 1, "titled in every locale");
    assert!(added.is_empty() && removed.is_empty());
    let m2 = verify_dir(&v2, &[key.public()], T0 + 200).unwrap().manifest;
    assert_eq!(installed_hash(data.path()), m2.content_hash);

    // The same version from the full pack gives the same content hash.
    let fresh = data_dir();
    let mut u = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        fresh.path(),
        T0 + 200,
    );
    u.on_progress(|_| {});
    let out = u.run().await.expect("full v2");
    assert!(matches!(
        out,
        SyncOutcome::Updated {
            used_delta: false,
            ..
        }
    ));
    assert_eq!(installed_hash(fresh.path()), installed_hash(data.path()));

    // The app reads the synced content, and says it came by sync.
    let jol = jol_core::Jol::open(data.path(), jol_dataset::builtin()).unwrap();
    jol.with_content(|c| {
        assert_eq!(c.meta().content_hash, m2.content_hash);
        assert_eq!(c.meta().origin, jol_core::content_store::Origin::Sync);
    });
    drop(jol);

    // Rollback: the older signed version is refused, content untouched.
    let content_before = bytes(&data.path().join("content.db"));
    let e = updater(
        Source::Dir(v1.clone()),
        &key.public(),
        data.path(),
        T0 + 300,
    )
    .run()
    .await
    .unwrap_err();
    assert!(matches!(e, SyncError::Rollback { .. }), "{e}");
    assert_eq!(bytes(&data.path().join("content.db")), content_before);

    // Freeze: an expired timestamp blocks new data, and the installed content is still served.
    let v3 = tmp.path().join("v3");
    build(&key, &v3, edited(items(), " (3)"), T0 + 400, Some(&v2));
    let late = T0 + 400 + 8 * 86_400;
    let e = updater(Source::Dir(v3.clone()), &key.public(), data.path(), late)
        .run()
        .await
        .unwrap_err();
    assert!(matches!(e, SyncError::Expired { .. }), "{e}");
    assert_eq!(bytes(&data.path().join("content.db")), content_before);
    let jol = jol_core::Jol::open(data.path(), jol_dataset::builtin()).unwrap();
    let n = jol.with_content(|c| c.all_items().unwrap().len());
    assert_eq!(n as u64, m2.item_count);
    drop(jol);

    // Up to date: nothing applied twice.
    let out = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        data.path(),
        T0 + 300,
    )
    .run()
    .await
    .unwrap();
    assert_eq!(out, SyncOutcome::UpToDate { version: n2 });

    assert_eq!(bytes(&data.path().join("user.db")), user_before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_app_reloads_the_synced_content() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (live)"), T0, None);
    let data = data_dir();
    let jol = jol_core::Jol::open(data.path(), jol_dataset::builtin()).unwrap();
    updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0)
        .run()
        .await
        .expect("applies");
    jol.reload_content().expect("reloads");
    let m = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    jol.with_content(|c| assert_eq!(c.meta().content_hash, m.content_hash));
}

#[test]
fn a_failed_apply_leaves_content_and_user_data_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, items(), T0, None);
    let mut m = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    let data = data_dir();
    let content_before = bytes(&data.path().join("content.db"));
    let user_before = bytes(&data.path().join("user.db"));

    m.item_count += 1;
    let e = jol_sync::apply_items(data.path(), &items(), &m).unwrap_err();
    assert!(matches!(e, SyncError::Promise(_)), "{e}");
    m.item_count -= 1;
    m.content_hash = "0".repeat(64);
    let e = jol_sync::apply_items(data.path(), &items(), &m).unwrap_err();
    assert!(matches!(e, SyncError::Promise(_)), "{e}");

    assert_eq!(bytes(&data.path().join("content.db")), content_before);
    assert_eq!(bytes(&data.path().join("user.db")), user_before);
    assert!(!data.path().join("content.db.sync-part").exists());
}

/// A small HTTP/1.1 file server for one pack directory: honours `Range: bytes=N-`, and when
/// `drop_pack` is set, sends only half of the next pack's body and closes the connection.
async fn flaky_server(
    dir: PathBuf,
    drop_pack: Arc<AtomicBool>,
    ranges: Arc<AtomicUsize>,
) -> String {
    flaky_server_with(dir, drop_pack, Arc::new(AtomicBool::new(false)), ranges).await
}

/// As [`flaky_server`]; when `stall` is set, the next pack's body stops halfway and the
/// connection stays open, silent.
async fn flaky_server_with(
    dir: PathBuf,
    drop_pack: Arc<AtomicBool>,
    stall: Arc<AtomicBool>,
    ranges: Arc<AtomicUsize>,
) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let dir = dir.clone();
            let drop_pack = drop_pack.clone();
            let stall = stall.clone();
            let ranges = ranges.clone();
            tokio::spawn(async move {
                let mut req = Vec::new();
                let mut buf = [0u8; 1024];
                while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => req.extend_from_slice(&buf[..n]),
                    }
                }
                let req = String::from_utf8_lossy(&req).to_string();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                let name = path.trim_start_matches('/');
                let Ok(body) = std::fs::read(dir.join(name)) else {
                    let _ = sock
                        .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                        .await;
                    return;
                };
                let start = req
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("range: bytes=")
                            .map(str::to_string)
                    })
                    .and_then(|r| r.trim_end_matches('-').parse::<usize>().ok());
                let (status, slice, extra) = match start {
                    Some(s) => {
                        ranges.fetch_add(1, Ordering::SeqCst);
                        (
                            "206 Partial Content",
                            &body[s..],
                            format!(
                                "content-range: bytes {s}-{}/{}\r\n",
                                body.len() - 1,
                                body.len()
                            ),
                        )
                    }
                    None => ("200 OK", &body[..], String::new()),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\ncontent-length: {}\r\n{extra}connection: close\r\n\r\n",
                    slice.len()
                );
                let _ = sock.write_all(head.as_bytes()).await;
                if name.ends_with(".pack")
                    && start.is_none()
                    && drop_pack.swap(false, Ordering::SeqCst)
                {
                    let _ = sock.write_all(&slice[..slice.len() / 2]).await;
                    let _ = sock.flush().await;
                    return; // closes mid-body
                }
                if name.ends_with(".pack") && start.is_none() && stall.swap(false, Ordering::SeqCst)
                {
                    let _ = sock.write_all(&slice[..slice.len() / 2]).await;
                    let _ = sock.flush().await;
                    tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                    return;
                }
                let _ = sock.write_all(slice).await;
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread")]
async fn an_interrupted_download_resumes_over_http() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (http)"), T0, None);
    let m = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    let drop_pack = Arc::new(AtomicBool::new(true));
    let ranges = Arc::new(AtomicUsize::new(0));
    let base = flaky_server(v1.clone(), drop_pack.clone(), ranges.clone()).await;

    let data = data_dir();
    let content_before = bytes(&data.path().join("content.db"));
    let e = updater(Source::parse(&base), &key.public(), data.path(), T0)
        .run()
        .await
        .unwrap_err();
    assert!(matches!(e, SyncError::Http { .. }), "{e}");
    assert_eq!(bytes(&data.path().join("content.db")), content_before);
    let part = data
        .path()
        .join("sync-cache")
        .join(format!("{}.part", m.full.name));
    let partial = std::fs::metadata(&part)
        .expect("the .part file is kept")
        .len();
    assert!(partial > 0 && partial < m.full.size);

    let out = updater(Source::parse(&base), &key.public(), data.path(), T0)
        .run()
        .await
        .expect("resumes and applies");
    assert!(matches!(out, SyncOutcome::Updated { .. }));
    assert_eq!(
        ranges.load(Ordering::SeqCst),
        1,
        "resumed with a Range request"
    );
    assert_eq!(installed_hash(data.path()), m.content_hash);
    assert!(!part.exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_classroom_peer_publishes_its_packs() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (peer)"), T0, None);
    std::fs::write(tmp.path().join("secret.txt"), "no").unwrap();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = jol_server::packs_router(v1.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let base = format!("http://{addr}/packs");
    let data = data_dir();
    let out = updater(Source::parse(&base), &key.public(), data.path(), T0)
        .run()
        .await
        .expect("syncs from the peer");
    assert!(matches!(out, SyncOutcome::Updated { .. }));

    let client = reqwest::Client::new();
    for bad in [
        "/packs/..%2Fsecret.txt",
        "/packs/%2E%2E%2Fsecret.txt",
        "/packs/secret.txt",
        "/packs/../secret.txt",
    ] {
        let r = client
            .get(format!("http://{addr}{bad}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404, "{bad}");
    }
    // Range is honoured.
    let r = client
        .get(format!("{base}/timestamp.json"))
        .header("Range", "bytes=10-")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 206);
    let full = bytes(&v1.join("timestamp.json"));
    assert_eq!(r.bytes().await.unwrap().as_ref(), &full[10..]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_mirror_times_out_and_the_download_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (stall)"), T0, None);
    let m = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    let stall = Arc::new(AtomicBool::new(true));
    let ranges = Arc::new(AtomicUsize::new(0));
    let base = flaky_server_with(
        v1.clone(),
        Arc::new(AtomicBool::new(false)),
        stall.clone(),
        ranges.clone(),
    )
    .await;
    let data = data_dir();
    let content_before = bytes(&data.path().join("content.db"));
    let mut u = updater(Source::parse(&base), &key.public(), data.path(), T0);
    u.set_read_timeout(std::time::Duration::from_secs(1))
        .unwrap();
    let started = std::time::Instant::now();
    let e = u.run().await.unwrap_err();
    assert!(matches!(e, SyncError::Http { .. }), "{e}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(bytes(&data.path().join("content.db")), content_before);
    let out = u.run().await.expect("resumes");
    assert!(matches!(out, SyncOutcome::Updated { .. }));
    assert_eq!(ranges.load(Ordering::SeqCst), 1);
    assert_eq!(installed_hash(data.path()), m.content_hash);
}

#[tokio::test(flavor = "multi_thread")]
async fn truncated_oversized_and_tampered_files_are_refused_by_the_client() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let good = tmp.path().join("good");
    build(&key, &good, edited(items(), " (t)"), T0, None);
    let m = verify_dir(&good, &[key.public()], T0).unwrap().manifest;
    let data = data_dir();
    let content_before = bytes(&data.path().join("content.db"));
    let user_before = bytes(&data.path().join("user.db"));
    let variants: Vec<(&str, Spoil)> = vec![
        (
            "truncated pack",
            Box::new(|d: &Path| {
                let p = d.join(&m.full.name);
                let b = bytes(&p);
                std::fs::write(&p, &b[..b.len() - 10]).unwrap();
            }),
        ),
        (
            "oversized pack",
            Box::new(|d: &Path| {
                let p = d.join(&m.full.name);
                let mut b = bytes(&p);
                b.extend_from_slice(&[0u8; 100]);
                std::fs::write(&p, b).unwrap();
            }),
        ),
        (
            "flipped pack",
            Box::new(|d: &Path| flip_byte(&d.join(&m.full.name), 77)),
        ),
        (
            "oversized timestamp",
            Box::new(|d: &Path| {
                let p = d.join("timestamp.json");
                let mut b = bytes(&p);
                b.extend(std::iter::repeat_n(b' ', 20_000));
                std::fs::write(&p, b).unwrap();
            }),
        ),
    ];
    for (i, (what, spoil)) in variants.iter().enumerate() {
        let d = tmp.path().join(format!("bad{i}"));
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(&good).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), d.join(e.file_name())).unwrap();
        }
        spoil(&d);
        let base = flaky_server(
            d.clone(),
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicUsize::new(0)),
        )
        .await;
        for source in [Source::Dir(d.clone()), Source::parse(&base)] {
            let r = updater(source, &key.public(), data.path(), T0).run().await;
            assert!(r.is_err(), "{what}: {r:?}");
            assert_eq!(
                bytes(&data.path().join("content.db")),
                content_before,
                "{what}"
            );
        }
    }
    assert_eq!(bytes(&data.path().join("user.db")), user_before);
}
