//! The public API on a small hand-made corpus: typo tolerance, completion, script bridges,
//! ranking by locale and destination, snippets, and hostile input.

mod common;

use jol_search::{index_items, normalize, search, IndexStats, SearchError, MAX_QUERY_CHARS};
use jol_types::api::{Search, SearchReply};
use jol_types::{Country, Item, Locale};
use rusqlite::Connection;

const PATENT: &str = r#"
id = "ru.patent"
kind = "guide"
destinations = ["RU"]
verified_on = "2025-01"
[[sources]]
url = "https://example.org/patent"
title = "Example"
[text.en]
review = "source"
title = "Get a work patent in Russia"
summary = "Citizens of Uzbekistan need a patent to work."
body = "Pay the patent fee **every month**. See [the site](https://example.org/a_(b))."
also = ["work permit"]
[text.ru]
review = "machine"
title = "Оформить патент на работу в России"
summary = "Гражданам Узбекистана для работы нужен патент."
body = "Платите за патент каждый месяц. Трудовой договор заключите с работодателем."
[text.ky]
review = "machine"
title = "Россияда иштөө үчүн патент"
summary = "Өзбекстандын жарандарына патент керек."
body = "Айлык акы төлөнбөй калса, кайрылыңыз."
[text.uz]
review = "machine"
title = "Rossiyada ishlash uchun patent olish"
summary = "Oʻzbekiston fuqarolari patent olishi kerak."
body = "Ro‘yxatdan o‘tish va patent uchun har oy toʻlov."
[text.kk]
review = "machine"
title = "Ресейде жұмыс істеуге патент"
summary = "Өзбекстан азаматтарына патент қажет."
body = "Тіркеу және еңбек шарты."

[[steps]]
[steps.text.en]
title = "Apply at the migration centre"
[steps.text.ru]
title = "Подайте заявление в миграционный центр"
[steps.text.ky]
title = "Миграциялык борборго кайрылыңыз"
[steps.text.uz]
title = "Migratsiya markaziga murojaat qiling"
[steps.text.kk]
title = "Көші-қон орталығына өтініш беріңіз"
"#;

const KZ_REG: &str = r#"
id = "kz.registration"
kind = "guide"
destinations = ["KZ"]
verified_on = "2025-01"
[[sources]]
url = "https://example.org/kz"
title = "Example"
[text.en]
review = "source"
title = "Register in Kazakhstan"
summary = "Registration of foreigners."
[text.ru]
review = "machine"
title = "Регистрация в Казахстане"
summary = "Регистрация иностранцев по месту пребывания."
[text.kk]
review = "machine"
title = "Қазақстанда тіркеу"
summary = "Шетелдіктерді тіркеу."
"#;

const RU_REG: &str = r#"
id = "ru.registration"
kind = "guide"
destinations = ["RU"]
verified_on = "2025-01"
[[sources]]
url = "https://example.org/ru"
title = "Example"
[text.en]
review = "source"
title = "Register your address in Russia"
summary = "Your host registers you."
[text.ru]
review = "machine"
title = "Регистрация по месту пребывания в России"
summary = "Вас регистрирует принимающая сторона."
"#;

const TERM: &str = r#"
id = "term.trafficking"
kind = "term"
verified_on = "2025-01"
[[sources]]
url = "https://example.org/t"
title = "Example"
[text.en]
review = "source"
title = "Human trafficking"
summary = "Recruiting or moving people by force or deceit to exploit them."
also = ["trafficking in persons"]
[text.ru]
review = "machine"
title = "Торговля людьми"
summary = "Вербовка или перевозка людей обманом для эксплуатации."
"#;

fn items() -> Vec<Item> {
    let mut items: Vec<Item> = [PATENT, KZ_REG, RU_REG, TERM]
        .iter()
        .map(|t| toml::from_str(t).expect("fixture parses"))
        .collect();
    for item in &mut items {
        common::derive_uz_cyrl(item);
    }
    items
}

fn db() -> Connection {
    let conn = Connection::open_in_memory().expect("in-memory db");
    index_items(&conn, &items()).expect("index");
    conn
}

fn ask(conn: &Connection, q: &str, locale: Locale) -> SearchReply {
    search(
        conn,
        &Search {
            query: q.to_string(),
            locale,
            country: None,
            limit: None,
        },
    )
    .unwrap_or_else(|e| panic!("{q:?}: {e}"))
}

fn ids(reply: &SearchReply) -> Vec<&str> {
    reply.hits.iter().map(|h| h.id.as_str()).collect()
}

fn first(conn: &Connection, q: &str, locale: Locale) -> Option<String> {
    ask(conn, q, locale).hits.first().map(|h| h.id.clone())
}

#[test]
fn indexes_every_locale_including_generated_uz_cyrl() {
    let conn = Connection::open_in_memory().unwrap();
    let IndexStats { documents, terms } = index_items(&conn, &items()).unwrap();
    // patent: en ru ky uz uz-Cyrl kk; kz: en ru kk; ru: en ru; term: en ru.
    assert_eq!(documents, 6 + 3 + 2 + 2);
    assert!(terms > 50, "{terms}");
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts_%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        tables.iter().all(|t| t.starts_with("search_")),
        "{tables:?}"
    );
    assert!(tables.contains(&"search_vocab".to_string()));
}

#[test]
fn reindexing_replaces_the_index_and_is_deterministic() {
    let conn = db();
    let before = ask(&conn, "патент", Locale::Ru);
    let stats = index_items(&conn, &items()).unwrap();
    assert_eq!(stats.documents, 13);
    assert_eq!(ask(&conn, "патент", Locale::Ru), before);
    // Fewer items: the old ones are gone.
    index_items(&conn, &items()[1..2]).unwrap();
    assert_eq!(first(&conn, "патент", Locale::Ru), None);
    assert_eq!(
        first(&conn, "тіркеу", Locale::Kk).as_deref(),
        Some("kz.registration")
    );
}

#[test]
fn works_inside_the_callers_transaction() {
    let mut conn = Connection::open_in_memory().unwrap();
    let tx = conn.transaction().unwrap();
    index_items(&tx, &items()).unwrap();
    tx.commit().unwrap();
    assert_eq!(
        first(&conn, "патент", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
}

#[test]
fn a_database_without_an_index_is_an_error_not_a_panic() {
    let conn = Connection::open_in_memory().unwrap();
    let err = search(
        &conn,
        &Search {
            query: "x".into(),
            locale: Locale::En,
            country: None,
            limit: None,
        },
    )
    .unwrap_err();
    assert!(matches!(err, SearchError::NotIndexed(_)), "{err:?}");
}

#[test]
fn word_forms_and_folds_find_the_item() {
    let conn = db();
    assert_eq!(
        first(&conn, "патентом", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "айлык толонбой", Locale::Ky).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "айлык акы төлөнбөй", Locale::Ky).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "тиркеу", Locale::Kk).as_deref(),
        Some("kz.registration")
    );
    assert_eq!(
        first(&conn, "енбек шарты", Locale::Kk).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "пaтент", Locale::Ru).as_deref(),
        Some("ru.patent")
    ); // Latin a
}

/// A minimal item with one text.
fn item(id: &str, locale: &str, title: &str, summary: &str) -> Item {
    toml::from_str(&format!(
        r#"
id = "{id}"
kind = "term"
verified_on = "2025-01"
[[sources]]
url = "https://example.org/{id}"
title = "Example"
[text.{locale}]
review = "source"
title = "{title}"
summary = "{summary}"
"#
    ))
    .expect("item parses")
}

#[test]
fn exact_spelling_outranks_the_folded_one() {
    // The same text, once with Kazakh letters and once typed on a Russian keyboard.
    let items = [
        item("a.folded", "kk", "Кала туралы", "Кала орталыгы."),
        item("b.exact", "kk", "Қала туралы", "Қала орталығы."),
    ];
    let conn = Connection::open_in_memory().unwrap();
    index_items(&conn, &items).unwrap();
    // Typed with `қ`: the text spelt with `қ` first.
    assert_eq!(
        ids(&ask(&conn, "қала", Locale::En)),
        ["b.exact", "a.folded"]
    );
    // Typed without: both found.
    let folded = ask(&conn, "кала", Locale::En);
    assert_eq!(folded.hits.len(), 2);
    // Still so for another word form (the exact spelling is matched on the word, the fold on
    // the key).
    assert_eq!(ids(&ask(&conn, "қаланың", Locale::En)).len(), 2);
}

#[test]
fn unknown_word_forms_meet_their_relatives() {
    let items = [
        item(
            "w.en",
            "en",
            "Women at work",
            "Protection during pregnancy.",
        ),
        item("w.ky", "ky", "Документтерди жоготуу", "Эмне кылуу керек."),
    ];
    let conn = Connection::open_in_memory().unwrap();
    index_items(&conn, &items).unwrap();
    // No stemmer makes `pregnant` and `pregnancy` one word, nor `жоготтум` (I lost) and
    // `жоготуу` (losing).
    assert_eq!(
        first(&conn, "pregnant ", Locale::En).as_deref(),
        Some("w.en")
    );
    assert_eq!(
        first(&conn, "жоготтум ", Locale::Ky).as_deref(),
        Some("w.ky")
    );
}

#[test]
fn uzbek_bridges_work_when_only_one_script_is_indexed() {
    // No uz-Cyrl derived: a Cyrillic query must reach the Latin text by transliteration.
    let only_latin = [item(
        "uz.only",
        "uz",
        "Roʻyxatdan oʻtish",
        "Mehnat shartnomasi va ish haqi.",
    )];
    let conn = Connection::open_in_memory().unwrap();
    index_items(&conn, &only_latin).unwrap();
    assert_eq!(
        first(&conn, "рўйхатдан ўтиш", Locale::UzCyrl).as_deref(),
        Some("uz.only")
    );
    assert_eq!(
        first(&conn, "меҳнат шартномаси", Locale::UzCyrl).as_deref(),
        Some("uz.only")
    );
    // And the reverse: only Cyrillic indexed, a Latin query.
    let only_cyrillic = [item(
        "uzc.only",
        "uz-Cyrl",
        "Рўйхатдан ўтиш",
        "Меҳнат шартномаси.",
    )];
    let conn = Connection::open_in_memory().unwrap();
    index_items(&conn, &only_cyrillic).unwrap();
    assert_eq!(
        first(&conn, "ro'yxatdan o'tish", Locale::Uz).as_deref(),
        Some("uzc.only")
    );
    assert_eq!(
        first(&conn, "mehnat shartnomasi", Locale::Uz).as_deref(),
        Some("uzc.only")
    );
}

#[test]
fn script_bridges() {
    let conn = db();
    // Uzbek typed in Cyrillic and in Latin, with and without apostrophes.
    assert_eq!(
        first(&conn, "рўйхатдан ўтиш", Locale::UzCyrl).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "руйхатдан утиш", Locale::UzCyrl).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "royxatdan otish", Locale::Uz).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "ro'yxatdan", Locale::Uz).as_deref(),
        Some("ru.patent")
    );
    // Russian typed in Latin letters.
    assert_eq!(
        first(&conn, "trudovoy dogovor", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "torgovlya lyudmi", Locale::Ru).as_deref(),
        Some("term.trafficking")
    );
    // Kazakh typed in Latin (2021 alphabet, and without its diacritics).
    assert_eq!(
        first(&conn, "tirkeu", Locale::Kk).as_deref(),
        Some("kz.registration")
    );
}

#[test]
fn typos_within_the_budget_are_forgiven() {
    let conn = db();
    // One edit from 5 letters.
    assert_eq!(
        first(&conn, "патнет", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "пaтенд", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
    // Two edits from 9 letters.
    let reg = first(&conn, "ригистрацыя", Locale::Ru);
    assert!(
        reg.as_deref().is_some_and(|s| s.ends_with("registration")),
        "{reg:?}"
    );
    assert_eq!(
        first(&conn, "trafiking", Locale::En).as_deref(),
        Some("term.trafficking")
    );
    // Under 5 letters no typo is guessed: `пает` is not `патент`.
    assert!(ask(&conn, "пает", Locale::Ru).hits.is_empty());
    // Two edits in a 6-letter word are too many.
    assert!(ask(&conn, "пнтетт", Locale::Ru).hits.is_empty());
}

#[test]
fn the_word_being_typed_is_completed() {
    let conn = db();
    assert_eq!(
        first(&conn, "пате", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
    assert_eq!(
        first(&conn, "торговля люд", Locale::Ru).as_deref(),
        Some("term.trafficking")
    );
    // Once the word is finished (a space follows), it is not completed any more.
    assert!(ask(&conn, "пате ", Locale::Ru).hits.is_empty());
}

#[test]
fn results_in_the_users_language_and_destination_rank_first() {
    let conn = db();
    let by = |locale, country: Option<&str>| {
        let r = search(
            &conn,
            &Search {
                query: "регистрация".into(),
                locale,
                country: country.map(Country::new),
                limit: None,
            },
        )
        .unwrap();
        ids(&r).into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    assert_eq!(by(Locale::Ru, Some("KZ"))[0], "kz.registration");
    assert_eq!(by(Locale::Ru, Some("RU"))[0], "ru.registration");
}

#[test]
fn title_and_snippet_come_in_the_users_locale_and_script() {
    let conn = db();
    let reply = ask(&conn, "patent", Locale::UzCyrl);
    let hit = &reply.hits[0];
    assert_eq!(hit.id, "ru.patent");
    assert_eq!(hit.locale, Locale::UzCyrl);
    assert!(hit.title.contains("патент"), "{}", hit.title);
    assert!(
        hit.snippet
            .iter()
            .any(|p| p.hit && p.text.to_lowercase().contains("патент")),
        "{:?}",
        hit.snippet
    );
    // A Latin query lights up the Cyrillic text of a uz-Cyrl reader, and the reverse.
    let reply = ask(&conn, "royxatdan", Locale::UzCyrl);
    assert_eq!(reply.hits[0].locale, Locale::UzCyrl);
    assert!(
        reply.hits[0]
            .snippet
            .iter()
            .any(|p| p.hit && p.text == "Рўйхатдан"),
        "{:?}",
        reply.hits[0].snippet
    );
    let reply = ask(&conn, "рўйхатдан", Locale::Uz);
    assert!(
        reply.hits[0]
            .snippet
            .iter()
            .any(|p| p.hit && p.text == "Ro‘yxatdan"),
        "{:?}",
        reply.hits[0].snippet
    );
    // A locale the item lacks falls back along the chain (ky → ru).
    let reply = ask(&conn, "торговля", Locale::Ky);
    assert_eq!(reply.hits[0].locale, Locale::Ru);
    // Markdown and link targets never reach the snippet.
    let reply = ask(&conn, "fee", Locale::En);
    let text: String = reply.hits[0]
        .snippet
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert!(!text.contains("**") && !text.contains("https"), "{text}");
    assert!(reply.hits[0]
        .snippet
        .iter()
        .any(|p| p.hit && p.text == "fee"));
}

#[test]
fn limit_defaults_to_20_and_caps_at_50() {
    let base: Item = toml::from_str(PATENT).unwrap();
    let many: Vec<Item> = (0..70)
        .map(|i| {
            let mut item = base.clone();
            item.id = format!("ru.patent-{i:02}");
            item
        })
        .collect();
    let conn = Connection::open_in_memory().unwrap();
    index_items(&conn, &many).unwrap();
    let hits = |limit| {
        search(
            &conn,
            &Search {
                query: "патент".into(),
                locale: Locale::Ru,
                country: None,
                limit,
            },
        )
        .unwrap()
        .hits
        .len()
    };
    assert_eq!(hits(None), 20);
    assert_eq!(hits(Some(1000)), 50);
    assert_eq!(hits(Some(7)), 7);
    assert_eq!(hits(Some(0)), 1);
}

#[test]
fn hostile_input_never_errors() {
    let conn = db();
    let long = "патент ".repeat(2000); // ~14 KB
    let emoji = "🙂🇰🇬👨‍👩‍👧 патент 🔥";
    let inputs: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\"".into(),
        "\"\"\"".into(),
        "патент\"".into(),
        "(".into(),
        ")".into(),
        "((патент".into(),
        "*".into(),
        "пат*".into(),
        "^патент".into(),
        "NEAR(патент виза)".into(),
        "NEAR".into(),
        "патент AND".into(),
        "AND OR NOT".into(),
        "патент OR".into(),
        "NOT патент".into(),
        "title:патент".into(),
        "{title}: патент".into(),
        "- + : ; , . ! ?".into(),
        "\0".into(),
        "пат\0ент".into(),
        "\u{1}\u{2}\u{7f}\u{1b}[31m".into(),
        "\u{200B}\u{FEFF}\u{202E}".into(),
        emoji.into(),
        "🙂".into(),
        "ॐ नमः शिवाय क्षि".into(), // combining spacing marks
        "ꟀꟁꟂ Ꞔ 𝔭𝔞𝔱𝔢𝔫𝔱".into(),    // letters newer than SQLite's Unicode tables
        "'; DROP TABLE search_fts; --".into(),
        "%_\\".into(),
        long.clone(),
        "x".repeat(10_000),
        "ы".repeat(10_000),
        "a b c d e f g h i j k l m n o p q r s t u v w x y z".into(),
        "\u{FFFD}\u{FFFF}".into(),
        "İIıi ǅ ß ẞ ﬁ".into(),
    ];
    for q in &inputs {
        for locale in Locale::ALL {
            let r = search(
                &conn,
                &Search {
                    query: q.clone(),
                    locale,
                    country: Some(Country::new("RU")),
                    limit: Some(50),
                },
            );
            let r = r.unwrap_or_else(|e| panic!("{q:?}: {e}"));
            assert!(r.hits.len() <= 50);
        }
    }
    let r = ask(&conn, &long, Locale::Ru);
    assert!(r.truncated);
    assert_eq!(r.hits[0].id, "ru.patent");
    assert!(ask(&conn, emoji, Locale::Ru)
        .hits
        .iter()
        .any(|h| h.id == "ru.patent"));
    assert!(!ask(&conn, &"п".repeat(MAX_QUERY_CHARS), Locale::Ru).truncated);
    assert!(ask(&conn, &"п".repeat(MAX_QUERY_CHARS + 1), Locale::Ru).truncated);
    // FTS5 operators were read as plain words, and the index is intact.
    assert_eq!(
        first(&conn, "патент", Locale::Ru).as_deref(),
        Some("ru.patent")
    );
}

#[test]
fn normalize_is_public_and_canonical() {
    assert_eq!(normalize("О‘ZBEKISTON"), normalize("oʻzbekiston"));
    assert_eq!(normalize("Ёлка"), "елка");
    assert_eq!(normalize("пaспорт"), "паспорт");
}

#[test]
fn random_strings_of_syntax_and_letters_never_error() {
    // A fixed-seed generator over the characters most likely to upset a query parser.
    let pool: Vec<char> =
        "\"'`*^():{}[]-+.,;!?<>=|&~@#$%\\/ \t\n\0ANDORNOTnearNEARпатентқөүoʻ‘’ʼё🙂\u{301}\u{200B}"
            .chars()
            .collect();
    let conn = db();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..400 {
        let len = (next() % 40) as usize;
        let q: String = (0..len)
            .map(|_| pool[(next() % pool.len() as u64) as usize])
            .collect();
        let r = search(
            &conn,
            &Search {
                query: q.clone(),
                locale: Locale::Ru,
                country: None,
                limit: None,
            },
        );
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
}
