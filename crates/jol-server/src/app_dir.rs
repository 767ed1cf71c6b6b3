//! `jol serve --app DIR`: the offline web app that `scripts/build-web` writes (index, wasm, service
//! worker, manifest, icons, dataset) served from its folder instead of the compiled-in UI.
//!
//! Only regular files inside DIR are served, by plain names: no `..`, no hidden files, no
//! percent-escapes, and a symlink only if it resolves inside DIR — a phone can never read anything
//! else from the laptop.
//!
//! The precompressed copies `scripts/build-web` writes beside the files (`FILE.br`, `FILE.gz`) go
//! out only as encodings of their file ([`AssetLookup::precompressed`]), never under their own
//! names: they are not files of the app (no page or service worker asks for one), and served by
//! name they would be bytes of an unusable type that a cache could keep as if they were the file.

use crate::encoding::Encoding;
use crate::{AssetLookup, AssetSource};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The files of the app folder `dir`, as an [`AssetSource`]. Fails when `dir` is not a folder with
/// an `index.html`, so a wrong `--app` is caught at start, not by a phone.
pub fn dir_assets(dir: &Path) -> std::io::Result<AssetSource> {
    let root = dir.canonicalize()?;
    if !root.join("index.html").is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!(
                "{} has no index.html (is it the folder scripts/build-web wrote?)",
                root.display()
            ),
        ));
    }
    Ok(Arc::new(AppDir { root }))
}

/// The app folder, canonical.
struct AppDir {
    root: PathBuf,
}

impl AssetLookup for AppDir {
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)> {
        read_app_file(&self.root, path)
    }

    fn precompressed(&self, path: &str, encoding: Encoding) -> Option<(Vec<u8>, String)> {
        if Encoding::of_name(path).is_some() {
            return None;
        }
        // Only beside a file that exists: a stray `x.br` does not make `x` servable.
        resolve(&self.root, path)?;
        let copy = resolve(&self.root, &format!("{path}{}", encoding.suffix()))?;
        let bytes = std::fs::read(copy).ok()?;
        Some((bytes, app_mime(path).to_string()))
    }
}

/// The bytes and content type of `path` (`/boot.js`) under the canonical folder `root`, if it is a
/// regular file inside it and not a precompressed copy (`.br`, `.gz`).
pub fn read_app_file(root: &Path, path: &str) -> Option<(Vec<u8>, String)> {
    if Encoding::of_name(path).is_some() {
        return None;
    }
    let full = resolve(root, path)?;
    let bytes = std::fs::read(&full).ok()?;
    Some((bytes, app_mime(path).to_string()))
}

fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let rel = path.strip_prefix('/')?;
    let plain = |seg: &str| {
        !seg.is_empty() && !seg.starts_with('.') && !seg.contains(['\\', '\0', '%', ':'])
    };
    if !rel.split('/').all(plain) {
        return None;
    }
    let full = root.join(rel).canonicalize().ok()?;
    (full.starts_with(root) && std::fs::metadata(&full).ok()?.is_file()).then_some(full)
}

/// The content type of an app file, by its extension. Browsers insist on some: a service worker
/// must be JavaScript, `instantiateStreaming` wants `application/wasm`.
pub fn app_mime(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
