//! Jol's content pipeline: the TOML files editors write become the SQLite database the app ships.
//!
//! - [`load`] reads a content directory, keeping each file's text so problems can name a line;
//! - [`check`] applies every rule an item must meet before a migrant may read it;
//! - [`derive`] adds what is generated, not written (Uzbek Cyrillic from Uzbek Latin);
//! - [`compile`] writes the content database, its search index and its content hash.
//!
//! Nothing here opens a window or the network, so the same code runs in `jol content`, in the
//! build script that embeds the dataset, and in tests.

pub mod check;
pub mod compile;
pub mod derive;
pub mod load;

pub use check::{check_dir, Diagnostic, Report, Severity};
pub use compile::{
    build_dir, compile_items, content_hash, BuildInfo, CompileError, SCHEMA_VERSION,
};
pub use load::{load_dir, LoadError, SourceFile};
