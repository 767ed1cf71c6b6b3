//! Privacy, proven (issue #14): the real `jol serve` and the real desktop app run under `strace -f`
//! (so every thread and every child process — WebKit's web and network processes too — is traced),
//! and every connection attempt they make is read back from the trace.
//!
//! - With no update source, neither makes a single internet-family (`AF_INET`/`AF_INET6`)
//!   connection attempt: not to the internet, not to a DNS server, not even to loopback.
//! - With one mirror configured, the only address `jol serve` ever connects to is that mirror's.
//!
//! The detector itself is proven first: on made-up trace lines (`detector_*`, plain unit tests),
//! and on a real traced connect (`privacy_detector_sees_a_real_connect`).

use jol_e2e::*;
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where a traced process tried to send something, as strace printed the socket address.
#[derive(Debug, Clone, PartialEq)]
enum Peer {
    /// A Unix socket path (`@` first for an abstract one).
    Unix(String),
    /// An IPv4 or IPv6 address and port.
    Inet(SocketAddr),
    /// An internet-family address this parser could not read: counted as a violation, so a
    /// format it does not know can never hide a connection.
    Unread(String),
}

/// Every `connect`, `sendto` and `sendmsg` in an `strace -f -o` log that names a peer, with its
/// line. `sendto(…, NULL, 0)` and `sendmsg` without `msg_name` go to an already connected socket,
/// whose `connect` is in the log already; `<… resumed>` lines repeat nothing of the address.
fn peers(log: &str) -> Vec<(Peer, &str)> {
    log.lines()
        .filter(|l| {
            ["connect(", "sendto(", "sendmsg("]
                .iter()
                .any(|s| l.contains(s))
        })
        .filter_map(|l| peer(l).map(|p| (p, l)))
        .collect()
}

fn peer(line: &str) -> Option<Peer> {
    if let Some(rest) = after(line, "sun_path=") {
        let (at, rest) = match rest.strip_prefix('@') {
            Some(r) => ("@", r),
            None => ("", rest),
        };
        return Some(Peer::Unix(format!("{at}{}", quoted(rest)?)));
    }
    let unread = || Some(Peer::Unread(line.to_string()));
    // AF_INET6 first: "AF_INET" is a prefix of it.
    if line.contains("AF_INET6") {
        let port = after(line, "sin6_port=htons(").and_then(number);
        let ip = after(line, "inet_pton(AF_INET6, ")
            .and_then(quoted)
            .and_then(|s| s.parse::<Ipv6Addr>().ok());
        return match (ip, port) {
            (Some(ip), Some(port)) => Some(Peer::Inet(SocketAddr::new(IpAddr::V6(ip), port))),
            _ => unread(),
        };
    }
    if line.contains("AF_INET") {
        let port = after(line, "sin_port=htons(").and_then(number);
        let ip = after(line, "sin_addr=inet_addr(")
            .and_then(quoted)
            .and_then(|s| s.parse::<IpAddr>().ok());
        return match (ip, port) {
            (Some(ip), Some(port)) => Some(Peer::Inet(SocketAddr::new(ip, port))),
            _ => unread(),
        };
    }
    None
}

fn after<'a>(s: &'a str, marker: &str) -> Option<&'a str> {
    s.find(marker).map(|i| &s[i + marker.len()..])
}

/// The text between the first pair of double quotes at the start of `s`.
fn quoted(s: &str) -> Option<String> {
    let s = s.strip_prefix('"')?;
    s.find('"').map(|end| s[..end].to_string())
}

fn number(s: &str) -> Option<u16> {
    s.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// What a run may contact: exactly these internet addresses (no blanket loopback: a resolver on
/// 127.0.0.53, a local proxy or another local program is still somewhere else), and the Unix
/// sockets `unix` accepts.
struct Policy<'a> {
    inet: &'a [SocketAddr],
    unix: &'a dyn Fn(&str) -> bool,
}

/// The lines of `log` that contact something `policy` does not allow.
fn violations<'a>(log: &'a str, policy: &Policy) -> Vec<&'a str> {
    peers(log)
        .into_iter()
        .filter(|(p, _)| match p {
            Peer::Inet(a) => !policy.inet.contains(a),
            Peer::Unix(path) => !(policy.unix)(path),
            Peer::Unread(_) => true,
        })
        .map(|(_, l)| l)
        .collect()
}

fn no_unix(_: &str) -> bool {
    false
}

/// The Unix sockets a desktop app may use, as seen under Xvfb: the X server (`/tmp/.X11-unix`,
/// often abstract), the system D-Bus, and the user's runtime directory (session bus,
/// accessibility bus, Wayland). They carry the window and desktop messages; none of them fetches
/// anything from a network for the app. Anything else fails the test — nscd in particular, which
/// would resolve host names on the app's behalf (a DNS lookup by proxy).
fn desktop_plumbing(path: &str) -> bool {
    let path = path.strip_prefix('@').unwrap_or(path);
    [
        "/tmp/.X11-unix/",
        "/var/run/dbus/",
        "/run/dbus/",
        "/run/user/",
    ]
    .iter()
    .any(|dir| path.starts_with(dir))
}

const SAMPLE: &str = r#"4711 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)
4711 connect(9, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X99"}, 22) = 0
4712 connect(5, {sa_family=AF_INET, sin_port=htons(8787), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
4712 sendto(11, "\1", 1, MSG_NOSIGNAL, NULL, 0) = 1
4713 connect(6, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16 <unfinished ...>
4713 <... connect resumed>) = 0
4713 sendto(6, "\22\34\1\0\0\1", 6, MSG_NOSIGNAL, NULL, 0) = 6
"#;

#[test]
fn detector_reports_dns_to_the_internet_and_not_loopback_or_unix() {
    let allowed = ["127.0.0.1:8787".parse().expect("an address")];
    let any_unix = |_: &str| true;
    let policy = Policy {
        inet: &allowed,
        unix: &any_unix,
    };
    let found = violations(SAMPLE, &policy);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("8.8.8.8") && found[0].contains("htons(53)"));
    assert_eq!(peers(SAMPLE)[1].0, Peer::Unix("@/tmp/.X11-unix/X99".into()));
}

#[test]
fn detector_is_strict_without_an_allowance() {
    let policy = Policy {
        inet: &[],
        unix: &no_unix,
    };
    // Both Unix sockets, the loopback connect and the DNS server: 4 lines, not the plain sends.
    assert_eq!(violations(SAMPLE, &policy).len(), 4);
}

#[test]
fn desktop_plumbing_is_the_display_and_d_bus_not_a_name_lookup() {
    assert!(desktop_plumbing("@/tmp/.X11-unix/X99"));
    assert!(desktop_plumbing("/var/run/dbus/system_bus_socket"));
    assert!(desktop_plumbing("/run/user/1000/bus"));
    assert!(!desktop_plumbing("/var/run/nscd/socket"));
    assert!(!desktop_plumbing("/tmp/proxy.sock"));
}

#[test]
fn detector_reads_ipv6_unconnected_sends_and_refuses_what_it_cannot_read() {
    let log = r#"1 connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2a00:1450:4001::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)
2 connect(7, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
3 sendmsg(8, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("1.1.1.1")}, msg_namelen=16, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1
4 sendto(9, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 1
5 connect(10, {sa_family=AF_INET, sa_data="\0\0\0\0"}, 16) = 0
"#;
    let loopback: SocketAddr = "[::1]:80".parse().expect("an address");
    let policy = Policy {
        inet: &[loopback],
        unix: &no_unix,
    };
    let found: Vec<_> = violations(log, &policy)
        .iter()
        .map(|l| l.split(' ').next().unwrap_or_default())
        .collect();
    // The internet over IPv6, DNS by sendmsg and by sendto (a local resolver is still DNS),
    // and the line it cannot read; not the allowed ::1.
    assert_eq!(found, ["1", "3", "4", "5"]);
}

/// `program` under strace, writing every connection attempt (and every program started, to
/// prove the children were traced) to `log`. Proxy variables are removed so that a proxy of the
/// machine running the tests is not what gets contacted.
fn traced(log: &Path, program: &Path) -> Command {
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-qq", "-e", "trace=connect,sendto,sendmsg,execve"])
        .args(["-e", "signal=none", "-o"])
        .arg(log)
        .arg(program)
        .stdout(Stdio::null());
    for v in [
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        cmd.env_remove(v);
    }
    cmd
}

fn read_log(log: &Path) -> String {
    std::fs::read_to_string(log).expect("the strace log (is strace installed? scripts/setup)")
}

/// Fails the test with every line that contacts something the policy does not allow.
fn assert_only(log: &str, policy: &Policy, what: &str) {
    let bad = violations(log, policy);
    assert!(
        bad.is_empty(),
        "{what} tried to contact what it must not:\n{}",
        bad.join("\n")
    );
}

/// `GET path` on a loopback port; the status code.
fn http_get(port: u16, path: &str) -> u16 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .expect("send");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Starts `jol serve` under strace on a fresh loopback port with `data`.
fn traced_serve(data: &Path, log: &Path) -> (Proc, u16) {
    let (proc, [port]) = start_listening("jol serve (traced)", Ready::Port, |[port]| {
        let mut cmd = traced(log, &bin("jol"));
        cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(data);
        cmd
    });
    (proc, port)
}

/// What a reader does on a help-desk server: the page, the dataset's version, a search, a guide.
async fn use_the_server(port: u16) {
    assert_eq!(http_get(port, "/"), 200, "GET /");
    let server = Server::at(port);
    let info = server.api("info", serde_json::json!({})).await;
    assert!(info["item_count"].as_u64().unwrap_or(0) > 0, "{info}");
    let found = server
        .api(
            "search",
            serde_json::json!({ "query": "registration", "locale": "en", "country": "RU" }),
        )
        .await;
    assert!(!found["hits"].as_array().expect("hits").is_empty());
    let item = server
        .api(
            "get_item",
            serde_json::json!({ "id": "ru.registration", "locale": "ky" }),
        )
        .await;
    assert_eq!(item["item"]["id"], "ru.registration");
}

#[test]
#[ignore = "needs strace and a built `jol`: run by scripts/test"]
fn privacy_detector_sees_a_real_connect() {
    // A real traced program connecting to a loopback port of this test: the strict policy must
    // report exactly that connect, so a format change in strace cannot make the tests below pass.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("strace.log");
    let status = traced(&log, Path::new("/bin/bash"))
        .arg("-c")
        .arg(format!("exec 3<>/dev/tcp/127.0.0.1/{}", addr.port()))
        .status()
        .expect("run strace");
    assert!(status.success());
    let log = read_log(&log);
    let policy = Policy {
        inet: &[],
        unix: &|_: &str| true,
    };
    let found = violations(&log, &policy);
    assert_eq!(found.len(), 1, "{log}");
    assert_eq!(peers(found[0])[0].0, Peer::Inet(addr));
}

#[tokio::test]
#[ignore = "needs strace and a built `jol`: run by scripts/test"]
async fn privacy_serve_without_sources_contacts_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let log = dir.path().join("strace.log");
    let (proc, port) = traced_serve(&data, &log);
    use_the_server(port).await;
    // Long enough for the update schedule, which would check at once if there were a source.
    tokio::time::sleep(Duration::from_secs(5)).await;
    drop(proc);
    let log = read_log(&log);
    assert!(log.contains("execve("), "the trace is empty:\n{log}");
    // Not one socket of any kind: `jol serve` reads its files and answers; it looks nothing up
    // (no DNS, no nscd, no D-Bus) and connects nowhere.
    assert_only(
        &log,
        &Policy {
            inet: &[],
            unix: &no_unix,
        },
        "jol serve with no update source",
    );
}

#[test]
#[ignore = "needs strace, a display (Xvfb) and a built `jol-app`: run by scripts/test"]
fn privacy_desktop_app_without_sources_contacts_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = dir.path().join("home");
    let log = dir.path().join("strace.log");
    let data = dir.path().join("data");
    // Started plainly (no WebDriver, which would itself be loopback traffic), with a home of its
    // own so this is a first start with no update source.
    let mut cmd = traced(&log, &bin("jol-app"));
    cmd.env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("JOL_DATA_DIR", &data)
        .env_remove("JOL_DEV_TRUST");
    let mut app = Proc::spawn(cmd, "jol-app (traced)");
    std::thread::sleep(Duration::from_secs(8));
    assert_eq!(app.exit_status(), None, "the app stopped by itself");
    drop(app);
    let log = read_log(&log);
    // The webview really ran under the trace: WebKit's web and network processes were started.
    for child in ["WebKitWebProcess", "WebKitNetworkProcess"] {
        assert!(log.contains(child), "no {child} in the trace:\n{log}");
    }
    assert!(
        data.join("user.db").is_file(),
        "the app did not open its data"
    );
    // Unix sockets: only the desktop's own plumbing (see `desktop_plumbing`), listed so a reader
    // of the output sees them. Internet-family sockets: none at all, loopback included.
    let mut unix: Vec<_> = peers(&log)
        .into_iter()
        .filter_map(|(p, _)| match p {
            Peer::Unix(path) => Some(path),
            _ => None,
        })
        .collect();
    unix.sort();
    unix.dedup();
    eprintln!("the desktop app connected to these Unix sockets: {unix:?}");
    assert_only(
        &log,
        &Policy {
            inet: &[],
            unix: &desktop_plumbing,
        },
        "the desktop app with no update source",
    );
}

/// A mirror that knows nothing: it answers every request 404, and counts them. It listens on
/// 127.0.0.2, an address distinct from the server's own 127.0.0.1.
struct Mirror {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Mirror {
    fn start() -> Mirror {
        let listener = TcpListener::bind("127.0.0.2:0").expect("bind 127.0.0.2");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("address");
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (hits.clone(), stop.clone());
        std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((conn, _)) => {
                        answer_404(conn);
                        h.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        });
        Mirror { addr, hits, stop }
    }
}

impl Drop for Mirror {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn answer_404(mut conn: TcpStream) {
    let _ = conn.set_nonblocking(false);
    let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match conn.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let _ =
        conn.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

#[tokio::test]
#[ignore = "needs strace and a built `jol`: run by scripts/test"]
async fn privacy_serve_with_one_mirror_contacts_only_that_mirror() {
    let mirror = Mirror::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let log = dir.path().join("strace.log");
    let source = format!("http://{}/packs", mirror.addr);
    jol(&[
        "--data-dir".as_ref(),
        data.as_os_str(),
        "settings".as_ref(),
        "--update-source".as_ref(),
        source.as_ref(),
        "--auto-update".as_ref(),
        "on".as_ref(),
    ]);
    let (proc, port) = traced_serve(&data, &log);
    use_the_server(port).await;
    // The schedule checks at once on start: wait until the mirror was asked, then a little more
    // for anything else the check might do.
    let start = Instant::now();
    while mirror.hits.load(Ordering::Relaxed) == 0 {
        assert!(start.elapsed() < WAIT, "the mirror was never contacted");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    drop(proc);
    let log = read_log(&log);
    let to_mirror = peers(&log)
        .iter()
        .filter(|(p, _)| *p == Peer::Inet(mirror.addr))
        .count();
    assert!(
        to_mirror > 0,
        "the trace shows no connect to the mirror:\n{log}"
    );
    assert_only(
        &log,
        &Policy {
            inet: &[mirror.addr],
            unix: &no_unix,
        },
        "jol serve with one mirror",
    );
}
