//! Answering a query.
//!
//! 1. The query is cut to [`MAX_QUERY_CHARS`], normalised and split into words.
//! 2. Each word becomes a *group* of index terms that exist in the index: the keys of the word and
//!    of its transliterations (Russian typed in Latin, Uzbek and Kazakh in the other script) under
//!    every analyzer, the exact spelling when the user typed letters folding removes, completions
//!    when it is the word being typed, and near vocabulary words when the index never saw it.
//!    Filler words (`как`, `the`, `учун`) are dropped when the query has other words.
//! 3. FTS5 ranks documents by BM25 on `(group) AND (group) …`; when that finds too few items,
//!    on every subset missing one group, then on any group. Documents matching more groups thus
//!    always rank first. Every term is a quoted string this crate made, so nothing a user types
//!    is ever read as FTS5 syntax.
//! 4. Documents fold into items. Items rank by matched groups, then whether they matched in the
//!    user's language, then whether they are for the user's destination, then BM25.
//! 5. Each hit gets its title and a highlighted snippet in the user's locale (or the nearest in
//!    its fallback chain).

use crate::cache::{snapshot, Snapshot};
use crate::normalize::{
    fold, folds_away, index_safe, is_word_char, normalize, script_of, words, Script,
};
use crate::snippet::{snippet, Matcher};
use crate::stem::Analyzer;
use crate::SearchError;
use jol_types::api::{Search, SearchHit, SearchReply};
use jol_types::{pick, Locale};
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Longer queries are cut here and [`SearchReply::truncated`] is set. Real questions are short;
/// the cut bounds the work a pasted text can cause.
pub const MAX_QUERY_CHARS: usize = 200;

/// Words of a query that are searched; the rest of a long query is ignored.
const MAX_WORDS: usize = 10;
/// Default and maximum number of hits.
const DEFAULT_LIMIT: u32 = 20;
const MAX_LIMIT: u32 = 50;
/// Completions of the word being typed, most frequent first.
const MAX_COMPLETIONS: usize = 12;
/// Near words for a word the index never saw.
const MAX_NEAR: usize = 8;
/// Documents FTS5 returns per ranking query; several per item, as items have six locales.
const CANDIDATES: u32 = 300;
/// Subsets missing one group are tried only for queries this short (one query per subset).
const MAX_WORDS_FOR_SUBSETS: usize = 5;

/// Answers a query. Never errors on user input (any string, any length); errors only on a broken
/// database.
pub fn search(conn: &Connection, req: &Search) -> Result<SearchReply, SearchError> {
    let truncated = req.query.chars().count() > MAX_QUERY_CHARS;
    let query: String = req.query.chars().take(MAX_QUERY_CHARS).collect();
    let limit = req.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT) as usize;
    let snap = snapshot(conn)?;

    let groups = plan(&snap, &query);
    if groups.is_empty() {
        return Ok(SearchReply {
            hits: Vec::new(),
            truncated,
        });
    }
    let ranked = rank(conn, &snap, &groups, req, limit)?;

    let matcher = Matcher::new(groups.iter().flat_map(|g| g.terms().map(String::as_str)));
    let mut doc_stmt = conn.prepare_cached("SELECT title, body FROM search_docs WHERE doc = ?1")?;
    let mut hits = Vec::with_capacity(ranked.len());
    for r in ranked {
        let Some(info) = snap.items.get(r.item as usize) else {
            continue;
        };
        let by_locale: BTreeMap<Locale, i64> = info.docs.iter().copied().collect();
        let Some((locale, &doc)) = pick(&by_locale, req.locale) else {
            continue;
        };
        let (title, body): (String, String) =
            doc_stmt.query_row(params![doc], |row| Ok((row.get(0)?, row.get(1)?)))?;
        hits.push(SearchHit {
            id: info.id.clone(),
            kind: info.kind,
            title,
            locale,
            score: r.score,
            snippet: snippet(&body, locale, &matcher),
        });
    }
    Ok(SearchReply { hits, truncated })
}

/// The index terms one query word may match; a document matches the word if it has any of them.
#[derive(Debug)]
pub(crate) struct Group {
    /// Terms the word itself gives: its exact spelling, its keys and its transliterations' keys.
    pub(crate) strict: Vec<String>,
    /// Guesses: completions of the word being typed, and near words for an unknown one.
    pub(crate) loose: Vec<String>,
    filler: bool,
}

impl Group {
    pub(crate) fn terms(&self) -> impl Iterator<Item = &String> {
        self.strict.iter().chain(self.loose.iter())
    }

    fn all_terms(&self) -> Vec<String> {
        self.terms().cloned().collect()
    }
}

/// Turns a query into groups of existing index terms (see the module doc). Words matching nothing
/// are dropped: they cannot help, and requiring them would find nothing.
pub(crate) fn plan(snap: &Snapshot, query: &str) -> Vec<Group> {
    let norm = normalize(query);
    // The user is still typing the last word unless the query ends in a space or punctuation.
    let typing = norm.chars().last().is_some_and(is_word_char);
    let spans: Vec<(usize, usize)> = words(&norm).collect();
    let mut seen = HashSet::new();
    let mut groups = Vec::new();
    for (i, &(a, b)) in spans.iter().enumerate() {
        let word = &norm[a..b];
        if word.chars().count() > crate::index::MAX_WORD_CHARS || !seen.insert(fold(word)) {
            continue;
        }
        let last = typing && i + 1 == spans.len();
        let group = group(snap, word, last);
        if group.terms().next().is_some() {
            groups.push(group);
        }
        if groups.len() == MAX_WORDS {
            break;
        }
    }
    if groups.iter().any(|g| !g.filler) {
        groups.retain(|g| !g.filler);
    }
    groups
}

fn group(snap: &Snapshot, word: &str, typing: bool) -> Group {
    fn add(t: &str, terms: &mut Vec<String>) {
        if !terms.iter().any(|x| x == t) {
            terms.push(t.to_string());
        }
    }
    let mut strict: Vec<String> = Vec::new();
    let mut loose: Vec<String> = Vec::new();
    let mut known = false;
    let mut folded_variants = Vec::new();
    for (n, v) in variants(word).iter().enumerate() {
        let folded = index_safe(&fold(v));
        if folded.is_empty() {
            continue;
        }
        if folds_away(v) {
            let mark = index_safe(v);
            if snap.marks.contains(mark.as_str()) {
                add(&mark, &mut strict);
            }
        }
        if let Some(w) = snap.word(&folded) {
            known = true;
            for k in w.keys.iter() {
                add(k, &mut strict);
            }
        }
        for analyzer in Analyzer::all_for(script_of(&folded)) {
            let key = index_safe(&analyzer.key(&folded));
            if snap.keys.contains(key.as_str()) {
                add(&key, &mut strict);
            }
        }
        // Completing a transliteration guess from two letters would drag in half the index.
        let min_prefix = if n == 0 { 2 } else { 3 };
        if typing && folded.chars().count() >= min_prefix {
            for w in snap.completions(&folded, MAX_COMPLETIONS) {
                for k in w.keys.iter() {
                    add(k, &mut loose);
                }
            }
        }
        folded_variants.push(folded);
    }
    if !known {
        for folded in &folded_variants {
            for w in snap.near(folded, MAX_NEAR) {
                for k in w.keys.iter() {
                    add(k, &mut loose);
                }
            }
        }
    }
    loose.retain(|t| !strict.contains(t));
    Group {
        strict,
        loose,
        filler: FILLER.contains(&fold(word).as_str()),
    }
}

/// The word as typed and as it would be in the other scripts its language might be written in.
fn variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let mut push = |v: String| {
        let v = normalize(&v);
        // A transliteration keeps one word; if it split, its first word stands for it.
        let v = words(&v)
            .next()
            .map(|(a, b)| v[a..b].to_string())
            .unwrap_or_default();
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    };
    match script_of(word) {
        Script::Latin => {
            push(jol_script::ru_latin_to_cyrillic(word));
            push(jol_script::kk_latin_to_cyrillic(word));
            push(jol_script::uz_latin_to_cyrillic(word));
        }
        Script::Cyrillic => {
            push(jol_script::uz_cyrillic_to_latin(word));
            push(jol_script::kk_cyrillic_to_latin(word));
        }
        Script::Other => {}
    }
    out
}

/// Words that carry no topic in a question (folded): dropped unless the query is nothing else.
const FILLER: &[&str] = &[
    // en
    "a",
    "an",
    "the",
    "to",
    "of",
    "in",
    "on",
    "for",
    "how",
    "what",
    "is",
    "are",
    "am",
    "my",
    "i",
    "me",
    "do",
    "does",
    "can",
    "with",
    "and",
    "or",
    "if",
    "it",
    "at",
    "by",
    "from",
    "be",
    "where",
    "when",
    "who",
    "should",
    "need",
    "want",
    "about",
    "get",
    "there",
    // ru
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "как",
    "что",
    "не",
    "для",
    "к",
    "ко",
    "о",
    "об",
    "из",
    "у",
    "за",
    "от",
    "до",
    "я",
    "мне",
    "меня",
    "мой",
    "моя",
    "мои",
    "это",
    "где",
    "ли",
    "ну",
    "же",
    "а",
    "но",
    "или",
    "если",
    "то",
    "так",
    "бы",
    "можно",
    "нужно",
    "надо",
    "хочу",
    "мы",
    "вы",
    "он",
    "она",
    "они",
    "его",
    "ее",
    "их",
    "есть",
    "при",
    "без",
    "под",
    "через",
    "какой",
    "какие",
    "делать",
    "чтобы",
    "ли",
    // ky (folded)
    "жана",
    "менен",
    "учун",
    "мен",
    "сен",
    "ал",
    "биз",
    "алар",
    "эмне",
    "кантип",
    "кайда",
    "качан",
    "бул",
    "ошол",
    "да",
    "же",
    "мага",
    "менин",
    "кандай",
    // kk (folded)
    "жане",
    "ол",
    "олар",
    "не",
    "калай",
    "кашан",
    "туралы",
    "маган",
    "мен",
    "ушин",
    // uz Latin (folded) and Cyrillic (folded)
    "va",
    "bilan",
    "uchun",
    "men",
    "sen",
    "u",
    "biz",
    "ular",
    "nima",
    "qanday",
    "qayerda",
    "qachon",
    "bu",
    "ham",
    "yoki",
    "mi",
    "haqida",
    "menga",
    "mening",
    "ва",
    "билан",
    "нима",
    "каерда",
    "качон",
    "бу",
    "хам",
    "еки",
    "ми",
    "хакида",
    "менга",
    "менинг",
];

/// An item's place in the answer.
struct Ranked {
    item: u32,
    score: f64,
}

/// How well the documents must match, best first. Each is one or more FTS5 queries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coverage {
    /// Some groups only: documents that miss one word, then any word.
    Any = 0,
    AllButOne = 1,
    /// Every group, guesses (completions, near words) allowed.
    All = 2,
    /// Every group by its own terms, no guesses.
    AllExact = 3,
}

/// A candidate item while ranking: the best coverage it reached and how it matched there.
struct Candidate {
    coverage: Coverage,
    in_language: bool,
    /// Query groups found in the title column of its best document.
    title_groups: u8,
    bm25: f64,
}

/// Runs the ranking queries (see the module doc), best coverage first, until enough items are
/// found, and orders the items by: coverage, match in the user's language, the user's
/// destination, how many query words the title has, BM25.
fn rank(
    conn: &Connection,
    snap: &Snapshot,
    groups: &[Group],
    req: &Search,
    limit: usize,
) -> Result<Vec<Ranked>, SearchError> {
    let strict: Vec<Vec<String>> = groups.iter().map(|g| g.strict.clone()).collect();
    let all: Vec<Vec<String>> = groups.iter().map(Group::all_terms).collect();
    let mut queries: Vec<(Coverage, Vec<&[String]>)> = Vec::new();
    let guessed = groups.iter().any(|g| !g.loose.is_empty());
    if strict.iter().all(|t| !t.is_empty()) {
        queries.push((
            Coverage::AllExact,
            strict.iter().map(Vec::as_slice).collect(),
        ));
    }
    if guessed || queries.is_empty() {
        queries.push((Coverage::All, all.iter().map(Vec::as_slice).collect()));
    }
    if groups.len() >= 3 && groups.len() <= MAX_WORDS_FOR_SUBSETS {
        for skip in 0..groups.len() {
            let some = all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, t)| t.as_slice())
                .collect();
            queries.push((Coverage::AllButOne, some));
        }
    }
    if groups.len() >= 2 {
        queries.push((Coverage::Any, vec![]));
    }

    let mut stmt = conn.prepare_cached(
        "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?1 ORDER BY rank LIMIT ?2",
    )?;
    let mut cands: HashMap<u32, Candidate> = HashMap::new();
    let mut last = Coverage::AllExact;
    for (coverage, required) in queries {
        // Worse coverage is asked for only while the better found too few items.
        if coverage < last && cands.len() >= limit {
            break;
        }
        last = coverage;
        let expr = if coverage == Coverage::Any {
            or_query(&all)
        } else {
            and_query(&required)
        };
        let rows = stmt
            .query_map(params![expr, CANDIDATES], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
        let rows = match rows {
            Ok(rows) => rows,
            // The expression is made of quoted index terms only, so FTS5 cannot reject it; if it
            // ever did, that would be a bug here, and a user must still not see an error for it.
            Err(e) if is_fts_query_error(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        for (rowid, rank) in rows {
            let Some(doc) = usize::try_from(rowid - 1)
                .ok()
                .and_then(|i| snap.docs.get(i))
            else {
                continue;
            };
            let c = cands.entry(doc.item).or_insert(Candidate {
                coverage,
                in_language: false,
                title_groups: 0,
                bm25: 0.0,
            });
            if c.coverage != coverage {
                continue;
            }
            let title_groups = all.iter().filter(|t| doc.title_has(t)).count() as u8;
            c.title_groups = c.title_groups.max(title_groups);
            c.bm25 = c.bm25.max(-rank);
            c.in_language |= same_language(doc.locale, req.locale);
        }
    }

    let mut ranked: Vec<(u32, u32, f64)> = cands
        .into_iter()
        .map(|(item, c)| {
            let for_country = match (&req.country, snap.items.get(item as usize)) {
                (Some(country), Some(info)) => {
                    info.destinations.is_empty() || info.destinations.contains(country)
                }
                _ => true,
            };
            let class = (((c.coverage as u32) * 2 + u32::from(c.in_language)) * 2
                + u32::from(for_country))
                * 16
                + u32::from(c.title_groups.min(15));
            (item, class, c.bm25)
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| b.2.total_cmp(&a.2))
            .then_with(|| {
                let id = |i: u32| snap.items.get(i as usize).map(|x| x.id.as_str());
                id(a.0).cmp(&id(b.0))
            })
    });
    ranked.truncate(limit);
    Ok(ranked
        .into_iter()
        .map(|(item, class, bm25)| Ranked {
            item,
            // Monotone in the order: the class dominates, BM25 (squashed below 1) breaks ties.
            score: f64::from(class) + bm25.max(0.0) / (bm25.max(0.0) + 10.0),
        })
        .collect())
}

/// A human-readable account of how `query` is planned, for tuning (`JOL_EXPLAIN` in the tests).
#[doc(hidden)]
pub fn explain(conn: &Connection, query: &str) -> Result<String, SearchError> {
    let snap = snapshot(conn)?;
    let groups = plan(&snap, query);
    let mut out = String::new();
    for g in &groups {
        out.push_str(&format!(
            "group filler={} strict={:?} loose={:?}\n",
            g.filler, g.strict, g.loose
        ));
    }
    Ok(out)
}

/// Uzbek in either script is one language for ranking: the texts are the same.
fn same_language(a: Locale, b: Locale) -> bool {
    let uz = |l| matches!(l, Locale::Uz | Locale::UzCyrl);
    a == b || (uz(a) && uz(b))
}

fn quote(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

fn group_expr(terms: &[String]) -> String {
    let inner: Vec<String> = terms.iter().map(|t| quote(t)).collect();
    format!("({})", inner.join(" OR "))
}

fn and_query(groups: &[&[String]]) -> String {
    groups
        .iter()
        .map(|g| group_expr(g))
        .collect::<Vec<_>>()
        .join(" AND ")
}

fn or_query(groups: &[Vec<String>]) -> String {
    groups
        .iter()
        .flat_map(|g| g.iter().map(|t| quote(t)))
        .collect::<Vec<_>>()
        .join(" OR ")
}

fn is_fts_query_error(e: &rusqlite::Error) -> bool {
    let msg = e.to_string();
    msg.starts_with("fts5:") || msg.contains("fts5: syntax error") || msg.contains("phrase queries")
}
