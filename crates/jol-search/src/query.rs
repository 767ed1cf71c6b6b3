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
//!    ever read as FTS5 syntax. Worse coverage is asked for only while it could still change the
//!    first `limit` items, so the order never depends on the limit.
//! 4. Documents earn points for the words they have, the words their title or synonyms have and
//!    the pairs of words that stand near each other; they fold into items, which rank by points,
//!    matching without guesses, a match in the user's language, being for the user's
//!    destination, and on equal evidence by a title saying exactly the query, the item kind's fit,
//!    how exactly a title line says it, and the rarity-weighted share of its words (see [`rank`]).
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
/// Documents a membership query returns at most.
const MAX_UNRANKED: u32 = 20_000;
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
    /// The word's exact spelling, when it has letters folding removes and the index has it.
    marks: Vec<String>,
    /// The word is a number of three digits or more: a phone number, most likely.
    number: bool,
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
    let mut marks: Vec<String> = Vec::new();
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
                if *searched {
                    add(&mark, &mut marks);
                }
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
        marks,
        number: word.chars().count() >= 3 && word.chars().all(|c| c.is_ascii_digit()),
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
    "качан", "бул", "ошол", "да", "же", "мага", "мени", "менин", "кандай",
    // ky question particles (бу is Uzbek's this, below); чейин is `до` (until)
    "бы", "би", "пы", "пи", "пу", "чейин",
    // kk, with the question particles (ма/ме/ба/бе/па/пе)
    "жане", "ол", "олар", "калай", "кашан", "туралы", "маган", "ушин", "ма", "ме", "ба", "бе",
    "па", "пе", "дейин", "шейин",
    // uz, Latin and Cyrillic
    "va", "bilan", "uchun", "men", "sen", "u", "biz", "ular", "nima", "qanday", "qayerda",
    "qachon", "bu", "ham", "yoki", "mi", "haqida", "meni", "menga", "mening", "ва", "билан", "нима",
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

/// One ranking query: what it asks, and what a document it finds first is known to have.
struct Tier {
    coverage: Coverage,
    expr: String,
    /// The query words (bits by group) every document it matches has.
    has: u64,
    /// The most points a document found first by this query can earn (see [`rank`]).
    bound: u32,
}

/// What one document says for its item, compared field by field; an item's best document
/// stands for it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Evidence {
    /// Relevance points (see [`rank`]).
    points: u32,
    /// Found by a query without guesses.
    exact: bool,
    in_language: bool,
    /// How exactly a title line says the query: `FOCUS_LEVELS - 1` when a line is the query,
    /// lower for each extra word, 0 when no line has a query word.
    focus: u8,
    /// Its title (not a synonym) is exactly the query.
    title_exact: bool,
    /// Query words it has spelt exactly as typed, letters folding removes included (`қала`
    /// typed finds `қала` before `кала`).
    spelled: u8,
    /// The share of the query's weight the document has, each word weighing its rarity (see
    /// [`word_weights`]) and thrice in the title: in `[0, 1]`.
    weight: f64,
}

impl Evidence {
    fn cmp(&self, other: &Evidence) -> std::cmp::Ordering {
        let a = (self.points, self.exact, self.in_language, self.title_exact);
        let b = (
            other.points,
            other.exact,
            other.in_language,
            other.title_exact,
        );
        a.cmp(&b)
            .then((self.focus, self.spelled).cmp(&(other.focus, other.spelled)))
            .then(self.weight.total_cmp(&other.weight))
    }
}

/// Title focus levels: a title line with this many extra words or more counts as none.
const FOCUS_LEVELS: u8 = 17;

/// An item's sort key, best first: evidence class; a title saying exactly the query; the
/// item kind's fit to the query; the title focus, exact spellings and weight of its best
/// document. Equal keys (two items with the same evidence) fall back to the id, only so the
/// order is total.
#[derive(Debug, Clone, Copy)]
struct Key {
    class: u32,
    exact_title: bool,
    kind_fit: u8,
    focus: u8,
    spelled: u8,
    weight: f64,
}

impl Key {
    fn new(e: &Evidence, for_country: bool, kind_fit: u8) -> Key {
        Key {
            class: class(e.points, e.exact, e.in_language, for_country),
            exact_title: e.title_exact,
            kind_fit,
            focus: e.focus,
            spelled: e.spelled,
            weight: e.weight,
        }
    }

    fn cmp(&self, other: &Key) -> std::cmp::Ordering {
        let a = (
            self.class,
            self.exact_title,
            self.kind_fit,
            self.focus,
            self.spelled,
        );
        let b = (
            other.class,
            other.exact_title,
            other.kind_fit,
            other.focus,
            other.spelled,
        );
        a.cmp(&b).then(self.weight.total_cmp(&other.weight))
    }

    /// The key as one number, higher first: the class, plus below 1 the rest in its order
    /// (exact spellings only inside the weight's share: a rare tie-break).
    fn score(&self) -> f64 {
        let levels = f64::from(FOCUS_LEVELS);
        let spelled = f64::from(self.spelled) / (1.0 + f64::from(self.spelled));
        let rest = (f64::from(u8::from(self.exact_title)) * 4.0 + f64::from(self.kind_fit))
            * levels
            + f64::from(self.focus)
            + 0.999 * (0.5 * spelled + 0.5 * self.weight);
        f64::from(self.class) + 0.99 * rest / (8.0 * levels)
    }
}

/// The evidence class: points first, then matching without guesses, in the user's language,
/// for the user's destination.
fn class(points: u32, exact: bool, in_language: bool, for_country: bool) -> u32 {
    ((points * 2 + u32::from(exact)) * 2 + u32::from(in_language)) * 2 + u32::from(for_country)
}

/// Runs the ranking queries (see the module doc) and orders the items; also returns the
/// documents that matched, whose snippets can have hits.
///
/// A document earns points: two per query word it has (all of them for the AND queries, all but
/// one for the subset queries, one for the OR query), one per word its title or a synonym has,
/// and one per pair of query words that stand near each other in it (`работодатель
/// забрал паспорт` as a phrase beats the three words scattered over a long guide). Items then
/// rank by points, matching without guesses, a match in the user's language, being for the
/// user's destination, and on equal evidence by the item kind's fit to the query (see
/// [`kind_fit`]), how exactly a title line says the query, and how much of the query's weight
/// the document has (see [`word_weights`]).
///
/// So the user's language and destination order the items that match equally well: an item
/// that has every word the user typed (in whatever locale) still ranks above one that has a
/// single word of it in the user's locale, because that is the answer they asked for.
///
/// The order never depends on `limit`: the first k items are the same at any limit ≥ k. Worse
/// coverage is skipped only when it cannot matter: when the `limit`-th item's class is above
/// the best class a document it could find might reach (each query's [`Tier::bound`]); an item
/// already found only gets better from a later query, and only up to that bound. Nothing in the
/// key depends on the rest of the index either (no BM25, whose IDF and average length change
/// when any item is added), so adding an item without the query's words leaves the order alone.
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
    let tiers = tiers(groups, &strict, &all);

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
    let filler_ids: Vec<u32> = FILLER.iter().filter_map(|w| snap.term(w)).collect();
    let weights = word_weights(snap, groups);
    let total_weight: f64 = weights.iter().sum::<f64>() * 3.0;
    let naming = names_something(snap, groups, &all_ids);
    // Documents with a word spelt exactly as typed, by how many such words.
    let mut spelled: FastMap<i64, u8> = FastMap::default();
    for g in groups.iter().filter(|g| !g.marks.is_empty()) {
        for rowid in matching(conn, &group_expr(&g.marks))? {
            *spelled.entry(rowid).or_insert(0) += 1;
        }
    }

    // Each document once, at the best coverage that found it.
    let mut seen: FastSet<i64> = FastSet::default();
    let mut cands: FastMap<u32, Evidence> = FastMap::default();
    for (i, tier) in tiers.iter().enumerate() {
        if i > 0 && cands.len() >= limit {
            let best_after = tiers[i..].iter().map(|t| t.bound).max().unwrap_or(0);
            if kth_class(snap, req, &cands, limit) > class(best_after, false, true, true) {
                break;
            }
        }
        let words = match tier.coverage {
            Coverage::AllExact | Coverage::All => n,
            Coverage::AllButOne => n - 1,
            Coverage::Any => 1,
        } as u32;
        let exact = tier.coverage == Coverage::AllExact;
        for rowid in matching(conn, &tier.expr)? {
            let Some(doc) = doc(snap, rowid) else {
                continue;
            };
            if !seen.insert(rowid) {
                continue;
            }
            let title = match titled.get(&rowid) {
                Some(_) => doc.title_match(&all_ids, &filler_ids),
                None => TitleMatch::default(),
            };
            let known = tier.has | title.mask;
            let weight = (0..n)
                .filter(|g| known & (1 << g) != 0)
                .map(|g| weights[g] * if title.mask & (1 << g) != 0 { 3.0 } else { 1.0 })
                .sum::<f64>()
                / total_weight.max(f64::MIN_POSITIVE);
            let e = Evidence {
                points: 2 * words
                    + u32::from(title.groups)
                    + near.get(&rowid).copied().unwrap_or(0),
                exact,
                in_language: same_language(doc.locale, req.locale),
                focus: if title.extra == u8::MAX {
                    0
                } else {
                    (FOCUS_LEVELS - 1).saturating_sub(title.extra)
                },
                title_exact: title.title_exact,
                spelled: spelled.get(&rowid).copied().unwrap_or(0),
                weight: weight.min(1.0),
            };
            match cands.entry(doc.item) {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    if e.cmp(o.get()).is_gt() {
                        o.insert(e);
                    }
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(e);
                }
            }
        }
    }

    let mut ranked: Vec<(u32, Key)> = cands
        .iter()
        .map(|(&item, e)| {
            let info = snap.items.get(item as usize);
            let fit = info.map_or(0, |i| kind_fit(i.kind, naming));
            (item, Key::new(e, for_country(req, info), fit))
        })
        .collect();
    ranked.sort_by(|(a, ka), (b, kb)| {
        kb.cmp(ka).then_with(|| {
            let id = |i: u32| snap.items.get(i as usize).map(|x| x.id.as_str());
            id(*a).cmp(&id(*b))
        })
    });
    ranked.truncate(limit);
    let ranked = ranked
        .into_iter()
        .map(|(item, key)| Ranked {
            item,
            score: key.score(),
        })
        .collect();
    Ok((ranked, seen))
}

/// The ranking queries, best coverage first, with what their documents are known to have and
/// the most points such a document can earn: two per word credited, one per word in its title
/// and one per pair near each other — counting only words it can have. A document first found
/// by the subset query missing word `w` lacks every term of `w` (else the AND query before
/// would have found it); one first found by the OR query lacks two words when subset queries
/// ran, one otherwise.
fn tiers(groups: &[Group], strict: &[Vec<String>], all: &[Vec<String>]) -> Vec<Tier> {
    let n = groups.len();
    let every: u64 = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
    let pairs = |m: usize| -> u32 {
        if (2..=MAX_WORDS_FOR_PAIRS).contains(&n) {
            (m * m.saturating_sub(1) / 2) as u32
        } else {
            0
        }
    };
    let bound =
        |credited: usize, can_have: usize| 2 * credited as u32 + can_have as u32 + pairs(can_have);
    let mut tiers: Vec<Tier> = Vec::new();
    let guessed = groups.iter().any(|g| !g.loose.is_empty());
    if strict.iter().all(|t| !t.is_empty()) {
        tiers.push(Tier {
            coverage: Coverage::AllExact,
            expr: and_query(strict.iter()),
            has: every,
            bound: bound(n, n),
        });
    }
    if guessed || tiers.is_empty() {
        tiers.push(Tier {
            coverage: Coverage::All,
            expr: and_query(all.iter()),
            has: every,
            bound: bound(n, n),
        });
    }
    let subsets = (3..=MAX_WORDS_FOR_SUBSETS).contains(&n);
    if subsets {
        for skip in 0..n {
            let some = all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, t)| t);
            tiers.push(Tier {
                coverage: Coverage::AllButOne,
                expr: and_query(some),
                has: every & !(1 << skip),
                bound: bound(n - 1, n - 1),
            });
        }
    }
    if n >= 2 {
        let can_have = if subsets { n - 2 } else { n - 1 };
        tiers.push(Tier {
            coverage: Coverage::Any,
            expr: or_query(all),
            has: 0,
            bound: bound(1, can_have),
        });
    }
    tiers
}

/// The class of the `limit`-th best candidate (candidates are at least `limit`).
fn kth_class(snap: &Snapshot, req: &Search, cands: &FastMap<u32, Evidence>, limit: usize) -> u32 {
    let mut classes: Vec<u32> = cands
        .iter()
        .map(|(&item, e)| {
            let info = snap.items.get(item as usize);
            class(e.points, e.exact, e.in_language, for_country(req, info))
        })
        .collect();
    let k = limit.min(classes.len()).max(1) - 1;
    let (_, kth, _) = classes.select_nth_unstable_by(k, |a, b| b.cmp(a));
    *kth
}

fn for_country(req: &Search, info: Option<&crate::cache::ItemInfo>) -> bool {
    match (&req.country, info) {
        (Some(country), Some(info)) => {
            info.destinations.is_empty() || info.destinations.contains(country)
        }
        _ => true,
    }
}

/// Each query word's weight: its rarity in the index, `ln(1 + K / (1 + occurrences))`. A fixed
/// `K` instead of the document count (as IDF has) keeps the weight a property of the word alone,
/// so adding items without it changes nothing.
fn word_weights(snap: &Snapshot, groups: &[Group]) -> Vec<f64> {
    const K: f64 = 10_000.0;
    groups
        .iter()
        .map(|g| {
            let terms = if g.strict.is_empty() {
                &g.loose
            } else {
                &g.strict
            };
            let occurrences: u64 = terms
                .iter()
                .filter_map(|t| snap.term(t))
                .map(|t| snap.term_freq(t))
                .sum();
            (1.0 + K / (1.0 + occurrences as f64)).ln()
        })
        .collect()
}

/// Whether the query names an organisation or a phone rather than a topic: one of its words is
/// a number of three digits or more (hotlines: `189`, `11616`), or is only ever in the titles
/// of contacts and agencies (`элчилик`, `hotline`, `IOM`, an agency's name).
fn names_something(snap: &Snapshot, groups: &[Group], all_ids: &[Vec<u32>]) -> bool {
    use jol_types::ItemKind;
    groups.iter().zip(all_ids).any(|(g, ids)| {
        if g.number {
            return true;
        }
        let mut titles = ids.iter().flat_map(|&t| snap.title_docs(t)).peekable();
        titles.peek().is_some()
            && titles.all(|&d| {
                let kind = snap
                    .docs
                    .get(d as usize)
                    .and_then(|doc| snap.items.get(doc.item as usize))
                    .map(|i| i.kind);
                matches!(kind, Some(ItemKind::Contact | ItemKind::Agency))
            })
    })
}

/// How well an item's kind answers the query, higher first: for a topic, the texts that explain
/// it (guides, rights, signs, checklists, stay rules), then the glossary, then whom to call; for
/// a name or a number, the contacts and agencies first.
fn kind_fit(kind: jol_types::ItemKind, naming: bool) -> u8 {
    use jol_types::ItemKind::*;
    match (kind, naming) {
        (Contact | Agency, true) => 3,
        (Guide | Right | RedFlags | Checklist | StayRule, true) => 2,
        (Term, true) => 1,
        (Guide | Right | RedFlags | Checklist | StayRule, false) => 3,
        (Term, false) => 2,
        (Contact, false) => 1,
        (Agency, false) => 0,
    }
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
