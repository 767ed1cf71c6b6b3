//! Use without internet, as the page sees it: whether this browser keeps Jol for offline use, and
//! if it cannot, why — in the reader's language. Also the web app manifest in the reader's
//! language, so "Add to home screen" names Jol in it.
//!
//! A service worker needs a secure context (https, or localhost); on a plain-http classroom
//! address the browser has none, and the app works only while connected. See `docs/mobile.md`.

use crate::i18n::{tr, tr_args, use_locale, Arg};
use jol_types::Locale;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What this page can do offline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineState {
    /// A service worker controls the page: every file is kept on the phone.
    Ready,
    /// The offline app is being kept (the worker installs after the first visit).
    Preparing,
    /// Not a secure context (plain http on a network address): no service worker possible.
    Insecure,
    /// A secure context without service workers (an old or locked-down browser).
    Unsupported,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The state now (the desktop app has no such question: it is installed).
pub fn state() -> OfflineState {
    let w = window();
    let secure = get(&w, "isSecureContext").and_then(|v| v.as_bool()) == Some(true);
    if !secure {
        return OfflineState::Insecure;
    }
    let Some(sw) = get(&w.navigator(), "serviceWorker") else {
        return OfflineState::Unsupported;
    };
    if crate::client::is_offline_app() && get(&sw, "controller").is_some() {
        OfflineState::Ready
    } else if crate::client::is_offline_app() {
        OfflineState::Preparing
    } else {
        // A shared `jol serve` without the offline app: secure, but nothing is kept.
        OfflineState::Unsupported
    }
}

/// Points `<link rel="manifest">` at the manifest in `locale` (the offline web app only: its
/// folder has one per language, written by `jol web-app`).
pub fn set_manifest(locale: Locale) {
    if !crate::client::is_offline_app() {
        return;
    }
    let doc = document();
    let href = format!("manifest-{}.webmanifest", locale.tag());
    let link = match doc.query_selector("link[rel=manifest]").ok().flatten() {
        Some(link) => link,
        None => {
            let Ok(link) = doc.create_element("link") else {
                return;
            };
            let _ = link.set_attribute("rel", "manifest");
            if let Some(head) = doc.head() {
                let _ = head.append_child(&link);
            }
            link
        }
    };
    if link.get_attribute("href").as_deref() != Some(href.as_str()) {
        let _ = link.set_attribute("href", &href);
    }
}

/// Settings → Use without internet (the browser only).
#[component]
pub fn OfflineSettings() -> impl IntoView {
    let locale = use_locale();
    (!crate::client::is_desktop()).then(|| {
        // The worker takes control a moment after the first visit: look again now and then.
        let current = RwSignal::new(state());
        let handle = set_interval_with_handle(
            move || current.set(state()),
            std::time::Duration::from_secs(2),
        );
        on_cleanup(move || {
            if let Ok(h) = handle {
                h.clear();
            }
        });
        view! {
            <section class="settings-offline" id="offline" aria-labelledby="offline-title">
                <h2 id="offline-title">{move || tr(locale.get().unwrap_or(Locale::En), "offline-title")}</h2>
                {move || {
                    let l = locale.get().unwrap_or(Locale::En);
                    view! { <OfflineLine l state=current.get()/> }
                }}
            </section>
        }
    })
}

#[component]
pub fn OfflineLine(l: Locale, state: OfflineState) -> impl IntoView {
    let text = match state {
        OfflineState::Ready => tr(l, "offline-ready"),
        OfflineState::Preparing => tr(l, "offline-preparing"),
        OfflineState::Insecure => {
            let origin = window().location().origin().unwrap_or_default();
            tr_args(l, "offline-insecure", &[("origin", Arg::Str(origin))])
        }
        OfflineState::Unsupported => tr(l, "offline-unsupported"),
    };
    let name = format!("{state:?}").to_lowercase();
    view! { <p class=format!("offline-state {name}") data-state=name>{text}</p> }
}
