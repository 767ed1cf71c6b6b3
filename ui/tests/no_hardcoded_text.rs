//! Every user-visible string comes from `locales/*.ftl`. This test reads the UI's source and fails
//! on string literals that look like text for people (words with spaces, capitals or non-ASCII
//! letters) placed where a view would show them: after `>`, `}` or `{`, or alone on a line.
//! Message ids (`search-label`), attribute values (`class="…"`) and format strings are allowed.
//!
//! Errors too: the backend's `ApiError` carries a code for the UI to word from Fluent
//! (`crate::errors::error_text`) and an English `message` for logs. A view that shows `.message`
//! shows English to a Kyrgyz reader, so any `.message` field read in the UI's source fails here.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read ui/src").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Looks like prose: has a letter, and a space, a capital or a non-ASCII letter.
fn looks_like_text(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
        && (s.contains(' ')
            || s.chars()
                .any(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_ascii())))
}

fn offending(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == '"' {
            let start = i;
            let mut j = i + 1;
            while j < bytes.len() && !(bytes[j] == '"' && bytes[j - 1] != '\\') {
                j += 1;
            }
            let lit: String = bytes[start + 1..j.min(bytes.len())].iter().collect();
            let before = bytes[..start].iter().rev().find(|c| !c.is_whitespace());
            let text_position = matches!(before, None | Some('>') | Some('}') | Some('{'));
            let is_format = lit.contains('{') || line.contains("format!(");
            let after: String = bytes[(j + 1).min(bytes.len())..].iter().collect();
            let after = after.trim_start();
            // A match pattern (a key name such as "ArrowDown"), not text.
            let is_pattern =
                after.starts_with("=>") || after.starts_with("if ") || after.starts_with('|');
            if text_position && !is_format && !is_pattern && looks_like_text(&lit) {
                out.push(lit);
            }
            i = j + 1;
        } else if bytes[i] == '/' && bytes.get(i + 1) == Some(&'/') {
            break; // a comment
        } else {
            i += 1;
        }
    }
    out
}

/// Reads of an error's English `message` field (`e.message`, `err.message.clone()`); the code's
/// `message_id()` is the Fluent id and is allowed.
fn english_error_reads(line: &str) -> usize {
    line.match_indices(".message")
        .filter(|(i, m)| {
            let next = line[i + m.len()..].chars().next();
            !matches!(next, Some(c) if c.is_alphanumeric() || c == '_' || c == '(')
        })
        .count()
}

/// Shown to a helper, not worded: the desktop's "Jol cannot start" page names the data folder's
/// OS error under Fluent's title and hint ("show this message to whoever helps you").
const TECHNICAL_DETAIL: &[&str] = &["src/app.rs"];

/// Views outside this change's files that still show English error text; each must be worded with
/// `crate::errors::error_text` and removed from here. The test fails when an entry no longer
/// matches, so the list only shrinks.
const NOT_YET_WORDED: &[&str] = &[];

#[test]
fn every_error_a_reader_sees_is_a_fluent_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    let mut pending = std::collections::BTreeSet::new();
    for f in files {
        let rel = f
            .strip_prefix(root)
            .expect("under ui")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&f).expect("read");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") || english_error_reads(line) == 0 {
                continue;
            }
            if TECHNICAL_DETAIL.contains(&rel.as_str()) {
                continue;
            }
            if NOT_YET_WORDED.contains(&rel.as_str()) {
                pending.insert(rel.clone());
                continue;
            }
            found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "English error text shown to the reader (word it with crate::errors::error_text):\n{}",
        found.join("\n")
    );
    let stale: Vec<_> = NOT_YET_WORDED
        .iter()
        .filter(|f| !pending.contains(**f))
        .collect();
    assert!(
        stale.is_empty(),
        "already worded, remove from NOT_YET_WORDED: {stale:?}"
    );
}

#[test]
fn the_error_detector_catches_english_and_spares_codes() {
    assert_eq!(
        english_error_reads(r#"Some(Err(e)) => view! { <p class="error">{e.message}</p> }"#),
        1
    );
    assert_eq!(
        english_error_reads(r#"Err(e) => error.set(Some(e.message.clone())),"#),
        1
    );
    assert_eq!(
        english_error_reads(r#"tr_args(l, "error-load", &[("detail", Arg::Str(e.message))])"#),
        1
    );
    assert_eq!(
        english_error_reads(r#"<p data-code=e.code.message_id()>{error_text(l, &e)}</p>"#),
        0
    );
    assert_eq!(
        english_error_reads(r#"let n = self.messages.len() + e.message_count;"#),
        0
    );
}

#[test]
fn the_ui_has_no_hard_coded_text() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        let mut in_tests = false;
        for (n, line) in text.lines().enumerate() {
            if line.contains("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests || line.trim_start().starts_with("//") {
                continue;
            }
            for lit in offending(line) {
                found.push(format!("{}:{}: \"{lit}\"", f.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "hard-coded UI text (move it to locales/*.ftl):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_detector_catches_text_and_spares_ids() {
    assert_eq!(offending(r#"    <p>"Hello there"</p>"#), ["Hello there"]);
    assert_eq!(offending(r#"    "Привет""#), ["Привет"]);
    assert!(offending(r#"    <p class="mark warn">{tr(l, "item-old")}</p>"#).is_empty());
    assert!(offending(r#"    {t("search-label")}"#).is_empty());
    assert!(offending(r#"            "ArrowDown" if n > 0 => {"#).is_empty());
}
