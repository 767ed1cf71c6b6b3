//! A stay rule as the engine counts it: a limit, how the days are counted, and when it is in force.

use crate::{Arg, Day, StayError};
use jol_types::{PartialDate, StayPeriod, StayRule};
use serde::{Deserialize, Serialize};

/// How a rule counts the days of presence that its limit applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Period {
    /// At most `limit_days` days of presence in each calendar year (1 January to 31 December).
    CalendarYear,
    /// For every day D, at most `limit_days` days of presence in the `days` days ending on D.
    Rolling { days: u32 },
    /// Each continuous stay at most `limit_days` days, the entry day being day 1. A new entry
    /// starts a new count, even the day after an exit.
    FromEntry,
    /// Days of presence add up from the first entry, across exits and entries, and the count
    /// starts again only at the first entry after at least `reset_after_days_outside` days in a
    /// row spent outside; at most `limit_days` days in one count.
    FromFirstEntry { reset_after_days_outside: u32 },
}

/// One limit the stay must keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// The content item's id (`stay.…`), or `custom` for a rule typed on the command line.
    pub id: String,
    pub limit_days: u32,
    pub period: Period,
    /// The first day the rule is in force; `None`: since ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Day>,
    /// The last day the rule is in force; `None`: still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<Day>,
}

impl Rule {
    /// The rule of the content item `id`. A partial date is taken at its widest: "in force from
    /// 2022-06" from 1 June, "until 2024" to 31 December — the source gives no more, and the
    /// days that are certainly under the rule are counted under it.
    pub fn from_content(id: &str, r: &StayRule) -> Result<Rule, StayError> {
        let bad = |reason: &str| StayError::BadRule {
            arg: Arg::Rule { id: id.to_string() },
            reason: reason.to_string(),
        };
        let period = match r.period {
            StayPeriod::CalendarYear => Period::CalendarYear,
            StayPeriod::FromEntry => Period::FromEntry,
            StayPeriod::Rolling => Period::Rolling {
                days: r
                    .period_days
                    .ok_or_else(|| bad("a rolling rule needs period_days"))?,
            },
            StayPeriod::FromFirstEntry => Period::FromFirstEntry {
                reset_after_days_outside: r
                    .reset_after_days_outside
                    .ok_or_else(|| bad("a from_first_entry rule needs reset_after_days_outside"))?,
            },
        };
        let day = |d: PartialDate, last: bool| {
            Day::from_number(if last { d.last_day() } else { d.first_day() })
        };
        let rule = Rule {
            id: id.to_string(),
            limit_days: r.limit_days,
            period,
            effective_from: r.effective_from.map(|d| day(d, false)),
            effective_to: r.effective_to.map(|d| day(d, true)),
        };
        rule.check()?;
        Ok(rule)
    }

    /// Refuses a rule that cannot be counted: an empty window, or one that ends before it begins.
    pub fn check(&self) -> Result<(), StayError> {
        let bad = |reason: &str| StayError::BadRule {
            arg: Arg::Rule {
                id: self.id.clone(),
            },
            reason: reason.to_string(),
        };
        if let Period::Rolling { days: 0 } = self.period {
            return Err(bad("a rolling window must be at least 1 day"));
        }
        if let (Some(from), Some(to)) = (self.effective_from, self.effective_to) {
            if to < from {
                return Err(bad("the rule ends before it begins"));
            }
        }
        Ok(())
    }

    /// Whether the rule limits a stay on `day`.
    pub fn in_force(&self, day: Day) -> bool {
        self.effective_from.is_none_or(|f| f <= day) && self.effective_to.is_none_or(|t| day <= t)
    }

    /// How far back from a day the rule can look, and so how long a stay can run before it must
    /// break the rule (when it can break it at all).
    pub(crate) fn reach(&self) -> i64 {
        let window = match self.period {
            Period::CalendarYear => 366,
            Period::Rolling { days } => days as i64,
            Period::FromEntry => 0,
            Period::FromFirstEntry {
                reset_after_days_outside,
            } => reset_after_days_outside as i64,
        };
        window + self.limit_days as i64 + 1
    }
}
