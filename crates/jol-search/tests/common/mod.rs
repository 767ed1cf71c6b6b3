//! Helpers shared by the relevance test and the benchmark: loading the real content the way the
//! content build does, and the relevance set.

#![allow(dead_code)]

use jol_search::search;
use jol_types::api::Search;
use jol_types::{Country, Item, Locale, QuestionText, StepText, Text};
use rusqlite::Connection;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// `assets/content` of the workspace, or `JOL_CONTENT_DIR` when set: a content editor measures
/// a private copy (new `also` words) before copying it in.
pub fn content_dir() -> PathBuf {
    match std::env::var_os("JOL_CONTENT_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content"),
    }
}

/// Every `**/*.toml` under `dir`, parsed, with uz-Cyrl derived, sorted by id.
pub fn load_items(dir: &Path) -> Vec<Item> {
    let mut files = Vec::new();
    collect_toml(dir, &mut files);
    files.sort();
    let mut items: Vec<Item> = files
        .iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut item: Item =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            derive_uz_cyrl(&mut item);
            item
        })
        .collect();
    items.sort_by(|a, b| a.id.cmp(&b.id));
    items
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// What the content build does: uz-Cyrl is generated from uz (title, summary, body, also, address,
/// hours, steps, questions).
pub fn derive_uz_cyrl(item: &mut Item) {
    let cyr = |s: &str| jol_script::uz_latin_to_cyrillic(s);
    if let Some(uz) = item.text.get(&Locale::Uz).cloned() {
        let text = Text {
            title: cyr(&uz.title),
            summary: cyr(&uz.summary),
            body: cyr(&uz.body),
            review: uz.review.clone(),
            also: uz.also.iter().map(|a| cyr(a)).collect(),
            address: uz.address.as_deref().map(cyr),
            hours: uz.hours.as_deref().map(cyr),
            legal_basis: uz.legal_basis.as_deref().map(cyr),
        };
        item.text.insert(Locale::UzCyrl, text);
    }
    for step in &mut item.steps {
        if let Some(uz) = step.text.get(&Locale::Uz).cloned() {
            let st = StepText {
                title: cyr(&uz.title),
                body: cyr(&uz.body),
                deadline: uz.deadline.as_deref().map(cyr),
                documents: uz.documents.iter().map(|d| cyr(d)).collect(),
                where_to_go: uz.where_to_go.as_deref().map(cyr),
            };
            step.text.insert(Locale::UzCyrl, st);
        }
    }
    for question in &mut item.questions {
        if let Some(uz) = question.text.get(&Locale::Uz).cloned() {
            let qt = QuestionText {
                label: cyr(&uz.label),
                advice: cyr(&uz.advice),
            };
            question.text.insert(Locale::UzCyrl, qt);
        }
    }
}

/// One query of `tests/relevance.toml`.
#[derive(Debug, Clone)]
pub struct Case {
    pub lang: String,
    pub locale: Locale,
    pub country: Option<String>,
    pub query: String,
    pub expect: Vec<String>,
    /// Expected items still being written: the case is measured once they all exist.
    pub pending: Vec<String>,
}

impl Case {
    /// The topic the case is about, from its first expected item (for the per-topic table).
    pub fn topic(&self) -> &'static str {
        let id = self.expect.first().map(String::as_str).unwrap_or("");
        TOPICS
            .iter()
            .find(|(prefixes, _)| prefixes.iter().any(|p| id.starts_with(p)))
            .map_or("other", |(_, topic)| topic)
    }

    pub fn request(&self, limit: Option<u32>) -> Search {
        Search {
            query: self.query.clone(),
            locale: self.locale,
            country: self.country.as_deref().map(Country::new),
            limit,
        }
    }
}

/// Item id prefixes by topic, first match wins.
const TOPICS: &[(&[&str], &str)] = &[
    (&["ru.detention", "kz.detention"], "detention"),
    (&["ru.fines"], "fines"),
    (
        &["ru.entry-ban", "term.entry-ban", "term.controlled"],
        "entry bans",
    ),
    (&["contact.", "agency."], "contacts"),
    (
        &["ru.registration", "kz.registration", "term.registration"],
        "registration",
    ),
    (&["stay.", "ru.stay", "kz.stay"], "stay limits"),
    (&["ru.lost-documents"], "lost documents"),
    (&["rights.passport"], "passport kept"),
    (&["rights.wages"], "wages"),
    (&["rights.contract", "term.employment-contract"], "contract"),
    (
        &[
            "rights.healthcare",
            "ru.medical",
            "rights.women",
            "rights.children",
        ],
        "health, women, children",
    ),
    (
        &["trafficking.", "term.trafficking", "term.forced"],
        "trafficking",
    ),
    (
        &[
            "kg.agency",
            "uz.agency",
            "rights.recruitment",
            "term.employment-agency",
        ],
        "recruitment",
    ),
    (&["return.", "money.", "departure."], "before and after"),
    (
        &[
            "ru.patent",
            "term.patent",
            "ru.work",
            "term.work",
            "term.eaeu",
            "ru.entry",
            "term.migration",
            "term.residence",
        ],
        "work and entry in Russia",
    ),
    (
        &["kz.work", "kg.", "kr.", "tr.", "ae.", "gb."],
        "other destinations",
    ),
];

pub fn load_relevance() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance.toml");
    let text = std::fs::read_to_string(&path).expect("tests/relevance.toml");
    let table: toml::Table = toml::from_str(&text).expect("relevance.toml parses");
    let cases = table
        .get("q")
        .and_then(|v| v.as_array())
        .expect("relevance.toml has [[q]] entries");
    let list = |c: &toml::Value, k: &str| -> Vec<String> {
        c.get(k)
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    cases
        .iter()
        .map(|c| {
            let s = |k: &str| c.get(k).and_then(|v| v.as_str()).map(str::to_string);
            Case {
                lang: s("lang").expect("lang"),
                locale: s("locale")
                    .expect("locale")
                    .parse()
                    .expect("a known locale"),
                country: s("country"),
                query: s("query").expect("query"),
                expect: list(c, "expect"),
                pending: list(c, "pending"),
            }
        })
        .collect()
}

/// The relevance set's figures on one index.
#[derive(Debug, Default)]
pub struct Figures {
    /// Per language and per topic: (passed at 3, reciprocal ranks summed, measured).
    pub per_lang: BTreeMap<String, (usize, f64, usize)>,
    pub per_topic: BTreeMap<&'static str, (usize, f64, usize)>,
    pub passed: usize,
    pub rr_sum: f64,
    pub measured: usize,
    pub misses: Vec<String>,
    /// Cases waiting for an item (its id, the query).
    pub pending: Vec<String>,
}

impl Figures {
    pub fn recall_at_3(&self) -> f64 {
        self.passed as f64 / self.measured.max(1) as f64
    }

    /// Mean reciprocal rank of the first acceptable item in the top 10 (0 when none is).
    pub fn mrr(&self) -> f64 {
        self.rr_sum / self.measured.max(1) as f64
    }

    pub fn print(&self) {
        let line = |name: &str, (p, rr, t): (usize, f64, usize)| {
            println!(
                "  {name:26} recall@3 {:.3}  MRR {:.3}  ({p}/{t})",
                p as f64 / t.max(1) as f64,
                rr / t.max(1) as f64
            );
        };
        println!("by language:");
        for (lang, f) in &self.per_lang {
            line(lang, *f);
        }
        println!("by topic:");
        for (topic, f) in &self.per_topic {
            line(topic, *f);
        }
        line("overall", (self.passed, self.rr_sum, self.measured));
        if !self.pending.is_empty() {
            println!(
                "pending, not measured until the item exists ({}):",
                self.pending.len()
            );
            for p in &self.pending {
                println!("  {p}");
            }
        }
        if !self.misses.is_empty() {
            println!(
                "misses ({}):\n{}",
                self.misses.len(),
                self.misses.join("\n")
            );
        }
    }
}

/// Runs every case whose expected items exist against the index in `conn`.
pub fn evaluate(conn: &Connection, items: &[Item], cases: &[Case]) -> Figures {
    let ids: HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    let mut f = Figures::default();
    for case in cases {
        let missing: Vec<&String> = case
            .pending
            .iter()
            .filter(|id| !ids.contains(id.as_str()))
            .collect();
        if !missing.is_empty() || !case.expect.iter().any(|id| ids.contains(id.as_str())) {
            f.pending.push(format!(
                "[{}] {:?} waits for {:?}",
                case.lang,
                case.query,
                if missing.is_empty() {
                    case.expect.iter().collect()
                } else {
                    missing
                }
            ));
            continue;
        }
        let reply = search(conn, &case.request(Some(10))).expect("search never errors");
        let top: Vec<&str> = reply.hits.iter().map(|h| h.id.as_str()).collect();
        let rank = top
            .iter()
            .position(|id| case.expect.iter().any(|e| e == id));
        let pass = rank.is_some_and(|r| r < 3);
        let rr = rank.map_or(0.0, |r| 1.0 / (r + 1) as f64);
        for entry in [
            f.per_lang.entry(case.lang.clone()).or_default(),
            f.per_topic.entry(case.topic()).or_default(),
        ] {
            entry.0 += usize::from(pass);
            entry.1 += rr;
            entry.2 += 1;
        }
        f.passed += usize::from(pass);
        f.rr_sum += rr;
        f.measured += 1;
        if !pass {
            f.misses.push(format!(
                "  [{}/{}] {:?} expected {:?}, got {:?}",
                case.lang,
                case.locale,
                case.query,
                case.expect,
                top.iter().take(5).collect::<Vec<_>>()
            ));
        }
    }
    f
}
