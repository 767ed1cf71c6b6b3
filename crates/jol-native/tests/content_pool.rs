//! The core's read connections on `content.db` (issue #14): reads run side by side instead of
//! queueing on one connection, and a file renamed into place by another process is read from the
//! next second on — checked first, so a damaged one is never read.

use jol_core::{ContentStore, Transport};
use jol_types::api::Info;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Barrier};
use std::time::Duration;

fn hash(jol: &jol_core::Jol) -> String {
    jol.call_typed(&Info {}, Transport::Http)
        .expect("info")
        .content_hash
}

/// Renames `bytes` over `dir/content.db`, as `jol sync` installs a new file.
fn rename_into_place(dir: &Path, bytes: &[u8]) {
    let tmp = dir.join("content.db.other");
    std::fs::write(&tmp, bytes).unwrap();
    std::fs::rename(&tmp, dir.join("content.db")).unwrap();
}

#[test]
fn two_reads_hold_a_connection_each_at_the_same_time() {
    let dir = tempfile::tempdir().unwrap();
    let jol = Arc::new(jol_native::open(dir.path(), jol_dataset::builtin()).expect("open"));
    assert!(jol.content_connections() >= 2);
    // Each read waits inside its connection until the other is inside its own: with one
    // connection behind one lock, neither would ever get there.
    let both_in = Arc::new(Barrier::new(2));
    let (tx, rx) = mpsc::channel();
    for _ in 0..2 {
        let (jol, both_in, tx) = (jol.clone(), both_in.clone(), tx.clone());
        std::thread::spawn(move || {
            let n = jol.with_content(|c| {
                both_in.wait();
                c.meta().item_count
            });
            let _ = tx.send(n);
        });
    }
    for _ in 0..2 {
        let n = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("both reads ran at once");
        assert_eq!(n, jol_dataset::builtin().item_count);
    }
}

#[test]
fn a_file_replaced_under_a_running_jol_is_read_after_it_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let jol = jol_native::open(dir.path(), jol_dataset::builtin()).expect("open");
    let old = hash(&jol);
    assert_eq!(old, jol_dataset::builtin().content_hash);

    // Another dataset: one item fewer.
    let mut items = jol.with_content(|c| c.all_items()).expect("items");
    items.pop();
    let mut other = ContentStore::from_items(&items).expect("builds");
    let new = other.meta().content_hash.clone();
    assert_ne!(new, old);

    // A damaged file is never read: the old content goes on answering.
    rename_into_place(dir.path(), b"SQLite format 3\0 but not really a database");
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(hash(&jol), old);

    rename_into_place(dir.path(), &other.to_bytes().expect("bytes"));
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(hash(&jol), new);
    let count = jol
        .call_typed(&Info {}, Transport::Http)
        .unwrap()
        .item_count;
    assert_eq!(count as usize, items.len());
    // Every connection reads the new file, not only the one that noticed it.
    for _ in 0..jol.content_connections() * 2 {
        assert_eq!(jol.with_content(|c| c.meta().content_hash.clone()), new);
    }
}
