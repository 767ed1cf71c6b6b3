//! [`Jol`]: the one place every API call is answered, whichever transport carried it.
//!
//! The desktop app passes `{cmd, payload}` from its single Tauri command; `jol serve` passes the
//! `cmd` from `POST /api/{cmd}` and the body as payload. Both get the same JSON back, and the only
//! difference between them is [`Transport`]: writes are refused over HTTP, where the server is
//! shared by a whole classroom.

use crate::content_store::{ContentSource, ContentStore, Dataset, StoreError};
use crate::host::{Clock, NoUpdates, UpdateHost};
use crate::user_store::{UserData, UserStore};
use jol_types::api::Call;
use jol_types::api::{
    ApiError, CheckUpdates, ErrorCode, GetBookmarks, GetItem, GetItems, GetTicks, ImportUpdate,
    Info, InfoReply, ItemView, KeyDeadline, KeyDeadlines, ListItems, Notice, Search, SearchReply,
    SetBookmark, SetSetting, SetSharing, SetTick, Settings, SharingReply, SharingStatus, Summaries,
    Tick, UpdateStatus, UpdateStatusReply, CALLS,
};
use jol_types::api::{
    GetTrips, SavedTrip, SetTrips, StayAnswer, StayCheck, StayCheckReply, StayErrorCode, StayField,
    StayNext, StayRefusal, StayRuleCount,
};
use serde_json::Value;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

/// Sharing this device's Jol with the phones on its network: implemented by `jol-server` (which
/// depends on this crate, hence a trait) and handed to [`Jol::offer_sharing`] by the desktop app.
pub trait Sharing: Send + Sync {
    fn status(&self) -> SharingReply;
    fn set(&self, on: bool) -> SharingReply;
}

/// Which transport a call came by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// The user's own device, which may write: the desktop app's window (Tauri IPC), the core
    /// running in the phone's page (`jol-web`), the CLI.
    Ipc,
    /// `jol serve`: pages on other people's phones, read-only.
    Http,
}

pub struct Jol {
    content: ContentSource,
    user: Arc<Mutex<dyn UserData>>,
    notices: Vec<Notice>,
    clock: Arc<dyn Clock>,
    updates: Arc<dyn UpdateHost>,
    sharing: OnceLock<Box<dyn Sharing>>,
}

impl Jol {
    /// Jol over the stores and the host services its host opened (the native host:
    /// `jol_native::open`). `user` is shared: the host's update schedule reads the settings too.
    pub fn new(
        content: ContentStore,
        user: Arc<Mutex<dyn UserData>>,
        clock: Arc<dyn Clock>,
        updates: Arc<dyn UpdateHost>,
    ) -> Jol {
        Jol::with_source(ContentSource::one(content), user, clock, updates)
    }

    /// Jol over content from `content`: the native host hands a pool of read connections on its
    /// `content.db` ([`ContentSource::files`]), so reads run in parallel and a replaced file is
    /// read from the next second on.
    pub fn with_source(
        content: ContentSource,
        user: Arc<Mutex<dyn UserData>>,
        clock: Arc<dyn Clock>,
        updates: Arc<dyn UpdateHost>,
    ) -> Jol {
        Jol {
            content,
            user,
            notices: Vec::new(),
            clock,
            updates,
            sharing: OnceLock::new(),
        }
    }

    /// Everything in memory: the built-in dataset loaded from its bytes, a fresh user store, no
    /// updates. What a browser starts from, and what tests of the API use.
    pub fn in_memory(builtin: Dataset, clock: Arc<dyn Clock>) -> Result<Jol, StoreError> {
        Ok(Jol::new(
            ContentStore::from_dataset(builtin)?,
            Arc::new(Mutex::new(UserStore::in_memory()?)),
            clock,
            Arc::new(NoUpdates),
        ))
    }

    /// Notices for the user from opening (content restored, user data reset), shown once.
    pub fn with_notices(mut self, notices: Vec<Notice>) -> Jol {
        self.notices = notices;
        self
    }

    /// Offers sharing on the network (the desktop app does; `jol serve` already is the sharing).
    /// Set once; later calls are ignored.
    pub fn offer_sharing(&self, sharing: Box<dyn Sharing>) {
        let _ = self.sharing.set(sharing);
    }

    /// Reads from `content` from now on (a host that applied an update itself).
    pub fn replace_content(&self, content: ContentStore) {
        if let Err(e) = self.content.replace(content) {
            tracing::warn!("cannot read the updated content: {e}");
        }
    }

    /// The host's clock, in seconds since 1970.
    pub fn unix_seconds(&self) -> i64 {
        self.clock.unix_seconds()
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Runs a closure on the content store (the CLI's search and info use it directly).
    /// Content an update of this host put in place, or a file replaced under it, is read from
    /// the first call after it.
    pub fn with_content<T>(&self, f: impl FnOnce(&ContentStore) -> T) -> T {
        match self.updates.take_new_content() {
            Some(Ok(new)) => self.replace_content(new),
            // The old connection stays: it still reads a consistent database.
            Some(Err(e)) => tracing::warn!("cannot read the updated content: {e}"),
            None => {
                self.content.refresh(self.clock.unix_seconds());
            }
        }
        self.content.with(|c| f(c))
    }

    /// How many reads of the content can run at once.
    pub fn content_connections(&self) -> usize {
        self.content.connections()
    }

    /// The installed content database's bytes (a browser host persists them after an update).
    pub fn content_bytes(&self) -> Result<Vec<u8>, StoreError> {
        self.content.with(|c| c.to_bytes())
    }

    /// Answers one call by name. Unknown names and payloads that do not fit are `bad_request`.
    pub fn call(&self, cmd: &str, payload: Value, transport: Transport) -> Result<Value, ApiError> {
        macro_rules! routes {
            ($($call:ident => $handler:ident),* $(,)?) => {
                match cmd {
                    $(<$call as Call>::NAME => self.route::<$call>(payload, transport, Self::$handler),)*
                    _ => Err(error(ErrorCode::NotFound, format!(
                        "no API call named `{cmd}` (known: {})", CALLS.join(", "))).with("id", cmd)),
                }
            };
        }
        jol_types::for_each_call!(routes)
    }

    fn route<C: Call>(
        &self,
        payload: Value,
        transport: Transport,
        handler: fn(&Self, C, Transport) -> Result<C::Reply, ApiError>,
    ) -> Result<Value, ApiError> {
        if C::WRITES && transport == Transport::Http {
            return Err(error(
                ErrorCode::ReadOnly,
                format!(
                    "`{}` changes data on this device and is not allowed over the shared server",
                    C::NAME
                ),
            )
            .with("call", C::NAME));
        }
        // An absent body means "no arguments" for calls that take none.
        let payload = if payload.is_null() {
            Value::Object(Default::default())
        } else {
            payload
        };
        let req: C = serde_json::from_value(payload).map_err(|e| {
            error(
                ErrorCode::BadRequest,
                format!("bad arguments for `{}`: {e}", C::NAME),
            )
            .with("call", C::NAME)
        })?;
        let reply = handler(self, req, transport)?;
        serde_json::to_value(reply).map_err(|e| error(ErrorCode::Internal, e.to_string()))
    }

    /// Calls through the typed API (tests and the CLI), exactly as a transport would.
    pub fn call_typed<C: Call>(&self, req: &C, transport: Transport) -> Result<C::Reply, ApiError> {
        let payload =
            serde_json::to_value(req).map_err(|e| error(ErrorCode::BadRequest, e.to_string()))?;
        let reply = self.call(C::NAME, payload, transport)?;
        serde_json::from_value(reply).map_err(|e| error(ErrorCode::Internal, e.to_string()))
    }

    fn info(&self, _: Info, transport: Transport) -> Result<InfoReply, ApiError> {
        let settings = match transport {
            Transport::Ipc => self.user().settings().map_err(internal)?,
            // Settings on this device are the host's, not the visitor's.
            Transport::Http => Settings::default(),
        };
        self.with_content(|c| {
            let m = c.meta();
            Ok(InfoReply {
                app_version: env!("CARGO_PKG_VERSION").to_string(),
                dataset_version: m.dataset_version,
                content_hash: m.content_hash.clone(),
                item_count: m.item_count,
                notices: match transport {
                    Transport::Ipc => self.notices.clone(),
                    Transport::Http => Vec::new(),
                },
                settings,
                can_write: transport == Transport::Ipc,
            })
        })
    }

    fn list_items(
        &self,
        req: ListItems,
        _: Transport,
    ) -> Result<Vec<jol_types::api::ItemSummary>, ApiError> {
        self.with_content(|c| c.list(req.locale, req.kind, req.country.as_ref(), None))
            .map_err(internal)
    }

    fn get_item(&self, req: GetItem, _: Transport) -> Result<ItemView, ApiError> {
        self.with_content(|c| {
            let item = c
                .item(&req.id)
                .map_err(internal)?
                .ok_or_else(|| not_found(&req.id))?;
            view_of(c, item, req.locale, &req.also, self.clock.today())
        })
    }

    fn get_items(&self, req: GetItems, _: Transport) -> Result<Vec<ItemView>, ApiError> {
        self.with_content(|c| {
            c.items_of_kind(req.kind)
                .map_err(internal)?
                .into_iter()
                .map(|item| view_of(c, item, req.locale, &[], self.clock.today()))
                .collect()
        })
    }

    fn get_bookmarks(
        &self,
        _: GetBookmarks,
        transport: Transport,
    ) -> Result<Vec<String>, ApiError> {
        match transport {
            Transport::Ipc => self.user().bookmarks().map_err(internal),
            Transport::Http => Ok(Vec::new()),
        }
    }

    fn set_bookmark(
        &self,
        req: SetBookmark,
        transport: Transport,
    ) -> Result<Vec<String>, ApiError> {
        if req.saved {
            let exists = self
                .with_content(|c| c.item(&req.item_id))
                .map_err(internal)?
                .is_some();
            if !exists {
                return Err(not_found(&req.item_id));
            }
            self.user()
                .add_bookmark(&req.item_id, self.unix_seconds())
                .map_err(internal)?;
        } else {
            self.user()
                .remove_bookmark(&req.item_id)
                .map_err(internal)?;
        }
        self.get_bookmarks(GetBookmarks {}, transport)
    }

    fn summaries(
        &self,
        req: Summaries,
        _: Transport,
    ) -> Result<Vec<jol_types::api::ItemSummary>, ApiError> {
        let mut list = self
            .with_content(|c| c.list(req.locale, None, None, Some(&req.ids)))
            .map_err(internal)?;
        list.sort_by_key(|s| req.ids.iter().position(|id| *id == s.id));
        Ok(list)
    }

    fn get_ticks(&self, req: GetTicks, transport: Transport) -> Result<Vec<Tick>, ApiError> {
        if transport == Transport::Http {
            // The host's ticks are not the visitor's.
            return Ok(Vec::new());
        }
        let ticks = self.user().ticks(&req.item_id).map_err(internal)?;
        Ok(ticks
            .into_iter()
            .map(|(question_id, done)| Tick { question_id, done })
            .collect())
    }

    /// Only checklists keep ticks: answers to the trafficking signs are never written down, so
    /// nobody who takes the device can read them.
    fn set_tick(&self, req: SetTick, transport: Transport) -> Result<Vec<Tick>, ApiError> {
        let item = self
            .with_content(|c| c.item(&req.item_id))
            .map_err(internal)?
            .ok_or_else(|| not_found(&req.item_id))?;
        if item.kind != jol_types::ItemKind::Checklist {
            return Err(error(
                ErrorCode::NotAChecklist,
                format!(
                    "`{}` is not a checklist; only checklists keep ticks",
                    req.item_id
                ),
            )
            .with("id", &req.item_id));
        }
        if !item.questions.iter().any(|q| q.id == req.question_id) {
            return Err(error(
                ErrorCode::NotFound,
                format!("`{}` has no question `{}`", req.item_id, req.question_id),
            )
            .with("id", &req.item_id)
            .with("question", &req.question_id));
        }
        self.user()
            .set_tick(
                &req.item_id,
                &req.question_id,
                req.done,
                self.unix_seconds(),
            )
            .map_err(internal)?;
        self.get_ticks(
            GetTicks {
                item_id: req.item_id,
            },
            transport,
        )
    }

    fn sharing_status(
        &self,
        _: SharingStatus,
        transport: Transport,
    ) -> Result<SharingReply, ApiError> {
        Ok(match (transport, self.sharing.get()) {
            (Transport::Ipc, Some(s)) => s.status(),
            // A visitor on the shared server is already using the sharing.
            _ => SharingReply::default(),
        })
    }

    fn set_sharing(&self, req: SetSharing, _: Transport) -> Result<SharingReply, ApiError> {
        match self.sharing.get() {
            Some(s) => Ok(s.set(req.on)),
            None => Err(error(
                ErrorCode::NoSharing,
                "this build cannot share on the network; run `jol serve --lan` instead".into(),
            )),
        }
    }

    /// Deadlines counted from arrival, from the destination's own guides for this citizenship:
    /// per guide the first step of each distinct deadline, shortest first.
    fn key_deadlines(&self, req: KeyDeadlines, _: Transport) -> Result<Vec<KeyDeadline>, ApiError> {
        const FROM_ARRIVAL: [&str; 3] = ["entry", "arrival", "first_work_day"];
        let guides = self
            .with_content(|c| c.items_of_kind(jol_types::ItemKind::Guide))
            .map_err(internal)?;
        let origin = req.origin.as_ref();
        let mut out = Vec::new();
        for item in guides.iter().filter(|i| {
            i.destinations.contains(&req.destination)
                && origin.is_none_or(|o| i.origins.is_empty() || i.origins.contains(o))
        }) {
            let Some((locale, text)) = item.text_for(req.locale) else {
                continue;
            };
            let mut seen = Vec::new();
            for step in item.steps.iter().filter(|s| s.is_for(origin)) {
                let Some(d) = step.deadline.as_ref() else {
                    continue;
                };
                let key = (d.days, d.working_days, d.counted_from.clone());
                if !FROM_ARRIVAL.contains(&d.counted_from.as_str()) || seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let Some((_, st)) = jol_types::pick(&step.text, locale) else {
                    continue;
                };
                out.push(KeyDeadline {
                    item_id: item.id.clone(),
                    item_title: text.title.clone(),
                    step_title: st.title.clone(),
                    deadline: st.deadline.clone().unwrap_or_default(),
                    days: d.days,
                    working_days: d.working_days,
                    counted_from: d.counted_from.clone(),
                    locale,
                    review: text.review.clone(),
                });
            }
        }
        out.sort_by_key(|k| (k.days, k.working_days));
        Ok(out)
    }

    fn search(&self, req: Search, _: Transport) -> Result<SearchReply, ApiError> {
        self.with_content(|c| jol_search::search(c.conn(), &req))
            .map_err(|e| error(ErrorCode::Storage, e.to_string()))
    }

    fn set_settings(&self, req: SetSetting, _: Transport) -> Result<Settings, ApiError> {
        if let Some(c) = req
            .settings
            .origin
            .iter()
            .chain(&req.settings.destination)
            .find(|c| !c.is_known())
        {
            return Err(
                error(ErrorCode::UnknownCountry, format!("unknown country `{c}`"))
                    .with("country", c),
            );
        }
        if let Some(bad) = req
            .settings
            .update_sources
            .iter()
            .flatten()
            .find(|s| !is_plausible_source(s))
        {
            return Err(error(
                ErrorCode::BadSource,
                format!("`{bad}` is neither an http(s):// address nor a full folder path"),
            )
            .with("source", bad));
        }
        let settings = self.user().set_settings(&req.settings).map_err(internal)?;
        self.updates.settings_changed();
        Ok(settings)
    }

    fn content_version(&self) -> u64 {
        self.with_content(|c| {
            let m = c.meta();
            m.sync_version.unwrap_or(m.dataset_version)
        })
    }

    fn update_status(
        &self,
        _: UpdateStatus,
        transport: Transport,
    ) -> Result<UpdateStatusReply, ApiError> {
        let version = self.content_version();
        Ok(match transport {
            Transport::Ipc => self.updates.status(version),
            // A visitor sees the version, not the host's sources or errors.
            Transport::Http => UpdateStatusReply {
                content_version: version,
                ..UpdateStatusReply::default()
            },
        })
    }

    fn check_updates(
        &self,
        _: CheckUpdates,
        transport: Transport,
    ) -> Result<UpdateStatusReply, ApiError> {
        self.updates.check_now();
        self.update_status(UpdateStatus {}, transport)
    }

    fn import_update(
        &self,
        req: ImportUpdate,
        transport: Transport,
    ) -> Result<UpdateStatusReply, ApiError> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(req.data_base64.as_bytes())
            .map_err(|e| {
                error(
                    ErrorCode::BadRequest,
                    format!("{}: not base64: {e}", req.name),
                )
                .with("call", ImportUpdate::NAME)
            })?;
        let started = self
            .updates
            .import(&req.name, &bytes)
            .map_err(|e| error(ErrorCode::UpdateFileRefused, e).with("name", &req.name))?;
        // Dropped because another update runs: saying "accepted" would be a silent failure.
        if !started {
            return Err(error(
                ErrorCode::Busy,
                format!(
                    "{}: another update is running; try again when it ends",
                    req.name
                ),
            )
            .with("name", &req.name));
        }
        self.update_status(UpdateStatus {}, transport)
    }

    /// "How long may I stay": every content rule for the destination, citizenship and status,
    /// counted by `jol-stay`. Input the calculator refuses is a refusal in the reply, with the
    /// field to fix, for the UI to word.
    fn stay_check(&self, req: StayCheck, _: Transport) -> Result<StayCheckReply, ApiError> {
        let items: Vec<jol_types::Item> = self
            .with_content(|c| c.items_of_kind(jol_types::ItemKind::StayRule))
            .map_err(internal)?
            .into_iter()
            .filter(|i| {
                i.stay_rule.as_ref().is_some_and(|r| {
                    r.destination == req.destination
                        && r.citizenship.contains(&req.citizenship)
                        && r.status == req.status
                })
            })
            .collect();
        Ok(match stay_answer(&req, &items) {
            Ok(a) => StayCheckReply::Answer(a),
            Err(r) => StayCheckReply::Refused(r),
        })
    }

    fn get_trips(&self, req: GetTrips, transport: Transport) -> Result<Vec<SavedTrip>, ApiError> {
        match transport {
            Transport::Ipc => self.user().trips(req.destination.code()).map_err(internal),
            // The host's trips are not the visitor's.
            Transport::Http => Ok(Vec::new()),
        }
    }

    /// Keeps what the form holds, so only days that exist: a typo is refused, not stored.
    fn set_trips(&self, req: SetTrips, transport: Transport) -> Result<Vec<SavedTrip>, ApiError> {
        if !req.destination.is_known() {
            return Err(error(
                ErrorCode::UnknownCountry,
                format!("unknown country `{}`", req.destination),
            )
            .with("country", &req.destination));
        }
        for (i, t) in req.trips.iter().enumerate() {
            for d in std::iter::once(&t.entry).chain(&t.exit) {
                if d.parse::<jol_stay::Day>().is_err() {
                    return Err(error(
                        ErrorCode::BadDay,
                        format!("trip {}: `{d}` is not a YYYY-MM-DD day", i + 1),
                    )
                    .with("trip", i + 1)
                    .with("day", d));
                }
            }
        }
        self.user()
            .set_trips(req.destination.code(), &req.trips)
            .map_err(internal)?;
        self.get_trips(
            GetTrips {
                destination: req.destination,
            },
            transport,
        )
    }

    fn user(&self) -> std::sync::MutexGuard<'_, dyn UserData + 'static> {
        self.user.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// An item with its texts in `locale` and `also` only ([`in_locales`]), its related items' titles
/// in `locale` (in the editor's order), its freshness and, past its review date, the date since
/// which it may have changed — judged on `today`, the host's (the native host lets
/// `$JOL_DEV_TODAY` fix it in debug builds, see `jol_native::clock`).
fn view_of(
    c: &ContentStore,
    item: jol_types::Item,
    locale: jol_types::Locale,
    also: &[jol_types::Locale],
    today: i64,
) -> Result<ItemView, ApiError> {
    let item = in_locales(item, locale, also);
    let related = if item.related.is_empty() {
        Vec::new()
    } else {
        let mut related = c
            .list(locale, None, None, Some(&item.related))
            .map_err(internal)?;
        related.sort_by_key(|r| item.related.iter().position(|id| *id == r.id));
        related
    };
    let freshness = item.freshness(today);
    let changed_since = item.review_by.filter(|_| item.past_review(today));
    Ok(ItemView {
        item,
        related,
        freshness,
        changed_since,
    })
}

/// `item` with each of its texts (its own, every step's, every question's) kept only in the
/// locales a reader of `locale` and `also` is shown: per locale, the first of its fallback chain the
/// text has ([`jol_types::pick`]). A guide in six locales is 52 KB of JSON; in one, a sixth.
fn in_locales(
    mut item: jol_types::Item,
    locale: jol_types::Locale,
    also: &[jol_types::Locale],
) -> jol_types::Item {
    fn keep<T>(
        texts: &mut std::collections::BTreeMap<jol_types::Locale, T>,
        wanted: &[jol_types::Locale],
    ) {
        let shown: Vec<jol_types::Locale> = wanted
            .iter()
            .filter_map(|l| jol_types::pick(texts, *l).map(|(found, _)| found))
            .collect();
        texts.retain(|l, _| shown.contains(l));
    }
    let wanted: Vec<jol_types::Locale> = std::iter::once(locale)
        .chain(also.iter().copied())
        .collect();
    keep(&mut item.text, &wanted);
    for step in &mut item.steps {
        keep(&mut step.text, &wanted);
    }
    for q in &mut item.questions {
        keep(&mut q.text, &wanted);
    }
    item
}

/// An update source is a web address or an absolute folder path; anything else is a typo.
fn is_plausible_source(s: &str) -> bool {
    let s = s.trim();
    s.starts_with("https://")
        || s.starts_with("http://")
        || (Path::new(s).is_absolute() && !s.contains('\n'))
}

/// The calculator's answer for `req` under the rules of `items` (already picked for it).
fn stay_answer(req: &StayCheck, items: &[jol_types::Item]) -> Result<StayAnswer, StayRefusal> {
    use jol_stay::{Arg, Day, StayError};
    if items.is_empty() {
        return Err(StayRefusal {
            code: StayErrorCode::NoRule,
            field: Some(StayField::Rule),
            params: [("status".to_string(), req.status.clone())].into(),
        });
    }
    let rules = items
        .iter()
        .filter_map(|i| Some((i, i.stay_rule.as_ref()?)))
        .map(|(i, r)| jol_stay::Rule::from_content(&i.id, r))
        .collect::<Result<Vec<_>, _>>()
        .map_err(stay_refusal)?;
    let day = |text: &str, arg: Arg| {
        text.parse::<Day>().map_err(|_| {
            stay_refusal(StayError::NotADate {
                arg,
                text: text.to_string(),
            })
        })
    };
    let mut trips = Vec::with_capacity(req.trips.len());
    for (i, t) in req.trips.iter().enumerate() {
        let arg = Arg::Trip { index: i + 1 };
        trips.push(jol_stay::Trip {
            entry: day(&t.entry, arg.clone())?,
            exit: day(&t.exit, arg)?,
        });
    }
    let query = jol_stay::Query {
        rules,
        trips,
        since: req
            .current_since
            .as_deref()
            .map(|s| day(s, Arg::Since))
            .transpose()?,
        on: day(&req.on, Arg::On)?,
        new_stay_days: req.next_stay_days,
    };
    let a = jol_stay::evaluate(&query).map_err(stay_refusal)?;
    let date = |d: Day| {
        let (y, m, d) = d.ymd();
        jol_types::PartialDate::ymd(y as u16, m, d)
    };
    let rules = a
        .rules
        .iter()
        .zip(items)
        .filter_map(|(r, item)| {
            let rule = item.stay_rule.clone()?;
            let (locale, text) = item.text_for(req.locale)?;
            Some(StayRuleCount {
                id: r.id.clone(),
                title: text.title.clone(),
                legal_basis: text
                    .legal_basis
                    .clone()
                    .unwrap_or_else(|| rule.legal_basis.clone()),
                locale,
                review: text.review.clone(),
                rule,
                sources: item.sources.clone(),
                verified_on: item.verified_on,
                in_force: r.in_force,
                days_used: r.days_used,
                window_start: r.window_start.map(date),
                last_legal_day: r.last_legal_day.map(date),
                no_limit: r.no_limit,
            })
        })
        .collect();
    Ok(StayAnswer {
        on: date(a.on),
        stay_start: date(a.stay_start),
        days_used: a.days_used,
        days_left: a.days_left,
        last_legal_day: a.last_legal_day.map(date),
        no_limit: a.no_limit,
        overstay_days: a.overstay_days,
        binding_rule: a.binding_rule,
        rules,
        next_stay: a.next_stay.map(|n| StayNext {
            days: n.days,
            earliest_entry: n.earliest_entry.map(date),
        }),
    })
}

/// The engine's error as a code, the field to fix and the values its wording names.
fn stay_refusal(e: jol_stay::StayError) -> StayRefusal {
    use jol_stay::{Arg, StayError};
    let mut params = std::collections::BTreeMap::new();
    let mut put = |k: &str, v: String| {
        params.insert(k.to_string(), v);
    };
    let field = match e.arg() {
        Some(Arg::Trip { index }) => {
            put("trip", index.to_string());
            Some(StayField::Trip)
        }
        Some(Arg::Since) => Some(StayField::Since),
        Some(Arg::On) => Some(StayField::On),
        Some(Arg::NewStay) => Some(StayField::NextStay),
        Some(Arg::Rule { id }) => {
            put("rule", id.clone());
            Some(StayField::Rule)
        }
        None => Some(StayField::Rule),
    };
    let code = match e {
        StayError::NotADate { text, .. } => {
            put("text", text);
            StayErrorCode::NotADate
        }
        StayError::ExitBeforeEntry { entry, exit, .. } => {
            put("entry", entry.to_string());
            put("exit", exit.to_string());
            StayErrorCode::ExitBeforeEntry
        }
        StayError::Overlap { other, .. } => {
            if let Arg::Trip { index } = other {
                put("other", index.to_string());
            }
            StayErrorCode::Overlap
        }
        StayError::TripNotBeforeStay { stay_start, .. } => {
            put("since", stay_start.to_string());
            StayErrorCode::TripNotBeforeStay
        }
        StayError::SinceAfterOn { since, on } => {
            put("since", since.to_string());
            put("on", on.to_string());
            StayErrorCode::SinceAfterOn
        }
        StayError::UnknownRule { .. } | StayError::NoRule => StayErrorCode::NoRule,
        StayError::BadRule { .. } => StayErrorCode::BadRule,
        StayError::EmptyNewStay { .. } => StayErrorCode::EmptyNewStay,
    };
    StayRefusal {
        code,
        field,
        params,
    }
}

fn error(code: ErrorCode, message: String) -> ApiError {
    ApiError::new(code, message)
}

fn not_found(id: &str) -> ApiError {
    error(ErrorCode::NotFound, format!("no item `{id}`")).with("id", id)
}

/// A database on this device failed: the reader is told their data may not have been kept.
fn internal(e: StoreError) -> ApiError {
    error(ErrorCode::Storage, e.to_string())
}
