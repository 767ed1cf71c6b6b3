//! The app's frame: the language choice on first start, then the header (search, language), the
//! page for the current route, and the footer.

use crate::components::{lang_picker::LanguageSelect, notices::Notices, search::SearchBox};
use crate::corridor::Corridor;
use crate::i18n::{t, use_locale, CurrentLocale};
use crate::pages::contacts::{Contacts, Emergency};
use crate::pages::corridor::CorridorChoice;
use crate::pages::settings::{apply_scale, stored_scale, SettingsPage};
use crate::pages::{home::Home, item::ItemPage, language::LanguageChoice};
use crate::route::{current_hash, Route};
use crate::storage;
use jol_types::api::{ApiError, ErrorCode, Info, InfoReply};
use jol_types::Locale;
use leptos::prelude::*;

/// The answer to the `info` call made at start.
#[derive(Clone, Copy)]
pub struct AppInfo(pub RwSignal<Option<Result<InfoReply, ApiError>>>);

#[component]
pub fn App() -> impl IntoView {
    let stored: Option<Locale> = storage::get("locale").and_then(|s| s.parse().ok());
    let locale = RwSignal::new(stored);
    provide_context(CurrentLocale(locale));
    let corridor = Corridor::provide();
    apply_scale(&stored_scale());
    crate::updates::UpdateWatch::provide();
    crate::bookmarks::Bookmarks::provide();

    // <html lang> follows the locale: screen readers and fonts pick the language from it.
    Effect::new(move |_| {
        let l = locale.get().unwrap_or(Locale::En);
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", l.tag());
        }
        crate::offline::set_manifest(l);
    });

    // One `info` call at start serves the footer, the notices, and on the desktop the language
    // saved in the user database (local storage may have been cleared).
    let info = crate::components::load(|| (), |_| crate::client::call(&Info {}));
    provide_context(AppInfo(info));
    Effect::new(move |_| {
        if let Some(Ok(i)) = info.get() {
            if locale.get_untracked().is_none() {
                if let Some(l) = i.settings.locale {
                    storage::set("locale", l.tag());
                    locale.set(Some(l));
                }
            }
            corridor.restore(&i.settings);
        }
    });

    let route = RwSignal::new(Route::parse(&current_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || listener.remove());

    // The backend could not open its data (desktop only): nothing else can work, so say why.
    let fatal = move || match info.get() {
        Some(Err(e)) if e.code == ErrorCode::Internal => Some(e.message),
        _ => None,
    };
    view! {
        <Show when=move || fatal().is_none() fallback=move || view! {
            <main id="main" class="fatal">
                <h1>{t("fatal-title")}</h1>
                <p class="error" role="alert">{fatal()}</p>
                <p>{t("fatal-hint")}</p>
            </main>
        }>
        <Show when=move || locale.get().is_some() fallback=|| view! { <LanguageChoice/> }>
        <Show when=move || corridor.is_chosen() fallback=|| view! { <CorridorChoice/> }>
            // The routes live in the hash, so "#main" must not become one: move the focus instead.
            <a class="skip" href="#main" on:click=|ev| {
                ev.prevent_default();
                if let Some(main) = document()
                    .get_element_by_id("main")
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = main.focus();
                }
            }>{t("skip-to-content")}</a>
            <Header/>
            <Notices/>
            <crate::updates::UpdatedNotice/>
            <main id="main" tabindex="-1">
                {move || match route.get() {
                    Route::Home(kind) => view! { <Home kind/> }.into_any(),
                    Route::Item(id) => view! { <ItemPage id/> }.into_any(),
                    Route::Emergency => view! { <Emergency/> }.into_any(),
                    Route::Contacts => view! { <Contacts/> }.into_any(),
                    Route::Settings => view! { <SettingsPage/> }.into_any(),
                    Route::Stay => view! { <crate::pages::stay::StayPage/> }.into_any(),
                    Route::NotFound => view! { <h1 class="error">{t("error-not-found")}</h1> }.into_any(),
                }}
            </main>
            <Footer/>
        </Show>
        </Show>
        </Show>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="top">
            <a class="brand" href="#/">
                <span class="brand-name">{t("app-name")}</span>
                <span class="brand-tagline">{t("app-tagline")}</span>
            </a>
            <SearchBox/>
            <LanguageSelect/>
            <nav class="top-nav" aria-label=t("nav-label")>
                <a class="emergency-button" href=Route::Emergency.href()>{t("nav-emergency")}</a>
                <a class="nav-contacts" href=Route::Contacts.href()>{t("nav-contacts")}</a>
                <a class="nav-settings" href=Route::Settings.href()>{t("nav-settings")}</a>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let locale = use_locale();
    let info = expect_context::<AppInfo>().0;
    view! {
        <footer class="bottom">
            // The desktop app is installed; a browser says what it can keep (see `offline`).
            {move || {
                if crate::client::is_desktop() {
                    view! { <p>{t("footer-offline")}</p> }.into_any()
                } else {
                    let l = locale.get().unwrap_or(Locale::En);
                    view! { <crate::offline::OfflineLine l state=crate::offline::state()/> }.into_any()
                }
            }}
            // The interface's own words are marked like content: machine-made until reviewed.
            {move || {
                let l = locale.get().unwrap_or(Locale::En);
                (crate::i18n::tr(l, "ui-translation") == "machine").then(|| view! {
                    <p class="ui-machine badge machine">{crate::i18n::tr(l, "ui-machine-note")}</p>
                })
            }}
            {move || {
                let l = locale.get().unwrap_or(Locale::En);
                info.get().and_then(|r| r.ok()).map(|i| {
                    view! {
                        <p class="dataset" data-hash=i.content_hash.clone()>
                            {crate::i18n::tr_args(
                                l,
                                "footer-dataset",
                                // The version is the newest fact's date; people read a date.
                                &[(
                                    "date",
                                    crate::i18n::Arg::Str(crate::format::date(
                                        l,
                                        jol_types::PartialDate::from_unix_seconds(i.dataset_version as i64),
                                    )),
                                )],
                            )}
                        </p>
                    }
                })
            }}
        </footer>
    }
}
