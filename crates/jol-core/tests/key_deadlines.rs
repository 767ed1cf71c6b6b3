//! The home screen's first facts: deadlines counted from arrival, for the user's citizenship,
//! from the shipped content.

use jol_core::{FixedClock, Jol, Transport};
use jol_types::api::{KeyDeadline, KeyDeadlines};
use jol_types::{Country, Locale};
use std::sync::Arc;

/// 2026-12-07 00:00 UTC (deadlines do not depend on the day).
const NOW: i64 = 1_796_601_600;

fn deadlines(origin: &str, destination: &str, locale: Locale) -> Vec<KeyDeadline> {
    let jol = Jol::in_memory(jol_dataset::builtin(), Arc::new(FixedClock(NOW))).expect("open");
    jol.call_typed(
        &KeyDeadlines {
            locale,
            origin: Some(Country::new(origin)),
            destination: Country::new(destination),
        },
        Transport::Http,
    )
    .expect("key deadlines")
}

fn summary(list: &[KeyDeadline]) -> Vec<(String, u32)> {
    list.iter().map(|d| (d.item_id.clone(), d.days)).collect()
}

#[test]
fn an_uzbek_citizen_in_russia_sees_the_15_day_registration_not_the_30_day_one() {
    let list = deadlines("UZ", "RU", Locale::En);
    let s = summary(&list);
    assert!(s.contains(&("ru.registration".into(), 15)), "{s:?}");
    assert!(!s.contains(&("ru.registration".into(), 30)), "{s:?}");
    // Work papers: the patent's deadlines, counted from entry.
    assert!(s.iter().any(|(id, _)| id == "ru.patent"), "{s:?}");
    // EAEU-only guides are not for Uzbek citizens.
    assert!(!s.iter().any(|(id, _)| id == "ru.work-eaeu"), "{s:?}");
    // Shortest first; every entry carries the guide's own wording of the deadline.
    assert!(list.windows(2).all(|w| w[0].days <= w[1].days));
    assert!(list
        .iter()
        .all(|d| !d.deadline.is_empty() && !d.step_title.is_empty()));
}

#[test]
fn a_kyrgyz_citizen_in_russia_sees_30_days_and_the_written_contract() {
    let s = summary(&deadlines("KG", "RU", Locale::Ru));
    assert!(s.contains(&("ru.registration".into(), 30)), "{s:?}");
    assert!(!s.contains(&("ru.registration".into(), 15)), "{s:?}");
    assert!(s.contains(&("ru.work-eaeu".into(), 3)), "{s:?}");
    assert!(!s.iter().any(|(id, _)| id == "ru.patent"), "{s:?}");
    // Losing a document is not a deadline that starts on arrival.
    assert!(!s.iter().any(|(id, _)| id == "ru.lost-documents"), "{s:?}");
}

#[test]
fn texts_come_in_the_asked_locale() {
    let list = deadlines("KG", "KZ", Locale::Ky);
    assert!(!list.is_empty());
    assert!(list.iter().all(|d| d.locale == Locale::Ky), "{list:?}");
    assert!(
        list.iter().all(|d| d.item_id.starts_with("kz.")),
        "{list:?}"
    );
}
