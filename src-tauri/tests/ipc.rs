//! The desktop app's IPC command on Tauri's mock runtime (no window, no display): the same
//! `{cmd, payload}` envelope the UI sends reaches the core and comes back as the core's JSON.

use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

fn request(cmd: &str, payload: serde_json::Value) -> InvokeRequest {
    InvokeRequest {
        cmd: "api".into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // On Linux and macOS the app's own origin; `http://tauri.localhost` would count as remote.
        url: if cfg!(any(windows, target_os = "android")) {
            "http://tauri.localhost"
        } else {
            "tauri://localhost"
        }
        .parse()
        .expect("url"),
        body: InvokeBody::Json(serde_json::json!({ "cmd": cmd, "payload": payload })),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

#[test]
fn the_api_command_answers_through_ipc_and_may_write_settings() {
    let data = tempfile::tempdir().expect("temp dir");
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open Jol's data");
    let app = jol_app::app_builder(mock_builder(), Some(Ok(jol)))
        .build(mock_context(noop_assets()))
        .expect("build the app");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a mock window");

    let info = get_ipc_response(&window, request("info", serde_json::json!({})))
        .expect("info answers")
        .deserialize::<serde_json::Value>()
        .expect("json");
    assert!(info["item_count"].as_u64().unwrap_or(0) > 0, "{info}");
    assert_eq!(info["can_write"], true);

    let set = get_ipc_response(
        &window,
        request(
            "set_settings",
            serde_json::json!({ "settings": { "locale": "kk" } }),
        ),
    )
    .expect("settings are writable over IPC")
    .deserialize::<serde_json::Value>()
    .expect("json");
    assert_eq!(set["locale"], "kk");

    let err = get_ipc_response(
        &window,
        request(
            "get_item",
            serde_json::json!({ "id": "no.such", "locale": "en" }),
        ),
    )
    .expect_err("a missing item is an error");
    assert_eq!(err["code"], "not_found", "{err}");
}

#[test]
fn when_the_data_cannot_be_opened_every_call_says_why() {
    let why = "Jol cannot open its data in /nowhere: permission denied".to_string();
    let app = jol_app::app_builder(mock_builder(), Some(Err(why.clone())))
        .build(mock_context(noop_assets()))
        .expect("the app still starts");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a mock window");
    let err = get_ipc_response(&window, request("info", serde_json::json!({})))
        .expect_err("no data, no info");
    assert_eq!(err["code"], "internal", "{err}");
    assert_eq!(err["message"], why.as_str(), "{err}");
}
