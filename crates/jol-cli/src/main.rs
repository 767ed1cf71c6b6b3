//! `jol`: Jol without a window.
//!
//! - `jol serve` shares the UI and the read-only API on this machine or the local network;
//! - `jol search` and `jol info` answer from the same database the app reads;
//! - `jol content check|list|build|coverage` are the editors' tools;
//! - `jol pack keygen|build|verify` publish signed content updates, `jol sync` applies them.

mod content;
mod pack;
mod stay;
mod web;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use jol_core::{Jol, Transport};
use jol_types::api::{Info, Search};
use jol_types::{Country, Locale};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "jol",
    version,
    about = "Jol — the road: an offline assistant for labour migrants"
)]
struct Cli {
    /// Where Jol keeps its databases [default: the platform data directory, e.g. ~/.local/share/jol]
    #[arg(long, global = true, env = "JOL_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the Jol UI and its read-only API over HTTP (classroom or help-desk mode)
    Serve {
        /// Address to listen on
        #[arg(long, env = "JOL_ADDR", default_value = "127.0.0.1:8787")]
        addr: SocketAddr,
        /// Listen on every network interface, so phones on the same Wi-Fi can open it
        #[arg(long)]
        lan: bool,
        /// Also publish this signed pack directory under /packs/ (for `jol sync --from`)
        #[arg(long, value_name = "DIR")]
        packs: Option<PathBuf>,
        /// Trust this publisher key for the scheduled content updates (a .pub file or the 64 hex
        /// digits), besides the ones built in
        #[arg(long, value_name = "PUBKEY")]
        trust: Vec<String>,
        /// Serve over HTTPS with a certificate from this computer's classroom CA (made once in the
        /// data directory), so phones can keep Jol offline; the CA's certificate and how to install
        /// it are served over plain http on --ca-port
        #[arg(long)]
        https: bool,
        /// With --https: another name this computer is reached by (repeatable), e.g. one the
        /// classroom router resolves; the CA covers it only if it is given when the CA is made
        #[arg(long = "https-name", value_name = "NAME", requires = "https")]
        https_names: Vec<String>,
        /// With --https: the plain-http port for the CA certificate and its install page
        #[arg(long, value_name = "PORT", default_value_t = jol_server::tls::DEFAULT_CA_PORT, requires = "https")]
        ca_port: u16,
        /// Serve the offline web app in this folder (what scripts/build-web writes) instead of the
        /// built-in UI; the API stays under /api
        #[arg(long, value_name = "DIR")]
        app: Option<PathBuf>,
    },
    /// How long may I stay: days used, last legal day and overstay under a stay rule
    Stay(stay::StayArgs),
    /// Search every item in every language
    Search {
        /// Language of the titles, and the one ranked first
        #[arg(long, default_value = "en")]
        lang: Locale,
        /// Rank items about this country (ISO code, e.g. RU) next
        #[arg(long)]
        country: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: u32,
        /// Print one JSON array instead of lines
        #[arg(long)]
        json: bool,
        /// What to look for
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show the installed dataset's version, hash and size
    Info {
        #[arg(long)]
        json: bool,
    },
    /// Preset this device's settings, e.g. a help-desk laptop that should open in Kyrgyz
    Settings {
        /// The app's language (en, ru, ky, uz, uz-Cyrl, kk)
        #[arg(long)]
        locale: Option<Locale>,
        /// Citizenship (ISO code: KG, UZ, KZ)
        #[arg(long)]
        origin: Option<String>,
        /// Where the user goes or is (ISO code, e.g. RU)
        #[arg(long)]
        destination: Option<String>,
        /// Where content updates come from: a mirror URL or a folder (repeat for several)
        #[arg(long = "update-source", value_name = "URL_OR_DIR")]
        update_sources: Vec<String>,
        /// Forget every update source
        #[arg(long, conflicts_with = "update_sources")]
        no_update_sources: bool,
        /// Check for updates on start and every few hours (on or off)
        #[arg(long, value_name = "on|off", value_parser = parse_on_off)]
        auto_update: Option<bool>,
        /// Hours between automatic checks
        #[arg(long, value_name = "HOURS", value_parser = clap::value_parser!(u32).range(1..=8760))]
        update_every_hours: Option<u32>,
    },
    /// Editors' tools for assets/content
    #[command(subcommand)]
    Content(content::ContentCommand),
    /// Publishers' tools for signed content updates
    #[command(subcommand)]
    Pack(pack::PackCommand),
    /// Fetch and apply a signed content update from a mirror URL, a folder or a .jolpack file
    Sync(pack::SyncArgs),
    /// Write the dataset, jol-web.json and the manifests of the offline web app (scripts/build-web)
    WebApp(web::WebAppArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("JOL_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("jol: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn open(data_dir: Option<PathBuf>) -> Result<Jol> {
    Ok(open_with_updates(data_dir)?.0)
}

/// Jol's data, and the handle on its updates (to trust keys and start the schedule).
fn open_with_updates(data_dir: Option<PathBuf>) -> Result<(Jol, jol_native::Updates)> {
    let dir = jol_native::paths::data_dir(data_dir);
    let (jol, updates) = jol_native::open_with_updates(&dir, jol_dataset::builtin())
        .with_context(|| format!("cannot open Jol's data in {}", dir.display()))?;
    for n in jol.notices() {
        eprintln!("jol: note: {}", notice_text(n));
    }
    Ok((jol, updates))
}

fn notice_text(n: &jol_types::api::Notice) -> String {
    use jol_types::api::Notice;
    match n {
        Notice::UserDataReset { moved_to } => format!(
            "your saved data could not be read; it was kept at {moved_to} and a fresh copy started"
        ),
        Notice::ContentRestored => {
            "the content database was damaged and was restored from the copy inside the app".into()
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve {
            addr,
            lan,
            packs,
            trust,
            https,
            https_names,
            ca_port,
            app,
        } => {
            let https = https.then_some(jol_server::tls::HttpsOptions {
                names: https_names,
                ca_port,
            });
            serve(cli.data_dir, addr, lan, packs, trust, https, app)
        }
        Command::Stay(args) => stay::run(cli.data_dir, args),
        Command::Search {
            lang,
            country,
            limit,
            json,
            query,
        } => {
            let jol = open(cli.data_dir)?;
            let country = country.map(|c| Country::new(&c.to_ascii_uppercase()));
            if let Some(c) = country.as_ref().filter(|c| !c.is_known()) {
                anyhow::bail!(
                    "unknown country `{c}`: use an ISO code such as {}",
                    Country::KNOWN.join(", ")
                );
            }
            let req = Search {
                query: query.join(" "),
                locale: lang,
                country,
                limit: Some(limit),
            };
            let reply = jol.call_typed(&req, Transport::Ipc)?;
            if json {
                let rows: Vec<_> = reply
                    .hits
                    .iter()
                    .map(|h| {
                        serde_json::json!({
                            "id": h.id, "kind": h.kind, "title": h.title,
                            "locale": h.locale, "score": h.score,
                        })
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else if reply.hits.is_empty() {
                println!("No results.");
            } else {
                for h in &reply.hits {
                    println!("{:<32} {} [{}]", h.id, h.title, h.locale);
                }
            }
            if reply.truncated {
                eprintln!(
                    "jol: note: the query was cut to its first {} characters",
                    jol_core::search_max_query_chars()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Info { json } => {
            let jol = open(cli.data_dir)?;
            let info = jol.call_typed(&Info {}, Transport::Ipc)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&info)?);
            } else {
                println!("app version:     {}", info.app_version);
                println!("dataset version: {}", info.dataset_version);
                println!("content hash:    {}", info.content_hash);
                println!("items:           {}", info.item_count);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Settings {
            locale,
            origin,
            destination,
            update_sources,
            no_update_sources,
            auto_update,
            update_every_hours,
        } => {
            let jol = open(cli.data_dir)?;
            let code = |c: Option<String>| c.map(|c| Country::new(&c.to_ascii_uppercase()));
            let req = jol_types::api::SetSetting {
                settings: jol_types::api::Settings {
                    locale,
                    origin: code(origin),
                    destination: code(destination),
                    update_sources: if no_update_sources {
                        Some(Vec::new())
                    } else {
                        Some(update_sources).filter(|s| !s.is_empty())
                    },
                    auto_update,
                    update_every_hours,
                },
            };
            let s = jol.call_typed(&req, Transport::Ipc)?;
            println!("{}", serde_json::to_string_pretty(&s)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Content(cmd) => content::run(cmd),
        Command::Pack(cmd) => pack::run(cmd),
        Command::Sync(args) => pack::sync(cli.data_dir, args),
        Command::WebApp(args) => web::run(args).map(|()| ExitCode::SUCCESS),
    }
}

fn parse_on_off(s: &str) -> Result<bool, String> {
    match s {
        "on" | "true" | "yes" => Ok(true),
        "off" | "false" | "no" => Ok(false),
        _ => Err(format!("`{s}`: say on or off")),
    }
}

fn serve(
    data_dir: Option<PathBuf>,
    addr: SocketAddr,
    lan: bool,
    packs: Option<PathBuf>,
    trust: Vec<String>,
    https: Option<jol_server::tls::HttpsOptions>,
    app: Option<PathBuf>,
) -> Result<ExitCode> {
    let addr = if lan {
        SocketAddr::new(std::net::Ipv4Addr::UNSPECIFIED.into(), addr.port())
    } else {
        addr
    };
    let dir = jol_native::paths::data_dir(data_dir.clone());
    // Without --packs, pass on the signed files of the last update this computer took from a
    // folder or a file, if any: the classroom's other laptops can sync from here.
    let packs = packs.or_else(|| {
        let mirror = jol_native::mirror_dir(&dir);
        mirror.join("timestamp.json").is_file().then_some(mirror)
    });
    let (jol, updates) = open_with_updates(data_dir)?;
    let keys = jol_native::trusted_with(&trust).context("--trust")?;
    updates.set_trusted(keys);
    // A trainer's laptop keeps its content fresh while it serves, when sources are set.
    updates.start_schedule();
    let jol = Arc::new(jol);
    let assets = match &app {
        Some(d) => {
            Some(jol_server::dir_assets(d).with_context(|| format!("--app {}", d.display()))?)
        }
        None => None,
    };
    let rt = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    if let Some(opts) = https {
        let ca_dir = jol_server::tls::ca_dir(&dir);
        rt.block_on(serve_https(&ca_dir, addr, &opts, jol, packs, assets))?;
        return Ok(ExitCode::SUCCESS);
    }
    rt.block_on(async move {
        let bound = jol_server::bind(addr).await?;
        println!("Jol is being served. Open:");
        for url in bound.urls() {
            println!("  {url}");
        }
        if lan {
            println!("Phones on the same network can open the addresses above. Ctrl-C stops.");
        } else {
            println!(
                "Only this computer can open it; add --lan to share it with phones. Ctrl-C stops."
            );
        }
        if let Some(p) = &packs {
            println!(
                "Publishing the signed packs in {} under /packs/",
                p.display()
            );
        }
        if let Some(d) = &app {
            println!("Serving the web app in {}", d.display());
        }
        bound.serve_app(jol, packs, assets).await?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `jol serve --https`: the app over TLS, the classroom CA's certificate and install page over
/// plain http; prints both, and the CA's fingerprint for the trainer to read out.
async fn serve_https(
    ca_dir: &std::path::Path,
    addr: SocketAddr,
    opts: &jol_server::tls::HttpsOptions,
    jol: Arc<Jol>,
    packs: Option<PathBuf>,
    assets: Option<jol_server::AssetSource>,
) -> Result<()> {
    use jol_server::tls::ca::CaStatus;
    let bound = jol_server::tls::bind_https(ca_dir, addr, opts).await?;
    match bound.status {
        CaStatus::Created => println!(
            "Made a classroom certificate authority in {} (its key never leaves this computer).",
            bound.ca_dir.display()
        ),
        CaStatus::Renewed => println!(
            "The classroom certificate authority had expired; made a new one in {}. Every phone must install the new certificate.",
            bound.ca_dir.display()
        ),
        CaStatus::Loaded => {}
    }
    println!("On each phone, once: open this page and install the classroom certificate:");
    for url in &bound.ca_urls {
        println!("  {url}");
    }
    println!("Its SHA-256 fingerprint (read it out; phones show it when installing):");
    println!("  {}", bound.fingerprint);
    println!("Then open Jol over HTTPS (use the same address every time: the phone keeps Jol for that address):");
    for url in &bound.app_urls {
        println!("  {url}");
    }
    for s in &bound.skipped {
        println!("  (not covered by the classroom certificate, phones would refuse it: {s})");
    }
    if let Some(p) = &packs {
        println!(
            "Publishing the signed packs in {} under /packs/",
            p.display()
        );
    }
    println!("Ctrl-C stops.");
    bound.serve(jol, packs, assets).await?;
    Ok(())
}
