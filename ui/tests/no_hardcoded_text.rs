//! Every user-visible string comes from `locales/*.ftl`. This test reads the UI's source and fails
//! on string literals that look like text for people (words with spaces, capitals or non-ASCII
//! letters) placed where a view would show them: after `>`, `}` or `{`, or alone on a line.
//! Message ids (`search-label`), attribute values (`class="…"`) and format strings are allowed.

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
