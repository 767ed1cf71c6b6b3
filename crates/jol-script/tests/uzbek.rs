//! Uzbek Latin ↔ Cyrillic.

use jol_script::{uz_cyrillic_to_latin, uz_latin_to_cyrillic, APOSTROPHES};

/// Latin → Cyrillic word pairs that must also convert back exactly (the Latin side is the
/// official spelling, with ʻ U+02BB and ʼ U+02BC).
const PAIRS: &[(&str, &str)] = &[
    ("oʻzbek", "ўзбек"),
    ("gʻalla", "ғалла"),
    ("shahar", "шаҳар"),
    ("choy", "чой"),
    ("ming", "минг"),
    ("yer", "ер"),
    ("yoz", "ёз"),
    ("yil", "йил"),
    ("yuk", "юк"),
    ("ya", "я"),
    ("ishga", "ишга"),
    ("toʻlov", "тўлов"),
    ("roʻyxatdan oʻtish", "рўйхатдан ўтиш"),
    ("maʼlumot", "маълумот"),
    ("sentabr", "сентябрь"),
    ("elchixona", "элчихона"),
    ("ertaga", "эртага"),
    ("mehnat", "меҳнат"),
    ("shartnoma", "шартнома"),
    ("Toshkent", "Тошкент"),
    ("Oʻzbekiston", "Ўзбекистон"),
    ("patent", "патент"),
    ("migratsiya", "миграция"),
    ("litsenziya", "лицензия"),
    ("agentlik", "агентлик"),
    ("xorij", "хориж"),
    ("qonun", "қонун"),
    ("hujjat", "ҳужжат"),
    ("pasport", "паспорт"),
    ("viza", "виза"),
    ("va", "ва"),
    ("yoʻl", "йўл"),
    ("tayyor", "тайёр"),
    ("kelyapti", "келяпти"),
    ("qoʻyyapti", "қўйяпти"),
    ("eʼlon", "эълон"),
    ("Isʼhoq", "Исҳоқ"),
    ("masʼul", "масъул"),
    ("taʼlim", "таълим"),
    ("sanʼat", "санъат"),
    ("ketsa", "кетса"),
    ("aytsin", "айтсин"),
    ("politsiya", "полиция"),
    ("meditsina", "медицина"),
    ("litsey", "лицей"),
    ("togʻ", "тоғ"),
    ("poyezd", "поезд"),
    ("aeroport", "аэропорт"),
    ("obyekt", "объект"),
    ("qoʻngʻiroq", "қўнғироқ"),
    ("soʻrov", "сўров"),
    ("ariza", "ариза"),
    ("ishchi", "ишчи"),
    ("chet el", "чет эл"),
    ("yangi", "янги"),
    ("yordam", "ёрдам"),
    ("Rossiya", "Россия"),
    ("Qozogʻiston", "Қозоғистон"),
    ("Qirgʻiziston", "Қирғизистон"),
    ("soliq", "солиқ"),
    ("maosh", "маош"),
    ("oila", "оила"),
    ("muammo", "муаммо"),
    ("yanvar", "январь"),
    ("oktabr", "октябрь"),
    ("dekabr", "декабрь"),
    ("iyun", "июнь"),
    ("sentabrdan", "сентябрдан"),
    ("fevralida", "февралида"),
    ("reyestr", "реестр"),
    ("ijtimoiy", "ижтимоий"),
    ("taʼminot", "таъминот"),
    ("koʻrsatilgan", "кўрсатилган"),
    ("emas", "эмас"),
    ("yolgʻon", "ёлғон"),
    ("ruxsatnoma", "рухсатнома"),
    ("pyesa", "пьеса"),
    ("2026-yil", "2026-йил"),
];

#[test]
fn word_pairs_latin_to_cyrillic() {
    for (latin, cyrillic) in PAIRS {
        assert_eq!(uz_latin_to_cyrillic(latin), *cyrillic, "{latin}");
    }
    assert!(PAIRS.len() >= 40);
}

#[test]
fn word_pairs_cyrillic_to_latin() {
    for (latin, cyrillic) in PAIRS {
        assert_eq!(uz_cyrillic_to_latin(cyrillic), *latin, "{cyrillic}");
    }
}

#[test]
fn round_trip_cyrillic_latin_cyrillic() {
    let sample = [
        "Ўзбекистон Республикаси",
        "Меҳнат миграцияси агентлиги",
        "Рўйхатдан ўтиш учун паспорт ва виза керак.",
        "Маълумот олиш учун элчихонага эртага боринг!",
        "Ишга жойлашиш шартномаси, 1-сентябрдан.",
        "Исҳоқ поездда аэропортга кетяпти.",
        "Тайёр ҳужжатлар: объект, лицензия, полиция.",
        "Тоғда ёз, шаҳарда иссиқ.",
        "январь, февраль, апрель, июнь, июль, сентябрь, октябрь, ноябрь, декабрь",
        "Шаҳар",
    ];
    for s in sample {
        let latin = uz_cyrillic_to_latin(s);
        assert_eq!(uz_latin_to_cyrillic(&latin), s, "via {latin}");
    }
}

#[test]
fn every_apostrophe_variant_reads_as_the_same_letter() {
    for a in APOSTROPHES {
        assert_eq!(
            uz_latin_to_cyrillic(&format!("o{a}zbek")),
            "ўзбек",
            "o{a}zbek"
        );
        assert_eq!(
            uz_latin_to_cyrillic(&format!("O{a}zbekiston")),
            "Ўзбекистон"
        );
        assert_eq!(uz_latin_to_cyrillic(&format!("g{a}alla")), "ғалла");
        assert_eq!(uz_latin_to_cyrillic(&format!("to{a}g{a}")), "тўғ");
        assert_eq!(uz_latin_to_cyrillic(&format!("ma{a}lumot")), "маълумот");
        assert_eq!(uz_latin_to_cyrillic(&format!("Is{a}hoq")), "Исҳоқ");
        assert_eq!(
            uz_latin_to_cyrillic(&format!("ro{a}yxatdan o{a}tish")),
            "рўйхатдан ўтиш"
        );
    }
}

#[test]
fn quotes_stay_quotes() {
    assert_eq!(uz_latin_to_cyrillic("'patent'"), "'патент'");
    assert_eq!(uz_latin_to_cyrillic("‘shahar’"), "‘шаҳар’");
    assert_eq!(uz_latin_to_cyrillic("\"radio'\""), "\"радио'\"");
    assert_eq!(uz_latin_to_cyrillic("«Ertaga»"), "«Эртага»");
}

#[test]
fn case_is_preserved() {
    assert_eq!(uz_latin_to_cyrillic("Shahar"), "Шаҳар");
    assert_eq!(uz_latin_to_cyrillic("Choy"), "Чой");
    assert_eq!(uz_latin_to_cyrillic("Yer"), "Ер");
    assert_eq!(uz_latin_to_cyrillic("Ertaga"), "Эртага");
    assert_eq!(uz_latin_to_cyrillic("Gʻalla"), "Ғалла");
    // ALL-CAPS words that are Uzbek by their apostrophe letters are converted in capitals.
    assert_eq!(uz_latin_to_cyrillic("OʻZBEKISTON"), "ЎЗБЕКИСТОН");
    assert_eq!(uz_latin_to_cyrillic("OʻSHA"), "ЎША");
    assert_eq!(uz_latin_to_cyrillic("TAʼLIM"), "ТАЪЛИМ");
    // Uzbek abbreviations: SH in an all-caps word is one letter.
    assert_eq!(uz_latin_to_cyrillic("AQSH"), "АҚШ");
    assert_eq!(uz_latin_to_cyrillic("AQSh"), "АҚШ");
    assert_eq!(uz_latin_to_cyrillic("JShShIR"), "ЖШШИР");
    assert_eq!(uz_latin_to_cyrillic("MChJ"), "МЧЖ");
    assert_eq!(uz_latin_to_cyrillic("YaTT"), "ЯТТ");
    assert_eq!(uz_latin_to_cyrillic("OʻzR"), "ЎзР");
    assert_eq!(uz_latin_to_cyrillic("BAA"), "БАА");
    assert_eq!(uz_latin_to_cyrillic("BAAda"), "БААда");
    assert_eq!(uz_latin_to_cyrillic("YeOIIga"), "ЕОИИга");
    assert_eq!(uz_latin_to_cyrillic("AQShning"), "АҚШнинг");
    assert_eq!(uz_latin_to_cyrillic("XMTning"), "ХМТнинг");
    assert_eq!(uz_latin_to_cyrillic("Sentabr"), "Сентябрь");

    assert_eq!(uz_cyrillic_to_latin("Шаҳар"), "Shahar");
    assert_eq!(uz_cyrillic_to_latin("ШАҲАР"), "SHAHAR");
    assert_eq!(uz_cyrillic_to_latin("Ўзбекистон"), "Oʻzbekiston");
    assert_eq!(uz_cyrillic_to_latin("ЎЗБЕКИСТОН"), "OʻZBEKISTON");
    assert_eq!(uz_cyrillic_to_latin("ЧОЙ"), "CHOY");
    assert_eq!(uz_cyrillic_to_latin("Ёрдам"), "Yordam");
    assert_eq!(uz_cyrillic_to_latin("ЕР"), "YER");
    assert_eq!(uz_cyrillic_to_latin("АҚШ"), "AQSH");
    assert_eq!(uz_cyrillic_to_latin("Ш"), "Sh");
    assert_eq!(uz_cyrillic_to_latin("ИСҲОҚ"), "ISʼHOQ");
}

#[test]
fn foreign_acronyms_stay_latin() {
    for acronym in [
        "MOHRE", "HOPS", "EPS", "TOPIK", "UK", "IOM", "IELTS", "HR", "XXI", "B2",
    ] {
        assert_eq!(uz_latin_to_cyrillic(acronym), acronym);
    }
    assert_eq!(
        uz_latin_to_cyrillic("EPS-TOPIK imtihoni"),
        "EPS-TOPIK имтиҳони"
    );
    assert_eq!(
        uz_latin_to_cyrillic("IOM va MOHRE bilan"),
        "IOM ва MOHRE билан"
    );
    assert_eq!(uz_latin_to_cyrillic("MOHRE'ga yozing"), "MOHRE'га ёзинг");
    // An acronym does not turn the Uzbek word before it into a name.
    assert_eq!(
        uz_latin_to_cyrillic("Bu Germaniya HOPS dasturi"),
        "Бу Германия HOPS дастури"
    );
    // Suffixes on acronyms are Uzbek and are converted.
    assert_eq!(uz_latin_to_cyrillic("MOHREga"), "MOHREга");
    assert_eq!(uz_latin_to_cyrillic("EPSni"), "EPSни");
    assert_eq!(uz_latin_to_cyrillic("IOMning"), "IOMнинг");
    // A single capital is a word (u = he/she), not an acronym.
    assert_eq!(uz_latin_to_cyrillic("U ishlaydi"), "У ишлайди");
    // Uzbek written in capitals without an apostrophe letter is indistinguishable from an
    // acronym and is kept: documented.
    assert_eq!(uz_latin_to_cyrillic("TOSHKENT"), "TOSHKENT");
}

#[test]
fn cyrillic_born_abbreviations_are_written_in_cyrillic() {
    assert_eq!(
        uz_latin_to_cyrillic("Rossiya MVD sayti"),
        "Россия МВД сайти"
    );
    assert_eq!(uz_latin_to_cyrillic("MVDda"), "МВДда");
    assert_eq!(uz_latin_to_cyrillic("MFC"), "МФЦ");
    assert_eq!(uz_latin_to_cyrillic("TsONda"), "ЦОНда");
    assert_eq!(uz_latin_to_cyrillic("115-FZ"), "115-ФЗ");
    assert_eq!(uz_latin_to_cyrillic("TIV va OIV"), "ТИВ ва ОИВ");
    assert_eq!(uz_latin_to_cyrillic("40 OHK"), "40 ОҲК");
}

#[test]
fn foreign_names_stay_latin() {
    assert_eq!(uz_latin_to_cyrillic("Facebook"), "Facebook");
    assert_eq!(uz_latin_to_cyrillic("WhatsApp orqali"), "WhatsApp орқали");
    assert_eq!(uz_latin_to_cyrillic("iPhone"), "iPhone");
    assert_eq!(uz_latin_to_cyrillic("Telegram'da"), "Телеграм'да");
    assert_eq!(uz_latin_to_cyrillic("Facebook'dagi"), "Facebook'даги");
    assert_eq!(
        uz_latin_to_cyrillic("Skill Way Consulting"),
        "Скилл Way Consulting"
    );
    assert_eq!(
        uz_latin_to_cyrillic("«Skill Way Consulting» kompaniyasi"),
        "«Skill Way Consulting» компанияси"
    );
    assert_eq!(uz_latin_to_cyrillic("Fly Job"), "Fly Job");
    assert_eq!(
        uz_latin_to_cyrillic("Western Union orqali"),
        "Western Union орқали"
    );
    assert_eq!(
        uz_latin_to_cyrillic("Profit4you Europe"),
        "Profit4you Europe"
    );
    assert_eq!(
        uz_latin_to_cyrillic("Bugun Facebook sahifasida"),
        "Бугун Facebook саҳифасида"
    );
    assert_eq!(uz_latin_to_cyrillic("Coca-Cola"), "Coca-Cola");
    assert_eq!(
        uz_latin_to_cyrillic("Men Skill Way Consulting bilan gaplashdim"),
        "Мен Skill Way Consulting билан гаплашдим"
    );
    assert_eq!(uz_latin_to_cyrillic("RuStore'dan"), "RuStore'дан");
    assert_eq!(uz_latin_to_cyrillic("5G va 12A"), "5G ва 12A");
    // An Uzbek abbreviation is not a camel-cased brand.
    assert_eq!(uz_latin_to_cyrillic("ToshDU"), "ТошДУ");
}

#[test]
fn ts_rule() {
    // ц: start, end, after a vowel before e / i+vowel / iy / in+vowel.
    assert_eq!(uz_latin_to_cyrillic("tsunami"), "цунами");
    assert_eq!(uz_latin_to_cyrillic("abzats"), "абзац");
    assert_eq!(uz_latin_to_cyrillic("shprits"), "шприц");
    assert_eq!(uz_latin_to_cyrillic("registratsiya"), "регистрация");
    assert_eq!(uz_latin_to_cyrillic("patsiyent"), "пациент");
    assert_eq!(uz_latin_to_cyrillic("sotsial"), "социал");
    assert_eq!(uz_latin_to_cyrillic("migratsion"), "миграцион");
    assert_eq!(uz_latin_to_cyrillic("dotsent"), "доцент");
    // т + с: Uzbek verb forms and -siz.
    assert_eq!(uz_latin_to_cyrillic("ketsin"), "кетсин");
    assert_eq!(uz_latin_to_cyrillic("ketsinlar"), "кетсинлар");
    assert_eq!(uz_latin_to_cyrillic("oʻtsa"), "ўтса");
    assert_eq!(uz_latin_to_cyrillic("otsiz"), "отсиз");
    assert_eq!(uz_latin_to_cyrillic("qaytsa"), "қайтса");
    // ts followed by h is t + sh.
    assert_eq!(uz_latin_to_cyrillic("bitshi"), "битши");
}

#[test]
fn s_h_edge_cases() {
    // plain sh is always ш; s'h (any apostrophe) is с + ҳ
    assert_eq!(uz_latin_to_cyrillic("ish"), "иш");
    assert_eq!(uz_latin_to_cyrillic("Is'hoq"), "Исҳоқ");
    assert_eq!(uz_latin_to_cyrillic("Is`hoq"), "Исҳоқ");
    assert_eq!(uz_latin_to_cyrillic("asʼhob"), "асҳоб");
    assert_eq!(uz_cyrillic_to_latin("асҳоб"), "asʼhob");
    // sh with a capital: title case or all caps both make one letter
    assert_eq!(uz_latin_to_cyrillic("Shartnoma"), "Шартнома");
    assert_eq!(uz_latin_to_cyrillic("GʻISHT"), "ҒИШТ");
}

#[test]
fn ye_yo_yu_ya_and_e() {
    assert_eq!(uz_latin_to_cyrillic("yetarli"), "етарли");
    assert_eq!(uz_latin_to_cyrillic("eshik"), "эшик");
    assert_eq!(uz_latin_to_cyrillic("kecha"), "кеча");
    assert_eq!(uz_latin_to_cyrillic("ko'rib-eshitib"), "кўриб-эшитиб");
    assert_eq!(uz_latin_to_cyrillic("yoʻq"), "йўқ");
    assert_eq!(uz_latin_to_cyrillic("yoqdi"), "ёқди");
    assert_eq!(uz_latin_to_cyrillic("subyekt"), "субъект");
    assert_eq!(uz_latin_to_cyrillic("kuryer"), "курьер");
    assert_eq!(uz_cyrillic_to_latin("ер"), "yer");
    assert_eq!(uz_cyrillic_to_latin("келди"), "keldi");
    assert_eq!(uz_cyrillic_to_latin("объект"), "obyekt");
    assert_eq!(uz_cyrillic_to_latin("мўътабар"), "moʻtabar");
}

#[test]
fn urls_and_emails_are_kept() {
    assert_eq!(
        uz_latin_to_cyrillic("Sayt: https://migration.uz/uz/ariza va www.mohre.gov.ae."),
        "Сайт: https://migration.uz/uz/ariza ва www.mohre.gov.ae."
    );
    assert_eq!(
        uz_latin_to_cyrillic("Yozing: info@jol.uz yoki jol.uz saytiga"),
        "Ёзинг: info@jol.uz ёки jol.uz сайтига"
    );
    assert_eq!(
        uz_latin_to_cyrillic("[bu yerda](https://e-gov.uz/xizmat) ariza bering"),
        "[бу ерда](https://e-gov.uz/xizmat) ариза беринг"
    );
    assert_eq!(uz_latin_to_cyrillic("t.me/jol_yordam"), "t.me/jol_yordam");
    // "va h.k." (and so on) is not a domain
    assert_eq!(uz_latin_to_cyrillic("va h.k."), "ва ҳ.к.");
}

#[test]
fn real_content_paragraph() {
    let latin = "2026-yil fevralida Qirgʻizistonning idoralararo komissiyasi bu kompaniyaga \
                 Qirgʻiziston fuqarolarini ishga yollab, Germaniyaga yuborish uchun ruxsatnoma \
                 bergan. **Bu siz uchun nimani anglatadi:** Mehnat, ijtimoiy taʼminot va \
                 migratsiya vazirligi eʼlon qiladigan roʻyxatni tekshiring.\n\n- Pul toʻlamang!";
    let cyrillic = "2026-йил февралида Қирғизистоннинг идоралараро комиссияси бу компанияга \
                    Қирғизистон фуқароларини ишга ёллаб, Германияга юбориш учун рухсатнома \
                    берган. **Бу сиз учун нимани англатади:** Меҳнат, ижтимоий таъминот ва \
                    миграция вазирлиги эълон қиладиган рўйхатни текширинг.\n\n- Пул тўламанг!";
    assert_eq!(uz_latin_to_cyrillic(latin), cyrillic);
    assert_eq!(uz_cyrillic_to_latin(cyrillic), latin);
}

#[test]
fn deterministic() {
    let s = "Oʻzbekiston Respublikasi, 5-sentabr: MOHRE, WhatsApp, maʼlumot.";
    let first = uz_latin_to_cyrillic(s);
    for _ in 0..10 {
        assert_eq!(uz_latin_to_cyrillic(s), first);
    }
}
