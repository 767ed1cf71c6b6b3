//! `jol-web.json`: what `scripts/build-web` tells the app about its folder — the dataset file
//! and its identity, where signed updates come from, and which publishers' keys to trust besides
//! the ones compiled in.

use jol_core::{Meta, Origin};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub dataset: DatasetFile,
    /// Update sources, relative to the app's address (`packs/`) or absolute.
    #[serde(default)]
    pub update_sources: Vec<String>,
    /// Publishers' public keys (64 hex digits each). They arrive with the app's code from the
    /// same folder, so they are trusted exactly as far as the code is; a pack from any other
    /// server must be signed by one of them (or by a compiled-in key).
    #[serde(default)]
    pub trusted_keys: Vec<String>,
}

/// The dataset the app carries: its items as a zstd JSON pack (`jol_pack::FullPack`).
#[derive(Debug, Clone, Deserialize)]
pub struct DatasetFile {
    pub file: String,
    pub size: u64,
    pub content_hash: String,
    pub dataset_version: u64,
    pub item_count: u64,
}

impl DatasetFile {
    /// Its meta values, as installed content would record them.
    pub fn meta(&self) -> Meta {
        Meta {
            content_hash: self.content_hash.clone(),
            dataset_version: self.dataset_version,
            item_count: self.item_count,
            origin: Origin::App,
            sync_version: None,
        }
    }
}
