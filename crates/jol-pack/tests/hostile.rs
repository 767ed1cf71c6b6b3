//! Hostile input, generated: an update file or a mirror can hold anything, so the pack reader is
//! fed arbitrary and spoiled bytes. Nothing panics, and nothing is applied unless the trusted key
//! signed exactly it.
//!
//! Deterministic: a fixed seed and no failure persistence, so a run is the same every time; a
//! counterexample found is printed, and belongs in a plain test beside the code it breaks.

use jol_pack::bundle;
use jol_pack::flow::{Fetch, Target, Update};
use jol_pack::format::{
    compress, open, open_unverified, parse_pack, seal, Delta, FullPack, PackRef, TIMESTAMP_FILE,
};
use jol_pack::{
    check_timestamp, sha256_hex, KeyPair, Manifest, PublicKey, SyncError, SyncOutcome, Timestamp,
};
use jol_types::Item;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

const SEED: [u8; 16] = *b"jol-pack-hostile";
/// 2026-12-08 00:00 UTC.
const NOW: i64 = 1_796_688_000;

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::XorShift, &SEED))
}

/// Runs a future that never waits: every [`Fetch`] here answers at once.
fn now_or_never<T>(f: impl Future<Output = T>) -> T {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the update waited on a fetch that answers at once"),
    }
}

/// Bytes a reader might meet: anything, and anything behind each format's first bytes (a
/// bundle's magic, a zstd frame, an envelope's JSON), so the parsers get past their first check.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let any = prop::collection::vec(any::<u8>(), 0..512);
    prop_oneof![
        any.clone(),
        any.clone()
            .prop_map(|b| [bundle::MAGIC.as_slice(), &b].concat()),
        // The fastest level: the reader cannot tell, and the cases run quicker.
        any.clone()
            .prop_map(|b| zstd::encode_all(b.as_slice(), 1).expect("compresses")),
        any.clone()
            .prop_map(|b| [&[0x28, 0xb5, 0x2f, 0xfd][..], &b].concat()),
        (any.clone(), any).prop_map(|(s, g)| {
            use base64::Engine;
            let b64 = base64::engine::general_purpose::STANDARD;
            format!(
                r#"{{"signed":"{}","signatures":[{{"keyid":"{}","sig":"{}"}}]}}"#,
                b64.encode(&s),
                trusted_key().public().keyid(),
                b64.encode(&g)
            )
            .into_bytes()
        }),
    ]
}

fn trusted_key() -> KeyPair {
    KeyPair::from_seed(&[7; 32])
}

fn attacker_key() -> KeyPair {
    KeyPair::from_seed(&[66; 32])
}

#[test]
fn arbitrary_bytes_never_panic_the_readers() {
    let trusted = [trusted_key().public()];
    runner(1000)
        .run(&hostile_bytes(), |bytes| {
            // Each returns an error or a value; only a panic (or an abort) fails the case.
            let _ = parse_pack::<FullPack>("x.pack", &bytes);
            let _ = parse_pack::<Delta>("x.pack", &bytes);
            let _ = open::<Timestamp>("timestamp", &bytes, &trusted);
            let _ = open::<Manifest>("manifest", &bytes, &trusted);
            let _ = open_unverified::<Manifest>("manifest", &bytes);
            let _ = check_timestamp(&bytes, &trusted, NOW, true);
            let _ = check_timestamp(&bytes, &trusted, NOW, false);
            if let Ok(entries) = bundle::entries("update.jolpack", &bytes) {
                // What it read is all there was: the entries' headers and bytes add up to it.
                let read: usize = entries.iter().map(|(_, d)| 10 + d.len()).sum();
                prop_assert!(read + bundle::MAGIC.len() <= bytes.len());
            }
            // Nothing in them is signed by the trusted key.
            prop_assert!(open::<serde_json::Value>("any", &bytes, &trusted).is_err());
            Ok(())
        })
        .unwrap();
}

/// A source that answers every name from a map, and anything else with `default`.
struct Files {
    files: BTreeMap<String, Vec<u8>>,
    default: Vec<u8>,
}

impl Fetch for Files {
    async fn fetch(&self, name: &str, _cap: u64, _resume: bool) -> jol_pack::Result<Vec<u8>> {
        Ok(self.files.get(name).unwrap_or(&self.default).clone())
    }
}

/// Content in memory, recording what an update did to it.
#[derive(Default)]
struct Installed {
    highest: u64,
    items: Vec<Item>,
    applied: RefCell<u32>,
}

impl Target for Installed {
    fn highest_version(&self) -> jol_pack::Result<u64> {
        Ok(self.highest)
    }
    fn set_highest_version(&mut self, version: u64) -> jol_pack::Result<()> {
        self.highest = version;
        Ok(())
    }
    fn installed(&self) -> jol_pack::Result<(Vec<Item>, Option<String>)> {
        Ok((self.items.clone(), None))
    }
    fn apply_update(
        &mut self,
        _old: &[Item],
        _old_hash: &str,
        new: &[Item],
        _manifest: &Manifest,
    ) -> jol_pack::Result<()> {
        *self.applied.borrow_mut() += 1;
        self.items = new.to_vec();
        Ok(())
    }
    fn apply_items(&mut self, items: &[Item], _manifest: &Manifest) -> jol_pack::Result<()> {
        *self.applied.borrow_mut() += 1;
        self.items = items.to_vec();
        Ok(())
    }
}

fn run(
    files: &Files,
    trusted: &[PublicKey],
    target: &mut Installed,
) -> jol_pack::Result<SyncOutcome> {
    let update = Update {
        fetch: files,
        trusted,
        now: NOW,
        enforce_expiry: true,
        progress: &|_| {},
    };
    now_or_never(update.run(target))
}

fn item(id: &str, title: &str) -> Item {
    serde_json::from_value(serde_json::json!({
        "id": id,
        "kind": "right",
        "verified_on": "2026-11-01",
        "text": {"en": {"title": title, "summary": "A test item.", "review": "source"}},
    }))
    .expect("a minimal item")
}

/// A complete, consistent source for `items` at `version`, signed by `key`.
fn source(items: &[Item], version: u64, key: &KeyPair) -> BTreeMap<String, Vec<u8>> {
    let content_hash = jol_content::content_hash(items).expect("hash");
    let full = FullPack {
        kind: "full".into(),
        content_hash: content_hash.clone(),
        items: items.to_vec(),
    };
    let pack = compress(&serde_json::to_vec(&full).expect("json")).expect("compress");
    let pack_ref = |bytes: &[u8], name: String| PackRef {
        name,
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
    };
    let full_ref = pack_ref(&pack, jol_pack::format::pack_file(&sha256_hex(&pack)));
    let manifest = Manifest {
        kind: "manifest".into(),
        version,
        created: NOW - 60,
        expires: NOW + 86_400,
        content_hash,
        item_count: items.len() as u64,
        full: full_ref.clone(),
        deltas: Vec::new(),
    };
    let manifest_bytes = seal(&manifest, key).expect("seal");
    let manifest_ref = pack_ref(&manifest_bytes, jol_pack::format::manifest_file(version));
    let timestamp = Timestamp {
        kind: "timestamp".into(),
        version,
        expires: NOW + 3600,
        manifest: manifest_ref.clone(),
    };
    BTreeMap::from([
        (
            TIMESTAMP_FILE.to_string(),
            seal(&timestamp, key).expect("seal"),
        ),
        (manifest_ref.name, manifest_bytes),
        (full_ref.name, pack),
    ])
}

fn genuine_items() -> Vec<Item> {
    vec![item("kg.genuine", "Genuine")]
}

/// The control for the properties below: the same harness does apply a source the trusted key
/// signed, so "never updated" is about the bytes, not a harness that cannot update.
#[test]
fn a_trusted_source_updates() {
    let files = Files {
        files: source(&genuine_items(), 3, &trusted_key()),
        default: Vec::new(),
    };
    let mut target = Installed::default();
    let outcome = run(&files, &[trusted_key().public()], &mut target).expect("updates");
    assert!(
        matches!(outcome, SyncOutcome::Updated { version: 3, .. }),
        "{outcome:?}"
    );
    assert_eq!(target.items, genuine_items());
    assert_eq!(target.highest, 3);
}

#[test]
fn arbitrary_bytes_for_every_file_never_update() {
    let trusted = [trusted_key().public()];
    runner(300)
        .run(
            &(hostile_bytes(), hostile_bytes()),
            |(timestamp, default)| {
                let files = Files {
                    files: BTreeMap::from([(TIMESTAMP_FILE.to_string(), timestamp)]),
                    default,
                };
                let mut target = Installed {
                    highest: 2,
                    ..Installed::default()
                };
                let outcome = run(&files, &trusted, &mut target);
                prop_assert!(outcome.is_err(), "{outcome:?}");
                prop_assert_eq!(*target.applied.borrow(), 0);
                prop_assert_eq!(target.highest, 2);
                Ok(())
            },
        )
        .unwrap();
}

/// A consistent source signed by a key nobody trusts, with arbitrary items' titles: refused at the
/// timestamp for its signature, and nothing is recorded or applied.
#[test]
fn a_source_signed_by_another_key_never_updates() {
    let trusted = [trusted_key().public()];
    let strategy = (any::<String>(), 1u64..1_000_000);
    runner(60)
        .run(&strategy, |(title, version)| {
            let files = Files {
                files: source(&[item("kg.forged", &title)], version, &attacker_key()),
                default: Vec::new(),
            };
            let mut target = Installed::default();
            let outcome = run(&files, &trusted, &mut target);
            prop_assert!(
                matches!(outcome, Err(SyncError::BadSignature { .. })),
                "{outcome:?}"
            );
            prop_assert_eq!(*target.applied.borrow(), 0);
            prop_assert_eq!(target.highest, 0);
            Ok(())
        })
        .unwrap();
}

/// The trusted source with one file spoiled: a byte changed, the file cut, or the file replaced
/// by arbitrary bytes. An update either fails, leaving the content as it was, or installs exactly
/// the signed items (a change the signature does not cover, such as the envelope's spacing).
#[test]
fn a_spoiled_trusted_source_installs_only_what_was_signed() {
    let trusted = [trusted_key().public()];
    let genuine = source(&genuine_items(), 3, &trusted_key());
    let names: Vec<String> = genuine.keys().cloned().collect();
    let strategy = (
        0..names.len(),
        any::<prop::sample::Index>(),
        any::<u8>(),
        0u8..3,
        prop::collection::vec(any::<u8>(), 0..256),
    );
    runner(400)
        .run(&strategy, |(file, at, byte, how, junk)| {
            let mut files = genuine.clone();
            let bytes = files.get_mut(&names[file]).expect("a file");
            let at = at.index(bytes.len());
            match how {
                0 => bytes[at] = byte,
                1 => bytes.truncate(at),
                _ => *bytes = junk,
            }
            let files = Files {
                files,
                default: Vec::new(),
            };
            let mut target = Installed::default();
            match run(&files, &trusted, &mut target) {
                Ok(SyncOutcome::Updated { .. }) => prop_assert_eq!(&target.items, &genuine_items()),
                Ok(other) => prop_assert!(false, "{other:?}"),
                Err(_) => prop_assert!(target.items.is_empty()),
            }
            Ok(())
        })
        .unwrap();
}
