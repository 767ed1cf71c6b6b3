//! Fresh content without a restart (issue #14): a running `jol serve` (a real process) answers
//! with the content another process's `jol sync` renamed into place, from the next second on.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn run(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_jol"))
        .args(args)
        .output()
        .expect("jol runs");
    assert!(
        out.status.success(),
        "jol {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// The dataset with one fact changed (a phone number as it is displayed), so its hash differs.
fn changed_content(tmp: &Path) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let dir = tmp.join("content");
    copy_tree(&src, &dir);
    let file = dir.join("contacts/contact.ae-mohre-complaint-line.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("display = \"80060\""), "the fact to change");
    std::fs::write(
        &file,
        text.replace("display = \"80060\"", "display = \"800 60\""),
    )
    .unwrap();
    dir
}

/// `jol serve` on a free port; killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(data: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jol"))
        .args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("jol serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            l.trim()
                .strip_prefix("http://")
                .map(|a| a.trim_end_matches('/').to_string())
        })
        .expect("jol serve prints its address");
    // Keep reading its output so it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    Server { child, addr }
}

/// `POST /api/info` over a fresh connection: the reply's JSON.
fn info(addr: &str) -> serde_json::Value {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "POST /api/info HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").expect("a reply");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    serde_json::from_str(body).expect("json")
}

#[test]
fn a_running_server_serves_the_content_another_process_synced() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let data = t.join("data");
    let key = t.join("KEY");
    let packs = t.join("packs");
    run(&["pack", "keygen", "--out", key.to_str().unwrap()]);
    let content = changed_content(t);
    run(&[
        "pack",
        "build",
        "--content",
        content.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--out",
        packs.to_str().unwrap(),
    ]);

    let server = serve(&data);
    let before = info(&server.addr);
    let old_hash = before["content_hash"].as_str().expect("a hash").to_string();

    run(&[
        "sync",
        "--from",
        packs.to_str().unwrap(),
        "--trust",
        t.join("KEY.pub").to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    let synced = rusqlite::Connection::open(data.join("content.db"))
        .unwrap()
        .query_row(
            "SELECT value FROM meta WHERE key = 'content_hash'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap();
    assert_ne!(synced, old_hash, "the sync installed other content");

    // The server looks at the file once a second: past that, the very next request sees it.
    std::thread::sleep(Duration::from_millis(1100));
    let after = info(&server.addr);
    assert_eq!(after["content_hash"], synced.as_str(), "{after}");
    assert_eq!(after["item_count"], before["item_count"]);
}
