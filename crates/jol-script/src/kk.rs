//! Kazakh: Cyrillic ↔ Latin, using the Latin alphabet presented by the Government of Kazakhstan in
//! January 2021 (the version with diacritics and no apostrophes or digraphs):
//!
//! | Cyrillic | Latin | Cyrillic | Latin | Cyrillic | Latin |
//! |---|---|---|---|---|---|
//! | а | a | к | k | ұ | ū |
//! | ә | ä | қ | q | ү | ü |
//! | б | b | л | l | ф | f |
//! | в | v | м | m | х, һ | h |
//! | г | g | н | n | ч | ç |
//! | ғ | ğ | ң | ñ | ш | ş |
//! | д | d | о | o | ы | y |
//! | е, э | e | ө | ö | і | ı (capital I) |
//! | ж | j | п | p | и, й | i (capital İ) |
//! | з | z | р | r | у | u |
//! | с | s | т | t |  |  |
//!
//! Letters the 2021 alphabet leaves out, for Russian loans: ё → io, ю → iu, я → ia, ц → ts,
//! щ → şş; ъ and ь are dropped. Those are the spellings commonly used with the 2021 table.
//!
//! The Latin → Cyrillic direction must undo the merges, so it guesses by position (documented on
//! [`crate::kk_latin_to_cyrillic`]); for search it also reads the informal digraphs people type
//! on keyboards without ş ç ž (sh, ch, zh) and x/c/w.

use crate::text::{convert_words, is_all_caps, is_letter, is_mark, push_cased, push_one};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Vowel,
    Cons,
}

/// Kazakh upper case: the capital of dotted `i` is `İ` and of dotless `ı` is `I`.
fn kk_upper(c: char) -> char {
    match c {
        'i' => 'İ',
        'ı' => 'I',
        _ => crate::text::upper_char(c),
    }
}

/// Kazakh lower case: `I` is the capital of `ı`, `İ` of `i`.
fn kk_lower(c: char) -> char {
    match c {
        'I' => 'ı',
        'İ' => 'i',
        _ => crate::text::lower_char(c),
    }
}

pub(crate) fn cyrillic_to_latin(s: &str) -> String {
    convert_words(s, word_to_latin)
}

pub(crate) fn latin_to_cyrillic(s: &str) -> String {
    convert_words(s, word_to_cyrillic)
}

fn word_to_latin(w: &[char], out: &mut String) {
    let all_caps = is_all_caps(w);
    for &c in w {
        let l = crate::text::lower_char(c);
        let latin = match l {
            'а' => "a",
            'ә' => "ä",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'ғ' => "ğ",
            'д' => "d",
            'е' | 'э' => "e",
            'ё' => "io",
            'ж' => "j",
            'з' => "z",
            'и' | 'й' => "i",
            'і' => "ı",
            'к' => "k",
            'қ' => "q",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'ң' => "ñ",
            'о' => "o",
            'ө' => "ö",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ұ' => "ū",
            'ү' => "ü",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ç",
            'ш' => "ş",
            'щ' => "şş",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "iu",
            'я' => "ia",
            _ => {
                out.push(c);
                continue;
            }
        };
        push_cased(out, latin, c.is_uppercase(), all_caps, kk_upper);
    }
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ä' | 'e' | 'i' | 'ı' | 'o' | 'ö' | 'u' | 'ū' | 'ü' | 'y'
    )
}

fn word_to_cyrillic(w: &[char], out: &mut String) {
    let lc: Vec<char> = w.iter().map(|&c| kk_lower(c)).collect();
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    let mut prev = Prev::Start;
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let l = lc[i];
        let up = c.is_uppercase();
        let (cyr, step): (char, usize) = match l {
            'a' => ('а', 1),
            'ä' => ('ә', 1),
            'b' => ('б', 1),
            'c' => {
                if at(i + 1) == 'h' {
                    ('ч', 2)
                } else {
                    ('ц', 1)
                }
            }
            'ç' => ('ч', 1),
            'd' => ('д', 1),
            'e' => ('е', 1),
            'f' => ('ф', 1),
            'g' => ('г', 1),
            'ğ' => ('ғ', 1),
            'h' => ('х', 1),
            'i' => {
                // ia/iu are я/ю at the start of a word and after a vowel (iurist, ūialy, kiiu);
                // after a consonant they are и + a/u (material, diagnoz).
                // i after a vowel other than i is й (üi, syi, Resei); elsewhere и (İİN → ИИН).
                let n = at(i + 1);
                if matches!(prev, Prev::Start | Prev::Vowel) && n == 'a' {
                    ('я', 2)
                } else if matches!(prev, Prev::Start | Prev::Vowel) && n == 'u' {
                    ('ю', 2)
                } else if prev == Prev::Vowel && i > 0 && lc[i - 1] != 'i' {
                    ('й', 1)
                } else {
                    ('и', 1)
                }
            }
            'ı' => ('і', 1),
            'j' => ('ж', 1),
            'k' => ('к', 1),
            'l' => ('л', 1),
            'm' => ('м', 1),
            'n' => ('н', 1),
            'ñ' => ('ң', 1),
            'o' => ('о', 1),
            'ö' => ('ө', 1),
            'p' => ('п', 1),
            'q' => ('қ', 1),
            'r' => ('р', 1),
            's' => {
                if at(i + 1) == 'h' {
                    ('ш', 2)
                } else {
                    ('с', 1)
                }
            }
            'ş' => {
                if at(i + 1) == 'ş' {
                    ('щ', 2)
                } else {
                    ('ш', 1)
                }
            }
            't' => {
                // ts is ц only at the start of a word or before i + vowel (politsiia); Kazakh
                // verb forms join т and с all the time (ketse, atsa).
                let a = at(i + 2);
                let affricate = at(i + 1) == 's'
                    && a != 'h'
                    && ((prev == Prev::Start && is_letter(a)) || (a == 'i' && is_vowel(at(i + 3))));
                if affricate {
                    ('ц', 2)
                } else {
                    ('т', 1)
                }
            }
            'u' => ('у', 1),
            'ū' => ('ұ', 1),
            'ü' => ('ү', 1),
            'v' => ('в', 1),
            'w' => ('у', 1),
            'x' => ('х', 1),
            'y' => ('ы', 1),
            'z' => {
                if at(i + 1) == 'h' {
                    ('ж', 2)
                } else {
                    ('з', 1)
                }
            }
            _ => {
                out.push(c);
                if !is_mark(c) {
                    prev = Prev::Start;
                }
                i += 1;
                continue;
            }
        };
        push_one(out, cyr, up);
        // у counts as a vowel here: after it, i is й (būiryq → бұйрық) as after any vowel.
        prev = if matches!(
            cyr,
            'а' | 'ә' | 'е' | 'и' | 'і' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'я' | 'ю'
        ) {
            Prev::Vowel
        } else {
            Prev::Cons
        };
        i += step;
    }
}
