//! The two listeners of `jol serve --https`: the app over TLS, and the plain-http port that serves
//! only the CA certificate and the page saying how to install it.

use super::page::{self, PageFacts};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

/// A slow or silent client gets this long to finish its TLS handshake before it is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// A TCP listener whose connections come out TLS-wrapped, for `axum::serve`.
///
/// Handshakes run in their own tasks and only finished ones are handed to the server, so one phone
/// that stalls mid-handshake never holds up the others.
pub struct TlsListener {
    ready: tokio::sync::mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
    acceptor_task: tokio::task::JoinHandle<()>,
}

impl TlsListener {
    pub fn new(
        tcp: TcpListener,
        config: Arc<rustls::ServerConfig>,
    ) -> std::io::Result<TlsListener> {
        let local = tcp.local_addr()?;
        let acceptor = TlsAcceptor::from(config);
        let (tx, ready) = tokio::sync::mpsc::channel(64);
        let acceptor_task = tokio::spawn(async move {
            loop {
                let (stream, peer) = match tcp.accept().await {
                    Ok(c) => c,
                    Err(e) => {
                        // Out of file descriptors and the like: wait instead of spinning.
                        tracing::debug!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => {
                            let _ = tx.send((tls, peer)).await;
                        }
                        // A phone that does not trust the CA yet ends here: normal, not an error.
                        Ok(Err(e)) => tracing::debug!("TLS handshake with {peer} failed: {e}"),
                        Err(_) => tracing::debug!("TLS handshake with {peer} timed out"),
                    }
                });
            }
        });
        Ok(TlsListener {
            ready,
            local,
            acceptor_task,
        })
    }
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        // The accept loop owns the socket: stopping it frees the port.
        self.acceptor_task.abort();
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(c) => c,
            // The accept loop ended (aborted): nothing more will come.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

/// The TLS settings: the leaf and its key, rustls over ring, HTTP/1.1 (all `jol serve` speaks).
pub fn server_config(leaf: &super::ca::Leaf) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(vec![leaf.cert.clone()], leaf.key.clone_key())?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// What the plain-http port knows.
pub struct CaSite {
    pub ca_der: Vec<u8>,
    pub ca_name: String,
    pub fingerprint: String,
    pub app_urls: Vec<String>,
}

/// Where the certificate is served.
pub const CA_PATH: &str = "/classroom-ca.crt";
/// Where the install page is.
pub const PAGE_PATH: &str = "/install";

/// The plain-http port: `/` → the install page, the page, its stylesheet and the CA certificate.
/// Nothing else — no app, no API, no packs: everything that matters goes over HTTPS only.
pub fn ca_router(site: CaSite) -> Router {
    Router::new()
        .route("/", get(|| async { Redirect::to(PAGE_PATH) }))
        .route(PAGE_PATH, get(install_page))
        .route("/install.css", get(stylesheet))
        .route(CA_PATH, get(certificate))
        .fallback(|| async { (StatusCode::NOT_FOUND, "not found") })
        .with_state(Arc::new(site))
        .layer(axum::middleware::map_response(crate::security_headers))
}

async fn install_page(
    State(site): State<Arc<CaSite>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let header_str = |h: header::HeaderName| headers.get(h).and_then(|v| v.to_str().ok());
    let locale = page::choose_locale(
        query.get("lang").map(String::as_str),
        header_str(header::ACCEPT_LANGUAGE),
    );
    // The address this phone used comes first: it is the one it can reach.
    let host = header_str(header::HOST)
        .map(|h| h.rsplit_once(':').map_or(h, |(name, _)| name))
        .unwrap_or("");
    let mut urls = site.app_urls.clone();
    urls.sort_by_key(|u| !u.starts_with(&format!("https://{host}:")));
    let html = page::render(
        locale,
        &PageFacts {
            ca_name: &site.ca_name,
            fingerprint: &site.fingerprint,
            app_urls: &urls,
        },
    );
    let mut r = (StatusCode::OK, html).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, HeaderValue::from_static("accept-language"));
    if let Ok(v) = HeaderValue::from_str(locale.tag()) {
        h.insert(header::CONTENT_LANGUAGE, v);
    }
    r
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        page::CSS,
    )
        .into_response()
}

/// The CA certificate, DER: Android and iOS both install a `.crt` in this form.
async fn certificate(State(site): State<Arc<CaSite>>) -> Response {
    let mut r = (StatusCode::OK, site.ca_der.clone()).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-x509-ca-cert"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"jol-classroom-ca.crt\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}
