//! The real desktop app (WebKitGTK webview) driven through tauri-driver and WebKitWebDriver.

use jol_e2e::*;
use std::process::{Command, Stdio};

/// tauri-driver and the app it starts, with a home of their own so every run is a first start.
struct Desktop {
    driver_port: u16,
    _driver: Proc,
}

fn start_driver(home: &std::path::Path) -> Desktop {
    let port = free_port();
    let native = free_port();
    let driver = std::env::var_os("TAURI_DRIVER")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("HOME")
                .map(|h| std::path::PathBuf::from(h).join(".cargo/bin/tauri-driver"))
                .unwrap_or_else(|| "tauri-driver".into())
        });
    let mut cmd = Command::new(driver);
    cmd.args([
        "--port",
        &port.to_string(),
        "--native-port",
        &native.to_string(),
    ])
    .env("HOME", home)
    .env("XDG_DATA_HOME", home.join("data"))
    .env("XDG_CONFIG_HOME", home.join("config"))
    .env("XDG_CACHE_HOME", home.join("cache"))
    .env_remove("JOL_DATA_DIR")
    .stdout(Stdio::null());
    let proc = Proc::spawn(cmd, "tauri-driver");
    wait_for_port(port, "tauri-driver");
    Desktop {
        driver_port: port,
        _driver: proc,
    }
}

async fn open_app(d: &Desktop) -> fantoccini::Client {
    let app = bin("jol-app");
    connect(
        d.driver_port,
        serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": app.display().to_string() }
        }),
    )
    .await
}

#[tokio::test]
#[ignore = "needs a display (Xvfb), tauri-driver, WebKitWebDriver and a built `jol-app`: run by scripts/test"]
async fn desktop_journey_and_the_language_survives_a_restart() {
    // The expected titles come from the same built-in dataset, read through `jol serve`.
    let server = Server::start();
    let expected = Expected::read(&server, "ru.registration").await;
    let home = tempfile::tempdir().expect("temp home");

    let d = start_driver(home.path());
    let c = open_app(&d).await;
    first_start_journey(&c, &expected).await;
    if let Some(path) = std::env::var_os("JOL_SCREENSHOT") {
        // scripts/readme-screenshot: the README's picture is of this real window.
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }
    c.close().await.expect("close the app");
    drop(d);

    // A new app process on the same home: no language prompt, Russian still chosen.
    let d = start_driver(home.path());
    let c = open_app(&d).await;
    find(&c, "ul.items li a").await;
    assert_eq!(html_lang(&c).await, "ru");
    wait_text(&c, "nav.kinds a.current", |t| t == "Инструкции").await;
    c.close().await.expect("close the app");
}
