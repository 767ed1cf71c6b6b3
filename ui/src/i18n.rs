//! The UI's language: the current locale as a signal, and `t()` to translate by message id.

use jol_i18n::I18n;
use jol_types::Locale;
use leptos::prelude::*;

thread_local! {
    // FluentBundle is not Send; the UI is single-threaded wasm, so one per thread is one in all.
    static I18N: Option<I18n> = I18n::new().ok();
}

/// The current locale, provided at the root.
#[derive(Clone, Copy)]
pub struct CurrentLocale(pub RwSignal<Option<Locale>>);

pub fn use_locale() -> RwSignal<Option<Locale>> {
    expect_context::<CurrentLocale>().0
}

/// Translates `id` in `locale`.
pub fn tr(locale: Locale, id: &str) -> String {
    I18N.with(|i| match i {
        Some(i) => i.tr(locale, id, None),
        None => id.to_string(),
    })
}

/// Translates `id` with arguments (`(name, value)` pairs; numbers stay numbers for plurals).
pub fn tr_args(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    I18N.with(|i| match i {
        Some(i) => {
            let mut fa = jol_i18n::Args::new();
            for (k, v) in args {
                match v {
                    Arg::Num(n) => fa.set(*k, *n),
                    Arg::Str(s) => fa.set(*k, s.clone()),
                }
            }
            i.tr(locale, id, Some(&fa))
        }
        None => id.to_string(),
    })
}

pub enum Arg {
    Num(i64),
    Str(String),
}

/// A reactive translation for use in views.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let loc = use_locale();
    move || tr(loc.get().unwrap_or(Locale::En), id)
}
