//! Dates as people read them in each locale: "25 August 2025", "25 августа 2025 г.", with the
//! precision the source gave (a year, a month, or a day). Month names and the order of the parts
//! are messages in `locales/*.ftl` (`month-N` with a day, `month-alone-N` without one, and the
//! `date-day`, `date-month` patterns), so translators own them.

use crate::i18n::{tr, tr_args, Arg};
use jol_types::{Locale, PartialDate};

pub fn date(l: Locale, d: PartialDate) -> String {
    let year = Arg::Str(d.year.to_string());
    match (d.month.filter(|m| (1..=12).contains(m)), d.day) {
        (Some(m), Some(day)) => tr_args(
            l,
            "date-day",
            &[
                ("day", Arg::Str(day.to_string())),
                ("month", Arg::Str(tr(l, &format!("month-{m}")))),
                ("year", year),
            ],
        ),
        (Some(m), None) => tr_args(
            l,
            "date-month",
            &[
                ("month", Arg::Str(tr(l, &format!("month-alone-{m}")))),
                ("year", year),
            ],
        ),
        _ => tr_args(l, "date-year", &[("year", year)]),
    }
}

/// A whole number with the locale's digit grouping: "12,345" in English; "12 345" (a no-break
/// space) in Russian, Kyrgyz, Kazakh and Uzbek, as CLDR has it.
pub fn number(l: Locale, n: i64) -> String {
    let sep = match l {
        Locale::En => ",",
        _ => "\u{a0}",
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// An amount of money as the source states it, with the locale's digit grouping and decimal
/// mark, the ISO currency code, and what it is per ("a month"), e.g. "10 000 RUB в месяц".
pub fn money(l: Locale, amount: f64, currency: &str, per: Option<&str>) -> String {
    let whole = amount.trunc() as i64;
    let mut text = number(l, whole);
    let cents = ((amount - amount.trunc()).abs() * 100.0).round() as i64;
    if cents != 0 {
        let mark = if l == Locale::En { "." } else { "," };
        text = format!("{text}{mark}{cents:02}");
    }
    let value = tr_args(
        l,
        "money",
        &[
            ("amount", Arg::Str(text)),
            ("currency", Arg::Str(currency.to_string())),
        ],
    );
    match per {
        Some(p) => tr_args(
            l,
            "money-per",
            &[("value", Arg::Str(value)), ("per", Arg::Str(p.to_string()))],
        ),
        None => value,
    }
}

/// A download size: bytes under a kilobyte, else whole kilobytes, with the locale's unit.
pub fn size(l: Locale, bytes: u64) -> String {
    if bytes < 1024 {
        tr_args(l, "size-bytes", &[("n", Arg::Str(number(l, bytes as i64)))])
    } else {
        let kb = bytes.div_ceil(1024) as i64;
        tr_args(l, "size-kb", &[("n", Arg::Str(number(l, kb)))])
    }
}

/// Seconds since 1970 (UTC), from the page's clock.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// A moment as a date and an hour in the device's time zone: "1 December 2026, 14:05".
pub fn date_time(l: Locale, unix: i64) -> String {
    // getTimezoneOffset is minutes to add to local time to get UTC.
    let offset_min = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix as f64 * 1000.0))
        .get_timezone_offset() as i64;
    let local = unix - offset_min * 60;
    let minutes = local.rem_euclid(86_400) / 60;
    tr_args(
        l,
        "date-time",
        &[
            (
                "date",
                Arg::Str(date(l, PartialDate::from_unix_seconds(local))),
            ),
            (
                "time",
                Arg::Str(format!("{:02}:{:02}", minutes / 60, minutes % 60)),
            ),
        ],
    )
}

/// Standard base64 (RFC 4648, padded), for sending a file's bytes inside JSON.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect("a date")
    }

    #[test]
    fn full_dates_in_each_locale() {
        assert_eq!(date(Locale::En, d("2025-08-25")), "25 August 2025");
        assert_eq!(date(Locale::Ru, d("2025-08-25")), "25 августа 2025 г.");
        assert_eq!(date(Locale::Ky, d("2025-08-25")), "2025-ж. 25-август");
        assert_eq!(date(Locale::Kk, d("2025-08-25")), "2025 ж. 25 тамыз");
        assert_eq!(date(Locale::Uz, d("2025-08-25")), "2025-yil 25-avgust");
    }

    #[test]
    fn numbers_group_digits_per_locale() {
        assert_eq!(number(Locale::En, 1234567), "1,234,567");
        assert_eq!(number(Locale::Ru, 1234567), "1\u{a0}234\u{a0}567");
        assert_eq!(number(Locale::Kk, 999), "999");
        assert_eq!(number(Locale::Uz, -12000), "-12\u{a0}000");
        assert_eq!(number(Locale::En, 0), "0");
    }

    #[test]
    fn money_per_locale() {
        assert_eq!(
            money(Locale::En, 10000.0, "RUB", Some("month")),
            "10,000 RUB a month"
        );
        assert_eq!(
            money(Locale::Ru, 10000.0, "RUB", Some("month")),
            "10\u{a0}000 RUB в месяц"
        );
        assert_eq!(money(Locale::Ru, 1234.5, "KZT", None), "1\u{a0}234,50 KZT");
        assert_eq!(money(Locale::En, 1234.5, "KZT", None), "1,234.50 KZT");
        // A period the messages do not know is shown as written, not lost.
        assert_eq!(
            money(Locale::En, 5.0, "USD", Some("visit")),
            "5 USD per visit"
        );
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn partial_dates_keep_their_precision() {
        assert_eq!(date(Locale::En, d("2015-08")), "August 2015");
        assert_eq!(date(Locale::Ru, d("2015-08")), "август 2015 г.");
        assert_eq!(date(Locale::En, d("2024")), "2024");
        assert_eq!(date(Locale::Ru, d("2024")), "2024 г.");
    }
}
