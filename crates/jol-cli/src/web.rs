//! `jol web-app`: the parts of the offline web app that come from the dataset — the dataset
//! itself as a pack of items, `jol-web.json` (what the app's folder holds and whom it trusts) and
//! the web app manifests in each language. `scripts/build-web` puts them beside the UI, the core
//! and the service worker.

use anyhow::{Context, Result};
use clap::Args;
use jol_core::ContentStore;
use jol_types::Locale;
use serde_json::json;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct WebAppArgs {
    /// The folder to write into (it must exist)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Trust this publisher key for the app's content updates (a .pub file or the 64 hex digits),
    /// besides the ones built in; repeat for several
    #[arg(long, value_name = "PUBKEY")]
    trust: Vec<String>,
    /// Where the app looks for signed updates, relative to its own address (e.g. `packs/`) or a
    /// full URL of a mirror that allows it (CORS); repeat for several
    #[arg(long = "update-source", value_name = "URL")]
    update_sources: Vec<String>,
}

/// The dataset pack's kind: every item, without the text the phone derives.
const WEB_DATASET_KIND: &str = "web-dataset";

/// The theme colour of the app's bar on a phone: the UI's accent.
const THEME_COLOR: &str = "#0e5f68";

pub fn run(args: WebAppArgs) -> Result<()> {
    let dataset = jol_dataset::builtin();
    let store = ContentStore::from_dataset(dataset).context("cannot open the built-in dataset")?;
    let mut items = store
        .all_items()
        .context("cannot read the built-in dataset")?;
    // The phone derives the Uzbek Cyrillic itself (jol-web), as the build does.
    items
        .iter_mut()
        .for_each(jol_content::derive::strip_uz_cyrillic);
    let pack = jol_pack::FullPack {
        kind: WEB_DATASET_KIND.into(),
        content_hash: dataset.content_hash.to_string(),
        items,
    };
    let packed = jol_pack::format::compress(&serde_json::to_vec(&pack)?)?;
    // Named by its content, so a browser or CDN may cache it for ever.
    let file = format!("dataset-{}.pack", &dataset.content_hash[..16]);
    write(&args.out.join(&file), &packed)?;
    let trusted = args
        .trust
        .iter()
        .map(|k| jol_native::read_public_key_arg(k).map(|k| k.hex()))
        .collect::<Result<Vec<_>, _>>()?;
    let config = json!({
        "dataset": {
            "file": file,
            "size": packed.len(),
            "content_hash": dataset.content_hash,
            "dataset_version": dataset.dataset_version,
            "item_count": dataset.item_count,
        },
        "update_sources": args.update_sources,
        "trusted_keys": trusted,
    });
    write(
        &args.out.join("jol-web.json"),
        serde_json::to_string_pretty(&config)?.as_bytes(),
    )?;
    let i18n = jol_i18n::I18n::new().context("cannot read the UI strings")?;
    for locale in Locale::ALL {
        let manifest = json!({
            "name": i18n.tr(locale, "app-name", None),
            "short_name": i18n.tr(locale, "app-name", None),
            "description": i18n.tr(locale, "app-tagline", None),
            "lang": locale.tag(),
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": THEME_COLOR,
            "icons": [
                {"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
                {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
            ],
        });
        write(
            &args
                .out
                .join(format!("manifest-{}.webmanifest", locale.tag())),
            serde_json::to_string_pretty(&manifest)?.as_bytes(),
        )?;
    }
    println!(
        "wrote {file} ({} bytes, {} items), jol-web.json ({} trusted key(s), {} update source(s)) and {} manifests into {}",
        packed.len(),
        dataset.item_count,
        trusted.len(),
        args.update_sources.len(),
        Locale::ALL.len(),
        args.out.display()
    );
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
