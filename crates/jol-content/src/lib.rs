//! Jol's content pipeline: the TOML files editors write become the SQLite database the app ships.
//!
//! - [`load`] reads a content directory, keeping each file's text so problems can name a line;
//! - [`check`] applies every rule an item must meet before a migrant may read it;
//! - [`derive`] adds what is generated, not written (Uzbek Cyrillic from Uzbek Latin);
//! - [`compile`] writes the content database, its search index and its content hash;
//! - [`review`] lists what may be out of date on a given day (`review_by`, ended stay rules);
//! - [`coverage`] measures which corridors and topics the content answers;
//! - [`numbers`] reads the numbers of a text, to keep them identical across locales.
//!
//! Nothing here opens a window or the network, so the same code runs in `jol content`, in the
//! build script that embeds the dataset, and in tests.

pub mod check;
pub mod compile;
pub mod coverage;
pub mod derive;
pub mod load;
pub mod numbers;
pub mod review;

pub use check::{check_dir, Diagnostic, Report, Severity, NUMBER_MISMATCH};
pub use compile::{
    build_dir, compile_items, content_hash, BuildInfo, CompileError, SCHEMA_VERSION,
};
pub use load::{load_dir, LoadError, SourceFile};
