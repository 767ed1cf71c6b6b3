//! The real `jol sync` process, killed (SIGKILL) at random moments spread over a whole run: after
//! each kill `content.db` must open, pass `PRAGMA integrity_check`, and hold either the old or the
//! new version — never a mix — and `user.db` must be byte for byte what it was. Then an
//! uninterrupted sync must still succeed over whatever the killed one left behind.
//!
//! Both apply paths are covered: a full pack (a new database built beside the old one) and a
//! delta (an update in place on a copy). The delays come from a PRNG seeded from the clock; the
//! seed is printed, and `JOL_CRASH_SEED=N` replays a run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kills per apply path (full, delta).
const KILLS: usize = 16;

fn jol(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jol"));
    c.args(args).stdout(Stdio::null()).stderr(Stdio::piped());
    c
}

fn run(args: &[&str]) {
    let out = jol(args).output().expect("jol runs");
    assert!(
        out.status.success(),
        "jol {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// xorshift64*: enough to spread delays, and replayable from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform-ish in `0..=max`.
    fn below(&mut self, max: Duration) -> Duration {
        let n = max.as_micros().max(1) as u64;
        Duration::from_micros(self.next() % (n + 1))
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// A copy of the dataset with one fact changed (a phone number as it is displayed).
fn content_version(tmp: &Path, name: &str, display: &str) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let dir = tmp.join(name);
    copy_tree(&src, &dir);
    let file = dir.join("contacts/contact.ae-mohre-complaint-line.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("display = \"80060\""), "the fact to change");
    std::fs::write(
        &file,
        text.replace("display = \"80060\"", &format!("display = \"{display}\"")),
    )
    .unwrap();
    dir
}

/// The content hash `content.db` holds, after checking it opens and passes `integrity_check`,
/// and that its items hash to what its meta says.
fn content_hash(data: &Path) -> String {
    let path = data.join("content.db");
    let conn = rusqlite::Connection::open(&path).expect("content.db opens");
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "integrity_check");
    let meta: String = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'content_hash'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let items = jol_native::installed_items(data).expect("items read");
    let hash = jol_content::content_hash(&items).unwrap();
    assert_eq!(hash, meta, "the items are the version meta names");
    hash
}

fn sync_cmd(packs: &Path, key_pub: &Path, data: &Path) -> Command {
    jol(&[
        "sync",
        "--json",
        "--from",
        packs.to_str().unwrap(),
        "--trust",
        key_pub.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ])
}

#[test]
fn a_sync_killed_at_any_moment_leaves_the_old_or_the_new_content() {
    let seed = std::env::var("JOL_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    eprintln!("crash test seed: {seed} (JOL_CRASH_SEED={seed} replays it)");
    let mut rng = Rng(seed);

    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let key = t.join("KEY");
    let key_pub = t.join("KEY.pub");
    run(&["pack", "keygen", "--out", key.to_str().unwrap()]);
    let c1 = content_version(t, "c1", "800 60");
    let c2 = content_version(t, "c2", "8006 0");
    let p1 = t.join("packs1");
    let p2 = t.join("packs2");
    for (content, out, prev) in [(&c1, &p1, None), (&c2, &p2, Some(&p1))] {
        let mut args = vec![
            "pack",
            "build",
            "--content",
            content.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        if let Some(prev) = prev {
            args.extend(["--previous", prev.to_str().unwrap()]);
        }
        run(&args);
    }
    let trusted = [jol_native::read_public_key_arg(key_pub.to_str().unwrap()).unwrap()];
    let now = jol_native::now();
    let h1 = jol_native::verify_dir(&p1, &trusted, now)
        .unwrap()
        .manifest
        .content_hash;
    let h2 = jol_native::verify_dir(&p2, &trusted, now)
        .unwrap()
        .manifest
        .content_hash;

    // The app as installed: the built-in dataset, and a user.db with a setting in it.
    let base0 = t.join("base0");
    let d = base0.to_str().unwrap();
    run(&["info", "--data-dir", d]);
    run(&["settings", "--data-dir", d, "--locale", "ky"]);
    assert!(base0.join("user.db").exists());
    let h0 = content_hash(&base0);
    // The same at version 1, so version 2 comes as a delta.
    let base1 = t.join("base1");
    copy_tree(&base0, &base1);
    let out = sync_cmd(&p1, &key_pub, &base1).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(content_hash(&base1), h1);

    for (path, template, packs, old, new) in [
        ("full pack", &base0, &p1, &h0, &h1),
        ("delta", &base1, &p2, &h1, &h2),
    ] {
        // One whole run, to spread the kills over it.
        let probe = t.join(format!("probe-{}", path.replace(' ', "-")));
        copy_tree(template, &probe);
        let started = Instant::now();
        let out = sync_cmd(packs, &key_pub, &probe).output().unwrap();
        let whole = started.elapsed();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(&content_hash(&probe), new);
        eprintln!("{path}: one run takes {whole:?}");

        let user_before = std::fs::read(template.join("user.db")).unwrap();
        let (mut saw_old, mut saw_new) = (0, 0);
        for i in 0..KILLS {
            let data = t.join(format!("run-{}-{i}", path.replace(' ', "-")));
            copy_tree(template, &data);
            // Half the kills anywhere in the run, half in its second half, where the apply is
            // (the first half is mostly starting up, opening the databases and verifying).
            let delay = if i % 2 == 0 {
                rng.below(whole + whole / 10)
            } else {
                whole / 2 + rng.below(whole / 2 + whole / 10)
            };
            let mut child = sync_cmd(packs, &key_pub, &data)
                .stderr(Stdio::null())
                .spawn()
                .expect("jol sync starts");
            std::thread::sleep(delay);
            let _ = child.kill(); // SIGKILL; an error means it had already finished
            let _ = child.wait();

            let hash = content_hash(&data);
            assert!(
                hash == *old || hash == *new,
                "{path}, kill {i} after {delay:?} (seed {seed}): content is neither version"
            );
            if hash == *old {
                saw_old += 1;
            } else {
                saw_new += 1;
            }
            assert_eq!(
                std::fs::read(data.join("user.db")).unwrap(),
                user_before,
                "{path}, kill {i} after {delay:?} (seed {seed}): user.db changed"
            );
            // Whatever the killed run left (a .sync-part, a .part download), a sync now works.
            if i % 3 == 2 || i == KILLS - 1 {
                let out = sync_cmd(packs, &key_pub, &data).output().unwrap();
                assert!(
                    out.status.success(),
                    "{path}, after kill {i} (seed {seed}): {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                assert_eq!(&content_hash(&data), new);
                assert_eq!(std::fs::read(data.join("user.db")).unwrap(), user_before);
            }
            let _ = std::fs::remove_dir_all(&data);
        }
        eprintln!("{path}: {KILLS} kills, {saw_old} left the old version, {saw_new} the new");
    }
}
