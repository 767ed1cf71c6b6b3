//! Jol's search: finds the answer however a migrant types the question.
//!
//! The content lives in one SQLite database in six locales; this crate adds a full-text index to
//! it (tables named `search_*`, built by [`index_items`] inside the content build) and answers
//! queries from it ([`search`]). A query may be typed in any of the six locales or in the "wrong"
//! script (Russian in Latin letters, Uzbek in Cyrillic), without the letters a Russian keyboard
//! lacks, misspelt, or still being typed; it is matched against every locale of every item.
//!
//! How a word travels, on both the indexing and the query side:
//! - [`normalize`] (module `normalize`): one canonical spelling, then keyboard folds;
//! - `stem`: the folded word's *key* (Snowball for Russian and English, suffix tables for Kyrgyz,
//!   Kazakh and Uzbek);
//! - `index`: keys go into an FTS5 table, plus the unfolded spelling where folding lost letters so
//!   exact matches rank first; every surface word and its key go into `search_vocab`;
//! - `query`: each query word becomes a group of terms that exist in the index — its own stems,
//!   its transliterations' stems, completions of the word being typed, and vocabulary words one or
//!   two edits away (`typo`) — and FTS5 finds the documents having them, always as quoted terms,
//!   so no user text ever reaches the MATCH syntax; documents are ranked by the words they have,
//!   in the body, the title and near each other, by locale and destination, and on equal evidence by the kind's fit and the
//!   words' rarity (never by BM25, whose corpus statistics would let unrelated items reorder them);
//! - `cache`: the vocabulary and document map a query needs in memory, loaded once per index;
//! - `snippet`: the matched words highlighted in the user's own locale's text.

mod cache;
mod fast_hash;
mod index;
mod normalize;
mod query;
mod snippet;
mod stem;
mod typo;

pub use cache::index_is_current;
pub use index::{index_items, update_items, IndexStats};
pub use normalize::normalize;
pub use query::{search, MAX_QUERY_CHARS};

/// What can go wrong. User input never causes an error: only a missing or damaged index does.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// SQLite failed: a damaged or unreadable database, or a failed write while indexing.
    #[error("search database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database has no search index (the content build did not run [`index_items`]) or one
    /// written by an incompatible version of this crate.
    #[error("the content database has no usable search index: {0}")]
    NotIndexed(String),
    /// The index holds a value this crate never writes, so it was damaged or hand-edited.
    #[error("the search index is damaged: {0}")]
    Corrupt(String),
}
