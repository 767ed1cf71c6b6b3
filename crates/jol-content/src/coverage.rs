//! Coverage you can measure: for each corridor (a citizenship and a destination) and each topic a
//! migrant needs, which items answer it and how old the oldest of them is.
//!
//! An item counts for a corridor when its `origins` (empty: every citizenship) include the
//! citizenship and its `destinations` (empty: everywhere) include the destination, so a general
//! item such as `trafficking.help` counts everywhere. Its topics are [`Item::topics`]: those it
//! names and the one its kind gives.
//!
//! The corridors: each origin of [`Country::ORIGINS`] × each destination some item with a topic
//! names. One of the origin countries themselves (KG, UZ, KZ) is a destination for a citizenship
//! only when some item is written for exactly that: it names the citizenship in `origins` and the
//! country in `destinations` (Kazakh citizens in Kyrgyzstan; Kyrgyz citizens at home, before
//! leaving or after coming back). Otherwise a contact in Tashkent would make "Kazakh citizens in
//! Uzbekistan" a corridor, and general items would make it look covered.
//!
//! `docs/coverage.md` is [`Coverage::markdown`] of `assets/content`; a test keeps it current.

use jol_types::{Country, Item, PartialDate, Topic};
use std::fmt::Write;

/// The destinations in the order the table lists them: the main corridors first.
const DESTINATION_ORDER: [&str; 7] = ["RU", "KZ", "KG", "TR", "KR", "AE", "GB"];

/// The command that writes `docs/coverage.md`.
pub const REGENERATE: &str =
    "cargo run -q -p jol-cli -- content coverage --markdown assets/content > docs/coverage.md";

#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub corridors: Vec<Corridor>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Corridor {
    pub origin: Country,
    pub destination: Country,
    /// One per topic, in [`Topic::ALL`] order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub topic: Topic,
    /// Sorted ids.
    pub items: Vec<String>,
    /// The oldest `verified_on` among the items (the one whose last possible day is earliest).
    pub oldest: Option<PartialDate>,
}

/// Whether `item` answers for citizens of `origin` in `destination`.
pub fn applies(item: &Item, origin: &Country, destination: &Country) -> bool {
    (item.origins.is_empty() || item.origins.contains(origin))
        && (item.destinations.is_empty() || item.destinations.contains(destination))
}

/// The coverage table of `items`.
pub fn coverage(items: &[Item]) -> Coverage {
    let topical: Vec<&Item> = items.iter().filter(|i| !i.topics().is_empty()).collect();
    let mut named: Vec<Country> = topical
        .iter()
        .flat_map(|i| i.destinations.iter().cloned())
        .collect();
    named.sort_by_key(|c| {
        let rank = DESTINATION_ORDER.iter().position(|d| *d == c.code());
        (rank.unwrap_or(DESTINATION_ORDER.len()), c.clone())
    });
    named.dedup();
    let mut corridors = Vec::new();
    for origin in Country::ORIGINS.map(Country::new) {
        let written_for = |d: &Country| {
            topical
                .iter()
                .any(|i| i.origins.contains(&origin) && i.destinations.contains(d))
        };
        let corridor = |d: &&Country| !Country::ORIGINS.contains(&d.code()) || written_for(d);
        for destination in named.iter().filter(corridor) {
            let here: Vec<&Item> = topical
                .iter()
                .copied()
                .filter(|i| applies(i, &origin, destination))
                .collect();
            let cells = Topic::ALL
                .iter()
                .map(|t| cell(*t, &here))
                .collect::<Vec<_>>();
            corridors.push(Corridor {
                origin: origin.clone(),
                destination: destination.clone(),
                cells,
            });
        }
    }
    Coverage { corridors }
}

fn cell(topic: Topic, items: &[&Item]) -> Cell {
    let with: Vec<&&Item> = items
        .iter()
        .filter(|i| i.topics().contains(&topic))
        .collect();
    let mut ids: Vec<String> = with.iter().map(|i| i.id.clone()).collect();
    ids.sort();
    let oldest = with
        .iter()
        .map(|i| i.verified_on)
        .min_by_key(|d| (d.last_day(), d.first_day()));
    Cell {
        topic,
        items: ids,
        oldest,
    }
}

impl Corridor {
    /// `KG → RU`.
    pub fn name(&self) -> String {
        format!("{} → {}", self.origin, self.destination)
    }
}

impl Coverage {
    /// One object: `corridors`, each with `origin`, `destination` and `cells` (`topic`, `items`,
    /// `oldest_verified_on`, null when no item covers it).
    pub fn json(&self) -> serde_json::Value {
        let corridors: Vec<serde_json::Value> = self
            .corridors
            .iter()
            .map(|c| {
                let cells: Vec<serde_json::Value> = c
                    .cells
                    .iter()
                    .map(|cell| {
                        serde_json::json!({
                            "topic": cell.topic,
                            "items": cell.items,
                            "oldest_verified_on": cell.oldest,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "origin": c.origin,
                    "destination": c.destination,
                    "cells": cells,
                })
            })
            .collect();
        serde_json::json!({ "corridors": corridors })
    }

    /// For a terminal: per corridor, a line per topic.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for c in &self.corridors {
            let _ = writeln!(out, "{}", c.name());
            for cell in &c.cells {
                let items = if cell.items.is_empty() {
                    "—".to_string()
                } else {
                    cell.items.join(", ")
                };
                let oldest = cell
                    .oldest
                    .map(|d| format!(" (oldest {d})"))
                    .unwrap_or_default();
                let _ = writeln!(out, "  {:<18} {items}{oldest}", cell.topic.as_str());
            }
            let _ = writeln!(out);
        }
        let gaps: usize = self
            .corridors
            .iter()
            .map(|c| c.cells.iter().filter(|x| x.items.is_empty()).count())
            .sum();
        let cells: usize = self.corridors.iter().map(|c| c.cells.len()).sum();
        let _ = writeln!(
            out,
            "{} corridor(s) × {} topics: {gaps} of {cells} cells have no item",
            self.corridors.len(),
            Topic::ALL.len()
        );
        out
    }

    /// `docs/coverage.md`: a summary grid (items per cell), then each corridor's items and dates.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Content coverage\n\n\
             <!-- Generated by `{REGENERATE}`. Do not edit: a test fails when this file differs \
             from what the command prints. -->\n\n\
             Which items answer each topic for each corridor (citizenship → destination), and the \
             oldest `verified_on` among them. An item counts for a corridor when its `origins` \
             (empty: everyone) include the citizenship and its `destinations` (empty: everywhere) \
             include the destination. Its topics are its `topics` plus the one its kind gives \
             (contacts, emergency numbers, stay limits, rights, trafficking for red flags). \
             Kyrgyzstan, Uzbekistan and Kazakhstan are destinations for a citizenship only where \
             some item is written for that citizenship there. How to read and extend it: \
             `docs/content.md`.\n\n\
             ## Summary\n\n\
             Items per cell; — where no item covers the topic.\n"
        );
        let topics: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "| corridor | {} |", topics.join(" | "));
        let _ = writeln!(out, "|---|{}", "---:|".repeat(topics.len()));
        for c in &self.corridors {
            let counts: Vec<String> = c
                .cells
                .iter()
                .map(|x| match x.items.len() {
                    0 => "—".to_string(),
                    n => n.to_string(),
                })
                .collect();
            let _ = writeln!(out, "| {} | {} |", c.name(), counts.join(" | "));
        }
        for c in &self.corridors {
            let _ = writeln!(out, "\n## {}\n", c.name());
            let _ = writeln!(out, "| topic | items | oldest verified_on |");
            let _ = writeln!(out, "|---|---|---|");
            for cell in &c.cells {
                let items = if cell.items.is_empty() {
                    "—".to_string()
                } else {
                    cell.items
                        .iter()
                        .map(|i| format!("`{i}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let oldest = cell.oldest.map(|d| d.to_string()).unwrap_or_default();
                let _ = writeln!(out, "| {} | {items} | {oldest} |", cell.topic.as_str());
            }
        }
        out
    }
}
