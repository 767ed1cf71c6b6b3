//! The content model: what an editor writes in `assets/content/<kind>/<id>.toml`, what the content
//! database stores (as JSON) and what the UI renders.
//!
//! One type serves all three so nothing is lost between them: the authoring → database → API round
//! trip is tested to give back an equal [`Item`]. Field names are the TOML keys; `docs/content.md`
//! walks an editor through them.

use crate::{Country, Locale, PartialDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One piece of content: a guide, a right, a contact, a registry entry, a stay rule, a checklist, a
/// set of red flags, or a glossary term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id, e.g. `ru.registration`. Never reused: users' bookmarks and progress point at it.
    pub id: String,
    pub kind: ItemKind,
    /// Citizenships the item is for (`KG`, `UZ`, `KZ`); empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<Country>,
    /// Countries the item is about (where the migrant goes or is); empty means everywhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub destinations: Vec<Country>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// The date of the newest source that states the facts, with the precision the source gives.
    pub verified_on: PartialDate,
    /// The date after which the facts may have changed: a source names an experiment's end, an
    /// "until" date or a planned change. Past it, the app says "this may have changed since …" and
    /// `jol content check --as-of` lists the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_by: Option<PartialDate>,
    /// What the item is about, for the coverage table (corridor × topic). Contacts, stay rules and
    /// rights need not name the topic their kind already gives ([`Item::topics`] adds it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// `inferred` when the facts come from one weak or secondary source; the app says so.
    #[serde(default, skip_serializing_if = "Confidence::is_sourced")]
    pub confidence: Confidence,
    /// Never empty in shipped content; defaulted here so that a missing table is reported by the
    /// check as "no source" rather than as a parse error.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Per-locale text. `en` is the authored source; `uz-Cyrl` is generated from `uz`.
    pub text: BTreeMap<Locale, Text>,
    /// Guides: the steps, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Agency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_rule: Option<StayRule>,
    /// Checklists and red flags: the questions, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A procedure, in steps.
    Guide,
    /// What the law or an agreement gives the migrant, and what to do when it is broken.
    Right,
    Contact,
    /// An entry of a recruitment-agency registry.
    Agency,
    StayRule,
    Checklist,
    /// Signs of trafficking or forced labour, each with advice.
    RedFlags,
    /// A glossary term, so one word is used for one thing everywhere.
    Term,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Guide,
        ItemKind::Right,
        ItemKind::Contact,
        ItemKind::Agency,
        ItemKind::StayRule,
        ItemKind::Checklist,
        ItemKind::RedFlags,
        ItemKind::Term,
    ];

    /// The snake_case name used in TOML, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Guide => "guide",
            ItemKind::Right => "right",
            ItemKind::Contact => "contact",
            ItemKind::Agency => "agency",
            ItemKind::StayRule => "stay_rule",
            ItemKind::Checklist => "checklist",
            ItemKind::RedFlags => "red_flags",
            ItemKind::Term => "term",
        }
    }

    pub fn parse(s: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A topic of the coverage table: what a migrant in a corridor needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Entry,
    Registration,
    Work,
    StayLimits,
    LostDocuments,
    EntryBans,
    Detention,
    Rights,
    Contacts,
    EmergencyNumbers,
    Return,
    Health,
    MoneyHome,
    Trafficking,
    Recruitment,
}

impl Topic {
    pub const ALL: [Topic; 15] = [
        Topic::Entry,
        Topic::Registration,
        Topic::Work,
        Topic::StayLimits,
        Topic::LostDocuments,
        Topic::EntryBans,
        Topic::Detention,
        Topic::Rights,
        Topic::Contacts,
        Topic::EmergencyNumbers,
        Topic::Return,
        Topic::Health,
        Topic::MoneyHome,
        Topic::Trafficking,
        Topic::Recruitment,
    ];

    /// The snake_case name used in TOML and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Entry => "entry",
            Topic::Registration => "registration",
            Topic::Work => "work",
            Topic::StayLimits => "stay_limits",
            Topic::LostDocuments => "lost_documents",
            Topic::EntryBans => "entry_bans",
            Topic::Detention => "detention",
            Topic::Rights => "rights",
            Topic::Contacts => "contacts",
            Topic::EmergencyNumbers => "emergency_numbers",
            Topic::Return => "return",
            Topic::Health => "health",
            Topic::MoneyHome => "money_home",
            Topic::Trafficking => "trafficking",
            Topic::Recruitment => "recruitment",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Every number and rule is stated in the cited sources.
    #[default]
    Sourced,
    /// Combined from several sources, or from one weak or secondary source.
    Inferred,
}

impl Confidence {
    fn is_sourced(&self) -> bool {
        *self == Confidence::Sourced
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `https://` only.
    pub url: String,
    /// Who says it: the publisher, and what page.
    pub title: String,
    /// The date on the source; absent when the page is undated (say so in `note`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The text of an item in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// A Markdown subset: paragraphs, `-` lists, `**bold**`, `*italic*`, `[text](https://…)` links.
    /// No raw HTML, no images, no headings.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    pub review: Review,
    /// Other words people use for the same thing (glossary synonyms, colloquial names). Searched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Contacts: the street address, in this locale's script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Contacts: opening hours, only when a source states them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// Stay rules: the legal basis in this locale (the `[stay_rule]` table's `legal_basis` is the
    /// English reference, shown when a locale has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
}

/// Who stands behind a locale's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Review {
    /// `"source"` (the authored language) or `"machine"` (translated, not yet checked by a native
    /// speaker).
    State(ReviewState),
    /// Checked by a named native speaker on a date.
    Reviewed {
        reviewed_by: String,
        reviewed_on: PartialDate,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    Source,
    Machine,
}

impl Review {
    pub fn is_machine(&self) -> bool {
        matches!(self, Review::State(ReviewState::Machine))
    }

    /// `source`, `machine` or `reviewed`, as `jol content list` reports it.
    pub fn label(&self) -> &'static str {
        match self {
            Review::State(ReviewState::Source) => "source",
            Review::State(ReviewState::Machine) => "machine",
            Review::Reviewed { .. } => "reviewed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The citizenships this step is for, when the guide is for several and the step is not
    /// (e.g. a registration deadline that differs for Uzbek and Kyrgyz citizens). Empty: everyone
    /// the guide is for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    pub text: BTreeMap<Locale, StepText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// The deadline as a reader should see it, e.g. "within 15 days of entry".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub where_to_go: Option<String>,
}

impl Step {
    /// Whether this step concerns a citizen of `origin` (`None`: not chosen, so every step does).
    pub fn is_for(&self, origin: Option<&Country>) -> bool {
        match origin {
            Some(o) => self.origins.is_empty() || self.origins.contains(o),
            None => true,
        }
    }
}

/// A time limit a step must be done in, so the app can highlight it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub days: u32,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub working_days: bool,
    /// What the days count from: `entry`, `arrival`, `loss`, `contract_end`, … (free text code).
    pub counted_from: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: f64,
    /// ISO 4217, e.g. `RUB`.
    pub currency: String,
    /// `month`, `once`, … when the fee recurs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// When the source said this was the amount.
    pub as_of: PartialDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub org_kind: ContactKind,
    /// Where the office or line is.
    pub country: Country,
    /// City in English, for filtering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Citizens of which countries it helps; empty means anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<Country>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messengers: Vec<Messenger>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Languages spoken, as ISO 639-1 codes (`ky`, `ru`, `uz`, `kk`, `en`, …), when a source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

impl Contact {
    /// Whether a citizen of `origin` staying in `destination` can turn to this contact: it is in
    /// the destination and open to anyone or to her citizenship (the police, her embassy there),
    /// or it is her own country's line and one of its phones can be dialled from the destination.
    /// Her country's embassy in a third country is not for her, nor a home line that works only at
    /// home.
    pub fn is_for(&self, origin: Option<&Country>, destination: Option<&Country>) -> bool {
        let serves_origin = origin.is_some_and(|o| self.serves.contains(o));
        if destination == Some(&self.country) {
            return self.serves.is_empty() || serves_origin;
        }
        origin == Some(&self.country) && serves_origin && self.callable_from(destination)
    }

    /// Whether a phone of it works from `place` (a contact with no phone: its other channels do).
    fn callable_from(&self, place: Option<&Country>) -> bool {
        self.phones.is_empty()
            || self
                .phones
                .iter()
                .any(|p| p.works_from.is_empty() || place.is_some_and(|d| p.works_from.contains(d)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Embassy,
    Consulate,
    Hotline,
    Ngo,
    CrisisCentre,
    Government,
    Emergency,
}

impl ContactKind {
    pub const ALL: [ContactKind; 7] = [
        ContactKind::Emergency,
        ContactKind::Hotline,
        ContactKind::CrisisCentre,
        ContactKind::Embassy,
        ContactKind::Consulate,
        ContactKind::Government,
        ContactKind::Ngo,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Embassy => "embassy",
            ContactKind::Consulate => "consulate",
            ContactKind::Hotline => "hotline",
            ContactKind::Ngo => "ngo",
            ContactKind::CrisisCentre => "crisis_centre",
            ContactKind::Government => "government",
            ContactKind::Emergency => "emergency",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// E.164: `+` and 8 to 15 digits, or a short national number such as `112` (then `works_from`
    /// must name the one country it works in).
    pub number: String,
    /// As people write it, e.g. `+7 925 115 50 47`.
    pub display: String,
    #[serde(default)]
    pub cost: PhoneCost,
    /// Countries it can be dialled from; empty means from anywhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub works_from: Vec<Country>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneCost {
    Free,
    Paid,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messenger {
    pub app: MessengerApp,
    /// A phone number in E.164 or a handle such as `@name`.
    pub handle: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessengerApp {
    Whatsapp,
    Telegram,
    Viber,
    Imo,
}

/// An entry in a country's registry of licensed private employment agencies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// The registry's country.
    pub origin: Country,
    /// The name as registered; never translated.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence_id: Option<String>,
    pub status: AgencyStatus,
    pub status_as_of: PartialDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub destinations: Vec<Country>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyStatus {
    Active,
    Suspended,
    Revoked,
    Expired,
}

/// How long a citizen of some country may stay in a destination under some status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StayRule {
    pub destination: Country,
    pub citizenship: Vec<Country>,
    /// The status the rule is for, e.g. `visa_free`, `without_registration`, `eaeu_worker`.
    pub status: String,
    pub limit_days: u32,
    pub period: StayPeriod,
    /// For `rolling`: the window the limit counts in, e.g. 180.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_days: Option<u32>,
    /// For `from_first_entry`: how many days in a row outside start a new count, e.g. 90.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_after_days_outside: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<PartialDate>,
    pub legal_basis: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StayPeriod {
    /// `limit_days` in each calendar year.
    CalendarYear,
    /// `limit_days` in any `period_days` days.
    Rolling,
    /// `limit_days` counted from the day of entry.
    FromEntry,
    /// `limit_days` added up from the first entry across exits and entries; the count starts
    /// again only after `reset_after_days_outside` days in a row outside (Kyrgyzstan's rule for
    /// Kazakh citizens).
    FromFirstEntry,
}

/// A checklist question or a red flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable within its item: a user's ticks are stored against it.
    pub id: String,
    pub text: BTreeMap<Locale, QuestionText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub label: String,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub advice: String,
}

/// Picks the first locale of `locale`'s fallback chain present in `texts`.
pub fn pick<T>(texts: &BTreeMap<Locale, T>, locale: Locale) -> Option<(Locale, &T)> {
    locale
        .fallback_chain()
        .iter()
        .find_map(|l| texts.get(l).map(|t| (*l, t)))
        .or_else(|| texts.iter().next().map(|(l, t)| (*l, t)))
}

/// How far to trust an item's facts today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    Current,
    /// Verified more than a year ago.
    Old,
    /// A contact whose newest source is over three years old: shown, but the user is told to check
    /// before relying on it.
    CheckFirst,
}

impl Item {
    /// The text in `locale`, or the nearest one in its fallback chain.
    pub fn text_for(&self, locale: Locale) -> Option<(Locale, &Text)> {
        pick(&self.text, locale)
    }

    /// The item's topics: those it names, and the one its kind gives (a contact: contacts, or
    /// emergency numbers; a stay rule: stay limits; a right: rights; red flags: trafficking).
    pub fn topics(&self) -> Vec<Topic> {
        let mut t = self.topics.clone();
        let implied = match (&self.kind, &self.contact) {
            (ItemKind::Contact, Some(c)) if c.org_kind == ContactKind::Emergency => {
                Some(Topic::EmergencyNumbers)
            }
            (ItemKind::Contact, _) => Some(Topic::Contacts),
            (ItemKind::StayRule, _) => Some(Topic::StayLimits),
            (ItemKind::Right, _) => Some(Topic::Rights),
            (ItemKind::RedFlags, _) => Some(Topic::Trafficking),
            _ => None,
        };
        t.extend(implied);
        t.sort();
        t.dedup();
        t
    }

    /// Whether `review_by` has passed on `today` (days since 1970-01-01): the facts may have
    /// changed since then.
    pub fn past_review(&self, today: i64) -> bool {
        self.review_by
            .as_ref()
            .is_some_and(|d| today > d.last_day())
    }

    /// Freshness on `today` (days since 1970-01-01).
    pub fn freshness(&self, today: i64) -> Freshness {
        let age = today - self.verified_on.last_day();
        if self.kind == ItemKind::Contact && age > 3 * 365 {
            Freshness::CheckFirst
        } else if age > 365 {
            Freshness::Old
        } else {
            Freshness::Current
        }
    }
}
