//! One spelling for what editors wrote and what users type.
//!
//! Search compares words only after both sides went through the same steps, in this order:
//!
//! 1. [`normalize`]: NFC, Unicode lowercase, `ё`→`е`, every apostrophe variant made `ʼ` (U+02BC),
//!    control characters made spaces, and Latin look-alike letters inside Cyrillic words (and the
//!    reverse) repaired. This is lossless for meaning: an editor's text and a careful user's query
//!    come out identical.
//! 2. [`words`]: splitting into words. A word is a run of letters, digits and combining marks, with
//!    apostrophes allowed inside (`oʻzbek`, `maʼlumot`).
//! 3. [`fold`]: the keyboard folds, which *do* lose information: the letters a Russian keyboard
//!    lacks (`ө ү ң ә ғ қ ұ һ і ў ҳ`) become their nearest Russian letter, Latin diacritics go, and
//!    apostrophes are dropped, so `толонбой` finds `төлөнбөй` and `royxat` finds `roʻyxat`. The
//!    index keeps the unfolded word beside the folded one so exact spellings still rank first.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The one apostrophe every variant becomes. U+02BC is a letter (Lm), so it stays inside words in
/// every tokenizer, unlike U+0027, which FTS5 and most splitters treat as punctuation.
pub const APOSTROPHE: char = '\u{02BC}';

/// Canonical form of any text: see the module doc. Word boundaries are kept where they were
/// (control characters become spaces), so the UI can normalise a title and a query alike and
/// compare words.
pub fn normalize(s: &str) -> String {
    let mut lowered = String::with_capacity(s.len());
    for c in s.nfc() {
        if jol_script::APOSTROPHES.contains(&c) {
            lowered.push(APOSTROPHE);
        } else if c.is_control() || is_invisible(c) {
            lowered.push(' ');
        } else if c == 'İ' {
            // Rust lowercases it to `i` + U+0307; the dot is noise for search.
            lowered.push('i');
        } else {
            for l in c.to_lowercase() {
                lowered.push(if l == 'ё' { 'е' } else { l });
            }
        }
    }
    // Lowercasing can leave a base letter beside a combining mark it now composes with.
    let composed: String = if lowered.chars().any(is_combining_mark) {
        lowered
            .nfc()
            .map(|c| if c == 'ё' { 'е' } else { c })
            .collect()
    } else {
        lowered
    };
    repair_lookalikes(&composed)
}

/// Zero-width and direction marks: invisible in a query box, but they would split or glue words.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Whether `c` may be part of a word (apostrophes only inside one, see [`words`]).
pub(crate) fn is_word_char(c: char) -> bool {
    // Fast paths for the scripts the content is in: the general test is a table search, and
    // snippets classify every character of a page of text.
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        // Cyrillic letters (the block's signs and combining marks U+0482–U+0489 excepted).
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        '\u{A0}' | '\u{2000}'..='\u{206F}' => false,
        APOSTROPHE => true,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// Byte ranges of the words of an already normalised string.
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { s, pos: 0 }
}

/// Iterator behind [`words`].
pub(crate) struct Words<'a> {
    s: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let rest = &self.s[self.pos..];
        let mut start = None;
        let mut end = self.s.len();
        for (i, c) in rest.char_indices() {
            let at = self.pos + i;
            // An apostrophe opens no word: quotes around a word are punctuation.
            let opens = c != APOSTROPHE && !is_combining_mark(c) && is_word_char(c);
            match start {
                None if opens => start = Some(at),
                Some(_) if !is_word_char(c) => {
                    end = at;
                    break;
                }
                _ => {}
            }
        }
        let start = start?;
        self.pos = end;
        // A trailing apostrophe closes a quote; it is not part of the word.
        let word = self.s[start..end].trim_end_matches(APOSTROPHE);
        Some((start, start + word.len()))
    }
}

/// The writing system of a word, judged by its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Cyrillic,
    Latin,
    /// Digits only, or another script: no stemmer or transliteration applies.
    Other,
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
            && c != '\u{00D7}'
            && c != '\u{00F7}'
}

/// The script most of the word's letters are in (Cyrillic wins a tie: the repair below has already
/// made mixed words whole).
pub(crate) fn script_of(word: &str) -> Script {
    let (mut cyr, mut lat) = (0usize, 0usize);
    for c in word.chars() {
        if is_cyrillic(c) {
            cyr += 1;
        } else if is_latin(c) {
            lat += 1;
        }
    }
    if cyr == 0 && lat == 0 {
        Script::Other
    } else if cyr >= lat {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

/// Latin letters that look like Cyrillic ones, as phones autocorrect or users switch keyboards
/// mid-word: `пaспорт` with a Latin `a` must still be `паспорт`.
const LOOKALIKES: [(char, char); 8] = [
    ('a', 'а'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('c', 'с'),
    ('x', 'х'),
    ('y', 'у'),
    ('i', 'і'),
];

fn latin_to_cyrillic_lookalike(c: char) -> Option<char> {
    LOOKALIKES.iter().find(|(l, _)| *l == c).map(|(_, k)| *k)
}

fn cyrillic_to_latin_lookalike(c: char) -> Option<char> {
    LOOKALIKES.iter().find(|(_, k)| *k == c).map(|(l, _)| *l)
}

/// Makes each mixed-script word whole: when every Latin letter of a word that also has Cyrillic
/// letters is a look-alike, they become Cyrillic; the reverse for a Latin word with Cyrillic
/// look-alikes. Words that mix real letters of both scripts are left alone: they are not typos.
fn repair_lookalikes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (start, end) in words(s) {
        out.push_str(&s[last..start]);
        repair_word(&s[start..end], &mut out);
        last = end;
    }
    out.push_str(&s[last..]);
    out
}

fn repair_word(word: &str, out: &mut String) {
    let (mut cyr, mut lat, mut cyr_real, mut lat_real) = (0, 0, 0, 0);
    for c in word.chars() {
        if is_cyrillic(c) {
            cyr += 1;
            if cyrillic_to_latin_lookalike(c).is_none() {
                cyr_real += 1;
            }
        } else if is_latin(c) {
            lat += 1;
            if latin_to_cyrillic_lookalike(c).is_none() {
                lat_real += 1;
            }
        }
    }
    if cyr == 0 || lat == 0 {
        out.push_str(word);
        return;
    }
    let to_cyrillic = if lat_real == 0 && cyr_real > 0 {
        true
    } else if cyr_real == 0 && lat_real > 0 {
        false
    } else if lat_real == 0 && cyr_real == 0 {
        cyr >= lat
    } else {
        out.push_str(word);
        return;
    };
    for c in word.chars() {
        let mapped = if to_cyrillic {
            latin_to_cyrillic_lookalike(c)
        } else {
            cyrillic_to_latin_lookalike(c)
        };
        out.push(mapped.unwrap_or(c));
    }
}

/// The keyboard fold of one normalised word (see the module doc). Folding maps letters one to one
/// except that apostrophes and Latin combining marks disappear.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold_char(c) {
            Fold::Keep => out.push(c),
            Fold::To(f) => out.push(f),
            Fold::Drop => {}
            Fold::Decompose => {
                for d in std::iter::once(c).nfd() {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                }
            }
        }
    }
    out
}

enum Fold {
    Keep,
    To(char),
    Drop,
    Decompose,
}

fn fold_char(c: char) -> Fold {
    match c {
        // Kyrgyz, Kazakh and Uzbek Cyrillic letters a Russian keyboard lacks.
        'ө' => Fold::To('о'),
        'ү' | 'ұ' | 'ў' => Fold::To('у'),
        'ң' => Fold::To('н'),
        'ә' => Fold::To('а'),
        'ғ' => Fold::To('г'),
        'қ' => Fold::To('к'),
        'һ' | 'ҳ' => Fold::To('х'),
        'і' => Fold::To('и'),
        // Latin: the dotless i of Kazakh Latin, and apostrophes (`oʻ`, `gʻ`, `maʼlumot`).
        'ı' => Fold::To('i'),
        APOSTROPHE => Fold::Drop,
        c if c.is_ascii() => Fold::Keep,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Fold::Decompose,
        c if is_combining_mark(c) => Fold::Drop,
        _ => Fold::Keep,
    }
}

/// Whether the word contains a letter [`fold`] changes, i.e. whether its exact spelling carries
/// information a folded query lacks.
pub(crate) fn folds_away(word: &str) -> bool {
    word.chars().any(|c| !matches!(fold_char(c), Fold::Keep))
}

/// The part of a word the full-text index can hold as one token: letters and digits only. The FTS5
/// tokenizer is told to split on spaces alone, and this keeps anything else out of its way.
pub(crate) fn index_safe(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric() && !is_combining_mark(*c))
        .collect()
}

/// A cheap stand-in for normalise-and-fold of a word's first letters, used to skip words that
/// cannot match before doing the full work. Look-alikes map to one class so repair cannot fool it.
pub(crate) fn loose_char(c: char) -> char {
    // Lowercase without the general table for the common letters: this runs on every word of a
    // snippet's text.
    let l = match c {
        'A'..='Z' => char::from(c as u8 + 32),
        'a'..='z' | '0'..='9' | 'а'..='я' => c,
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        _ => c.to_lowercase().next().unwrap_or(c),
    };
    let l = if l == 'ё' { 'е' } else { l };
    let l = match fold_char(l) {
        Fold::To(f) => f,
        Fold::Decompose => std::iter::once(l)
            .nfd()
            .next()
            .map(|d| d.to_lowercase().next().unwrap_or(d))
            .unwrap_or(l),
        Fold::Keep | Fold::Drop => l,
    };
    match cyrillic_to_latin_lookalike(l) {
        Some(lat) => lat,
        // `і` folds to `и`, whose look-alike class is Latin `i`.
        None if l == 'и' => 'i',
        None => l,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_list(s: &str) -> Vec<&str> {
        words(s).map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn lowercases_composes_and_merges_yo() {
        assert_eq!(normalize("ЁЛКА Ёж"), "елка еж");
        // `е` + U+0308 decomposed is still `е` after composing.
        assert_eq!(normalize("е\u{0308}ж"), "еж");
        // `и` + U+0306 composes to `й`, which is not folded.
        assert_eq!(normalize("И\u{0306}"), "й");
        assert_eq!(normalize("ПАСПОРТ"), "паспорт");
        assert_eq!(normalize("İstanbul"), "istanbul");
    }

    #[test]
    fn every_apostrophe_becomes_one() {
        for a in ['\'', '`', '´', '‘', '’', 'ʻ', 'ʼ'] {
            assert_eq!(normalize(&format!("O{a}zbekiston")), "oʼzbekiston", "{a:?}");
        }
        assert_eq!(
            word_list(&normalize("ro‘yxatdan o'tish")),
            ["roʼyxatdan", "oʼtish"]
        );
    }

    #[test]
    fn quotes_around_words_are_not_part_of_them() {
        let n = normalize("'patent' ‘виза’");
        assert_eq!(word_list(&n), ["patent", "виза"]);
    }

    #[test]
    fn control_and_invisible_characters_split_words() {
        assert_eq!(
            word_list(&normalize("пас\0порт\u{200B}виза\tok")),
            ["пас", "порт", "виза", "ok"]
        );
    }

    #[test]
    fn latin_lookalikes_inside_cyrillic_words_are_repaired() {
        // Latin a, o, p, c, e, x, y in otherwise Cyrillic words.
        assert_eq!(normalize("пaспopт"), "паспорт");
        assert_eq!(normalize("peгиcтpaция"), "регистрация");
        assert_eq!(normalize("xoзяин"), "хозяин");
        assert_eq!(normalize("yслуга"), "услуга");
        // Kazakh `і` typed as Latin `i`.
        assert_eq!(normalize("тiркеу"), "тіркеу");
        // The reverse: a Latin word with a Cyrillic look-alike.
        assert_eq!(normalize("pаtent"), "patent");
        // Real letters of both scripts: not a look-alike slip, left alone.
        assert_eq!(normalize("visaвиза"), "visaвиза");
    }

    #[test]
    fn folds_map_keyboard_letters() {
        assert_eq!(fold("төлөнбөй"), "толонбой"); // ky
        assert_eq!(fold("үй"), "уй");
        assert_eq!(fold("миң"), "мин");
        assert_eq!(fold("әңгіме"), "ангиме"); // kk
        assert_eq!(fold("ғұмыр"), "гумыр");
        assert_eq!(fold("қала"), "кала");
        assert_eq!(fold("һәм"), "хам");
        assert_eq!(fold("ўзбек"), "узбек"); // uz-Cyrl
        assert_eq!(fold("қўл"), "кул");
        assert_eq!(fold("ҳақ"), "хак");
        assert_eq!(fold("ғалла"), "галла");
        assert_eq!(fold("roʼyxatdan"), "royxatdan"); // uz Latin
        assert_eq!(fold("jumysşy"), "jumyssy"); // kk Latin diacritics
        assert_eq!(fold("qazaqstan"), "qazaqstan");
        assert_eq!(fold("паспорт"), "паспорт"); // Russian is untouched
        assert_eq!(fold("й"), "й");
        assert!(folds_away("төлөм"));
        assert!(!folds_away("толом"));
    }

    #[test]
    fn index_safe_keeps_letters_and_digits_only() {
        assert_eq!(index_safe("oʼzbek"), "oʼzbek");
        assert_eq!(index_safe("a\u{0301}b"), "ab");
        assert_eq!(index_safe("115"), "115");
    }

    #[test]
    fn loose_char_agrees_with_normalise_and_fold() {
        for w in ["Төлөм", "пaспорт", "Oʻzbek", "ÄLEM", "Ёлка", "ішкі"] {
            let strict = fold(&normalize(w));
            let strict_first = strict.chars().next().map(loose_char);
            assert_eq!(w.chars().next().map(loose_char), strict_first, "{w}");
        }
    }

    #[test]
    fn script_detection() {
        assert_eq!(script_of("паспорт"), Script::Cyrillic);
        assert_eq!(script_of("patent"), Script::Latin);
        assert_eq!(script_of("oʼzbek"), Script::Latin);
        assert_eq!(script_of("115"), Script::Other);
        assert_eq!(script_of("日本"), Script::Other);
    }
}
