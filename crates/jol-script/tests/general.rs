//! What every converter shares: pass-through of everything that is not a source letter, empty
//! and large input, and script detection.

use jol_script::{
    detect_script, kk_cyrillic_to_latin, kk_latin_to_cyrillic, ru_latin_to_cyrillic,
    uz_cyrillic_to_latin, uz_latin_to_cyrillic, Script, APOSTROPHES,
};

type Convert = fn(&str) -> String;

const ALL: [(&str, Convert); 5] = [
    ("uz_latin_to_cyrillic", uz_latin_to_cyrillic),
    ("uz_cyrillic_to_latin", uz_cyrillic_to_latin),
    ("kk_cyrillic_to_latin", kk_cyrillic_to_latin),
    ("kk_latin_to_cyrillic", kk_latin_to_cyrillic),
    ("ru_latin_to_cyrillic", ru_latin_to_cyrillic),
];

#[test]
fn empty_string() {
    for (name, f) in ALL {
        assert_eq!(f(""), "", "{name}");
    }
}

#[test]
fn non_letters_pass_through() {
    let samples = [
        "0123456789",
        "3.14 + 2,5 = 5,64; 100% (±1) № 7",
        "!?.,:;—–-«»“”„\"()[]{}<>/\\|@#$^&*_~",
        "👍🏽 🇺🇿🇰🇿🇰🇬 ❤️ 👨‍👩‍👧",
        "中文 日本語 한국어 العربية ქართული Ελληνικά",
        "  \t\n\r\n  ",
        "\u{200B}\u{FEFF}\u{00A0}",
        "2025-01-15 12:30 +998 71 123-45-67",
    ];
    for (name, f) in ALL {
        for s in samples {
            assert_eq!(f(s), s, "{name}: {s:?}");
        }
    }
}

#[test]
fn apostrophes_alone_pass_through() {
    let s: String = APOSTROPHES.iter().collect();
    for (name, f) in ALL {
        assert_eq!(f(&s), s, "{name}");
        assert_eq!(f(&format!(" {s} ")), format!(" {s} "), "{name}");
    }
}

#[test]
fn the_other_script_passes_through() {
    // Latin → Cyrillic leaves Cyrillic alone, and the other way round.
    assert_eq!(uz_latin_to_cyrillic("Тошкент"), "Тошкент");
    assert_eq!(uz_cyrillic_to_latin("Toshkent"), "Toshkent");
    assert_eq!(kk_latin_to_cyrillic("Қазақстан"), "Қазақстан");
    assert_eq!(kk_cyrillic_to_latin("Qazaqstan"), "Qazaqstan");
    assert_eq!(ru_latin_to_cyrillic("Москва"), "Москва");
}

#[test]
fn mixed_strings() {
    assert_eq!(
        uz_latin_to_cyrillic("Men 🇺🇿 Toshkentdaman, tel: +998 (71) 200-00-00 😊"),
        "Мен 🇺🇿 Тошкентдаман, тел: +998 (71) 200-00-00 😊"
    );
    assert_eq!(
        uz_cyrillic_to_latin("Мен 🇺🇿 Тошкентдаман, тел: +998 (71) 200-00-00 😊"),
        "Men 🇺🇿 Toshkentdaman, tel: +998 (71) 200-00-00 😊"
    );
    assert_eq!(
        uz_latin_to_cyrillic("**Muhim:** 1) pasport; 2) viza — 15 kun ichida!"),
        "**Муҳим:** 1) паспорт; 2) виза — 15 кун ичида!"
    );
    // Half-converted text: each part is handled by its own script.
    assert_eq!(uz_latin_to_cyrillic("Toshkentда"), "Тошкентда");
    assert_eq!(uz_cyrillic_to_latin("Тошкентda"), "Toshkentda");
    assert_eq!(
        kk_cyrillic_to_latin("Алматы — Almaty, 2025"),
        "Almaty — Almaty, 2025"
    );
}

#[test]
fn decomposed_input_converts_like_composed() {
    // й typed as и + combining breve, ў as у + breve
    assert_eq!(uz_cyrillic_to_latin("и\u{306}ил"), "yil");
    assert_eq!(uz_cyrillic_to_latin("у\u{306}збек"), "oʻzbek");
    assert_eq!(kk_latin_to_cyrillic("u\u{304}l"), "ұл");
    // a combining mark the converters do not know stays where it was
    assert_eq!(uz_latin_to_cyrillic("kafe\u{301}"), "кафе\u{301}");
}

#[test]
fn ten_kilobyte_strings() {
    let unit = "Oʻzbekiston Respublikasi mehnat migratsiyasi agentligi: maʼlumot, 1-sentabr. ";
    let unit_cyr = "Ўзбекистон Республикаси меҳнат миграцияси агентлиги: маълумот, 1-сентябрь. ";
    let n = 10 * 1024 / unit.len() + 1;
    let big = unit.repeat(n);
    assert!(big.len() >= 10 * 1024);
    let cyr = uz_latin_to_cyrillic(&big);
    assert_eq!(cyr, unit_cyr.repeat(n));
    assert_eq!(uz_cyrillic_to_latin(&cyr), big);

    let kk = "Қазақстан Республикасы еңбек көші-қоны. ".repeat(300);
    assert!(kk.len() >= 10 * 1024);
    assert_eq!(kk_latin_to_cyrillic(&kk_cyrillic_to_latin(&kk)), kk);

    let ru = "trudovoy dogovor i registraciya; ".repeat(320);
    assert!(ru.len() >= 10 * 1024);
    assert_eq!(
        ru_latin_to_cyrillic(&ru),
        "трудовой договор и регистрация; ".repeat(320)
    );

    // One 10 KB word without spaces, and 10 KB of symbols.
    let word = "a".repeat(10 * 1024);
    assert_eq!(uz_latin_to_cyrillic(&word), "а".repeat(10 * 1024));
    let symbols = "👍1.,".repeat(2048);
    for (name, f) in ALL {
        assert_eq!(f(&symbols), symbols, "{name}");
    }
}

#[test]
fn arbitrary_input_never_panics() {
    // Every char class next to every apostrophe and digraph start, at every position.
    let pieces = [
        "o", "g", "s", "t", "y", "c", "e", "i", "O", "G", "S", "Y", "ʻ", "ʼ", "'", "`", "´", "‘",
        "’", "h", "1", " ", "-", "ц", "ъ", "ь", "е", "ё", "с", "ҳ", "İ", "I", "ı", "ş", "\u{306}",
        "👍", "@", "://", "www.", ".uz",
    ];
    let mut s = String::new();
    for a in pieces {
        for b in pieces {
            for c in pieces {
                s.clear();
                s.push_str(a);
                s.push_str(b);
                s.push_str(c);
                for (_, f) in ALL {
                    let _ = f(&s);
                }
                let _ = detect_script(&s);
            }
        }
    }
}

#[test]
fn detect() {
    assert_eq!(detect_script("Toshkent"), Script::Latin);
    assert_eq!(detect_script("oʻzbek"), Script::Latin);
    assert_eq!(detect_script("Qazaqstan şetel"), Script::Latin);
    assert_eq!(detect_script("trudovoy dogovor"), Script::Latin);
    assert_eq!(detect_script("Тошкент"), Script::Cyrillic);
    assert_eq!(detect_script("ўзбек"), Script::Cyrillic);
    assert_eq!(detect_script("қазақ тіркеу"), Script::Cyrillic);
    assert_eq!(detect_script("паспорт"), Script::Cyrillic);
    // mostly
    assert_eq!(detect_script("Toshkentда"), Script::Latin);
    assert_eq!(detect_script("Тошкентda"), Script::Cyrillic);
    assert_eq!(detect_script("MOHRE орқали"), Script::Cyrillic);
    // no letters, other scripts, ties
    assert_eq!(detect_script(""), Script::Other);
    assert_eq!(detect_script("12345 !?"), Script::Other);
    assert_eq!(detect_script("👍"), Script::Other);
    assert_eq!(detect_script("ʻʼ'"), Script::Other);
    assert_eq!(detect_script("中文"), Script::Other);
    assert_eq!(detect_script("ab вг"), Script::Other);
}
