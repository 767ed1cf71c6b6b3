//! The publisher's side: `jol pack build`.

use jol_content::derive::add_uz_cyrillic;
use jol_pack::format::{
    compress, manifest_file, open, parse_pack, seal, DeltaRef, FullPack, Manifest, PackRef,
    Timestamp, TIMESTAMP_FILE,
};
use jol_pack::{make_delta, sha256_hex, KeyPair, Result, SyncError};
use jol_types::Item;
use std::path::{Path, PathBuf};

pub struct BuildOptions<'a> {
    pub content_dir: PathBuf,
    pub key: &'a KeyPair,
    pub out: PathBuf,
    /// A directory built before: its files are carried over (packs and manifests are immutable)
    /// and deltas are made from its recent versions.
    pub previous: Option<PathBuf>,
    /// Seconds since 1970 (UTC).
    pub now: i64,
    /// How long the timestamp stays valid (seconds); short, so a frozen mirror shows.
    pub timestamp_ttl: i64,
    /// How long the manifest stays valid (seconds).
    pub manifest_ttl: i64,
    /// How many recent versions get a delta. Each costs about 270 bytes of the manifest that
    /// every check fetches, so a few: a phone further behind takes the full pack.
    pub max_deltas: usize,
}

impl<'a> BuildOptions<'a> {
    pub fn new(content_dir: &Path, key: &'a KeyPair, out: &Path) -> BuildOptions<'a> {
        BuildOptions {
            content_dir: content_dir.to_path_buf(),
            key,
            out: out.to_path_buf(),
            previous: None,
            now: crate::now(),
            timestamp_ttl: 7 * 86_400,
            manifest_ttl: 365 * 86_400,
            max_deltas: 3,
        }
    }
}

#[derive(Debug, Clone)]
pub struct BuildOutcome {
    pub version: u64,
    pub content_hash: String,
    pub item_count: u64,
    pub full: PackRef,
    pub deltas: Vec<DeltaRef>,
}

/// Loads and checks the content, then writes a new version into `opts.out`.
pub fn build_packs(opts: &BuildOptions) -> Result<BuildOutcome> {
    let files =
        jol_content::load_dir(&opts.content_dir).map_err(jol_content::CompileError::from)?;
    let report = jol_content::check_dir(&files, opts.now.div_euclid(86_400));
    let errors = report.errors().count();
    if errors > 0 {
        return Err(jol_content::CompileError::Invalid {
            count: errors,
            report: Box::new(report),
        }
        .into());
    }
    let mut items: Vec<Item> = report.items.iter().map(|(_, i)| i.clone()).collect();
    items.iter_mut().for_each(add_uz_cyrillic);
    build_from_items(opts, items)
}

/// Writes a new version of `items` into `opts.out` (exposed for tests that change an item).
pub fn build_from_items(opts: &BuildOptions, mut items: Vec<Item>) -> Result<BuildOutcome> {
    items.sort_by(|a, b| a.id.cmp(&b.id));
    let content_hash = jol_content::content_hash(&items)?;
    let out = &opts.out;
    std::fs::create_dir_all(out).map_err(|source| SyncError::Write {
        path: out.clone(),
        source,
    })?;

    // The previous directory, read the way a client would (signed by this same key).
    let trusted = [opts.key.public()];
    let mut prev_version = 0;
    let mut bases: Vec<(u64, Vec<Item>)> = Vec::new();
    if let Some(prev) = &opts.previous {
        let ts: Timestamp = open(
            "previous timestamp",
            &read(&prev.join(TIMESTAMP_FILE))?,
            &trusted,
        )?;
        prev_version = ts.version;
        let manifest: Manifest = open(
            "previous manifest",
            &read(&prev.join(&ts.manifest.name))?,
            &trusted,
        )?;
        // Carry every file over: packs and manifests never change once written.
        if prev != out {
            for entry in std::fs::read_dir(prev).map_err(|source| SyncError::Read {
                path: prev.clone(),
                source,
            })? {
                let entry = entry.map_err(|source| SyncError::Read {
                    path: prev.clone(),
                    source,
                })?;
                let name = entry.file_name();
                if name == TIMESTAMP_FILE || !entry.path().is_file() {
                    continue;
                }
                let dest = out.join(&name);
                if !dest.exists() {
                    std::fs::copy(entry.path(), &dest).map_err(|source| SyncError::Write {
                        path: dest.clone(),
                        source,
                    })?;
                }
            }
        }
        // Deltas from the previous version and the ones it had deltas from.
        let mut versions = vec![(manifest.version, manifest.full.clone())];
        for d in manifest.deltas.iter().rev() {
            let older: Manifest = open(
                "older manifest",
                &read(&prev.join(manifest_file(d.from_version)))?,
                &trusted,
            )?;
            versions.push((older.version, older.full));
        }
        for (v, full) in versions.into_iter().take(opts.max_deltas) {
            let pack: FullPack = parse_pack(&full.name, &read(&prev.join(&full.name))?)?;
            bases.push((v, pack.items));
        }
    }

    let version = (prev_version + 1).max(opts.now.max(0) as u64);
    let full_json = serde_json::to_vec(&FullPack {
        kind: "full".into(),
        content_hash: content_hash.clone(),
        items: items.clone(),
    })
    .map_err(json_err)?;
    let full = write_pack(out, &full_json)?;

    let mut deltas = Vec::new();
    for (from_version, base) in bases {
        let from_hash = jol_content::content_hash(&base)?;
        if from_hash == content_hash {
            continue;
        }
        let json = serde_json::to_vec(&make_delta(&base, &items)?).map_err(json_err)?;
        deltas.push(DeltaRef {
            from_version,
            from_hash,
            pack: write_pack(out, &json)?,
        });
    }

    let manifest = Manifest {
        kind: "manifest".into(),
        version,
        created: opts.now,
        expires: opts.now + opts.manifest_ttl,
        content_hash: content_hash.clone(),
        item_count: items.len() as u64,
        full: full.clone(),
        deltas: deltas.clone(),
    };
    let manifest_bytes = seal(&manifest, opts.key)?;
    let manifest_name = manifest_file(version);
    write_atomic(&out.join(&manifest_name), &manifest_bytes)?;
    let timestamp = Timestamp {
        kind: "timestamp".into(),
        version,
        expires: opts.now + opts.timestamp_ttl,
        manifest: PackRef {
            name: manifest_name,
            sha256: sha256_hex(&manifest_bytes),
            size: manifest_bytes.len() as u64,
        },
    };
    // Written last, so a mirror copying the directory in order never names missing files.
    write_atomic(&out.join(TIMESTAMP_FILE), &seal(&timestamp, opts.key)?)?;
    Ok(BuildOutcome {
        version,
        content_hash,
        item_count: items.len() as u64,
        full,
        deltas,
    })
}

fn json_err(e: serde_json::Error) -> SyncError {
    SyncError::Malformed {
        what: "pack".into(),
        detail: e.to_string(),
    }
}

fn write_pack(dir: &Path, json: &[u8]) -> Result<PackRef> {
    let bytes = compress(json)?;
    let sha256 = sha256_hex(&bytes);
    let name = jol_pack::format::pack_file(&sha256);
    let path = dir.join(&name);
    if !path.exists() {
        write_atomic(&path, &bytes)?;
    }
    Ok(PackRef {
        name,
        sha256,
        size: bytes.len() as u64,
    })
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| SyncError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes beside `path` and renames into place.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let err = |source| SyncError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut f = std::fs::File::create(&tmp).map_err(err)?;
    f.write_all(bytes).and_then(|_| f.sync_all()).map_err(err)?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(err)
}
