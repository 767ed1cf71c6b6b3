//! Russian typed in Latin letters → Cyrillic.

use jol_script::ru_latin_to_cyrillic;

const PHRASES: &[(&str, &str)] = &[
    ("trudovoy dogovor", "трудовой договор"),
    ("registraciya", "регистрация"),
    ("registratsiya", "регистрация"),
    ("patent", "патент"),
    ("zarplata", "зарплата"),
    ("pasport otobrali", "паспорт отобрали"),
    ("migracionnaya karta", "миграционная карта"),
    ("vid na zhitelstvo", "вид на жительство"),
    ("shtraf", "штраф"),
    ("deportaciya", "депортация"),
    ("konsulstvo", "консульство"),
    ("posolstvo", "посольство"),
    ("goryachaya liniya", "горячая линия"),
    ("obshchezhitie", "общежитие"),
    ("obschezhitie", "общежитие"),
    ("schet", "счет"),
    ("trebuetsya", "требуется"),
    ("khochu", "хочу"),
    ("hochu", "хочу"),
    ("ekzamen po russkomu yazyku", "экзамен по русскому языку"),
    ("zapret na vyezd", "запрет на выезд"),
    ("politsiya", "полиция"),
    ("otsrochka", "отсрочка"),
    ("otsutstvie", "отсутствие"),
    ("yurist", "юрист"),
    ("medosmotr", "медосмотр"),
    ("trudovoi patent", "трудовой патент"),
    ("moi dokumenty", "мои документы"),
    ("novyye pravila", "новые правила"),
    ("detskiy sad", "детский сад"),
    ("otsenka", "оценка"),
    ("tsentr", "центр"),
    ("90 dney", "90 дней"),
    ("srok prebyvaniya", "срок пребывания"),
    ("reestr kontroliruemyh lic", "реестр контролируемых лиц"),
    ("chernyy spisok", "черный список"),
    ("rayon", "район"),
    ("zayavlenie", "заявление"),
    ("svidetelstvo o rozhdenii", "свидетельство о рождении"),
    ("zhitel'stvo", "жительство"),
    ("sem'ya", "семья"),
    ("Ekaterinburg", "Екатеринбург"),
    ("eto moy pasport", "это мой паспорт"),
    ("uvedomlenie o pribytii", "уведомление о прибытии"),
    ("medicinskaya spravka", "медицинская справка"),
    ("russkiy yazyk", "русский язык"),
    ("Sankt-Peterburg", "Санкт-Петербург"),
    ("Vsyo", "Всё"),
    ("yolka", "ёлка"),
];

#[test]
fn phrases() {
    for (latin, cyrillic) in PHRASES {
        assert_eq!(ru_latin_to_cyrillic(latin), *cyrillic, "{latin}");
    }
    assert!(PHRASES.len() >= 15);
}

#[test]
fn case_is_preserved() {
    assert_eq!(ru_latin_to_cyrillic("Moskva"), "Москва");
    assert_eq!(ru_latin_to_cyrillic("SHTRAF"), "ШТРАФ");
    assert_eq!(ru_latin_to_cyrillic("Shtraf"), "Штраф");
    assert_eq!(ru_latin_to_cyrillic("MVD i FMS"), "МВД и ФМС");
    assert_eq!(ru_latin_to_cyrillic("polis OMS"), "полис ОМС");
    assert_eq!(ru_latin_to_cyrillic("ZHITEL'STVO"), "ЖИТЕЛЬСТВО");
}

#[test]
fn missing_soft_sign_is_tolerated() {
    // The soft sign cannot be known from "rabotat"; the rest must be right.
    assert_eq!(ru_latin_to_cyrillic("hochu rabotat"), "хочу работат");
}

#[test]
fn other_text_passes_through() {
    assert_eq!(
        ru_latin_to_cyrillic("Zvonite: 8-800-100-00-00, www.gosuslugi.ru!"),
        "Звоните: 8-800-100-00-00, www.gosuslugi.ru!"
    );
    assert_eq!(ru_latin_to_cyrillic("уже кириллица"), "уже кириллица");
    assert_eq!(ru_latin_to_cyrillic("pasport 🙏"), "паспорт 🙏");
    assert_eq!(ru_latin_to_cyrillic("mail@example.com"), "mail@example.com");
}
