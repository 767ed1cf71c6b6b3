//! Properties of the calculator over random questions, with a fixed seed so that they never fail
//! at random: the engine agrees with a slow, obviously-correct count (every window re-counted day
//! by day); adding a past trip never moves the last legal day later; a rule never counts more days
//! than its window has; the last legal day and the overstay agree.

use jol_stay::{evaluate, Answer, Day, Period, Query, Rule, Trip};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::collections::BTreeSet;

const SEED: [u8; 16] = *b"jol-stay 90 /180";

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::XorShift, &SEED))
}

/// 1 January 2023, 2024 being a leap year within reach of every question.
fn base() -> Day {
    "2023-01-01".parse().unwrap()
}

fn rules() -> impl Strategy<Value = Vec<Rule>> {
    let period = prop_oneof![
        Just(Period::CalendarYear),
        (1u32..200).prop_map(|days| Period::Rolling { days }),
        Just(Period::FromEntry),
        (1u32..120).prop_map(|r| Period::FromFirstEntry {
            reset_after_days_outside: r
        }),
    ];
    let edge = proptest::option::weighted(0.3, 0i64..1200);
    let rule = (period, 0u32..120, edge.clone(), edge).prop_map(|(period, limit, a, b)| {
        let (from, to) = match (a, b) {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            other => other,
        };
        Rule {
            id: "r".into(),
            limit_days: limit,
            period,
            effective_from: from.map(|n| base().plus(n)),
            effective_to: to.map(|n| base().plus(n)),
        }
    });
    proptest::collection::vec(rule, 1..4)
}

/// Past trips (as gap-before, length pairs laid end to end), whether there is a current stay, and
/// the gap and length that place `since` and `on` after them.
fn questions() -> impl Strategy<Value = Query> {
    let trips = proptest::collection::vec((0i64..150, 1i64..120), 0..8);
    (rules(), trips, any::<bool>(), 0i64..150, 0i64..150).prop_map(
        |(rules, gaps, current, gap, len)| {
            let mut day = base();
            let mut trips = Vec::new();
            for (g, l) in gaps {
                let entry = day.plus(g);
                trips.push(Trip {
                    entry,
                    exit: entry.plus(l - 1),
                });
                day = entry.plus(l);
            }
            let start = day.plus(gap);
            Query {
                rules,
                trips,
                since: current.then_some(start),
                on: if current { start.plus(len) } else { start },
                new_stay_days: None,
            }
        },
    )
}

/// The slow count: every window counted day by day over a set of days.
fn slow_count(rule: &Rule, present: &BTreeSet<Day>, stay_first: Day, d: Day) -> (u32, Day) {
    let start = match rule.period {
        Period::CalendarYear => d.first_of_year(),
        Period::Rolling { days } => d.plus(1 - days as i64),
        Period::FromEntry => stay_first,
        Period::FromFirstEntry {
            reset_after_days_outside,
        } => {
            let mut anchor = None;
            let mut outside = i64::MAX;
            let mut day = *present.iter().next().unwrap();
            while day <= d {
                if present.contains(&day) && rule.in_force(day) {
                    if outside >= reset_after_days_outside as i64 {
                        anchor = Some(day);
                    }
                    outside = 0;
                } else if anchor.is_some() {
                    outside += 1;
                }
                day = day.plus(1);
            }
            anchor.unwrap()
        }
    };
    let start = rule.effective_from.map_or(start, |f| start.max(f));
    let mut n = 0;
    let mut day = start;
    while day <= d {
        n += present.contains(&day) as u32;
        day = day.plus(1);
    }
    (n, start)
}

/// The slow last legal day of one rule, looking 4 years ahead: `Err(())` for no limit.
fn slow_last(rule: &Rule, q: &Query) -> Result<Option<Day>, ()> {
    let start = q.since.unwrap_or(q.on);
    let mut present: BTreeSet<Day> = days_of(&q.trips);
    let mut d = start;
    while d.since(start) < 4 * 366 + 1300 {
        present.insert(d);
        if rule.in_force(d) && slow_count(rule, &present, start, d).0 > rule.limit_days {
            return Ok((d > start).then(|| d.plus(-1)));
        }
        d = d.plus(1);
    }
    Err(())
}

fn days_of(trips: &[Trip]) -> BTreeSet<Day> {
    let mut set = BTreeSet::new();
    for t in trips {
        let mut d = t.entry;
        while d <= t.exit {
            set.insert(d);
            d = d.plus(1);
        }
    }
    set
}

/// The last legal day as a number that orders "breaks at once" < a day < "no limit".
fn rank(a: &Answer) -> i64 {
    match (a.last_legal_day, a.no_limit) {
        (_, true) => i64::MAX,
        (Some(d), _) => d.number(),
        (None, _) => i64::MIN,
    }
}

#[test]
fn agrees_with_counting_every_window_day_by_day() {
    runner(160)
        .run(&questions(), |q| {
            let a = evaluate(&q).expect("generated questions are valid");
            let start = q.since.unwrap_or(q.on);
            let mut present = days_of(&q.trips);
            let mut d = start;
            while d <= q.on {
                present.insert(d);
                d = d.plus(1);
            }
            for (rule, got) in q.rules.iter().zip(&a.rules) {
                if rule.in_force(q.on) {
                    let (used, from) = slow_count(rule, &present, start, q.on);
                    prop_assert_eq!((got.days_used, got.window_start), (used, Some(from)));
                }
                let want = slow_last(rule, &q);
                let have = if got.no_limit {
                    Err(())
                } else {
                    Ok(got.last_legal_day)
                };
                prop_assert_eq!(have, want, "rule {:?}", rule);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn adding_a_past_trip_never_moves_the_last_legal_day_later() {
    let with_extra = (questions(), 0i64..400, 1i64..60);
    runner(300)
        .run(&with_extra, |(q, back, len)| {
            let before = evaluate(&q).unwrap();
            // A trip ending `back` days before the stay, placed only where it shares no day.
            let exit = before.stay_start.plus(-1 - back);
            let extra = Trip {
                entry: exit.plus(1 - len),
                exit,
            };
            if q.trips
                .iter()
                .any(|t| t.entry <= extra.exit && extra.entry <= t.exit)
            {
                return Ok(());
            }
            let mut more = q.clone();
            more.trips.push(extra);
            let after = evaluate(&more).unwrap();
            prop_assert!(rank(&after) <= rank(&before), "{:?} -> {:?}", before, after);
            for (b, a) in before.rules.iter().zip(&after.rules) {
                prop_assert!(a.days_used >= b.days_used);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn days_used_fit_the_window_and_the_overstay_fits_the_last_legal_day() {
    runner(400)
        .run(&questions(), |q| {
            let a = evaluate(&q).unwrap();
            for (rule, r) in q.rules.iter().zip(&a.rules) {
                if let Some(from) = r.window_start {
                    prop_assert!(r.days_used as i64 <= q.on.since(from) + 1);
                    if let Period::Rolling { days } = rule.period {
                        prop_assert!(r.days_used <= days);
                    }
                    if rule.period == Period::CalendarYear {
                        prop_assert!(r.days_used <= 366);
                    }
                }
            }
            let expected = match (a.no_limit, a.last_legal_day) {
                (true, _) => 0,
                (false, Some(last)) => q.on.since(last).max(0),
                (false, None) => q.on.since(a.stay_start) + 1,
            };
            prop_assert_eq!(a.overstay_days as i64, expected);
            if let Some(last) = a.last_legal_day {
                prop_assert!(last >= a.stay_start);
                prop_assert_eq!(a.days_left, Some(last.since(q.on).max(0) as u32));
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_next_stay_is_the_first_that_keeps_every_rule() {
    let with_days = (questions(), 1u32..40);
    runner(60)
        .run(&with_days, |(mut q, days)| {
            q.new_stay_days = Some(days);
            let a = evaluate(&q).unwrap();
            let Some(entry) = a.next_stay.unwrap().earliest_entry else {
                return Ok(());
            };
            let mut past = q.trips.clone();
            if let Some(since) = q.since {
                past.push(Trip {
                    entry: since,
                    exit: q.on,
                });
            }
            let keeps = |e: Day| {
                let planned = Query {
                    rules: q.rules.clone(),
                    trips: past.clone(),
                    since: Some(e),
                    on: e,
                    new_stay_days: None,
                };
                let last = e.plus(days as i64 - 1);
                q.rules
                    .iter()
                    .all(|r| slow_last(r, &planned).map_or(true, |l| l.is_some_and(|l| l >= last)))
            };
            prop_assert!(keeps(entry));
            let first = if q.since.is_some() {
                q.on.plus(1)
            } else {
                q.on
            };
            if entry > first {
                prop_assert!(!keeps(entry.plus(-1)));
            }
            Ok(())
        })
        .unwrap();
}
