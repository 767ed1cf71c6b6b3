//! `jol pack keygen|build|verify` (the publisher's tools) and `jol sync` (the client).

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use jol_native::{KeyFile, KeyPair, Progress, PublicKey, Source, SyncOutcome, Updater};
use jol_types::Locale;
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
    /// Write a pack directory's current version (timestamp, manifest, full pack, deltas) into
    /// one file, for "update from file": a messenger, a USB stick
    Bundle {
        /// The pack directory (as written by `jol pack build`)
        dir: PathBuf,
        /// The file to write (e.g. `jol-update.jolpack`)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a pack directory (or an update file) the way a client would
    Verify {
        /// The pack directory, or a .jolpack file
        dir: PathBuf,
        /// A trusted public key: a .pub file or the 64 hex digits
        #[arg(long, value_name = "PUBKEY", required = true)]
        trust: Vec<String>,
    },
}

#[derive(Args)]
pub struct SyncArgs {
    /// A mirror's base URL (http:// or https://), a folder holding a pack directory, or an
    /// update file (.jolpack)
    #[arg(long, value_name = "URL_DIR_OR_FILE")]
    from: String,
    /// A trusted public key (a .pub file or the 64 hex digits), besides the built-in ones
    #[arg(long, value_name = "PUBKEY")]
    trust: Vec<String>,
    /// Print one JSON object instead of lines
    #[arg(long)]
    json: bool,
}

fn trusted(args: &[String]) -> Result<Vec<PublicKey>> {
    let keys = jol_native::trusted_with(args).context("--trust")?;
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
            let mut opts = jol_native::BuildOptions::new(&content, &key, &out);
            opts.previous = previous;
            opts.timestamp_ttl = timestamp_days * 86_400;
            opts.manifest_ttl = manifest_days * 86_400;
            let built = jol_native::build_packs(&opts)?;
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
        PackCommand::Bundle { dir, out } => {
            let size = jol_native::bundle::write_bundle(&dir, &out)?;
            println!("wrote {} ({size} bytes)", out.display());
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Verify { dir, trust } => {
            let keys = trusted(&trust)?;
            let v = jol_native::verify_dir(&dir, &keys, jol_native::now())?;
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
    let dir = jol_native::paths::data_dir(data_dir.clone());
    drop(crate::open(data_dir)?);
    let mut updater = Updater::new(Source::parse(&args.from), keys, &dir)?;
    if !args.json {
        updater.on_progress(|p| match p {
            Progress::Checking => eprintln!("checking for an update…"),
            Progress::Downloading { file, done, total } => {
                eprint!("\rdownloading {file}: {done}/{total} bytes");
                if done >= total {
                    eprintln!();
                }
            }
            Progress::Applying => eprintln!("applying…"),
        });
    }
    let rt = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let outcome = rt.block_on(updater.run())?;
    if args.json {
        println!("{}", serde_json::to_string(&outcome)?);
        return Ok(ExitCode::SUCCESS);
    }
    match outcome {
        SyncOutcome::UpToDate { version } => {
            println!("already up to date (version {version})");
        }
        SyncOutcome::Updated {
            version,
            added,
            changed,
            removed,
            bytes_fetched,
            used_delta,
        } => {
            println!(
                "updated to version {version} ({}, {bytes_fetched} bytes fetched)",
                if used_delta { "delta" } else { "full pack" }
            );
            for (label, list) in [
                ("added", &added),
                ("changed", &changed),
                ("removed", &removed),
            ] {
                for item in list {
                    println!("  {label}: {}", item.title(Locale::En));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
