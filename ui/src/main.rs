//! The Jol UI: one Leptos app for both the desktop window (Tauri IPC) and a browser on `jol serve`
//! (HTTP). Which transport it uses is decided once, at start, in [`client`].

mod app;
mod bookmarks;
mod client;
mod components;
mod corridor;
mod errors;
mod format;
mod i18n;
mod markdown;
mod offline;
mod pages;
mod route;
mod storage;
mod updates;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
