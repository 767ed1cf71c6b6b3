//! Signed updates against real parts: real key files, real pack directories, a real SQLite
//! content database beside a real user database, and real HTTP servers on 127.0.0.1.

use jol_native::format::{manifest_file, Manifest};
use jol_native::{
    build_from_items, verify_dir, BuildOptions, KeyFile, KeyPair, PublicKey, Source, SyncError,
    SyncOutcome, Updater,
};
use jol_types::{Item, Locale};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content")
}

/// The real dataset's items, checked and derived, as `jol pack build` sees them.
fn items() -> Vec<Item> {
    static ITEMS: std::sync::OnceLock<Vec<Item>> = std::sync::OnceLock::new();
    ITEMS
        .get_or_init(|| {
            let files = jol_content::load_dir(&content_dir()).expect("content loads");
            let report = jol_content::check_dir(&files, jol_native::now().div_euclid(86_400));
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
    let jol = jol_native::open(dir.path(), jol_dataset::builtin()).expect("jol opens");
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
    jol_content::content_hash(&jol_native::installed_items(dir).expect("installed")).expect("hash")
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
    let public = jol_native::read_public_key_arg(pub_path.to_str().unwrap()).expect("pub file");
    assert_eq!(public, key.public());
    assert_eq!(
        jol_native::read_public_key_arg(&public.hex()).unwrap(),
        public
    );

    let out = tmp.path().join("packs");
    let mut opts = BuildOptions::new(&content_dir(), &key, &out);
    opts.now = T0;
    let built = jol_native::build_packs(&opts).expect("builds from assets/content");
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
    for (name, needle) in [("payload", "\"signed\":\""), ("sig", "\"sig\":\"")] {
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
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).unwrap();
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
    // A frozen mirror: the timestamp's expiry is for online sources (a folder is taken, see
    // `an_expired_timestamp_is_taken_from_a_folder_or_file_but_not_from_a_mirror`).
    let mirror = flaky_server(
        v3.clone(),
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
    )
    .await;
    let e = updater(Source::parse(&mirror), &key.public(), data.path(), late)
        .run()
        .await
        .unwrap_err();
    assert!(matches!(e, SyncError::Expired { .. }), "{e}");
    assert_eq!(bytes(&data.path().join("content.db")), content_before);
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).unwrap();
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
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).unwrap();
    updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0)
        .run()
        .await
        .expect("applies");
    jol.replace_content(jol_native::store_files::reopen_content(data.path()).expect("reloads"));
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
    let e = jol_native::apply_items(data.path(), &items(), &m).unwrap_err();
    assert!(matches!(e, SyncError::Promise(_)), "{e}");
    m.item_count -= 1;
    m.content_hash = "0".repeat(64);
    let e = jol_native::apply_items(data.path(), &items(), &m).unwrap_err();
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

/// The items with one phone number of the first contact item changed: one fact.
fn phone_changed(mut items: Vec<Item>, digits: &str) -> Vec<Item> {
    let contact = items
        .iter_mut()
        .find_map(|i| i.contact.as_mut().filter(|c| !c.phones.is_empty()))
        .expect("a contact with a phone");
    let n = &mut contact.phones[0].number;
    n.truncate(n.len() - digits.len());
    n.push_str(digits);
    items
}

/// Every row of the tables the app and the search read, as text, except what legitimately
/// differs between an update in place and a fresh build (origin, the index's generation).
fn rows(conn: &rusqlite::Connection) -> Vec<String> {
    let mut out = Vec::new();
    for (table, order) in [
        ("meta", "key"),
        ("item", "id"),
        ("item_text", "id, locale"),
        ("item_country", "id, role, country"),
        ("search_items", "item"),
        ("search_docs", "doc"),
        ("search_vocab", "word, key"),
        ("search_marks", "mark"),
        ("search_meta", "key"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .unwrap();
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(r) = q.next().unwrap() {
            let vals: Vec<String> = (0..n)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    v => format!("{v:?}"),
                })
                .collect();
            let line = format!("{table}: {}", vals.join(" | "));
            if line.starts_with("meta: origin |")
                || line.starts_with("meta: sync_version |")
                || line.starts_with("search_meta: generation |")
            {
                continue;
            }
            out.push(line);
        }
    }
    out
}

fn search_all(conn: &rusqlite::Connection) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (q, locale) in [
        ("patent", Locale::En),
        ("регистрация", Locale::Ru),
        ("hotline", Locale::En),
        ("ishga", Locale::Uz),
        ("телефон доверия", Locale::Ru),
        ("9711", Locale::En),
    ] {
        let reply = jol_search::search(
            conn,
            &jol_types::api::Search {
                query: q.into(),
                locale,
                country: None,
                limit: Some(20),
            },
        )
        .unwrap();
        for h in reply.hits {
            out.push((
                q.to_string(),
                format!("{} {} {:.6}", h.id, h.title, h.score),
            ));
        }
    }
    out
}

#[test]
fn an_update_in_place_gives_what_a_fresh_build_gives() {
    let tmp = tempfile::tempdir().unwrap();
    let old = items();
    // One fact, one translated text, and (second round) an added and a removed item.
    let mut changed = phone_changed(old.clone(), "99");
    changed[3]
        .text
        .get_mut(&Locale::Ru)
        .expect("Russian text")
        .summary
        .push_str(" Телефон доверия.");
    let mut grown = changed.clone();
    let mut extra = grown[5].clone();
    extra.id = format!("{}-copy", extra.id);
    grown.push(extra);
    grown.remove(1);
    grown.sort_by(|a, b| a.id.cmp(&b.id));

    for (name, new) in [("changed", &changed), ("grown", &grown)] {
        let path = tmp.path().join(format!("{name}.db"));
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        jol_content::compile_items(&mut conn, &old).unwrap();
        let gen_before: String = conn
            .query_row(
                "SELECT value FROM search_meta WHERE key = 'generation'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let tx = conn.transaction().unwrap();
        let info = jol_content::compile::update_items(&tx, &old, new).unwrap();
        tx.commit().unwrap();
        let mut fresh = rusqlite::Connection::open_in_memory().unwrap();
        let fresh_info = jol_content::compile_items(&mut fresh, new).unwrap();
        assert_eq!(info, fresh_info, "{name}");
        let (a, b) = (rows(&conn), rows(&fresh));
        assert_eq!(a.len(), b.len(), "{name}");
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x, y, "{name}");
        }
        assert_eq!(search_all(&conn), search_all(&fresh), "{name}");
        let gen_after: String = conn
            .query_row(
                "SELECT value FROM search_meta WHERE key = 'generation'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_ne!(gen_before, gen_after, "{name}: a new index generation");
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        conn.execute(
            "INSERT INTO search_fts(search_fts) VALUES ('integrity-check')",
            [],
        )
        .expect("the FTS index is consistent");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delta_of_patches_is_small_and_gives_the_full_packs_content() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, items(), T0, None);
    let v2 = tmp.path().join("v2");
    let new = phone_changed(items(), "42");
    build(&key, &v2, new.clone(), T0 + 100, Some(&v1));
    let m2 = verify_dir(&v2, &[key.public()], T0 + 100).unwrap().manifest;
    let d = &m2.deltas[0];
    let delta: jol_native::Delta =
        jol_native::format::parse_pack(&d.pack.name, &bytes(&v2.join(&d.pack.name))).unwrap();
    assert!(delta.add.is_empty() && delta.remove.is_empty());
    assert_eq!(delta.patch.len(), 1);
    let patch = delta.patch[0].patch.to_string();
    assert!(
        patch.contains("42") && !patch.contains("\"text\""),
        "{patch}"
    );

    let data = data_dir();
    let user_before = bytes(&data.path().join("user.db"));
    updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0 + 10)
        .run()
        .await
        .expect("v1");
    let out = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        data.path(),
        T0 + 200,
    )
    .run()
    .await
    .expect("v2");
    let SyncOutcome::Updated {
        used_delta,
        bytes_fetched,
        changed,
        ..
    } = out
    else {
        panic!("expected an update")
    };
    assert!(used_delta);
    eprintln!("one-fact change: {bytes_fetched} bytes on the wire");
    assert!(bytes_fetched <= 2048, "{bytes_fetched} bytes");
    assert_eq!(changed.len(), 1);
    assert_eq!(installed_hash(data.path()), m2.content_hash);

    // The same as a fresh database from the full pack, row for row.
    let fresh = data_dir();
    updater(
        Source::Dir(v2.clone()),
        &key.public(),
        fresh.path(),
        T0 + 200,
    )
    .run()
    .await
    .expect("full v2");
    let a = rusqlite::Connection::open(data.path().join("content.db")).unwrap();
    let b = rusqlite::Connection::open(fresh.path().join("content.db")).unwrap();
    assert_eq!(rows(&a), rows(&b));
    assert_eq!(search_all(&a), search_all(&b));
    drop((a, b));
    // The app opens it (integrity, schema, content hash) and says it came by sync.
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).unwrap();
    jol.with_content(|c| {
        assert_eq!(c.meta().content_hash, m2.content_hash);
        assert_eq!(c.meta().origin, jol_core::content_store::Origin::Sync);
    });
    drop(jol);
    assert_eq!(bytes(&data.path().join("user.db")), user_before);
}

/// Re-signs a copied directory's manifest (with `edit` applied) and its timestamp.
fn resign(dir: &Path, key: &KeyPair, edit: impl FnOnce(&mut Manifest)) {
    use jol_native::format::{open, seal, Timestamp};
    let ts: Timestamp = open("ts", &bytes(&dir.join("timestamp.json")), &[key.public()]).unwrap();
    let mut m: Manifest = open(
        "manifest",
        &bytes(&dir.join(&ts.manifest.name)),
        &[key.public()],
    )
    .unwrap();
    edit(&mut m);
    let mb = seal(&m, key).unwrap();
    std::fs::write(dir.join(&ts.manifest.name), &mb).unwrap();
    let mut ts = ts;
    ts.manifest.sha256 = jol_native::sha256_hex(&mb);
    ts.manifest.size = mb.len() as u64;
    std::fs::write(dir.join("timestamp.json"), seal(&ts, key).unwrap()).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delta_whose_result_does_not_match_falls_back_to_the_full_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, items(), T0, None);
    let v2 = tmp.path().join("v2");
    build(&key, &v2, phone_changed(items(), "77"), T0 + 100, Some(&v1));
    // A signed delta that patches the wrong number in: a publisher's bug.
    let wrong = jol_native::make_delta(&items(), &phone_changed(items(), "66")).unwrap();
    let packed = jol_native::format::compress(&serde_json::to_vec(&wrong).unwrap()).unwrap();
    let sha = jol_native::sha256_hex(&packed);
    std::fs::write(v2.join(format!("{sha}.pack")), &packed).unwrap();
    resign(&v2, &key, |m| {
        m.deltas[0].pack = jol_native::PackRef {
            name: format!("{sha}.pack"),
            sha256: sha.clone(),
            size: packed.len() as u64,
        };
    });

    let data = data_dir();
    updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0 + 10)
        .run()
        .await
        .expect("v1");
    let m2 = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    assert_eq!(installed_hash(data.path()), m2.content_hash);
    let out = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        data.path(),
        T0 + 200,
    )
    .run()
    .await
    .expect("falls back to the full pack");
    let SyncOutcome::Updated {
        used_delta,
        bytes_fetched,
        ..
    } = out
    else {
        panic!("expected an update")
    };
    assert!(!used_delta);
    assert!(
        bytes_fetched > packed.len() as u64 + 10_000,
        "the full pack came too"
    );
    let m = jol_native::format::open::<Manifest>(
        "m",
        &bytes(&v2.join(manifest_file(T0 as u64 + 100))),
        &[key.public()],
    )
    .unwrap();
    assert_eq!(installed_hash(data.path()), m.content_hash);
    // `jol pack verify` catches the publisher's bug.
    let e = verify_dir(&v2, &[key.public()], T0 + 200).unwrap_err();
    assert!(matches!(e, SyncError::Promise(_)), "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_is_a_source_and_tampered_entries_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (bundle)"), T0, None);
    let file = tmp.path().join("update.jolpack");
    jol_native::bundle::write_bundle(&v1, &file).expect("bundles");
    assert!(matches!(
        Source::parse(file.to_str().unwrap()),
        Source::Bundle(_)
    ));
    assert!(matches!(
        Source::parse(v1.to_str().unwrap()),
        Source::Dir(_)
    ));
    assert!(matches!(
        Source::parse("https://example.org/packs/"),
        Source::Http(_)
    ));

    verify_dir(&file, &[key.public()], T0).expect("`jol pack verify` takes a bundle too");
    let data = data_dir();
    let content_before = bytes(&data.path().join("content.db"));
    let entries = jol_native::bundle::read_entries(&file).unwrap();
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "timestamp.json");
    for (i, what) in [(1, "manifest"), (2, "full pack")] {
        let mut spoiled = entries.clone();
        let b = &mut spoiled[i].1;
        let at = b.len() / 2;
        b[at] ^= 0x01;
        let bad = tmp.path().join(format!("bad{i}.jolpack"));
        let mut f = std::fs::File::create(&bad).unwrap();
        jol_native::bundle::write_entries(&mut f, &spoiled).unwrap();
        drop(f);
        let e = updater(
            Source::parse(bad.to_str().unwrap()),
            &key.public(),
            data.path(),
            T0,
        )
        .run()
        .await
        .unwrap_err();
        assert!(
            matches!(e, SyncError::Hash { .. } | SyncError::BadSignature { .. }),
            "{what}: {e}"
        );
        assert_eq!(bytes(&data.path().join("content.db")), content_before);
    }
    // Not a bundle at all.
    let junk = tmp.path().join("junk.jolpack");
    std::fs::write(&junk, b"hello, this is not a pack").unwrap();
    let e = updater(
        Source::parse(junk.to_str().unwrap()),
        &key.public(),
        data.path(),
        T0,
    )
    .run()
    .await
    .unwrap_err();
    assert!(e.to_string().contains("not a Jol update file"), "{e}");

    let out = updater(
        Source::parse(file.to_str().unwrap()),
        &key.public(),
        data.path(),
        T0,
    )
    .run()
    .await
    .expect("syncs from the file");
    assert!(matches!(out, SyncOutcome::Updated { .. }));
    let m = verify_dir(&v1, &[key.public()], T0).unwrap().manifest;
    assert_eq!(installed_hash(data.path()), m.content_hash);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_timestamp_is_taken_from_a_folder_or_file_but_not_from_a_mirror() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (old stick)"), T0, None);
    let file = tmp.path().join("update.jolpack");
    jol_native::bundle::write_bundle(&v1, &file).unwrap();
    let late = T0 + 30 * 86_400; // a month-old USB stick

    let base = flaky_server(
        v1.clone(),
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
    )
    .await;
    let data = data_dir();
    let e = updater(Source::parse(&base), &key.public(), data.path(), late)
        .run()
        .await
        .unwrap_err();
    assert!(
        matches!(e, SyncError::Expired { ref what, .. } if what == "timestamp"),
        "{e}"
    );

    for source in [Source::Dir(v1.clone()), Source::Bundle(file.clone())] {
        let data = data_dir();
        let out = updater(source.clone(), &key.public(), data.path(), late)
            .run()
            .await
            .unwrap_or_else(|e| panic!("{source:?}: {e}"));
        assert!(matches!(out, SyncOutcome::Updated { .. }), "{source:?}");
    }

    // The manifest's expiry still holds for every source.
    let very_late = T0 + 400 * 86_400;
    for source in [Source::Dir(v1.clone()), Source::Bundle(file.clone())] {
        let data = data_dir();
        let e = updater(source, &key.public(), data.path(), very_late)
            .run()
            .await
            .unwrap_err();
        assert!(
            matches!(e, SyncError::Expired { ref what, .. } if what == "manifest"),
            "{e}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn progress_phases_are_reported_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, edited(items(), " (progress)"), T0, None);
    let base = flaky_server(
        v1.clone(),
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
    )
    .await;
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let data = data_dir();
    let mut u = updater(Source::parse(&base), &key.public(), data.path(), T0);
    let log = seen.clone();
    u.on_progress(move |p| {
        let s = match p {
            jol_native::Progress::Checking => "checking".to_string(),
            jol_native::Progress::Downloading { file, done, total } => {
                assert!(done <= total && file.ends_with(".pack"));
                "downloading".to_string()
            }
            jol_native::Progress::Applying => "applying".to_string(),
        };
        log.lock().unwrap().push(s);
    });
    u.run().await.expect("syncs");
    let mut phases = seen.lock().unwrap().clone();
    phases.dedup();
    assert_eq!(phases, ["checking", "downloading", "applying"]);

    // One update of a data directory at a time.
    let held = std::fs::File::open(data.path().join("sync.lock")).unwrap();
    held.lock().unwrap();
    let e = u.run().await.unwrap_err();
    assert!(matches!(e, SyncError::Busy), "{e}");
    drop(held);

    // Up to date: only the check.
    seen.lock().unwrap().clear();
    u.run().await.expect("up to date");
    assert_eq!(*seen.lock().unwrap(), ["checking"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn installed_content_that_does_not_match_its_recorded_hash_still_updates_correctly() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate();
    let v1 = tmp.path().join("v1");
    build(&key, &v1, items(), T0, None);
    let v2 = tmp.path().join("v2");
    build(&key, &v2, phone_changed(items(), "31"), T0 + 100, Some(&v1));
    let data = data_dir();
    updater(Source::Dir(v1.clone()), &key.public(), data.path(), T0 + 10)
        .run()
        .await
        .expect("v1");
    // One item's row changed behind the recorded hash's back (the app would notice at its next
    // start; a sync must not make it worse).
    let conn = rusqlite::Connection::open(data.path().join("content.db")).unwrap();
    let mut it = items();
    it[2]
        .text
        .get_mut(&Locale::En)
        .unwrap()
        .title
        .push_str(" (damaged)");
    conn.execute(
        "UPDATE item SET json = ?1 WHERE id = ?2",
        rusqlite::params![serde_json::to_string(&it[2]).unwrap(), it[2].id],
    )
    .unwrap();
    drop(conn);

    let out = updater(
        Source::Dir(v2.clone()),
        &key.public(),
        data.path(),
        T0 + 200,
    )
    .run()
    .await
    .expect("v2");
    // The delta the recorded hash picked does not give the promised content: the full pack does.
    assert!(
        matches!(
            out,
            SyncOutcome::Updated {
                used_delta: false,
                ..
            }
        ),
        "{out:?}"
    );
    let m2 = verify_dir(&v2, &[key.public()], T0 + 200).unwrap().manifest;
    assert_eq!(installed_hash(data.path()), m2.content_hash);
    let fresh = tempfile::tempdir().unwrap();
    let mut c = rusqlite::Connection::open(fresh.path().join("c.db")).unwrap();
    jol_content::compile_items(&mut c, &phone_changed(items(), "31")).unwrap();
    let a = rusqlite::Connection::open(data.path().join("content.db")).unwrap();
    assert_eq!(rows(&a), rows(&c));
}
