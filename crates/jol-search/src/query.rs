//! Answering a query.
//!
//! 1. The query is cut to [`MAX_QUERY_CHARS`], normalised and split into words.
//! 2. Each word becomes a *group* of index terms that exist in the index: its exact spelling when
//!    the user typed letters folding removes, the keys of the word and of its transliterations
//!    (Russian typed in Latin, Kazakh and Uzbek in the other script) under every analyzer —
//!    together its *strict* terms — and, as *loose* guesses, completions when it is the word
//!    being typed and near vocabulary words when the index never saw it. Filler words (`как`,
//!    `the`, `учун`) and lone letters are dropped when the query has other words.
//! 3. FTS5 finds the documents having every group by its strict terms, then (if guesses exist)
//!    every group by any term; while too few items are found, every subset missing one group,
//!    then any group. Every term is a quoted string this crate made, so nothing a user types is
//!    ever read as FTS5 syntax. BM25 is computed where the matches are few enough to afford it.
//! 4. Documents earn points for the words they have, the words their title or synonyms have and
//!    the pairs of words that stand near each other; they fold into items, which rank by points,
//!    matching without guesses, a match in the user's language, being for the user's
//!    destination, and then how exactly a title says the query and BM25 (see [`rank`]).
//! 5. Each hit gets its title and a highlighted snippet in the user's locale (or the nearest in
//!    its fallback chain).

use crate::cache::{snapshot, Snapshot, TitleMatch};
use crate::fast_hash::{FastMap, FastSet};
use crate::normalize::{
    fold, folds_away, index_safe, is_word_char, normalize, script_of, words, Script,
};
use crate::snippet::{snippet, Lit, Matcher};
use crate::stem::Analyzer;
use crate::SearchError;
use jol_types::api::{Search, SearchHit, SearchReply};
use jol_types::{pick, Locale};
use rusqlite::{params, Connection};
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashSet};

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
/// An unknown word this long is also tried as its first letters but three (see `group`).
const MIN_FORM_GUESS: usize = 7;
/// Documents FTS5 returns per ranking query; several per item, as items have six locales.
/// Documents a membership query returns at most.
const MAX_UNRANKED: u32 = 20_000;
/// BM25 is computed only for queries matching at most this many documents. It costs a lookup
/// per document (about a microsecond each), while finding the documents costs a twentieth of
/// that; past this size the other signals (words matched, title, proximity, locale, destination)
/// rank alone, which on a broad query loses little.
const MAX_RANKED: usize = 1_500;
/// Subsets missing one word are tried only for queries this short (one FTS5 query each).
const MAX_WORDS_FOR_SUBSETS: usize = 5;
/// Pairs of words near each other are looked for only in queries this short (one query a pair).
const MAX_WORDS_FOR_PAIRS: usize = 4;

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
    let (ranked, matched) = rank(conn, &snap, &groups, req, limit)?;

    let matcher = Matcher::new(
        groups
            .iter()
            .flat_map(|g| g.terms().chain(g.shown.iter()).map(String::as_str)),
    );
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
            snippet: snippet(&body, locale, &matcher, lit(info, doc, &matched)),
        });
    }
    Ok(SearchReply { hits, truncated })
}

/// Which words of document `doc` of `info` can light up: those matching the query if it matched,
/// or if its twin in the other Uzbek script did (the same text; see [`Group::shown`]).
fn lit(info: &crate::cache::ItemInfo, doc: i64, matched: &FastSet<i64>) -> Lit {
    if matched.contains(&doc) {
        return Lit::Direct;
    }
    let locale = info.docs.iter().find(|&&(_, d)| d == doc).map(|&(l, _)| l);
    let twin = match locale {
        Some(Locale::UzCyrl) => Locale::Uz,
        Some(Locale::Uz) => Locale::UzCyrl,
        _ => return Lit::None,
    };
    let twin_matched = info
        .docs
        .iter()
        .any(|&(l, d)| l == twin && matched.contains(&d));
    match (twin_matched, locale) {
        (true, Some(Locale::UzCyrl)) => Lit::ViaLatin,
        (true, _) => Lit::Direct,
        _ => Lit::None,
    }
}

/// The index terms one query word may match; a document matches the word if it has any of them.
#[derive(Debug)]
pub(crate) struct Group {
    /// Terms the word itself gives: its exact spelling, its keys and its transliterations' keys.
    pub(crate) strict: Vec<String>,
    /// Guesses: completions of the word being typed, and near words for an unknown one.
    pub(crate) loose: Vec<String>,
    /// Terms only highlighted, not searched: the word in the Uzbek script whose text is matched
    /// through its twin in the other script (see [`variants`]).
    shown: Vec<String>,
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
    let mut shown: Vec<String> = Vec::new();
    let mut known = false;
    let mut folded_variants = Vec::new();
    for (n, (v, searched)) in variants(word, snap.uzbek_in_both_scripts)
        .iter()
        .enumerate()
    {
        let folded = index_safe(&fold(v));
        if folded.is_empty() {
            continue;
        }
        let mut own: Vec<String> = Vec::new();
        if folds_away(v) {
            let mark = index_safe(v);
            if snap.term(&mark).is_some() {
                add(&mark, &mut own);
            }
        }
        if let Some(w) = snap.word(&folded) {
            known |= *searched;
            for k in w.keys.iter() {
                add(k, &mut own);
            }
        }
        for analyzer in Analyzer::all_for(script_of(&folded)) {
            let key = index_safe(&analyzer.key(&folded));
            if snap.term(&key).is_some() {
                add(&key, &mut own);
            }
        }
        if !*searched {
            // Not searched, but a snippet in that script lights them up.
            if typing && folded.chars().count() >= 3 {
                for w in snap.completions(&folded, MAX_COMPLETIONS) {
                    own.extend(w.keys.iter().map(|k| k.to_string()));
                }
            }
            for t in own {
                add(&t, &mut shown);
            }
            continue;
        }
        for t in own {
            add(&t, &mut strict);
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
            // A form no stemmer knows (`pregnant` for `pregnancy`, a Kyrgyz verb form such as
            // `жоготтум` for `жоготуу`): other words sharing all but its last three letters.
            let len = folded.chars().count();
            if len >= MIN_FORM_GUESS {
                let stem: String = folded.chars().take((len - 3).max(5)).collect();
                for w in snap.completions(&stem, MAX_COMPLETIONS) {
                    for k in w.keys.iter() {
                        add(k, &mut loose);
                    }
                }
            }
        }
    }
    loose.retain(|t| !strict.contains(t));
    shown.retain(|t| !strict.contains(t) && !loose.contains(t));
    // A single letter is a word being started or a stray key: it says nothing when other words do.
    let lone_letter = {
        let mut cs = word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if !c.is_numeric())
    };
    Group {
        strict,
        loose,
        shown,
        filler: lone_letter || FILLER.contains(&fold(word).as_str()),
    }
}

/// The word as typed and as it would be in the other scripts its language might be written in,
/// each with whether to search it.
///
/// Uzbek transliterations are not searched when every Uzbek text is indexed in both scripts (the
/// content build derives uz-Cyrl from uz): a word then already matches the text in its own
/// script, and the other script's copy of the same text would only double the documents every
/// query must weigh. They are still returned, to highlight the word in the other script.
fn variants(word: &str, uzbek_in_both_scripts: bool) -> Vec<(String, bool)> {
    let mut out = vec![(word.to_string(), true)];
    let mut push = |v: String, searched: bool| {
        let v = normalize(&v);
        // A transliteration keeps one word; if it split, its first word stands for it.
        let v = words(&v)
            .next()
            .map(|(a, b)| v[a..b].to_string())
            .unwrap_or_default();
        if !v.is_empty() && !out.iter().any(|(o, _)| *o == v) {
            out.push((v, searched));
        }
    };
    let uzbek = !uzbek_in_both_scripts;
    match script_of(word) {
        Script::Latin => {
            push(jol_script::ru_latin_to_cyrillic(word), true);
            push(jol_script::kk_latin_to_cyrillic(word), true);
            push(jol_script::uz_latin_to_cyrillic(word), uzbek);
        }
        Script::Cyrillic => {
            push(jol_script::uz_cyrillic_to_latin(word), uzbek);
            push(jol_script::kk_cyrillic_to_latin(word), true);
        }
        Script::Other => {}
    }
    out
}

/// Words that carry no topic in a question (folded): dropped unless the query is nothing else.
/// Only function words, never a verb or noun someone might search by.
#[rustfmt::skip]
const FILLER: &[&str] = &[
    // en
    "a", "an", "the", "to", "of", "in", "on", "for", "how", "what", "is", "are", "am", "my", "i",
    "me", "do", "does", "can", "with", "and", "or", "if", "it", "at", "by", "from", "be", "where",
    "when", "who", "should", "need", "want", "about", "get", "there",
    // ru
    "и", "в", "во", "на", "с", "со", "по", "как", "что", "не", "для", "к", "ко", "о", "об", "из",
    "у", "за", "от", "до", "я", "мне", "меня", "мой", "моя", "мои", "это", "где", "ли", "ну", "же",
    "а", "но", "или", "если", "то", "так", "бы", "можно", "нужно", "надо", "хочу", "мы", "вы",
    "он", "она", "они", "его", "ее", "их", "есть", "при", "без", "под", "через", "какой", "какие",
    "делать", "чтобы",
    // ky
    "жана", "менен", "учун", "мен", "сен", "ал", "биз", "алар", "эмне", "кантип", "кайда",
    "качан", "бул", "ошол", "да", "же", "мага", "менин", "кандай",
    // kk
    "жане", "ол", "олар", "калай", "кашан", "туралы", "маган", "ушин",
    // uz, Latin and Cyrillic
    "va", "bilan", "uchun", "men", "sen", "u", "biz", "ular", "nima", "qanday", "qayerda",
    "qachon", "bu", "ham", "yoki", "mi", "haqida", "menga", "mening", "ва", "билан", "нима",
    "каерда", "качон", "бу", "хам", "еки", "ми", "хакида", "менга", "менинг",
];

/// An item's place in the answer.
struct Ranked {
    item: u32,
    score: f64,
}

/// Which ranking query found a document: how many query words it is known to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coverage {
    /// Some word (the last resort for long queries).
    Any,
    /// Every word but one.
    AllButOne,
    /// Every word, guesses (completions, near words) allowed.
    All,
    /// Every word by its own terms, no guesses.
    AllExact,
}

/// A candidate item while ranking: its best document's evidence.
struct Candidate {
    /// Relevance points (see [`rank`]); the best document's count.
    points: u32,
    /// Found by a query without guesses.
    exact: bool,
    in_language: bool,
    /// Words of the best matching title line beyond the query's.
    title_extra: u8,
    bm25: f64,
}

impl Default for Candidate {
    fn default() -> Candidate {
        Candidate {
            points: 0,
            exact: false,
            in_language: false,
            // No title line matched yet: as far from the query as can be.
            title_extra: u8::MAX,
            bm25: 0.0,
        }
    }
}

/// Runs the ranking queries (see the module doc) and orders the items; also returns the
/// documents that matched, whose snippets can have hits.
///
/// A document earns points: two per query word it has (all of them for the AND queries, all but
/// one for the subset queries, one for the OR query), one per word its title or a synonym has,
/// and one per pair of query words that stand near each other in it (`работодатель
/// забрал паспорт` as a phrase beats the three words scattered over a long guide). Items then
/// rank by points, matching without guesses, a match in the user's language, being for the
/// user's destination, and last by how exactly a title line says the query and by BM25.
///
/// So the user's language and destination order the items that match equally well: an item
/// that has every word the user typed (in whatever locale) still ranks above one that has a
/// single word of it in the user's locale, because that is the answer they asked for.
fn rank(
    conn: &Connection,
    snap: &Snapshot,
    groups: &[Group],
    req: &Search,
    limit: usize,
) -> Result<(Vec<Ranked>, FastSet<i64>), SearchError> {
    let n = groups.len();
    let strict: Vec<Vec<String>> = groups.iter().map(|g| g.strict.clone()).collect();
    let all: Vec<Vec<String>> = groups.iter().map(Group::all_terms).collect();
    let mut queries: Vec<(Coverage, String)> = Vec::new();
    let guessed = groups.iter().any(|g| !g.loose.is_empty());
    if strict.iter().all(|t| !t.is_empty()) {
        queries.push((Coverage::AllExact, and_query(strict.iter())));
    }
    if guessed || queries.is_empty() {
        queries.push((Coverage::All, and_query(all.iter())));
    }
    if (3..=MAX_WORDS_FOR_SUBSETS).contains(&n) {
        for skip in 0..n {
            let some = all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, t)| t);
            queries.push((Coverage::AllButOne, and_query(some)));
        }
    }
    if n >= 2 {
        queries.push((Coverage::Any, or_query(&all)));
    }

    // Pairs of query words near each other, by document.
    let mut near: FastMap<i64, u32> = FastMap::default();
    if (2..=MAX_WORDS_FOR_PAIRS).contains(&n) {
        for i in 0..n {
            for j in i + 1..n {
                if let Some(expr) = near_query(&strict[i], &strict[j]) {
                    for rowid in matching(conn, &expr)? {
                        *near.entry(rowid).or_insert(0) += 1;
                    }
                }
            }
        }
    }
    // Query words in title lines, by document: from the in-memory title postings, so the many
    // documents of a broad query whose titles have none of the words cost nothing here.
    let all_ids: Vec<Vec<u32>> = all
        .iter()
        .map(|g| g.iter().filter_map(|t| snap.term(t)).collect())
        .collect();
    let titled = snap.title_groups(&all_ids);

    // Each document once, at the best coverage that found it.
    let mut seen: FastSet<i64> = FastSet::default();
    let mut cands: FastMap<u32, Candidate> = FastMap::default();
    let mut last = Coverage::AllExact;
    for (coverage, expr) in &queries {
        // Worse coverage is asked for only while the better found too few items.
        if *coverage < last && cands.len() >= limit {
            break;
        }
        last = *coverage;
        let rows = matching(conn, expr)?;
        let scores = if rows.len() <= MAX_RANKED {
            ranked(conn, expr)?
        } else {
            FastMap::default()
        };
        let words = match coverage {
            Coverage::AllExact | Coverage::All => n,
            Coverage::AllButOne => n - 1,
            Coverage::Any => 1,
        } as u32;
        let exact = *coverage == Coverage::AllExact;
        for rowid in rows {
            let Some(doc) = doc(snap, rowid) else {
                continue;
            };
            if !seen.insert(rowid) {
                continue;
            }
            let title = match titled.get(&rowid) {
                Some(_) => doc.title_match(&all_ids),
                None => TitleMatch::default(),
            };
            let points =
                2 * words + u32::from(title.groups) + near.get(&rowid).copied().unwrap_or(0);
            let in_language = same_language(doc.locale, req.locale);
            let c = cands.entry(doc.item).or_default();
            let better = (points, exact, in_language, Reverse(title.extra))
                > (c.points, c.exact, c.in_language, Reverse(c.title_extra));
            if better {
                c.points = points;
                c.exact = exact;
                c.in_language = in_language;
                c.title_extra = title.extra;
            }
            c.bm25 = c.bm25.max(scores.get(&rowid).copied().unwrap_or(0.0));
        }
    }
    let matched = seen;

    let mut ranked: Vec<Ranked> = cands
        .into_iter()
        .map(|(item, c)| {
            let for_country = match (&req.country, snap.items.get(item as usize)) {
                (Some(country), Some(info)) => {
                    info.destinations.is_empty() || info.destinations.contains(country)
                }
                _ => true,
            };
            let class = ((c.points * 2 + u32::from(c.exact)) * 2 + u32::from(c.in_language)) * 2
                + u32::from(for_country);
            // Below 1, so the class dominates: how exactly a title line says the query, and BM25.
            let focus = 1.0 / (1.0 + f64::from(c.title_extra));
            let bm25 = c.bm25.max(0.0) / (c.bm25.max(0.0) + 10.0);
            Ranked {
                item,
                score: f64::from(class) + 0.5 * focus + 0.49 * bm25,
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.score.total_cmp(&a.score).then_with(|| {
            let id = |i: u32| snap.items.get(i as usize).map(|x| x.id.as_str());
            id(a.item).cmp(&id(b.item))
        })
    });
    ranked.truncate(limit);
    Ok((ranked, matched))
}

/// The documents matching `expr`, unranked, at most [`MAX_UNRANKED`] (the first by rowid: a
/// query that broad has far more equally good documents than a page shows).
fn matching(conn: &Connection, expr: &str) -> Result<Vec<i64>, SearchError> {
    let mut stmt =
        conn.prepare_cached("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2")?;
    let rows = stmt
        .query_map(params![expr, MAX_UNRANKED], |r| r.get::<_, i64>(0))
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
    match rows {
        Ok(rows) => Ok(rows),
        Err(e) if is_fts_query_error(&e) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// BM25 (higher is better) of every document matching `expr`.
fn ranked(conn: &Connection, expr: &str) -> Result<FastMap<i64, f64>, SearchError> {
    let mut stmt =
        conn.prepare_cached("SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?1")?;
    let rows = stmt
        .query_map(params![expr], |r| {
            Ok((r.get::<_, i64>(0)?, -r.get::<_, f64>(1)?))
        })
        .and_then(|rows| rows.collect::<Result<FastMap<_, _>, _>>());
    match rows {
        Ok(rows) => Ok(rows),
        Err(e) if is_fts_query_error(&e) => Ok(FastMap::default()),
        Err(e) => Err(e.into()),
    }
}

fn doc(snap: &Snapshot, rowid: i64) -> Option<&crate::cache::Doc> {
    usize::try_from(rowid - 1)
        .ok()
        .and_then(|i| snap.docs.get(i))
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

fn and_query<'a>(groups: impl Iterator<Item = &'a Vec<String>>) -> String {
    groups
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

/// Tokens allowed between two query words for them to count as near: a dropped filler word
/// (`запрет на въезд`) and the exact spellings indexed beside keys fit.
const NEAR_DISTANCE: u32 = 4;
/// Terms of each word tried in a near query (the first are the word's own keys).
const NEAR_TERMS: usize = 3;

/// `NEAR(a b)` for each pair of the two words' first terms, or `None` if one has none.
fn near_query(a: &[String], b: &[String]) -> Option<String> {
    let mut parts = Vec::new();
    for x in a.iter().take(NEAR_TERMS) {
        for y in b.iter().take(NEAR_TERMS) {
            parts.push(format!("NEAR({} {}, {NEAR_DISTANCE})", quote(x), quote(y)));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" OR "))
}

fn is_fts_query_error(e: &rusqlite::Error) -> bool {
    let msg = e.to_string();
    msg.starts_with("fts5:") || msg.contains("fts5: syntax error") || msg.contains("phrase queries")
}
