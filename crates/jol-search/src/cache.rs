//! The parts of the index every query needs in memory: the vocabulary (for completion and typo
//! tolerance, which SQL cannot do fast) and the document → item map (for ranking).
//!
//! Loading them takes milliseconds, a query must take less, so they are loaded once per index
//! generation and shared by every connection of the process. The generation is a hash of what was
//! indexed, stored in `search_meta`; a rebuilt index has a new one, so a stale snapshot is never
//! used, and two databases with the same content may share one.

use crate::fast_hash::FastMap;
use crate::index::{MAX_WORD_CHARS, SCHEMA_VERSION};
use crate::typo;
use crate::SearchError;
use jol_types::{Country, ItemKind, Locale};
use rusqlite::Connection;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Snapshots kept at once: a process normally has one content database, tests and benches a few.
const KEEP: usize = 4;

/// One vocabulary word: a folded surface word and the key(s) it was indexed under.
pub(crate) struct Word {
    pub(crate) text: Box<str>,
    pub(crate) chars: Box<[char]>,
    pub(crate) sig: u64,
    /// Usually one; more when languages stem the same word differently.
    pub(crate) keys: Box<[Box<str>]>,
    pub(crate) freq: u64,
}

pub(crate) struct Doc {
    /// Index into [`Snapshot::items`].
    pub(crate) item: u32,
    pub(crate) locale: Locale,
    /// The title column: one line each for the title, each synonym and the agency name.
    title_lines: Box<[TitleLine]>,
}

/// One line of a title column, as term ids (see [`Snapshot::term`]).
struct TitleLine {
    terms: Box<[u32]>,
    /// Its words: terms that are not exact spellings (those follow their key).
    words: u8,
}

/// How a document's title column matches a query.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TitleMatch {
    /// Query groups found anywhere in the title column.
    pub(crate) groups: u8,
    /// Words of the best-matching line (title or synonym) that are not query words: 0 when a
    /// line says exactly what was asked.
    pub(crate) extra: u8,
    /// Which groups (bits by index, the first 64) the title column has.
    pub(crate) mask: u64,
    /// The title itself (not a synonym) says exactly the query: every group, no other word.
    pub(crate) title_exact: bool,
}

impl Default for TitleMatch {
    /// No query word in the title.
    fn default() -> TitleMatch {
        TitleMatch {
            groups: 0,
            extra: u8::MAX,
            mask: 0,
            title_exact: false,
        }
    }
}

impl Doc {
    /// Which of `groups` (each the term ids of one query word) the title column has. Words in
    /// `filler` (function words, dropped from queries) do not count as a line's extra words.
    pub(crate) fn title_match(&self, groups: &[Vec<u32>], filler: &[u32]) -> TitleMatch {
        let words = |line: &TitleLine| {
            let fill = line.terms.iter().filter(|t| filler.contains(t)).count();
            usize::from(line.words).saturating_sub(fill)
        };
        let has = |line: &TitleLine, g: &[u32]| line.terms.iter().any(|t| g.contains(t));
        let mut mask = 0u64;
        for (i, g) in groups.iter().enumerate().take(64) {
            if self.title_lines.iter().any(|line| has(line, g)) {
                mask |= 1 << i;
            }
        }
        let groups_found = mask.count_ones() as usize;
        let title_exact = self
            .title_lines
            .first()
            .is_some_and(|line| groups.iter().all(|g| has(line, g)) && words(line) == groups.len());
        let mut best: Option<(usize, usize)> = None;
        for line in self.title_lines.iter() {
            let found = groups.iter().filter(|g| has(line, g)).count();
            if found == 0 {
                continue;
            }
            let extra = words(line).saturating_sub(found);
            let better = match best {
                None => true,
                Some((f, e)) => found > f || (found == f && extra < e),
            };
            if better {
                best = Some((found, extra));
            }
        }
        TitleMatch {
            groups: groups_found.min(usize::from(u8::MAX)) as u8,
            extra: best.map_or(u8::MAX, |(_, e)| e.min(usize::from(u8::MAX)) as u8),
            mask,
            title_exact,
        }
    }
}

pub(crate) struct ItemInfo {
    pub(crate) id: String,
    pub(crate) kind: ItemKind,
    pub(crate) destinations: Vec<Country>,
    /// The item's documents (rowids) by locale.
    pub(crate) docs: Vec<(Locale, i64)>,
}

pub(crate) struct Snapshot {
    generation: String,
    /// Sorted by text, for prefix ranges.
    pub(crate) words: Vec<Word>,
    /// Word indices by length in letters, for the typo scan.
    by_len: Vec<Vec<u32>>,
    /// Every term of the full-text index (keys and exact spellings), numbered.
    terms: FastMap<Box<str>, u32>,
    /// By rowid − 1.
    pub(crate) docs: Vec<Doc>,
    pub(crate) items: Vec<ItemInfo>,
    /// By term id: the documents (rowid − 1) whose title column has the term.
    title_postings: Vec<Vec<u32>>,
    /// By term id: how often the index has it (the vocabulary's counts of the words keyed to it;
    /// 0 for exact spellings).
    term_freq: Vec<u64>,
    /// Every item with Uzbek text has it indexed in both scripts (see `query::variants`).
    pub(crate) uzbek_in_both_scripts: bool,
}

static CACHE: Mutex<Vec<Arc<Snapshot>>> = Mutex::new(Vec::new());

/// The snapshot of the index in `conn`, loaded if this generation was not seen yet.
pub(crate) fn snapshot(conn: &Connection) -> Result<Arc<Snapshot>, SearchError> {
    let generation = generation(conn)?;
    // A poisoned lock only means another thread panicked mid-search; the data is immutable.
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(pos) = cache.iter().position(|s| s.generation == generation) {
        let snap = cache.remove(pos);
        cache.push(Arc::clone(&snap));
        return Ok(snap);
    }
    let snap = Arc::new(load(conn, generation)?);
    if cache.len() >= KEEP {
        cache.remove(0);
    }
    cache.push(Arc::clone(&snap));
    Ok(snap)
}

/// Whether `conn` holds a search index this build reads. `false` for an index written by another
/// version of this crate (its words are folded and stemmed differently) or none at all: the
/// caller rebuilds it with [`crate::index_items`].
pub fn index_is_current(conn: &Connection) -> Result<bool, SearchError> {
    match generation(conn) {
        Ok(_) => Ok(true),
        Err(SearchError::NotIndexed(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

fn generation(conn: &Connection) -> Result<String, SearchError> {
    let mut stmt = match conn.prepare_cached("SELECT key, value FROM search_meta") {
        Ok(s) => s,
        Err(e) if e.to_string().contains("no such table") => {
            return Err(SearchError::NotIndexed("no search_meta table".into()))
        }
        Err(e) => return Err(e.into()),
    };
    let mut version = None;
    let mut generation = None;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let key: String = row.get(0)?;
        let value: String = row.get(1)?;
        match key.as_str() {
            "version" => version = Some(value),
            "generation" => generation = Some(value),
            _ => {}
        }
    }
    match (version, generation) {
        (Some(v), Some(g)) if v == SCHEMA_VERSION => Ok(g),
        (Some(v), _) if v != SCHEMA_VERSION => Err(SearchError::NotIndexed(format!(
            "index schema {v}, this build reads {SCHEMA_VERSION}"
        ))),
        _ => Err(SearchError::NotIndexed("search_meta is incomplete".into())),
    }
}

fn load(conn: &Connection, generation: String) -> Result<Snapshot, SearchError> {
    let mut words: Vec<Word> = Vec::new();
    let mut terms: FastMap<Box<str>, u32> = FastMap::default();
    fn number(t: &str, terms: &mut FastMap<Box<str>, u32>) {
        if !terms.contains_key(t) {
            let id = terms.len() as u32;
            terms.insert(t.into(), id);
        }
    }
    {
        let mut stmt =
            conn.prepare("SELECT word, key, freq FROM search_vocab ORDER BY word, key")?;
        let mut rows = stmt.query([])?;
        let mut pending: Option<(String, Vec<Box<str>>, u64)> = None;
        while let Some(row) = rows.next()? {
            let word: String = row.get(0)?;
            let key: String = row.get(1)?;
            let freq: i64 = row.get(2)?;
            number(&key, &mut terms);
            match &mut pending {
                Some((w, ks, f)) if *w == word => {
                    ks.push(key.into());
                    *f += freq.max(0) as u64;
                }
                _ => {
                    if let Some(done) = pending.take() {
                        words.push(make_word(done));
                    }
                    pending = Some((word, vec![key.into()], freq.max(0) as u64));
                }
            }
        }
        if let Some(done) = pending.take() {
            words.push(make_word(done));
        }
    }
    let mut by_len = vec![Vec::new(); MAX_WORD_CHARS + 1];
    for (i, w) in words.iter().enumerate() {
        if let Some(bucket) = by_len.get_mut(w.chars.len()) {
            bucket.push(i as u32);
        }
    }

    let mut marks = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT mark FROM search_marks")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mark: String = row.get(0)?;
            number(&mark, &mut terms);
            marks.push(mark);
        }
    }
    let is_mark: std::collections::HashSet<&str> = marks.iter().map(String::as_str).collect();

    let mut items = Vec::new();
    let mut item_index = HashMap::new();
    {
        let mut stmt =
            conn.prepare("SELECT item, id, kind, destinations FROM search_items ORDER BY item")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let kind: String = row.get(2)?;
            let kind = ItemKind::parse(&kind)
                .ok_or_else(|| SearchError::Corrupt(format!("unknown item kind `{kind}`")))?;
            let destinations: String = row.get(3)?;
            item_index.insert(rowid, items.len() as u32);
            items.push(ItemInfo {
                id: row.get(1)?,
                kind,
                destinations: destinations
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(Country::new)
                    .collect(),
                docs: Vec::new(),
            });
        }
    }

    let mut docs = Vec::new();
    {
        let mut stmt =
            conn.prepare("SELECT doc, item, locale, title_terms FROM search_docs ORDER BY doc")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            if rowid != docs.len() as i64 + 1 {
                return Err(SearchError::Corrupt(format!(
                    "document rowid {rowid} out of sequence"
                )));
            }
            let item_rowid: i64 = row.get(1)?;
            let locale: String = row.get(2)?;
            let locale: Locale = locale
                .parse()
                .map_err(|_| SearchError::Corrupt(format!("unknown locale `{locale}`")))?;
            let item = *item_index.get(&item_rowid).ok_or_else(|| {
                SearchError::Corrupt(format!("document of unknown item {item_rowid}"))
            })?;
            if let Some(info) = items.get_mut(item as usize) {
                info.docs.push((locale, rowid));
            }
            let title_terms: String = row.get(3)?;
            let title_lines = title_terms
                .split('\n')
                .map(|line| {
                    let words = line.split(' ').filter(|t| !t.is_empty());
                    TitleLine {
                        terms: words
                            .clone()
                            .filter_map(|t| terms.get(t).copied())
                            .collect(),
                        words: words
                            .filter(|t| !is_mark.contains(t))
                            .count()
                            .min(usize::from(u8::MAX)) as u8,
                    }
                })
                .collect();
            docs.push(Doc {
                item,
                locale,
                title_lines,
            });
        }
    }

    let mut title_postings: Vec<Vec<u32>> = vec![Vec::new(); terms.len()];
    for (i, doc) in docs.iter().enumerate() {
        let mut ids: Vec<u32> = doc
            .title_lines
            .iter()
            .flat_map(|l| l.terms.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            if let Some(list) = title_postings.get_mut(id as usize) {
                list.push(i as u32);
            }
        }
    }
    let mut term_freq = vec![0u64; terms.len()];
    for w in &words {
        for k in w.keys.iter() {
            if let Some(f) = terms.get(k).and_then(|&id| term_freq.get_mut(id as usize)) {
                *f += w.freq;
            }
        }
    }
    let uzbek_in_both_scripts = items.iter().all(|i| {
        let has = |l: Locale| i.docs.iter().any(|(d, _)| *d == l);
        has(Locale::Uz) == has(Locale::UzCyrl)
    });
    Ok(Snapshot {
        title_postings,
        term_freq,
        uzbek_in_both_scripts,
        generation,
        words,
        by_len,
        terms,
        docs,
        items,
    })
}

fn make_word((text, keys, freq): (String, Vec<Box<str>>, u64)) -> Word {
    let chars: Box<[char]> = text.chars().collect();
    Word {
        sig: typo::signature(&chars),
        chars,
        text: text.into(),
        keys: keys.into(),
        freq,
    }
}

impl Snapshot {
    /// The documents (rowids) whose title column has a term of at least one of `groups` (term
    /// ids), with how many groups.
    pub(crate) fn title_groups(&self, groups: &[Vec<u32>]) -> FastMap<i64, u8> {
        let mut masks: FastMap<i64, u64> = FastMap::default();
        for (g, ids) in groups.iter().enumerate().take(64) {
            for &id in ids {
                for &doc in self.title_postings.get(id as usize).into_iter().flatten() {
                    *masks.entry(i64::from(doc) + 1).or_insert(0) |= 1 << g;
                }
            }
        }
        masks
            .into_iter()
            .map(|(doc, mask)| (doc, mask.count_ones() as u8))
            .collect()
    }

    /// The documents (rowid − 1) whose title column has term `id`.
    pub(crate) fn title_docs(&self, id: u32) -> &[u32] {
        self.title_postings
            .get(id as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// How often the index has term `id` (see [`Snapshot::term_freq`]).
    pub(crate) fn term_freq(&self, id: u32) -> u64 {
        self.term_freq.get(id as usize).copied().unwrap_or(0)
    }

    /// The number of an index term, if the index has it.
    pub(crate) fn term(&self, term: &str) -> Option<u32> {
        self.terms.get(term).copied()
    }

    /// The vocabulary word spelt exactly `folded`.
    pub(crate) fn word(&self, folded: &str) -> Option<&Word> {
        self.words
            .binary_search_by(|w| (*w.text).cmp(folded))
            .ok()
            .and_then(|i| self.words.get(i))
    }

    /// Up to `max` vocabulary words starting with `prefix`, most frequent first.
    pub(crate) fn completions(&self, prefix: &str, max: usize) -> Vec<&Word> {
        let start = self.words.partition_point(|w| *w.text < *prefix);
        let mut found: Vec<&Word> = self.words[start..]
            .iter()
            .take_while(|w| w.text.starts_with(prefix))
            .collect();
        found.sort_by(|a, b| b.freq.cmp(&a.freq).then_with(|| a.text.cmp(&b.text)));
        found.truncate(max);
        found
    }

    /// Up to `max` vocabulary words within the typo budget of `folded`, nearest and then most
    /// frequent first.
    pub(crate) fn near(&self, folded: &str, max: usize) -> Vec<&Word> {
        let q: Vec<char> = folded.chars().collect();
        let k = typo::budget(q.len());
        if k == 0 {
            return Vec::new();
        }
        let sig = typo::signature(&q);
        let mut found: Vec<(usize, &Word)> = Vec::new();
        let lo = q.len().saturating_sub(k);
        let hi = (q.len() + k).min(MAX_WORD_CHARS);
        for bucket in self.by_len.get(lo..=hi).into_iter().flatten() {
            for &i in bucket {
                let Some(w) = self.words.get(i as usize) else {
                    continue;
                };
                if !typo::may_be_within(sig, w.sig, k) {
                    continue;
                }
                if let Some(d) = typo::within(&q, &w.chars, k) {
                    found.push((d, w));
                }
            }
        }
        found.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| b.1.freq.cmp(&a.1.freq))
                .then_with(|| a.1.text.cmp(&b.1.text))
        });
        found.into_iter().take(max).map(|(_, w)| w).collect()
    }
}
