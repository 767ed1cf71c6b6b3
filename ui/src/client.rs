//! The one client the UI calls the backend through, with three transports behind it:
//!
//! - in the desktop app, Tauri IPC: `invoke("api", { cmd, payload })`;
//! - in the offline web app, the core running in this page (`crates/jol-web`, set up by
//!   `boot.js` as `window.__JOL__`): `__JOL__.call(cmd, payload)`;
//! - in a browser on a shared `jol serve`, HTTP: `POST /api/{cmd}` with the payload as the body.
//!
//! All carry the request types of `jol_types::api` as JSON and get their reply types back.

use jol_types::api::{ApiError, Call, ErrorCode};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// True inside the desktop app (Tauri injects `window.__TAURI__`).
pub fn is_desktop() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&w, &JsValue::from_str("__TAURI__"))
        .map(|v| !v.is_undefined())
        .unwrap_or(false)
}

/// The core running in this page (the offline web app), if it is.
fn local_core() -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str("__JOL__"))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// True in the offline web app: the core runs in this page.
pub fn is_offline_app() -> bool {
    local_core().is_some()
}

/// True where the backend is this device's own (the desktop app, the offline web app): it keeps
/// the user's settings, bookmarks and ticks. False on a shared server, where the page keeps them
/// in the browser's local storage.
pub fn keeps_user_data() -> bool {
    is_desktop() || is_offline_app()
}

/// Calls the backend by whichever transport this page has.
pub async fn call<C: Call>(req: &C) -> Result<C::Reply, ApiError> {
    let payload = serde_json::to_string(req).map_err(|e| transport(e.to_string()))?;
    let reply = if is_desktop() {
        call_ipc(C::NAME, &payload).await?
    } else if let Some(core) = local_core() {
        call_local(&core, C::NAME, &payload).await?
    } else {
        call_http(C::NAME, &payload).await?
    };
    serde_json::from_str(&reply).map_err(|e| transport(format!("unexpected reply: {e}")))
}

async fn call_ipc(cmd: &str, payload: &str) -> Result<String, ApiError> {
    let args = format!("{{\"cmd\":{},\"payload\":{payload}}}", json_string(cmd));
    let args = js_sys::JSON::parse(&args).map_err(|_| transport("bad request".into()))?;
    match invoke("api", args).await {
        Ok(v) => stringify(&v),
        Err(e) => {
            let text = stringify(&e)?;
            Err(serde_json::from_str::<ApiError>(&text).unwrap_or_else(|_| transport(text)))
        }
    }
}

async fn call_local(core: &JsValue, cmd: &str, payload: &str) -> Result<String, ApiError> {
    let call = js_sys::Reflect::get(core, &JsValue::from_str("call"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| transport("the core in this page has no call".into()))?;
    let promise = call
        .call2(core, &JsValue::from_str(cmd), &JsValue::from_str(payload))
        .map_err(js_err)?;
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(v) => Ok(v.as_string().unwrap_or_else(|| "null".into())),
        Err(e) => {
            let text = e.as_string().unwrap_or_default();
            Err(serde_json::from_str::<ApiError>(&text).unwrap_or_else(|_| transport(text)))
        }
    }
}

async fn call_http(cmd: &str, payload: &str) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or_else(|| transport("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(payload));
    let headers = web_sys::Headers::new().map_err(js_err)?;
    headers
        .set("content-type", "application/json")
        .map_err(js_err)?;
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(&format!("/api/{cmd}"), &init).map_err(js_err)?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(js_err)?
        .dyn_into()
        .map_err(js_err)?;
    let text = JsFuture::from(resp.text().map_err(js_err)?)
        .await
        .map_err(js_err)?
        .as_string()
        .unwrap_or_default();
    if resp.ok() {
        Ok(text)
    } else {
        Err(serde_json::from_str::<ApiError>(&text)
            .unwrap_or_else(|_| transport(format!("HTTP {}", resp.status()))))
    }
}

fn stringify(v: &JsValue) -> Result<String, ApiError> {
    if v.is_undefined() {
        return Ok("null".into());
    }
    js_sys::JSON::stringify(v)
        .map(String::from)
        .map_err(|_| transport("unreadable reply".into()))
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn js_err(e: JsValue) -> ApiError {
    transport(
        e.as_string()
            .or_else(|| stringify(&e).ok())
            .unwrap_or_else(|| "network error".into()),
    )
}

/// The backend could not be reached (or answered nonsense): worded as "check the connection".
fn transport(message: String) -> ApiError {
    ApiError::new(ErrorCode::Transport, message)
}
