//! Load bench for `jol serve` (issue #14, "Serve fast"): 50 keep-alive connections hammer the API
//! for a few seconds per call, and the figures are printed against the goals. Not a test: the
//! numbers depend on the machine, so nothing here fails on them.
//!
//! ```sh
//! cargo bench -p jol-server --bench load                   # a server in this process
//! JOL_BENCH_URL=http://127.0.0.1:8080 cargo bench -p jol-server --bench load   # a running `jol serve`
//! ```
//! `JOL_BENCH_SECS` (default 10) sets each phase's length, `JOL_BENCH_CONNS` (default 50) the
//! connections.
//!
//! The query set is wide so that no result cache could stand in for speed: every query of the
//! search's relevance set (`crates/jol-search/tests/relevance.toml`) in its own locale and in the
//! six UI locales, and `get_item` over every item id in all six locales. The client is a minimal
//! HTTP/1.1 client on tokio (no load generator to install): one request at a time per connection,
//! as a phone's browser sends them.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const LOCALES: [&str; 6] = ["ky", "ru", "uz", "uz-Cyrl", "kk", "en"];

/// One phase's goal from the issue.
struct Goal {
    name: &'static str,
    rps: f64,
    p99_ms: f64,
}

const SEARCH: Goal = Goal {
    name: "search",
    rps: 2500.0,
    p99_ms: 40.0,
};
const GET_ITEM: Goal = Goal {
    name: "get_item",
    rps: 4000.0,
    p99_ms: 30.0,
};

fn main() {
    let secs = env_num("JOL_BENCH_SECS", 10);
    let conns = env_num("JOL_BENCH_CONNS", 50) as usize;
    let (addr, _server) = match std::env::var("JOL_BENCH_URL") {
        Ok(url) => (host_port(&url), None),
        Err(_) => {
            let (addr, guard) = start_server();
            (addr, Some(guard))
        }
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("client runtime");
    rt.block_on(async move {
        let ids = item_ids(&addr).await;
        let searches = search_bodies();
        let items: Vec<String> = ids
            .iter()
            .flat_map(|id| {
                LOCALES
                    .iter()
                    .map(move |l| serde_json::json!({ "id": id, "locale": l }).to_string())
            })
            .collect();
        println!(
            "jol serve at {addr}: {conns} connections, {secs} s per phase, machine with {} cores \
             (load average now: {})",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            std::fs::read_to_string("/proc/loadavg")
                .unwrap_or_default()
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        );
        println!(
            "query set: {} search bodies, {} get_item bodies ({} items × 6 locales)",
            searches.len(),
            items.len(),
            ids.len()
        );
        // A short warm-up, so the first phase does not pay for page cache and thread start.
        run(&addr, "/api/search", &searches, conns, 1).await;
        for (goal, path, bodies) in [
            (&SEARCH, "/api/search", &searches),
            (&GET_ITEM, "/api/get_item", &items),
        ] {
            let r = run(&addr, path, bodies, conns, secs).await;
            r.print(goal);
        }
    });
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn host_port(url: &str) -> String {
    let rest = url.strip_prefix("http://").unwrap_or(url);
    rest.split('/').next().unwrap_or(rest).to_string()
}

/// `jol serve` in this process, on its own runtime and threads, over a fresh data directory with
/// the built-in content — the same router the binary serves.
fn start_server() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let jol = Arc::new(jol_native::open(dir.path(), jol_dataset::builtin()).expect("open"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async move {
            let bound = jol_server::bind("127.0.0.1:0".parse().expect("addr"))
                .await
                .expect("bind");
            tx.send(bound.addr.to_string()).expect("send addr");
            let _ = bound.serve(jol).await;
        });
    });
    (rx.recv().expect("server address"), dir)
}

/// Every search of the relevance set, in its own UI locale and in all six.
fn search_bodies() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Set {
        q: Vec<Q>,
    }
    #[derive(serde::Deserialize)]
    struct Q {
        query: String,
        locale: String,
        #[serde(default)]
        country: Option<String>,
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../jol-search/tests/relevance.toml"
    );
    let text = std::fs::read_to_string(path).expect("relevance.toml");
    let set: Set = toml::from_str(&text).expect("relevance.toml parses");
    let mut out = Vec::new();
    for q in &set.q {
        for l in std::iter::once(q.locale.as_str()).chain(LOCALES) {
            out.push(
                serde_json::json!({ "query": q.query, "locale": l, "country": q.country })
                    .to_string(),
            );
        }
    }
    out
}

async fn item_ids(addr: &str) -> Vec<String> {
    let mut c = Conn::open(addr).await;
    let mut ids = Vec::new();
    for kind in [
        "guide",
        "right",
        "contact",
        "agency",
        "stay_rule",
        "checklist",
        "red_flags",
        "term",
    ] {
        let body = serde_json::json!({ "locale": "en", "kind": kind }).to_string();
        let (status, reply) = c.post("/api/list_items", &body).await.expect("list_items");
        assert_eq!(
            status,
            200,
            "list_items: {}",
            String::from_utf8_lossy(&reply)
        );
        let list: Vec<serde_json::Value> = serde_json::from_slice(&reply).expect("json");
        ids.extend(
            list.iter()
                .filter_map(|s| s["id"].as_str().map(str::to_string)),
        );
    }
    assert!(!ids.is_empty(), "the server lists no items");
    ids
}

/// One phase's measurements.
struct Report {
    done: usize,
    errors: usize,
    bytes: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Report {
    fn print(mut self, goal: &Goal) {
        self.latencies.sort();
        let pct = |p: f64| {
            let i = ((self.latencies.len() as f64 * p).ceil() as usize).saturating_sub(1);
            self.latencies
                .get(i)
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        let rps = self.done as f64 / self.elapsed.as_secs_f64();
        let (p50, p99) = (pct(0.50), pct(0.99));
        let mark = |ok: bool| if ok { "meets" } else { "misses" };
        println!(
            "{:<8} {:>8.0} req/s ({} goal ≥ {:.0}), p50 {:.1} ms, p99 {:.1} ms ({} goal ≤ {:.0} ms), \
             {} requests, {} errors, {:.1} KB per answer",
            goal.name,
            rps,
            mark(rps >= goal.rps),
            goal.rps,
            p50,
            p99,
            mark(p99 <= goal.p99_ms),
            goal.p99_ms,
            self.done,
            self.errors,
            self.bytes as f64 / self.done.max(1) as f64 / 1024.0,
        );
    }
}

/// `conns` connections, each sending the bodies in turn (each starting at its own offset) for
/// `secs` seconds.
async fn run(addr: &str, path: &str, bodies: &[String], conns: usize, secs: u64) -> Report {
    let bodies = Arc::new(bodies.to_vec());
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let until = start + Duration::from_secs(secs);
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (addr, path, bodies, next) = (
            addr.to_string(),
            path.to_string(),
            bodies.clone(),
            next.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut c = Conn::open(&addr).await;
            let mut lat = Vec::new();
            let (mut errors, mut bytes) = (0, 0);
            while Instant::now() < until {
                let body = &bodies[next.fetch_add(1, Ordering::Relaxed) % bodies.len()];
                let t = Instant::now();
                match c.post(&path, body).await {
                    Ok((200, reply)) => {
                        lat.push(t.elapsed());
                        bytes += reply.len();
                    }
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        c = Conn::open(&addr).await;
                    }
                }
            }
            (lat, errors, bytes)
        }));
    }
    let mut report = Report {
        done: 0,
        errors: 0,
        bytes: 0,
        elapsed: Duration::ZERO,
        latencies: Vec::new(),
    };
    for t in tasks {
        let (lat, errors, bytes) = t.await.expect("task");
        report.done += lat.len();
        report.errors += errors;
        report.bytes += bytes;
        report.latencies.extend(lat);
    }
    report.elapsed = start.elapsed();
    report
}

/// A keep-alive HTTP/1.1 connection that sends one POST at a time and reads a reply with a
/// `Content-Length` (every API reply has one).
struct Conn {
    r: BufReader<TcpStream>,
    host: String,
}

impl Conn {
    async fn open(addr: &str) -> Conn {
        let s = TcpStream::connect(addr).await.expect("connect");
        s.set_nodelay(true).expect("nodelay");
        Conn {
            r: BufReader::new(s),
            host: addr.to_string(),
        }
    }

    async fn post(&mut self, path: &str, body: &str) -> std::io::Result<(u16, Vec<u8>)> {
        let req = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{body}",
            self.host,
            body.len()
        );
        self.r.get_mut().write_all(req.as_bytes()).await?;
        let mut line = String::new();
        self.r.read_line(&mut line).await?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut len = 0usize;
        loop {
            line.clear();
            if self.r.read_line(&mut line).await? == 0 {
                return Err(std::io::Error::other("closed"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().map_err(std::io::Error::other)?;
                }
            }
        }
        let mut reply = vec![0; len];
        self.r.read_exact(&mut reply).await?;
        Ok((status, reply))
    }
}
