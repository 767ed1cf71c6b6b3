//! Raw HTTP for the server's tests: one request, the answer split into status, head and body.
//! Shared by the tests that check headers byte for byte (ETags, precompressed copies, HTTPS).
#![allow(dead_code)] // each test file uses its own part

use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The request line and headers of `GET path` with the extra header lines `extra`.
pub fn get_request(path: &str, extra: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: t\r\n{extra}Connection: close\r\n\r\n")
}

/// `GET path` over plain TCP: status, lower-cased head, body.
pub async fn get(addr: SocketAddr, path: &str, extra: &str) -> (u16, String, Vec<u8>) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(get_request(path, extra).as_bytes())
        .await
        .expect("send");
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.expect("read");
    split(&out)
}

/// An HTTP answer as status, lower-cased head and body.
pub fn split(out: &[u8]) -> (u16, String, Vec<u8>) {
    let at = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an HTTP answer");
    let head = String::from_utf8_lossy(&out[..at]).to_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head, out[at + 4..].to_vec())
}

/// The value of header `name` (lower case) in a lower-cased head.
pub fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")))
        .map(str::trim)
}
