//! Counting days of presence under every rule at once.
//!
//! Presence is kept as prefix sums over the days of the past trips, so any window's count is one
//! subtraction; the one stay being asked about (the current stay, or a planned one) is added on top
//! as a span. A question then costs one pass over the days of the trips plus one pass over the
//! days of the stay, whatever the windows' lengths — never a window re-counted for every day.

use crate::{Arg, Day, Period, Rule, StayError};
use serde::{Deserialize, Serialize};

/// A past stay in the country: both the entry day and the exit day are days of presence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trip {
    pub entry: Day,
    pub exit: Day,
}

/// A question to the calculator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    /// Every rule that applies to the person; all apply at once and the tightest binds.
    pub rules: Vec<Rule>,
    /// Past stays, in any order; none may share a day with another or with the current stay.
    #[serde(default)]
    pub trips: Vec<Trip>,
    /// The entry day of the stay still going on, if the person is in the country.
    #[serde(default)]
    pub since: Option<Day>,
    /// The day asked about.
    pub on: Day,
    /// Also find the first day a new stay of this many days may begin.
    #[serde(default)]
    pub new_stay_days: Option<u32>,
}

/// What one rule says about the question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleAnswer {
    pub id: String,
    pub limit_days: u32,
    /// Whether the rule is in force on the day asked about.
    pub in_force: bool,
    /// Days of presence the rule counts in its window that contains the day asked about (0 when
    /// the rule is not in force then).
    pub days_used: u32,
    /// The first day of that window (`None` when the rule is not in force then).
    pub window_start: Option<Day>,
    /// The last day of a continuous stay from its start that keeps this rule (`None` when the
    /// stay's first day breaks it, or when it never limits the stay: see `no_limit`).
    pub last_legal_day: Option<Day>,
    /// The rule does not limit this stay (it ends, or its limit is as long as its window).
    pub no_limit: bool,
}

/// The calculator's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub on: Day,
    /// The first day of the stay counted: `since`, or `on` itself ("if I enter on this day").
    pub stay_start: Day,
    /// Days used under the binding rule (under the fullest rule when none binds).
    pub days_used: u32,
    /// Further days after `on` the stay may last (`None` when no rule limits it).
    pub days_left: Option<u32>,
    /// Staying on from `stay_start`, the last day that breaks no rule; `None` when the first day
    /// already breaks one, or when no rule limits the stay (then `no_limit` is true).
    pub last_legal_day: Option<Day>,
    pub no_limit: bool,
    /// Days from the day after `last_legal_day` up to `on`, or 0.
    pub overstay_days: u32,
    /// The rule that ends the stay first (the first given, when several end it on the same day).
    pub binding_rule: Option<String>,
    pub rules: Vec<RuleAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stay: Option<NextStay>,
}

/// When a new stay may begin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStay {
    pub days: u32,
    /// The first entry day, after the current stay (leaving on `on`), from which a stay of `days`
    /// days breaks no rule; `None` when no such day comes within the rules' reach (the stay is
    /// longer than a limit).
    pub earliest_entry: Option<Day>,
}

/// Answers `q`, or says which argument makes it unanswerable.
pub fn evaluate(q: &Query) -> Result<Answer, StayError> {
    let start = validate(q)?;
    for r in &q.rules {
        r.check()?;
    }
    let past = Past::new(sorted_spans(&q.trips));
    let current = past.with(Span::new(start, reach(&q.rules, start)));
    let rules: Vec<RuleAnswer> = q
        .rules
        .iter()
        .map(|r| rule_answer(r, &current, q.on))
        .collect();
    let first_break = |a: &RuleAnswer| {
        if a.no_limit {
            None
        } else {
            Some(a.last_legal_day.map_or(start, |d| d.plus(1)))
        }
    };
    let binding = rules
        .iter()
        .filter_map(|a| first_break(a).map(|d| (d, a)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a);
    let last_legal_day = binding.and_then(|a| a.last_legal_day);
    let ended = last_legal_day.map_or(start.plus(-1), |d| d);
    let days_used = match binding {
        Some(a) => a.days_used,
        None => rules.iter().map(|a| a.days_used).max().unwrap_or(0),
    };
    let next_stay = q.new_stay_days.map(|days| NextStay {
        days,
        earliest_entry: next_entry(q, &past.spans, days),
    });
    Ok(Answer {
        on: q.on,
        stay_start: start,
        days_used,
        days_left: binding.map(|_| ended.since(q.on).max(0) as u32),
        last_legal_day,
        no_limit: binding.is_none(),
        overstay_days: if binding.is_some() {
            q.on.since(ended).max(0) as u32
        } else {
            0
        },
        binding_rule: binding.map(|a| a.id.clone()),
        rules,
        next_stay,
    })
}

/// Checks the dates and returns the first day of the stay asked about.
fn validate(q: &Query) -> Result<Day, StayError> {
    if q.rules.is_empty() {
        return Err(StayError::NoRule);
    }
    if q.new_stay_days == Some(0) {
        return Err(StayError::EmptyNewStay { arg: Arg::NewStay });
    }
    if let Some(since) = q.since.filter(|s| *s > q.on) {
        return Err(StayError::SinceAfterOn { since, on: q.on });
    }
    let start = q.since.unwrap_or(q.on);
    let trip = |i: usize| Arg::Trip { index: i + 1 };
    for (i, t) in q.trips.iter().enumerate() {
        if t.exit < t.entry {
            return Err(StayError::ExitBeforeEntry {
                arg: trip(i),
                entry: t.entry,
                exit: t.exit,
            });
        }
        if let Some(j) = (0..i).find(|&j| q.trips[j].entry <= t.exit && t.entry <= q.trips[j].exit)
        {
            return Err(StayError::Overlap {
                arg: trip(i),
                other: trip(j),
            });
        }
        if t.exit >= start {
            return Err(StayError::TripNotBeforeStay {
                arg: trip(i),
                stay_start: start,
            });
        }
    }
    Ok(start)
}

/// The last day worth looking at for a stay that begins on `start`: by then every rule in force
/// has either been broken by a continuous stay or can never be.
fn reach(rules: &[Rule], start: Day) -> Day {
    let latest_start = rules
        .iter()
        .filter_map(|r| r.effective_from)
        .fold(start, Day::max);
    let longest = rules.iter().map(Rule::reach).max().unwrap_or(0);
    latest_start.plus(longest + 366)
}

/// An inclusive range of days of presence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    first: Day,
    last: Day,
}

impl Span {
    fn new(first: Day, last: Day) -> Span {
        Span { first, last }
    }

    /// The part of the span in `[from, to]`, if any.
    fn clip(self, from: Option<Day>, to: Option<Day>) -> Option<Span> {
        let first = from.map_or(self.first, |f| f.max(self.first));
        let last = to.map_or(self.last, |t| t.min(self.last));
        (first <= last).then_some(Span { first, last })
    }

    /// Days of the span in `[a, b]`.
    fn overlap(self, a: Day, b: Day) -> u32 {
        let (lo, hi) = (a.max(self.first), b.min(self.last));
        (hi.since(lo) + 1).max(0) as u32
    }
}

fn sorted_spans(trips: &[Trip]) -> Vec<Span> {
    let mut spans: Vec<Span> = trips.iter().map(|t| Span::new(t.entry, t.exit)).collect();
    spans.sort_by_key(|s| s.first);
    spans
}

/// The past trips as prefix sums, built once per question.
struct Past {
    origin: Day,
    /// `before[i]`: days of presence in the past trips before `origin + i`.
    before: Vec<u32>,
    spans: Vec<Span>,
}

impl Past {
    fn new(spans: Vec<Span>) -> Past {
        let origin = spans.first().map_or(Day::from_number(0), |s| s.first);
        let end = spans.last().map_or(origin, |s| s.last.plus(1));
        let mut before = Vec::with_capacity(end.since(origin) as usize + 1);
        let mut count = 0;
        let mut open = spans.iter().peekable();
        for n in 0..=end.since(origin) {
            before.push(count);
            let day = origin.plus(n);
            while open.next_if(|s| s.last < day).is_some() {}
            if open.peek().is_some_and(|s| s.first <= day) {
                count += 1;
            }
        }
        Past {
            origin,
            before,
            spans,
        }
    }

    /// Days of presence in `[a, b]` on past trips.
    fn present(&self, a: Day, b: Day) -> u32 {
        let upto = |d: Day| {
            let i = d.since(self.origin).clamp(0, self.before.len() as i64 - 1);
            self.before[i as usize]
        };
        upto(b.plus(1)) - upto(a)
    }

    /// The stay asked about, after these trips.
    fn with(&self, stay: Span) -> Timeline<'_> {
        Timeline { past: self, stay }
    }
}

/// The past trips and the one stay asked about, which begins after them all.
struct Timeline<'a> {
    past: &'a Past,
    stay: Span,
}

impl Timeline<'_> {
    /// Days of presence in `[a, b]`.
    fn present(&self, a: Day, b: Day) -> u32 {
        if b < a {
            return 0;
        }
        self.past.present(a, b) + self.stay.overlap(a, b)
    }

    /// The day from which `rule` counts for a day `d` of the stay asked about. `anchor` is
    /// [`Timeline::first_entry`], which does not depend on `d`.
    fn window_start(&self, rule: &Rule, d: Day, anchor: Day) -> Day {
        let start = match rule.period {
            Period::CalendarYear => d.first_of_year(),
            Period::Rolling { days } => d.plus(1 - days as i64),
            Period::FromEntry => self.stay.first,
            Period::FromFirstEntry { .. } => anchor,
        };
        rule.effective_from.map_or(start, |f| start.max(f))
    }

    /// For `from_first_entry` rules, the first day of the count that the stay asked about belongs
    /// to: the entry after the last gap of at least `reset_after_days_outside` days outside,
    /// counting only days the rule is in force. Other kinds: the stay's first day (unused).
    fn first_entry(&self, rule: &Rule) -> Day {
        let Period::FromFirstEntry {
            reset_after_days_outside: reset,
        } = rule.period
        else {
            return self.stay.first;
        };
        let mut anchor = self.stay.first;
        let mut last_exit: Option<Day> = None;
        let spans = self.past.spans.iter().chain(std::iter::once(&self.stay));
        for s in spans.filter_map(|s| s.clip(rule.effective_from, rule.effective_to)) {
            // Days outside between an exit on `x` and an entry on `s.first`: the days in between.
            let outside = |x: Day| s.first.since(x) - 1;
            if last_exit.is_none_or(|x| outside(x) >= reset as i64) {
                anchor = s.first;
            }
            last_exit = Some(s.last);
        }
        anchor
    }

    /// Days `rule` counts on day `d` of the stay asked about, and the window's first day.
    fn count(&self, rule: &Rule, d: Day) -> (u32, Day) {
        let start = self.window_start(rule, d, self.first_entry(rule));
        (self.present(start, d), start)
    }

    /// The first day of the stay, up to `until`, that breaks `rule`.
    fn first_break(&self, rule: &Rule, until: Day) -> Option<Day> {
        let anchor = self.first_entry(rule);
        let mut d = self.stay.first;
        while d <= until.min(self.stay.last) {
            if rule.in_force(d) {
                let start = self.window_start(rule, d, anchor);
                if self.present(start, d) > rule.limit_days {
                    return Some(d);
                }
            }
            d = d.plus(1);
        }
        None
    }
}

fn rule_answer(rule: &Rule, tl: &Timeline, on: Day) -> RuleAnswer {
    let in_force = rule.in_force(on);
    let brk = tl.first_break(rule, tl.stay.last);
    let (days_used, start) = tl.count(rule, on);
    RuleAnswer {
        id: rule.id.clone(),
        limit_days: rule.limit_days,
        in_force,
        days_used: if in_force { days_used } else { 0 },
        window_start: in_force.then_some(start),
        last_legal_day: brk.filter(|b| *b > tl.stay.first).map(|b| b.plus(-1)),
        no_limit: brk.is_none(),
    }
}

/// The first entry day from which a stay of `days` days breaks no rule, the current stay (if any)
/// ending on `q.on`.
fn next_entry(q: &Query, trips: &[Span], days: u32) -> Option<Day> {
    let mut past = trips.to_vec();
    let earliest = match q.since {
        Some(since) => {
            past.push(Span::new(since, q.on));
            q.on.plus(1)
        }
        None => q.on,
    };
    let past = Past::new(past);
    let last = reach(&q.rules, earliest);
    let mut entry = earliest;
    while entry <= last {
        let stay = Span::new(entry, entry.plus(days as i64 - 1));
        let tl = past.with(stay);
        if q.rules
            .iter()
            .all(|r| tl.first_break(r, stay.last).is_none())
        {
            return Some(entry);
        }
        entry = entry.plus(1);
    }
    None
}
