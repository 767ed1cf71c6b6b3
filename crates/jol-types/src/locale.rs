//! The six locales Jol speaks, and the order it falls back through when a text is missing.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language (and, for Uzbek, a script) the app and its content come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// English: the language the content is authored in.
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ru")]
    Ru,
    /// Kyrgyz (Cyrillic).
    #[serde(rename = "ky")]
    Ky,
    /// Uzbek in the Latin alphabet, the official one.
    #[serde(rename = "uz")]
    Uz,
    /// Uzbek in Cyrillic, still what many older Uzbeks read; generated from `uz` at build time.
    #[serde(rename = "uz-Cyrl")]
    UzCyrl,
    /// Kazakh (Cyrillic).
    #[serde(rename = "kk")]
    Kk,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::Ky,
        Locale::Ru,
        Locale::Uz,
        Locale::UzCyrl,
        Locale::Kk,
        Locale::En,
    ];

    /// The locales an editor must write by hand in every content file (`uz-Cyrl` is generated).
    pub const AUTHORED: [Locale; 5] = [Locale::En, Locale::Ru, Locale::Ky, Locale::Uz, Locale::Kk];

    /// The BCP 47 tag, as used in `<html lang>`, Fluent file names and the API.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Ky => "ky",
            Locale::Uz => "uz",
            Locale::UzCyrl => "uz-Cyrl",
            Locale::Kk => "kk",
        }
    }

    /// The language's name in its own language and script, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Ky => "Кыргызча",
            Locale::Uz => "Oʻzbekcha",
            Locale::UzCyrl => "Ўзбекча",
            Locale::Kk => "Қазақша",
        }
    }

    /// Where to look when a text is missing in this locale, this locale first.
    ///
    /// Kyrgyz and Kazakh readers nearly all read Russian; Uzbek Cyrillic readers read Uzbek Latin
    /// more easily than Russian. English is the last resort because it is the authored source.
    pub fn fallback_chain(self) -> &'static [Locale] {
        match self {
            Locale::En => &[Locale::En],
            Locale::Ru => &[Locale::Ru, Locale::En],
            Locale::Ky => &[Locale::Ky, Locale::Ru, Locale::En],
            Locale::Kk => &[Locale::Kk, Locale::Ru, Locale::En],
            Locale::Uz => &[Locale::Uz, Locale::Ru, Locale::En],
            Locale::UzCyrl => &[Locale::UzCyrl, Locale::Uz, Locale::Ru, Locale::En],
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The tag was not one of Jol's six locales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLocale(pub String);

impl fmt::Display for UnknownLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown locale `{}` (expected one of en, ru, ky, uz, uz-Cyrl, kk)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLocale {}

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Accepts the tags case-insensitively, and `uz-Latn` as `uz`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "en" => Ok(Locale::En),
            "ru" => Ok(Locale::Ru),
            "ky" => Ok(Locale::Ky),
            "uz" | "uz-latn" => Ok(Locale::Uz),
            "uz-cyrl" => Ok(Locale::UzCyrl),
            "kk" => Ok(Locale::Kk),
            _ => Err(UnknownLocale(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_from_str_and_serde() {
        for l in Locale::ALL {
            assert_eq!(l.tag().parse::<Locale>(), Ok(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.tag()));
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), l);
        }
        assert_eq!("uz-Latn".parse::<Locale>(), Ok(Locale::Uz));
        assert!("tg".parse::<Locale>().is_err());
    }

    #[test]
    fn every_chain_starts_with_itself_and_ends_in_english() {
        for l in Locale::ALL {
            let chain = l.fallback_chain();
            assert_eq!(chain.first(), Some(&l));
            assert_eq!(chain.last(), Some(&Locale::En));
        }
    }
}
