//! Calendar dates as sources give them: sometimes only a year, or a year and a month.
//!
//! Many sources are dated "2025" or "2015-08". Writing such a date as a full day would invent a
//! precision the source does not have, so the model keeps the precision it was given.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: u16, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The first calendar day the date can mean, as days since 1970-01-01.
    pub fn first_day(self) -> i64 {
        days_from_civil(
            self.year as i64,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        )
    }

    /// The last calendar day the date can mean, as days since 1970-01-01.
    ///
    /// "Verified in 2025" is taken as verified on 31 December 2025 when judging staleness, so a
    /// vague date is never called staler than it may be.
    pub fn last_day(self) -> i64 {
        match (self.month, self.day) {
            (Some(m), Some(d)) => days_from_civil(self.year as i64, m, d),
            (Some(m), None) => {
                days_from_civil(self.year as i64, m, days_in_month(self.year as i64, m))
            }
            _ => days_from_civil(self.year as i64, 12, 31),
        }
    }

    /// Today's date from a Unix time in seconds (UTC).
    pub fn from_unix_seconds(secs: i64) -> Self {
        let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
        PartialDate::ymd(y as u16, m, d)
    }
}

/// Whether `year` (proleptic Gregorian) has a 29 February.
pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The days in `month` (1–12) of `year`.
pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). The one
/// calendar arithmetic of the project: dates of sources here, stays in `jol-stay`.
pub fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: `(year, month, day)`.
pub fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The text was not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or named a day that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDate(pub String);

impl fmt::Display for BadDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more",
            self.0
        )
    }
}

impl std::error::Error for BadDate {}

impl FromStr for PartialDate {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadDate(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u16, BadDate> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(parts.first().ok_or_else(bad)?, 4)?;
        let month = match parts.get(1) {
            Some(p) => Some(num(p, 2)? as u8),
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => Some(num(p, 2)? as u8),
            None => None,
        };
        if parts.len() > 3 || !(1900..=2999).contains(&year) {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year as i64, m) {
                    return Err(bad());
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions_and_prints_them_back() {
        for s in ["2025", "2015-08", "2024-02-29"] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
        for s in [
            "25",
            "2025-13",
            "2023-02-29",
            "2025-1-05",
            "undated",
            "2025-01-01-01",
            "",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s} should be rejected");
        }
    }

    #[test]
    fn day_numbers_agree_with_the_unix_epoch() {
        assert_eq!(PartialDate::ymd(1970, 1, 1).first_day(), 0);
        assert_eq!(PartialDate::ymd(2000, 3, 1).first_day(), 11_017);
        assert_eq!(
            PartialDate::from_unix_seconds(1_764_547_200),
            PartialDate::ymd(2025, 12, 1)
        );
        let y: PartialDate = "2024".parse().unwrap();
        assert_eq!(y.last_day() - y.first_day(), 365);
        let m: PartialDate = "2025-02".parse().unwrap();
        assert_eq!(m.last_day() - m.first_day(), 27);
    }
}
