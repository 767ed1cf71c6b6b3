//! What a pack directory holds.
//!
//! Every signed file is an envelope `{"signed": "<base64 payload>", "signatures": [{"keyid",
//! "sig"}]}`: the signature is over the exact payload bytes, and the payload is parsed only after
//! a trusted signature over it checked out.

use crate::keys::{KeyPair, PublicKey};
use crate::{Result, SyncError};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use jol_types::Item;
use serde::{Deserialize, Serialize};

/// The one file a client fetches first.
pub const TIMESTAMP_FILE: &str = "timestamp.json";
/// The most a timestamp file may weigh before it is even looked at.
pub const TIMESTAMP_MAX_BYTES: u64 = 16 * 1024;

#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope {
    pub signed: String,
    pub signatures: Vec<SignatureEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SignatureEntry {
    pub keyid: String,
    pub sig: String,
}

/// Signs `payload` and wraps it into an envelope's JSON bytes.
pub fn seal<T: Serialize>(payload: &T, key: &KeyPair) -> Result<Vec<u8>> {
    let bytes = serde_json::to_vec(payload).map_err(|e| SyncError::Malformed {
        what: "payload".into(),
        detail: e.to_string(),
    })?;
    let env = Envelope {
        signed: B64.encode(&bytes),
        signatures: vec![SignatureEntry {
            keyid: key.public().keyid(),
            sig: B64.encode(key.sign(&bytes)),
        }],
    };
    let mut out = serde_json::to_vec_pretty(&env).map_err(|e| SyncError::Malformed {
        what: "envelope".into(),
        detail: e.to_string(),
    })?;
    out.push(b'\n');
    Ok(out)
}

/// Checks the envelope's signatures against `trusted` and only then parses the payload.
pub fn open<T: for<'de> Deserialize<'de>>(
    what: &str,
    bytes: &[u8],
    trusted: &[PublicKey],
) -> Result<T> {
    let malformed = |detail: String| SyncError::Malformed {
        what: what.to_string(),
        detail,
    };
    let env: Envelope = serde_json::from_slice(bytes).map_err(|e| malformed(e.to_string()))?;
    let payload = B64
        .decode(env.signed.as_bytes())
        .map_err(|e| malformed(e.to_string()))?;
    let ok = env.signatures.iter().any(|s| {
        let Ok(sig) = B64.decode(s.sig.as_bytes()) else {
            return false;
        };
        trusted
            .iter()
            .filter(|k| k.keyid() == s.keyid)
            .any(|k| k.verify(&payload, &sig))
    });
    if !ok {
        return Err(SyncError::BadSignature {
            what: what.to_string(),
        });
    }
    serde_json::from_slice(&payload).map_err(|e| malformed(e.to_string()))
}

/// Parses an envelope's payload without checking any signature: only for the publisher's own
/// tools (bundling a directory), never on the client's path.
pub fn open_unverified<T: for<'de> Deserialize<'de>>(what: &str, bytes: &[u8]) -> Result<T> {
    let malformed = |detail: String| SyncError::Malformed {
        what: what.to_string(),
        detail,
    };
    let env: Envelope = serde_json::from_slice(bytes).map_err(|e| malformed(e.to_string()))?;
    let payload = B64
        .decode(env.signed.as_bytes())
        .map_err(|e| malformed(e.to_string()))?;
    serde_json::from_slice(&payload).map_err(|e| malformed(e.to_string()))
}

/// A file named by the signed metadata, with its exact size and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackRef {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Timestamp {
    #[serde(rename = "type")]
    pub kind: String,
    pub version: u64,
    pub expires: i64,
    pub manifest: PackRef,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(rename = "type")]
    pub kind: String,
    pub version: u64,
    pub created: i64,
    pub expires: i64,
    /// `jol_content::content_hash` of the full item set.
    pub content_hash: String,
    pub item_count: u64,
    pub full: PackRef,
    pub deltas: Vec<DeltaRef>,
}

/// A delta from the content with `from_hash` (installed at `from_version`) to this manifest's.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeltaRef {
    pub from_version: u64,
    pub from_hash: String,
    pub pack: PackRef,
}

/// The full pack: every item, derived text included.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FullPack {
    pub kind: String,
    pub content_hash: String,
    pub items: Vec<Item>,
}

/// A delta pack: items added or changed, ids removed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delta {
    pub kind: String,
    pub from_hash: String,
    pub to_hash: String,
    pub upsert: Vec<Item>,
    pub remove: Vec<String>,
}

pub fn manifest_file(version: u64) -> String {
    format!("manifest-{version}.json")
}

/// Packs are deflate (zlib) compressed JSON.
pub fn compress(json: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(json, 9)
}

/// Decompresses at most `limit` bytes, so a small pack cannot expand into a huge one.
pub fn decompress(name: &str, bytes: &[u8], limit: usize) -> Result<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, limit).map_err(|e| {
        SyncError::Malformed {
            what: name.to_string(),
            detail: format!("cannot decompress: {e:?}"),
        }
    })
}

/// The most a pack may decompress to.
pub const PACK_MAX_EXPANDED: usize = 64 * 1024 * 1024;

pub fn parse_pack<T: for<'de> Deserialize<'de>>(name: &str, bytes: &[u8]) -> Result<T> {
    let json = decompress(name, bytes, PACK_MAX_EXPANDED)?;
    serde_json::from_slice(&json).map_err(|e| SyncError::Malformed {
        what: name.to_string(),
        detail: e.to_string(),
    })
}
