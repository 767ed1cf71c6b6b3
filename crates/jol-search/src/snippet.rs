//! Snippets: a short piece of the hit's text in the user's locale, with the words that matched
//! marked for highlighting.
//!
//! A word of the text is a hit when it would have been indexed under one of the query's terms,
//! so highlighting agrees with matching: `паспортумду` lights up for `паспорт`, `төлөнбөй` for
//! `толонбой`. Most words are rejected on their first two letters before any normalising or
//! stemming, which keeps a page of text to well under a millisecond.

use crate::index::word_terms;
use crate::normalize::{is_word_char, loose_char, normalize, APOSTROPHE};
use jol_script::APOSTROPHES;
use jol_types::api::SnippetPart;
use jol_types::Locale;
use std::collections::HashSet;

/// About how long a snippet is, in characters.
const SNIPPET_CHARS: usize = 180;
/// How much text comes before the first hit, so it reads in context.
const LEAD_CHARS: usize = 50;
/// Text past this many bytes is not scanned: a hit there would not be shown anyway.
const SCAN_BYTES: usize = 12_000;

/// The query's terms, ready to test words against.
pub(crate) struct Matcher {
    terms: HashSet<String>,
    /// Loose first one and two letters of every term.
    heads: HashSet<(char, Option<char>)>,
}

impl Matcher {
    pub(crate) fn new<'a>(terms: impl Iterator<Item = &'a str>) -> Matcher {
        let mut set = HashSet::new();
        let mut heads = HashSet::new();
        for t in terms {
            let mut cs = t.chars().filter(|c| *c != APOSTROPHE).map(loose_char);
            if let Some(first) = cs.next() {
                heads.insert((first, cs.next()));
            }
            set.insert(t.to_string());
        }
        Matcher { terms: set, heads }
    }

    /// Whether a word of a text in `locale` matches.
    fn hits(&self, raw_word: &str, locale: Locale) -> bool {
        let mut cs = raw_word
            .chars()
            .filter(|c| !APOSTROPHES.contains(c))
            .map(loose_char);
        let Some(first) = cs.next() else {
            return false;
        };
        let second = cs.next();
        if !self.heads.contains(&(first, second)) && !self.heads.contains(&(first, None)) {
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

/// Byte spans of the words of raw (not normalised) text.
fn raw_words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end_ok = 0;
    for (i, c) in s.char_indices() {
        match start {
            None if is_raw_word_char(c) && !APOSTROPHES.contains(&c) => {
                start = Some(i);
                end_ok = i + c.len_utf8();
            }
            Some(_) if is_raw_word_char(c) => {
                if !APOSTROPHES.contains(&c) {
                    end_ok = i + c.len_utf8();
                }
            }
            Some(st) => {
                out.push((st, end_ok));
                start = None;
            }
            None => {}
        }
    }
    if let Some(st) = start {
        out.push((st, end_ok));
    }
    out
}

/// The snippet of `text` (a text in `locale`) for `matcher`.
pub(crate) fn snippet(text: &str, locale: Locale, matcher: &Matcher) -> Vec<SnippetPart> {
    let scan = cut_at_char(text, SCAN_BYTES);
    let spans = raw_words(scan);
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut window_end: Option<usize> = None;
    for &(a, b) in &spans {
        if window_end.is_some_and(|end| a >= end) {
            break;
        }
        if matcher.hits(&text[a..b], locale) {
            if hits.is_empty() {
                // The window is known once the first hit is: it starts a little before.
                let start = back_chars(text, a, LEAD_CHARS);
                window_end = Some(forward_chars(text, start, SNIPPET_CHARS));
            }
            hits.push((a, b));
        }
    }

    let (start, end) = match hits.first() {
        Some(&(a, _)) => {
            let start = word_start_at_or_after(text, back_chars(text, a, LEAD_CHARS), a, &spans);
            (
                start,
                word_end_at_or_before(text, forward_chars(text, start, SNIPPET_CHARS), &spans),
            )
        }
        None => (
            0,
            word_end_at_or_before(text, forward_chars(text, 0, SNIPPET_CHARS), &spans),
        ),
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
        // Trailing space before the ellipsis reads badly.
        if let Some(last) = parts.last_mut() {
            let trimmed = last.text.trim_end().len();
            if !last.hit {
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

/// The start of the first word starting at or after `from` (but not after `limit`), so a snippet
/// never opens mid-word.
fn word_start_at_or_after(s: &str, from: usize, limit: usize, spans: &[(usize, usize)]) -> usize {
    if from == 0 {
        return 0;
    }
    spans
        .iter()
        .map(|(a, _)| *a)
        .find(|a| *a >= from)
        .map_or(limit, |a| a.min(limit))
        .min(s.len())
}

/// The end of the last word ending at or before `to`, so a snippet never closes mid-word.
fn word_end_at_or_before(s: &str, to: usize, spans: &[(usize, usize)]) -> usize {
    if to >= s.len() {
        return s.len();
    }
    spans
        .iter()
        .map(|(_, b)| *b)
        .take_while(|b| *b <= to)
        .last()
        .unwrap_or(to)
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
        );
        assert_eq!(
            render(&parts),
            "Работодатель не вправе забирать ваш [паспорт]. [Паспорта] — ваши."
        );
    }

    #[test]
    fn highlights_folded_and_exact_kyrgyz() {
        let m = Matcher::new(["толон"].into_iter());
        let parts = snippet("Эгер айлык акы төлөнбөсө, кайрылыңыз.", Locale::Ky, &m);
        assert_eq!(render(&parts), "Эгер айлык акы [төлөнбөсө], кайрылыңыз.");
    }

    #[test]
    fn long_texts_are_cut_around_the_first_hit() {
        let text = format!("{} патент {}", "слово ".repeat(100), "ещё ".repeat(100));
        let m = Matcher::new(["патент"].into_iter());
        let parts = snippet(&text, Locale::Ru, &m);
        let shown = render(&parts);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[патент]"));
        assert!(shown.chars().count() < SNIPPET_CHARS + 20, "{shown}");
    }

    #[test]
    fn without_a_hit_the_text_opens_the_snippet() {
        let m = Matcher::new(["виза"].into_iter());
        let parts = snippet("Короткий текст.", Locale::Ru, &m);
        assert_eq!(render(&parts), "Короткий текст.");
        assert!(parts.iter().all(|p| !p.hit));
    }

    #[test]
    fn apostrophes_of_any_kind_stay_inside_uzbek_words() {
        let m = Matcher::new(["royxat"].into_iter());
        let parts = snippet("Ro‘yxatdan o'tish kerak.", Locale::Uz, &m);
        assert_eq!(render(&parts), "[Ro‘yxatdan] o'tish kerak.");
    }
}
