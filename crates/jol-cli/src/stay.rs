//! `jol stay`: the stay calculator from the command line, for scripts and tests (issue #12).
//!
//! The same engine as the app's screen (`jol-stay`); a rule comes from the built-in content
//! (`--rule ID`, read through the API like any item) or is typed (`--limit N --period KIND`).
//! Bad input is reported with the argument at fault and exit status 2, as a usage error is.

use anyhow::Result;
use clap::Args;
use jol_core::Transport;
use jol_stay::{Answer, Arg, Day, Period, Query, Rule, StayError, Trip};
use jol_types::api::{ErrorCode, GetItem};
use jol_types::{Item, Locale};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct StayArgs {
    /// A stay rule from the built-in content, by id (e.g. stay.ru-visa-free-90-calendar-year);
    /// repeat it for rules that apply together: the tightest binds
    #[arg(long = "rule", value_name = "ID", conflicts_with_all = ["limit", "period"],
          required_unless_present = "limit")]
    rules: Vec<String>,
    /// A rule typed here instead: at most N days of presence…
    #[arg(long, value_name = "N", requires = "period")]
    limit: Option<u32>,
    /// …counted per calendar-year, in any rolling:DAYS, from-entry (each stay), or
    /// from-first-entry:DAYS (added up from the first entry until DAYS days in a row outside)
    #[arg(long, value_name = "KIND", requires = "limit")]
    period: Option<String>,
    /// A past stay, both days counted (repeat for each)
    #[arg(long = "trip", value_name = "FROM:TO")]
    trips: Vec<String>,
    /// The current stay, begun on this day and still going
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// The day asked about
    #[arg(long, value_name = "DATE")]
    on: String,
    /// Also find the first day a new stay of this many days may begin
    #[arg(long, value_name = "DAYS")]
    next_stay: Option<u32>,
    /// Print the answer as JSON
    #[arg(long)]
    json: bool,
}

/// Why `jol stay` cannot answer: bad input (exit 2) or Jol's data could not be read (exit 1).
enum Failure {
    Input(String),
    Other(anyhow::Error),
}

impl From<StayError> for Failure {
    fn from(e: StayError) -> Self {
        Failure::Input(e.to_string())
    }
}

pub fn run(data_dir: Option<PathBuf>, args: StayArgs) -> Result<ExitCode> {
    match answer(data_dir, &args) {
        Ok((a, rules, items)) => {
            if args.json {
                println!("{}", serde_json::to_string_pretty(&a)?);
            } else {
                print!("{}", plain(&a, &rules, &items));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Failure::Input(message)) => {
            eprintln!("jol: error: {message}");
            Ok(ExitCode::from(2))
        }
        Err(Failure::Other(e)) => Err(e),
    }
}

/// The answer, with the rules it counted and the content items they came from.
type Answered = (Answer, Vec<Rule>, Vec<Item>);

fn answer(data_dir: Option<PathBuf>, args: &StayArgs) -> Result<Answered, Failure> {
    let date = |arg: Arg, text: &str| {
        text.parse::<Day>().map_err(|_| StayError::NotADate {
            arg,
            text: text.to_string(),
        })
    };
    let mut trips = Vec::new();
    for (i, t) in args.trips.iter().enumerate() {
        let arg = || Arg::Trip { index: i + 1 };
        let Some((from, to)) = t.split_once(':') else {
            return Err(Failure::Input(format!(
                "{}: `{t}` is not FROM:TO (e.g. 2025-01-10:2025-02-28)",
                arg()
            )));
        };
        trips.push(Trip {
            entry: date(arg(), from)?,
            exit: date(arg(), to)?,
        });
    }
    let since = args
        .since
        .as_deref()
        .map(|s| date(Arg::Since, s))
        .transpose()?;
    let on = date(Arg::On, &args.on)?;
    let (rules, items) = match (args.limit, &args.period) {
        (Some(limit), Some(period)) => (vec![typed_rule(limit, period)?], Vec::new()),
        _ => content_rules(data_dir, &args.rules)?,
    };
    let q = Query {
        rules,
        trips,
        since,
        on,
        new_stay_days: args.next_stay,
    };
    Ok((jol_stay::evaluate(&q)?, q.rules, items))
}

fn typed_rule(limit: u32, period: &str) -> Result<Rule, Failure> {
    let days = |s: &str| s.parse::<u32>().ok().filter(|d| *d > 0);
    let period = match period.split_once(':') {
        None if period == "calendar-year" => Some(Period::CalendarYear),
        None if period == "from-entry" => Some(Period::FromEntry),
        Some(("rolling", d)) => days(d).map(|days| Period::Rolling { days }),
        Some(("from-first-entry", d)) => days(d).map(|r| Period::FromFirstEntry {
            reset_after_days_outside: r,
        }),
        _ => None,
    }
    .ok_or_else(|| {
        Failure::Input(format!(
            "--period: `{period}` is not calendar-year, rolling:DAYS, from-entry or \
             from-first-entry:DAYS (DAYS a whole number above 0)"
        ))
    })?;
    Ok(Rule {
        id: "custom".into(),
        limit_days: limit,
        period,
        effective_from: None,
        effective_to: None,
    })
}

/// The rules named by `--rule`, read from Jol's content through the API.
fn content_rules(
    data_dir: Option<PathBuf>,
    ids: &[String],
) -> Result<(Vec<Rule>, Vec<Item>), Failure> {
    let jol = crate::open(data_dir).map_err(Failure::Other)?;
    let mut rules = Vec::new();
    let mut items = Vec::new();
    for id in ids {
        let arg = || Arg::Rule { id: id.clone() };
        let req = GetItem {
            id: id.clone(),
            locale: Locale::En,
            also: Vec::new(),
        };
        let view = match jol.call_typed(&req, Transport::Ipc) {
            Ok(v) => v,
            Err(e) if e.code == ErrorCode::NotFound => {
                return Err(StayError::UnknownRule { arg: arg() }.into())
            }
            Err(e) => return Err(Failure::Other(anyhow::anyhow!(e.message))),
        };
        let Some(r) = view.item.stay_rule.as_ref() else {
            return Err(Failure::Input(format!(
                "{}: `{id}` is not a stay rule (its kind is {})",
                arg(),
                view.item.kind.as_str()
            )));
        };
        rules.push(Rule::from_content(id, r)?);
        items.push(view.item);
    }
    Ok((rules, items))
}

fn period_words(r: &Rule) -> String {
    match r.period {
        Period::CalendarYear => "per calendar year".into(),
        Period::Rolling { days } => format!("in any {days} days"),
        Period::FromEntry => "from each entry".into(),
        Period::FromFirstEntry {
            reset_after_days_outside,
        } => format!(
            "from the first entry, counted again after {reset_after_days_outside} days outside"
        ),
    }
}

/// A few readable lines: the answer, each rule's count, and where a content rule comes from.
fn plain(a: &Answer, rules: &[Rule], items: &[Item]) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let stay = if a.stay_start == a.on {
        format!("a stay beginning on {}", a.on)
    } else {
        format!("the stay since {}", a.stay_start)
    };
    line(format!("On {}, {stay}:", a.on));
    line(format!("  days used:      {}", a.days_used));
    match (a.no_limit, a.last_legal_day) {
        (true, _) => line("  last legal day: none of these rules limits this stay".into()),
        (false, Some(d)) => line(format!("  last legal day: {d}")),
        (false, None) => {
            line("  last legal day: none — the first day already breaks a rule".into())
        }
    }
    if let Some(left) = a.days_left {
        line(format!("  days left:      {left} after {}", a.on));
    }
    line(format!("  overstay days:  {}", a.overstay_days));
    if let Some(id) = &a.binding_rule {
        line(format!("  binding rule:   {id}"));
    }
    if let Some(n) = &a.next_stay {
        match n.earliest_entry {
            Some(d) => line(format!("  a new stay of {} days may begin on {d}", n.days)),
            None => line(format!(
                "  a new stay of {} days breaks a limit whenever it begins",
                n.days
            )),
        }
    }
    line(String::new());
    for (r, counted) in a.rules.iter().zip(rules) {
        let item = items.iter().find(|i| i.id == r.id);
        let rule = item.and_then(|i| i.stay_rule.as_ref());
        let kind = period_words(counted);
        match r.window_start {
            Some(from) => line(format!(
                "{}: {} of {} days {kind}, counted from {from}",
                r.id, r.days_used, r.limit_days
            )),
            None => line(format!("{}: not in force on {}", r.id, a.on)),
        }
        if let (Some(item), Some(rule)) = (item, rule) {
            line(format!("  legal basis: {}", rule.legal_basis));
            if let Some(s) = item.sources.first() {
                let date = s.date.map(|d| format!(", {d}")).unwrap_or_default();
                line(format!("  source: {} ({}{date})", s.title, s.url));
            }
            line(format!("  checked: {}", item.verified_on));
        }
    }
    line(
        "This calculator does not replace official advice: check with the migration authority."
            .into(),
    );
    out
}
