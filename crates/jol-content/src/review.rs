//! Dates that end: which items may be out of date on a given day.
//!
//! - An item whose `review_by` has passed: a source named an end date, an experiment's end or a
//!   planned change, and that day is behind us. The app tells the reader "this may have changed
//!   since …"; editors get the list from `jol content check --as-of`.
//! - A stay rule whose `effective_to` has passed is history, not a problem, when another rule for
//!   the same destination, citizenship and status is in force (the old "90 days in any 180" rule,
//!   replaced by "90 days per calendar year"): readers still find it, marked with its end date.
//!   When none is in force, the ended rule was the one the app showed as current, and now the home
//!   screen shows nothing in its place: that is listed too.
//!
//! These are warnings, never errors: a date passing must not stop a build or a release.

use crate::check::{Diagnostic, Report, Severity};
use crate::load::SourceFile;
use jol_types::{Item, PartialDate, StayRule};
use std::collections::BTreeMap;
use std::path::Path;

/// Every item of `report` out of date on `as_of` (days since 1970-01-01), as warnings naming the
/// line of the date that passed, sorted by path.
pub fn due(report: &Report, files: &[SourceFile], as_of: i64) -> Vec<Diagnostic> {
    let texts: BTreeMap<&Path, &str> = files
        .iter()
        .map(|f| (f.path.as_path(), f.text.as_str()))
        .collect();
    let day = PartialDate::from_unix_seconds(as_of * 86_400);
    let rules: Vec<&Item> = report
        .items
        .iter()
        .map(|(_, i)| i)
        .filter(|i| i.stay_rule.is_some())
        .collect();
    let mut out = Vec::new();
    for (path, item) in &report.items {
        let text = texts.get(path.as_path()).copied().unwrap_or("");
        let mut warn = |key: &str, message: String| {
            out.push(Diagnostic {
                path: path.clone(),
                line: key_line(text, key),
                severity: Severity::Warning,
                message,
            })
        };
        if let Some(r) = item.review_by.filter(|_| item.past_review(as_of)) {
            warn(
                "review_by",
                format!(
                    "`{}` passed its review date {r} (as of {day}): the facts may have changed; \
                     re-read the sources, then update verified_on and set the next review_by \
                     (or remove it)",
                    item.id
                ),
            );
        }
        if let Some((rule, to)) = ended(item, as_of) {
            let orphaned: Vec<&str> = rule
                .citizenship
                .iter()
                .filter(|c| {
                    !rules.iter().any(|other| {
                        other.stay_rule.as_ref().is_some_and(|o| {
                            o.destination == rule.destination
                                && o.status == rule.status
                                && o.citizenship.contains(c)
                                && in_force(o, as_of)
                        })
                    })
                })
                .map(|c| c.code())
                .collect();
            if !orphaned.is_empty() {
                warn(
                    "effective_to",
                    format!(
                        "`{}` ended on {to} and no `{}` rule for {} citizens in {} is in force on \
                         {day}: the app now shows no stay limit for them; add the rule that \
                         replaced it, or correct effective_to",
                        item.id,
                        rule.status,
                        orphaned.join(", "),
                        rule.destination
                    ),
                );
            }
        }
    }
    out.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    out
}

/// The stay rule of `item` and its end date, if it ended before `as_of`.
fn ended(item: &Item, as_of: i64) -> Option<(&StayRule, PartialDate)> {
    let rule = item.stay_rule.as_ref()?;
    let to = rule.effective_to?;
    (to.last_day() < as_of).then_some((rule, to))
}

/// Whether a stay rule applies on `day`: started (or no start given) and not yet ended.
pub fn in_force(rule: &StayRule, day: i64) -> bool {
    rule.effective_from.is_none_or(|f| f.first_day() <= day)
        && rule.effective_to.is_none_or(|t| t.last_day() >= day)
}

/// The line where `key = …` is set, else 1.
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}
