//! Sharing from the desktop app: the same server as `jol serve --lan`, started and stopped from
//! Settings, so a trainer with one laptop and thirty phones needs no terminal.
//!
//! The server runs on its own thread with its own runtime, so starting, serving and stopping it
//! never touch the window's event loop. It holds only a weak reference to [`Jol`]: the app owns
//! Jol, and Jol owns this (see [`jol_core::Sharing`]).

use crate::{bind, router_with, AssetSource};
use jol_core::Jol;
use jol_types::api::SharingReply;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, Weak};

/// The port phones are told to open; when taken, the next free ones are tried.
pub const DEFAULT_PORT: u16 = 8787;
const PORT_TRIES: u16 = 10;

struct Running {
    urls: Vec<String>,
    stop: tokio::sync::oneshot::Sender<()>,
    /// Closed when the server thread has finished.
    done: std::sync::mpsc::Receiver<()>,
}

/// How long stopping waits for open requests to finish before it answers anyway.
const STOP_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

pub struct NetworkSharing {
    jol: Weak<Jol>,
    /// Where to listen: all interfaces in the app, loopback in tests. Port 0 picks a free one.
    addr: SocketAddr,
    packs: Option<PathBuf>,
    /// The UI's files, when the server does not have them compiled in.
    assets: Option<AssetSource>,
    state: Mutex<(Option<Running>, Option<String>)>,
}

impl NetworkSharing {
    pub fn new(jol: &Arc<Jol>, addr: SocketAddr, packs: Option<PathBuf>) -> NetworkSharing {
        NetworkSharing {
            jol: Arc::downgrade(jol),
            addr,
            packs,
            assets: None,
            state: Mutex::new((None, None)),
        }
    }

    /// Serves the UI from `assets` (the desktop app's own copy) instead of a compiled-in one.
    pub fn with_assets(mut self, assets: AssetSource) -> NetworkSharing {
        self.assets = Some(assets);
        self
    }

    /// Starts the server on its own thread with its own runtime (the caller may itself be on an
    /// async runtime, e.g. a Tauri command, where blocking on another runtime is not allowed) and
    /// waits until it is listening or has failed to.
    fn start(&self) -> Result<Running, String> {
        let jol = self
            .jol
            .upgrade()
            .ok_or_else(|| "Jol is shutting down".to_string())?;
        let ports: Vec<u16> = if self.addr.port() == 0 {
            vec![0]
        } else {
            (0..PORT_TRIES).map(|i| self.addr.port() + i).collect()
        };
        let ip = self.addr.ip();
        let packs = self.packs.clone();
        let assets = self.assets.clone();
        let (started, listening) = std::sync::mpsc::channel::<Result<Vec<String>, String>>();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (finished, done) = std::sync::mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("jol-sharing".into())
            .spawn(move || {
                let _finished = finished;
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = started.send(Err(format!("cannot start the server: {e}")));
                        return;
                    }
                };
                runtime.block_on(async move {
                    // The first free port of the few tried, so a taken port is no dead end.
                    let mut last_err = String::new();
                    let mut bound = None;
                    for port in ports {
                        match bind(SocketAddr::new(ip, port)).await {
                            Ok(b) => {
                                bound = Some(b);
                                break;
                            }
                            Err(e) => last_err = e.to_string(),
                        }
                    }
                    let Some(bound) = bound else {
                        let _ = started.send(Err(last_err));
                        return;
                    };
                    let _ = started.send(Ok(bound.urls()));
                    let served = axum::serve(bound.listener, router_with(jol, packs, assets))
                        .with_graceful_shutdown(async {
                            let _ = stopped.await;
                        })
                        .await;
                    if let Err(e) = served {
                        tracing::warn!("sharing stopped: {e}");
                    }
                });
            })
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let urls = listening
            .recv()
            .map_err(|_| "the server stopped while starting".to_string())??;
        Ok(Running { urls, stop, done })
    }

    fn reply(&self, state: &(Option<Running>, Option<String>)) -> SharingReply {
        let urls = state.0.as_ref().map(|r| r.urls.clone()).unwrap_or_default();
        let has_packs = self
            .packs
            .as_ref()
            .is_some_and(|p| p.join("timestamp.json").is_file());
        SharingReply {
            available: true,
            on: state.0.is_some(),
            qr_svg: urls.first().and_then(|u| qr_svg(u)),
            packs_url: urls
                .first()
                .filter(|_| has_packs)
                .map(|u| format!("{u}packs")),
            urls,
            error: state.1.clone(),
        }
    }
}

impl jol_core::Sharing for NetworkSharing {
    fn status(&self) -> SharingReply {
        self.reply(&self.state.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn set(&self, on: bool) -> SharingReply {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match (on, state.0.take()) {
            (true, Some(running)) => state.0 = Some(running),
            (true, None) => match self.start() {
                Ok(running) => *state = (Some(running), None),
                Err(e) => state.1 = Some(e),
            },
            (false, Some(running)) => {
                let _ = running.stop.send(());
                // The listener closes at once; open requests get a moment to finish, but a phone
                // holding a connection must not hang the window.
                let _ = running.done.recv_timeout(STOP_WAIT);
                state.1 = None;
            }
            (false, None) => state.1 = None,
        }
        self.reply(&state)
    }
}

/// A QR code of `url` as an SVG image (dark modules on white, with the quiet zone).
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(180, 180)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}
