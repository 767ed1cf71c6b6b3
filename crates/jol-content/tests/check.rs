//! `jol content check` on broken copies of a valid fixture: each rule reports the exact
//! `path:line: message` an editor needs.

use jol_content::{check_dir, load_dir, Report};
use std::path::{Path, PathBuf};

/// 2026-12-01, fixed so the tests do not depend on the clock.
const TODAY: i64 = 20_788;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
}

/// Copies the fixture to a temp dir, applies `edit` to one file (relative path), checks it.
fn check_with(file: &str, edit: impl FnOnce(String) -> String) -> (tempfile::TempDir, Report) {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).expect("read fixture");
    std::fs::write(&path, edit(text)).expect("write fixture");
    let files = load_dir(dir.path()).expect("load");
    (dir, check_dir(&files, TODAY))
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).expect("copy");
        }
    }
}

/// The errors as `relative/path:line: message`.
fn errors(dir: &Path, r: &Report) -> Vec<String> {
    r.errors()
        .map(|d| {
            let rel = d.path.strip_prefix(dir).unwrap_or(&d.path);
            format!("{}:{}: {}", rel.display(), d.line, d.message)
        })
        .collect()
}

const GUIDE: &str = "guides/xx.sample.toml";

#[test]
fn the_valid_fixture_has_no_errors() {
    let files = load_dir(&fixture()).expect("load");
    let r = check_dir(&files, TODAY);
    let errs: Vec<String> = r.errors().map(|d| d.to_string()).collect();
    assert!(errs.is_empty(), "{errs:#?}");
    assert_eq!(r.items.len(), 2);
    // verified in 2025-08: more than 12 months before 2026-12-01.
    assert!(r
        .warnings()
        .any(|w| w.message.contains("more than 12 months")));
}

#[test]
fn missing_locale() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("[text.kk]\nreview = \"machine\"\ntitle = \"Үлгі\"\n", "")
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:2: missing required locale `kk` ([text.kk])"]
    );
}

#[test]
fn missing_step_locale() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("[steps.text.ky]\ntitle = \"Муну кылыңыз\"\n", "")
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:41: step 1 is missing required locale `ky`"]
    );
}

#[test]
fn hand_written_uz_cyrillic() {
    let (dir, r) = check_with(GUIDE, |t| {
        t + "\n[text.uz-Cyrl]\nreview = \"machine\"\ntitle = \"Намуна\"\n"
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:61: `uz-Cyrl` is generated from `uz` at build time: remove it and edit `uz`"]
    );
}

#[test]
fn missing_source_and_missing_verified_on() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "[[sources]]\nurl = \"https://example.org/rule\"\ntitle = \"Example publisher: the rule\"\ndate = \"2025-08-25\"\n",
            "",
        )
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:2: no source: every item needs at least one [[sources]]"]
    );
    let (dir, r) = check_with(GUIDE, |t| t.replace("verified_on = \"2025-08-25\"\n", ""));
    let e = errors(dir.path(), &r);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("guides/xx.sample.toml:1: missing field `verified_on`"),
        "{e:?}"
    );
}

#[test]
fn unknown_country() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("origins = [\"KG\"]", "origins = [\"KY\"]")
    });
    let e = errors(dir.path(), &r);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("guides/xx.sample.toml:4: unknown country `KY`"),
        "{e:?}"
    );
}

#[test]
fn invalid_phone() {
    let contact = "id = \"contact.sample\"\nkind = \"contact\"\nverified_on = \"2025\"\n\n[[sources]]\nurl = \"https://example.org/c\"\ntitle = \"c\"\n\n[contact]\norg_kind = \"hotline\"\ncountry = \"RU\"\n\n[[contact.phones]]\nnumber = \"+7 925 115 50 47\"\ndisplay = \"+7 925 115 50 47\"\n";
    let locales: String = ["en", "ru", "ky", "uz", "kk"]
        .iter()
        .map(|l| format!("\n[text.{l}]\nreview = \"machine\"\ntitle = \"c\"\n"))
        .collect();
    let (dir, r) = check_with(GUIDE, |t| t);
    std::fs::create_dir_all(dir.path().join("contacts")).expect("mkdir");
    std::fs::write(
        dir.path().join("contacts/contact.sample.toml"),
        format!("{contact}{locales}"),
    )
    .expect("write");
    drop(r);
    let files = load_dir(dir.path()).expect("load");
    let r = check_dir(&files, TODAY);
    assert_eq!(
        errors(dir.path(), &r),
        ["contacts/contact.sample.toml:14: phone `+7 925 115 50 47` is not valid E.164 (+ then 8 to 15 digits, no spaces)"]
    );
}

#[test]
fn dangling_related_id() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "related = [\"term.sample\"]",
            "related = [\"term.nothing\"]",
        )
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:6: related id `term.nothing` does not exist"]
    );
}

#[test]
fn duplicate_id() {
    let (dir, r) = check_with(GUIDE, |t| t);
    drop(r);
    let dup = std::fs::read_to_string(dir.path().join("terms/term.sample.toml")).expect("read");
    std::fs::create_dir_all(dir.path().join("terms/more")).expect("mkdir");
    std::fs::write(dir.path().join("terms/more/term.sample.toml"), dup).expect("write");
    let files = load_dir(dir.path()).expect("load");
    let r = check_dir(&files, TODAY);
    let e = errors(dir.path(), &r);
    assert!(
        e.iter()
            .any(|e| e.starts_with("terms/term.sample.toml:1: duplicate id `term.sample`")),
        "{e:?}"
    );
}

#[test]
fn disallowed_markdown() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("- a list item", "<img src=x onerror=alert(1)>")
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:21: disallowed Markdown: raw HTML is not allowed"]
    );
    let (dir, r) = check_with(GUIDE, |t| t.replace("- a list item", "## A heading"));
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:21: disallowed Markdown: headings are not allowed"]
    );
}

#[test]
fn non_https_url() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("https://example.org/rule", "http://example.org/rule")
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:10: source URL `http://example.org/rule` must be https://"]
    );
}

#[test]
fn date_in_the_future() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"",
            "verified_on = \"2027-01-02\"",
        )
    });
    assert_eq!(
        errors(dir.path(), &r),
        ["guides/xx.sample.toml:7: date 2027-01-02 is in the future"]
    );
}

#[test]
fn toml_syntax_error_names_its_line() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("title = \"Sample guide\"", "title = \"Sample guide")
    });
    let e = errors(dir.path(), &r);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].starts_with("guides/xx.sample.toml:16: "), "{e:?}");
}

#[test]
fn id_must_match_the_file_name() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace("id = \"xx.sample\"", "id = \"xx.other\"")
    });
    let e = errors(dir.path(), &r);
    assert!(
        e.contains(&"guides/xx.sample.toml:2: id `xx.other` does not match the file name (expected xx.other.toml)".to_string()),
        "{e:?}"
    );
}

/// Every diagnostic (errors and warnings) as `relative/path:line: message`.
fn all(dir: &Path, r: &Report) -> Vec<String> {
    r.diagnostics
        .iter()
        .map(|d| {
            let rel = d.path.strip_prefix(dir).unwrap_or(&d.path);
            format!("{}:{}: {}", rel.display(), d.line, d.message)
        })
        .collect()
}

#[test]
fn numbers_that_differ_from_english_are_reported_per_locale_and_field() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "summary = \"One sentence.\"",
            "summary = \"Within 15 days; fee 10,000 RUB; call +7 925 115 50 47.\"",
        )
        // Russian: a wrong deadline, the fee grouped the Russian way (the same number).
        .replace(
            "summary = \"Одно предложение.\"",
            "summary = \"В течение 16 дней; сбор 10 000 руб.; звоните +7 925 115 50 47.\"",
        )
        // Kyrgyz: the phone number lost a digit, written on a line of its own.
        .replace(
            "[text.ky]\nreview = \"machine\"\ntitle = \"Мисал\"\n",
            "[text.ky]\nreview = \"machine\"\ntitle = \"Мисал\"\nsummary = \"\"\"\n15 күн; 10\u{a0}000 рубль;\n+7 925 115 50 4.\n\"\"\"\n",
        )
        // A step's deadline: 7 working days in English, 8 in Kazakh.
        .replace(
            "[steps.text.kk]\ntitle = \"Осыны жасаңыз\"\n",
            "[steps.text.kk]\ntitle = \"Осыны жасаңыз\"\ndeadline = \"8 жұмыс күні ішінде\"\n",
        )
    });
    let found: Vec<String> = all(dir.path(), &r)
        .into_iter()
        .filter(|d| d.contains("numbers in"))
        .collect();
    assert_eq!(
        found,
        [
            "guides/xx.sample.toml:27: numbers in `ru` summary differ from English: missing 15; extra 16",
            "guides/xx.sample.toml:32: numbers in `ky` summary differ from English: missing 47; extra 4",
            "guides/xx.sample.toml:64: numbers in `kk` step 1 deadline differ from English: missing 7; extra 8",
        ]
    );
    // They are errors: a mistranslated number stops the build.
    assert!(r
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("numbers in"))
        .all(|d| d.severity == jol_content::Severity::Error));
}

#[test]
fn numbers_written_alike_raise_nothing() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "summary = \"One sentence.\"",
            "summary = \"From 1 January 2025: 10,000 RUB, 1.5% ([law](https://example.org/ru/2025/1))\"",
        )
        .replace(
            "summary = \"Одно предложение.\"",
            "summary = \"С 01.01.2025: 10 000 руб., 1,5 % ([закон](https://example.org/en/99))\"",
        )
    });
    let found: Vec<String> = all(dir.path(), &r)
        .into_iter()
        .filter(|d| d.contains("numbers in"))
        .collect();
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn review_by_must_be_a_real_date() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"\n",
            "verified_on = \"2025-08-25\"\nreview_by = \"2027-02-30\"\n",
        )
    });
    let e = errors(dir.path(), &r);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("guides/xx.sample.toml:8: `2027-02-30` is not a date"),
        "{e:?}"
    );
}

#[test]
fn review_by_may_be_in_the_future_but_not_before_verified_on() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"\n",
            "verified_on = \"2025-08-25\"\nreview_by = \"2030-01-01\"\n",
        )
    });
    assert!(errors(dir.path(), &r).is_empty());
    assert!(!all(dir.path(), &r).iter().any(|d| d.contains("review_by")));

    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"\n",
            "verified_on = \"2025-08-25\"\nreview_by = \"2025-03\"\n",
        )
    });
    assert!(errors(dir.path(), &r).is_empty());
    assert!(
        all(dir.path(), &r).contains(
            &"guides/xx.sample.toml:8: review_by 2025-03 is before verified_on 2025-08-25: the facts were checked after the date they could change; set the next review date or remove review_by".to_string()
        ),
        "{:?}",
        all(dir.path(), &r)
    );
}

#[test]
fn topics_are_from_the_list() {
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"\n",
            "verified_on = \"2025-08-25\"\ntopics = [\"work\", \"visas\"]\n",
        )
    });
    let e = errors(dir.path(), &r);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("guides/xx.sample.toml:8: unknown variant `visas`"),
        "{e:?}"
    );
    // A guide without topics is missing from the coverage table: a warning says so.
    let (dir, r) = check_with(GUIDE, |t| t);
    assert!(all(dir.path(), &r).contains(
        &"guides/xx.sample.toml:3: a guide without `topics` is missing from the coverage table: add topics = [...] (names in docs/content.md)".to_string()
    ));
    let (dir, r) = check_with(GUIDE, |t| {
        t.replace(
            "verified_on = \"2025-08-25\"\n",
            "verified_on = \"2025-08-25\"\ntopics = [\"work\", \"registration\"]\n",
        )
    });
    assert!(!all(dir.path(), &r).iter().any(|d| d.contains("topics")));
}
