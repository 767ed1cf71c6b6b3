//! The harness the end-to-end tests share: starting the real programs (`jol serve`, chromedriver,
//! tauri-driver with the desktop app), talking WebDriver to them, and stopping them — whole process
//! groups, so a failing test never leaves a browser running.
//!
//! The tests are `#[ignore]`d because they need a display and built binaries; `scripts/test` builds
//! those and runs them with `--ignored` under `xvfb-run`.

use fantoccini::error::NewSessionError;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one wait may take before the test fails: generous, because the first start of a
/// webview under Xvfb on a loaded two-core machine can take seconds.
pub const WAIT: Duration = Duration::from_secs(30);

/// The directory with the built `jol` and `jol-app` (debug by default; `JOL_BIN_DIR` overrides).
pub fn bin_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("JOL_BIN_DIR") {
        return PathBuf::from(d);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("debug")
}

pub fn bin(name: &str) -> PathBuf {
    let p = bin_dir().join(name);
    assert!(
        p.exists(),
        "{} is not built: run `cargo build -p jol-cli -p jol-app` first (scripts/test does)",
        p.display()
    );
    p
}

/// Runs the built `jol` CLI; fails the test with its output when it fails. Returns its stdout.
pub fn jol(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(bin("jol"))
        .args(args)
        .output()
        .expect("run jol");
    assert!(
        out.status.success(),
        "jol {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Copies `assets/content` into `into` the way an editor would change it: every file passes through
/// `edit(id, text)` (the id is the file name's stem).
pub fn copy_content(into: &std::path::Path, edit: impl Fn(&str, String) -> String) {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    for kind in std::fs::read_dir(&src).expect("content dir").flatten() {
        if !kind.path().is_dir() {
            continue;
        }
        let dest = into.join(kind.file_name());
        std::fs::create_dir_all(&dest).expect("mkdir");
        for f in std::fs::read_dir(kind.path()).expect("kind dir").flatten() {
            let path = f.path();
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path).expect("read content file");
            std::fs::write(dest.join(f.file_name()), edit(id, text)).expect("write");
        }
    }
}

/// Publishes `content` as a publisher would, with the real `jol pack` and a fresh key in `work`:
/// returns the signed pack directory (`work/packs`) and the public key file to trust.
pub fn publish(content: &std::path::Path, work: &std::path::Path) -> (PathBuf, PathBuf) {
    let packs = work.join("packs");
    let key = work.join("publisher.key");
    jol(&[
        "pack".as_ref(),
        "keygen".as_ref(),
        "--out".as_ref(),
        key.as_os_str(),
    ]);
    jol(&[
        "pack".as_ref(),
        "build".as_ref(),
        "--content".as_ref(),
        content.as_os_str(),
        "--key".as_ref(),
        key.as_os_str(),
        "--out".as_ref(),
        packs.as_os_str(),
    ]);
    (packs, work.join("publisher.key.pub"))
}

pub fn free_port() -> u16 {
    free_ports::<1>()[0]
}

/// `N` distinct free loopback ports. Every port is held until all are chosen, so the two ports a
/// driver needs (its own and its native driver's) can never be the same one.
pub fn free_ports<const N: usize>() -> [u16; N] {
    let held: Vec<TcpListener> = (0..N)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("a free loopback port"))
        .collect();
    std::array::from_fn(|i| held[i].local_addr().expect("a bound port").port())
}

/// What "ready" means for a server the tests start.
#[derive(Clone, Copy)]
pub enum Ready {
    /// Something listens on the port (`jol serve`: it binds, then serves).
    Port,
    /// The WebDriver server answers `GET /status` with `"ready": true`.
    ///
    /// A listening port is not enough for a driver: tauri-driver listens at once, but forwards
    /// every request to WebKitWebDriver, which may not be listening yet — a new-session request
    /// sent then dies half-way (`IncompleteMessage`). tauri-driver forwards `/status` too, so a
    /// ready answer through it means the whole chain is up.
    WebDriver,
}

/// Starts a server on `N` fresh free ports (the first is the one it answers on) and waits until it
/// is [`Ready`]. Between choosing a free port and the server binding it, another process can take
/// it: the server then exits (or, for tauri-driver, its WebKitWebDriver does, and it never becomes
/// ready). Either way it is stopped and started again on other ports, three tries in all, instead
/// of the test failing on a port that never opens.
pub fn start_listening<const N: usize>(
    name: &str,
    ready: Ready,
    command: impl Fn([u16; N]) -> Command,
) -> (Proc, [u16; N]) {
    let mut exits = Vec::new();
    for _ in 0..3 {
        let ports = free_ports::<N>();
        let mut proc = Proc::spawn(command(ports), name);
        match wait_ready(ports[0], &mut proc, ready) {
            Ok(()) => return (proc, ports),
            Err(why) => {
                eprintln!("{name} on ports {ports:?} {why}; starting it again");
                exits.push(format!("ports {ports:?}: {why}"));
            }
        }
    }
    panic!("{name} never became ready, three tries: {exits:?}");
}

/// Waits until `proc` is ready on `port`; `Err` saying why when it exits first or is not ready
/// within [`WAIT`].
fn wait_ready(port: u16, proc: &mut Proc, ready: Ready) -> Result<(), String> {
    let start = Instant::now();
    let mut last = String::from("no answer");
    loop {
        let up = match ready {
            Ready::Port => std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(),
            Ready::WebDriver => match webdriver_status(port) {
                Ok(v) if v["value"]["ready"] == serde_json::json!(true) => true,
                Ok(v) => {
                    last = v.to_string();
                    false
                }
                Err(e) => {
                    last = e;
                    false
                }
            },
        };
        if up {
            return Ok(());
        }
        if let Some(status) = proc.exit_status() {
            return Err(format!("exited before it was ready: {status}"));
        }
        if start.elapsed() > WAIT {
            return Err(format!("was not ready within {WAIT:?}; last: {last}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One `GET /status`, its JSON body or why there is none.
fn webdriver_status(port: u16) -> Result<serde_json::Value, String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    // tauri-driver forwards to the host named here, so the header must be present.
    s.write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .map_err(|e| e.to_string())?;
    // Read until the answer is whole: chromedriver keeps the connection open after it, so
    // waiting for the end of the stream would wait for the read timeout instead.
    let mut resp = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        if let Some(json) = whole_json_body(&resp) {
            return json;
        }
        match s.read(&mut buf) {
            Ok(0) => return whole_json_body(&resp).unwrap_or(Err("an incomplete answer".into())),
            Ok(n) => resp.extend_from_slice(&buf[..n]),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// The JSON body of an HTTP answer once all of it has arrived (`None` while more is to come):
/// `Content-Length` bytes, or a chunked body up to its last chunk.
fn whole_json_body(resp: &[u8]) -> Option<Result<serde_json::Value, String>> {
    let text = String::from_utf8_lossy(resp);
    let (head, body) = text.split_once("\r\n\r\n")?;
    if !head.starts_with("HTTP/1.1 200") {
        return Some(Err(head.lines().next().unwrap_or_default().to_string()));
    }
    let head = head.to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    let complete = match length {
        Some(n) => body.len() >= n,
        None => body.ends_with("0\r\n\r\n"),
    };
    if !complete {
        return None;
    }
    // A chunked body has its size lines around the JSON.
    let json = body
        .find('{')
        .zip(body.rfind('}'))
        .map(|(a, b)| &body[a..=b]);
    Some(match json {
        Some(j) => serde_json::from_str(j).map_err(|e| e.to_string()),
        None => Err("no JSON in the answer".into()),
    })
}

/// A child process in its own process group, stopped with SIGTERM (then SIGKILL) on drop.
///
/// tauri-driver only stops WebKitWebDriver from its SIGTERM handler, and Chromium forks helpers;
/// signalling the whole group is what leaves nothing behind.
pub struct Proc {
    child: Child,
    name: String,
}

impl Proc {
    pub fn spawn(mut cmd: Command, name: &str) -> Proc {
        cmd.process_group(0).stdin(Stdio::null());
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        Proc {
            child,
            name: name.to_string(),
        }
    }

    /// How the process ended, if it has.
    pub fn exit_status(&mut self) -> Option<String> {
        self.child.try_wait().ok().flatten().map(|s| s.to_string())
    }

    fn signal(&self, sig: &str) {
        let _ = Command::new("kill")
            .args([sig, "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.signal("-TERM");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                // The leader is gone; make sure its helpers are too.
                self.signal("-KILL");
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("{} did not stop on SIGTERM; killing it", self.name);
        self.signal("-KILL");
        let _ = self.child.wait();
    }
}

/// `jol serve` on a free loopback port with its own empty data directory (or, from [`Server::at`],
/// a server someone else runs).
pub struct Server {
    pub url: String,
    pub port: u16,
    _proc: Option<Proc>,
    pub data: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Server {
        let data = tempfile::tempdir().expect("temp dir");
        let (proc, [port]) = start_listening("jol serve", Ready::Port, |[port]| {
            let mut cmd = Command::new(bin("jol"));
            cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
                .arg("--data-dir")
                .arg(data.path())
                .stdout(Stdio::null());
            cmd
        });
        Server {
            url: format!("http://127.0.0.1:{port}/"),
            port,
            _proc: Some(proc),
            data,
        }
    }

    /// A server already listening on a loopback port (e.g. the desktop app sharing itself).
    pub fn at(port: u16) -> Server {
        Server {
            url: format!("http://127.0.0.1:{port}/"),
            port,
            _proc: None,
            data: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Calls the API directly, to know what the page should show.
    pub async fn api(&self, cmd: &str, payload: serde_json::Value) -> serde_json::Value {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let body = payload.to_string();
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", self.port))
            .await
            .expect("connect to jol serve");
        let req = format!(
            "POST /api/{cmd} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes()).await.expect("send");
        let mut resp = Vec::new();
        s.read_to_end(&mut resp).await.expect("read");
        let resp = String::from_utf8_lossy(&resp);
        let (head, body) = resp.split_once("\r\n\r\n").expect("an HTTP response");
        assert!(
            head.starts_with("HTTP/1.1 200"),
            "{cmd} failed: {head}\n{body}"
        );
        serde_json::from_str(body).expect("JSON reply")
    }
}

/// A WebDriver session on a driver at `port`, started with [`Ready::WebDriver`].
///
/// A new-session request that fails at the connection (refused, reset, cut off half-way) is sent
/// again with a short backoff until [`WAIT`] runs out; any answer from the driver — including a
/// refusal to create the session — ends the test at once with the driver's own words.
pub async fn connect(port: u16, caps: serde_json::Value) -> Client {
    let caps = match caps {
        serde_json::Value::Object(m) => m,
        _ => panic!("capabilities must be an object"),
    };
    let url = format!("http://127.0.0.1:{port}");
    let start = Instant::now();
    let mut backoff = Duration::from_millis(100);
    let mut attempts = 0;
    loop {
        attempts += 1;
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let err = match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(e) => e,
        };
        let connection_level = matches!(
            err,
            NewSessionError::Failed(_) | NewSessionError::FailedC(_) | NewSessionError::Lost(_)
        );
        if !connection_level || start.elapsed() + backoff > WAIT {
            panic!(
                "no WebDriver session on port {port} after {attempts} attempt(s) in {:?}: {err:?}",
                start.elapsed()
            );
        }
        eprintln!("new WebDriver session on port {port} failed at the connection ({err}); retrying in {backoff:?}");
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(2));
    }
}

/// Headless Chromium through chromedriver; the returned guards stop both.
pub async fn chromium(width: u32, height: u32) -> (Client, Proc, tempfile::TempDir) {
    let profile = tempfile::tempdir().expect("temp dir");
    let (client, driver) = chromium_with_profile(width, height, profile.path()).await;
    (client, driver, profile)
}

/// Headless Chromium on a given profile directory: a second session on the same directory is the
/// same browser restarted (its local storage kept).
pub async fn chromium_with_profile(
    width: u32,
    height: u32,
    profile: &std::path::Path,
) -> (Client, Proc) {
    let (driver, [port]) = start_listening("chromedriver", Ready::WebDriver, |[port]| {
        let mut cmd = Command::new("chromedriver");
        cmd.arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    });
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
            ]
        }
    });
    let client = connect(port, caps).await;
    (client, driver)
}

/// Waits for the first element matching `css`.
pub async fn find(c: &Client, css: &str) -> fantoccini::elements::Element {
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element `{css}` appeared: {e}"))
}

/// Waits until `css`'s text satisfies `ok`, returning the text.
pub async fn wait_text(c: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < WAIT {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            if let Ok(t) = el.text().await {
                if ok(&t) {
                    return t;
                }
                last = t;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("`{css}` never had the expected text; last seen: {last:?}");
}

/// Runs JavaScript and returns its value.
pub async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// What the page should show, read from the API of a `jol serve` on the same built-in dataset.
pub struct Expected {
    pub id: String,
    pub title_en: String,
    pub title_ru: String,
    pub verified_on: String,
}

impl Expected {
    pub async fn read(server: &Server, id: &str) -> Expected {
        let title = |v: serde_json::Value| -> String {
            v.as_array()
                .and_then(|a| a.iter().find(|i| i["id"] == id))
                .and_then(|i| i["title"].as_str())
                .unwrap_or_else(|| panic!("`{id}` is not in the list"))
                .to_string()
        };
        let list = |l: &str| serde_json::json!({ "locale": l, "kind": "guide" });
        let title_en = title(server.api("list_items", list("en")).await);
        let title_ru = title(server.api("list_items", list("ru")).await);
        let item = server
            .api("get_item", serde_json::json!({ "id": id, "locale": "ru" }))
            .await;
        Expected {
            id: id.to_string(),
            title_en,
            title_ru,
            verified_on: item["item"]["verified_on"]
                .as_str()
                .unwrap_or("")
                .to_string(),
        }
    }
}

pub async fn html_lang(c: &Client) -> String {
    js(c, "return document.documentElement.lang")
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// The journey both the browser and the desktop test walk, from the first start:
/// choose English → the guides listed from the database → switch to Russian → open a guide (its
/// machine-translation mark, sources and checked date) → search in Uzbek typed without the
/// apostrophe, choose with the keyboard → the chosen guide opens.
pub async fn first_start_journey(c: &Client, e: &Expected) {
    find(c, "button[data-locale='en']")
        .await
        .click()
        .await
        .expect("click English");
    choose_corridor(c, "KG", "RU").await;
    let row = format!("ul.items li[data-id='{}'] a", e.id);
    wait_text(c, &row, |t| t == e.title_en).await;
    assert_eq!(html_lang(c).await, "en");
    // English is the source: no machine-translation note on the interface.
    let notes = js(
        c,
        "return document.querySelectorAll('footer .ui-machine').length",
    )
    .await;
    assert_eq!(notes, serde_json::json!(0));

    find(c, "#lang")
        .await
        .select_by_value("ru")
        .await
        .expect("choose Russian");
    wait_text(c, &row, |t| t == e.title_ru).await;
    wait_text(c, "nav.kinds a.current", |t| t == "Инструкции").await;
    assert_eq!(html_lang(c).await, "ru");
    // The Russian interface is machine-translated, and says so.
    wait_text(c, "footer .ui-machine", |t| t.contains("машиной")).await;

    find(c, &row).await.click().await.expect("open the guide");
    wait_text(c, "article.item h1", |t| t == e.title_ru).await;
    find(c, "article.item .mark.machine").await;
    find(c, "article.item .sources li a[href^='https://']").await;
    // The checked date is shown in the locale's words ("25 августа 2025 г."), the ISO date kept
    // in data-date.
    find(
        c,
        &format!("article.item .verified[data-date='{}']", e.verified_on),
    )
    .await;
    find(c, "article.item .steps li").await;

    let input = find(c, "#search-input").await;
    input
        .send_keys("royxatdan otish")
        .await
        .expect("type a query");
    find(c, "#search-results li").await;
    let ids = js(
        c,
        "return [...document.querySelectorAll('#search-results a')].map(a => a.dataset.id)",
    )
    .await;
    let ids: Vec<String> = serde_json::from_value(ids).unwrap_or_default();
    assert!(
        ids.iter().any(|i| i.contains("registration")),
        "searching 'royxatdan otish' found no registration item: {ids:?}"
    );
    input.send_keys("\u{E015}").await.expect("arrow down"); // WebDriver key: ArrowDown
    input.send_keys("\u{E007}").await.expect("enter"); // WebDriver key: Enter
    let second = ids.get(1).or(ids.first()).cloned().unwrap_or_default();
    let start = Instant::now();
    loop {
        let hash = js(c, "return location.hash").await;
        if hash.as_str() == Some(&format!("#/item/{second}")) {
            break;
        }
        assert!(
            start.elapsed() < WAIT,
            "Enter did not open {second}; hash is {hash}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    find(c, &format!("article.item[data-id='{second}'] h1")).await;
}

/// On the first-start corridor screen: chooses the citizenship and the destination by their codes.
pub async fn choose_corridor(c: &Client, origin: &str, destination: &str) {
    find(
        c,
        &format!("fieldset[data-group='origin'] button[data-country='{origin}']"),
    )
    .await
    .click()
    .await
    .expect("choose where from");
    find(
        c,
        &format!("fieldset[data-group='destination'] button[data-country='{destination}']"),
    )
    .await
    .click()
    .await
    .expect("choose where to");
}

/// A first start: picks the language, then the corridor (codes such as `KG`, `RU`).
pub async fn first_start(c: &Client, locale: &str, origin: &str, destination: &str) {
    find(c, &format!("button[data-locale='{locale}']"))
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("choose {locale}: {e}"));
    choose_corridor(c, origin, destination).await;
}

/// How many pixels the page scrolls sideways (0 when it fits the window).
pub async fn sideways_overflow(c: &Client) -> i64 {
    js(
        c,
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
    )
    .await
    .as_i64()
    .unwrap_or(i64::MAX)
}

/// Waits until the page's hash is `hash`.
pub async fn wait_hash(c: &Client, hash: &str) {
    let start = Instant::now();
    loop {
        let now = js(c, "return location.hash").await;
        if now.as_str() == Some(hash) {
            return;
        }
        assert!(
            start.elapsed() < WAIT,
            "the hash never became {hash}; it is {now}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The `data-id`s of the elements matching `css`, in page order.
pub async fn ids(c: &Client, css: &str) -> Vec<String> {
    let script = format!(
        "return [...document.querySelectorAll({})].map(e => e.dataset.id)",
        serde_json::Value::String(css.to_string())
    );
    serde_json::from_value(js(c, &script).await).unwrap_or_default()
}

// ---- HTTPS in the classroom (`jol serve --lan --https`) ---------------------------------------

/// The fixed "LAN" name the HTTPS tests give the laptop; Chromium maps it to 127.0.0.1.
pub const CLASSROOM_NAME: &str = "classroom.jol.test";

/// `jol serve --lan --https --https-name classroom.jol.test` on two free ports (the app over TLS,
/// the CA's certificate over plain http), with its own data directory — so its own classroom CA.
///
/// The hook for the offline journeys: pass the folder `scripts/build-web` wrote as `app` to serve
/// it (`--app DIR`) instead of the built-in UI.
pub struct HttpsServer {
    /// `https://classroom.jol.test:PORT/`: the app's origin.
    pub app_url: String,
    /// `http://127.0.0.1:PORT/`: the certificate page.
    pub ca_url: String,
    pub app_port: u16,
    pub ca_port: u16,
    _proc: Proc,
    pub data: tempfile::TempDir,
}

impl HttpsServer {
    pub fn start(app: Option<&std::path::Path>) -> HttpsServer {
        let data = tempfile::tempdir().expect("temp dir");
        let (proc, [app_port, ca_port]) =
            start_listening("jol serve --https", Ready::Port, |[app_port, ca_port]| {
                let mut cmd = Command::new(bin("jol"));
                cmd.args(["serve", "--lan", "--https", "--https-name", CLASSROOM_NAME])
                    .args(["--addr", &format!("127.0.0.1:{app_port}")])
                    .args(["--ca-port", &ca_port.to_string()])
                    .arg("--data-dir")
                    .arg(data.path())
                    .stdout(Stdio::null());
                if let Some(dir) = app {
                    cmd.arg("--app").arg(dir);
                }
                cmd
            });
        HttpsServer {
            app_url: format!("https://{CLASSROOM_NAME}:{app_port}/"),
            ca_url: format!("http://127.0.0.1:{ca_port}/"),
            app_port,
            ca_port,
            _proc: proc,
            data,
        }
    }

    /// The folder of the server's classroom CA (`ca.crt`, `ca.key`).
    pub fn ca_dir(&self) -> PathBuf {
        self.data.path().join("classroom-ca")
    }

    /// `GET path` on the plain-http port: status and body, as a phone gets them before it trusts
    /// the CA.
    pub fn plain_get(&self, path: &str) -> (u16, Vec<u8>) {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", self.ca_port)).expect("connect");
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .expect("send");
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("read");
        let at = out
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("an HTTP answer");
        let status = String::from_utf8_lossy(&out[..at])
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, out[at + 4..].to_vec())
    }

    /// The CA certificate (DER), downloaded the way a phone does.
    pub fn download_ca(&self) -> Vec<u8> {
        let (status, der) = self.plain_get("/classroom-ca.crt");
        assert_eq!(status, 200, "GET /classroom-ca.crt");
        der
    }
}

/// A fresh HOME whose NSS database (`~/.pki/nssdb`, where Chromium on Linux reads user-trusted
/// CAs) trusts `ca_der` to identify web sites — what installing the certificate does on a phone.
pub fn nss_home_trusting(ca_der: &[u8]) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    let db = home.path().join(".pki/nssdb");
    std::fs::create_dir_all(&db).expect("mkdir nssdb");
    let ca = home.path().join("classroom-ca.crt");
    std::fs::write(&ca, ca_der).expect("write the CA");
    let sql = format!("sql:{}", db.display());
    let certutil = |args: &[&std::ffi::OsStr]| {
        let out = Command::new("certutil")
            .args(args)
            .output()
            .expect("run certutil (Debian: libnss3-tools; scripts/setup installs it)");
        assert!(
            out.status.success(),
            "certutil {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    };
    certutil(&[
        "-d".as_ref(),
        sql.as_ref(),
        "-N".as_ref(),
        "--empty-password".as_ref(),
    ]);
    certutil(&[
        "-d".as_ref(),
        sql.as_ref(),
        "-A".as_ref(),
        "-n".as_ref(),
        "jol-classroom".as_ref(),
        "-t".as_ref(),
        "C,,".as_ref(),
        "-i".as_ref(),
        ca.as_os_str(),
    ]);
    home
}

/// Headless Chromium run with `home` as its HOME (so with that NSS database) and the given host
/// names mapped to 127.0.0.1, as a phone on the classroom Wi-Fi resolving the laptop's name.
pub async fn chromium_trusting(
    home: &std::path::Path,
    width: u32,
    height: u32,
    names: &[&str],
) -> (Client, Proc, tempfile::TempDir) {
    let profile = tempfile::tempdir().expect("temp dir");
    let home = home.to_path_buf();
    let (driver, [port]) = start_listening("chromedriver", Ready::WebDriver, |[port]| {
        let mut cmd = Command::new("chromedriver");
        cmd.arg(format!("--port={port}"))
            .env("HOME", &home)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    });
    let rules = names
        .iter()
        .map(|n| format!("MAP {n} 127.0.0.1"))
        .collect::<Vec<_>>()
        .join(", ");
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--host-resolver-rules={rules}"),
                format!("--user-data-dir={}", profile.path().display()),
                format!("--window-size={width},{height}"),
            ]
        }
    });
    let client = connect(port, caps).await;
    (client, driver, profile)
}

// ---- The offline web app (`scripts/build-web`): the journeys on a phone, over any server ----

/// The built offline web app (`scripts/build-web`, run by `scripts/test` before this suite).
pub fn built_web_app() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../web/dist");
    assert!(
        dist.join("jol-web.json").is_file() && dist.join("sw.js").is_file(),
        "{} has no built web app: run ./scripts/build-web first",
        dist.display()
    );
    dist
}

/// Copies the folder `from` into `to`, recursively (a test serves its own copy of the web app,
/// so a build running meanwhile cannot change it under the test).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// Waits until a service worker controls the page: from then on it opens offline.
pub async fn wait_offline_ready(c: &Client) {
    let start = Instant::now();
    loop {
        let ready = js(
            c,
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)",
        )
        .await;
        if ready == serde_json::json!(true) {
            break;
        }
        assert!(
            start.elapsed() < WAIT,
            "no service worker took control of the page"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    find(c, "footer .offline-state.ready").await;
}

/// `jol search --json` on a fresh data directory: the built-in dataset, which the web app
/// carries too.
pub fn cli_ids(locale: &str, query: &str) -> Vec<String> {
    let data = tempfile::tempdir().expect("temp dir");
    let out = Command::new(bin("jol"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["search", "--json", "--lang", locale, "--country", "RU"])
        .args(["--limit", "8", "--"])
        .args(query.split(' '))
        .output()
        .expect("run jol search");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    rows.as_array()
        .expect("an array")
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect()
}

/// Types `query` in the search box with the UI in `locale`; the ids shown once they match
/// `want` (or the last seen after the wait).
pub async fn search_ids(c: &Client, locale: &str, query: &str, want: &[String]) -> Vec<String> {
    find(c, "#lang")
        .await
        .select_by_value(locale)
        .await
        .unwrap_or_else(|e| panic!("choose {locale}: {e}"));
    let input = find(c, "#search-input").await;
    input.clear().await.expect("clear");
    input.send_keys(query).await.expect("type");
    let start = Instant::now();
    let mut shown = Vec::new();
    while start.elapsed() < WAIT {
        shown = ids(c, "#search-results a").await;
        if shown == want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    shown
}

/// The offline journey: first visit, server stopped, reload, read, search, tick, reload.
/// `server` is whatever keeps the server running; dropping it stops it.
pub async fn offline_journey<S>(c: &Client, url: &str, server: S) {
    c.goto(url).await.expect("open the web app");
    first_visit_until_offline_ready(c).await;
    drop(server);
    journey_with_no_server(c, url).await;
}

/// The first visit, online, on the page just opened: starts in Kyrgyz (KG→RU), and waits until a
/// service worker controls the page.
pub async fn first_visit_until_offline_ready(c: &Client) {
    first_start(c, "ky", "KG", "RU").await;
    find(c, "ul.items li a").await;
    wait_offline_ready(c).await;
}

/// With the server gone: reload; a guide, the emergency screen and the contacts open; search in
/// Kyrgyz, Uzbek Cyrillic and Kazakh finds what `jol search` finds; a tick survives a reload.
pub async fn journey_with_no_server(c: &Client, url: &str) {
    c.refresh().await.expect("reload offline");
    find(c, "ul.items li a").await;
    c.goto(&format!("{url}#/item/ru.registration"))
        .await
        .expect("open a guide");
    find(c, "article.item[data-id='ru.registration'] .steps li").await;
    c.goto(&format!("{url}#/emergency"))
        .await
        .expect("emergency");
    find(c, "li.contact-card").await;
    c.goto(&format!("{url}#/contacts")).await.expect("contacts");
    find(c, "li.contact-card").await;

    for (locale, query) in [
        ("ky", "паспортумду жоготуп алдым"),
        ("uz-Cyrl", "иш ҳақимни бермаяпти"),
        ("kk", "жұмыс беруші паспортымды алып қойды"),
    ] {
        let want = cli_ids(locale, query);
        assert!(!want.is_empty(), "jol search found nothing for {query:?}");
        let shown = search_ids(c, locale, query, &want).await;
        assert_eq!(
            shown, want,
            "{query:?} in {locale}: offline search vs jol search"
        );
    }

    c.goto(&format!("{url}#/item/departure.checklist"))
        .await
        .expect("checklist");
    let first = find(c, "section.questions input[type=checkbox]").await;
    let id = first.attr("id").await.expect("attr").expect("an id");
    first.click().await.expect("tick");
    let checked = format!("return document.getElementById('{id}').checked");
    assert_eq!(js(c, &checked).await, serde_json::json!(true));
    // The tick is kept once the core answered; give the write its moment, then reload.
    let start = Instant::now();
    loop {
        c.refresh().await.expect("reload");
        find(c, "section.questions input[type=checkbox]").await;
        if js(c, &checked).await == serde_json::json!(true) {
            break;
        }
        assert!(start.elapsed() < WAIT, "the tick did not survive a reload");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}
