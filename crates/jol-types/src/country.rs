//! Countries Jol knows, by ISO 3166-1 alpha-2 code.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 3166-1 alpha-2 code that Jol's content may name: the three origin countries and the
/// destinations its migrants go to. A code outside [`Country::KNOWN`] is a content error, caught by
/// `jol content check`, so a typo such as `KY` for Kyrgyzstan never reaches a user.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Country(pub String);

impl Country {
    /// Origin countries: the citizenships Jol is written for.
    pub const ORIGINS: [&'static str; 3] = ["KG", "UZ", "KZ"];

    /// Every code content may use.
    pub const KNOWN: [&'static str; 16] = [
        "KG", "UZ", "KZ", "RU", "KR", "TR", "AE", "GB", "DE", "US", "TJ", "BY", "AM", "QA", "PL",
        "JP",
    ];

    pub fn new(code: &str) -> Self {
        Country(code.to_string())
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    pub fn is_known(&self) -> bool {
        Self::KNOWN.contains(&self.0.as_str())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
