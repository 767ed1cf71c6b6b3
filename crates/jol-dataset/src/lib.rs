//! The dataset that ships inside Jol, so the app works offline from its first start.
//!
//! `build.rs` compiles `assets/content` into a SQLite file at build time; this crate embeds it.

include!(concat!(env!("OUT_DIR"), "/dataset_meta.rs"));

/// The built-in content database.
pub fn builtin() -> jol_core::Dataset {
    jol_core::Dataset {
        zlib: include_bytes!(concat!(env!("OUT_DIR"), "/content.db.zlib")),
        size: DB_SIZE,
        content_hash: CONTENT_HASH,
        dataset_version: DATASET_VERSION,
        item_count: ITEM_COUNT,
    }
}
