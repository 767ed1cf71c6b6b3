//! The desktop shell. All it does is open Jol's data, and pass the UI's calls to
//! [`jol_core::Jol::call`] through one command, `api`, with a `{cmd, payload}` envelope.
//!
//! One command instead of one per call: the API is declared once in `jol_types::api`, and the same
//! dispatcher answers `jol serve`'s `POST /api/{cmd}`, so the two transports cannot drift apart and
//! adding a call touches no Tauri code.

use jol_core::{Jol, Transport};
use jol_types::api::{ApiError, ErrorCode};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::Manager;

/// Jol's data, or why it could not be opened: the window still opens and says so, instead of
/// the app dying with a message on a terminal nobody sees.
pub struct Backend(Result<Arc<Jol>, String>);

/// The one IPC command.
#[tauri::command]
async fn api(
    backend: tauri::State<'_, Backend>,
    cmd: String,
    payload: serde_json::Value,
) -> Result<serde_json::Value, ApiError> {
    let jol = backend
        .0
        .as_ref()
        .map_err(|why| ApiError::new(ErrorCode::Internal, why.clone()))?;
    // SQLite calls are short; running them here keeps the code as thin as the HTTP route.
    let reply = jol.call(&cmd, payload, Transport::Ipc);
    if std::env::var_os("JOL_TIMING").is_some() {
        // Read by scripts/bench: how long after start the window got its first answers.
        eprintln!(
            "jol-timing: {cmd} answered {:.3} s after start",
            started().elapsed().as_secs_f64()
        );
    }
    reply
}

/// When the process started (first call wins; `run` calls it first thing).
fn started() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

/// Registers the command, and Jol's data: `opened` when the caller opened it already (tests), else
/// opened in `setup` from the platform's app data directory (or `$JOL_DATA_DIR`).
pub fn app_builder<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    opened: Option<Result<Jol, String>>,
) -> tauri::Builder<R> {
    let builder = builder.invoke_handler(tauri::generate_handler![api]);
    if let Some(opened) = opened {
        return builder.manage(Backend(opened.map(Arc::new)));
    }
    builder.setup(|app| {
        // Sharing serves the UI the window shows, from the app's own embedded copy.
        let resolver = app.asset_resolver();
        let assets: jol_server::AssetSource = Arc::new(move |path: &str| {
            resolver
                .get(path.to_string())
                .map(|a| (a.bytes, a.mime_type))
        });
        let backend = match open(app.path().app_data_dir(), assets) {
            Ok(jol) => Ok(jol),
            Err(why) => {
                tracing::error!("{why}");
                Err(why)
            }
        };
        app.manage(Backend(backend));
        Ok(())
    })
}

/// Opens Jol's data, trusts this build's publisher keys, starts the update schedule and offers
/// sharing on the network. Errors are sentences for the user.
fn open(
    platform_dir: tauri::Result<PathBuf>,
    assets: jol_server::AssetSource,
) -> Result<Arc<Jol>, String> {
    let dir = match std::env::var_os(jol_native::paths::DATA_DIR_ENV) {
        Some(d) => PathBuf::from(d),
        None => platform_dir.map_err(|e| format!("Jol cannot find a folder for its data: {e}"))?,
    };
    let (jol, updates) =
        jol_native::open_with_updates(&dir, jol_dataset::builtin()).map_err(|e| {
            format!(
                "Jol cannot open its data in {}: {e}. Check that this folder can be written, or \
             start Jol with JOL_DATA_DIR set to one that can.",
                dir.display()
            )
        })?;
    updates.set_trusted(jol_native::trusted_with(&dev_trust()).map_err(|e| e.to_string())?);
    updates.start_schedule();
    let jol = Arc::new(jol);
    // Settings → "Share with phones": the same server as `jol serve --lan`, on demand.
    let everywhere = std::net::SocketAddr::from(([0, 0, 0, 0], jol_server::sharing::DEFAULT_PORT));
    // Peers on the network can also take the signed update files this computer last received.
    let mirror = jol_native::mirror_dir(&dir);
    jol.offer_sharing(Box::new(
        jol_server::sharing::NetworkSharing::new(&jol, everywhere, Some(mirror))
            .with_assets(assets),
    ));
    Ok(jol)
}

/// Extra publisher keys from `$JOL_DEV_TRUST` (comma-separated), honoured by debug builds only:
/// the end-to-end tests sign packs with a throwaway key. A release build trusts only the keys
/// compiled into it, so no environment can make it take someone else's content.
fn dev_trust() -> Vec<String> {
    if !cfg!(debug_assertions) {
        return Vec::new();
    }
    std::env::var("JOL_DEV_TRUST")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(String::from)
        .collect()
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    started();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("JOL_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .init();
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // WebKitGTK's DMA-BUF renderer costs ~80 MB more memory and fails on many old GPUs and
        // virtual displays; the software path is plenty for this UI. A user's own setting wins.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let result = app_builder(tauri::Builder::default(), None).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("jol: {e}");
        std::process::exit(1);
    }
}
