//! Every file under `assets/content` deserializes into the shared model. The full check (locales,
//! sources, phones, links…) is `jol content check`; this test keeps the model and the files in step
//! even where that tool is not built.

use jol_types::Item;
use std::path::{Path, PathBuf};

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read content dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

#[test]
fn every_content_file_parses_into_an_item() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let mut files = Vec::new();
    toml_files(&root, &mut files);
    let mut errors = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read file");
        if let Err(e) = toml::from_str::<Item>(&text) {
            errors.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
