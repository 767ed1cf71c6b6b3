//! Snippets: a short piece of the hit's text in the user's locale, with the words that matched
//! marked for highlighting.
//!
//! A word of the text is a hit when it would have been indexed under one of the query's terms,
//! so highlighting agrees with matching: `паспортумду` lights up for `паспорт`, `төлөнбөй` for
//! `толонбой`. Most words are rejected on their first two letters before any normalising or
//! stemming, which keeps a page of text to well under a millisecond.

use crate::fast_hash::FastSet;
use crate::index::word_terms;
use crate::normalize::{is_word_char, loose_char, normalize, APOSTROPHE};
use jol_script::APOSTROPHES;
use jol_types::api::SnippetPart;
use jol_types::Locale;

/// About how long a snippet is, in characters.
const SNIPPET_CHARS: usize = 180;
/// How much text comes before the first hit, so it reads in context.
const LEAD_CHARS: usize = 50;
/// Text past this many bytes is not scanned: a hit there would not be shown anyway.
pub(crate) const SCAN_BYTES: usize = 6_000;

/// The query's terms, ready to test words against.
pub(crate) struct Matcher {
    terms: FastSet<String>,
    /// Loose first three letters (fewer for shorter terms) of every term.
    heads: FastSet<Head>,
}

/// Up to three loose letters a term starts with.
type Head = (char, Option<char>, Option<char>);

fn head(word: &str, keep_apostrophes: &[char]) -> Option<Head> {
    let mut cs = word
        .chars()
        .filter(|c| !keep_apostrophes.contains(c))
        .map(loose_char);
    let first = cs.next()?;
    Some((first, cs.next(), cs.next()))
}

impl Matcher {
    pub(crate) fn new<'a>(terms: impl Iterator<Item = &'a str>) -> Matcher {
        let mut set = FastSet::default();
        let mut heads = FastSet::default();
        for t in terms {
            if let Some(h) = head(t, &[APOSTROPHE]) {
                heads.insert(h);
            }
            set.insert(t.to_string());
        }
        Matcher { terms: set, heads }
    }

    /// Whether a word of a text in `locale` matches. Words whose first letters no term starts
    /// with are rejected before normalising and stemming, which is most of them.
    fn hits(&self, raw_word: &str, locale: Locale) -> bool {
        let Some((a, b, c)) = head(raw_word, &APOSTROPHES) else {
            return false;
        };
        let possible = self.heads.contains(&(a, b, c))
            || (c.is_some() && self.heads.contains(&(a, b, None)))
            || (b.is_some() && self.heads.contains(&(a, None, None)));
        if !possible {
            return false;
        }
        let norm = normalize(raw_word);
        let Some((_, key, mark)) = word_terms(norm.trim(), locale) else {
            return false;
        };
        self.terms.contains(&key) || mark.is_some_and(|m| self.terms.contains(&m))
    }
}

/// A word of raw text: letters, digits, marks, and any apostrophe inside.
fn is_raw_word_char(c: char) -> bool {
    is_word_char(c) || APOSTROPHES.contains(&c)
}

/// Byte spans of the words of raw (not normalised) text, lazily: a snippet rarely needs them all.
struct RawWords<'a> {
    chars: std::str::CharIndices<'a>,
}

impl Iterator for RawWords<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut start: Option<usize> = None;
        let mut end = 0;
        for (i, c) in self.chars.by_ref() {
            let apostrophe = APOSTROPHES.contains(&c);
            match start {
                None if !apostrophe && is_raw_word_char(c) => {
                    start = Some(i);
                    end = i + c.len_utf8();
                }
                // An apostrophe inside a word is kept once a letter follows it; a trailing one
                // closes a quote and does not extend the word.
                Some(_) if apostrophe => {}
                Some(_) if is_raw_word_char(c) => end = i + c.len_utf8(),
                Some(st) => return Some((st, end)),
                None => {}
            }
        }
        start.map(|st| (st, end))
    }
}

fn raw_words(s: &str) -> RawWords<'_> {
    RawWords {
        chars: s.char_indices(),
    }
}

/// Which words of a text can light up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lit {
    /// The index did not match the text: none, and the text is not scanned.
    None,
    /// The index matched the text: the words that match the query's terms.
    Direct,
    /// Uzbek Cyrillic text whose Latin twin matched: the words whose Latin spelling matches. A
    /// Latin query typed without apostrophes (`royxat`) has no faithful Cyrillic spelling to
    /// compare with (`ройхат` is not `рўйхат`), but the Cyrillic text has a faithful Latin one.
    ViaLatin,
}

/// The snippet of `text` (a text in `locale`) for `matcher`.
pub(crate) fn snippet(text: &str, locale: Locale, matcher: &Matcher, lit: Lit) -> Vec<SnippetPart> {
    let scan = if lit == Lit::None {
        ""
    } else {
        cut_at_char(text, SCAN_BYTES)
    };
    let hits_word = |word: &str| match lit {
        Lit::ViaLatin => matcher.hits(&jol_script::uz_cyrillic_to_latin(word), Locale::Uz),
        _ => matcher.hits(word, locale),
    };
    // Words up to the end of the window, and the hits among them.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut window: Option<(usize, usize)> = None;
    for (a, b) in raw_words(scan) {
        if window.is_some_and(|(_, end)| a >= end) {
            break;
        }
        spans.push((a, b));
        if hits_word(&text[a..b]) {
            if window.is_none() {
                // The window is known once the first hit is: it starts a little before.
                let lead = back_chars(text, a, LEAD_CHARS);
                let start = if lead == 0 {
                    0
                } else {
                    spans.iter().map(|s| s.0).find(|s| *s >= lead).unwrap_or(a)
                };
                window = Some((start, forward_chars(text, start, SNIPPET_CHARS)));
            }
            hits.push((a, b));
        }
    }
    let (start, end) = match window {
        Some((start, end)) => (start, end),
        None => (0, forward_chars(text, 0, SNIPPET_CHARS)),
    };
    // Close on a word end: the last word that fits, or the window's end inside a very long word.
    let end = if end >= text.len() {
        text.len()
    } else {
        let mut last = None;
        for (_, b) in raw_words(&text[start..]) {
            if start + b > end {
                break;
            }
            last = Some(start + b);
        }
        last.unwrap_or(end)
    };

    let mut parts: Vec<SnippetPart> = Vec::new();
    let push = |s: &str, hit: bool, parts: &mut Vec<SnippetPart>| {
        let clean = collapse_spaces(s);
        if clean.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(&clean),
            _ => parts.push(SnippetPart { text: clean, hit }),
        }
    };
    if start > 0 {
        push("…", false, &mut parts);
    }
    let mut at = start;
    for &(a, b) in hits.iter().filter(|(a, b)| *a >= start && *b <= end) {
        push(&text[at..a], false, &mut parts);
        push(&text[a..b], true, &mut parts);
        at = b;
    }
    push(&text[at..end], false, &mut parts);
    if end < text.len() {
        // A space before the ellipsis reads badly.
        if let Some(last) = parts.last_mut() {
            if !last.hit {
                let trimmed = last.text.trim_end().len();
                last.text.truncate(trimmed);
            }
        }
        push("…", false, &mut parts);
    }
    parts
}

/// `s` with each run of whitespace made one space (newlines separate paragraphs in the stored
/// text; a snippet is one line).
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn cut_at_char(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut end = max_bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The byte offset `n` characters before `at` (or 0).
fn back_chars(s: &str, at: usize, n: usize) -> usize {
    s[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(s: &str, at: usize, n: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(parts: &[SnippetPart]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn highlights_word_forms_of_the_terms() {
        let m = Matcher::new(["паспорт"].into_iter());
        let parts = snippet(
            "Работодатель не вправе забирать ваш паспорт.\nПаспорта — ваши.",
            Locale::Ru,
            &m,
            Lit::Direct,
        );
        assert_eq!(
            render(&parts),
            "Работодатель не вправе забирать ваш [паспорт]. [Паспорта] — ваши."
        );
    }

    #[test]
    fn highlights_folded_and_exact_kyrgyz() {
        let m = Matcher::new(["толон"].into_iter());
        let parts = snippet(
            "Эгер айлык акы төлөнбөсө, кайрылыңыз.",
            Locale::Ky,
            &m,
            Lit::Direct,
        );
        assert_eq!(render(&parts), "Эгер айлык акы [төлөнбөсө], кайрылыңыз.");
    }

    #[test]
    fn long_texts_are_cut_around_the_first_hit() {
        let text = format!("{} патент {}", "слово ".repeat(100), "ещё ".repeat(100));
        let m = Matcher::new(["патент"].into_iter());
        let parts = snippet(&text, Locale::Ru, &m, Lit::Direct);
        let shown = render(&parts);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[патент]"));
        assert!(shown.chars().count() < SNIPPET_CHARS + 20, "{shown}");
    }

    #[test]
    fn without_a_hit_the_text_opens_the_snippet() {
        let m = Matcher::new(["виза"].into_iter());
        let parts = snippet("Короткий текст.", Locale::Ru, &m, Lit::Direct);
        assert_eq!(render(&parts), "Короткий текст.");
        assert!(parts.iter().all(|p| !p.hit));
    }

    #[test]
    fn apostrophes_of_any_kind_stay_inside_uzbek_words() {
        let m = Matcher::new(["royxat"].into_iter());
        let parts = snippet("Ro‘yxatdan o'tish kerak.", Locale::Uz, &m, Lit::Direct);
        assert_eq!(render(&parts), "[Ro‘yxatdan] o'tish kerak.");
    }
}
