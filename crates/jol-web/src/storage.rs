//! IndexedDB, through `js/idb.js`: the content database, the user's data and the highest update
//! version accepted are kept there as bytes, each put in its own committed transaction.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/idb.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn idb_get(key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_put(key: &str, bytes: &[u8]) -> Result<JsValue, JsValue>;
}

/// The content database (built from the dataset, or updated).
pub const CONTENT: &str = "content.db";
/// The user's database: settings, bookmarks, ticks, trips.
pub const USER: &str = "user.db";
/// The highest signed manifest version ever accepted (decimal text).
pub const SYNC_STATE: &str = "sync-state";

/// The bytes stored under `key`, if any.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let value = idb_get(key).await.map_err(|e| describe(key, &e))?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    Ok(Some(Uint8Array::new(&value).to_vec()))
}

/// Stores `bytes` under `key`; returns once the browser committed them.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), String> {
    idb_put(key, bytes)
        .await
        .map(|_| ())
        .map_err(|e| describe(key, &e))
}

/// The highest update version this phone accepted (0 if none).
pub async fn highest_version() -> Result<u64, String> {
    Ok(get(SYNC_STATE)
        .await?
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0))
}

pub async fn set_highest_version(version: u64) -> Result<(), String> {
    put(SYNC_STATE, version.to_string().as_bytes()).await
}

fn describe(key: &str, e: &JsValue) -> String {
    let what = e
        .as_string()
        .or_else(|| js_sys::JSON::stringify(e).ok().map(String::from))
        .unwrap_or_default();
    format!("the browser's storage failed for {key}: {what}")
}
