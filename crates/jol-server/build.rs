//! Embeds the built UI (`ui/dist`) so `jol serve` is one file that serves nothing but its own
//! bundle. When the UI has not been built yet, a page saying how to build it is embedded instead,
//! so the server still compiles and its API tests still run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let dist = manifest.join("../../ui/dist");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed={}", dist.display());

    let mut files = Vec::new();
    // Without the `embedded-ui` feature the embedder serves the UI itself (the desktop app hands
    // the sharing server its own copy), so the bundle is not in the binary twice.
    let embed = std::env::var_os("CARGO_FEATURE_EMBEDDED_UI").is_some();
    if embed && dist.join("index.html").is_file() {
        collect(&dist, &dist, &mut files);
    }
    files.sort();
    let mut code = String::from("/// (path, bytes, content type) of every file of the UI bundle.\npub static ASSETS: &[(&str, &[u8], &str)] = &[\n");
    for (rel, abs) in &files {
        let _ = writeln!(
            code,
            "    ({:?}, include_bytes!({:?}), {:?}),",
            format!("/{rel}"),
            abs.display().to_string(),
            mime(rel)
        );
    }
    code.push_str("];\n");
    let _ = writeln!(code, "pub const UI_BUILT: bool = {};", !files.is_empty());
    std::fs::write(out.join("ui_assets.rs"), code).expect("write ui_assets.rs");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            let abs = path.canonicalize().unwrap_or(path);
            out.push((rel, abs));
        }
    }
}

fn mime(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
