//! Worked cases, one table per kind of rule, each checked against dates counted by hand (the
//! comment on a case shows the count). Like a calendar library's tests: year boundaries, leap
//! years, trips touching a window's edge, and stays across a change of rules.

use jol_stay::{evaluate, Answer, Arg, Day, Period, Query, Rule, StayError, Trip};

fn d(s: &str) -> Day {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn rule(id: &str, limit_days: u32, period: Period) -> Rule {
    Rule {
        id: id.into(),
        limit_days,
        period,
        effective_from: None,
        effective_to: None,
    }
}

fn dated(mut r: Rule, from: Option<&str>, to: Option<&str>) -> Rule {
    r.effective_from = from.map(d);
    r.effective_to = to.map(d);
    r
}

fn query(rules: &[Rule], trips: &[(&str, &str)], since: Option<&str>, on: &str) -> Query {
    Query {
        rules: rules.to_vec(),
        trips: trips
            .iter()
            .map(|(a, b)| Trip {
                entry: d(a),
                exit: d(b),
            })
            .collect(),
        since: since.map(d),
        on: d(on),
        new_stay_days: None,
    }
}

fn ask(rules: &[Rule], trips: &[(&str, &str)], since: Option<&str>, on: &str) -> Answer {
    evaluate(&query(rules, trips, since, on)).expect("a valid question")
}

/// One worked case: the question, then days used, last legal day and overstay days.
struct Case {
    name: &'static str,
    trips: &'static [(&'static str, &'static str)],
    since: Option<&'static str>,
    on: &'static str,
    used: u32,
    last: Option<&'static str>,
    overstay: u32,
}

fn check(rules: &[Rule], cases: &[Case]) {
    for c in cases {
        let a = ask(rules, c.trips, c.since, c.on);
        let got = (a.days_used, a.last_legal_day, a.overstay_days);
        let want = (c.used, c.last.map(d), c.overstay);
        assert_eq!(got, want, "{}", c.name);
        assert!(!a.no_limit, "{}", c.name);
        let left = c.last.map_or(0, |l| d(l).since(d(c.on)).max(0) as u32);
        assert_eq!(a.days_left, Some(left), "{}: days left", c.name);
    }
}

#[test]
fn calendar_year() {
    let rules = [rule("year", 90, Period::CalendarYear)];
    check(
        &rules,
        &[
            Case {
                // 31 (Jan) + 28 (Feb) + 31 (Mar) = 90.
                name: "entering on 1 January of a common year",
                trips: &[],
                since: None,
                on: "2025-01-01",
                used: 1,
                last: Some("2025-03-31"),
                overstay: 0,
            },
            Case {
                // 31 + 29 + 30 = 90: a leap year ends the allowance a day earlier.
                name: "entering on 1 January of a leap year",
                trips: &[],
                since: None,
                on: "2024-01-01",
                used: 1,
                last: Some("2024-03-30"),
                overstay: 0,
            },
            Case {
                // December's 31 days belong to 2024; 2025 starts from zero: 10 days on 10 January,
                // the 90th on 31 March.
                name: "a stay across New Year",
                trips: &[],
                since: Some("2024-12-01"),
                on: "2025-01-10",
                used: 10,
                last: Some("2025-03-31"),
                overstay: 0,
            },
            Case {
                // 22 (10-31 Jan) + 28 (Feb) = 50 before; 1 June is day 51, day 90 is 10 July.
                name: "an earlier trip in the same year",
                trips: &[("2025-01-10", "2025-02-28")],
                since: Some("2025-06-01"),
                on: "2025-06-01",
                used: 51,
                last: Some("2025-07-10"),
                overstay: 0,
            },
            Case {
                // 90 days already used: 1 May is day 91; 1-5 May are 5 days over.
                name: "the year's allowance already spent",
                trips: &[("2025-01-01", "2025-03-31")],
                since: Some("2025-05-01"),
                on: "2025-05-05",
                used: 95,
                last: None,
                overstay: 5,
            },
            Case {
                // The 92 days of October to December 2024 do not count in 2025.
                name: "last year's trip, ending on 31 December",
                trips: &[("2024-10-01", "2024-12-31")],
                since: None,
                on: "2025-01-01",
                used: 1,
                last: Some("2025-03-31"),
                overstay: 0,
            },
        ],
    );
}

#[test]
fn rolling() {
    let rules = [rule("rolling", 90, Period::Rolling { days: 180 })];
    check(
        &rules,
        &[
            Case {
                // 31 (Mar) + 30 (Apr) + 29 = 90: 29 May.
                name: "a first stay",
                trips: &[],
                since: Some("2025-03-01"),
                on: "2025-03-01",
                used: 1,
                last: Some("2025-05-29"),
                overstay: 0,
            },
            Case {
                // The 180 days ending on 1 July 2025 begin on 3 January: the trip's last day is
                // in the window, so 1 + 1.
                name: "a trip whose exit day is the window's first day",
                trips: &[("2024-12-01", "2025-01-03")],
                since: None,
                on: "2025-07-01",
                used: 2,
                last: Some("2025-09-28"),
                overstay: 0,
            },
            Case {
                // One day earlier, the trip is out of the window.
                name: "a trip ending the day before the window",
                trips: &[("2024-12-01", "2025-01-02")],
                since: None,
                on: "2025-07-01",
                used: 1,
                last: Some("2025-09-28"),
                overstay: 0,
            },
            Case {
                // 60 days (1 January - 29 February 2024). On 30 June the 180 days back begin on
                // 3 January: 58 of them + 30 in June = 88. The old days leave the window one by
                // one as new ones come in, so the stay breaks only on 30 August, when the window
                // (from 3 March) holds 91 days of the stay alone.
                name: "a leap-year trip, then a long stay",
                trips: &[("2024-01-01", "2024-02-29")],
                since: Some("2024-06-01"),
                on: "2024-06-30",
                used: 88,
                last: Some("2024-08-29"),
                overstay: 0,
            },
            Case {
                // 30 (from 2 December) + 31 + 28 + 1 = 90 on 1 March; on 10 March 99 days are in
                // the window, 9 of them over.
                name: "an overstay",
                trips: &[],
                since: Some("2024-12-02"),
                on: "2025-03-10",
                used: 99,
                last: Some("2025-03-01"),
                overstay: 9,
            },
        ],
    );
}

#[test]
fn from_entry() {
    let rules = [rule("entry", 30, Period::FromEntry)];
    check(
        &rules,
        &[
            Case {
                // 17 (15-31 Jan) + 13 = 30: 13 February.
                name: "a stay in January",
                trips: &[],
                since: Some("2025-01-15"),
                on: "2025-01-20",
                used: 6,
                last: Some("2025-02-13"),
                overstay: 0,
            },
            Case {
                // 15 (15-29 Feb) + 15 = 30.
                name: "across 29 February",
                trips: &[],
                since: Some("2024-02-15"),
                on: "2024-02-15",
                used: 1,
                last: Some("2024-03-15"),
                overstay: 0,
            },
            Case {
                // 14 (15-28 Feb) + 16 = 30.
                name: "across February of a common year",
                trips: &[],
                since: Some("2025-02-15"),
                on: "2025-02-15",
                used: 1,
                last: Some("2025-03-16"),
                overstay: 0,
            },
            Case {
                // A new entry is day 1 again, even the day after an exit.
                name: "re-entry the day after an exit",
                trips: &[("2025-01-01", "2025-01-10")],
                since: Some("2025-01-11"),
                on: "2025-01-11",
                used: 1,
                last: Some("2025-02-09"),
                overstay: 0,
            },
            Case {
                // 17 (15-31 Dec) + 13 = 30: across the year.
                name: "across New Year",
                trips: &[],
                since: Some("2024-12-15"),
                on: "2025-01-05",
                used: 22,
                last: Some("2025-01-13"),
                overstay: 0,
            },
            Case {
                // Day 30 is 30 January; 31 January to 5 February are 6 days over.
                name: "an overstay",
                trips: &[],
                since: Some("2025-01-01"),
                on: "2025-02-05",
                used: 36,
                last: Some("2025-01-30"),
                overstay: 6,
            },
        ],
    );
}

/// Kyrgyzstan's rule for Kazakh citizens, in the words of its Border Service (24.kg, 15 January
/// 2026): «Граждане Казахстана смогут находиться в Кыргызстане до 90 дней в общей сложности за
/// каждые 180 дней начиная с даты первого въезда. … Использованные дни пребывания суммируются и не
/// обнуляются при каждом пересечении границы. Новый отсчет начинается только после непрерывного
/// нахождения вне КР не менее 90 календарных дней.» ("up to 90 days in total in every 180 days
/// from the date of the first entry … The days used add up and are not reset at each border
/// crossing. A new count starts only after at least 90 calendar days in a row outside the
/// Kyrgyz Republic.") In force from 1 September 2025 (24.kg, 4 December 2025).
#[test]
fn from_first_entry_as_kyrgyzstan_counts_for_kazakh_citizens() {
    let kg = dated(
        rule(
            "stay.kg-kz-90-in-180",
            90,
            Period::FromFirstEntry {
                reset_after_days_outside: 90,
            },
        ),
        Some("2025-09-01"),
        None,
    );
    let rolling = dated(
        rule("rolling", 90, Period::Rolling { days: 180 }),
        Some("2025-09-01"),
        None,
    );
    let rules = [kg.clone()];
    check(
        &rules,
        &[
            Case {
                // "The days used add up": 30 + 30 before, 1 December is day 61, day 90 is 30 December.
                name: "days add up across border crossings",
                trips: &[("2025-09-01", "2025-09-30"), ("2025-10-20", "2025-11-18")],
                since: Some("2025-12-01"),
                on: "2025-12-01",
                used: 61,
                last: Some("2025-12-30"),
                overstay: 0,
            },
            Case {
                // 60 + 30 = 90 used; 81 and then 50 days outside are each under 90, so the count
                // goes on and the first day back is day 91.
                name: "gaps shorter than 90 days do not start a new count",
                trips: &[("2025-09-01", "2025-10-30"), ("2026-01-20", "2026-02-18")],
                since: Some("2026-04-10"),
                on: "2026-04-10",
                used: 91,
                last: None,
                overstay: 1,
            },
            Case {
                // 30 November to 27 February: 1 + 31 + 31 + 27 = 90 days outside, so 28 February
                // starts a new count, and its 90th day is 28 May.
                name: "90 days outside start a new count",
                trips: &[("2025-09-01", "2025-11-29")],
                since: Some("2026-02-28"),
                on: "2026-02-28",
                used: 1,
                last: Some("2026-05-28"),
                overstay: 0,
            },
            Case {
                // One day short: 89 days outside, the count goes on at 91.
                name: "89 days outside are not enough",
                trips: &[("2025-09-01", "2025-11-29")],
                since: Some("2026-02-27"),
                on: "2026-02-27",
                used: 91,
                last: None,
                overstay: 1,
            },
            Case {
                // Days before 1 September 2025 are not under the rule; the count starts then.
                name: "a stay across the rule's start",
                trips: &[("2025-07-01", "2025-08-20")],
                since: Some("2025-08-25"),
                on: "2025-09-10",
                used: 10,
                last: Some("2025-11-29"),
                overstay: 0,
            },
        ],
    );
    // Where the wording differs from a rolling 90 in 180: on 10 April 2026 the 180 days back hold
    // only 18 (13-30 October) + 30 + 1 = 49 days, but the count from the first entry holds 91.
    let both = ask(
        &[rolling, kg],
        &[("2025-09-01", "2025-10-30"), ("2026-01-20", "2026-02-18")],
        Some("2026-04-10"),
        "2026-04-10",
    );
    assert_eq!(both.rules[0].days_used, 49);
    assert_eq!(both.rules[1].days_used, 91);
    assert_eq!(both.binding_rule.as_deref(), Some("stay.kg-kz-90-in-180"));
}

/// The content's rule for Kazakh citizens in Kyrgyzstan is read as the kind the test above counts.
#[test]
fn the_content_gives_kyrgyzstans_rule_for_kazakh_citizens_as_from_first_entry() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/content/stay-rules/stay.kg-kz-90-in-180.toml"
    );
    let item: jol_types::Item =
        toml::from_str(&std::fs::read_to_string(path).expect("the rule's file")).expect("TOML");
    let r = Rule::from_content(&item.id, item.stay_rule.as_ref().expect("a stay rule"))
        .expect("countable");
    assert_eq!(
        r.period,
        Period::FromFirstEntry {
            reset_after_days_outside: 90
        }
    );
    assert_eq!(
        (r.limit_days, r.effective_from, r.effective_to),
        (90, Some(d("2025-09-01")), None)
    );
}

/// Russia: 90 days in any 180 until 31 December 2024, 90 days per calendar year from 1 January
/// 2025 — a stay across the change is counted under each rule for the days it covers.
#[test]
fn a_stay_across_a_change_of_rules() {
    let old = dated(
        rule("old", 90, Period::Rolling { days: 180 }),
        None,
        Some("2024-12-31"),
    );
    let new = dated(
        rule("new", 90, Period::CalendarYear),
        Some("2025-01-01"),
        None,
    );
    let rules = [old, new];

    // 61 days (November, December) under the old rule, which never reaches 90; from 1 January
    // the new one counts from zero: 15 on 15 January, the 90th on 31 March.
    let a = ask(&rules, &[], Some("2024-11-01"), "2025-01-15");
    assert_eq!(a.binding_rule.as_deref(), Some("new"));
    assert_eq!((a.days_used, a.last_legal_day), (15, Some(d("2025-03-31"))));
    assert!(!a.rules[0].in_force && a.rules[0].no_limit);
    assert_eq!(a.rules[0].days_used, 0);

    // From 1 October, the old rule's 91st day is 30 December: it binds before the change.
    let b = ask(&rules, &[], Some("2024-10-01"), "2024-12-20");
    assert_eq!(b.binding_rule.as_deref(), Some("old"));
    assert_eq!(
        (b.days_used, b.last_legal_day, b.overstay_days),
        (81, Some(d("2024-12-29")), 0)
    );
    assert_eq!(b.rules[1].last_legal_day, Some(d("2025-03-31")));
    assert_eq!(b.days_left, Some(9));
}

#[test]
fn the_tightest_rule_binds_and_the_next_stay_waits_for_it() {
    // Kazakhstan for Uzbek citizens: 30 days without registration from entry, 90 in any 180.
    let rules = [
        rule("entry30", 30, Period::FromEntry),
        rule("rolling", 90, Period::Rolling { days: 180 }),
    ];
    let trips = [("2025-01-01", "2025-01-30"), ("2025-02-10", "2025-03-11")];
    let mut q = query(&rules, &trips, Some("2025-03-20"), "2025-03-25");
    q.new_stay_days = Some(30);
    let a = evaluate(&q).unwrap();
    // 30 + 30 + 6 = 66 in the window; from entry, 6.
    assert_eq!((a.rules[0].days_used, a.rules[1].days_used), (6, 66));
    // From entry, day 30 is 18 April. In 90 in 180 the 60 days of January and February stay
    // in the window all along, and 20 March - 17 April are 29 more: 89, so it still holds on 17
    // April, and entry30 binds.
    assert_eq!(a.binding_rule.as_deref(), Some("entry30"));
    assert_eq!(a.last_legal_day, Some(d("2025-04-18")));
    assert_eq!(a.days_used, 6);
    // Leaving on 25 March with 66 days in the window: a 30-day stay from E ends on E+29, whose
    // 180-day window [E-150, E+29] may hold at most 60 past days, so 1-6 January must have left
    // it: E-150 ≥ 7 January, E ≥ 6 June.
    let next = a.next_stay.expect("asked");
    assert_eq!(next.earliest_entry, Some(d("2025-06-06")));
}

#[test]
fn a_rule_that_never_binds_says_so() {
    let ended = dated(
        rule("ended", 90, Period::Rolling { days: 180 }),
        None,
        Some("2024-12-31"),
    );
    let a = ask(&[ended], &[], None, "2026-01-01");
    assert!(a.no_limit);
    assert_eq!(
        (a.last_legal_day, a.days_left, a.overstay_days),
        (None, None, 0)
    );
    assert_eq!(a.binding_rule, None);
}

#[test]
fn invalid_questions_name_the_argument_at_fault() {
    let rules = [rule("r", 90, Period::CalendarYear)];
    let err = |trips: &[(&str, &str)], since: Option<&str>| {
        evaluate(&query(&rules, trips, since, "2025-06-01")).unwrap_err()
    };
    let e = err(&[("2025-01-10", "2025-01-01")], None);
    assert!(matches!(e, StayError::ExitBeforeEntry { .. }));
    assert_eq!(e.arg(), Some(&Arg::Trip { index: 1 }));
    let e = err(
        &[("2025-01-01", "2025-01-10"), ("2025-01-10", "2025-01-20")],
        None,
    );
    assert_eq!(
        e,
        StayError::Overlap {
            arg: Arg::Trip { index: 2 },
            other: Arg::Trip { index: 1 }
        }
    );
    let e = err(&[("2025-05-01", "2025-05-20")], Some("2025-05-20"));
    assert!(matches!(e, StayError::TripNotBeforeStay { .. }));
    let e = err(&[], Some("2025-06-02"));
    assert_eq!(e.arg(), Some(&Arg::Since));
    assert_eq!(
        e.to_string(),
        "--since: the stay begins on 2025-06-02, after --on 2025-06-01"
    );
    assert_eq!(
        evaluate(&query(&[], &[], None, "2025-06-01")).unwrap_err(),
        StayError::NoRule
    );
    let bad = rule("bad", 10, Period::Rolling { days: 0 });
    let e = evaluate(&query(&[bad], &[], None, "2025-06-01")).unwrap_err();
    assert_eq!(e.arg(), Some(&Arg::Rule { id: "bad".into() }));
}

#[test]
fn errors_and_answers_serialise_as_codes_and_dates() {
    let e = StayError::ExitBeforeEntry {
        arg: Arg::Trip { index: 2 },
        entry: d("2025-01-10"),
        exit: d("2025-01-01"),
    };
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        serde_json::json!({"code": "exit_before_entry", "arg": {"arg": "trip", "index": 2},
            "entry": "2025-01-10", "exit": "2025-01-01"})
    );
    let a = ask(&[rule("r", 30, Period::FromEntry)], &[], None, "2025-01-01");
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["last_legal_day"], "2025-01-30");
    assert_eq!(v["overstay_days"], 0);
    let back: Answer = serde_json::from_value(v).unwrap();
    assert_eq!(back, a);
}
