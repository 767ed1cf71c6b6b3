//! The API, declared once. Each call is a request type implementing [`Call`], which names the call
//! and its reply type. Both transports carry the same JSON:
//!
//! - Tauri IPC: `invoke("api", { cmd: Call::NAME, payload: <request> })`;
//! - HTTP: `POST /api/<Call::NAME>` with the request as the body.
//!
//! The backend's dispatcher and the UI's client are both written against these types, so a call
//! that exists on one side and not the other does not compile.

use crate::{Country, Freshness, Item, ItemKind, Locale, Review};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// One API call: its wire name, whether it changes user data, and what it answers.
pub trait Call: Serialize + DeserializeOwned {
    const NAME: &'static str;
    /// Calls that write user data are refused over HTTP: a shared classroom server is read-only.
    const WRITES: bool;
    type Reply: Serialize + DeserializeOwned;
}

/// The names of every call, for the dispatchers' completeness tests.
pub const CALLS: [&str; 6] = [
    Info::NAME,
    ListItems::NAME,
    GetItem::NAME,
    GetItems::NAME,
    Search::NAME,
    SetSetting::NAME,
];

/// An error as the UI sees it, whichever transport carried it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    /// A sentence for the user or the log, in English; the UI shows its own localised text by `code`.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    BadRequest,
    /// A write attempted over the shared (HTTP) transport.
    ReadOnly,
    Internal,
    /// The transport itself failed (no server, IPC error).
    Transport,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

/// What the app knows about itself and its data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfoReply {
    pub app_version: String,
    pub dataset_version: u64,
    /// sha256 of the content, hex; the same sources always give the same hash.
    pub content_hash: String,
    pub item_count: u64,
    /// Things the user must be told once, e.g. that a damaged database was set aside.
    pub notices: Vec<Notice>,
    /// The settings stored on this device.
    pub settings: Settings,
    /// False over HTTP: the page must keep its own settings.
    pub can_write: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Notice {
    /// The user database could not be read; it was moved to `moved_to` and a fresh one started.
    UserDataReset { moved_to: String },
    /// The content database was damaged and was restored from the copy inside the app.
    ContentRestored,
}

/// A user's settings. Absent values mean "not chosen yet" (first start).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub locale: Option<Locale>,
    #[serde(default)]
    pub origin: Option<Country>,
    #[serde(default)]
    pub destination: Option<Country>,
}

/// Items of a kind (or all), titles in the asked locale, optionally only those for a country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListItems {
    pub locale: Locale,
    #[serde(default)]
    pub kind: Option<ItemKind>,
    /// Keep items whose destinations include it, or have none.
    #[serde(default)]
    pub country: Option<Country>,
}

/// A line in a list: enough to show and open an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub id: String,
    pub kind: ItemKind,
    /// The locale the title is really in (a fallback when the asked one is missing).
    pub locale: Locale,
    pub title: String,
    pub summary: String,
    pub review: Review,
    pub destinations: Vec<Country>,
    /// The citizenships it is for; empty means everyone.
    #[serde(default)]
    pub origins: Vec<Country>,
}

/// One whole item, with its related items' titles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetItem {
    pub id: String,
    pub locale: Locale,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemView {
    pub item: Item,
    pub related: Vec<ItemSummary>,
    pub freshness: Freshness,
}

/// Every item of a kind, whole, in one call: the screens that filter on structured data
/// (contacts by city, stay rules by corridor) need more than a list's titles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetItems {
    pub kind: ItemKind,
    pub locale: Locale,
}

/// Full-text search over every locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Search {
    pub query: String,
    /// The UI locale: results in it rank first, and titles come in it.
    pub locale: Locale,
    /// The user's destination: its results rank next.
    #[serde(default)]
    pub country: Option<Country>,
    #[serde(default)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchReply {
    pub hits: Vec<SearchHit>,
    /// The query was longer than the search reads and was cut.
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub id: String,
    pub kind: ItemKind,
    pub title: String,
    /// The locale of `title` and `snippet`.
    pub locale: Locale,
    /// Higher is better.
    pub score: f64,
    /// Text around the match; `hit` parts are what matched, for highlighting.
    pub snippet: Vec<SnippetPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// Stores one setting on this device. Refused over HTTP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetSetting {
    pub settings: Settings,
}

impl Call for Info {
    const NAME: &'static str = "info";
    const WRITES: bool = false;
    type Reply = InfoReply;
}

impl Call for ListItems {
    const NAME: &'static str = "list_items";
    const WRITES: bool = false;
    type Reply = Vec<ItemSummary>;
}

impl Call for GetItem {
    const NAME: &'static str = "get_item";
    const WRITES: bool = false;
    type Reply = ItemView;
}

impl Call for GetItems {
    const NAME: &'static str = "get_items";
    const WRITES: bool = false;
    type Reply = Vec<ItemView>;
}

impl Call for Search {
    const NAME: &'static str = "search";
    const WRITES: bool = false;
    type Reply = SearchReply;
}

impl Call for SetSetting {
    const NAME: &'static str = "set_settings";
    const WRITES: bool = true;
    type Reply = Settings;
}

/// An item an update added, changed or removed, with its title in every locale it has, so each
/// screen can name it in the reader's language (a removed item is no longer in the database to
/// look up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedItem {
    pub id: String,
    pub titles: std::collections::BTreeMap<Locale, String>,
}

impl ChangedItem {
    /// The title in `locale`, else along its fallback chain, else the id.
    pub fn title(&self, locale: Locale) -> &str {
        locale
            .fallback_chain()
            .iter()
            .find_map(|l| self.titles.get(l))
            .or_else(|| self.titles.values().next())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }
}
