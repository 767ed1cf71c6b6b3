//! The one client the UI calls the backend through, with two transports behind it:
//!
//! - in the desktop app, Tauri IPC: `invoke("api", { cmd, payload })`;
//! - in a browser on `jol serve`, HTTP: `POST /api/{cmd}` with the payload as the body.
//!
//! Both carry the request types of `jol_types::api` as JSON and get their reply types back.

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

/// Calls the backend by whichever transport this page has.
pub async fn call<C: Call>(req: &C) -> Result<C::Reply, ApiError> {
    let payload = serde_json::to_string(req).map_err(|e| transport(e.to_string()))?;
    let reply = if is_desktop() {
        call_ipc(C::NAME, &payload).await?
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

fn transport(message: String) -> ApiError {
    ApiError {
        code: ErrorCode::Transport,
        message,
    }
}
