//! `jol content`: check, list and build the authored content.

use anyhow::{Context, Result};
use clap::Subcommand;
use jol_content::{check_dir, load_dir, Report};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Check every file; print problems as `path:line: message`; exit 1 on errors
    Check {
        #[arg(default_value = "assets/content")]
        dir: PathBuf,
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
        ContentCommand::Check { dir } => {
            let report = check(&dir)?;
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
            println!();
            println!(
                "{} item(s) checked: {errors} error(s), {} warning(s)",
                report.items.len(),
                warnings.len()
            );
            Ok(if errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        ContentCommand::List { dir, json } => {
            let report = check(&dir)?;
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
            if report.has_errors() {
                eprintln!(
                    "jol: {} error(s) in the content; run `jol content check {}`",
                    report.errors().count(),
                    dir.display()
                );
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::Build { dir, out } => {
            match jol_content::build_dir(&dir, &out, jol_core::today()) {
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

fn check(dir: &Path) -> Result<Report> {
    let files = load_dir(dir)?;
    Ok(check_dir(&files, jol_core::today()))
}
