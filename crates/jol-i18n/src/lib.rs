//! The UI's strings, from the Fluent files in `locales/`, compiled into the binary so the UI needs
//! no network and no file system to speak any of its six languages.
//!
//! A message missing in one locale is taken from the next one in the locale's fallback chain
//! (`ky → ru → en`, `uz-Cyrl → uz → ru → en`, …; see [`Locale::fallback_chain`]), so a translation
//! in progress shows the nearest language a reader is likely to know, never a message id.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use jol_types::Locale;
use std::collections::HashMap;

pub use fluent_bundle::FluentArgs as Args;

#[cfg(not(feature = "classroom-ca"))]
macro_rules! source {
    ($l:literal) => {
        include_str!(concat!("../../../locales/", $l, ".ftl"))
    };
}

#[cfg(feature = "classroom-ca")]
macro_rules! source {
    ($l:literal) => {
        concat!(
            include_str!(concat!("../../../locales/", $l, ".ftl")),
            "\n",
            include_str!(concat!("../../../locales/classroom-ca/", $l, ".ftl"))
        )
    };
}

/// The Fluent source of each locale, as shipped: `locales/<locale>.ftl`, and with the
/// `classroom-ca` feature also `locales/classroom-ca/<locale>.ftl` — the classroom certificate's
/// install page, which only `jol serve` shows, so the phone's UI does not carry its text.
pub const SOURCES: [(Locale, &str); 6] = [
    (Locale::En, source!("en")),
    (Locale::Ru, source!("ru")),
    (Locale::Ky, source!("ky")),
    (Locale::Uz, source!("uz")),
    (Locale::UzCyrl, source!("uz-Cyrl")),
    (Locale::Kk, source!("kk")),
];

/// Every locale's bundle.
pub struct I18n {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

/// A Fluent file failed to parse or to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub locale: Locale,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "locales/{}.ftl: {}", self.locale, self.message)
    }
}

impl std::error::Error for LoadError {}

impl I18n {
    /// Loads the shipped files. A file with a syntax error is a build defect, caught by the tests.
    pub fn new() -> Result<I18n, LoadError> {
        I18n::from_sources(&SOURCES)
    }

    /// Loads the given Fluent sources instead of the shipped ones; a locale left out has no
    /// bundle, so lookups go straight on down its chain. For tests of the fallback chains.
    #[doc(hidden)]
    pub fn from_sources(sources: &[(Locale, &str)]) -> Result<I18n, LoadError> {
        let mut bundles = HashMap::new();
        for &(locale, src) in sources {
            bundles.insert(locale, bundle(locale, src)?);
        }
        Ok(I18n { bundles })
    }

    /// The message `id` in `locale`, or in the nearest locale of its chain that has it; the id
    /// itself only if no locale has it (a defect the completeness test catches).
    pub fn tr(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        for l in locale.fallback_chain() {
            if let Some(s) = self.format(*l, id, args) {
                return s;
            }
        }
        id.to_string()
    }

    /// Like [`I18n::tr`] with one numeric argument, the common case of plurals.
    pub fn tr_n(&self, locale: Locale, id: &str, name: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        self.tr(locale, id, Some(&args))
    }

    /// The message in exactly this locale, without fallback; `None` if absent or if formatting
    /// reported errors.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let s = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| s.into_owned())
    }

    /// Every message id (and `id.attribute`) of a locale, for the completeness test.
    pub fn ids(locale: Locale) -> Vec<String> {
        let src = SOURCES
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, s)| *s)
            .unwrap_or("");
        let Ok(res) = FluentResource::try_new(src.to_string()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    out.push(m.id.name.to_string());
                }
                for a in &m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        out
    }
}

fn bundle(locale: Locale, src: &str) -> Result<FluentBundle<FluentResource>, LoadError> {
    let err = |message: String| LoadError { locale, message };
    let res = FluentResource::try_new(src.to_string()).map_err(|(_, errs)| {
        err(format!(
            "{} syntax error(s): {:?}",
            errs.len(),
            errs.first()
        ))
    })?;
    let tag = match locale {
        // Plural rules and number formats are per language; the script does not change them.
        Locale::UzCyrl => "uz",
        l => l.tag(),
    };
    let langid: unic_langid::LanguageIdentifier = tag
        .parse()
        .map_err(|e| err(format!("bad language tag: {e}")))?;
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (U+2068/U+2069) around arguments would show as boxes in some webviews and
    // the UI has no right-to-left text.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(res)
        .map_err(|errs| err(format!("{} duplicate message(s)", errs.len())))?;
    Ok(bundle)
}
