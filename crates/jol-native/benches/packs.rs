//! `cargo bench -p jol-native`: what a one-item change costs a phone, on the real dataset.
//!
//! Builds `assets/content` into a pack directory with a throwaway key, then several versions in
//! a row, each changing one phone number in one contact item (so the manifest lists as many
//! deltas as it does in steady state), syncing a data directory along from the folder. Prints:
//! - bytes on the wire for the last one-item change: timestamp + manifest + delta pack (goal
//!   ≤ 2 KB);
//! - bytes for the full dataset: timestamp + manifest + full pack (goal ≤ 1 MB);
//! - the time `Updater::run` takes to apply that delta (median of several runs; goal ≤ 50 ms),
//!   and, for comparison, a full pack.

use jol_native::format::{parse_pack, FullPack, TIMESTAMP_FILE};
use jol_native::{build_from_items, BuildOptions, KeyPair, Source, SyncOutcome, Updater};
use jol_types::Item;
use std::path::Path;
use std::time::{Duration, Instant};

const VERSIONS: usize = 6;
const RUNS: usize = 9;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let tmp = tempfile::tempdir().expect("temp dir");
    let packs = tmp.path().join("packs");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    let key = KeyPair::generate();
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let now = jol_native::now();

    let mut opts = BuildOptions::new(&content, &key, &packs);
    opts.now = now;
    let built = jol_native::build_packs(&opts).expect("assets/content builds");
    let full: FullPack = parse_pack(
        &built.full.name,
        &std::fs::read(packs.join(&built.full.name)).expect("full pack"),
    )
    .expect("full pack parses");
    let mut items = full.items;
    let contact = items
        .iter()
        .position(|i| i.contact.as_ref().is_some_and(|c| !c.phones.is_empty()))
        .expect("a contact item with a phone");
    println!(
        "{} items; the change: one phone number of `{}`",
        items.len(),
        items[contact].id
    );

    let sync = |dir: &Path| -> (SyncOutcome, Duration) {
        let mut u =
            Updater::new(Source::Dir(packs.clone()), vec![key.public()], dir).expect("updater");
        u.now = now + 3600;
        let started = Instant::now();
        let out = rt.block_on(u.run()).expect("syncs");
        (out, started.elapsed())
    };
    let (out, full_time) = sync(&data);
    let SyncOutcome::Updated {
        bytes_fetched: full_bytes,
        used_delta: false,
        ..
    } = out
    else {
        panic!("expected a full update, got {out:?}")
    };

    let snapshot = tmp.path().join("snapshot");
    let mut last = None;
    for v in 1..=VERSIONS {
        if v == VERSIONS {
            copy_dir(&data, &snapshot);
        }
        edit_phone(&mut items[contact], v);
        let mut opts = BuildOptions::new(&content, &key, &packs);
        opts.now = now + v as i64;
        opts.previous = Some(packs.clone());
        last = Some(build_from_items(&opts, items.clone()).expect("builds"));
        let (out, _) = sync(&data);
        assert!(
            matches!(
                out,
                SyncOutcome::Updated {
                    used_delta: true,
                    ..
                }
            ),
            "version {v}: expected a delta, got {out:?}"
        );
    }
    let last = last.expect("built");

    let mut times = Vec::new();
    let mut wire = 0;
    for _ in 0..RUNS {
        let _ = std::fs::remove_dir_all(&data);
        copy_dir(&snapshot, &data);
        let (out, t) = sync(&data);
        let SyncOutcome::Updated {
            bytes_fetched,
            used_delta: true,
            ..
        } = out
        else {
            panic!("expected a delta, got {out:?}")
        };
        wire = bytes_fetched;
        times.push(t);
    }
    times.sort();
    let median = times[RUNS / 2];

    let size = |name: &str| std::fs::metadata(packs.join(name)).map_or(0, |m| m.len());
    let ts = size(TIMESTAMP_FILE);
    let manifest = size(&jol_native::format::manifest_file(last.version));
    let delta = last.deltas.last().map_or(0, |d| d.pack.size);
    println!(
        "one-item change: {wire} bytes on the wire (timestamp {ts} + manifest {manifest} with {} deltas + delta {delta}); goal ≤ 2048",
        last.deltas.len()
    );
    println!(
        "full dataset: {full_bytes} bytes on the wire (full pack {}); goal ≤ 1048576",
        last.full.size
    );
    println!(
        "apply one-item delta: median {:.1} ms of {RUNS} runs (min {:.1}, max {:.1}); goal ≤ 50 ms",
        ms(median),
        ms(times[0]),
        ms(times[RUNS - 1])
    );
    println!("apply full pack (first install): {:.1} ms", ms(full_time));

    // A second kind of one-fact change: a word in one step of a guide, in one locale (steps are
    // an array, where a plain merge patch would replace every step in every locale).
    let guide = items
        .iter()
        .position(|i| i.steps.len() > 2)
        .expect("a guide with steps");
    let step = &mut items[guide].steps[1];
    let text = step.text.values_mut().next().expect("step text");
    text.title.push_str(" (updated)");
    let mut opts = BuildOptions::new(&content, &key, &packs);
    opts.now = now + VERSIONS as i64 + 1;
    opts.previous = Some(packs.clone());
    let built = build_from_items(&opts, items.clone()).expect("builds");
    let (out, _) = sync(&data);
    let SyncOutcome::Updated {
        bytes_fetched,
        used_delta: true,
        ..
    } = out
    else {
        panic!("expected a delta, got {out:?}")
    };
    println!(
        "one step of `{}` changed: {bytes_fetched} bytes on the wire (delta {}); goal ≤ 2048",
        items[guide].id,
        built.deltas.last().map_or(0, |d| d.pack.size)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Changes the last digits of the item's first phone number: one fact, as an editor would.
fn edit_phone(item: &mut Item, v: usize) {
    let contact = item.contact.as_mut().expect("contact");
    let phone = &mut contact.phones[0];
    let keep = phone.number.len().saturating_sub(2);
    phone.number.truncate(keep);
    phone.number.push_str(&format!("{:02}", v % 100));
    let keep = phone.display.len().saturating_sub(2);
    phone.display.truncate(keep);
    phone.display.push_str(&format!("{:02}", v % 100));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy");
        }
    }
}
