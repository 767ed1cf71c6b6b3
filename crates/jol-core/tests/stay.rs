//! "How long may I stay" through the API: the shipped content's stay rules, picked for the
//! destination, citizenship and status, counted by `jol-stay`; and the trips kept on the device.

use jol_core::{FixedClock, Jol, Transport};
use jol_types::api::{
    ErrorCode, GetTrips, SavedTrip, SetTrips, StayAnswer, StayCheck, StayCheckReply, StayErrorCode,
    StayField, StayRefusal, StayTrip,
};
use jol_types::{Country, Locale, PartialDate};
use std::sync::Arc;

/// 2026-12-07 00:00 UTC (the calculator takes its day from the request, not the clock).
const NOW: i64 = 1_796_601_600;

fn jol() -> Jol {
    Jol::in_memory(jol_dataset::builtin(), Arc::new(FixedClock(NOW))).expect("open")
}

fn check(from: &str, to: &str, status: &str, trips: &[(&str, &str)]) -> StayCheck {
    StayCheck {
        locale: Locale::Ky,
        destination: Country::new(to),
        citizenship: Country::new(from),
        status: status.into(),
        trips: trips
            .iter()
            .map(|(entry, exit)| StayTrip {
                entry: entry.to_string(),
                exit: exit.to_string(),
            })
            .collect(),
        current_since: None,
        on: "2026-06-20".into(),
        next_stay_days: None,
    }
}

fn answer(req: &StayCheck) -> StayAnswer {
    match jol().call_typed(req, Transport::Http).expect("stay_check") {
        StayCheckReply::Answer(a) => a,
        StayCheckReply::Refused(r) => panic!("refused: {r:?}"),
    }
}

fn refusal(req: &StayCheck) -> StayRefusal {
    match jol().call_typed(req, Transport::Ipc).expect("stay_check") {
        StayCheckReply::Refused(r) => r,
        StayCheckReply::Answer(a) => panic!("answered: {a:?}"),
    }
}

fn day(s: &str) -> PartialDate {
    s.parse().expect("a date")
}

/// docs/content.md's example, under the content's own rules for a Kyrgyz citizen in Russia.
#[test]
fn a_kyrgyz_citizen_in_russia_is_counted_under_the_calendar_year_rule_of_the_content() {
    let mut req = check("KG", "RU", "visa_free", &[("2026-01-10", "2026-02-28")]);
    req.current_since = Some("2026-06-01".into());
    req.next_stay_days = Some(30);
    let a = answer(&req);
    assert_eq!(a.days_used, 70);
    assert_eq!(a.days_left, Some(20));
    assert_eq!(a.last_legal_day, Some(day("2026-07-10")));
    assert_eq!(a.overstay_days, 0);
    assert_eq!(
        a.binding_rule.as_deref(),
        Some("stay.ru-visa-free-90-calendar-year")
    );
    // 70 days used in 2026: a 30-day stay must keep 20 of them in 2026, so it may begin on
    // 12 December and run into 2027, whose count starts from zero.
    assert_eq!(
        a.next_stay.and_then(|n| n.earliest_entry),
        Some(day("2026-12-12"))
    );
    // Both Russian visa-free rules apply; the one that ended in 2024 counts nothing in 2026.
    let ids: Vec<&str> = a.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "stay.ru-visa-free-90-calendar-year",
            "stay.ru-visa-free-90-in-180-until-2024"
        ]
    );
    let old = &a.rules[1];
    assert!(
        !old.in_force && old.no_limit && old.days_used == 0,
        "{old:?}"
    );
    // The binding rule carries what the screen shows: its title in Kyrgyz, the legal basis, the
    // sources and the day it was checked.
    let r = &a.rules[0];
    assert_eq!(r.locale, Locale::Ky);
    assert!(
        r.title.chars().any(|c| ('а'..='я').contains(&c)),
        "{}",
        r.title
    );
    assert!(!r.legal_basis.is_empty());
    assert!(r.sources.iter().all(|s| s.url.starts_with("https://")));
    assert!(!r.sources.is_empty());
    assert_eq!(r.verified_on, day("2025-12-26"));
    assert_eq!((r.rule.limit_days, r.days_used), (90, 70));
    assert_eq!(r.window_start, Some(day("2026-01-01")));
}

/// Kyrgyzstan's count for Kazakh citizens adds days up across exits (the content's
/// `from_first_entry` rule): 60 days, 10 days out, then 30 more days use up the 90.
#[test]
fn a_kazakh_citizen_in_kyrgyzstan_adds_up_days_across_a_short_exit() {
    let mut req = check("KZ", "KG", "visa_free", &[("2026-03-01", "2026-04-29")]);
    req.current_since = Some("2026-05-10".into());
    let a = answer(&req);
    assert_eq!(a.binding_rule.as_deref(), Some("stay.kg-kz-90-in-180"));
    assert_eq!(a.last_legal_day, Some(day("2026-06-08")));
    assert_eq!(a.overstay_days, 12);
    assert_eq!(a.days_left, Some(0));
    // After 90 days in a row outside, the count starts again: a new stay of 90 days fits.
    req.trips.push(StayTrip {
        entry: "2025-10-01".into(),
        exit: "2025-11-15".into(),
    });
    req.current_since = None;
    req.on = "2026-09-01".into();
    req.next_stay_days = Some(90);
    let a = answer(&req);
    // "If I enter on 1 September": that day is the new count's first.
    assert_eq!(a.days_used, 1);
    assert_eq!(a.last_legal_day, Some(day("2026-11-29")));
    assert_eq!(
        a.next_stay.and_then(|n| n.earliest_entry),
        Some(day("2026-09-01"))
    );
}

#[test]
fn bad_trips_are_refused_with_the_trip_to_fix_and_the_values_to_word() {
    let r = refusal(&check(
        "KG",
        "RU",
        "visa_free",
        &[("2026-01-10", "2026-01-20"), ("2026-03-10", "2026-03-01")],
    ));
    assert_eq!(r.code, StayErrorCode::ExitBeforeEntry);
    assert_eq!(r.field, Some(StayField::Trip));
    let p = |k: &str| r.params.get(k).map(String::as_str);
    assert_eq!(
        (p("trip"), p("entry"), p("exit")),
        (Some("2"), Some("2026-03-10"), Some("2026-03-01"))
    );

    let r = refusal(&check(
        "KG",
        "RU",
        "visa_free",
        &[("2026-01-10", "2026-01-20"), ("2026-01-20", "2026-02-01")],
    ));
    assert_eq!(r.code, StayErrorCode::Overlap);
    assert_eq!(
        (r.params["trip"].as_str(), r.params["other"].as_str()),
        ("2", "1")
    );

    let r = refusal(&check(
        "KG",
        "RU",
        "visa_free",
        &[("2026-02-30", "2026-03-01")],
    ));
    assert_eq!(
        (r.code, r.params["text"].as_str()),
        (StayErrorCode::NotADate, "2026-02-30")
    );

    let mut req = check("KG", "RU", "visa_free", &[("2026-05-01", "2026-06-05")]);
    req.current_since = Some("2026-06-01".into());
    let r = refusal(&req);
    assert_eq!(r.code, StayErrorCode::TripNotBeforeStay);
    assert_eq!(r.params["since"], "2026-06-01");

    req.trips.clear();
    req.current_since = Some("2026-07-01".into());
    let r = refusal(&req);
    assert_eq!(
        (r.code, r.field),
        (StayErrorCode::SinceAfterOn, Some(StayField::Since))
    );
}

#[test]
fn a_status_or_corridor_without_rules_is_refused_as_no_rule() {
    for (from, to, status) in [("KG", "RU", "student"), ("KG", "GB", "visa_free")] {
        let r = refusal(&check(from, to, status, &[]));
        assert_eq!(r.code, StayErrorCode::NoRule, "{from}->{to} {status}");
        assert_eq!(r.params["status"], status);
    }
    // Uzbek citizens have their own 15-day rule without registration in Russia; Kyrgyz the 30.
    let a = answer(&check("UZ", "RU", "without_registration", &[]));
    assert_eq!(
        a.binding_rule.as_deref(),
        Some("stay.ru-uz-without-registration-15")
    );
    let a = answer(&check("KG", "RU", "without_registration", &[]));
    assert_eq!(
        a.binding_rule.as_deref(),
        Some("stay.ru-eaeu-without-registration-30")
    );
    assert_eq!(a.last_legal_day, Some(day("2026-07-19")));
}

#[test]
fn trips_are_kept_per_destination_in_the_users_order_and_never_over_the_shared_server() {
    let jol = jol();
    let trips = vec![
        SavedTrip {
            entry: "2026-03-01".into(),
            exit: Some("2026-03-20".into()),
        },
        SavedTrip {
            entry: "2025-11-02".into(),
            exit: Some("2025-12-01".into()),
        },
        SavedTrip {
            entry: "2026-06-01".into(),
            exit: None,
        },
    ];
    let set = |destination: &str, trips: Vec<SavedTrip>, t: Transport| {
        jol.call_typed(
            &SetTrips {
                destination: Country::new(destination),
                trips,
            },
            t,
        )
    };
    let get = |destination: &str, t: Transport| {
        jol.call_typed(
            &GetTrips {
                destination: Country::new(destination),
            },
            t,
        )
        .expect("get_trips")
    };
    assert_eq!(
        set("RU", trips.clone(), Transport::Ipc).expect("set"),
        trips
    );
    set("KZ", trips[..1].to_vec(), Transport::Ipc).expect("set KZ");
    assert_eq!(get("RU", Transport::Ipc), trips);
    assert_eq!(get("KZ", Transport::Ipc), trips[..1]);
    // Editing replaces the list: a deleted trip is gone.
    set("RU", trips[1..].to_vec(), Transport::Ipc).expect("set");
    assert_eq!(get("RU", Transport::Ipc), trips[1..]);

    // A visitor on the shared server neither sees nor writes the host's trips.
    assert!(get("RU", Transport::Http).is_empty());
    let err = set("RU", Vec::new(), Transport::Http).expect_err("read-only");
    assert_eq!(err.code, ErrorCode::ReadOnly);
    assert_eq!(get("RU", Transport::Ipc), trips[1..]);

    // A day that does not exist is refused and nothing changes.
    let bad = vec![SavedTrip {
        entry: "2026-02-30".into(),
        exit: None,
    }];
    let err = set("RU", bad, Transport::Ipc).expect_err("bad date");
    assert_eq!(err.code, ErrorCode::BadDay);
    assert_eq!(err.params["day"], "2026-02-30");
    assert_eq!(err.params["trip"], "1");
    assert_eq!(get("RU", Transport::Ipc), trips[1..]);
}

/// The trips outlive the process: they are rows of the user database file.
#[test]
fn trips_survive_reopening_the_user_database() {
    use jol_core::{user_store::UserData, UserStore};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("user.db");
    let trips = [SavedTrip {
        entry: "2026-06-01".into(),
        exit: None,
    }];
    {
        let mut s = UserStore::from_connection(rusqlite::Connection::open(&path).expect("open"))
            .expect("store");
        s.set_trips("RU", &trips).expect("set");
    }
    let s = UserStore::from_connection(rusqlite::Connection::open(&path).expect("reopen"))
        .expect("store");
    assert_eq!(s.trips("RU").expect("trips"), trips);
    assert!(s.trips("KZ").expect("trips").is_empty());
}

/// The UI words every refusal and every status the content has from `locales/*.ftl`: a code
/// without its message would show the user a message id.
#[test]
fn every_refusal_and_every_status_of_the_content_has_a_message_in_every_locale() {
    use jol_types::api::StayErrorCode;
    let statuses: std::collections::BTreeSet<String> = jol()
        .with_content(|c| c.items_of_kind(jol_types::ItemKind::StayRule))
        .expect("stay rules")
        .into_iter()
        .filter_map(|i| i.stay_rule.map(|r| r.status))
        .collect();
    assert!(statuses.contains("visa_free"), "{statuses:?}");
    let ids: Vec<String> = StayErrorCode::ALL
        .iter()
        .map(|c| c.message_id().to_string())
        .chain(
            statuses
                .iter()
                .map(|s| format!("stay-status-{}", s.replace('_', "-"))),
        )
        .collect();
    for l in Locale::ALL {
        let path = format!(
            "{}/../../locales/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            l.tag()
        );
        let ftl = std::fs::read_to_string(&path).expect("a locale file");
        for id in &ids {
            assert!(
                ftl.lines().any(|line| line.starts_with(&format!("{id} ="))),
                "{path} lacks `{id}`"
            );
        }
    }
}
