//! Uzbek: Latin (the 1995 alphabet as amended, with oʻ gʻ sh ch ng and the tutuq belgisi ʼ) ↔
//! Cyrillic.
//!
//! Latin → Cyrillic is what the content build uses to make every `uz-Cyrl` text, so it must be
//! deterministic (no dictionaries that change with data, no randomness) and must know the
//! places where the two alphabets are not one-to-one. Those places, and the rule chosen for each,
//! are listed on [`crate::uz_latin_to_cyrillic`].

use crate::text::{
    compose, is_all_caps, is_apostrophe, is_letter, lower_char, push_cased, push_one, segment,
    upper_char, Kind, Seg,
};

/// What came before the letter being converted: decides е/э, ye/е, ts/ц and ъ/ь.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prev {
    /// Start of a word (or after a digit or other non-letter).
    Start,
    Vowel,
    /// A consonant; the Latin consonant is kept because `ye` after `b`/`d` is written `ъе`.
    Cons(char),
    /// ъ or ь.
    Sign,
}

/// Month names whose Latin spelling lost a letter the Cyrillic spelling still has (the soft sign,
/// and я after т in "sentabr"/"oktabr"). Latin stem → Cyrillic stem. The whole word gets a
/// final ь (сентябрь); with a suffix the ь is dropped as Uzbek Cyrillic does (сентябрдан,
/// февралида). The table is closed and tiny on purpose: it is the only lexical knowledge here,
/// and these words occur in nearly every dated text.
const MONTH_STEMS: [(&str, &str); 9] = [
    ("yanvar", "январ"),
    ("fevral", "феврал"),
    ("aprel", "апрел"),
    ("iyun", "июн"),
    ("iyul", "июл"),
    ("sentabr", "сентябр"),
    ("oktabr", "октябр"),
    ("noyabr", "ноябр"),
    ("dekabr", "декабр"),
];

/// Abbreviations that Uzbek Cyrillic text writes in Cyrillic, keyed by their Latin letters in
/// upper case. An ALL-CAPS token (or the capital part of `MVDda`, `TsONda`) found here is
/// written as given instead of being kept as a foreign acronym.
///
/// Two kinds: Uzbek abbreviations (AQSH → АҚШ, BAA → БАА, TIV → ТИВ, OHK → ОҲК), and the
/// Russian and Kazakh bureaucracy's own Cyrillic abbreviations that Uzbek Latin text can only
/// transliterate (MVD → МВД, MFC → МФЦ, TsON → ЦОН, FZ → ФЗ). Latin-born acronyms (MOHRE, EPS,
/// IOM, ID) are not here and stay Latin. The mixed-case Latin forms of Uzbek abbreviations
/// (AQSh, JShShIR, MChJ, YaTT, YeOII) convert by the letter rules anyway.
const CYRILLIC_ACRONYMS: [(&str, &str); 49] = [
    // Uzbek
    ("AQSH", "АҚШ"),
    ("BAA", "БАА"),
    ("BMT", "БМТ"),
    ("MDH", "МДҲ"),
    ("IIV", "ИИВ"),
    ("IIB", "ИИБ"),
    ("TIV", "ТИВ"),
    ("OIV", "ОИВ"),
    ("OHK", "ОҲК"),
    ("BHM", "БҲМ"),
    ("XMT", "ХМТ"),
    ("JSHSHIR", "ЖШШИР"),
    ("STIR", "СТИР"),
    ("YEI", "ЕИ"),
    ("YEOII", "ЕОИИ"),
    ("MCHJ", "МЧЖ"),
    ("YATT", "ЯТТ"),
    ("FHDYO", "ФҲДЁ"),
    ("QQS", "ҚҚС"),
    ("OTM", "ОТМ"),
    ("DXX", "ДХХ"),
    ("FVV", "ФВВ"),
    ("YHXB", "ЙҲХБ"),
    ("OAV", "ОАВ"),
    // Russian and Kazakh, as they are written in Cyrillic
    ("RF", "РФ"),
    ("MVD", "МВД"),
    ("GUVM", "ГУВМ"),
    ("UVM", "УВМ"),
    ("FMS", "ФМС"),
    ("UFMS", "УФМС"),
    ("MFC", "МФЦ"),
    ("MFTS", "МФЦ"),
    ("MMTS", "ММЦ"),
    ("OVIR", "ОВИР"),
    ("INN", "ИНН"),
    ("SNILS", "СНИЛС"),
    ("NDFL", "НДФЛ"),
    ("RVP", "РВП"),
    ("VNJ", "ВНЖ"),
    ("VNZH", "ВНЖ"),
    ("FSB", "ФСБ"),
    ("FSSP", "ФССП"),
    ("FZ", "ФЗ"),
    ("EAES", "ЕАЭС"),
    ("SNG", "СНГ"),
    ("MRP", "МРП"),
    ("IIN", "ИИН"),
    ("ESUTD", "ЕСУТД"),
    ("TSON", "ЦОН"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Latin letters (in any Unicode block) — used to spot letters outside the Uzbek alphabet.
fn is_latin_letter(c: char) -> bool {
    is_letter(c)
        && (c.is_ascii_alphabetic()
            || matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF))
}

/// Whether the word carries an Uzbek apostrophe letter: oʻ, gʻ or a tutuq between letters. No
/// foreign acronym or brand has one, so such a word is Uzbek even in ALL CAPS (OʻZBEKISTON).
fn has_uzbek_apostrophe(w: &[char]) -> bool {
    (1..w.len()).any(|i| {
        is_apostrophe(w[i])
            && is_letter(w[i - 1])
            && (w.get(i + 1).is_some_and(|&c| is_letter(c)) || lower_char(w[i - 1]) == 'g')
    })
}

/// A word that is not Uzbek by its spelling, so converting it letter by letter would only mangle
/// it (Facebook → "Фасебоок"): it has a Latin letter outside the Uzbek alphabet (c not in ch, w,
/// é, ü, ß…); or a `y` between a consonant and a non-vowel (Fly, Sydney: Uzbek never spells that);
/// or starts with a letter and contains a digit (B2, Profit4you, COVID19); or is camel-cased like a
/// brand (iPhone, eSIM, WhatsApp, YouTube, TikTok — but not the Uzbek abbreviations JShShIR,
/// MChJ, OʻzR, ToshDU, whose lower-case letters are single).
fn is_foreign(w: &[char]) -> bool {
    let lc: Vec<char> = w.iter().map(|&c| lower_char(c)).collect();
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    for (i, &c) in w.iter().enumerate() {
        if !is_latin_letter(c) {
            continue;
        }
        let l = lc[i];
        if !l.is_ascii_lowercase() || l == 'w' || (l == 'c' && at(i + 1) != 'h') {
            return true;
        }
        if l == 'y' && i > 0 {
            let p = lc[i - 1];
            let n = at(i + 1);
            if p.is_ascii_lowercase() && !is_vowel(p) && p != 'y' && !is_vowel(n) {
                return true;
            }
        }
    }
    if w.first().is_some_and(|&c| is_letter(c)) && w.iter().any(|c| c.is_ascii_digit()) {
        return true;
    }
    is_brand_camel_case(w)
}

fn is_brand_camel_case(w: &[char]) -> bool {
    let low = |k: usize| w.get(k).is_some_and(|&c| is_letter(c) && c.is_lowercase());
    let up = |k: usize| w.get(k).is_some_and(|&c| is_letter(c) && c.is_uppercase());
    if low(0) && up(1) {
        return true;
    }
    let inner_word = (0..w.len()).any(|i| low(i) && up(i + 1) && low(i + 2));
    let long_lower_run = (0..w.len()).any(|i| low(i) && low(i + 1));
    inner_word && long_lower_run
}

/// An ALL-CAPS Latin token of two or more letters/digits: MOHRE, HOPS, EPS, TOPIK, UK, IOM,
/// IELTS, HR, roman numerals (XXI). Organisation and brand acronyms are written in Latin inside
/// Uzbek Cyrillic text, and a letter-by-letter conversion (MOHRE → "МОҲРЕ") is simply wrong.
fn is_caps_acronym(w: &[char]) -> bool {
    if has_uzbek_apostrophe(w) {
        return false;
    }
    let mut letters = 0;
    let mut alnum = 0;
    for &c in w {
        if c.is_alphanumeric() && !is_apostrophe(c) {
            alnum += 1;
        }
        if is_letter(c) {
            if !c.is_ascii_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    alnum >= 2 && letters > 0
}

/// The Cyrillic spelling of an abbreviation in [`CYRILLIC_ACRONYMS`], if `w` is one.
fn cyrillic_acronym(w: &[char]) -> Option<&'static str> {
    if w.iter().any(|&c| !c.is_ascii_alphabetic()) {
        return None;
    }
    let key: String = w.iter().map(|c| c.to_ascii_uppercase()).collect();
    CYRILLIC_ACRONYMS
        .iter()
        .find(|(latin, _)| *latin == key)
        .map(|(_, cyr)| *cyr)
}

/// A foreign word followed by an Uzbek suffix after an apostrophe: `Facebook'da`. Returns the
/// apostrophe's index; the suffix after it is converted.
fn foreign_stem_with_suffix(w: &[char]) -> Option<usize> {
    let p = (1..w.len().saturating_sub(1))
        .find(|&p| is_apostrophe(w[p]) && is_letter(w[p - 1]) && is_letter(w[p + 1]))?;
    let suffix = &w[p + 1..];
    let suffix_ok = suffix.len() >= 2 && suffix.iter().all(|&c| c.is_ascii_lowercase());
    if suffix_ok && is_foreign(&w[..p]) {
        Some(p)
    } else {
        None
    }
}

/// What to do with one word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Plan {
    /// Convert every letter.
    Convert,
    /// A foreign name: keep it all.
    Name,
    /// An ALL-CAPS acronym with nothing after it: keep it.
    Acronym,
    /// `head` then a converted tail: the head is `w[..head_end]` kept as written, or the given
    /// Cyrillic abbreviation; `w[head_end..tail]` (an apostrophe, if any) is kept; `w[tail..]` is
    /// an Uzbek suffix and is converted (Facebook'da, MOHREga, MOHRE'ga, MVDda → МВДда).
    Split {
        head_end: usize,
        tail: usize,
        cyrillic: Option<&'static str>,
    },
}

fn plan_word(w: &[char]) -> Plan {
    // Split off a lower-case suffix: the capital part before it is a candidate abbreviation.
    let mut tail = w.len();
    while tail > 0 && is_letter(w[tail - 1]) && w[tail - 1].is_lowercase() {
        tail -= 1;
    }
    let mut head_end = tail;
    if tail < w.len() && head_end > 0 && is_apostrophe(w[head_end - 1]) {
        head_end -= 1;
    }
    let head = &w[..head_end];
    let capitals = head.iter().filter(|c| c.is_uppercase()).count();
    let last = head.last().copied().unwrap_or(' ');
    let next = w.get(tail).map(|&c| lower_char(c)).unwrap_or(' ');
    // "AQSh", "YaTT": the lower-case letter finishes a digraph, so this is a mixed-case Uzbek
    // abbreviation, converted by the letter rules.
    let splits_digraph = head_end == tail
        && ((matches!(last, 'S' | 'C') && next == 'h') || (last == 'Y' && is_vowel(next)));
    // Two capitals (MOHRE, TsON), or one with a digit and no lower case (5G, 12A).
    let lower_in_head = head.iter().any(|&c| is_letter(c) && c.is_lowercase());
    let digit_in_head = head.iter().any(|c| c.is_ascii_digit());
    let abbreviation = !splits_digraph
        && (last.is_uppercase() || last.is_ascii_digit())
        && (capitals >= 2 || (capitals == 1 && digit_in_head && !lower_in_head));

    if abbreviation {
        if let Some(cyr) = cyrillic_acronym(head) {
            return Plan::Split {
                head_end,
                tail,
                cyrillic: Some(cyr),
            };
        }
    }
    if let Some(p) = foreign_stem_with_suffix(w) {
        return Plan::Split {
            head_end: p,
            tail: p + 1,
            cyrillic: None,
        };
    }
    if is_foreign(w) {
        return Plan::Name;
    }
    if !abbreviation || !is_caps_acronym(head) {
        return Plan::Convert;
    }
    if tail == w.len() {
        Plan::Acronym
    } else {
        Plan::Split {
            head_end,
            tail,
            cyrillic: None,
        }
    }
}

/// Decides what to do with every word. Besides the word-level rules, a foreign name spreads to the
/// capitalised words joined to it by one space or hyphen ("Skill Way Consulting", "Western
/// Union", "Fly Job"), because those are one name; but not onto a capitalised word that starts a
/// sentence ("Bugun Facebook…"), nor onto a word with an Uzbek apostrophe letter, and acronyms do
/// not spread ("Rossiya HOPS" keeps "Rossiya" Uzbek).
fn plan_words(chars: &[char], segs: &[Seg]) -> Vec<Plan> {
    let word = |k: usize| &chars[segs[k].start..segs[k].end];
    let mut plans = vec![Plan::Convert; segs.len()];
    let words: Vec<usize> = (0..segs.len())
        .filter(|&k| segs[k].kind == Kind::Word)
        .collect();
    for &k in &words {
        plans[k] = plan_word(word(k));
    }
    let joined = |a: usize, b: usize| {
        b == a + 2 && {
            let s = segs[a + 1];
            s.end == s.start + 1 && matches!(chars[s.start], ' ' | '-' | '\u{a0}')
        }
    };
    let spreadable = |k: usize, plan: Plan| {
        let w = word(k);
        plan == Plan::Convert
            && w.first().is_some_and(|c| c.is_uppercase())
            && !has_uzbek_apostrophe(w)
    };
    let mut name = vec![false; segs.len()];
    for &k in &words {
        name[k] = plans[k] == Plan::Name || foreign_stem_with_suffix(word(k)).is_some();
    }
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if name[a] && joined(a, b) && spreadable(b, plans[b]) {
            plans[b] = Plan::Name;
            name[b] = true;
        }
    }
    for pair in words.windows(2).rev() {
        let (a, b) = (pair[0], pair[1]);
        if name[b]
            && joined(a, b)
            && spreadable(a, plans[a])
            && !starts_sentence(chars, segs[a].start)
        {
            plans[a] = Plan::Name;
            name[a] = true;
        }
    }
    plans
}

/// Whether the word starting at `start` begins a sentence, a line or a list item.
fn starts_sentence(chars: &[char], start: usize) -> bool {
    let mut i = start;
    let mut saw_space = false;
    while i > 0 {
        i -= 1;
        let c = chars[i];
        if c == '\n' {
            return true;
        }
        if c.is_whitespace() {
            saw_space = true;
            continue;
        }
        return matches!(c, '.' | '!' | '?' | '…' | ':' | ';')
            || (saw_space && matches!(c, '-' | '*' | '•' | '—' | '–'));
    }
    true
}

pub(crate) fn latin_to_cyrillic(s: &str) -> String {
    let chars = compose(s);
    let segs = segment(&chars);
    let plans = plan_words(&chars, &segs);
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for (seg, plan) in segs.iter().zip(plans) {
        let part = &chars[seg.start..seg.end];
        if seg.kind != Kind::Word {
            out.extend(part.iter());
            continue;
        }
        match plan {
            Plan::Convert => word_to_cyrillic(part, &mut out),
            Plan::Name | Plan::Acronym => out.extend(part.iter()),
            Plan::Split {
                head_end,
                tail,
                cyrillic,
            } => {
                match cyrillic {
                    Some(cyr) => out.push_str(cyr),
                    None => out.extend(part[..head_end].iter()),
                }
                out.extend(part[head_end..tail].iter());
                word_to_cyrillic(&part[tail..], &mut out);
            }
        }
    }
    out
}

/// Pushes a lower-case Cyrillic string, cased: first letter capital if `title`, all if `all`.
fn push_str_cased(out: &mut String, s: &str, title: bool, all: bool) {
    for (i, c) in s.chars().enumerate() {
        push_one(out, c, all || (title && i == 0));
    }
}

/// `ts` → ц or т+с. Uzbek verb forms put т and с together constantly (ketsa, aytsin, oʻtsa,
/// tutsin), so ц is chosen only where Uzbek Latin spelling implies it (official spelling writes
/// Cyrillic ц as `ts` after a vowel and `s` elsewhere, so the reverse can only be this guess):
/// at the start of a word (tsunami) or at its end (abzats, shprits); and after a vowel when
/// followed by `e` (litsey, vitse, dotsent), `i` + vowel or `iy` (migratsiya, sotsial, patsiyent),
/// or `in` + vowel (meditsina). `ketsin`, `ketsa`, `otsiz` keep т+с.
fn ts_is_affricate(lc: &[char], i: usize, prev: Prev) -> bool {
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    let (a, b, c) = (at(i + 2), at(i + 3), at(i + 4));
    if !is_letter(a) {
        return prev != Prev::Start;
    }
    match prev {
        Prev::Start => true,
        Prev::Vowel => {
            a == 'e'
                || (a == 'i' && (is_vowel(b) || b == 'y'))
                || (a == 'i' && b == 'n' && is_vowel(c))
        }
        _ => false,
    }
}

fn word_to_cyrillic(w: &[char], out: &mut String) {
    let all_caps = is_all_caps(w);
    let lc: Vec<char> = w.iter().map(|&c| lower_char(c)).collect();
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    let is_letter_at = |k: usize| w.get(k).is_some_and(|&c| is_letter(c));
    let mut i = 0;
    let mut prev = Prev::Start;

    if let Some((latin, cyr)) = MONTH_STEMS
        .iter()
        .find(|(latin, _)| latin.chars().enumerate().all(|(k, c)| at(k) == c))
    {
        push_str_cased(out, cyr, w[0].is_uppercase(), all_caps);
        i = latin.chars().count();
        if !is_letter_at(i) {
            push_one(out, 'ь', all_caps);
        }
        prev = Prev::Cons('r');
    }

    while i < w.len() {
        let c = w[i];
        let l = lc[i];
        let up = c.is_uppercase();
        let (cyr, step, next) = match l {
            'a' => ('а', 1, Prev::Vowel),
            'b' => ('б', 1, Prev::Cons('b')),
            'd' => ('д', 1, Prev::Cons('d')),
            'e' => {
                // э at the start of a word and after a vowel (ertaga, aeroport); е elsewhere.
                let e = if matches!(prev, Prev::Start | Prev::Vowel) {
                    'э'
                } else {
                    'е'
                };
                (e, 1, Prev::Vowel)
            }
            'f' => ('ф', 1, Prev::Cons('f')),
            'g' => {
                // gʻ with any apostrophe, also at the end of a word (togʻ, bogʻ).
                if is_apostrophe(at(i + 1)) {
                    ('ғ', 2, Prev::Cons('g'))
                } else {
                    ('г', 1, Prev::Cons('g'))
                }
            }
            'h' => ('ҳ', 1, Prev::Cons('h')),
            'i' => ('и', 1, Prev::Vowel),
            'j' => ('ж', 1, Prev::Cons('j')),
            'k' => ('к', 1, Prev::Cons('k')),
            'l' => ('л', 1, Prev::Cons('l')),
            'm' => ('м', 1, Prev::Cons('m')),
            'n' => ('н', 1, Prev::Cons('n')),
            'o' => {
                // oʻ with any apostrophe, when a letter follows; a final "o'" is o + quote.
                if is_apostrophe(at(i + 1)) && is_letter_at(i + 2) {
                    ('ў', 2, Prev::Vowel)
                } else {
                    ('о', 1, Prev::Vowel)
                }
            }
            'p' => ('п', 1, Prev::Cons('p')),
            'q' => ('қ', 1, Prev::Cons('q')),
            'r' => ('р', 1, Prev::Cons('r')),
            's' => {
                if at(i + 1) == 'h' {
                    ('ш', 2, Prev::Cons('s'))
                } else if is_apostrophe(at(i + 1)) && at(i + 2) == 'h' {
                    // sʼh: the apostrophe separates с and ҳ (Isʼhoq → Исҳоқ).
                    push_one(out, 'с', up);
                    push_one(out, 'ҳ', w.get(i + 2).is_some_and(|c| c.is_uppercase()));
                    prev = Prev::Cons('h');
                    i += 3;
                    continue;
                } else {
                    ('с', 1, Prev::Cons('s'))
                }
            }
            't' => {
                if at(i + 1) == 's' && at(i + 2) != 'h' && ts_is_affricate(&lc, i, prev) {
                    ('ц', 2, Prev::Cons('t'))
                } else {
                    ('т', 1, Prev::Cons('t'))
                }
            }
            'u' => ('у', 1, Prev::Vowel),
            'v' | 'w' => ('в', 1, Prev::Cons('v')),
            'x' => ('х', 1, Prev::Cons('x')),
            'y' => {
                let n = at(i + 1);
                if n == 'o' && is_apostrophe(at(i + 2)) && is_letter_at(i + 3) {
                    // yoʻl → йўл: oʻ is one letter, so y is й.
                    ('й', 1, Prev::Cons('y'))
                } else if n == 'a' {
                    ('я', 2, Prev::Vowel)
                } else if n == 'o' {
                    ('ё', 2, Prev::Vowel)
                } else if n == 'u' {
                    ('ю', 2, Prev::Vowel)
                } else if n == 'e' {
                    // ye after a consonant comes from ъе/ье in Russian loans:
                    // obyekt → объект, subyekt; pyesa → пьеса, kuryer → курьер.
                    if let Prev::Cons(p) = prev {
                        if p != 'y' {
                            let sign = if matches!(p, 'b' | 'd') { 'ъ' } else { 'ь' };
                            push_one(out, sign, all_caps);
                        }
                    }
                    ('е', 2, Prev::Vowel)
                } else {
                    ('й', 1, Prev::Cons('y'))
                }
            }
            'z' => ('з', 1, Prev::Cons('z')),
            'c' => {
                // Not an Uzbek letter alone; such words are normally kept in Latin.
                if at(i + 1) == 'h' {
                    ('ч', 2, Prev::Cons('c'))
                } else if matches!(at(i + 1), 'e' | 'i' | 'y') {
                    ('с', 1, Prev::Cons('s'))
                } else {
                    ('к', 1, Prev::Cons('k'))
                }
            }
            _ if is_apostrophe(c) => {
                // The tutuq belgisi between letters is ъ (maʼlumot → маълумот, sanʼat → санъат).
                // Uzbek never has it between two consonants, so there it only separates a suffix
                // (Telegram'da) and stays, like an apostrophe anywhere else (a quotation mark).
                let n = at(i + 1);
                let between_consonants = matches!(prev, Prev::Cons(_))
                    && n.is_ascii_lowercase()
                    && !is_vowel(n)
                    && n != 'y';
                if prev != Prev::Start && is_letter_at(i + 1) && !between_consonants {
                    push_one(out, 'ъ', all_caps);
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
                if !crate::text::is_mark(c) {
                    prev = Prev::Start;
                }
                i += 1;
                continue;
            }
        };
        push_one(out, cyr, up);
        prev = next;
        i += step;
    }
}

/// Cyrillic month stems for the reverse direction: сентябр → sentabr, октябр → oktabr (the
/// others come out right by the letter rules).
const CYR_MONTH_STEMS: [(&str, &str); 2] = [("сентябр", "sentabr"), ("октябр", "oktabr")];

pub(crate) fn cyrillic_to_latin(s: &str) -> String {
    crate::text::convert_words(s, word_to_latin)
}

fn is_cyr_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'э' | 'ю' | 'я' | 'ў' | 'ы'
    )
}

fn word_to_latin(w: &[char], out: &mut String) {
    let all_caps = is_all_caps(w);
    let lc: Vec<char> = w.iter().map(|&c| lower_char(c)).collect();
    let at = |k: usize| lc.get(k).copied().unwrap_or(' ');
    let mut i = 0;
    let mut prev = Prev::Start;
    let mut last = ' ';

    if let Some((cyr, latin)) = CYR_MONTH_STEMS
        .iter()
        .find(|(cyr, _)| cyr.chars().enumerate().all(|(k, c)| at(k) == c))
    {
        push_cased(out, latin, w[0].is_uppercase(), all_caps, upper_char);
        i = cyr.chars().count();
        prev = Prev::Cons('r');
        last = 'р';
    }

    while i < w.len() {
        let c = w[i];
        let l = lc[i];
        let up = c.is_uppercase();
        let latin: &str = match l {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => {
                if matches!(prev, Prev::Start | Prev::Vowel | Prev::Sign) {
                    "ye"
                } else {
                    "e"
                }
            }
            'ё' => "yo",
            'ж' => "j",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "x",
            'ц' => {
                if prev == Prev::Vowel {
                    "ts"
                } else {
                    "s"
                }
            }
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' => {
                if matches!(at(i + 1), 'е' | 'ё' | 'ю' | 'я') || last == 'ў' {
                    ""
                } else {
                    "ʼ"
                }
            }
            'ы' => "i",
            'ь' => "",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ў' => "oʻ",
            'қ' => "q",
            'ғ' => "gʻ",
            'ҳ' => "h",
            _ => {
                out.push(c);
                if !crate::text::is_mark(c) {
                    prev = Prev::Start;
                    last = ' ';
                }
                i += 1;
                continue;
            }
        };
        push_cased(out, latin, up, all_caps, upper_char);
        if l == 'с' && at(i + 1) == 'ҳ' {
            // с + ҳ would read as the digraph sh: the official spelling separates them, Isʼhoq.
            out.push('ʼ');
        }
        prev = if matches!(l, 'ъ' | 'ь') {
            Prev::Sign
        } else if is_cyr_vowel(l) {
            Prev::Vowel
        } else {
            Prev::Cons(l)
        };
        last = l;
        i += 1;
    }
}
