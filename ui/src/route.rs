//! Where the user is, kept in the URL's hash (`#/item/ru.patent`), so the back button, reloads and
//! links shared between phones all work with no server-side routing.

use jol_types::ItemKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home(Option<ItemKind>),
    Item(String),
    Emergency,
    Contacts,
    Settings,
    /// "How long may I stay": the stay calculator.
    Stay,
    NotFound,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Home(None),
            ("kind", Some(k)) => match ItemKind::parse(k) {
                Some(kind) => Route::Home(Some(kind)),
                None => Route::NotFound,
            },
            ("item", Some(id)) if !id.is_empty() => Route::Item(decode(id)),
            ("emergency", None) => Route::Emergency,
            ("contacts", None) => Route::Contacts,
            ("settings", None) => Route::Settings,
            ("stay", None) => Route::Stay,
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home(None) | Route::NotFound => "#/".into(),
            Route::Home(Some(k)) => format!("#/kind/{}", k.as_str()),
            Route::Item(id) => format!("#/item/{id}"),
            Route::Emergency => "#/emergency".into(),
            Route::Contacts => "#/contacts".into(),
            Route::Settings => "#/settings".into(),
            Route::Stay => "#/stay".into(),
        }
    }
}

pub fn item_href(id: &str) -> String {
    Route::Item(id.to_string()).href()
}

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .map(String::from)
        .unwrap_or_else(|_| s.to_string())
}
