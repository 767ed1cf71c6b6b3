//! The stay calculator: how many days a person has used, how many are left, and the last day she
//! may stay, under the dated stay rules of Jol's content.
//!
//! Pure: no I/O and no clock — the day asked about is an argument — so the same engine answers in
//! the desktop app, `jol serve`, the phone's offline app (wasm) and `jol stay`.
//!
//! Counting (issue #12): a day of presence is any calendar day spent in the country for any part
//! of it, so the entry day and the exit day both count. Every rule given applies at once and the
//! tightest binds. A rule counts only the days it is in force (`effective_from` to
//! `effective_to`), so a trip across a change of rules is counted under each rule for the days it
//! covers. The kinds are in [`Period`]; how each is counted is documented in `docs/content.md`.

mod day;
mod engine;
mod error;
mod rule;

pub use day::{Day, NotADay, YEARS};
pub use engine::{evaluate, Answer, NextStay, Query, RuleAnswer, Trip};
pub use error::{Arg, StayError};
pub use rule::{Period, Rule};
