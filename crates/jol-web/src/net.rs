//! Fetching bytes through the page's `fetch`: the dataset on a first start, and update files.
//! Update files are fetched with the HTTP cache bypassed (`no-store`), so a check sees what the
//! source has now; the service worker never answers for them either.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What went wrong with a download: the source could not be reached, it answered with an HTTP
/// error status, or it sent more than `cap` bytes.
#[derive(Debug)]
pub enum FetchError {
    Network(String),
    Status(u16),
    TooLarge(u64),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Network(e) => write!(f, "{e}"),
            FetchError::Status(s) => write!(f, "HTTP status {s}"),
            FetchError::TooLarge(n) => write!(f, "more than {n} bytes"),
        }
    }
}

/// The bytes at `url` (absolute, or relative to the page), at most `cap`.
pub async fn fetch_bytes(url: &str, cap: u64, fresh: bool) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    if fresh {
        init.set_cache(web_sys::RequestCache::NoStore);
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cap) {
        return Err(FetchError::TooLarge(cap));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    if u64::from(bytes.length()) > cap {
        return Err(FetchError::TooLarge(cap));
    }
    Ok(bytes.to_vec())
}

/// `relative` resolved against the page's address (`packs` → `https://host/app/packs`).
pub fn resolve(relative: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_string())
}

/// Whether the browser thinks it is online (a hint: false means surely offline).
pub fn online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

fn network(e: JsValue) -> FetchError {
    FetchError::Network(
        e.as_string()
            .or_else(|| js_sys::JSON::stringify(&e).ok().map(String::from))
            .unwrap_or_else(|| "network error".into()),
    )
}
