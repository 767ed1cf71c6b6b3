//! `jol serve --https` and `--app DIR` on real sockets: the classroom CA is name-constrained and
//! its key private, rustls/webpki accepts a leaf inside the constraints and refuses one outside,
//! the plain-http port serves the certificate and the install page in every locale and nothing
//! else, the app answers over TLS, and an app folder is served with the right types and nothing
//! outside it.

use jol_server::tls::ca::{CaError, CaStatus, ClassroomCa};
use jol_server::tls::{bind_https, HttpsOptions};
use jol_types::Locale;
use rustls::client::danger::ServerCertVerifier as _;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

mod common;
use common::{get_request as get, split};

const NAME: &str = "classroom.jol.test";

fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| s.to_string()).collect()
}

fn ca_in(dir: &std::path::Path) -> ClassroomCa {
    let (ca, status) = ClassroomCa::open(&dir.join("classroom-ca"), &names(&[NAME])).expect("CA");
    assert_eq!(status, CaStatus::Created);
    ca
}

/// What rustls (webpki) says of `leaf` for `name`, trusting only the classroom CA.
fn verify(ca: &ClassroomCa, leaf: &CertificateDer<'static>, name: &str) -> Result<(), String> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca.cert_der().clone()).expect("the CA as a root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier =
        rustls::client::WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .expect("verifier");
    let name = ServerName::try_from(name.to_string()).expect("server name");
    verifier
        .verify_server_cert(leaf, &[], &name, &[], UnixTime::now())
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

#[test]
fn the_ca_is_name_constrained_critically_and_only_signs_leaves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ca = ca_in(dir.path());
    let (_, cert) = x509_parser::parse_x509_certificate(ca.cert_der()).expect("parse the CA");
    let nc = cert
        .name_constraints()
        .expect("one NameConstraints")
        .expect("a NameConstraints extension");
    assert!(nc.critical, "NameConstraints must be critical");
    assert!(nc.value.excluded_subtrees.is_none());
    let permitted: Vec<String> = nc
        .value
        .permitted_subtrees
        .iter()
        .flatten()
        .map(|s| format!("{:?}", s.base))
        .collect();
    let joined = permitted.join(" ");
    assert!(joined.contains(&format!("DNSName(\"{NAME}\")")), "{joined}");
    for net in [
        [10, 0, 0, 0, 255, 0, 0, 0],
        [172, 16, 0, 0, 255, 240, 0, 0],
        [192, 168, 0, 0, 255, 255, 0, 0],
    ] {
        assert!(
            joined.contains(&format!("IPAddress({net:?})")),
            "{net:?}: {joined}"
        );
    }
    // Every name type a TLS leaf could carry is constrained; mail too.
    assert!(
        joined.contains("RFC822Name(\"jol-classroom.invalid\")"),
        "{joined}"
    );
    let bc = cert
        .basic_constraints()
        .expect("bc")
        .expect("basic constraints");
    assert!(bc.value.ca && bc.critical);
    assert_eq!(bc.value.path_len_constraint, Some(0));
    assert_eq!(ca.scope().ipv4.len(), 3, "{:?}", ca.scope());
}

#[cfg(unix)]
#[test]
fn the_key_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let ca = ca_in(dir.path());
    let mode = |p: std::path::PathBuf| {
        std::fs::metadata(&p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(ca.dir().join("ca.key")), 0o600);
    assert_eq!(mode(ca.dir().to_path_buf()), 0o700);
    let key = std::fs::read_to_string(ca.dir().join("ca.key")).expect("key");
    assert!(key.contains("PRIVATE KEY"));
    // What is served is the certificate alone: no key material in it.
    assert!(!ca.cert_pem().contains("PRIVATE"));
}

#[test]
fn webpki_accepts_a_leaf_inside_the_constraints_and_refuses_one_outside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ca = ca_in(dir.path());
    let lan_ip: IpAddr = "192.168.44.10".parse().expect("ip");
    let leaf = ca
        .issue_leaf(
            &names(&[NAME, "other.example"]),
            &[lan_ip, "8.8.8.8".parse().expect("ip")],
        )
        .expect("leaf");
    assert_eq!(leaf.names, names(&[NAME]));
    assert_eq!(leaf.ips, vec![lan_ip]);
    assert_eq!(leaf.skipped, names(&["other.example", "8.8.8.8"]));
    verify(&ca, &leaf.cert, NAME).expect("the classroom name verifies");
    verify(&ca, &leaf.cert, "192.168.44.10").expect("the LAN address verifies");
    // The leaf is not for other names (the usual name check).
    assert!(verify(&ca, &leaf.cert, "www.jol.test").is_err());

    // The same CA, its own key, signs for a public name and a public address: the constraint, not
    // the signature, makes webpki refuse them.
    let (outside, _) = ca
        .sign_leaf(&names(&["other.example"]), &[])
        .expect("sign outside");
    let err = verify(&ca, &outside, "other.example").expect_err("outside the constraints");
    assert!(err.contains("NameConstraint"), "{err}");
    let (public_ip, _) = ca
        .sign_leaf(&[], &["8.8.8.8".parse().expect("ip")])
        .expect("sign outside");
    let err = verify(&ca, &public_ip, "8.8.8.8").expect_err("outside the constraints");
    assert!(err.contains("NameConstraint"), "{err}");
    // One outside name spoils the whole leaf, which is why the server leaves such names out.
    let (mixed, _) = ca
        .sign_leaf(&names(&[NAME, "bank.example"]), &[])
        .expect("sign mixed");
    assert!(verify(&ca, &mixed, NAME).is_err());
}

#[test]
fn the_ca_is_kept_and_a_name_it_does_not_cover_is_refused_with_the_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = ca_in(dir.path());
    let ca_dir = dir.path().join("classroom-ca");
    let (again, status) = ClassroomCa::open(&ca_dir, &names(&[NAME])).expect("reopen");
    assert_eq!(status, CaStatus::Loaded);
    assert_eq!(again.fingerprint(), first.fingerprint());
    assert_eq!(first.fingerprint().len(), 32 * 3 - 1);
    // A sub-name of a covered name is covered; without names the CA opens too.
    ClassroomCa::open(&ca_dir, &names(&["room2.classroom.jol.test"])).expect("sub-name");
    ClassroomCa::open(&ca_dir, &[]).expect("no names");
    match ClassroomCa::open(&ca_dir, &names(&["elsewhere.test"])) {
        Err(e @ CaError::NameNotCovered { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("elsewhere.test") && msg.contains(&ca_dir.display().to_string()),
                "{msg}"
            );
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a name outside the CA was accepted"),
    }
    assert!(matches!(
        ClassroomCa::open(&ca_dir, &names(&["bad name"])),
        Err(CaError::BadName(_))
    ));
    // A key that is not the certificate's is caught, not served with.
    std::fs::remove_file(ca_dir.join("ca.key")).expect("rm");
    let other = tempfile::tempdir().expect("temp dir");
    let other_ca = ca_in(other.path());
    std::fs::copy(other_ca.dir().join("ca.key"), ca_dir.join("ca.key")).expect("cp");
    assert!(matches!(
        ClassroomCa::open(&ca_dir, &[]),
        Err(CaError::Unreadable { .. })
    ));
}

// ---- the two ports, on real sockets ----------------------------------------------------------

struct Running {
    app: SocketAddr,
    ca: SocketAddr,
    fingerprint: String,
    ca_der: Vec<u8>,
    _stop: tokio::sync::oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

async fn start_https() -> Running {
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(dir.path(), jol_dataset::builtin()).expect("open"));
    let opts = HttpsOptions {
        names: names(&[NAME]),
        ca_port: 0,
    };
    let ca_dir = jol_server::tls::ca_dir(dir.path());
    let bound = bind_https(&ca_dir, "127.0.0.1:0".parse().expect("addr"), &opts)
        .await
        .expect("bind https");
    assert_eq!(bound.status, CaStatus::Created);
    assert_eq!(
        bound.app_urls.first(),
        Some(&format!("https://{NAME}:{}/", bound.app_addr.port()))
    );
    let ca_der = std::fs::read_to_string(ca_dir.join("ca.crt")).expect("ca.crt");
    let ca_der = {
        use rustls::pki_types::pem::PemObject as _;
        CertificateDer::from_pem_slice(ca_der.as_bytes())
            .expect("pem")
            .to_vec()
    };
    let (app, ca, fingerprint) = (bound.app_addr, bound.ca_addr, bound.fingerprint.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(bound.serve_until(jol, None, None, async {
        let _ = stopped.await;
    }));
    Running {
        app,
        ca,
        fingerprint,
        ca_der,
        _stop: stop,
        _dir: dir,
    }
}

/// One plain request; the status, the head (lower-cased) and the body bytes.
async fn plain(addr: SocketAddr, raw: &str) -> (u16, String, Vec<u8>) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(raw.as_bytes()).await.expect("send");
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.expect("read");
    split(&out)
}

#[tokio::test]
async fn the_plain_port_serves_the_certificate_and_the_page_in_every_locale_and_nothing_else() {
    let r = start_https().await;
    let (status, head, body) = plain(r.ca, &get("/classroom-ca.crt", "")).await;
    assert_eq!(status, 200, "{head}");
    assert!(
        head.contains("content-type: application/x-x509-ca-cert"),
        "{head}"
    );
    assert_eq!(body, r.ca_der, "the served certificate is the CA's, DER");

    let (status, head, _) = plain(r.ca, &get("/", "")).await;
    assert_eq!(status, 303, "{head}");
    assert!(head.contains("location: /install"), "{head}");

    let i18n = jol_i18n::I18n::new().expect("locales");
    for l in Locale::ALL {
        let (status, head, body) =
            plain(r.ca, &get(&format!("/install?lang={}", l.tag()), "")).await;
        let html = String::from_utf8(body).expect("utf-8");
        assert_eq!(status, 200, "{l}: {head}");
        assert!(
            head.contains("content-security-policy: default-src 'self'"),
            "{head}"
        );
        assert!(
            html.contains(&format!("<html lang=\"{}\">", l.tag())),
            "{l}"
        );
        let title = i18n.tr(l, "lan-ca-page-title", None);
        assert!(html.contains(&format!("<h1>{title}</h1>")), "{l}: {html}");
        assert!(html.contains(&r.fingerprint), "{l}: no fingerprint");
        assert!(
            html.contains(&format!("https://{NAME}:{}/", r.app.port())),
            "{l}: no app link"
        );
        assert!(
            !html.contains("<script"),
            "{l}: the page must work without script"
        );
        // Links to the five other languages, not to itself.
        for other in Locale::ALL {
            let link = format!("href=\"/install?lang={}\"", other.tag());
            assert_eq!(html.contains(&link), other != l, "{l} → {other}");
        }
    }
    // Without ?lang, the browser's languages choose; unknown ones fall back to Russian.
    for (accept, lang) in [
        ("uz-Cyrl-UZ,uz;q=0.9", "uz-Cyrl"),
        ("de-DE, ky;q=0.5, ru;q=0.7", "ru"),
        ("en-GB,en;q=0.9", "en"),
        ("tr-TR", "ru"),
    ] {
        let (_, _, body) = plain(
            r.ca,
            &get("/install", &format!("Accept-Language: {accept}\r\n")),
        )
        .await;
        let html = String::from_utf8(body).expect("utf-8");
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{accept} → {lang}"
        );
    }
    let (status, head, _) = plain(r.ca, &get("/install.css", "")).await;
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/css"), "{head}");

    // The app, its API and the packs are not on the plain port.
    for path in [
        "/api/info",
        "/index.html",
        "/boot.js",
        "/packs/timestamp.json",
        "/ca.key",
        "/classroom-ca/ca.key",
    ] {
        let (status, _, _) = plain(r.ca, &get(path, "")).await;
        assert_eq!(status, 404, "{path}");
    }
    let (status, _, _) = plain(
        r.ca,
        "POST /api/info HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(status == 404 || status == 405, "POST /api/info: {status}");
}

/// One request over TLS to the app port, trusting only `ca_der`, for the server name `sni`.
async fn over_tls(r: &Running, sni: &str, raw: &str) -> Result<(u16, String, Vec<u8>), String> {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from(r.ca_der.clone()))
        .expect("root");
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(r.app)
        .await
        .expect("connect");
    let name = ServerName::try_from(sni.to_string()).expect("name");
    let mut tls = connector
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())?;
    tls.write_all(raw.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    // The server may close without close_notify after `Connection: close`; what was read counts.
    let _ = tls.read_to_end(&mut out).await;
    Ok(split(&out))
}

#[tokio::test]
async fn the_app_answers_over_tls_for_the_classroom_name_only() {
    let r = start_https().await;
    let (status, head, body) = over_tls(
        &r,
        NAME,
        "POST /api/info HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await
    .expect("TLS to the classroom name");
    assert_eq!(status, 200, "{head}");
    let info: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(info["content_hash"], jol_dataset::CONTENT_HASH);
    let (status, head, _) = over_tls(&r, NAME, &get("/", "")).await.expect("page");
    assert_eq!(status, 200);
    assert!(head.contains("content-security-policy"), "{head}");
    // The certificate is this start's leaf for the classroom name: another name fails the handshake.
    let err = over_tls(&r, "other.example", &get("/", ""))
        .await
        .expect_err("a name the leaf is not for");
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    // Plain http on the TLS port gets no app.
    let (status, _, _) = {
        let mut s = tokio::net::TcpStream::connect(r.app)
            .await
            .expect("connect");
        s.write_all(get("/", "").as_bytes()).await.expect("send");
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        if out.windows(4).any(|w| w == b"\r\n\r\n") {
            split(&out)
        } else {
            (0, String::new(), out)
        }
    };
    assert_ne!(status, 200, "plain http must not reach the app");
}

// ---- --app DIR -------------------------------------------------------------------------------

fn app_folder() -> (tempfile::TempDir, tempfile::TempDir) {
    let app = tempfile::tempdir().expect("temp dir");
    let p = app.path();
    std::fs::create_dir_all(p.join("icons")).expect("mkdir");
    std::fs::create_dir_all(p.join("packs")).expect("mkdir");
    for (name, bytes) in [
        (
            "index.html",
            &b"<!doctype html><title>Jol offline</title>"[..],
        ),
        ("boot.js", b"import './jol-ui.js';"),
        ("style.css", b"body{}"),
        ("jol-ui_bg.wasm", b"\0asm\x01\0\0\0"),
        ("sw.js", b"self.addEventListener('fetch', () => {});"),
        ("jol.webmanifest", b"{\"name\":\"Jol\"}"),
        ("jol-web.json", b"{\"version\":1}"),
        ("icons/icon-192.png", b"\x89PNG\r\n"),
        ("packs/abc.pack", b"PACK"),
        ("content.db", b"SQLite format 3\0"),
        (".hidden", b"secret"),
    ] {
        std::fs::write(p.join(name), bytes).expect("write");
    }
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.txt"), b"outside").expect("write");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), p.join("link-out.txt"))
            .expect("symlink");
        std::os::unix::fs::symlink(p.join("style.css"), p.join("link-in.css")).expect("symlink");
    }
    (app, outside)
}

#[tokio::test]
async fn an_app_folder_is_served_with_its_types_and_nothing_outside_it() {
    let (app, _outside) = app_folder();
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(dir.path(), jol_dataset::builtin()).expect("open"));
    let assets = jol_server::dir_assets(app.path()).expect("an app folder");
    let bound = jol_server::bind("127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("bind");
    let addr = bound.addr;
    tokio::spawn(bound.serve_app(jol, None, Some(assets)));

    for (path, ctype, body_starts) in [
        ("/", "text/html", &b"<!doctype html><title>Jol offline"[..]),
        ("/index.html", "text/html", b"<!doctype"),
        ("/boot.js", "text/javascript", b"import"),
        ("/sw.js", "text/javascript", b"self."),
        ("/style.css", "text/css", b"body"),
        ("/jol-ui_bg.wasm", "application/wasm", b"\0asm"),
        ("/jol.webmanifest", "application/manifest+json", b"{"),
        ("/jol-web.json", "application/json", b"{"),
        ("/icons/icon-192.png", "image/png", b"\x89PNG"),
        ("/packs/abc.pack", "application/octet-stream", b"PACK"),
        ("/content.db", "application/octet-stream", b"SQLite"),
        ("/link-in.css", "text/css", b"body"),
    ] {
        let (status, head, body) = plain(addr, &get(path, "")).await;
        assert_eq!(status, 200, "{path}: {head}");
        assert!(
            head.contains(&format!("content-type: {ctype}")),
            "{path}: {head}"
        );
        assert!(body.starts_with(body_starts), "{path}");
        assert!(
            head.contains("x-content-type-options: nosniff"),
            "{path}: {head}"
        );
        if ["/", "/index.html", "/sw.js", "/jol-web.json"].contains(&path) {
            assert!(head.contains("cache-control: no-cache"), "{path}: {head}");
        }
    }
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/icons/../../secret.txt",
        "/icons/%2e%2e/%2e%2e/secret.txt",
        "/.hidden",
        "/link-out.txt",
        "/icons",
        "/icons/",
        "//etc/passwd",
        "/..%2fsecret.txt",
        "/no-such-file.js",
    ] {
        let (status, _, body) = plain(addr, &get(path, "")).await;
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(
            !String::from_utf8_lossy(&body).contains("outside"),
            "{path}"
        );
        assert!(!String::from_utf8_lossy(&body).contains("secret"), "{path}");
    }
    // The API is still there.
    let (status, _, body) = plain(
        addr,
        "POST /api/info HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
}

#[test]
fn a_folder_without_an_index_is_refused_at_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = jol_server::dir_assets(dir.path())
        .err()
        .expect("no index.html");
    assert!(err.to_string().contains("index.html"), "{err}");
    assert!(jol_server::dir_assets(&dir.path().join("missing")).is_err());
}

/// A service worker and a web app manifest need no CSP change: `worker-src` and `manifest-src`
/// are unset, so they fall back (through `script-src` and `default-src`) to `'self'`.
#[test]
fn the_csp_lets_the_app_register_its_own_service_worker_and_manifest() {
    let csp = jol_server::CONTENT_SECURITY_POLICY;
    assert!(
        !csp.contains("worker-src") && !csp.contains("manifest-src") && !csp.contains("child-src"),
        "{csp}"
    );
    assert!(
        csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
}
