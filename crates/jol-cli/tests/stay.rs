//! `jol stay` as a script sees it: the JSON it prints, a worked case under a rule of the built-in
//! content, and exit status 2 with the bad argument named for each kind of bad input.

use serde_json::Value;
use std::process::{Command, Output};

/// Runs `jol stay ARGS` with its own empty data directory (a `--rule` opens Jol's data).
fn jol_stay(args: &[&str]) -> (Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_jol"))
        .arg("stay")
        .args(args)
        .env("JOL_DATA_DIR", dir.path())
        .output()
        .expect("jol runs");
    (out, dir)
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (out, _dir) = jol_stay(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn json_has_the_three_answers_with_their_types() {
    // 30 days from entry on 15 January: the 30th is 13 February, and 20 February is 7 days over.
    let v = json(&[
        "--limit",
        "30",
        "--period",
        "from-entry",
        "--since",
        "2025-01-15",
        "--on",
        "2025-02-20",
    ]);
    assert_eq!(v["days_used"], 37);
    assert_eq!(v["last_legal_day"], "2025-02-13");
    assert_eq!(v["overstay_days"], 7);
    // Entering on a day already over the limit: no legal day at all, and null says so.
    let v = json(&[
        "--limit",
        "90",
        "--period",
        "rolling:180",
        "--trip",
        "2025-01-01:2025-03-31",
        "--on",
        "2025-04-01",
    ]);
    assert_eq!(v["days_used"], 91);
    assert_eq!(v["last_legal_day"], Value::Null);
    assert_eq!(v["overstay_days"], 1);
}

#[test]
fn a_worked_case_under_russias_rule_from_the_content() {
    // 90 days per calendar year from 1 January 2025: 22 days in January and 28 in February
    // before, 1 June is day 51, and day 90 is 10 July.
    let args = [
        "--rule",
        "stay.ru-visa-free-90-calendar-year",
        "--trip",
        "2025-01-10:2025-02-28",
        "--since",
        "2025-06-01",
        "--on",
        "2025-06-20",
    ];
    let v = json(&args);
    assert_eq!(v["days_used"], 70);
    assert_eq!(v["last_legal_day"], "2025-07-10");
    assert_eq!(v["overstay_days"], 0);
    assert_eq!(v["binding_rule"], "stay.ru-visa-free-90-calendar-year");
    let (out, _dir) = jol_stay(&args);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("last legal day: 2025-07-10"), "{text}");
    assert!(text.contains("legal basis: Federal Law 115-FZ"), "{text}");
    assert!(text.contains("does not replace official advice"), "{text}");
}

/// Bad input exits with status 2 and a message that names the argument at fault.
#[test]
fn bad_input_exits_2_naming_the_argument() {
    let typed = ["--limit", "30", "--period", "from-entry"];
    let cases: &[(&[&str], &str)] = &[
        (
            &["--trip", "2025-01-10:2025-01-01", "--on", "2025-03-01"],
            "--trip #1",
        ),
        (
            &[
                "--trip",
                "2025-01-01:2025-01-10",
                "--trip",
                "2025-01-10:2025-01-20",
                "--on",
                "2025-03-01",
            ],
            "--trip #2 overlaps --trip #1",
        ),
        (&["--on", "2025-02-29"], "--on: `2025-02-29`"),
        (&["--since", "2025-13-01", "--on", "2025-03-01"], "--since"),
        (&["--trip", "2025-01-01", "--on", "2025-03-01"], "--trip #1"),
        (&["--since", "2025-03-02", "--on", "2025-03-01"], "--since"),
        (
            &["--trip", "2025-02-20:2025-03-01", "--on", "2025-03-01"],
            "--trip #1",
        ),
    ];
    for (args, named) in cases {
        let mut all = typed.to_vec();
        all.extend_from_slice(args);
        let (out, _dir) = jol_stay(&all);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(named), "{args:?} should name {named}: {err}");
    }
    for (args, named) in [
        (
            &["--rule", "stay.no-such-rule", "--on", "2025-03-01"][..],
            "--rule stay.no-such-rule",
        ),
        (
            &["--rule", "ru.registration", "--on", "2025-03-01"],
            "not a stay rule",
        ),
        (
            &[
                "--limit",
                "30",
                "--period",
                "rolling:0",
                "--on",
                "2025-03-01",
            ],
            "--period",
        ),
    ] {
        let (out, _dir) = jol_stay(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(named), "{args:?} should name {named}: {err}");
    }
}
