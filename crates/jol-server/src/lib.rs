//! `jol serve`: the same UI the desktop app shows, and the same API, over HTTP.
//!
//! A trainer's laptop serves thirty phones on the classroom Wi-Fi; a help desk serves the visitor's
//! phone. So the server is read-only (writes are refused by [`jol_core::Transport::Http`]) and
//! serves only the UI bundle compiled into it — and, with `--packs DIR`, the signed pack files in
//! that one directory, by their exact names: no request can reach any other file on the disk.
//! With `--app DIR` it serves the offline web app from that folder instead ([`dir_assets`]); with
//! `--https`, over TLS with a certificate from the laptop's classroom CA ([`tls`]).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use jol_core::{Jol, Transport};
use jol_types::api::{ApiError, ErrorCode};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

mod app_dir;
pub mod encoding;
pub mod sharing;
pub mod tls;

pub use app_dir::{app_mime, dir_assets, read_app_file};

mod assets {
    include!(concat!(env!("OUT_DIR"), "/ui_assets.rs"));
}

/// The largest request body the API reads: requests are small JSON; anything bigger is refused
/// before it is parsed.
const MAX_BODY: usize = 64 * 1024;

/// Where the UI's files come from when they are not compiled in. Any
/// `Fn(&str) -> Option<(Vec<u8>, String)>` is one (the desktop app passes its own embedded copy);
/// the app folder of `--app DIR` ([`dir_assets`]) also has precompressed copies.
pub type AssetSource = Arc<dyn AssetLookup>;

/// A source of the UI's files.
pub trait AssetLookup: Send + Sync {
    /// Given a path (`/index.html`), the bytes and the content type.
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)>;

    /// The file at `path` compressed ahead of time in `encoding`, with the content type of the
    /// file itself, when the source keeps such a copy beside it. None by default: a source that
    /// answers any unknown path (Tauri falls back to `index.html`) must never claim one.
    fn precompressed(
        &self,
        _path: &str,
        _encoding: encoding::Encoding,
    ) -> Option<(Vec<u8>, String)> {
        None
    }
}

impl<F> AssetLookup for F
where
    F: Fn(&str) -> Option<(Vec<u8>, String)> + Send + Sync,
{
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)> {
        self(path)
    }
}

/// The router: `POST /api/{cmd}` and the UI bundle.
pub fn router(jol: Arc<Jol>) -> Router {
    router_with_packs(jol, None)
}

/// The router, and when `packs` is given, that signed pack directory under `GET /packs/{name}`
/// for classroom peers (`jol sync --from http://…/packs`).
pub fn router_with_packs(jol: Arc<Jol>, packs: Option<PathBuf>) -> Router {
    router_with(jol, packs, None)
}

/// The router with the UI's files from `assets` instead of the compiled-in bundle.
pub fn router_with(jol: Arc<Jol>, packs: Option<PathBuf>, assets: Option<AssetSource>) -> Router {
    let app = Router::new()
        .route("/api/{cmd}", post(api))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(jol);
    let app = match assets {
        Some(source) => app.fallback(move |uri: Uri, headers: HeaderMap| {
            let source = source.clone();
            // A source may read files (`--app DIR`): keep that off the async workers.
            async move {
                tokio::task::spawn_blocking(move || asset_from(&*source, &uri, &headers))
                    .await
                    .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }),
        None => {
            // Made at start, not on the first phone's request.
            embedded_etags();
            app.fallback(asset)
        }
    };
    let app = match packs {
        Some(dir) => app.merge(packs_router(dir)),
        None => app,
    };
    app.layer(axum::middleware::map_response(security_headers))
}

/// What a page of Jol may load and do: only the app's own scripts, wasm, styles and API; no inline
/// script, no plugins, no other site's frames around it. A phone on a classroom network trusts
/// whatever this server sends, so the server promises it runs nothing else.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// Adds the security headers to every response, the UI's files, the API and the packs alike.
pub(crate) async fn security_headers(
    mut res: axum::response::Response,
) -> axum::response::Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // For browsers that predate frame-ancestors.
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// `GET /packs/{name}` over a pack directory, read-only. Only the names a pack directory uses are
/// served — `timestamp.json`, `manifest-N.json`, `<sha256>.pack` — so no request reaches any other
/// file. A single `Range: bytes=N-` is honoured, so an interrupted download resumes.
pub fn packs_router(dir: PathBuf) -> Router {
    Router::new()
        .route("/packs/{name}", get(pack_file))
        .with_state(Arc::new(dir))
}

/// Whether `name` is one of the file names a pack directory holds.
pub fn is_pack_file_name(name: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
    name == "timestamp.json"
        || name
            .strip_prefix("manifest-")
            .and_then(|r| r.strip_suffix(".json"))
            .is_some_and(digits)
        || name.strip_suffix(".pack").is_some_and(|h| {
            h.len() == 64
                && h.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

async fn pack_file(
    State(dir): State<Arc<PathBuf>>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !is_pack_file_name(&name) {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let path = dir.join(&name);
    let bytes = match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(b)) => b,
        _ => return (StatusCode::NOT_FOUND, "not found").into_response(),
    };
    let content_type = if name.ends_with(".json") {
        "application/json"
    } else {
        "application/octet-stream"
    };
    let cache = if name == "timestamp.json" {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let start = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("bytes="))
        .and_then(|v| v.strip_suffix('-'))
        .and_then(|v| v.parse::<usize>().ok());
    let total = bytes.len();
    let mut r = match start {
        Some(s) if s >= total => {
            let mut r = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{total}")) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return r;
        }
        Some(s) => {
            let mut r = (StatusCode::PARTIAL_CONTENT, bytes[s..].to_vec()).into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {s}-{}/{total}", total - 1)) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            r
        }
        None => (StatusCode::OK, bytes).into_response(),
    };
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    r
}

async fn api(State(jol): State<Arc<Jol>>, Path(cmd): Path<String>, body: Bytes) -> Response {
    let payload = if body.iter().all(|b| b.is_ascii_whitespace()) {
        serde_json::Value::Null
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => {
                return error_response(
                    ApiError::new(
                        ErrorCode::BadRequest,
                        format!("the request body is not JSON: {e}"),
                    )
                    .with("call", &cmd),
                )
            }
        }
    };
    // SQLite work is short but blocking; keep it off the async workers.
    let result =
        tokio::task::spawn_blocking(move || jol.call(&cmd, payload, Transport::Http)).await;
    match result {
        Ok(Ok(v)) => (StatusCode::OK, axum::Json(v)).into_response(),
        Ok(Err(e)) => error_response(e),
        Err(e) => error_response(ApiError::new(
            ErrorCode::Internal,
            format!("the request failed: {e}"),
        )),
    }
}

fn error_response(e: ApiError) -> Response {
    // No wildcard: a new code does not compile until it has its status.
    let status = match e.code {
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::BadRequest
        | ErrorCode::UnknownCountry
        | ErrorCode::BadSource
        | ErrorCode::BadDay
        | ErrorCode::NotAChecklist
        | ErrorCode::NoSharing
        | ErrorCode::UpdateFileRefused => StatusCode::BAD_REQUEST,
        ErrorCode::ReadOnly => StatusCode::FORBIDDEN,
        ErrorCode::Busy => StatusCode::CONFLICT,
        ErrorCode::Storage | ErrorCode::Internal | ErrorCode::Transport => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
    };
    (status, axum::Json(e)).into_response()
}

/// A file of `source`: its precompressed copy in the best coding the request accepts when the
/// source has one ([`encoding::accepted`]), else the file itself.
fn asset_from(source: &dyn AssetLookup, uri: &Uri, headers: &HeaderMap) -> Response {
    let path = match uri.path() {
        "/" => "/index.html",
        p => p,
    };
    let encoded = encoding::accepted(headers)
        .into_iter()
        .find_map(|e| source.precompressed(path, e).map(|found| (found, Some(e))));
    let Some(((bytes, mime), coding)) = encoded.or_else(|| source.file(path).map(|f| (f, None)))
    else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    // The bytes as sent (a brotli copy has its own tag). The source may read files that change
    // (`--app DIR` rebuilt in place), so the tag is made from what is sent now.
    let tag = etag(&bytes);
    let mut r = if matches_etag(headers, &tag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = (StatusCode::OK, bytes).into_response();
        if let Ok(v) = HeaderValue::from_str(&mime) {
            r.headers_mut().insert(header::CONTENT_TYPE, v);
        }
        r
    };
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&tag) {
        h.insert(header::ETAG, v);
    }
    if let Some(e) = coding {
        h.insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(e.token()),
        );
    }
    // Whether a copy was sent depends on the request's Accept-Encoding: a cache between the
    // phone and the laptop must not hand brotli to a browser that did not ask for it.
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

/// A strong validator for `bytes`: the start of their SHA-256, quoted.
pub fn etag(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether the request's `If-None-Match` names `tag` (or `*`): the browser's copy is current.
/// Compared weakly, as RFC 9110 asks for `If-None-Match`.
fn matches_etag(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim())
        .any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t) == tag)
}

/// The compiled-in UI's validators, made once (the bundle cannot change while the server runs).
fn embedded_etags() -> &'static [String] {
    static TAGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TAGS.get_or_init(|| assets::ASSETS.iter().map(|(_, b, _)| etag(b)).collect())
}

/// A file of the compiled-in UI. Its names carry no hash of their contents, so the browser asks
/// again each time (`no-cache`), and a repeat visit costs a `304 Not Modified` per file instead
/// of the bundle.
async fn asset(uri: Uri, headers: HeaderMap) -> Response {
    let path = match uri.path() {
        "/" => "/index.html",
        p => p,
    };
    match assets::ASSETS.iter().position(|(p, _, _)| *p == path) {
        Some(i) => {
            let (_, bytes, mime) = assets::ASSETS[i];
            let tag = &embedded_etags()[i];
            let mut r = if matches_etag(&headers, tag) {
                StatusCode::NOT_MODIFIED.into_response()
            } else {
                let mut r = (StatusCode::OK, bytes).into_response();
                r.headers_mut()
                    .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                r
            };
            if let Ok(v) = HeaderValue::from_str(tag) {
                r.headers_mut().insert(header::ETAG, v);
            }
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            r
        }
        None if !assets::UI_BUILT && path == "/index.html" => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!doctype html><title>Jol</title><p>The Jol UI is not built into this binary. Run <code>./scripts/build-ui</code>, then rebuild. The API is at <code>POST /api/{cmd}</code>.</p>",
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source} (is another Jol already running there? try --addr 127.0.0.1:0)")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
}

/// A server bound to its address, not yet serving: the caller learns the real port (for `:0`)
/// before anything is served.
pub struct Bound {
    listener: tokio::net::TcpListener,
    pub addr: SocketAddr,
}

pub async fn bind(addr: SocketAddr) -> Result<Bound, ServeError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| ServeError::Bind { addr, source })?;
    Ok(Bound { listener, addr })
}

impl Bound {
    /// Serves until Ctrl-C (or SIGTERM).
    pub async fn serve(self, jol: Arc<Jol>) -> Result<(), ServeError> {
        self.serve_with_packs(jol, None).await
    }

    /// Serves, with a signed pack directory under `/packs/` when `packs` is given.
    pub async fn serve_with_packs(
        self,
        jol: Arc<Jol>,
        packs: Option<PathBuf>,
    ) -> Result<(), ServeError> {
        self.serve_app(jol, packs, None).await
    }

    /// Serves, with the UI's files from `assets` (e.g. [`dir_assets`] for `--app DIR`) instead of
    /// the compiled-in bundle when given.
    pub async fn serve_app(
        self,
        jol: Arc<Jol>,
        packs: Option<PathBuf>,
        assets: Option<AssetSource>,
    ) -> Result<(), ServeError> {
        axum::serve(self.listener, router_with(jol, packs, assets))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(ServeError::Serve)
    }

    /// The URLs people should open: for a loopback or specific address, that one; for an
    /// all-interfaces bind, one per non-loopback IPv4 interface (what phones on the Wi-Fi reach).
    pub fn urls(&self) -> Vec<String> {
        let port = self.addr.port();
        if !self.addr.ip().is_unspecified() {
            return vec![format!("http://{}/", self.addr)];
        }
        let mut urls: Vec<String> = if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .filter(|i| !i.is_loopback())
            .filter_map(|i| match i.ip() {
                IpAddr::V4(v4) => Some(format!("http://{v4}:{port}/")),
                IpAddr::V6(_) => None,
            })
            .collect();
        urls.push(format!("http://127.0.0.1:{port}/"));
        urls
    }
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
