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
    // Compact, not pretty: the timestamp and the manifest are fetched on every check, so their
    // bytes count against the one-item-change budget (see docs/publishing.md).
    let mut out = serde_json::to_vec(&env).map_err(|e| SyncError::Malformed {
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
    let (env, payload) = decode_envelope(what, bytes)?;
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
    parse_payload(what, &payload)
}

/// Parses an envelope's payload without checking any signature: only for the publisher's own
/// tools (bundling a directory), never on the client's path.
pub fn open_unverified<T: for<'de> Deserialize<'de>>(what: &str, bytes: &[u8]) -> Result<T> {
    let (_, payload) = decode_envelope(what, bytes)?;
    parse_payload(what, &payload)
}

/// The envelope and its payload bytes, not yet trusted.
fn decode_envelope(what: &str, bytes: &[u8]) -> Result<(Envelope, Vec<u8>)> {
    let env: Envelope = serde_json::from_slice(bytes).map_err(|e| malformed(what, e))?;
    let payload = B64
        .decode(env.signed.as_bytes())
        .map_err(|e| malformed(what, e))?;
    Ok((env, payload))
}

fn parse_payload<T: for<'de> Deserialize<'de>>(what: &str, payload: &[u8]) -> Result<T> {
    serde_json::from_slice(payload).map_err(|e| malformed(what, e))
}

fn malformed(what: &str, e: impl std::fmt::Display) -> SyncError {
    SyncError::Malformed {
        what: what.to_string(),
        detail: e.to_string(),
    }
}

/// A file named by the signed metadata, with its exact size and hash.
///
/// On the wire `name` is left out when it is `<sha256>.pack` (every pack's name): it would repeat
/// 64 hex digits in every reference of a manifest that is fetched on every check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "PackRefWire", into = "PackRefWire")]
pub struct PackRef {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

#[derive(Serialize, Deserialize)]
struct PackRefWire {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    sha256: String,
    size: u64,
}

impl From<PackRefWire> for PackRef {
    fn from(w: PackRefWire) -> PackRef {
        let name = if w.name.is_empty() {
            pack_file(&w.sha256)
        } else {
            w.name
        };
        PackRef {
            name,
            sha256: w.sha256,
            size: w.size,
        }
    }
}

impl From<PackRef> for PackRefWire {
    fn from(r: PackRef) -> PackRefWire {
        let name = if r.name == pack_file(&r.sha256) {
            String::new()
        } else {
            r.name
        };
        PackRefWire {
            name,
            sha256: r.sha256,
            size: r.size,
        }
    }
}

/// The file name of the pack whose bytes have this sha256.
pub fn pack_file(sha256: &str) -> String {
    format!("{sha256}.pack")
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

/// A delta pack: items added whole, changed items as JSON merge patches, ids removed.
///
/// Which content it applies to and what it gives are in the signed manifest's [`DeltaRef`]
/// (`from_hash`) and `content_hash`, which pin this pack's sha256; repeating them here would cost
/// about 130 incompressible bytes of a budget of 2 KB.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Delta {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patch: Vec<ItemPatch>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
}

/// A changed item: an RFC 7396 JSON merge patch from the old item's JSON to the new one's.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemPatch {
    pub id: String,
    pub patch: serde_json::Value,
}

/// The key of an element-wise array patch (see [`merge_diff`]); no key of the content model's
/// JSON looks like it.
pub const ARRAY_PATCH: &str = "[]";

/// The merge patch that turns `old` into `new`: RFC 7396 (objects patched key by key, a removed
/// key is `null`, other values replaced whole), with one extension for arrays, which RFC 7396
/// replaces whole: an array of unchanged length whose new form is smaller as a patch is sent as
/// `{"[]": {"INDEX": patch, …}}`, each element patched the same way. Without it a word changed
/// in one step of a guide would send every step in every locale (about 8 KB instead of 200 B).
/// `None` when equal.
pub fn merge_diff(old: &serde_json::Value, new: &serde_json::Value) -> Option<serde_json::Value> {
    use serde_json::{Map, Value};
    if old == new {
        return None;
    }
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            let mut out = Map::new();
            for (k, nv) in n {
                match o.get(k) {
                    Some(ov) => {
                        if let Some(d) = merge_diff(ov, nv) {
                            out.insert(k.clone(), d);
                        }
                    }
                    None => {
                        out.insert(k.clone(), nv.clone());
                    }
                }
            }
            for k in o.keys() {
                if !n.contains_key(k) {
                    out.insert(k.clone(), Value::Null);
                }
            }
            Some(Value::Object(out))
        }
        (Value::Array(o), Value::Array(n)) if o.len() == n.len() => {
            let elements: Map<String, Value> = o
                .iter()
                .zip(n)
                .enumerate()
                .filter_map(|(i, (ov, nv))| merge_diff(ov, nv).map(|d| (i.to_string(), d)))
                .collect();
            let mut patch = Map::new();
            patch.insert(ARRAY_PATCH.to_string(), Value::Object(elements));
            let patch = Value::Object(patch);
            if patch.to_string().len() < new.to_string().len() {
                Some(patch)
            } else {
                Some(new.clone())
            }
        }
        _ => Some(new.clone()),
    }
}

/// Applies a patch made by [`merge_diff`] to `target`. A patch that does not fit (an element
/// index past the end) is applied as far as it fits: the caller checks the result's hash anyway.
pub fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::{Map, Value};
    let Value::Object(p) = patch else {
        *target = patch.clone();
        return;
    };
    if let (Value::Array(t), Some(Value::Object(elements)), 1) =
        (&mut *target, p.get(ARRAY_PATCH), p.len())
    {
        for (i, ep) in elements {
            if let Some(element) = i.parse::<usize>().ok().and_then(|i| t.get_mut(i)) {
                merge_patch(element, ep);
            }
        }
        return;
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(t) = target {
        for (k, v) in p {
            if v.is_null() {
                t.remove(k);
            } else {
                merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

pub fn manifest_file(version: u64) -> String {
    format!("manifest-{version}.json")
}

/// The zstd level packs are compressed at: slow to build (once, by the publisher), no slower to
/// decompress, and the smallest packs for the phones.
pub const ZSTD_LEVEL: i32 = 19;

/// Packs are zstd-compressed JSON.
pub fn compress(json: &[u8]) -> Result<Vec<u8>> {
    zstd::stream::encode_all(json, ZSTD_LEVEL).map_err(|e| SyncError::Malformed {
        what: "pack".into(),
        detail: format!("cannot compress: {e}"),
    })
}

/// Decompresses at most `limit` bytes, so a small pack cannot expand into a huge one: the
/// streaming decoder is read through `take(limit + 1)`, and one byte more than `limit` is refused.
pub fn decompress(name: &str, bytes: &[u8], limit: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let malformed = |detail: String| SyncError::Malformed {
        what: name.to_string(),
        detail,
    };
    let decoder = zstd::stream::read::Decoder::new(bytes)
        .map_err(|e| malformed(format!("cannot decompress: {e}")))?;
    let mut out = Vec::new();
    decoder
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| malformed(format!("cannot decompress: {e}")))?;
    if out.len() > limit {
        return Err(malformed(format!("expands to more than {limit} bytes")));
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_diff_and_patch_round_trip() {
        let cases = [
            (
                json!({"a": 1, "b": {"c": 2, "d": 3}}),
                json!({"a": 1, "b": {"c": 5}}),
            ),
            (json!({"a": [1, 2, 3]}), json!({"a": [1, 2]})),
            (
                json!({"s": [{"t": {"en": "x", "ru": "y"}}, {"t": {"en": "z"}}]}),
                json!({"s": [{"t": {"en": "x", "ru": "y"}}, {"t": {"en": "w"}}]}),
            ),
            (json!({"a": {"b": 1}}), json!({"a": [1]})),
            (json!({"a": [1]}), json!({"a": {"b": 1}})),
            (json!({"a": [null, 1]}), json!({"a": [2, null]})),
        ];
        for (old, new) in cases {
            let patch = merge_diff(&old, &new).expect("differs");
            let mut v = old.clone();
            merge_patch(&mut v, &patch);
            assert_eq!(v, new, "patch {patch}");
        }
        // An element-wise patch is used where it is smaller.
        let old = json!({"s": [{"t": "a long unchanged text"}, {"t": "b"}]});
        let new = json!({"s": [{"t": "a long unchanged text"}, {"t": "c"}]});
        assert_eq!(
            merge_diff(&old, &new).unwrap(),
            json!({"s": {"[]": {"1": {"t": "c"}}}})
        );
    }
}
