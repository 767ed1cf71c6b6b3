//! Single-file bundles: a whole pack directory in one file (`jol pack bundle`), for "update from
//! file" — a pack received by messenger or carried on a USB stick.
//!
//! The format is deliberately dumb, so that nothing in it needs trusting: the magic bytes
//! `JOLPACK1`, then entries, each `u16` name length (little-endian), the name (UTF-8, a plain
//! pack-directory file name), `u64` size (little-endian) and the bytes. A bundle is only a
//! container: a client reads an entry by name with the same size cap and verifies it exactly as it
//! would verify the file of that name in a directory (signature first, then size and sha256).

use jol_pack::format::{Manifest, Timestamp, TIMESTAMP_FILE};
use jol_pack::{is_safe_name, Result, SyncError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

pub use jol_pack::bundle::{BUNDLE_FILE, MAGIC};

/// The files of pack directory `dir` a client may need (its timestamp, current manifest, full
/// pack and the deltas that manifest names), by name, as a bundle would hold them. The
/// directory's metadata is read unverified here: the client verifies everything anyway.
pub fn dir_entries(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read(&path).map_err(|source| SyncError::Read { path, source })
    };
    let ts_bytes = read(TIMESTAMP_FILE)?;
    let ts: Timestamp = jol_pack::format::open_unverified("timestamp", &ts_bytes)?;
    let manifest_bytes = read(&ts.manifest.name)?;
    let manifest: Manifest = jol_pack::format::open_unverified("manifest", &manifest_bytes)?;
    let mut entries: Vec<(String, Vec<u8>)> = vec![
        (TIMESTAMP_FILE.to_string(), ts_bytes),
        (ts.manifest.name.clone(), manifest_bytes),
    ];
    entries.push((manifest.full.name.clone(), read(&manifest.full.name)?));
    for d in &manifest.deltas {
        entries.push((d.pack.name.clone(), read(&d.pack.name)?));
    }
    Ok(entries)
}

/// Writes [`dir_entries`] of pack directory `dir` into one bundle at `out`.
pub fn write_bundle(dir: &Path, out: &Path) -> Result<u64> {
    let entries = dir_entries(dir)?;
    if let Some((name, _)) = entries.iter().find(|(name, _)| !is_safe_name(name)) {
        return Err(SyncError::Malformed {
            what: name.clone(),
            detail: "not a plain file name".into(),
        });
    }
    let bytes = jol_pack::bundle::encode(&entries);
    crate::build::write_atomic(out, &bytes)?;
    Ok(bytes.len() as u64)
}

/// Reads the entry `name` from the bundle at `path`, refusing more than `cap` bytes. Entries are
/// skipped by seeking, so a large bundle is never read whole.
pub fn read_entry(path: &Path, name: &str, cap: u64) -> Result<Vec<u8>> {
    let rerr = |source: std::io::Error| SyncError::Read {
        path: path.to_path_buf(),
        source,
    };
    let malformed = |detail: &str| SyncError::Malformed {
        what: path.display().to_string(),
        detail: format!("{detail}: not a Jol update file (.jolpack), or a damaged one"),
    };
    let mut f = std::fs::File::open(path).map_err(rerr)?;
    let len = f.metadata().map_err(rerr)?.len();
    let mut magic = [0u8; 8];
    f.read_exact(&mut magic)
        .map_err(|_| malformed("too short"))?;
    if &magic != MAGIC {
        return Err(malformed("wrong magic bytes"));
    }
    let mut pos = 8u64;
    while pos < len {
        let mut n = [0u8; 2];
        f.read_exact(&mut n)
            .map_err(|_| malformed("truncated entry"))?;
        let mut entry_name = vec![0u8; u16::from_le_bytes(n) as usize];
        f.read_exact(&mut entry_name)
            .map_err(|_| malformed("truncated entry name"))?;
        let mut s = [0u8; 8];
        f.read_exact(&mut s)
            .map_err(|_| malformed("truncated entry size"))?;
        let size = u64::from_le_bytes(s);
        pos += 2 + entry_name.len() as u64 + 8;
        if size > len - pos {
            return Err(malformed("an entry runs past the end"));
        }
        if entry_name == name.as_bytes() {
            if size > cap {
                return Err(SyncError::Size {
                    name: name.into(),
                    expected: cap,
                    got: size,
                });
            }
            let mut out = vec![0u8; size as usize];
            f.read_exact(&mut out).map_err(rerr)?;
            return Ok(out);
        }
        pos = f.seek(SeekFrom::Current(size as i64)).map_err(rerr)?;
    }
    Err(SyncError::Read {
        path: path.join(name),
        source: std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the update file has no such entry",
        ),
    })
}

/// Writes `entries` as a bundle, as they are (tests use it to build spoiled bundles).
pub fn write_entries(out: &mut impl Write, entries: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    out.write_all(&jol_pack::bundle::encode(entries))
}

/// Every entry of a bundle, in order (for tests and `jol pack verify FILE`).
pub fn read_entries(path: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let bytes = std::fs::read(path).map_err(|source| SyncError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    jol_pack::bundle::entries(&path.display().to_string(), &bytes)
}
