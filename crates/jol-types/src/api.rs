//! The API, declared once. Each call is a request type implementing [`Call`], which names the call
//! and its reply type. Both transports carry the same JSON:
//!
//! - Tauri IPC: `invoke("api", { cmd: Call::NAME, payload: <request> })`;
//! - the core in the phone's page (`jol-web`): `__JOL__.call(Call::NAME, <request>)`;
//! - HTTP: `POST /api/<Call::NAME>` with the request as the body.
//!
//! The UI's client calls by these types, and the dispatcher's routes are generated from the one
//! list in [`for_each_call!`](crate::for_each_call), as is [`CALLS`]. A call implemented but left out of that list still
//! compiles; `crates/jol-core/tests/calls.rs` fails on it (and on any listed call with no route).

use crate::{Country, Freshness, Item, ItemKind, Locale, PartialDate, Review};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One API call: its wire name, whether it changes user data, and what it answers.
pub trait Call: Serialize + DeserializeOwned {
    const NAME: &'static str;
    /// Calls that write user data are refused over HTTP: a shared classroom server is read-only.
    const WRITES: bool;
    type Reply: Serialize + DeserializeOwned;
}

/// Every call, declared once: its request type and the name of the method that answers it in
/// `jol_core::Jol`. Invokes the macro named by its argument with the whole list
/// (`Info => info, ListItems => list_items, …`), so the list of names below and the core's
/// dispatcher are generated from the same lines; a call missing here has no route, and
/// `jol-core/tests/calls.rs` fails when an `impl Call for` in this file is not listed. The types
/// are named unqualified: the invoking scope imports them.
#[macro_export]
macro_rules! for_each_call {
    ($m:ident) => {
        $m! {
            Info => info,
            ListItems => list_items,
            GetItem => get_item,
            GetItems => get_items,
            Search => search,
            SetSetting => set_settings,
            UpdateStatus => update_status,
            CheckUpdates => check_updates,
            ImportUpdate => import_update,
            KeyDeadlines => key_deadlines,
            SharingStatus => sharing_status,
            SetSharing => set_sharing,
            GetTicks => get_ticks,
            SetTick => set_tick,
            GetBookmarks => get_bookmarks,
            SetBookmark => set_bookmark,
            Summaries => summaries,
            StayCheck => stay_check,
            GetTrips => get_trips,
            SetTrips => set_trips,
        }
    };
}

macro_rules! call_names {
    ($($call:ident => $handler:ident),* $(,)?) => {
        /// The wire names of every call in [`for_each_call!`](crate::for_each_call), for errors and completeness tests.
        pub const CALLS: &[&str] = &[$(<$call as Call>::NAME),*];
    };
}
for_each_call!(call_names);

/// An error as the UI sees it, whichever transport carried it: a code and its values, which the UI
/// words from Fluent (`error-<code>`) in the reader's language; the English `message` is for logs
/// and the command line only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    /// The values the wording names (`id`, `country`, `source`, `day`, `trip`, `name`, `call`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
    /// The same in English, for logs and the command line; never shown to a reader.
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            params: BTreeMap::new(),
            message: message.into(),
        }
    }

    /// Adds a value the wording names.
    pub fn with(mut self, key: &str, value: impl ToString) -> ApiError {
        self.params.insert(key.to_string(), value.to_string());
        self
    }
}

/// What went wrong, for the UI to word (see [`ErrorCode::message_id`]). A code per thing a reader
/// can act on; the HTTP server maps each to a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No such item, question or call (`id`; `question` for a checklist's question).
    NotFound,
    /// Arguments that do not fit the call (`call`).
    BadRequest,
    /// A country code Jol does not know (`country`).
    UnknownCountry,
    /// An update source that is neither an http(s) address nor a full folder path (`source`).
    BadSource,
    /// A trip's day that is not a calendar day (`trip`: its number, `day`).
    BadDay,
    /// Ticks for an item that is not a checklist (`id`).
    NotAChecklist,
    /// This build cannot share itself on the network.
    NoSharing,
    /// An update file this device cannot take (`name`): too large, unreadable, or a build that
    /// takes no updates.
    UpdateFileRefused,
    /// Another update is running; the request was not taken (`name` for a file).
    Busy,
    /// A write attempted over the shared (HTTP) transport.
    ReadOnly,
    /// This device's storage failed (the user or content database, the browser's storage).
    Storage,
    Internal,
    /// The transport itself failed (no server, IPC error): the reader may be offline.
    Transport,
}

impl ErrorCode {
    /// The Fluent message that words it.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "error-api-not-found",
            ErrorCode::BadRequest => "error-bad-request",
            ErrorCode::UnknownCountry => "error-unknown-country",
            ErrorCode::BadSource => "error-bad-source",
            ErrorCode::BadDay => "error-bad-day",
            ErrorCode::NotAChecklist => "error-not-a-checklist",
            ErrorCode::NoSharing => "error-no-sharing",
            ErrorCode::UpdateFileRefused => "error-update-file-refused",
            ErrorCode::Busy => "error-busy",
            ErrorCode::ReadOnly => "error-read-only",
            ErrorCode::Storage => "error-storage",
            ErrorCode::Internal => "error-internal",
            ErrorCode::Transport => "error-transport",
        }
    }

    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::NotFound,
        ErrorCode::BadRequest,
        ErrorCode::UnknownCountry,
        ErrorCode::BadSource,
        ErrorCode::BadDay,
        ErrorCode::NotAChecklist,
        ErrorCode::NoSharing,
        ErrorCode::UpdateFileRefused,
        ErrorCode::Busy,
        ErrorCode::ReadOnly,
        ErrorCode::Storage,
        ErrorCode::Internal,
        ErrorCode::Transport,
    ];
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
    /// Where signed content updates come from: mirror URLs (`https://…`, a classroom peer's
    /// `http://…/packs`) or folders. Every source is verified the same way.
    #[serde(default)]
    pub update_sources: Option<Vec<String>>,
    /// Check the sources on start and every [`Settings::update_every_hours`] (default on).
    #[serde(default)]
    pub auto_update: Option<bool>,
    #[serde(default)]
    pub update_every_hours: Option<u32>,
}

impl Settings {
    pub const DEFAULT_UPDATE_EVERY_HOURS: u32 = 6;
    /// The choices the settings screen offers, in hours.
    pub const UPDATE_EVERY_HOURS_CHOICES: [u32; 4] = [1, 6, 24, 168];

    pub fn auto_update(&self) -> bool {
        self.auto_update.unwrap_or(true)
    }

    pub fn update_every_hours(&self) -> u32 {
        self.update_every_hours
            .filter(|h| *h > 0)
            .unwrap_or(Self::DEFAULT_UPDATE_EVERY_HOURS)
    }

    pub fn update_sources(&self) -> &[String] {
        self.update_sources.as_deref().unwrap_or(&[])
    }
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

/// One item, with its related items' titles. Its texts (the item's, each step's, each
/// question's) come in `locale` only — or, where a text is missing there, in the nearest locale of
/// its fallback chain — so a guide's answer carries one language, not six.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetItem {
    pub id: String,
    pub locale: Locale,
    /// Further locales to carry the texts in too (each with its own fallback), e.g. a help desk
    /// showing the visitor's language beside its own. None by default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Locale>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemView {
    pub item: Item,
    pub related: Vec<ItemSummary>,
    pub freshness: Freshness,
    /// The item's `review_by`, once it has passed on the device's today: the facts may have
    /// changed since then, and the page says so. Decided by the core, like [`Freshness`], so every
    /// screen and transport agrees on "today".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_since: Option<PartialDate>,
}

/// Every item of a kind in one call: the screens that filter on structured data (contacts by
/// city, stay rules by corridor) need more than a list's titles. Texts come in `locale` (or its
/// fallback) only, as for [`GetItem`].
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

/// Where content updates stand on this device: the sources, what is happening now, and the last
/// result. The UI polls it while an update runs, and now and then otherwise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateStatus {}

/// Checks every update source now (in the background; the reply is the status at once).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckUpdates {}

/// Applies an update file the user picked (a `.jolpack` bundle from a USB stick or a messenger),
/// sent whole, base64-encoded. Verified exactly like a mirror's files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportUpdate {
    /// The file's name, for messages only.
    pub name: String,
    pub data_base64: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateStatusReply {
    /// False over the shared server: updates are the host's business.
    pub available: bool,
    /// False when this build trusts no publisher key and so can take no update.
    pub has_trusted_keys: bool,
    pub sources: Vec<String>,
    pub auto_update: bool,
    pub update_every_hours: u32,
    pub phase: UpdatePhase,
    /// Seconds since 1970 (UTC) of the last finished check.
    pub last_check: Option<i64>,
    pub next_check: Option<i64>,
    pub last_result: Option<UpdateResult>,
    /// The installed content's version (the signed manifest's, or the built-in dataset's).
    pub content_version: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum UpdatePhase {
    #[default]
    Idle,
    Checking {
        source: String,
    },
    Downloading {
        source: String,
        file: String,
        done: u64,
        total: u64,
    },
    Applying {
        source: String,
    },
}

impl UpdatePhase {
    pub fn is_busy(&self) -> bool {
        !matches!(self, UpdatePhase::Idle)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "result")]
pub enum UpdateResult {
    /// Every source answered; nothing newer than what is installed.
    UpToDate { at: i64, version: u64 },
    Updated {
        at: i64,
        version: u64,
        source: String,
        added: Vec<ChangedItem>,
        changed: Vec<ChangedItem>,
        removed: Vec<ChangedItem>,
        bytes_fetched: u64,
    },
    /// No source gave an update; `errors` says why for each (installed content is untouched).
    Failed { at: i64, errors: Vec<SourceError> },
    /// There is nowhere to check: no source set.
    NoSources { at: i64 },
}

impl UpdateResult {
    pub fn at(&self) -> i64 {
        match self {
            UpdateResult::UpToDate { at, .. }
            | UpdateResult::Updated { at, .. }
            | UpdateResult::Failed { at, .. }
            | UpdateResult::NoSources { at } => *at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceError {
    pub source: String,
    /// What went wrong, for the UI to word in the reader's language (`updates-error-<code>`).
    #[serde(default)]
    pub code: UpdateErrorCode,
    /// The values the wording names (`expires`: seconds since 1970; `file`; `offered`/`highest`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
    /// The same in English, for logs and the command line.
    pub message: String,
}

/// Why an update from one source failed, as a code the UI words (see [`SourceError`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpdateErrorCode {
    /// No valid signature by a key this app trusts.
    BadSignature,
    /// A file's bytes differ from what the signed metadata names (size or sha256): damaged or
    /// tampered on the way.
    Tampered,
    /// A file that does not parse, or that disagrees with the other signed files.
    Malformed,
    /// The source's signed timestamp is past its expiry: a stale copy or a frozen mirror.
    Expired,
    /// Older than a version already accepted.
    Rollback,
    /// The source could not be reached, or a download failed.
    Network,
    /// Another update is running.
    Busy,
    /// This device's storage failed.
    Storage,
    /// The app trusts no publisher's key.
    NoTrustedKey,
    #[default]
    Other,
}

impl UpdateErrorCode {
    /// The Fluent message that words it.
    pub fn message_id(self) -> &'static str {
        match self {
            UpdateErrorCode::BadSignature => "updates-error-bad-signature",
            UpdateErrorCode::Tampered => "updates-error-tampered",
            UpdateErrorCode::Malformed => "updates-error-malformed",
            UpdateErrorCode::Expired => "updates-error-expired",
            UpdateErrorCode::Rollback => "updates-error-rollback",
            UpdateErrorCode::Network => "updates-error-network",
            UpdateErrorCode::Busy => "updates-error-busy",
            UpdateErrorCode::Storage => "updates-error-storage",
            UpdateErrorCode::NoTrustedKey => "updates-error-no-trusted-key",
            UpdateErrorCode::Other => "updates-error-other",
        }
    }

    pub const ALL: [UpdateErrorCode; 10] = [
        UpdateErrorCode::BadSignature,
        UpdateErrorCode::Tampered,
        UpdateErrorCode::Malformed,
        UpdateErrorCode::Expired,
        UpdateErrorCode::Rollback,
        UpdateErrorCode::Network,
        UpdateErrorCode::Busy,
        UpdateErrorCode::Storage,
        UpdateErrorCode::NoTrustedKey,
        UpdateErrorCode::Other,
    ];
}

impl Call for UpdateStatus {
    const NAME: &'static str = "update_status";
    const WRITES: bool = false;
    type Reply = UpdateStatusReply;
}

impl Call for CheckUpdates {
    const NAME: &'static str = "check_updates";
    /// It replaces this device's content: the host's decision, never a visitor's.
    const WRITES: bool = true;
    type Reply = UpdateStatusReply;
}

impl Call for ImportUpdate {
    const NAME: &'static str = "import_update";
    const WRITES: bool = true;
    type Reply = UpdateStatusReply;
}

/// The deadlines that start when a person arrives in `destination` (registration, work papers,
/// the written contract), for a citizen of `origin`: what the home screen shows first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyDeadlines {
    pub locale: Locale,
    #[serde(default)]
    pub origin: Option<Country>,
    pub destination: Country,
}

/// One deadline from a guide's step, with its guide, texts in the asked locale (or a fallback).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyDeadline {
    pub item_id: String,
    pub item_title: String,
    pub step_title: String,
    /// The deadline as the guide words it, e.g. "within 15 days of entry".
    pub deadline: String,
    pub days: u32,
    pub working_days: bool,
    /// `entry`, `arrival`, `first_work_day`.
    pub counted_from: String,
    /// The locale the texts are really in.
    pub locale: Locale,
    pub review: Review,
}

impl Call for KeyDeadlines {
    const NAME: &'static str = "key_deadlines";
    const WRITES: bool = false;
    type Reply = Vec<KeyDeadline>;
}

/// Whether this device shares Jol with the phones on its network (classroom or help-desk mode),
/// and at which addresses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SharingStatus {}

/// Starts or stops sharing. Only this device's own window may (it opens a port).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetSharing {
    pub on: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharingReply {
    /// False where sharing cannot be offered: over the shared server itself, or in a build
    /// without it.
    pub available: bool,
    pub on: bool,
    /// The addresses phones open, the one for the Wi-Fi first.
    pub urls: Vec<String>,
    /// A QR code of the first address, as an SVG image, for phones to scan.
    #[serde(default)]
    pub qr_svg: Option<String>,
    /// Why the last start failed (e.g. the port is taken).
    #[serde(default)]
    pub error: Option<String>,
    /// Where other Jol apps on the network can take the signed update this device last received
    /// from a folder or a file (`…/packs`), when it has one.
    #[serde(default)]
    pub packs_url: Option<String>,
}

impl Call for SharingStatus {
    const NAME: &'static str = "sharing_status";
    const WRITES: bool = false;
    type Reply = SharingReply;
}

impl Call for SetSharing {
    const NAME: &'static str = "set_sharing";
    /// Opening a port on this device is the owner's decision, never a visitor's.
    const WRITES: bool = true;
    type Reply = SharingReply;
}

/// The questions of a checklist this user has ticked, kept on this device in the user database
/// (content updates never touch them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetTicks {
    pub item_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    pub question_id: String,
    pub done: bool,
}

/// Ticks or unticks one question of a checklist. Refused over HTTP: a visitor's ticks stay in
/// their own browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetTick {
    pub item_id: String,
    pub question_id: String,
    pub done: bool,
}

impl Call for GetTicks {
    const NAME: &'static str = "get_ticks";
    const WRITES: bool = false;
    type Reply = Vec<Tick>;
}

impl Call for SetTick {
    const NAME: &'static str = "set_tick";
    const WRITES: bool = true;
    type Reply = Vec<Tick>;
}

/// The pages this user saved on this device, oldest first (ids; see [`Summaries`] for titles).
/// Over HTTP the list is empty: a visitor's saved pages stay in their own browser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetBookmarks {}

/// Saves or forgets a page. Refused over HTTP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetBookmark {
    pub item_id: String,
    pub saved: bool,
}

/// List lines for the given items, in the given order; ids no longer in the content are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summaries {
    pub locale: Locale,
    pub ids: Vec<String>,
}

impl Call for GetBookmarks {
    const NAME: &'static str = "get_bookmarks";
    const WRITES: bool = false;
    type Reply = Vec<String>;
}

impl Call for SetBookmark {
    const NAME: &'static str = "set_bookmark";
    const WRITES: bool = true;
    type Reply = Vec<String>;
}

impl Call for Summaries {
    const NAME: &'static str = "summaries";
    const WRITES: bool = false;
    type Reply = Vec<ItemSummary>;
}

/// "How long may I stay": the stay calculator (`jol-stay`) over the content's stay rules for a
/// destination, a citizenship and a status. Read-only: the trips come with each request, so a
/// visitor on a shared server can count hers without anything being kept there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayCheck {
    /// The language of the rules' titles and legal bases in the reply.
    pub locale: Locale,
    pub destination: Country,
    pub citizenship: Country,
    /// A rule's `status` code (`visa_free`, `without_registration`, …): every rule with it applies.
    pub status: String,
    /// Past stays, in the order the user sees them (errors name them by their number from 1).
    #[serde(default)]
    pub trips: Vec<StayTrip>,
    /// The entry day (`YYYY-MM-DD`) of the stay still going on, if she is in the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_since: Option<String>,
    /// The day asked about (`YYYY-MM-DD`): the user's own today, which only her device knows.
    pub on: String,
    /// Also find the first day a new stay of this many days may begin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stay_days: Option<u32>,
}

/// A past stay as the user typed it: both days are `YYYY-MM-DD` and both count as days of presence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayTrip {
    pub entry: String,
    pub exit: String,
}

/// The calculator's answer, or why it cannot answer (bad input is an answer of its own, worded by
/// the UI next to the trip to fix, not a failed call).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum StayCheckReply {
    Answer(StayAnswer),
    Refused(StayRefusal),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayAnswer {
    pub on: PartialDate,
    /// The first day of the stay counted: the current stay's entry, or `on` ("if I enter today").
    pub stay_start: PartialDate,
    /// Days used under the binding rule (under the fullest rule when none binds).
    pub days_used: u32,
    /// Days after `on` the stay may last; `None` when no rule limits it.
    pub days_left: Option<u32>,
    /// Staying on from `stay_start`, the last day that breaks no rule; `None` when the first day
    /// already breaks one, or when no rule limits the stay (`no_limit`).
    pub last_legal_day: Option<PartialDate>,
    pub no_limit: bool,
    /// Days from the day after `last_legal_day` up to `on`, or 0.
    pub overstay_days: u32,
    /// The id of the rule that ends the stay first.
    pub binding_rule: Option<String>,
    /// Every rule that applies, in the content's order, with its own count.
    pub rules: Vec<StayRuleCount>,
    /// When a new stay of `next_stay_days` may begin (asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stay: Option<StayNext>,
}

/// One rule of the answer: what it is, where it comes from, and what it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayRuleCount {
    pub id: String,
    /// The rule's title and legal basis in the asked locale or the nearest one it has (`locale`).
    pub title: String,
    pub legal_basis: String,
    pub locale: Locale,
    pub review: Review,
    pub rule: crate::StayRule,
    pub sources: Vec<crate::Source>,
    pub verified_on: PartialDate,
    /// Whether the rule is in force on the day asked about.
    pub in_force: bool,
    /// Days of presence the rule counts in its window holding the day asked about.
    pub days_used: u32,
    /// The window's first day (`None` when the rule is not in force then).
    pub window_start: Option<PartialDate>,
    /// The last day of the stay this rule allows (`None`: the first day breaks it, or `no_limit`).
    pub last_legal_day: Option<PartialDate>,
    /// The rule does not limit this stay.
    pub no_limit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayNext {
    pub days: u32,
    /// The first entry day, after leaving on `on`, from which a stay of `days` breaks no rule;
    /// `None` when none comes (the stay is longer than a limit).
    pub earliest_entry: Option<PartialDate>,
}

/// Why the calculator cannot answer, as a code the UI words (`stay-error-<code>`), with the field
/// to fix and the values the wording names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayRefusal {
    pub code: StayErrorCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<StayField>,
    /// `trip` and `other` (trip numbers from 1), `entry`, `exit`, `since`, `on` (`YYYY-MM-DD`),
    /// `text` (what was typed), `rule` (a rule id).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
}

/// The input a [`StayRefusal`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StayField {
    /// The past trip numbered `params.trip`.
    Trip,
    /// The current stay's entry day.
    Since,
    On,
    NextStay,
    /// The destination, citizenship and status (no rule), or a rule of the content.
    Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StayErrorCode {
    /// Not a `YYYY-MM-DD` day that exists.
    NotADate,
    /// A trip's exit day is before its entry day.
    ExitBeforeEntry,
    /// Two trips share a day.
    Overlap,
    /// A past trip does not end before the current stay begins.
    TripNotBeforeStay,
    /// The current stay begins after the day asked about.
    SinceAfterOn,
    /// The content has no stay rule for this destination, citizenship and status.
    NoRule,
    /// A rule in the content cannot be counted (a content error).
    BadRule,
    /// A new stay must last at least one day.
    EmptyNewStay,
}

impl StayErrorCode {
    /// The Fluent message that words it.
    pub fn message_id(self) -> &'static str {
        match self {
            StayErrorCode::NotADate => "stay-error-not-a-date",
            StayErrorCode::ExitBeforeEntry => "stay-error-exit-before-entry",
            StayErrorCode::Overlap => "stay-error-overlap",
            StayErrorCode::TripNotBeforeStay => "stay-error-trip-not-before-stay",
            StayErrorCode::SinceAfterOn => "stay-error-since-after-on",
            StayErrorCode::NoRule => "stay-error-no-rule",
            StayErrorCode::BadRule => "stay-error-bad-rule",
            StayErrorCode::EmptyNewStay => "stay-error-empty-new-stay",
        }
    }

    pub const ALL: [StayErrorCode; 8] = [
        StayErrorCode::NotADate,
        StayErrorCode::ExitBeforeEntry,
        StayErrorCode::Overlap,
        StayErrorCode::TripNotBeforeStay,
        StayErrorCode::SinceAfterOn,
        StayErrorCode::NoRule,
        StayErrorCode::BadRule,
        StayErrorCode::EmptyNewStay,
    ];
}

impl Call for StayCheck {
    const NAME: &'static str = "stay_check";
    const WRITES: bool = false;
    type Reply = StayCheckReply;
}

/// A trip kept on this device: `YYYY-MM-DD` days; no exit for the stay still going on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedTrip {
    pub entry: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit: Option<String>,
}

/// The user's trips to one destination, in her order, from the user database. Over HTTP the list
/// is empty: a visitor's trips stay in her own browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetTrips {
    pub destination: Country,
}

/// Replaces the user's trips to one destination (all at once: the form edits the list). Refused
/// over HTTP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetTrips {
    pub destination: Country,
    pub trips: Vec<SavedTrip>,
}

impl Call for GetTrips {
    const NAME: &'static str = "get_trips";
    const WRITES: bool = false;
    type Reply = Vec<SavedTrip>;
}

impl Call for SetTrips {
    const NAME: &'static str = "set_trips";
    const WRITES: bool = true;
    type Reply = Vec<SavedTrip>;
}
