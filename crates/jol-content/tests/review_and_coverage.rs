//! Dates that end (`review_by`, a stay rule's `effective_to`) and the coverage table, on small
//! content directories written here, checked by the real pipeline.

use jol_content::coverage::{coverage, Coverage};
use jol_content::{check_dir, load_dir, review, Report};
use jol_types::PartialDate;
use std::path::Path;

fn day(s: &str) -> i64 {
    s.parse::<PartialDate>().expect("a date").first_day()
}

/// Five locales of one title, as every item needs.
fn texts(title: &str) -> String {
    ["en", "ru", "ky", "uz", "kk"]
        .iter()
        .map(|l| {
            let review = if *l == "en" { "source" } else { "machine" };
            format!("\n[text.{l}]\nreview = \"{review}\"\ntitle = \"{title}\"\n")
        })
        .collect()
}

/// A guide with the given extra top-level lines (origins, destinations, topics, review_by…).
fn guide(id: &str, extra: &str) -> (String, String) {
    let text = format!(
        "id = \"{id}\"\nkind = \"guide\"\n{extra}verified_on = \"2026-01-10\"\n\n[[sources]]\nurl = \"https://example.org/{id}\"\ntitle = \"Example\"\n{}\n[[steps]]\n[steps.text.en]\ntitle = \"Step\"\n[steps.text.ru]\ntitle = \"Шаг\"\n[steps.text.ky]\ntitle = \"Кадам\"\n[steps.text.uz]\ntitle = \"Qadam\"\n[steps.text.kk]\ntitle = \"Қадам\"\n",
        texts("A guide")
    );
    (format!("guides/{id}.toml"), text)
}

/// A stay rule for `citizenship` in `dest`, status `visa_free`, with optional start and end.
fn stay_rule(id: &str, dest: &str, citizenship: &str, from: &str, to: &str) -> (String, String) {
    let mut dates = String::new();
    if !from.is_empty() {
        dates.push_str(&format!("effective_from = \"{from}\"\n"));
    }
    if !to.is_empty() {
        dates.push_str(&format!("effective_to = \"{to}\"\n"));
    }
    let text = format!(
        "id = \"{id}\"\nkind = \"stay_rule\"\norigins = [\"{citizenship}\"]\ndestinations = [\"{dest}\"]\nverified_on = \"2025-12-26\"\n\n[[sources]]\nurl = \"https://example.org/{id}\"\ntitle = \"Example\"\n\n[stay_rule]\ndestination = \"{dest}\"\ncitizenship = [\"{citizenship}\"]\nstatus = \"visa_free\"\nlimit_days = 90\nperiod = \"calendar_year\"\n{dates}legal_basis = \"A law\"\n{}",
        texts("A rule")
    );
    (format!("stay-rules/{id}.toml"), text)
}

/// Writes the files, checks the directory; fails on any error.
fn checked(
    files: &[(String, String)],
) -> (tempfile::TempDir, Vec<jol_content::SourceFile>, Report) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().expect("a folder")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    let sources = load_dir(dir.path()).expect("load");
    let report = check_dir(&sources, day("2026-12-01"));
    let errors: Vec<String> = report.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    (dir, sources, report)
}

/// `review::due` as `relative/path:line: message`.
fn due(dir: &Path, files: &[jol_content::SourceFile], r: &Report, as_of: &str) -> Vec<String> {
    review::due(r, files, day(as_of))
        .iter()
        .map(|d| {
            let rel = d.path.strip_prefix(dir).unwrap_or(&d.path);
            format!("{}:{}: {}", rel.display(), d.line, d.message)
        })
        .collect()
}

#[test]
fn an_item_is_listed_from_the_day_after_its_review_date() {
    let (dir, files, r) = checked(&[
        guide("xx.ends", "review_by = \"2026-06-30\"\n"),
        guide("xx.ends-in-a-month", "review_by = \"2026-06\"\n"),
        guide("xx.open", ""),
    ]);
    assert_eq!(
        due(dir.path(), &files, &r, "2026-06-29"),
        Vec::<String>::new()
    );
    // A month-precision date lasts to the month's end: 30 June is still inside it.
    assert_eq!(
        due(dir.path(), &files, &r, "2026-06-30"),
        Vec::<String>::new()
    );
    assert_eq!(
        due(dir.path(), &files, &r, "2026-07-01"),
        [
            "guides/xx.ends-in-a-month.toml:3: `xx.ends-in-a-month` passed its review date 2026-06 (as of 2026-07-01): the facts may have changed; re-read the sources, then update verified_on and set the next review_by (or remove it)",
            "guides/xx.ends.toml:3: `xx.ends` passed its review date 2026-06-30 (as of 2026-07-01): the facts may have changed; re-read the sources, then update verified_on and set the next review_by (or remove it)",
        ]
    );
}

#[test]
fn an_ended_stay_rule_is_history_while_another_is_in_force() {
    let old = stay_rule("stay.ru-old", "RU", "KG", "", "2024-12-31");
    let new = stay_rule("stay.ru-new", "RU", "KG", "2025-01-01", "");
    let (dir, files, r) = checked(&[old.clone(), new]);
    assert_eq!(
        due(dir.path(), &files, &r, "2026-12-01"),
        Vec::<String>::new()
    );

    // Without its successor, the ended rule was the one shown as in force: the home now shows no
    // limit for these citizens, so it is listed.
    let (dir, files, r) = checked(std::slice::from_ref(&old));
    assert_eq!(
        due(dir.path(), &files, &r, "2026-12-01"),
        ["stay-rules/stay.ru-old.toml:17: `stay.ru-old` ended on 2024-12-31 and no `visa_free` rule for KG citizens in RU is in force on 2026-12-01: the app now shows no stay limit for them; add the rule that replaced it, or correct effective_to"]
    );
    // Before its end, nothing to say.
    assert_eq!(
        due(dir.path(), &files, &r, "2024-12-31"),
        Vec::<String>::new()
    );
    // A rule for other citizens does not replace it.
    let other = stay_rule("stay.ru-uz", "RU", "UZ", "2025-01-01", "");
    let (dir, files, r) = checked(&[old, other]);
    assert_eq!(due(dir.path(), &files, &r, "2026-12-01").len(), 1);
}

fn items(r: &Report) -> Vec<jol_types::Item> {
    r.items.iter().map(|(_, i)| i.clone()).collect()
}

/// The ids in the cell of `corridor` (`KG → RU`) and `topic`, and its oldest date.
fn cell(c: &Coverage, corridor: &str, topic: &str) -> (Vec<String>, Option<String>) {
    let row = c
        .corridors
        .iter()
        .find(|r| r.name() == corridor)
        .unwrap_or_else(|| panic!("no corridor {corridor}"));
    let cell = row
        .cells
        .iter()
        .find(|x| x.topic.as_str() == topic)
        .expect("a cell per topic");
    (cell.items.clone(), cell.oldest.map(|d| d.to_string()))
}

#[test]
fn coverage_counts_an_item_where_its_origins_and_destinations_say() {
    let (_dir, _files, r) = checked(&[
        guide(
            "ru.work",
            "origins = [\"KG\", \"KZ\"]\ndestinations = [\"RU\"]\ntopics = [\"work\", \"registration\"]\n",
        ),
        guide("tr.work", "origins = [\"KG\"]\ndestinations = [\"TR\"]\ntopics = [\"work\"]\n"),
        // No origins, no destinations: for everyone, everywhere.
        guide("help", "topics = [\"trafficking\"]\n"),
        // Written for Kyrgyz citizens at home, before leaving.
        guide(
            "kg.before",
            "origins = [\"KG\"]\ndestinations = [\"KG\"]\ntopics = [\"recruitment\"]\n",
        ),
        stay_rule("stay.ru-kg", "RU", "KG", "", ""),
    ]);
    let c = coverage(&items(&r));
    let names: Vec<String> = c.corridors.iter().map(|r| r.name()).collect();
    // RU first, then KG, TR. Kyrgyzstan is a destination for Kyrgyz citizens only because
    // kg.before is written for them there; nothing is written for Uzbek or Kazakh citizens there.
    assert_eq!(
        names,
        [
            "KG → RU",
            "KG → KG",
            "KG → TR",
            "UZ → RU",
            "UZ → TR",
            "KZ → RU",
            "KZ → TR"
        ]
    );
    assert_eq!(
        cell(&c, "KG → RU", "work"),
        (vec!["ru.work".to_string()], Some("2026-01-10".to_string()))
    );
    assert_eq!(cell(&c, "UZ → RU", "work"), (vec![], None));
    assert_eq!(cell(&c, "KZ → TR", "work"), (vec![], None));
    // The stay rule's kind gives its topic; its older date is the cell's oldest.
    assert_eq!(
        cell(&c, "KG → RU", "stay_limits"),
        (
            vec!["stay.ru-kg".to_string()],
            Some("2025-12-26".to_string())
        )
    );
    for corridor in &names {
        assert_eq!(cell(&c, corridor, "trafficking").0, ["help"], "{corridor}");
    }
    assert_eq!(cell(&c, "KG → KG", "recruitment").0, ["kg.before"]);

    let md = c.markdown();
    assert!(md.contains("| KG → RU | — | 1 | 1 | 1 |"), "{md}");
    assert!(
        md.contains("| stay_limits | `stay.ru-kg` | 2025-12-26 |"),
        "{md}"
    );
    let json = c.json();
    assert_eq!(json["corridors"][0]["origin"], "KG");
    assert_eq!(json["corridors"][0]["cells"][2]["topic"], "work");
    assert_eq!(json["corridors"][0]["cells"][2]["items"][0], "ru.work");
    assert_eq!(
        json["corridors"][0]["cells"][2]["oldest_verified_on"],
        "2026-01-10"
    );
}
