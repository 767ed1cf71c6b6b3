//! Building the index: the `search_*` tables in the content database.
//!
//! - `search_fts` (FTS5, contentless): one row per item and locale, three columns weighted by how
//!   much a match there says about the item (title and synonyms > summary and step titles > the
//!   rest). Its text is not the content but space-separated keys from [`crate::stem`], plus the
//!   exact spelling of words folding changed. Contentless, because the text is never read back.
//! - `search_docs`: per row of `search_fts`, its item and locale, the title and plain text the
//!   snippet is cut from, and the terms of its title column (ranking asks which query words the
//!   title has, which BM25 alone blurs).
//! - `search_items`: id, kind and destinations of each item, for ranking and the reply.
//! - `search_vocab`: every folded surface word with its key and frequency, for completion and typo
//!   tolerance; `search_marks`: the exact spellings indexed.
//! - `search_meta`: the schema version and a hash of everything indexed, which names the index
//!   generation the per-process cache (see [`crate::cache`]) is keyed by.

use crate::normalize::{fold, folds_away, index_safe, normalize, script_of, words};
use crate::stem::Analyzer;
use crate::SearchError;
use jol_types::{Item, Locale};
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, BTreeSet};

/// Bumped whenever what is indexed or how changes: an older index is then refused, not misread.
pub(crate) const SCHEMA_VERSION: &str = "3";

/// Words longer than this are not words (URLs, hashes, pasted junk) and are not indexed.
pub(crate) const MAX_WORD_CHARS: usize = 48;

/// Bytes of plain text kept per document for snippets: what [`crate::snippet`] scans, and a
/// snippet's length more.
pub(crate) const MAX_SNIPPET_SOURCE: usize = crate::snippet::SCAN_BYTES + 1_000;

/// FTS5 column weights for BM25: title (with synonyms and agency name), summary (with step
/// titles and checklist questions), body.
pub(crate) const RANK: &str = "bm25(6.0, 2.5, 1.0)";

/// What [`index_items`] indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStats {
    /// Rows of the full-text index: one per item and locale.
    pub documents: usize,
    /// Distinct terms in the full-text index (keys and exact spellings).
    pub terms: usize,
}

/// Creates the search tables (all named `search_*`) in the content database and indexes `items`
/// (every locale of each item, uz-Cyrl included when present). Called once inside the content
/// build's transaction; replaces any earlier index.
///
/// It runs inside a savepoint, so it is atomic on its own and nests inside the caller's
/// transaction. The output depends only on `items`, so the same content gives the same database.
pub fn index_items(conn: &Connection, items: &[Item]) -> Result<IndexStats, SearchError> {
    in_savepoint(conn, "jol_search_index", |conn| {
        build(conn, items).map(|stats| (true, stats))
    })
}

/// Runs `f` inside a savepoint, so it is atomic on its own and nests inside a caller's
/// transaction. `f` says whether to keep its writes, and returns a value; on `false` or an error
/// the savepoint is rolled back (on an error best effort: the original error is the one to
/// report).
fn in_savepoint<T>(
    conn: &Connection,
    name: &str,
    f: impl FnOnce(&Connection) -> Result<(bool, T), SearchError>,
) -> Result<T, SearchError> {
    conn.execute_batch(&format!("SAVEPOINT {name}"))?;
    match f(conn) {
        Ok((true, v)) => {
            conn.execute_batch(&format!("RELEASE {name}"))?;
            Ok(v)
        }
        Ok((false, v)) => {
            conn.execute_batch(&format!("ROLLBACK TO {name}; RELEASE {name}"))?;
            Ok(v)
        }
        Err(e) => {
            let _ = conn.execute_batch(&format!("ROLLBACK TO {name}; RELEASE {name}"));
            Err(e)
        }
    }
}

fn build(conn: &Connection, items: &[Item]) -> Result<IndexStats, SearchError> {
    drop_tables(conn)?;
    create_tables(conn)?;

    let mut ins_item = conn.prepare(
        "INSERT INTO search_items(item, id, kind, destinations) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut ins_doc = conn.prepare(
        "INSERT INTO search_docs(doc, item, locale, title, body, title_terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut ins_fts = conn
        .prepare("INSERT INTO search_fts(rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)")?;

    let mut terms = Terms::default();
    let mut hash = Fnv::new();
    hash.add(SCHEMA_VERSION);
    let mut doc_id: i64 = 0;
    for (i, item) in items.iter().enumerate() {
        let item_id = i as i64 + 1;
        let destinations = item
            .destinations
            .iter()
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(",");
        ins_item.execute(params![item_id, item.id, item.kind.as_str(), destinations])?;
        hash.add(&item.id);
        hash.add(item.kind.as_str());
        hash.add(&destinations);
        for &locale in item.text.keys() {
            let Some(doc) = Doc::compose(item, locale) else {
                continue;
            };
            doc_id += 1;
            let (title, summary, body) = doc.fts_columns(&mut terms, locale);
            ins_doc.execute(params![
                doc_id,
                item_id,
                locale.tag(),
                doc.title,
                doc.snippet,
                title
            ])?;
            ins_fts.execute(params![doc_id, title, summary, body])?;
            for part in [
                locale.tag(),
                &doc.title,
                &doc.snippet,
                &title,
                &summary,
                &body,
            ] {
                hash.add(part);
            }
        }
    }

    let mut ins_vocab =
        conn.prepare("INSERT INTO search_vocab(word, key, freq) VALUES (?1, ?2, ?3)")?;
    for ((word, key), freq) in &terms.vocab {
        ins_vocab.execute(params![word, key, freq])?;
    }
    let mut ins_mark = conn.prepare("INSERT INTO search_marks(mark) VALUES (?1)")?;
    for mark in &terms.marks {
        ins_mark.execute(params![mark])?;
    }

    // One b-tree instead of one per insert batch: smaller and faster to query.
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')", [])?;
    let generation = format!("{:016x}-{doc_id}", hash.finish());
    conn.execute(
        "INSERT INTO search_meta(key, value) VALUES ('version', ?1), ('generation', ?2)",
        params![SCHEMA_VERSION, generation],
    )?;

    let distinct: BTreeSet<&str> = terms
        .vocab
        .keys()
        .map(|(_, k)| k.as_str())
        .chain(terms.marks.iter().map(String::as_str))
        .collect();
    Ok(IndexStats {
        documents: doc_id as usize,
        terms: distinct.len(),
    })
}

/// Re-indexes changed items in place, for a small content update: each `(old, new)` pair is one
/// item before and after, with the same id. Only their rows change, keeping their item and
/// document numbers, so the tables end up as [`index_items`] would have written them for the new
/// items in the same order (the FTS b-tree's layout aside, and the generation, which is derived
/// from the old one and the new documents: new, so no stale cache is used, but not the one a
/// fresh build would name).
///
/// Returns `Ok(false)`, having changed nothing, when that is not possible: an item not in the
/// index, a locale added or removed (the document numbers of every later item would shift), or
/// stored rows that differ from what `old` composes to (an index built by other code, whose FTS
/// rows could not be deleted exactly). The caller then rebuilds with [`index_items`].
///
/// Runs inside a savepoint, so it nests inside the caller's transaction.
pub fn update_items(conn: &Connection, changes: &[(&Item, &Item)]) -> Result<bool, SearchError> {
    in_savepoint(conn, "jol_search_update", |conn| {
        update(conn, changes).map(|done| (done, done))
    })
}

fn update(conn: &Connection, changes: &[(&Item, &Item)]) -> Result<bool, SearchError> {
    use rusqlite::OptionalExtension;
    let mut old_terms = Terms::default();
    let mut new_terms = Terms::default();
    let old_generation: Option<String> = conn
        .query_row(
            "SELECT value FROM search_meta WHERE key = 'generation'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let version: Option<String> = conn
        .query_row(
            "SELECT value FROM search_meta WHERE key = 'version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(old_generation) =
        old_generation.filter(|_| version.as_deref() == Some(SCHEMA_VERSION))
    else {
        return Ok(false);
    };
    let mut hash = Fnv::new();
    hash.add(&old_generation);
    for (old, new) in changes {
        if old.id != new.id {
            return Ok(false);
        }
        let item_id: Option<i64> = conn
            .query_row(
                "SELECT item FROM search_items WHERE id = ?1",
                [&old.id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(item_id) = item_id else {
            return Ok(false);
        };
        let stored = {
            let mut stmt = conn.prepare_cached(
                "SELECT doc, locale, title, body, title_terms FROM search_docs WHERE item = ?1 ORDER BY doc",
            )?;
            let rows = stmt.query_map([item_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let old_docs: Vec<(Locale, Doc)> = old
            .text
            .keys()
            .filter_map(|&l| Doc::compose(old, l).map(|d| (l, d)))
            .collect();
        let new_docs: Vec<(Locale, Doc)> = new
            .text
            .keys()
            .filter_map(|&l| Doc::compose(new, l).map(|d| (l, d)))
            .collect();
        if stored.len() != old_docs.len() || new_docs.len() != old_docs.len() {
            return Ok(false);
        }
        let destinations = new
            .destinations
            .iter()
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(",");
        conn.prepare_cached(
            "UPDATE search_items SET kind = ?2, destinations = ?3 WHERE item = ?1",
        )?
        .execute(params![item_id, new.kind.as_str(), destinations])?;
        hash.add(&new.id);
        hash.add(new.kind.as_str());
        hash.add(&destinations);
        for ((row, (old_locale, old_doc)), (new_locale, new_doc)) in
            stored.iter().zip(&old_docs).zip(&new_docs)
        {
            let (doc_id, locale, title, body, title_terms) = row;
            if locale != old_locale.tag() || new_locale != old_locale {
                return Ok(false);
            }
            let (o_title, o_summary, o_body) = old_doc.fts_columns(&mut old_terms, *old_locale);
            if *title != old_doc.title || *body != old_doc.snippet || *title_terms != o_title {
                return Ok(false);
            }
            let (n_title, n_summary, n_body) = new_doc.fts_columns(&mut new_terms, *new_locale);
            conn.prepare_cached(
                "INSERT INTO search_fts(search_fts, rowid, title, summary, body) VALUES ('delete', ?1, ?2, ?3, ?4)",
            )?
            .execute(params![doc_id, o_title, o_summary, o_body])?;
            conn.prepare_cached(
                "INSERT INTO search_fts(rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![doc_id, n_title, n_summary, n_body])?;
            conn.prepare_cached(
                "UPDATE search_docs SET title = ?2, body = ?3, title_terms = ?4 WHERE doc = ?1",
            )?
            .execute(params![doc_id, new_doc.title, new_doc.snippet, n_title])?;
            for part in [
                new_locale.tag(),
                &new_doc.title,
                &new_doc.snippet,
                &n_title,
                &n_summary,
                &n_body,
            ] {
                hash.add(part);
            }
        }
    }

    // The vocabulary's counts: the old documents' words out, the new ones' in.
    let mut counts: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (k, c) in old_terms.vocab {
        *counts.entry(k).or_insert(0) -= c;
    }
    for (k, c) in new_terms.vocab {
        *counts.entry(k).or_insert(0) += c;
    }
    for ((word, key), delta) in counts.into_iter().filter(|(_, d)| *d != 0) {
        conn.prepare_cached(
            "INSERT INTO search_vocab(word, key, freq) VALUES (?1, ?2, ?3)
             ON CONFLICT(word, key) DO UPDATE SET freq = freq + excluded.freq",
        )?
        .execute(params![word, key, delta])?;
        conn.prepare_cached("DELETE FROM search_vocab WHERE word = ?1 AND key = ?2 AND freq <= 0")?
            .execute(params![word, key])?;
    }
    // Marks: a set over every document, so one the old documents had stays if any document
    // still has it as a term (asked of the FTS index itself through fts5vocab).
    for mark in &new_terms.marks {
        conn.prepare_cached("INSERT OR IGNORE INTO search_marks(mark) VALUES (?1)")?
            .execute([mark])?;
    }
    let gone: Vec<&String> = old_terms.marks.difference(&new_terms.marks).collect();
    if !gone.is_empty() {
        conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.jol_search_terms
             USING fts5vocab(main, 'search_fts', 'row')",
        )?;
        for mark in gone {
            let used: Option<i64> = conn
                .query_row(
                    "SELECT doc FROM temp.jol_search_terms WHERE term = ?1",
                    [mark],
                    |r| r.get(0),
                )
                .optional()?;
            if used.unwrap_or(0) == 0 {
                conn.execute("DELETE FROM search_marks WHERE mark = ?1", [mark])?;
            }
        }
        conn.execute_batch("DROP TABLE temp.jol_search_terms")?;
    }
    let doc_count: i64 = conn.query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0))?;
    conn.execute(
        "UPDATE search_meta SET value = ?1 WHERE key = 'generation'",
        [format!("{:016x}-{doc_count}", hash.finish())],
    )?;
    Ok(true)
}

/// Drops every `search_*` table, virtual ones first (they take their shadow tables with them).
fn drop_tables(conn: &Connection) -> Result<(), SearchError> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\'
         ORDER BY (sql LIKE 'CREATE VIRTUAL%') DESC, name",
    )?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for name in names {
        conn.execute_batch(&format!(
            "DROP TABLE IF EXISTS \"{}\"",
            name.replace('"', "\"\"")
        ))?;
    }
    Ok(())
}

fn create_tables(conn: &Connection) -> Result<(), SearchError> {
    // The tokenizer splits on spaces and control characters only: the text is keys this crate
    // made, already lowercase and clean, and a key must never become two tokens.
    conn.execute_batch(&format!(
        "CREATE TABLE search_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
         CREATE TABLE search_items(
             item INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
             destinations TEXT NOT NULL);
         CREATE TABLE search_docs(
             doc INTEGER PRIMARY KEY, item INTEGER NOT NULL, locale TEXT NOT NULL,
             title TEXT NOT NULL, body TEXT NOT NULL, title_terms TEXT NOT NULL);
         CREATE TABLE search_vocab(
             word TEXT NOT NULL, key TEXT NOT NULL, freq INTEGER NOT NULL,
             PRIMARY KEY(word, key)) WITHOUT ROWID;
         CREATE TABLE search_marks(mark TEXT PRIMARY KEY) WITHOUT ROWID;
         CREATE VIRTUAL TABLE search_fts USING fts5(
             title, summary, body, content='',
             tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cn Cf Cs'\");
         INSERT INTO search_fts(search_fts, rank) VALUES ('rank', '{RANK}');"
    ))?;
    Ok(())
}

/// The indexed parts of one item in one locale.
struct Doc {
    /// Shown in results.
    title: String,
    /// The plain text snippets are cut from: summary, body, steps, questions.
    snippet: String,
    title_terms: Vec<String>,
    summary_terms: String,
    body_terms: String,
}

impl Doc {
    /// The FTS columns (title, summary, body) as indexed terms, counting them into `terms`. The
    /// title has one line per title, synonym or name, so ranking can tell which one matched.
    fn fts_columns(&self, terms: &mut Terms, locale: Locale) -> (String, String, String) {
        let title = self
            .title_terms
            .iter()
            .map(|t| terms.add(t, locale))
            .collect::<Vec<_>>()
            .join("\n");
        let summary = terms.add(&self.summary_terms, locale);
        let body = terms.add(&self.body_terms, locale);
        (title, summary, body)
    }

    fn compose(item: &Item, locale: Locale) -> Option<Doc> {
        let text = item.text.get(&locale)?;
        let mut title_terms = vec![text.title.clone()];
        title_terms.extend(text.also.iter().cloned());
        if let Some(agency) = &item.agency {
            title_terms.push(agency.name.clone());
        }

        let mut summary_terms = vec![text.summary.clone()];
        let mut body_terms = vec![markdown_to_plain(&text.body)];
        let mut snippet = vec![text.summary.clone(), markdown_to_plain(&text.body)];
        for step in &item.steps {
            if let Some(st) = step.text.get(&locale) {
                summary_terms.push(st.title.clone());
                let body = markdown_to_plain(&st.body);
                snippet.push(format!("{}: {}", st.title, body));
                body_terms.push(body);
                body_terms.extend(st.deadline.iter().cloned());
                body_terms.extend(st.documents.iter().cloned());
                body_terms.extend(st.where_to_go.iter().cloned());
            }
        }
        for question in &item.questions {
            if let Some(qt) = question.text.get(&locale) {
                summary_terms.push(qt.label.clone());
                let advice = markdown_to_plain(&qt.advice);
                snippet.push(format!("{} {}", qt.label, advice));
                body_terms.push(advice);
            }
        }
        body_terms.extend(text.address.iter().cloned());
        body_terms.extend(text.hours.iter().cloned());
        // Numbers people search for: short hotline numbers, the city, a licence, a law.
        if let Some(contact) = &item.contact {
            body_terms.extend(contact.city.iter().cloned());
            for phone in &contact.phones {
                body_terms.push(phone.number.trim_start_matches('+').to_string());
            }
        }
        if let Some(agency) = &item.agency {
            body_terms.extend(agency.licence_id.iter().cloned());
        }
        if let Some(rule) = &item.stay_rule {
            body_terms.push(rule.legal_basis.clone());
        }

        let mut snippet = snippet
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        // Snippets are cut from the first few kilobytes only; storing more would be read for
        // nothing on every hit.
        if snippet.len() > MAX_SNIPPET_SOURCE {
            let mut end = MAX_SNIPPET_SOURCE;
            while !snippet.is_char_boundary(end) {
                end -= 1;
            }
            snippet.truncate(end);
        }
        Some(Doc {
            title: text.title.clone(),
            snippet,
            title_terms,
            summary_terms: summary_terms.join("\n"),
            body_terms: body_terms.join("\n"),
        })
    }
}

/// The words of the Markdown subset content uses, without its syntax: link targets and bare URLs
/// go (they would index `https` and domain names), link texts, list items and emphasis stay.
pub(crate) fn markdown_to_plain(md: &str) -> String {
    let mut lines = Vec::new();
    for line in md.lines() {
        let line = line.trim_start();
        let line = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("* "))
            .unwrap_or(line);
        let without_targets = drop_link_targets(line);
        let words: Vec<&str> = without_targets
            .split_whitespace()
            .filter(|w| !(w.starts_with("https://") || w.starts_with("http://")))
            .collect();
        if !words.is_empty() {
            let joined = words.join(" ");
            lines.push(joined.replace(['*', '[', ']'], ""));
        }
    }
    lines.join("\n")
}

/// `[text](target)` → `[text]`: the target, with any parentheses nested in it, is dropped.
fn drop_link_targets(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find("](") {
        out.push_str(&rest[..=open]);
        let target = &rest[open + 2..];
        let mut depth = 1usize;
        let mut end = target.len();
        for (i, c) in target.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &target[end..];
    }
    out.push_str(rest);
    out
}

/// What one normalised word of a text in `locale` is indexed as: its folded form (the vocabulary
/// entry), its key, and its exact spelling when folding changed the word (indexed right after the
/// key, so a query spelt the same way matches one more term). `None` for a word too long to be one.
pub(crate) fn word_terms(
    normalized_word: &str,
    locale: Locale,
) -> Option<(String, String, Option<String>)> {
    if normalized_word.chars().count() > MAX_WORD_CHARS {
        return None;
    }
    let folded = index_safe(&fold(normalized_word));
    if folded.is_empty() {
        return None;
    }
    let key = index_safe(&Analyzer::for_word(locale, script_of(&folded)).key(&folded));
    let key = if key.is_empty() { folded.clone() } else { key };
    let mark = folds_away(normalized_word)
        .then(|| index_safe(normalized_word))
        .filter(|m| !m.is_empty() && *m != folded);
    Some((folded, key, mark))
}

/// Collects the vocabulary while turning texts into term strings.
#[derive(Default)]
struct Terms {
    vocab: BTreeMap<(String, String), i64>,
    marks: BTreeSet<String>,
}

impl Terms {
    fn add(&mut self, text: &str, locale: Locale) -> String {
        let norm = normalize(text);
        let mut out = String::with_capacity(norm.len());
        for (a, b) in words(&norm) {
            let Some((folded, key, mark)) = word_terms(&norm[a..b], locale) else {
                continue;
            };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&key);
            *self.vocab.entry((folded, key)).or_insert(0) += 1;
            if let Some(mark) = mark {
                out.push(' ');
                out.push_str(&mark);
                self.marks.insert(mark);
            }
        }
        out
    }
}

/// FNV-1a, 64-bit: a stable hash (std's is randomised per process) that names the generation.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn add(&mut self, s: &str) {
        for b in s.bytes().chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_and_urls_are_dropped() {
        let md = "Your **host** files it.\n\n- Keep the [slip](https://x.org/a_(b)) safe.\n- See https://gov.ru now";
        assert_eq!(
            markdown_to_plain(md),
            "Your host files it.\nKeep the slip safe.\nSee now"
        );
    }

    #[test]
    fn word_terms_keep_the_exact_spelling_only_when_folding_changed_it() {
        let (folded, key, mark) = word_terms("төлөнбөй", Locale::Ky).unwrap();
        assert_eq!(folded, "толонбой");
        assert_eq!(key, "толон");
        assert_eq!(mark.as_deref(), Some("төлөнбөй"));
        let (_, key, mark) = word_terms("паспорта", Locale::Ru).unwrap();
        assert_eq!(key, "паспорт");
        assert_eq!(mark, None);
        let (folded, _, mark) = word_terms("roʼyxatdan", Locale::Uz).unwrap();
        assert_eq!(folded, "royxatdan");
        assert_eq!(mark.as_deref(), Some("roʼyxatdan"));
        assert!(word_terms(&"a".repeat(MAX_WORD_CHARS + 1), Locale::En).is_none());
    }
}
