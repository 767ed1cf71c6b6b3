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
    fn partial_dates_keep_their_precision() {
        assert_eq!(date(Locale::En, d("2015-08")), "August 2015");
        assert_eq!(date(Locale::Ru, d("2015-08")), "август 2015 г.");
        assert_eq!(date(Locale::En, d("2024")), "2024");
        assert_eq!(date(Locale::Ru, d("2024")), "2024 г.");
    }
}
