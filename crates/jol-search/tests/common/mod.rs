//! Helpers shared by the relevance test and the benchmark: loading the real content the way the
//! content build does, and the relevance set.

#![allow(dead_code)]

use jol_types::{Item, Locale, QuestionText, StepText, Text};
use std::path::{Path, PathBuf};

/// `assets/content` of the workspace.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content")
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
}

pub fn load_relevance() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance.toml");
    let text = std::fs::read_to_string(&path).expect("tests/relevance.toml");
    let table: toml::Table = toml::from_str(&text).expect("relevance.toml parses");
    let cases = table
        .get("q")
        .and_then(|v| v.as_array())
        .expect("relevance.toml has [[q]] entries");
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
                expect: c
                    .get("expect")
                    .and_then(|v| v.as_array())
                    .expect("expect")
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            }
        })
        .collect()
}
