//! Single-file bundles: a whole pack directory in one byte string (`jol pack bundle`), for "update
//! from file" — a pack received by messenger or carried on a USB stick.
//!
//! The format is deliberately dumb, so that nothing in it needs trusting: the magic bytes
//! `JOLPACK1`, then entries, each `u16` name length (little-endian), the name (UTF-8, a plain
//! pack-directory file name), `u64` size (little-endian) and the bytes. A bundle is only a
//! container: a client reads an entry by name with the same size cap and verifies it exactly as it
//! would verify the file of that name in a directory (signature first, then size and sha256).

use crate::{Result, SyncError};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"JOLPACK1";
/// The file name `jol pack build` gives the bundle it writes beside the directory's files.
pub const BUNDLE_FILE: &str = "update.jolpack";

/// `entries` as a bundle, as they are (names are not checked: tests build spoiled bundles).
pub fn encode(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (name, data) in entries {
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(data.len() as u64).to_le_bytes());
        out.extend_from_slice(data);
    }
    out
}

/// Every entry of the bundle `bytes`, in order; `what` names it in errors.
pub fn entries(what: &str, bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
    let malformed = |detail: &str| SyncError::Malformed {
        what: what.to_string(),
        detail: detail.to_string(),
    };
    let mut rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or_else(|| malformed("wrong magic bytes"))?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let take = |rest: &mut &[u8], n: usize| -> Result<Vec<u8>> {
            if rest.len() < n {
                return Err(malformed("truncated entry"));
            }
            let (a, b) = rest.split_at(n);
            *rest = b;
            Ok(a.to_vec())
        };
        let n = take(&mut rest, 2)?;
        let name = take(&mut rest, u16::from_le_bytes([n[0], n[1]]) as usize)?;
        let s = take(&mut rest, 8)?;
        let mut size = [0u8; 8];
        size.copy_from_slice(&s);
        let size =
            usize::try_from(u64::from_le_bytes(size)).map_err(|_| malformed("entry too large"))?;
        let data = take(&mut rest, size)?;
        out.push((String::from_utf8_lossy(&name).into_owned(), data));
    }
    Ok(out)
}

/// The entry `name` of the bundle `bytes`, refusing more than `cap` bytes.
pub fn entry(what: &str, bytes: &[u8], name: &str, cap: u64) -> Result<Vec<u8>> {
    let found = entries(what, bytes)?
        .into_iter()
        .find(|(n, _)| n == name)
        .ok_or_else(|| SyncError::Malformed {
            what: what.to_string(),
            detail: format!("the update file has no entry `{name}`"),
        })?;
    if found.1.len() as u64 > cap {
        return Err(SyncError::Size {
            name: name.into(),
            expected: cap,
            got: found.1.len() as u64,
        });
    }
    Ok(found.1)
}
