//! Machinery shared by every converter: splitting text into words, protecting addresses, and
//! carrying letter case from the source letters to the target letters.
//!
//! Every converter works word by word because every rule that needs context (word start, "after a
//! vowel", ALL CAPS) is a property of the word, and because whatever lies between words —
//! spaces, punctuation, digits-only runs, emoji, Markdown markup — must come out byte for byte.

use crate::APOSTROPHES;

/// Whether `c` is one of the characters people type for the Uzbek ʻ/ʼ.
pub(crate) fn is_apostrophe(c: char) -> bool {
    APOSTROPHES.contains(&c)
}

/// Combining diacritics (U+0300–U+036F): kept inside a word so a decomposed letter does not
/// split it in two.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// A letter in the sense the converters need: ʻ and ʼ are Unicode letters (modifier letters), but
/// here they are apostrophes whose meaning depends on their neighbours.
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_apostrophe(c)
}

/// Lower case of one letter. `char::to_lowercase` turns `İ` into two characters (i + combining
/// dot); for the alphabets here the dotted capital İ is just the capital of `i`.
pub(crate) fn lower_char(c: char) -> char {
    if c == 'İ' {
        return 'i';
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Upper case of one letter, or the letter itself when the upper case is not a single character.
pub(crate) fn upper_char(c: char) -> char {
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Whether a word is written in capitals: at least two cased letters and no lower-case one. One
/// capital alone ("U", "Ш") is title case, so a digraph made from it is written "Sh", not "SH".
pub(crate) fn is_all_caps(word: &[char]) -> bool {
    let mut upper = 0;
    for &c in word {
        if is_letter(c) {
            if c.is_lowercase() {
                return false;
            }
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    upper >= 2
}

/// Pushes a lower-case rendering `lower` of one source letter, cased like that letter: unchanged
/// when it was lower case, all capitals inside an ALL-CAPS word ("Ш" in "ШАҲАР" → "SH"), title
/// case otherwise ("Шаҳар" → "Sh…"). `up` upper-cases one output character (Kazakh needs its own
/// because its capital of `i` is `İ`).
pub(crate) fn push_cased(
    out: &mut String,
    lower: &str,
    upper: bool,
    all_caps: bool,
    up: fn(char) -> char,
) {
    if !upper {
        out.push_str(lower);
        return;
    }
    let mut first = true;
    for ch in lower.chars() {
        if all_caps || first {
            out.push(up(ch));
        } else {
            out.push(ch);
        }
        if is_letter(ch) {
            first = false;
        }
    }
}

/// Pushes one output letter, upper-cased when `upper`.
pub(crate) fn push_one(out: &mut String, lower: char, upper: bool) {
    out.push(if upper { upper_char(lower) } else { lower });
}

/// Recomposes the few decomposed sequences that matter to the converters.
///
/// Text pasted from some phones and PDFs arrives in NFD: `й` as `и` + U+0306, `ö` as `o` + U+0308.
/// Without this, `и` would be converted and the breve left dangling. This is a tiny, std-only
/// subset of NFC covering exactly the letters the converters read; every other sequence is left
/// as it is.
pub(crate) fn compose(s: &str) -> Vec<char> {
    let mut v: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if is_mark(c) {
            if let Some(last) = v.last_mut() {
                if let Some(p) = precomposed(*last, c) {
                    *last = p;
                    continue;
                }
            }
        }
        v.push(c);
    }
    v
}

fn precomposed(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('и', '\u{306}') => 'й',
        ('И', '\u{306}') => 'Й',
        ('у', '\u{306}') => 'ў',
        ('У', '\u{306}') => 'Ў',
        ('е', '\u{308}') => 'ё',
        ('Е', '\u{308}') => 'Ё',
        ('a', '\u{308}') => 'ä',
        ('A', '\u{308}') => 'Ä',
        ('o', '\u{308}') => 'ö',
        ('O', '\u{308}') => 'Ö',
        ('u', '\u{308}') => 'ü',
        ('U', '\u{308}') => 'Ü',
        ('u', '\u{304}') => 'ū',
        ('U', '\u{304}') => 'Ū',
        ('g', '\u{306}') => 'ğ',
        ('G', '\u{306}') => 'Ğ',
        ('n', '\u{303}') => 'ñ',
        ('N', '\u{303}') => 'Ñ',
        ('s', '\u{327}') => 'ş',
        ('S', '\u{327}') => 'Ş',
        ('c', '\u{327}') => 'ç',
        ('C', '\u{327}') => 'Ç',
        ('I', '\u{307}') => 'İ',
        ('i', '\u{307}') => 'i',
        _ => return None,
    })
}

/// What a stretch of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A URL, e-mail address, handle or bare domain: never converted.
    Address,
    /// A word: letters and digits, with apostrophes and combining marks inside.
    Word,
    /// Anything else (spaces, punctuation, symbols, emoji): never converted.
    Other,
}

/// A stretch `start..end` (indices into the composed `char` slice) of one [`Kind`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seg {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Splits text into words, addresses and everything else. Concatenating the segments gives the
/// input back.
pub(crate) fn segment(chars: &[char]) -> Vec<Seg> {
    let mut segs = Vec::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let start = i;
        if chars[i].is_whitespace() {
            while i < n && chars[i].is_whitespace() {
                i += 1;
            }
            segs.push(Seg {
                kind: Kind::Other,
                start,
                end: i,
            });
            continue;
        }
        while i < n && !chars[i].is_whitespace() {
            i += 1;
        }
        match find_address(&chars[start..i]) {
            Some((a, b)) => {
                words(chars, start, start + a, &mut segs);
                segs.push(Seg {
                    kind: Kind::Address,
                    start: start + a,
                    end: start + b,
                });
                words(chars, start + b, i, &mut segs);
            }
            None => words(chars, start, i, &mut segs),
        }
    }
    segs
}

/// Converts every word of `s` with `word`; everything else is copied unchanged.
pub(crate) fn convert_words(s: &str, word: fn(&[char], &mut String)) -> String {
    let chars = compose(s);
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for seg in segment(&chars) {
        let part = &chars[seg.start..seg.end];
        if seg.kind == Kind::Word {
            word(part, &mut out);
        } else {
            out.extend(part.iter());
        }
    }
    out
}

fn starts_word(c: char) -> bool {
    c.is_alphanumeric() && !is_apostrophe(c)
}

fn words(chars: &[char], start: usize, end: usize, segs: &mut Vec<Seg>) {
    let mut i = start;
    while i < end {
        let s = i;
        if starts_word(chars[i]) {
            i += 1;
            while i < end
                && (chars[i].is_alphanumeric() || is_apostrophe(chars[i]) || is_mark(chars[i]))
            {
                i += 1;
            }
            segs.push(Seg {
                kind: Kind::Word,
                start: s,
                end: i,
            });
        } else {
            i += 1;
            while i < end && !starts_word(chars[i]) {
                i += 1;
            }
            segs.push(Seg {
                kind: Kind::Other,
                start: s,
                end: i,
            });
        }
    }
}

/// Top-level domains that mark a bare `name.tld` token as a web address. Only ones a migrant is
/// likely to meet: home and host countries, and the generic ones.
const TLDS: &[&str] = &[
    "uz", "ru", "kz", "kg", "tj", "tm", "az", "by", "ua", "ge", "com", "org", "net", "gov", "edu",
    "int", "info", "io", "me", "ae", "sa", "qa", "kr", "jp", "de", "uk", "us", "eu", "su", "tr",
    "pl", "cz", "lt", "lv", "ee", "fi", "app", "online", "site", "biz",
];

/// Finds the address inside one whitespace-free chunk, as `(start, end)` within it.
///
/// Why: a converted URL or e-mail no longer works, and a link's text is read by people while its
/// target is read by machines. Markdown links (`[text](https://…)`) put the URL in the same chunk
/// as a word, so the address starts at its scheme, not at the chunk's start.
fn find_address(chunk: &[char]) -> Option<(usize, usize)> {
    let len = chunk.len();
    // scheme://…
    if let Some(k) = (0..len.saturating_sub(2)).find(|&k| chunk[k..k + 3] == [':', '/', '/']) {
        let mut a = k;
        while a > 0
            && (chunk[a - 1].is_ascii_alphanumeric() || matches!(chunk[a - 1], '+' | '-' | '.'))
        {
            a -= 1;
        }
        if a < k {
            return Some((a, len));
        }
    }
    // www.…
    for p in 0..len {
        if chunk.len() - p >= 4
            && chunk[p..p + 4]
                .iter()
                .zip("www.".chars())
                .all(|(&c, w)| lower_char(c) == w)
            && (p == 0 || !chunk[p - 1].is_alphanumeric())
        {
            return Some((p, len));
        }
    }
    // e-mail address or @handle
    if let Some(at) = chunk.iter().position(|&c| c == '@') {
        let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
        let mut a = at;
        while a > 0 && ok(chunk[a - 1]) {
            a -= 1;
        }
        let mut b = at + 1;
        while b < len && ok(chunk[b]) {
            b += 1;
        }
        return Some((a, b));
    }
    // bare domain: jol.uz, e-gov.uz, t.me/name
    let cs = chunk.iter().position(|c| c.is_alphanumeric())?;
    let ce = chunk.iter().rposition(|c| c.is_alphanumeric())? + 1;
    let core = &chunk[cs..ce];
    let host_end = core.iter().position(|&c| c == '/').unwrap_or(core.len());
    let host = &core[..host_end];
    if !host.contains(&'.')
        || !host
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
    {
        return None;
    }
    let labels: Vec<&[char]> = host.split(|&c| c == '.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        return None;
    }
    let tld: String = labels.last()?.iter().collect();
    if TLDS.contains(&tld.as_str()) {
        Some((cs, len))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        let chars = compose(s);
        segment(&chars)
            .into_iter()
            .map(|g| (g.kind, chars[g.start..g.end].iter().collect()))
            .collect()
    }

    #[test]
    fn segments_rebuild_the_input() {
        let s = "Salom, [havola](https://e-gov.uz/a?b=1) va info@jol.uz! 5-sentabr 👍 oʻzbek";
        let rebuilt: String = kinds(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(rebuilt, s);
    }

    #[test]
    fn addresses_are_found() {
        let k = kinds("[havola](https://e-gov.uz/a)");
        assert!(k.contains(&(Kind::Address, "https://e-gov.uz/a)".to_string())));
        assert!(k.contains(&(Kind::Word, "havola".to_string())));
        let k = kinds("(www.mohre.gov.ae),");
        assert!(k.contains(&(Kind::Address, "www.mohre.gov.ae),".to_string())));
        let k = kinds("info@jol.uz.");
        assert!(k.contains(&(Kind::Address, "info@jol.uz.".to_string())));
        let k = kinds("jol.uz");
        assert_eq!(k, vec![(Kind::Address, "jol.uz".to_string())]);
        // "va h.k." (and so on) is not a domain
        assert!(kinds("h.k.").iter().all(|(k, _)| *k != Kind::Address));
        assert!(kinds("3.5").iter().all(|(k, _)| *k != Kind::Address));
    }

    #[test]
    fn decomposed_letters_are_recomposed() {
        assert_eq!(compose("и\u{306}"), vec!['й']);
        assert_eq!(compose("e\u{301}"), vec!['e', '\u{301}']);
    }

    #[test]
    fn all_caps_needs_two_capitals() {
        let w: Vec<char> = "ШАҲАР".chars().collect();
        assert!(is_all_caps(&w));
        let w: Vec<char> = "Ш".chars().collect();
        assert!(!is_all_caps(&w));
        let w: Vec<char> = "Шаҳар".chars().collect();
        assert!(!is_all_caps(&w));
    }
}
