//! Calendar days as plain numbers, so that windows and gaps are subtraction.
//!
//! A stay is counted in whole civil days (the time of day never matters: any part of a day spent in
//! the country is a day of presence), so the engine needs no time zones and no clock — only the
//! proleptic Gregorian calendar, which this module implements in a few lines rather than pull in a
//! date library that would have to build for wasm too.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use jol_types::date::{civil_from_days, days_from_civil, days_in_month};

/// A civil date, stored as the number of days since 1970-01-01 (negative before).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

/// The years a date may name: wide enough for any stay, narrow enough that day arithmetic near
/// the ends never overflows and that a typo such as `20256-01-01` is refused.
pub const YEARS: std::ops::RangeInclusive<i64> = 1900..=2999;

impl Day {
    /// The date `year-month-day`, or `None` when no such day exists (30 February, month 13, a year
    /// outside [`YEARS`]).
    pub fn from_ymd(year: i64, month: u8, day: u8) -> Option<Day> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day(days_from_civil(year, month, day)))
    }

    /// Days since 1970-01-01.
    pub fn number(self) -> i64 {
        self.0
    }

    /// The day with this number (days since 1970-01-01).
    pub fn from_number(n: i64) -> Day {
        Day(n)
    }

    /// Year, month and day of month.
    pub fn ymd(self) -> (i64, u8, u8) {
        civil_from_days(self.0)
    }

    pub fn year(self) -> i64 {
        self.ymd().0
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus(self, n: i64) -> Day {
        Day(self.0 + n)
    }

    /// Days from `earlier` to `self`: 0 for the same day, negative when `earlier` is later.
    pub fn since(self, earlier: Day) -> i64 {
        self.0 - earlier.0
    }

    /// 1 January of this day's year.
    pub fn first_of_year(self) -> Day {
        Day(days_from_civil(self.year(), 1, 1))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// The text is not a `YYYY-MM-DD` date that exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADay(pub String);

impl fmt::Display for NotADay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date that exists (write YYYY-MM-DD)",
            self.0
        )
    }
}

impl std::error::Error for NotADay {}

impl FromStr for Day {
    type Err = NotADay;

    /// Only `YYYY-MM-DD`, with the zeros: a stay is counted to the day, so a month or a year alone
    /// is refused rather than guessed.
    fn from_str(s: &str) -> Result<Day, NotADay> {
        let bad = || NotADay(s.to_string());
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
            return Err(bad());
        }
        if !digits(8..10) {
            return Err(bad());
        }
        let n = |r: std::ops::Range<usize>| s[r].parse::<i64>().map_err(|_| bad());
        let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
        Day::from_ymd(y, m as u8, d as u8).ok_or_else(bad)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn day_numbers_agree_with_the_unix_epoch_and_known_dates() {
        assert_eq!(d("1970-01-01").number(), 0);
        assert_eq!(d("2000-03-01").number(), 11_017);
        assert_eq!(d("1969-12-31").number(), -1);
        assert_eq!(d("2025-12-01").number(), 1_764_547_200 / 86_400);
    }

    #[test]
    fn every_day_of_four_centuries_round_trips_and_follows_its_predecessor() {
        let mut prev = Day::from_ymd(1900, 1, 1).unwrap();
        assert_eq!(prev.ymd(), (1900, 1, 1));
        for n in prev.number() + 1..=Day::from_ymd(2299, 12, 31).unwrap().number() {
            let day = Day::from_number(n);
            let (y, m, dd) = day.ymd();
            assert_eq!(Day::from_ymd(y, m, dd), Some(day));
            assert_eq!(day.to_string().parse::<Day>().unwrap(), day);
            let (py, pm, pd) = prev.ymd();
            let next_in_month = (y, m, dd) == (py, pm, pd + 1);
            let next_month = dd == 1 && pd == days_in_month(py, pm) && (y, m) == (py, pm + 1);
            let next_year = (y, m, dd) == (py + 1, 1, 1) && (pm, pd) == (12, 31);
            assert!(next_in_month || next_month || next_year, "{prev} -> {day}");
            prev = day;
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(d("2024-02-29") < d("2024-03-01"));
        assert_eq!(d("2024-03-01").since(d("2024-02-28")), 2);
        assert_eq!(d("2100-03-01").since(d("2100-02-28")), 1);
        assert_eq!(d("2000-03-01").since(d("2000-02-28")), 2);
        assert_eq!(d("2025-01-01").since(d("2024-01-01")), 366);
        assert_eq!(d("2024-07-04").first_of_year(), d("2024-01-01"));
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for s in [
            "2025-02-29",
            "2100-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-01-00",
            "2025-1-05",
            "2025-01",
            "2025",
            "25-01-01",
            "1899-12-31",
            "3000-01-01",
            "2025/01/01",
            "2025-01-01 ",
            "+025-01-01",
            "2025-0a-01",
            "",
        ] {
            assert!(s.parse::<Day>().is_err(), "{s:?} should be refused");
        }
        assert_eq!(
            "2025-02-30".parse::<Day>().unwrap_err().to_string(),
            "`2025-02-30` is not a date that exists (write YYYY-MM-DD)"
        );
    }
}
