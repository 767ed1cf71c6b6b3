//! Why a question cannot be answered, and which part of it was wrong.
//!
//! Every error names the argument it is about, so that the command line can say "`--trip` #2: …"
//! and a form can put the message next to the field the user has to fix. Errors serialise as a
//! `code` with parameters, like the API's errors: the UI words them in the user's language.

use crate::Day;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The part of a question an error is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "arg", rename_all = "snake_case")]
pub enum Arg {
    /// The `index`-th past trip, counting from 1 in the order given.
    Trip { index: usize },
    /// The start of the current stay.
    Since,
    /// The day asked about.
    On,
    /// The rule with this id (from the content, or `custom`).
    Rule { id: String },
    /// The length of the new stay asked about.
    NewStay,
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Trip { index } => write!(f, "--trip #{index}"),
            Arg::Since => f.write_str("--since"),
            Arg::On => f.write_str("--on"),
            Arg::Rule { id } => write!(f, "--rule {id}"),
            Arg::NewStay => f.write_str("--next-stay"),
        }
    }
}

/// A question the engine refuses, with the argument at fault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum StayError {
    /// The text is not a `YYYY-MM-DD` date that exists (30 February, month 13, …).
    NotADate { arg: Arg, text: String },
    /// A trip's exit day is before its entry day.
    ExitBeforeEntry { arg: Arg, entry: Day, exit: Day },
    /// Two trips share at least one day (`arg` is the later one in the order given).
    Overlap { arg: Arg, other: Arg },
    /// A past trip does not end before the current stay begins (`--since`, or `--on` when there
    /// is no current stay).
    TripNotBeforeStay { arg: Arg, stay_start: Day },
    /// `--since` is after `--on`.
    SinceAfterOn { since: Day, on: Day },
    /// No rule in the content has this id.
    UnknownRule { arg: Arg },
    /// The rule cannot be counted: `reason` says what is missing (e.g. a rolling rule without
    /// `period_days`).
    BadRule { arg: Arg, reason: String },
    /// No rule was given.
    NoRule,
    /// A new stay must last at least one day.
    EmptyNewStay { arg: Arg },
}

impl StayError {
    /// The argument to fix (none when no rule was given at all).
    pub fn arg(&self) -> Option<&Arg> {
        match self {
            StayError::NotADate { arg, .. }
            | StayError::ExitBeforeEntry { arg, .. }
            | StayError::Overlap { arg, .. }
            | StayError::TripNotBeforeStay { arg, .. }
            | StayError::UnknownRule { arg }
            | StayError::BadRule { arg, .. }
            | StayError::EmptyNewStay { arg } => Some(arg),
            StayError::SinceAfterOn { .. } => Some(&Arg::Since),
            StayError::NoRule => None,
        }
    }
}

impl fmt::Display for StayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StayError::NotADate { arg, text } => {
                write!(
                    f,
                    "{arg}: `{text}` is not a date that exists (write YYYY-MM-DD)"
                )
            }
            StayError::ExitBeforeEntry { arg, entry, exit } => {
                write!(
                    f,
                    "{arg}: the exit day {exit} is before the entry day {entry}"
                )
            }
            StayError::Overlap { arg, other } => {
                write!(f, "{arg} overlaps {other}: trips may not share a day")
            }
            StayError::TripNotBeforeStay { arg, stay_start } => write!(
                f,
                "{arg}: a past trip must end before the current stay begins on {stay_start}"
            ),
            StayError::SinceAfterOn { since, on } => {
                write!(f, "--since: the stay begins on {since}, after --on {on}")
            }
            StayError::UnknownRule { arg } => write!(f, "{arg}: no stay rule has this id"),
            StayError::BadRule { arg, reason } => write!(f, "{arg}: {reason}"),
            StayError::NoRule => f.write_str("no rule: give --rule ID, or --limit and --period"),
            StayError::EmptyNewStay { arg } => write!(f, "{arg}: a stay lasts at least 1 day"),
        }
    }
}

impl std::error::Error for StayError {}
