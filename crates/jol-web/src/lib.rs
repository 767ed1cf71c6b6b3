//! The browser host: Jol inside the phone's browser, with no server in the path.
//!
//! What `jol-native` does with files, this does with the browser. The content database and the
//! user's data are SQLite in memory (compiled to wasm), kept in IndexedDB after every change; the
//! dataset and signed updates arrive by `fetch` and are verified here by `jol-pack`, with the same
//! checks as on the desktop. The UI reaches it through `window.__JOL__` (set up by `ui/boot.js`),
//! with the same `{cmd, payload}` calls the desktop sends over IPC, answered by the same
//! [`jol_core::Jol`].
//!
//! - [`config`] — `jol-web.json`, what `scripts/build-web` says about the app's folder;
//! - [`storage`] — IndexedDB;
//! - [`net`] — `fetch`;
//! - [`updates`] — the [`jol_core::UpdateHost`] for the browser.

pub mod config;
pub mod net;
pub mod storage;
pub mod updates;

use config::Config;
use jol_core::content_store::should_replace;
use jol_core::{Clock, ContentStore, Jol, Transport, UserStore};
use jol_pack::{FullPack, PublicKey};
use jol_types::api::{ApiError, ErrorCode, Notice};
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use updates::WebUpdates;
use wasm_bindgen::prelude::*;

/// The browser's clock.
struct BrowserClock;

impl Clock for BrowserClock {
    fn unix_seconds(&self) -> i64 {
        updates::now()
    }
}

struct Host {
    jol: Arc<Jol>,
    user: Arc<Mutex<UserStore>>,
    updates: WebUpdates,
}

/// Jol, running in this page.
#[wasm_bindgen]
pub struct JolWeb {
    host: Rc<Host>,
}

#[wasm_bindgen]
impl JolWeb {
    /// Opens Jol from the text of `jol-web.json`: the content and the user's data from
    /// IndexedDB, or, on a first start (or when the app brought newer content than it kept), the
    /// dataset fetched from the app's folder and built into a database on the phone.
    pub async fn start(config: String) -> Result<JolWeb, JsValue> {
        let config: Config = serde_json::from_str(&config)
            .map_err(|e| JsValue::from_str(&format!("jol-web.json: {e}")))?;
        let (user, mut notices) = open_user().await?;
        let user = Arc::new(Mutex::new(user));
        let (content, restored) = open_content(&config).await?;
        if restored {
            notices.push(Notice::ContentRestored);
        }
        let trusted = trusted_keys(&config)?;
        let sources = config
            .update_sources
            .iter()
            .map(|s| net::resolve(s))
            .collect();
        let updates = WebUpdates::new(trusted, sources, user.clone());
        let jol = Arc::new(
            Jol::new(
                content,
                user.clone(),
                Arc::new(BrowserClock),
                Arc::new(updates.clone()),
            )
            .with_notices(notices),
        );
        updates.attach(&jol);
        Ok(JolWeb {
            host: Rc::new(Host { jol, user, updates }),
        })
    }

    /// Answers one API call: a promise of the reply's JSON, rejected with an `ApiError`'s JSON.
    /// A call that changed the user's data answers only after the change is kept in IndexedDB;
    /// if it cannot be kept, the call fails — a tick that looks saved must be saved.
    pub fn call(&self, cmd: String, payload: String) -> js_sys::Promise {
        let host = self.host.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            host.call(&cmd, &payload)
                .await
                .map(|reply| JsValue::from_str(&reply))
                .map_err(|e| JsValue::from_str(&serde_json::to_string(&e).unwrap_or(e.message)))
        })
    }

    /// Checks the update sources now, if there are any and the browser is online (the page
    /// calls this at start and when the connection comes back).
    #[wasm_bindgen(js_name = checkUpdates)]
    pub fn check_updates(&self) -> bool {
        use jol_core::UpdateHost;
        net::online() && self.host.updates.has_sources() && self.host.updates.check_now()
    }
}

impl Host {
    async fn call(&self, cmd: &str, payload: &str) -> Result<String, ApiError> {
        let payload = if payload.trim().is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(payload).map_err(|e| {
                ApiError::new(
                    ErrorCode::BadRequest,
                    format!("bad arguments for `{cmd}`: {e}"),
                )
                .with("call", cmd)
            })?
        };
        let before = self.user_changes();
        // The user's own device: it may write, as the desktop app's window may.
        let reply = self.jol.call(cmd, payload, Transport::Ipc);
        if self.user_changes() != before {
            self.keep_user().await?;
        }
        let reply = reply?;
        serde_json::to_string(&reply).map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))
    }

    fn user_changes(&self) -> u64 {
        self.user
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .total_changes()
    }

    async fn keep_user(&self) -> Result<(), ApiError> {
        let bytes = self
            .user
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .to_bytes()
            .map_err(|e| storage_failed(e.to_string()))?;
        storage::put(storage::USER, &bytes)
            .await
            .map_err(storage_failed)
    }
}

fn storage_failed(message: String) -> ApiError {
    ApiError::new(
        ErrorCode::Storage,
        format!("cannot keep your data on this phone: {message}"),
    )
}

/// The user's data from IndexedDB; a fresh store when there is none, or when what is kept cannot
/// be read (then the user is told once).
async fn open_user() -> Result<(UserStore, Vec<Notice>), JsValue> {
    let fresh = || UserStore::in_memory().map_err(|e| JsValue::from_str(&e.to_string()));
    match storage::get(storage::USER)
        .await
        .map_err(|e| JsValue::from_str(&e))?
    {
        None => Ok((fresh()?, Vec::new())),
        Some(bytes) => match UserStore::from_bytes(&bytes) {
            Ok(store) => Ok((store, Vec::new())),
            Err(e) => {
                web_sys::console::warn_1(&format!("the kept user data cannot be read: {e}").into());
                Ok((
                    fresh()?,
                    vec![Notice::UserDataReset {
                        moved_to: String::new(),
                    }],
                ))
            }
        },
    }
}

/// The content: what IndexedDB keeps, unless the app brought newer content (or what is kept is
/// damaged: then the app's own, and `true`).
async fn open_content(config: &Config) -> Result<(ContentStore, bool), JsValue> {
    let js = |e: String| JsValue::from_str(&e);
    let mut restored = false;
    if let Some(bytes) = storage::get(storage::CONTENT).await.map_err(js)? {
        match ContentStore::from_bytes(&bytes) {
            Ok(store) if !should_replace(store.meta(), &config.dataset.meta()) => {
                return Ok((store, false))
            }
            Ok(_) => {}
            Err(e) => {
                web_sys::console::warn_1(&format!("the kept content cannot be read: {e}").into());
                restored = true;
            }
        }
    }
    let mut store = build_dataset(config).await.map_err(js)?;
    let bytes = store.to_bytes().map_err(|e| js(e.to_string()))?;
    storage::put(storage::CONTENT, &bytes).await.map_err(js)?;
    Ok((store, restored))
}

/// The app's dataset, fetched and built into a database in memory, checked against the content
/// hash `jol-web.json` names.
async fn build_dataset(config: &Config) -> Result<ContentStore, String> {
    let d = &config.dataset;
    let bytes = net::fetch_bytes(&d.file, d.size, false)
        .await
        .map_err(|e| format!("{}: {e}", d.file))?;
    let mut pack: FullPack =
        jol_pack::format::parse_pack(&d.file, &bytes).map_err(|e| e.to_string())?;
    // It travels without the Uzbek Cyrillic, which is derived from the Latin exactly as the build
    // derives it (`jol web-app` strips it); the content hash below proves the result the same.
    pack.items
        .iter_mut()
        .for_each(jol_content::derive::add_uz_cyrillic);
    let store = ContentStore::from_items(&pack.items).map_err(|e| e.to_string())?;
    if store.meta().content_hash != d.content_hash {
        return Err(format!(
            "{}: its items do not match the content hash jol-web.json names",
            d.file
        ));
    }
    Ok(store)
}

/// The keys compiled in, and those `jol-web.json` names.
fn trusted_keys(config: &Config) -> Result<Vec<PublicKey>, JsValue> {
    let mut keys = jol_pack::builtin_trusted();
    for k in &config.trusted_keys {
        keys.push(
            jol_pack::parse_public_key(k)
                .map_err(|e| JsValue::from_str(&format!("jol-web.json: {e}")))?,
        );
    }
    Ok(keys)
}
