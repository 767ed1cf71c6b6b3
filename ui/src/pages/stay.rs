//! "How long may I stay": the user's trips to a country, counted under the content's stay rules
//! for her citizenship and status (`stay_check`, the `jol-stay` engine in the core).
//!
//! The trips are the user's own: kept in the user database where the backend is this device's
//! (`get_trips`/`set_trips`), in the browser's local storage on a shared server — as bookmarks and
//! ticks are. The form keeps rows as typed; a row without an entry day is not counted or kept yet.

use crate::components::load;
use crate::corridor::{country_name, use_corridor, DESTINATIONS};
use crate::format::date;
use crate::i18n::{tr, tr_args, use_locale, Arg};
use crate::route::{item_href, Route};
use crate::storage;
use jol_types::api::{
    GetItems, GetTrips, SavedTrip, SetTrips, StayAnswer, StayCheck, StayCheckReply, StayField,
    StayRefusal, StayRuleCount, StayTrip,
};
use jol_types::{Country, ItemKind, Locale, PartialDate};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One trip as the form holds it: `YYYY-MM-DD` or empty; `key` keeps its inputs across edits.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    key: u32,
    entry: String,
    exit: String,
}

/// What the form asks the core, and how its trip numbers map back to the rows (from 1).
struct Asked {
    req: StayCheck,
    sent_rows: Vec<usize>,
    current_row: Option<usize>,
}

/// What the result area shows.
#[derive(Clone)]
enum Outcome {
    /// No trip yet: counted as "if I enter today".
    Reply(StayCheckReply, Vec<usize>, Option<usize>),
    /// More than one row without an exit day (its numbers).
    TwoCurrent(Vec<usize>),
}

#[component]
pub fn StayPage() -> impl IntoView {
    let locale = use_locale();
    let corridor = use_corridor();
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        match corridor.origin.get() {
            Some(origin) => view! { <StayForm origin/> }.into_any(),
            None => view! {
                <section class="stay-page">
                    <h1>{tr(l, "stay-title")}</h1>
                    <p><a href=Route::Settings.href()>{tr(l, "stay-choose-citizenship")}</a></p>
                </section>
            }
            .into_any(),
        }
    }
}

#[component]
fn StayForm(origin: Country) -> impl IntoView {
    let locale = use_locale();
    let corridor = use_corridor();
    let o2 = origin.clone();
    let dest = RwSignal::new(corridor.destination.get_untracked());
    let status = RwSignal::new(None::<String>);
    let (countries, statuses) = choices(origin, dest, status);
    let rows = RwSignal::new(Vec::<Row>::new());
    let next_days = RwSignal::new(Some(90u32));
    Effect::new(move |_| {
        if let Some(d) = dest.get() {
            load_trips(d, rows);
        }
    });
    let outcome = load(
        move || {
            let l = locale.get().unwrap_or(Locale::En);
            (l, dest.get(), status.get(), rows.get(), next_days.get())
        },
        move |(l, d, s, rs, n)| {
            let origin = o2.clone();
            async move {
                let (Some(d), Some(s)) = (d, s) else {
                    return Ok(None);
                };
                match ask(l, origin, d, s, &rs, n) {
                    Err(two) => Ok(Some(Outcome::TwoCurrent(two))),
                    Ok(a) => {
                        let reply = crate::client::call(&a.req).await?;
                        Ok(Some(Outcome::Reply(reply, a.sent_rows, a.current_row)))
                    }
                }
            }
        },
    );
    let bad_rows = Memo::new(move |_| match outcome.get() {
        Some(Ok(Some(o))) => rows_at_fault(&o),
        _ => Vec::new(),
    });
    view! {
        <section class="stay-page">
            {move || {
                let l = locale.get().unwrap_or(Locale::En);
                view! {
                    <h1>{tr(l, "stay-title")}</h1>
                    <p class="stay-warning" role="note">{tr(l, "stay-warning")}</p>
                    <Choices l dest status countries statuses/>
                }
            }}
            <Trips rows dest bad_rows/>
            <NextStayInput next_days/>
            <div class="stay-result" aria-live="polite">
                {move || {
                    let l = locale.get().unwrap_or(Locale::En);
                    match outcome.get() {
                        None | Some(Ok(None)) => view! { <p class="loading">{tr(l, "loading")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p class="error" role="alert">{crate::errors::error_text(l, &e)}</p> }.into_any(),
                        Some(Ok(Some(o))) => outcome_view(l, o),
                    }
                }}
            </div>
        </section>
    }
}

/// The countries this citizenship has stay rules for, and the statuses of the chosen one; keeps
/// `dest` and `status` among them (the corridor's country and "visa free" first).
fn choices(
    origin: Country,
    dest: RwSignal<Option<Country>>,
    status: RwSignal<Option<String>>,
) -> (Memo<Vec<Country>>, Memo<Vec<String>>) {
    let locale = use_locale();
    // Every stay rule, for the countries and statuses this citizenship has rules for.
    let rules = load(
        move || locale.get().unwrap_or(Locale::En),
        |locale| async move {
            crate::client::call(&GetItems {
                locale,
                kind: ItemKind::StayRule,
            })
            .await
        },
    );
    let pairs = Memo::new(move |_| {
        let list = rules.get().and_then(|r| r.ok()).unwrap_or_default();
        list.iter()
            .filter_map(|v| v.item.stay_rule.clone())
            .filter(|r| r.citizenship.contains(&origin))
            .map(|r| (r.destination, r.status))
            .collect::<Vec<_>>()
    });
    let countries = Memo::new(move |_| {
        let p = pairs.get();
        DESTINATIONS
            .iter()
            .map(|c| Country::new(c))
            .filter(|c| p.iter().any(|(d, _)| d == c))
            .collect::<Vec<_>>()
    });
    let statuses = Memo::new(move |_| {
        let mut out: Vec<String> = Vec::new();
        for (d, s) in pairs.get() {
            if Some(&d) == dest.get().as_ref() && !out.contains(&s) {
                out.push(s);
            }
        }
        out
    });
    // Keep the choices among what the content has: the corridor's country, "visa free" first.
    Effect::new(move |_| {
        let cs = countries.get();
        if !cs.is_empty() && !dest.get_untracked().is_some_and(|d| cs.contains(&d)) {
            dest.set(cs.first().cloned());
        }
    });
    Effect::new(move |_| {
        let ss = statuses.get();
        let now = status.get_untracked();
        if !now.as_ref().is_some_and(|s| ss.contains(s)) {
            let pick = ss
                .iter()
                .find(|s| *s == "visa_free")
                .or(ss.first())
                .cloned();
            // Only a change is written: writing the same value would run this again, forever.
            if pick != now {
                status.set(pick);
            }
        }
    });
    (countries, statuses)
}

/// The country and the status, from what the content has for this citizenship.
#[component]
fn Choices(
    l: Locale,
    dest: RwSignal<Option<Country>>,
    status: RwSignal<Option<String>>,
    countries: Memo<Vec<Country>>,
    statuses: Memo<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="stay-choices">
            <label for="stay-destination">{tr(l, "stay-destination")}</label>
            <select id="stay-destination"
                on:change=move |ev| dest.set(Some(Country::new(&event_target_value(&ev))))>
                {move || countries.get().into_iter().map(|c| {
                    let selected = dest.get().as_ref() == Some(&c);
                    view! { <option value=c.code().to_string() selected=selected>{country_name(l, &c)}</option> }
                }).collect_view()}
            </select>
            <label for="stay-status">{tr(l, "stay-status")}</label>
            <select id="stay-status" on:change=move |ev| status.set(Some(event_target_value(&ev)))>
                {move || statuses.get().into_iter().map(|s| {
                    let selected = status.get().as_deref() == Some(s.as_str());
                    view! { <option value=s.clone() selected=selected>{status_label(l, &s)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The trips, each with its entry and exit day, editable and deletable.
#[component]
fn Trips(
    rows: RwSignal<Vec<Row>>,
    dest: RwSignal<Option<Country>>,
    bad_rows: Memo<Vec<usize>>,
) -> impl IntoView {
    let locale = use_locale();
    let failed = RwSignal::new(None::<jol_types::api::ApiError>);
    let edit = move |key: u32, f: &dyn Fn(&mut Row)| {
        rows.update(|rs| {
            if let Some(r) = rs.iter_mut().find(|r| r.key == key) {
                f(r);
            }
        });
        save_trips(dest.get_untracked(), &rows.get_untracked(), failed);
    };
    let number =
        move |key: u32| rows.with(|rs| rs.iter().position(|r| r.key == key).unwrap_or(0) + 1);
    let l = move || locale.get().unwrap_or(Locale::En);
    view! {
        <h2>{move || tr(l(), "stay-trips")}</h2>
        <p class="hint">{move || tr(l(), "stay-trips-hint")}</p>
        <ol class="trips">
            <For each=move || rows.get() key=|r| r.key let:row>
                {
                    let key = row.key;
                    let (entry_id, exit_id) = (format!("trip-{key}-entry"), format!("trip-{key}-exit"));
                    let bad = move || bad_rows.get().contains(&number(key));
                    view! {
                        <li class="trip" class:invalid=bad data-row=move || number(key).to_string()>
                            <h3>{move || tr_args(l(), "stay-trip", &[("n", Arg::Num(number(key) as i64))])}</h3>
                            <label for=entry_id.clone()>{move || tr(l(), "stay-entry")}</label>
                            <input type="date" class="entry" id=entry_id value=row.entry.clone()
                                aria-invalid=move || bad().to_string()
                                on:change=move |ev| { let v = event_target_value(&ev); edit(key, &|r| r.entry = v.clone()) }/>
                            <label for=exit_id.clone()>{move || tr(l(), "stay-exit")}</label>
                            <input type="date" class="exit" id=exit_id value=row.exit.clone()
                                aria-invalid=move || bad().to_string()
                                on:change=move |ev| { let v = event_target_value(&ev); edit(key, &|r| r.exit = v.clone()) }/>
                            <button type="button" class="delete-trip" on:click=move |_| {
                                rows.update(|rs| rs.retain(|r| r.key != key));
                                save_trips(dest.get_untracked(), &rows.get_untracked(), failed);
                            }>{move || tr(l(), "stay-trip-delete")}</button>
                        </li>
                    }
                }
            </For>
        </ol>
        {move || failed.get().map(|e| view! {
            <p class="error trips-error" role="alert" data-code=e.code.message_id()>{crate::errors::error_text(l(), &e)}</p>
        })}
        <button type="button" class="add-trip" on:click=move |_| rows.update(|rs| {
            let key = rs.iter().map(|r| r.key + 1).max().unwrap_or(1);
            rs.push(Row { key, entry: String::new(), exit: String::new() });
        })>{move || tr(l(), "stay-trip-add")}</button>
    }
}

#[component]
fn NextStayInput(next_days: RwSignal<Option<u32>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="stay-next-input">
            <label for="stay-next-days">{move || tr(locale.get().unwrap_or(Locale::En), "stay-next-days")}</label>
            <input type="number" id="stay-next-days" min="1" max="366" inputmode="numeric"
                value=move || next_days.get_untracked().map(|n| n.to_string()).unwrap_or_default()
                on:change=move |ev| next_days.set(event_target_value(&ev).trim().parse().ok().filter(|n| *n > 0))/>
        </p>
    }
}

/// The request for the complete rows, or the numbers of the rows that all lack an exit day.
fn ask(
    l: Locale,
    origin: Country,
    dest: Country,
    status: String,
    rows: &[Row],
    next: Option<u32>,
) -> Result<Asked, Vec<usize>> {
    let counted: Vec<(usize, &Row)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.entry.is_empty())
        .map(|(i, r)| (i + 1, r))
        .collect();
    let open: Vec<usize> = counted
        .iter()
        .filter(|(_, r)| r.exit.is_empty())
        .map(|(n, _)| *n)
        .collect();
    if open.len() > 1 {
        return Err(open);
    }
    let current = counted.iter().find(|(_, r)| r.exit.is_empty());
    let past: Vec<&(usize, &Row)> = counted.iter().filter(|(_, r)| !r.exit.is_empty()).collect();
    Ok(Asked {
        req: StayCheck {
            locale: l,
            destination: dest,
            citizenship: origin,
            status,
            trips: past
                .iter()
                .map(|(_, r)| StayTrip {
                    entry: r.entry.clone(),
                    exit: r.exit.clone(),
                })
                .collect(),
            current_since: current.map(|(_, r)| r.entry.clone()),
            on: today(),
            next_stay_days: next,
        },
        sent_rows: past.iter().map(|(n, _)| *n).collect(),
        current_row: current.map(|(n, _)| *n),
    })
}

/// The user's own today, `YYYY-MM-DD`: the calendar day where she is, not in UTC.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A status code in words; a code the UI has no words for shows as written.
fn status_label(l: Locale, code: &str) -> String {
    let id = format!("stay-status-{}", code.replace('_', "-"));
    let text = tr(l, &id);
    if text == id {
        code.to_string()
    } else {
        text
    }
}

fn storage_key(dest: &Country) -> String {
    format!("trips.{}", dest.code())
}

fn to_rows(trips: Vec<SavedTrip>) -> Vec<Row> {
    trips
        .into_iter()
        .enumerate()
        .map(|(i, t)| Row {
            key: i as u32 + 1,
            entry: t.entry,
            exit: t.exit.unwrap_or_default(),
        })
        .collect()
}

fn load_trips(dest: Country, rows: RwSignal<Vec<Row>>) {
    if !crate::client::keeps_user_data() {
        rows.set(to_rows(
            storage::get_json(&storage_key(&dest)).unwrap_or_default(),
        ));
        return;
    }
    spawn_local(async move {
        let trips = crate::client::call(&GetTrips { destination: dest }).await;
        rows.set(to_rows(trips.unwrap_or_default()));
    });
}

/// Keeps the rows that have an entry day. The form keeps what was typed either way; a write that
/// fails says so (`failed`), so trips never look kept when they are not.
fn save_trips(
    dest: Option<Country>,
    rows: &[Row],
    failed: RwSignal<Option<jol_types::api::ApiError>>,
) {
    let Some(destination) = dest else { return };
    let trips: Vec<SavedTrip> = rows
        .iter()
        .filter(|r| !r.entry.is_empty())
        .map(|r| SavedTrip {
            entry: r.entry.clone(),
            exit: (!r.exit.is_empty()).then(|| r.exit.clone()),
        })
        .collect();
    if !crate::client::keeps_user_data() {
        failed.set(crate::errors::keep_local(&storage_key(&destination), &trips).err());
        return;
    }
    spawn_local(async move {
        // The form holds what was typed; a day the core refuses is not kept and this says why.
        let reply = crate::client::call(&SetTrips { destination, trips }).await;
        failed.set(reply.err());
    });
}

/// The row numbers an outcome blames.
fn rows_at_fault(o: &Outcome) -> Vec<usize> {
    match o {
        Outcome::TwoCurrent(rows) => rows.clone(),
        Outcome::Reply(StayCheckReply::Refused(r), sent, current) => {
            let row = |k: &str| {
                r.params
                    .get(k)
                    .and_then(|n| n.parse::<usize>().ok())
                    .and_then(|n| sent.get(n - 1))
                    .copied()
            };
            match r.field {
                Some(StayField::Trip) => row("trip").into_iter().chain(row("other")).collect(),
                Some(StayField::Since) => current.iter().copied().collect(),
                _ => Vec::new(),
            }
        }
        Outcome::Reply(..) => Vec::new(),
    }
}

fn outcome_view(l: Locale, o: Outcome) -> AnyView {
    match o {
        Outcome::TwoCurrent(rows) => {
            let list = rows.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
            view! { <p class="error stay-error" role="alert">{tr_args(l, "stay-error-two-current", &[("trips", Arg::Str(list))])}</p> }
                .into_any()
        }
        Outcome::Reply(StayCheckReply::Refused(r), sent, current) => {
            view! { <p class="error stay-error" role="alert" data-code=r.code.message_id()>{refusal_text(l, &r, &sent, current)}</p> }
                .into_any()
        }
        Outcome::Reply(StayCheckReply::Answer(a), ..) => answer_view(l, a),
    }
}

/// A refusal in words: trip numbers as the user sees them, dates in her language.
fn refusal_text(l: Locale, r: &StayRefusal, sent: &[usize], current: Option<usize>) -> String {
    let mut args = Vec::new();
    for (k, v) in &r.params {
        let arg = match k.as_str() {
            "trip" | "other" => {
                let n = v
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| sent.get(n.wrapping_sub(1)).copied());
                Arg::Num(n.unwrap_or(0) as i64)
            }
            "entry" | "exit" | "since" | "on" => match v.parse::<PartialDate>() {
                Ok(d) => Arg::Str(date(l, d)),
                Err(_) => Arg::Str(v.clone()),
            },
            _ => Arg::Str(v.clone()),
        };
        args.push((k.as_str(), arg));
    }
    if let Some(n) = current {
        args.push(("current", Arg::Num(n as i64)));
    }
    tr_args(l, r.code.message_id(), &args)
}

fn answer_view(l: Locale, a: StayAnswer) -> AnyView {
    let binding = a
        .binding_rule
        .as_ref()
        .and_then(|id| a.rules.iter().find(|r| &r.id == id))
        .cloned();
    let limit = binding.as_ref().map(|r| r.rule.limit_days as i64);
    let d = |x: PartialDate| date(l, x);
    view! {
        <dl class="stay-figures">
            <div class="days-used" data-days=a.days_used.to_string()>
                <dt>{tr(l, "stay-days-used")}</dt>
                <dd>{match limit {
                    Some(limit) => tr_args(l, "stay-days-of", &[("used", Arg::Num(a.days_used as i64)), ("limit", Arg::Num(limit))]),
                    None => a.days_used.to_string(),
                }}</dd>
            </div>
            {a.days_left.map(|n| view! {
                <div class="days-left" data-days=n.to_string()><dt>{tr(l, "stay-days-left")}</dt><dd>{n}</dd></div>
            })}
            {a.last_legal_day.map(|x| view! {
                <div class="last-legal-day" data-date=x.to_string()><dt>{tr(l, "stay-last-day")}</dt><dd>{d(x)}</dd></div>
            })}
        </dl>
        {(a.overstay_days > 0).then(|| view! {
            <p class="stay-overstay" role="alert" data-days=a.overstay_days.to_string()>
                {tr_args(l, "stay-overstay", &[("length", Arg::Str(length(l, a.overstay_days)))])}
            </p>
        })}
        {(a.last_legal_day.is_none() && !a.no_limit).then(|| view! { <p class="stay-overstay">{tr(l, "stay-first-day-breaks")}</p> })}
        {a.no_limit.then(|| view! { <p>{tr(l, "stay-no-limit")}</p> })}
        {a.next_stay.map(|n| {
            let text = match n.earliest_entry {
                Some(x) => tr_args(l, "stay-next", &[("length", Arg::Str(length(l, n.days))), ("date", Arg::Str(d(x)))]),
                None => tr_args(l, "stay-next-none", &[("length", Arg::Str(length(l, n.days)))]),
            };
            view! { <p class="stay-next" data-date=n.earliest_entry.map(|x| x.to_string()).unwrap_or_default()>{text}</p> }
        })}
        {binding.map(|r| binding_view(l, r))}
        <h3>{tr(l, "stay-counts")}</h3>
        <ul class="stay-counts">
            {a.rules.into_iter().map(|r| view! {
                <li data-id=r.id.clone()>
                    <a href=item_href(&r.id) lang=r.locale.tag()>{r.title.clone()}</a>": "
                    {if r.in_force {
                        tr_args(l, "stay-days-of", &[("used", Arg::Num(r.days_used as i64)), ("limit", Arg::Num(r.rule.limit_days as i64))])
                    } else {
                        tr(l, "stay-not-in-force")
                    }}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// "90 days", with the locale's plural (the item pages' `stay-limit`).
fn length(l: Locale, days: u32) -> String {
    tr_args(l, "stay-limit", &[("days", Arg::Num(days as i64))])
}

/// The rule that ends the stay: what it is, its legal basis, its sources and when they were read.
fn binding_view(l: Locale, r: StayRuleCount) -> impl IntoView {
    view! {
        <section class="binding-rule" data-id=r.id.clone()>
            <h3>{tr(l, "stay-binding")}</h3>
            <p><a href=item_href(&r.id) lang=r.locale.tag()>{r.title.clone()}</a></p>
            <p lang=r.locale.tag()><strong>{tr(l, "stay-basis")}": "</strong>{r.legal_basis.clone()}</p>
            <p><strong>{tr(l, "item-sources")}": "</strong></p>
            <ul class="stay-sources">
                {r.sources.iter().map(|s| view! {
                    <li>
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a>
                        {s.date.map(|x| format!(" ({})", date(l, x)))}
                    </li>
                }).collect_view()}
            </ul>
            <p class="verified" data-date=r.verified_on.to_string()>
                {tr_args(l, "item-verified", &[("date", Arg::Str(date(l, r.verified_on)))])}
            </p>
        </section>
    }
}
