//! `jol content`: check, list and build the authored content.

use anyhow::{Context, Result};
use clap::Subcommand;
use jol_content::{check_dir, load_dir, Report, SourceFile};
use jol_types::PartialDate;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Check every file; print problems as `path:line: message`; exit 1 on errors. Warnings
    /// (old facts, numbers differing between locales, items past their review date) exit 0
    Check {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        /// List the items past their review date on this day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE")]
        as_of: Option<PartialDate>,
    },
    /// The coverage table: for each corridor (citizenship → destination) and topic, the items
    /// that answer it and the oldest verified_on among them
    Coverage {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        /// One JSON object
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// The Markdown of docs/coverage.md
        #[arg(long)]
        markdown: bool,
    },
    /// List every item (id, kind, locales, review state, sources, verified_on)
    List {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        /// One JSON array, an object per item
        #[arg(long)]
        json: bool,
    },
    /// Compile the content database
    Build {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
        /// The database file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

pub fn run(cmd: ContentCommand) -> Result<ExitCode> {
    match cmd {
        ContentCommand::Check { dir, as_of } => check_command(&dir, as_of),
        ContentCommand::Coverage {
            dir,
            json,
            markdown,
        } => {
            let (_, report) = check(&dir)?;
            if let Some(failed) = refuse_errors(&report, &dir) {
                return Ok(failed);
            }
            let items: Vec<_> = report.items.into_iter().map(|(_, i)| i).collect();
            let table = jol_content::coverage::coverage(&items);
            if json {
                println!("{}", serde_json::to_string_pretty(&table.json())?);
            } else if markdown {
                print!("{}", table.markdown());
            } else {
                print!("{}", table.text());
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::List { dir, json } => {
            let (_, report) = check(&dir)?;
            let rows: Vec<serde_json::Value> = report
                .items
                .iter()
                .map(|(_, item)| {
                    let mut item = item.clone();
                    jol_content::derive::add_uz_cyrillic(&mut item);
                    let review: serde_json::Map<String, serde_json::Value> = item
                        .text
                        .iter()
                        .map(|(l, t)| (l.tag().to_string(), t.review.label().into()))
                        .collect();
                    serde_json::json!({
                        "id": item.id,
                        "kind": item.kind,
                        "locales": item.text.keys().map(|l| l.tag()).collect::<Vec<_>>(),
                        "review": review,
                        "sources": item.sources.len(),
                        "verified_on": item.verified_on,
                    })
                })
                .collect();
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                for r in &rows {
                    println!(
                        "{:<40} {:<10} {} sources, verified {}",
                        r["id"].as_str().unwrap_or(""),
                        r["kind"].as_str().unwrap_or(""),
                        r["sources"],
                        r["verified_on"].as_str().unwrap_or("")
                    );
                }
            }
            if let Some(failed) = refuse_errors(&report, &dir) {
                return Ok(failed);
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::Build { dir, out } => {
            match jol_content::build_dir(&dir, &out, jol_native::today()) {
                Ok((info, report)) => {
                    println!(
                        "built {} ({} items, dataset version {}, content hash {}, {} warning(s))",
                        out.display(),
                        info.item_count,
                        info.dataset_version,
                        info.content_hash,
                        report.warnings().count()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(jol_content::CompileError::Invalid { report, count }) => {
                    for d in report.errors() {
                        println!("{d}");
                    }
                    eprintln!("jol: {count} error(s); nothing was written");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e).context("cannot build the content database"),
            }
        }
    }
}

fn check(dir: &Path) -> Result<(Vec<SourceFile>, Report)> {
    let files = load_dir(dir)?;
    let report = check_dir(&files, jol_native::today());
    Ok((files, report))
}

/// `jol content check`: errors, then warnings, then the items past their review date on `as_of`
/// (a section of its own, so CI's log shows what to re-check); exit 1 only on errors.
fn check_command(dir: &Path, as_of: Option<PartialDate>) -> Result<ExitCode> {
    let (files, report) = check(dir)?;
    let as_of = as_of.map_or_else(jol_native::today, |d| d.first_day());
    let due = jol_content::review::due(&report, &files, as_of);
    for d in report.errors() {
        println!("{d}");
    }
    let warnings: Vec<_> = report.warnings().collect();
    let errors = report.errors().count();
    if !warnings.is_empty() {
        println!();
        println!("{} warning(s):", warnings.len());
        for w in &warnings {
            println!("{w}");
        }
    }
    let day = PartialDate::from_unix_seconds(as_of * 86_400);
    if !due.is_empty() {
        println!();
        println!("{} item(s) may be out of date on {day}:", due.len());
        for d in &due {
            println!("{d}");
        }
    }
    println!();
    println!(
        "{} item(s) checked: {errors} error(s), {} warning(s), {} out of date on {day}",
        report.items.len(),
        warnings.len(),
        due.len()
    );
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Content with errors is refused by every command but `check`, which lists them: it says how
/// many and where to look, and fails.
fn refuse_errors(report: &jol_content::Report, dir: &std::path::Path) -> Option<ExitCode> {
    report.has_errors().then(|| {
        eprintln!(
            "jol: {} error(s) in the content; run `jol content check {}`",
            report.errors().count(),
            dir.display()
        );
        ExitCode::FAILURE
    })
}
