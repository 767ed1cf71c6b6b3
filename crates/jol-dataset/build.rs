//! Compiles `assets/content` into the content database the app carries. Content with errors fails
//! the build, with every problem as `path:line: message`: an app must never ship facts that did not
//! pass the check.

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // Messages name `assets/content/…` from the workspace root, as `jol content check` does there.
    let root = manifest
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists");
    let content = root.join("assets/content");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", content.display());

    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64 / 86_400)
        .unwrap_or(0);
    let db = out_dir.join("content.db");
    match jol_content::build_dir(&content, &db, today) {
        Ok((info, _)) => {
            // zlib level 9 shrinks the database about 3×, which keeps the app binary small; it is
            // inflated once, when the app installs it.
            let raw = std::fs::read(&db).expect("read the built content database");
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9);
            std::fs::write(out_dir.join("content.db.zlib"), packed).expect("write content.db.zlib");
            let consts = format!(
                "pub const CONTENT_HASH: &str = {:?};\npub const DATASET_VERSION: u64 = {};\npub const ITEM_COUNT: u64 = {};\npub const DB_SIZE: usize = {};\n",
                info.content_hash, info.dataset_version, info.item_count, raw.len()
            );
            std::fs::write(out_dir.join("dataset_meta.rs"), consts).expect("write dataset_meta.rs");
        }
        Err(jol_content::CompileError::Invalid { report, count }) => {
            for d in report.errors() {
                let mut d = d.clone();
                d.path = d
                    .path
                    .strip_prefix(&root)
                    .map(|p| p.to_path_buf())
                    .unwrap_or(d.path);
                eprintln!("{d}");
                println!("cargo:warning={d}");
            }
            panic!("assets/content has {count} error(s); fix them (see `jol content check assets/content`)");
        }
        Err(e) => panic!("cannot compile assets/content: {e}"),
    }
}
