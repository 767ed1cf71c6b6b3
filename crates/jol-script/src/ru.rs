//! Russian typed in Latin letters ("translit") → Cyrillic.
//!
//! Migrants without a Russian keyboard type "registraciya", "trudovoy dogovor", "pasport
//! otobrali". There is no standard, so this reads the common habits at once: sh ch zh kh shch
//! sch ts c x j, y as й/ы, ya yu yo ye, and ' as ь. The result is the single most likely
//! spelling, used by search as one more form of the query; it need not be perfect (a missing
//! soft sign still matches by prefix), but it must never be random.

use crate::text::{convert_words, is_all_caps, is_apostrophe, is_letter, is_mark, push_one};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Vowel,
    Cons,
    Sign,
}

/// Word beginnings where a Latin `e` stands for э, not е: этот/это/этаж/этап, экзамен, эксперт,
/// экстренный, экономика, электронный, эмиграция, энергия, эффект, эвакуация. Everywhere else
/// `e` is е (если, есть, еда, Европа — the far more common letter).
const E_AS_EH: [&str; 16] = [
    "et", "ekz", "eksp", "ekst", "eksk", "ekon", "ekip", "ekran", "ekol", "elektr", "elit",
    "emigr", "energ", "effekt", "evakua", "evolyu",
];

/// Word beginnings where `ts` is т+с across the prefix от-, not ц (отсутствие, отсюда).
/// Before a consonant `ts` is т+с anyway (отсрочка, детский, соответствие).
const OT_S: [(&str, &str); 2] = [("otsut", "отсут"), ("otsyud", "отсюд")];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

pub(crate) fn latin_to_cyrillic(s: &str) -> String {
    convert_words(s, word_to_cyrillic)
}

fn starts_with(lc: &[char], prefix: &str) -> bool {
    prefix
        .chars()
        .enumerate()
        .all(|(k, c)| lc.get(k) == Some(&c))
}

fn word_to_cyrillic(w: &[char], out: &mut String) {
    let all_caps = is_all_caps(w);
    let lc: Vec<char> = w.iter().map(|&c| crate::text::lower_char(c)).collect();
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    let is_letter_at = |k: usize| w.get(k).is_some_and(|&c| is_letter(c));
    let letters = w.iter().filter(|&&c| is_letter(c)).count();
    let mut prev = Prev::Start;
    let mut i = 0;

    if let Some((latin, cyr)) = OT_S.iter().find(|(latin, _)| starts_with(&lc, latin)) {
        for (k, ch) in cyr.chars().enumerate() {
            push_one(out, ch, w.get(k).is_some_and(|c| c.is_uppercase()));
        }
        i = latin.chars().count();
        prev = Prev::Cons;
    }

    while i < w.len() {
        let c = w[i];
        let l = lc[i];
        let up = c.is_uppercase();
        let (cyr, step, next): (char, usize, Prev) = match l {
            'a' => ('а', 1, Prev::Vowel),
            'b' => ('б', 1, Prev::Cons),
            'c' => {
                if at(i + 1) == 'h' {
                    ('ч', 2, Prev::Cons)
                } else {
                    ('ц', 1, Prev::Cons)
                }
            }
            'd' => ('д', 1, Prev::Cons),
            'e' => {
                if i == 0 && E_AS_EH.iter().any(|p| starts_with(&lc, p)) {
                    ('э', 1, Prev::Vowel)
                } else {
                    ('е', 1, Prev::Vowel)
                }
            }
            'f' => ('ф', 1, Prev::Cons),
            'g' => ('г', 1, Prev::Cons),
            'h' => ('х', 1, Prev::Cons),
            'i' => {
                // Final -oi/-yi/-ei of a longer word is -ой/-ый/-ей (trudovoi, novyi, detei);
                // short мои/твои/свои keep и.
                let final_glide = !is_letter_at(i + 1)
                    && i > 0
                    && prev == Prev::Vowel
                    && matches!(lc[i - 1], 'o' | 'y' | 'e')
                    && letters >= 5;
                if final_glide {
                    ('й', 1, Prev::Cons)
                } else {
                    ('и', 1, Prev::Vowel)
                }
            }
            'j' => ('ж', 1, Prev::Cons),
            'k' => {
                if at(i + 1) == 'h' {
                    ('х', 2, Prev::Cons)
                } else {
                    ('к', 1, Prev::Cons)
                }
            }
            'l' => {
                // -льств- is always written with ь (жительство, консульство, посольство).
                if at(i + 1) == 's' && at(i + 2) == 't' && at(i + 3) == 'v' {
                    push_one(out, 'л', up);
                    ('ь', 1, Prev::Sign)
                } else {
                    ('л', 1, Prev::Cons)
                }
            }
            'm' => ('м', 1, Prev::Cons),
            'n' => ('н', 1, Prev::Cons),
            'o' => ('о', 1, Prev::Vowel),
            'p' => ('п', 1, Prev::Cons),
            'q' => ('к', 1, Prev::Cons),
            'r' => ('р', 1, Prev::Cons),
            's' => {
                if at(i + 1) == 'h' && at(i + 2) == 'c' && at(i + 3) == 'h' {
                    ('щ', 4, Prev::Cons)
                } else if at(i + 1) == 'c' && at(i + 2) == 'h' && prev != Prev::Start {
                    // sch is щ inside a word (obschezhitie) but с+ч at its start (schet, schitat).
                    ('щ', 3, Prev::Cons)
                } else if at(i + 1) == 'h' {
                    ('ш', 2, Prev::Cons)
                } else {
                    ('с', 1, Prev::Cons)
                }
            }
            't' => {
                let a = at(i + 2);
                if at(i + 1) == 's' && a != 'h' {
                    if a == 'y' && at(i + 3) == 'a' && !is_letter_at(i + 4) {
                        // -tsya is the reflexive -тся (trebuetsya → требуется).
                        push_one(out, 'т', up);
                        push_one(out, 'с', all_caps);
                        ('я', 4, Prev::Vowel)
                    } else if is_vowel(a) || a == 'y' || a == 'v' || !is_letter_at(i + 2) {
                        ('ц', 2, Prev::Cons)
                    } else {
                        // before another consonant: детский, отсрочка, соответствие
                        ('т', 1, Prev::Cons)
                    }
                } else {
                    ('т', 1, Prev::Cons)
                }
            }
            'u' => ('у', 1, Prev::Vowel),
            'v' | 'w' => ('в', 1, Prev::Cons),
            'x' => ('х', 1, Prev::Cons),
            'y' => {
                let n = at(i + 1);
                match (prev, n) {
                    (_, 'a') => ('я', 2, Prev::Vowel),
                    (_, 'u') => ('ю', 2, Prev::Vowel),
                    (Prev::Start | Prev::Cons | Prev::Sign, 'o') => ('ё', 2, Prev::Vowel),
                    (Prev::Start | Prev::Vowel | Prev::Sign, 'e') => ('е', 2, Prev::Vowel),
                    // after a consonant y is ы (vyzov, novyy, migracionnyy)…
                    (Prev::Cons, _) => ('ы', 1, Prev::Vowel),
                    // …after a vowel or at the start it is й (trudovoy, moy, rayon)
                    _ => ('й', 1, Prev::Cons),
                }
            }
            'z' => {
                if at(i + 1) == 'h' {
                    ('ж', 2, Prev::Cons)
                } else {
                    ('з', 1, Prev::Cons)
                }
            }
            _ if is_apostrophe(c) => {
                // An apostrophe between letters is the soft sign (zhitel'stvo, sem'ya).
                if prev == Prev::Cons && is_letter_at(i + 1) {
                    push_one(out, 'ь', all_caps);
                    prev = Prev::Sign;
                } else {
                    out.push(c);
                    prev = Prev::Start;
                }
                i += 1;
                continue;
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
        let upper = if cyr == 'ь' { all_caps } else { up };
        push_one(out, cyr, upper);
        prev = next;
        i += step;
    }
}
