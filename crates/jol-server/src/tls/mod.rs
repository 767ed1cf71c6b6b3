//! `jol serve --https`: Jol over HTTPS on a classroom network with no internet, so that phones get
//! a secure context — the condition for a service worker, and so for Jol staying on the phone
//! after the phone leaves the classroom.
//!
//! No public certificate authority will certify a laptop's LAN address, so the laptop is its own
//! authority: [`ca::ClassroomCa`], made once in the data directory and name-constrained to the
//! classroom's addresses (see [`ca`] for what that allows and the trade-off). Each start issues a
//! fresh short-lived leaf for the addresses the laptop has now. Phones install the CA's certificate
//! once, from a second, plain-http port that serves nothing but that certificate and the page
//! telling how ([`serve::ca_router`]).
//!
//! It lives in jol-server rather than a crate of its own because it is one more way to run the
//! same server — the same router, headers and shutdown — and the desktop app's "Share with phones"
//! (also jol-server) is its natural next user. It is host code: files, clock, sockets.

pub mod ca;
pub mod page;
pub mod serve;

use crate::{router_with, AssetSource, ServeError};
use ca::{CaError, CaStatus, ClassroomCa};
use jol_core::Jol;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The plain-http port for the certificate and its install page, next to the app's 8787.
pub const DEFAULT_CA_PORT: u16 = 8788;

/// The folder of the CA inside the data directory.
pub fn ca_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("classroom-ca")
}

/// What `--https` asks for.
#[derive(Debug, Clone)]
pub struct HttpsOptions {
    /// Extra names for the laptop (`--https-name`), e.g. one a classroom router resolves.
    pub names: Vec<String>,
    /// The plain-http port for the certificate (`--ca-port`); 0 picks a free one.
    pub ca_port: u16,
}

#[derive(Debug, thiserror::Error)]
pub enum HttpsError {
    #[error(transparent)]
    Ca(#[from] CaError),
    #[error(transparent)]
    Bind(#[from] ServeError),
    #[error("cannot set up TLS: {0}")]
    Tls(#[from] rustls::Error),
}

/// Both ports bound and the certificates ready, nothing served yet.
pub struct HttpsBound {
    app: tokio::net::TcpListener,
    ca_port: tokio::net::TcpListener,
    tls: Arc<rustls::ServerConfig>,
    site: serve::CaSite,
    pub app_addr: SocketAddr,
    pub ca_addr: SocketAddr,
    pub status: CaStatus,
    pub fingerprint: String,
    pub ca_dir: PathBuf,
    /// `https://…/` addresses of the app that the leaf covers.
    pub app_urls: Vec<String>,
    /// `http://…/` addresses of the certificate page.
    pub ca_urls: Vec<String>,
    /// Addresses of this laptop the CA does not cover (phones get a certificate error there).
    pub skipped: Vec<String>,
}

/// Opens (or makes) the CA in `ca_dir`, issues this start's leaf, and binds the app's TLS port at
/// `addr` and the certificate port (`opts.ca_port`) on the same IP.
pub async fn bind_https(
    ca_dir: &Path,
    addr: SocketAddr,
    opts: &HttpsOptions,
) -> Result<HttpsBound, HttpsError> {
    let dir = ca_dir.to_path_buf();
    let names = opts.names.clone();
    let (ca, status) = tokio::task::spawn_blocking(move || ClassroomCa::open(&dir, &names))
        .await
        .map_err(|e| ServeError::Serve(std::io::Error::other(e)))??;
    let app = crate::bind(addr).await?;
    let ca_port = crate::bind(SocketAddr::new(addr.ip(), opts.ca_port)).await?;
    let ips = addresses(addr.ip());
    let mut names = opts.names.clone();
    names.extend(ca::host_name().map(|h| format!("{h}.local")));
    // Loopback is never in the CA's scope, and a phone cannot reach it anyway.
    let lan_ips: Vec<IpAddr> = ips.iter().copied().filter(|i| !i.is_loopback()).collect();
    let leaf = ca.issue_leaf(&names, &lan_ips)?;
    let tls = serve::server_config(&leaf)?;
    let port = app.addr.port();
    let host = |h: String| match h.parse::<IpAddr>() {
        Ok(IpAddr::V6(_)) => format!("[{h}]"),
        _ => h,
    };
    let app_urls: Vec<String> = leaf
        .names
        .iter()
        .cloned()
        .chain(leaf.ips.iter().map(IpAddr::to_string))
        .map(|h| format!("https://{}:{port}/", host(h)))
        .collect();
    let ca_urls: Vec<String> = opts
        .names
        .iter()
        .map(|n| n.to_ascii_lowercase())
        .chain(ips.iter().map(IpAddr::to_string))
        .map(|h| format!("http://{}:{}/", host(h), ca_port.addr.port()))
        .collect();
    let fingerprint = ca.fingerprint();
    Ok(HttpsBound {
        site: serve::CaSite {
            ca_der: ca.cert_der().to_vec(),
            ca_name: ca.common_name(),
            fingerprint: fingerprint.clone(),
            app_urls: app_urls.clone(),
        },
        app_addr: app.addr,
        ca_addr: ca_port.addr,
        app: app.listener,
        ca_port: ca_port.listener,
        tls,
        status,
        fingerprint,
        ca_dir: ca.dir().to_path_buf(),
        app_urls,
        ca_urls,
        skipped: leaf.skipped,
    })
}

/// The laptop's addresses for a bind address: every IPv4 interface for an all-interfaces bind
/// (loopback last), else that one address.
fn addresses(ip: IpAddr) -> Vec<IpAddr> {
    if !ip.is_unspecified() {
        return vec![ip];
    }
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(IpAddr::is_ipv4)
        .collect();
    ips.dedup();
    ips.push(IpAddr::from([127, 0, 0, 1]));
    ips
}

impl HttpsBound {
    /// Serves both ports until Ctrl-C (or SIGTERM).
    pub async fn serve(
        self,
        jol: Arc<Jol>,
        packs: Option<PathBuf>,
        assets: Option<AssetSource>,
    ) -> Result<(), ServeError> {
        self.serve_until(jol, packs, assets, crate::shutdown_signal())
            .await
    }

    /// Serves both ports until `stop` completes: the app over TLS (the UI, `/api`, `/packs`), the
    /// certificate and its page over plain http.
    pub async fn serve_until(
        self,
        jol: Arc<Jol>,
        packs: Option<PathBuf>,
        assets: Option<AssetSource>,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServeError> {
        let (tx, rx) = tokio::sync::watch::channel(false);
        let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|s| *s).await;
        };
        tokio::spawn(async move {
            stop.await;
            let _ = tx.send(true);
        });
        let listener = serve::TlsListener::new(self.app, self.tls).map_err(ServeError::Serve)?;
        let app = axum::serve(listener, router_with(jol, packs, assets))
            .with_graceful_shutdown(stopped(rx.clone()));
        let ca = axum::serve(self.ca_port, serve::ca_router(self.site))
            .with_graceful_shutdown(stopped(rx));
        let (a, c) = tokio::join!(async { app.await.map_err(ServeError::Serve) }, async {
            ca.await.map_err(ServeError::Serve)
        });
        a.and(c)
    }
}
