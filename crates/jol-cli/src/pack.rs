//! `jol pack keygen|build|verify` (the publisher's tools) and `jol sync` (the client).

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use jol_sync::{KeyPair, PublicKey, Source, SyncOutcome, Updater};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum PackCommand {
    /// Make an ed25519 signing key: KEY (secret, mode 0600) and KEY.pub
    Keygen {
        #[arg(long, value_name = "KEY")]
        out: PathBuf,
    },
    /// Build a signed pack directory (timestamp, manifest, packs) from the content
    Build {
        #[arg(long, default_value = "assets/content")]
        content: PathBuf,
        /// The secret key file
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
        /// The directory to write (any static host, CDN or USB stick can carry it)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The directory built last time: its files are kept and deltas are made from it
        #[arg(long, value_name = "DIR")]
        previous: Option<PathBuf>,
        /// Days the timestamp stays valid (clients refuse new data after that)
        #[arg(long, default_value_t = 7)]
        timestamp_days: i64,
        /// Days the manifest stays valid
        #[arg(long, default_value_t = 365)]
        manifest_days: i64,
    },
    /// Check a pack directory the way a client would
    Verify {
        dir: PathBuf,
        /// A trusted public key: a .pub file or the 64 hex digits
        #[arg(long, value_name = "PUBKEY", required = true)]
        trust: Vec<String>,
    },
}

#[derive(Args)]
pub struct SyncArgs {
    /// A mirror's base URL (http:// or https://) or a folder holding a pack directory
    #[arg(long, value_name = "URL_OR_DIR")]
    from: String,
    /// A trusted public key (a .pub file or the 64 hex digits), besides the built-in ones
    #[arg(long, value_name = "PUBKEY")]
    trust: Vec<String>,
    /// Print one JSON object instead of lines
    #[arg(long)]
    json: bool,
}

fn trusted(args: &[String]) -> Result<Vec<PublicKey>> {
    let mut keys = jol_sync::builtin_trusted();
    for a in args {
        keys.push(jol_sync::read_public_key_arg(a).with_context(|| format!("--trust {a}"))?);
    }
    if keys.is_empty() {
        anyhow::bail!("no trusted key: this build has none built in, so pass --trust PUBKEY");
    }
    Ok(keys)
}

pub fn run(cmd: PackCommand) -> Result<ExitCode> {
    match cmd {
        PackCommand::Keygen { out } => {
            let key = KeyPair::generate();
            let pub_path = key
                .write(&out)
                .with_context(|| format!("cannot write the key to {}", out.display()))?;
            println!("{}", key.public().hex());
            eprintln!(
                "secret key: {} (keep it private)\npublic key: {}",
                out.display(),
                pub_path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Build {
            content,
            key,
            out,
            previous,
            timestamp_days,
            manifest_days,
        } => {
            let key = KeyPair::read(&key)?;
            let mut opts = jol_sync::BuildOptions::new(&content, &key, &out);
            opts.previous = previous;
            opts.timestamp_ttl = timestamp_days * 86_400;
            opts.manifest_ttl = manifest_days * 86_400;
            let built = jol_sync::build_packs(&opts)?;
            println!(
                "built version {} ({} items, content hash {}) in {}",
                built.version,
                built.item_count,
                built.content_hash,
                out.display()
            );
            println!("  full pack: {} bytes", built.full.size);
            for d in &built.deltas {
                println!(
                    "  delta from version {}: {} bytes",
                    d.from_version, d.pack.size
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Verify { dir, trust } => {
            let keys = trusted(&trust)?;
            let v = jol_sync::verify_dir(&dir, &keys, jol_sync::now())?;
            println!(
                "ok: version {}, {} items, content hash {}, {} delta(s); timestamp expires {}",
                v.manifest.version,
                v.manifest.item_count,
                v.manifest.content_hash,
                v.manifest.deltas.len(),
                v.timestamp.expires
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `jol sync`: the content database must exist (opening Jol installs the built-in copy).
pub fn sync(data_dir: Option<PathBuf>, args: SyncArgs) -> Result<ExitCode> {
    let keys = trusted(&args.trust)?;
    let dir = jol_core::paths::data_dir(data_dir.clone());
    drop(crate::open(data_dir)?);
    let mut updater = Updater::new(Source::parse(&args.from), keys, &dir)?;
    if !args.json {
        updater.on_progress(|name, done, total| {
            eprint!("\rdownloading {name}: {done}/{total} bytes");
            if done >= total {
                eprintln!();
            }
        });
    }
    let rt = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let outcome = rt.block_on(updater.run())?;
    match outcome {
        SyncOutcome::UpToDate { version } => {
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({"status": "up_to_date", "version": version})
                );
            } else {
                println!("already up to date (version {version})");
            }
        }
        SyncOutcome::Updated {
            version,
            added,
            changed,
            removed,
            pack_bytes,
            used_delta,
        } => {
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({
                        "status": "updated", "version": version, "added": added,
                        "changed": changed, "removed": removed, "pack_bytes": pack_bytes,
                        "delta": used_delta,
                    })
                );
            } else {
                println!(
                    "updated to version {version} ({} {pack_bytes} bytes)",
                    if used_delta { "delta," } else { "full pack," }
                );
                for (label, list) in [
                    ("added", &added),
                    ("changed", &changed),
                    ("removed", &removed),
                ] {
                    for t in list {
                        println!("  {label}: {t}");
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
