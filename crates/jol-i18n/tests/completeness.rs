//! The shipped Fluent files are complete and consistent: every locale has every message of `en`
//! (and nothing else), with the same variables, formats without errors, picks the right plural
//! forms, and falls back along its chain when a message is missing.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use jol_i18n::{I18n, SOURCES};
use jol_types::Locale;
use std::collections::{BTreeMap, BTreeSet};

/// Variables given numbers in the sample arguments; every other variable gets a string.
const NUMERIC_VARS: [&str; 4] = ["count", "days", "n", "version"];

fn source(locale: Locale) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, s)| *s)
        .unwrap_or_else(|| panic!("no Fluent source for {locale}"))
}

fn resource(locale: Locale) -> FluentResource {
    FluentResource::try_new(source(locale).to_string())
        .unwrap_or_else(|(_, errs)| panic!("locales/{locale}.ftl does not parse: {errs:?}"))
}

fn i18n() -> I18n {
    I18n::new().unwrap_or_else(|e| panic!("{e}"))
}

/// Every message pattern of a locale, keyed like [`I18n::ids`]: `id` or `id.attribute`.
fn for_each_pattern(locale: Locale, mut f: impl FnMut(String, &ast::Pattern<&str>)) {
    let res = resource(locale);
    for entry in res.entries() {
        if let ast::Entry::Message(m) = entry {
            if let Some(v) = &m.value {
                f(m.id.name.to_string(), v);
            }
            for a in &m.attributes {
                f(format!("{}.{}", m.id.name, a.id.name), &a.value);
            }
        }
    }
}

// ---- walking the AST ----------------------------------------------------------------------

/// What a pattern uses: its `$variables`, its literal text, and the selects it makes.
#[derive(Default)]
struct Uses {
    vars: BTreeSet<String>,
    text: String,
    /// For each select: the variable it selects on (if it is a plain variable) and its keys.
    selects: Vec<(Option<String>, Vec<String>)>,
}

fn walk_pattern(p: &ast::Pattern<&str>, u: &mut Uses) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => u.text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                u.text.push(' ');
                walk_expression(expression, u);
                u.text.push(' ');
            }
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, u: &mut Uses) {
    match e {
        ast::Expression::Select { selector, variants } => {
            let on = match selector {
                ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                _ => None,
            };
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            u.selects.push((on, keys));
            walk_inline(selector, u);
            for v in variants {
                walk_pattern(&v.value, u);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, u),
    }
}

fn walk_arguments(args: &ast::CallArguments<&str>, u: &mut Uses) {
    for a in &args.positional {
        walk_inline(a, u);
    }
    for a in &args.named {
        walk_inline(&a.value, u);
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, u: &mut Uses) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            u.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::StringLiteral { value } => u.text.push_str(value),
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, u),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, u),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, u),
        ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

fn uses(locale: Locale) -> BTreeMap<String, Uses> {
    let mut out = BTreeMap::new();
    for_each_pattern(locale, |id, p| {
        let mut u = Uses::default();
        walk_pattern(p, &mut u);
        out.insert(id, u);
    });
    out
}

fn sample_args(vars: &BTreeSet<String>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in vars {
        if NUMERIC_VARS.contains(&v.as_str()) {
            args.set(v.clone(), FluentValue::from(3));
        } else {
            args.set(v.clone(), FluentValue::from(format!("<{v}>")));
        }
    }
    args
}

// ---- the shipped files --------------------------------------------------------------------

#[test]
fn every_locale_has_a_file_and_every_file_loads() {
    for l in Locale::ALL {
        assert!(
            SOURCES.iter().any(|(s, _)| *s == l),
            "no Fluent source for {l}"
        );
        resource(l);
    }
    i18n();
}

#[test]
fn every_locale_has_every_message_of_en() {
    let en: BTreeSet<String> = I18n::ids(Locale::En).into_iter().collect();
    assert!(!en.is_empty(), "en.ftl has no messages");
    let mut problems = Vec::new();
    for l in Locale::ALL {
        let ids: BTreeSet<String> = I18n::ids(l).into_iter().collect();
        let missing: Vec<&String> = en.difference(&ids).collect();
        if !missing.is_empty() {
            problems.push(format!(
                "locales/{l}.ftl lacks {}: {missing:?}",
                missing.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_locale_has_messages_that_en_lacks() {
    let en: BTreeSet<String> = I18n::ids(Locale::En).into_iter().collect();
    let mut problems = Vec::new();
    for l in Locale::ALL {
        let ids: BTreeSet<String> = I18n::ids(l).into_iter().collect();
        let stale: Vec<&String> = ids.difference(&en).collect();
        if !stale.is_empty() {
            problems.push(format!(
                "locales/{l}.ftl has {} id(s) en.ftl no longer has (stale): {stale:?}",
                stale.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_uses_the_same_variables_as_en() {
    let en = uses(Locale::En);
    let mut problems = Vec::new();
    for l in Locale::ALL {
        for (id, u) in uses(l) {
            let Some(e) = en.get(&id) else { continue };
            if u.vars != e.vars {
                problems.push(format!(
                    "locales/{l}.ftl `{id}` uses {:?}, en uses {:?}",
                    u.vars, e.vars
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let i18n = i18n();
    let en = uses(Locale::En);
    let mut problems = Vec::new();
    for l in Locale::ALL {
        for (id, u) in uses(l) {
            // Give the variables of both en and the locale, so a mismatch (reported by the test
            // above) does not hide a formatting error here.
            let mut vars = u.vars.clone();
            if let Some(e) = en.get(&id) {
                vars.extend(e.vars.iter().cloned());
            }
            let args = sample_args(&vars);
            match i18n.format(l, &id, Some(&args)) {
                None => problems.push(format!("locales/{l}.ftl `{id}` does not format")),
                Some(s) if s.trim().is_empty() => {
                    problems.push(format!("locales/{l}.ftl `{id}` is empty"))
                }
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---- plurals ------------------------------------------------------------------------------

/// The CLDR plural categories (cardinal, integers) of each language.
fn plural_categories(l: Locale) -> &'static [&'static str] {
    match l {
        Locale::Ru => &["one", "few", "many", "other"],
        Locale::En | Locale::Ky | Locale::Kk | Locale::Uz | Locale::UzCyrl => &["one", "other"],
    }
}

#[test]
fn plural_selectors_use_only_the_languages_cldr_categories() {
    let mut problems = Vec::new();
    for l in Locale::ALL {
        for (id, u) in uses(l) {
            for (on, keys) in &u.selects {
                let Some(var) = on else { continue };
                if !NUMERIC_VARS.contains(&var.as_str()) {
                    continue;
                }
                for k in keys {
                    let numeric = k.parse::<f64>().is_ok();
                    if !numeric && !plural_categories(l).contains(&k.as_str()) {
                        problems.push(format!(
                            "locales/{l}.ftl `{id}`: [{k}] is not a plural category of {l} \
                             (it has {:?}); that variant is never shown",
                            plural_categories(l)
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_messages_keep_a_selector_in_every_locale() {
    for l in Locale::ALL {
        let u = uses(l);
        for (id, var) in [("search-results", "count"), ("stay-limit", "days")] {
            let Some(m) = u.get(id) else {
                panic!("locales/{l}.ftl lacks `{id}`")
            };
            assert!(
                m.selects.iter().any(|(on, _)| on.as_deref() == Some(var)),
                "locales/{l}.ftl `{id}` has no selector on ${var}"
            );
        }
    }
}

fn plural(i18n: &I18n, l: Locale, id: &str, var: &str, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set(var, FluentValue::from(n));
    i18n.format(l, id, Some(&args))
        .unwrap_or_else(|| panic!("locales/{l}.ftl `{id}` does not format with {var} = {n}"))
}

#[test]
fn russian_plurals_follow_cldr() {
    let i18n = i18n();
    for (n, word) in [
        (1, "результат"),
        (2, "результата"),
        (5, "результатов"),
        (11, "результатов"),
        (21, "результат"),
        (22, "результата"),
        (25, "результатов"),
        (111, "результатов"),
        (0, "результатов"),
    ] {
        let s = plural(&i18n, Locale::Ru, "search-results", "count", n);
        let words: Vec<&str> = s.split_whitespace().collect();
        assert!(
            words.contains(&n.to_string().as_str()) && words.contains(&word),
            "ru search-results for {n}: expected “{n} … {word}”, got “{s}”"
        );
    }
    for (n, word) in [
        (1, "день"),
        (3, "дня"),
        (5, "дней"),
        (21, "день"),
        (12, "дней"),
    ] {
        let s = plural(&i18n, Locale::Ru, "stay-limit", "days", n);
        assert!(
            s.split_whitespace().any(|w| w == word),
            "ru stay-limit for {n}: expected “{word}”, got “{s}”"
        );
    }
}

#[test]
fn one_other_plurals_give_the_right_text() {
    let i18n = i18n();
    // (locale, text for 1, text for 5)
    let search_results = [
        (Locale::En, "1 result", "5 results"),
        (Locale::Ky, "1 натыйжа", "5 натыйжа"),
        (Locale::Kk, "1 нәтиже", "5 нәтиже"),
        (Locale::Uz, "1 ta natija", "5 ta natija"),
        (Locale::UzCyrl, "1 та натижа", "5 та натижа"),
    ];
    let stay_limit = [
        (Locale::En, "1 day", "5 days"),
        (Locale::Ky, "1 күн", "5 күн"),
        (Locale::Kk, "1 күн", "5 күн"),
        (Locale::Uz, "1 kun", "5 kun"),
        (Locale::UzCyrl, "1 кун", "5 кун"),
    ];
    for (id, var, cases) in [
        ("search-results", "count", search_results),
        ("stay-limit", "days", stay_limit),
    ] {
        for (l, one, five) in cases {
            assert_eq!(plural(&i18n, l, id, var, 1), one, "{l} `{id}` for 1");
            assert_eq!(plural(&i18n, l, id, var, 5), five, "{l} `{id}` for 5");
        }
    }
}

// ---- scripts ------------------------------------------------------------------------------

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphabetic() || c == 'ʻ' || c == 'ʼ'))
        .filter(|w| !w.is_empty())
}

/// Cyrillic locales: no word mixes the scripts (a Latin `a` or `o` hiding in a Cyrillic word breaks
/// search and looks wrong), and a Latin word is one en uses in the same message (a name, a key).
#[test]
fn cyrillic_locales_write_cyrillic() {
    let en = uses(Locale::En);
    let mut problems = Vec::new();
    for l in [Locale::Ru, Locale::Ky, Locale::Kk, Locale::UzCyrl] {
        // A value for the code, not words for people (see every_locale_states_the_review_state…).
        for (id, u) in uses(l).into_iter().filter(|(id, _)| id != "ui-translation") {
            let en_words: BTreeSet<&str> = en
                .get(&id)
                .map(|e| words(&e.text).collect())
                .unwrap_or_default();
            for w in words(&u.text) {
                let latin = w.chars().any(is_latin);
                if latin && w.chars().any(is_cyrillic) {
                    problems.push(format!(
                        "locales/{l}.ftl `{id}`: “{w}” mixes Latin and Cyrillic"
                    ));
                } else if latin && !en_words.contains(w) {
                    problems.push(format!("locales/{l}.ftl `{id}`: Latin word “{w}”"));
                }
            }
        }
    }
    // Letters of the neighbouring language slipping in.
    for (l, foreign) in [
        (Locale::Ky, "әғқұһіӘҒҚҰҺІ"),
        (Locale::UzCyrl, "ңөүәұіҢӨҮӘҰІ"),
    ] {
        for (id, u) in uses(l) {
            if let Some(c) = u.text.chars().find(|c| foreign.contains(*c)) {
                problems.push(format!(
                    "locales/{l}.ftl `{id}`: “{c}” is not a letter of {l}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Uzbek Latin: oʻ and gʻ with U+02BB, the tutuq belgisi with U+02BC, never an apostrophe or a
/// quotation mark look-alike; no Cyrillic.
#[test]
fn uzbek_latin_uses_the_modifier_letters() {
    let mut problems = Vec::new();
    for (id, u) in uses(Locale::Uz) {
        let chars: Vec<char> = u.text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let between_letters =
                prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
            if is_cyrillic(c) {
                problems.push(format!("`{id}`: Cyrillic “{c}”"));
            } else if "'‘’`´".contains(c) && between_letters {
                problems.push(format!(
                    "`{id}`: “{c}” (U+{:04X}) inside a word; use ʻ (U+02BB) after o/g, else ʼ (U+02BC)",
                    c as u32
                ));
            } else if c == 'ʻ' && !prev.is_some_and(|p| "oOgG".contains(p)) {
                problems.push(format!("`{id}`: ʻ (U+02BB) not after o or g"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locales/uz.ftl:\n{}",
        problems.join("\n")
    );
}

// ---- fallback chains ----------------------------------------------------------------------

/// Tiny sources where each locale has fewer messages than the next one down its chain.
fn chain_fixture() -> I18n {
    I18n::from_sources(&[
        (
            Locale::En,
            "a = en-a\nb = en-b\nc = en-c\nd = en-d\nm = en-m\n    .title = en-m-title\n",
        ),
        (
            Locale::Ru,
            "a = ru-a\nb = ru-b\nc = ru-c\nm = ru-m\n    .title = ru-m-title\nbroken = ru-broken\n",
        ),
        (Locale::Uz, "a = uz-a\nb = uz-b\n"),
        (Locale::UzCyrl, "a = uzc-a\n"),
        (
            Locale::Ky,
            "a = ky-a\nb = ky-b\nm = ky-m\nbroken = { no-such-message }\n",
        ),
        (Locale::Kk, "a = kk-a\nb = kk-b\n"),
    ])
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn kyrgyz_falls_back_to_russian_then_english() {
    let i = chain_fixture();
    assert_eq!(i.tr(Locale::Ky, "a", None), "ky-a");
    assert_eq!(i.tr(Locale::Ky, "c", None), "ru-c");
    assert_eq!(i.tr(Locale::Ky, "d", None), "en-d");
    // Attributes fall back on their own: ky has `m` but not `m.title`.
    assert_eq!(i.tr(Locale::Ky, "m", None), "ky-m");
    assert_eq!(i.tr(Locale::Ky, "m.title", None), "ru-m-title");
    // A translation that fails to format is skipped like a missing one.
    assert_eq!(i.format(Locale::Ky, "broken", None), None);
    assert_eq!(i.tr(Locale::Ky, "broken", None), "ru-broken");
    // No locale has it: the id itself.
    assert_eq!(i.tr(Locale::Ky, "zzz", None), "zzz");
}

#[test]
fn kazakh_falls_back_to_russian_then_english() {
    let i = chain_fixture();
    assert_eq!(i.tr(Locale::Kk, "b", None), "kk-b");
    assert_eq!(i.tr(Locale::Kk, "c", None), "ru-c");
    assert_eq!(i.tr(Locale::Kk, "d", None), "en-d");
    assert_eq!(i.tr(Locale::Kk, "m.title", None), "ru-m-title");
}

#[test]
fn uzbek_latin_falls_back_to_russian_then_english() {
    let i = chain_fixture();
    assert_eq!(i.tr(Locale::Uz, "b", None), "uz-b");
    assert_eq!(i.tr(Locale::Uz, "c", None), "ru-c");
    assert_eq!(i.tr(Locale::Uz, "d", None), "en-d");
}

#[test]
fn uzbek_cyrillic_falls_back_to_uzbek_latin_then_russian_then_english() {
    let i = chain_fixture();
    assert_eq!(i.tr(Locale::UzCyrl, "a", None), "uzc-a");
    assert_eq!(i.tr(Locale::UzCyrl, "b", None), "uz-b");
    assert_eq!(i.tr(Locale::UzCyrl, "c", None), "ru-c");
    assert_eq!(i.tr(Locale::UzCyrl, "d", None), "en-d");
}

#[test]
fn russian_and_english_do_not_borrow_from_the_central_asian_locales() {
    let i = chain_fixture();
    assert_eq!(i.tr(Locale::Ru, "b", None), "ru-b");
    assert_eq!(i.tr(Locale::Ru, "d", None), "en-d");
    assert_eq!(i.tr(Locale::En, "broken", None), "broken");
    // `b` is in ky, kk and uz but not in ru's chain beyond ru itself.
    assert_eq!(i.format(Locale::En, "b", None).as_deref(), Some("en-b"));
}

#[test]
fn tr_n_passes_the_number_for_plurals() {
    let i = I18n::from_sources(&[(
        Locale::En,
        "n = { $count ->\n    [one] one thing\n   *[other] { $count } things\n}\n",
    )])
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(i.tr_n(Locale::Ky, "n", "count", 1), "one thing");
    assert_eq!(i.tr_n(Locale::Ky, "n", "count", 4), "4 things");
}

#[test]
fn a_broken_source_is_a_load_error_naming_its_locale() {
    let Err(e) = I18n::from_sources(&[(Locale::Kk, "ok = fine\n= no id here\n")]) else {
        panic!("a syntax error was accepted");
    };
    assert_eq!(e.locale, Locale::Kk);
    let Err(e) = I18n::from_sources(&[(Locale::Ru, "x = one\nx = two\n")]) else {
        panic!("a duplicate message was accepted");
    };
    assert_eq!(e.locale, Locale::Ru);
}

/// Each locale file says whether its own words are the source, a machine translation, or
/// reviewed; the UI marks machine-made interface text as it marks machine-made content.
#[test]
fn every_locale_states_the_review_state_of_its_words() {
    let i18n = jol_i18n::I18n::new().expect("locales load");
    for l in Locale::ALL {
        let state = i18n.tr(l, "ui-translation", None);
        let allowed: &[&str] = if l == Locale::En {
            &["source"]
        } else {
            &["machine", "reviewed"]
        };
        assert!(
            allowed.contains(&state.as_str()),
            "locales/{l}.ftl: ui-translation is `{state}`, expected one of {allowed:?}"
        );
    }
}

/// Update errors cross the API as codes (`jol_types::api::UpdateErrorCode`); each must have its
/// wording here, or a reader would see a message id.
#[test]
fn every_update_error_code_is_worded() {
    let ids = I18n::ids(Locale::En);
    for code in jol_types::api::UpdateErrorCode::ALL {
        assert!(
            ids.iter().any(|i| i == code.message_id()),
            "{code:?}: no message `{}` in locales/en.ftl",
            code.message_id()
        );
    }
}
