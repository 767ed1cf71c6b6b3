//! Numbers identical across locales: a translation that turns "15 days" into "10 days", drops a
//! digit of a phone number or changes a year is a wrong fact in one language only, and no reader
//! of that language can tell. So every number in a locale's text is compared with the English text
//! of the same field.
//!
//! A number is read the way people write it: "10 000", "10 000" (no-break space), "10,000" and
//! "10.000" are all 10000; "1.5" and "1,5" are both 1.5; "25.08.2025" is 25, 8 and 2025; leading
//! zeros do not count ("08" is 8). Numbers inside link targets and bare URLs are ignored: a page's
//! address may differ by language.

use std::collections::BTreeSet;

/// Characters that may group the digits of one number: space, no-break space, narrow no-break
/// space, thin space, apostrophe (Swiss style), comma and full stop.
const GROUP_SEPARATORS: [char; 7] = [' ', '\u{a0}', '\u{202f}', '\u{2009}', '\'', ',', '.'];

/// Every number in `text`, normalised (grouping removed, decimal mark `.`, no leading zeros).
pub fn numbers_in(text: &str) -> BTreeSet<String> {
    let text = without_urls(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // A chunk: digit groups joined by one separator each ("7 925 115 50 47", "25.08.2025").
        let mut groups = vec![String::new()];
        let mut seps = Vec::new();
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                if let Some(g) = groups.last_mut() {
                    g.push(c);
                }
                i += 1;
            } else if GROUP_SEPARATORS.contains(&c)
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            {
                seps.push(c);
                groups.push(String::new());
                i += 1;
            } else {
                break;
            }
        }
        out.extend(read_chunk(&groups, &seps));
    }
    out
}

/// Splits a chunk into numbers: a group of 1–3 digits followed by groups of exactly 3 with the
/// same separator is one number ("10 000", "1,234,567"); a lone `.` or `,` between two groups
/// otherwise is a decimal mark ("1,5"); anything else separates numbers.
fn read_chunk(groups: &[String], seps: &[char]) -> Vec<String> {
    let is_mark = |c: char| c == '.' || c == ',';
    let mut out = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut num = groups[i].clone();
        let mut j = i;
        if groups[i].len() <= 3 {
            while j + 1 < groups.len() && groups[j + 1].len() == 3 && seps[j] == seps[i] {
                num.push_str(&groups[j + 1]);
                j += 1;
            }
        }
        let lone_mark = j == i
            && j + 1 < groups.len()
            && is_mark(seps[j])
            && (i == 0 || !is_mark(seps[i - 1]))
            && seps.get(j + 1).is_none_or(|s| !is_mark(*s));
        if lone_mark {
            num = format!("{}.{}", groups[i], groups[i + 1]);
            j = i + 1;
        }
        out.push(normalise(&num));
        i = j + 1;
    }
    out
}

/// Leading zeros dropped ("08" → "8", "0.5" stays), trailing decimal zeros too ("1.50" → "1.5").
fn normalise(num: &str) -> String {
    let (whole, frac) = match num.split_once('.') {
        Some((w, f)) => (w, f.trim_end_matches('0')),
        None => (num, ""),
    };
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    if frac.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{frac}")
    }
}

/// `text` with link targets (`](https://…)`) and bare `http(s)://` addresses blanked out.
fn without_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let link = rest.find("](");
        let bare = rest
            .find("http://")
            .into_iter()
            .chain(rest.find("https://"))
            .min();
        let (start, skip) = match (link, bare) {
            (Some(l), Some(b)) if b < l => (b, 0),
            (Some(l), _) => (l, 2),
            (None, Some(b)) => (b, 0),
            (None, None) => break,
        };
        out.push_str(&rest[..start]);
        out.push(' ');
        let after = &rest[start + skip..];
        let end = after
            .find(|c: char| c.is_whitespace() || c == ')')
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// What `other` lacks of `english`'s numbers, and what it adds, each sorted.
pub fn compare(english: &str, other: &str) -> (Vec<String>, Vec<String>) {
    let en = numbers_in(english);
    let ot = numbers_in(other);
    (
        en.difference(&ot).cloned().collect(),
        ot.difference(&en).cloned().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<String> {
        numbers_in(s).into_iter().collect()
    }

    #[test]
    fn thousands_separators_of_every_locale_read_alike() {
        for s in [
            "10000 RUB",
            "10 000 руб.",
            "10\u{a0}000",
            "10\u{202f}000",
            "10,000",
            "10.000",
        ] {
            assert_eq!(nums(s), ["10000"], "{s}");
        }
        assert_eq!(nums("1,234,567"), ["1234567"]);
        assert_eq!(nums("1 234 567"), ["1234567"]);
    }

    #[test]
    fn decimal_marks_read_alike() {
        assert_eq!(nums("1.5%"), ["1.5"]);
        assert_eq!(nums("1,5 %"), ["1.5"]);
        assert_eq!(nums("2,50"), ["2.5"]);
    }

    #[test]
    fn dates_phones_and_lists_split_into_their_numbers() {
        assert_eq!(nums("25.08.2025"), ["2025", "25", "8"]);
        assert_eq!(nums("2025-08-25"), ["2025", "25", "8"]);
        assert_eq!(nums("25 August 2025"), ["2025", "25"]);
        assert_eq!(nums("+7 925 115 50 47"), ["47", "50", "7925115"]);
        assert_eq!(nums("+79251155047"), ["79251155047"]);
        assert_eq!(nums("15, 30 and 90 days"), ["15", "30", "90"]);
        // A four-digit year is not the first group of a thousands number.
        assert_eq!(nums("in 2025 100 people"), ["100", "2025"]);
        assert_eq!(nums("Federal Law 115-FZ"), ["115"]);
    }

    #[test]
    fn link_targets_and_addresses_do_not_count() {
        assert_eq!(
            nums("See [the 2025 rule](https://example.org/news/123456) or https://x.org/9"),
            ["2025"]
        );
    }

    #[test]
    fn compare_names_missing_and_extra() {
        let (missing, extra) = compare(
            "Within 15 days; fee 10,000 RUB; call +7 925 115 50 47.",
            "В течение 16 дней; сбор 10 000 руб.; звоните +7 925 115 50 47.",
        );
        assert_eq!(missing, ["15"]);
        assert_eq!(extra, ["16"]);
    }
}
