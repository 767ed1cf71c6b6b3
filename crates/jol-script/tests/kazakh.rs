//! Kazakh Cyrillic ↔ Latin, by the Latin alphabet the Government of Kazakhstan presented in
//! January 2021 (the table is in `src/kk.rs`): ä ğ q ñ ö ū ü, ı for і (capital I), i for и and
//! й (capital İ), y for ы, ş ç, h for х and һ.

use jol_script::{kk_cyrillic_to_latin, kk_latin_to_cyrillic};

/// Cyrillic → 2021 Latin, each also converting back exactly.
const PAIRS: &[(&str, &str)] = &[
    ("қазақ", "qazaq"),
    ("Қазақстан Республикасы", "Qazaqstan Respublikasy"),
    ("тіркеу", "tırkeu"),
    ("жұмыс", "jūmys"),
    ("еңбек", "eñbek"),
    ("шетел", "şetel"),
    ("көші-қон", "köşı-qon"),
    ("құжат", "qūjat"),
    ("виза", "viza"),
    ("үй", "üi"),
    ("сый", "syi"),
    ("азамат", "azamat"),
    ("келісімшарт", "kelısımşart"),
    ("ақпарат", "aqparat"),
    ("төлем", "tölem"),
    ("мемлекет", "memleket"),
    ("ғимарат", "ğimarat"),
    ("әке", "äke"),
    ("Ресей", "Resei"),
    ("киім", "kiım"),
    ("ұялы телефон", "ūialy telefon"),
    ("халық", "halyq"),
    ("чек", "çek"),
    ("полиция", "politsiia"),
    ("юрист", "iurist"),
    ("Азия", "Aziia"),
    ("ащы", "aşşy"),
    ("сәлем", "sälem"),
    ("бұйрық", "būiryq"),
    ("кию", "kiiu"),
    ("ойын", "oiyn"),
    ("мекенжай", "mekenjai"),
    ("Ізденіс", "Izdenıs"),
    ("ИИН", "İİN"),
    ("ЖҰМЫС ІЗДЕУ", "JŪMYS IZDEU"),
    ("Иә", "İä"),
    ("кетсе", "ketse"),
];

#[test]
fn pairs_cyrillic_to_latin() {
    for (cyrillic, latin) in PAIRS {
        assert_eq!(kk_cyrillic_to_latin(cyrillic), *latin, "{cyrillic}");
    }
    assert!(PAIRS.len() >= 15);
}

#[test]
fn pairs_latin_to_cyrillic() {
    for (cyrillic, latin) in PAIRS {
        assert_eq!(kk_latin_to_cyrillic(latin), *cyrillic, "{latin}");
    }
}

#[test]
fn round_trip_sentences() {
    let sample = [
        "Шетелдік азаматтар 3 жұмыс күні ішінде тіркелуі керек.",
        "Еңбек көші-қоны туралы ақпарат: 1414 нөміріне қоңырау шалыңыз!",
        "Құжаттарыңызды ешкімге бермеңіз.",
        "ҚАЗАҚСТАН",
    ];
    for s in sample {
        let latin = kk_cyrillic_to_latin(s);
        assert_eq!(kk_latin_to_cyrillic(&latin), s, "via {latin}");
    }
}

#[test]
fn merged_letters_go_one_way() {
    // һ and х are both h; ё is io; ь, ъ are dropped: the reverse picks the common letter.
    assert_eq!(kk_cyrillic_to_latin("шаһар"), "şahar");
    assert_eq!(kk_latin_to_cyrillic("şahar"), "шахар");
    assert_eq!(kk_cyrillic_to_latin("ёлка"), "iolka");
    assert_eq!(kk_cyrillic_to_latin("компьютер"), "kompiuter");
    assert_eq!(kk_cyrillic_to_latin("Щ"), "Şş");
    assert_eq!(kk_cyrillic_to_latin("ЩЫ"), "ŞŞY");
    // i after a consonant followed by a is и + а, not я
    assert_eq!(kk_latin_to_cyrillic("material"), "материал");
}

#[test]
fn informal_latin_is_understood() {
    assert_eq!(kk_latin_to_cyrillic("shetel"), "шетел");
    assert_eq!(kk_latin_to_cyrillic("zhumys"), "жумыс");
    assert_eq!(kk_latin_to_cyrillic("chek"), "чек");
    assert_eq!(kk_latin_to_cyrillic("xabar"), "хабар");
}

#[test]
fn case_uses_dotted_and_dotless_i() {
    assert_eq!(kk_cyrillic_to_latin("Іс"), "Is");
    assert_eq!(kk_cyrillic_to_latin("Иә"), "İä");
    assert_eq!(kk_cyrillic_to_latin("Юрист"), "İurist");
    assert_eq!(kk_cyrillic_to_latin("ЮРИСТ"), "İURİST");
    assert_eq!(kk_cyrillic_to_latin("Шетел"), "Şetel");
    assert_eq!(kk_latin_to_cyrillic("IS"), "ІС");
    assert_eq!(kk_latin_to_cyrillic("İS"), "ИС");
    assert_eq!(kk_latin_to_cyrillic("SHETEL"), "ШЕТЕЛ");
}

#[test]
fn other_text_passes_through() {
    assert_eq!(kk_cyrillic_to_latin("egov.kz, 1414 👍"), "egov.kz, 1414 👍");
    assert_eq!(
        kk_cyrillic_to_latin("Сайт: https://egov.kz/жұмыс"),
        "Sait: https://egov.kz/жұмыс"
    );
    assert_eq!(kk_latin_to_cyrillic("Жұмыс 2025"), "Жұмыс 2025");
    // Uzbek and Kyrgyz letters are not Kazakh letters
    assert_eq!(kk_cyrillic_to_latin("ў ҳ"), "ў ҳ");
}
