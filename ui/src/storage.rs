//! Settings kept in the page's local storage, which both the webview and a browser persist: the
//! visitor's own language on a shared classroom server, the user's on the desktop.

const PREFIX: &str = "jol.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        // A full or disabled storage only loses the preference, never the page.
        let _ = s.set_item(&format!("{PREFIX}{key}"), value);
    }
}

/// A JSON value kept under `key`; `None` when absent or unreadable (a stale format is dropped,
/// not an error: local storage only ever holds preferences).
pub fn get_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    get(key).and_then(|s| serde_json::from_str(&s).ok())
}

pub fn set_json<T: serde::Serialize>(key: &str, value: &T) {
    if let Ok(json) = serde_json::to_string(value) {
        set(key, &json);
    }
}
