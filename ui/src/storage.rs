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
