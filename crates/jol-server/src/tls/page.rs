//! The page a phone opens over plain http before it trusts the classroom CA: how to install the
//! certificate, step by step per phone type, in the phone's language.
//!
//! Plain HTML and one stylesheet, no script: it is read on a phone that trusts nothing from this
//! server yet, and it must work in any browser. The words are Fluent messages (`lan-ca-*` in
//! `locales/*.ftl`), so translators find them with the rest of the UI's strings.

use jol_i18n::I18n;
use jol_types::Locale;

/// What the page shows besides its words.
pub struct PageFacts<'a> {
    /// The CA's name as phones list it.
    pub ca_name: &'a str,
    /// SHA-256, `AB:CD:…`.
    pub fingerprint: &'a str,
    /// The HTTPS addresses of the app, the one the phone most likely reaches first.
    pub app_urls: &'a [String],
}

/// The language to answer in: `?lang=`, else the first of `Accept-Language` that Jol speaks, else
/// Russian (read by nearly every migrant from Central Asia, unlike English).
pub fn choose_locale(query_lang: Option<&str>, accept_language: Option<&str>) -> Locale {
    if let Some(l) = query_lang.and_then(|q| q.parse::<Locale>().ok()) {
        return l;
    }
    let mut tags: Vec<(f32, usize, &str)> = accept_language
        .unwrap_or("")
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.iter()
        .find_map(|(_, _, tag)| locale_of_tag(tag))
        .unwrap_or(Locale::Ru)
}

/// Jol's locale for a browser's language tag: `uz-Cyrl-UZ` → uz-Cyrl, `ru-KG` → ru, `kk` → kk.
fn locale_of_tag(tag: &str) -> Option<Locale> {
    let lower = tag.to_ascii_lowercase();
    if lower.starts_with("uz-cyrl") {
        return Some(Locale::UzCyrl);
    }
    lower.split('-').next()?.parse().ok()
}

thread_local! {
    // Fluent bundles are not Sync: one set per worker thread, parsed at its first page.
    // The locale files are compiled in, and jol-i18n's tests prove that they load.
    static I18N: I18n = I18n::new().expect("the compiled-in locales load");
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The install page in `locale`.
pub fn render(locale: Locale, facts: &PageFacts<'_>) -> String {
    I18N.with(|i| render_with(i, locale, facts))
}

fn render_with(i: &I18n, locale: Locale, facts: &PageFacts<'_>) -> String {
    let t = |id: &str| esc(&i.tr(locale, id, None));
    let mut args = jol_i18n::Args::new();
    args.set("ca", facts.ca_name.to_string());
    let ta = |id: &str| esc(&i.tr(locale, id, Some(&args)));
    let li = |ids: &[&str], with_ca: bool| -> String {
        ids.iter()
            .map(|id| format!("<li>{}</li>", if with_ca { ta(id) } else { t(id) }))
            .collect()
    };
    let links: String = facts
        .app_urls
        .iter()
        .map(|u| format!("<li><a href=\"{0}\">{0}</a></li>", esc(u)))
        .collect();
    let langs: String = Locale::ALL
        .iter()
        .filter(|l| **l != locale)
        .map(|l| {
            format!(
                "<li><a href=\"/install?lang={}\" lang=\"{}\" hreflang=\"{}\">{}</a></li>",
                l.tag(),
                l.tag(),
                l.tag(),
                esc(l.native_name())
            )
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title}</title><link rel=\"stylesheet\" href=\"/install.css\"></head><body><main>\
<h1>{title}</h1><p>{intro}</p>\
<p class=\"download\"><a href=\"/classroom-ca.crt\" download=\"jol-classroom-ca.crt\">{download}</a></p>\
<p>{fp_label}<br><code class=\"fingerprint\">{fp}</code></p>\
<section id=\"android\"><h2>{android}</h2><ol>{android_steps}</ol><p class=\"note\">{firefox}</p></section>\
<section id=\"iphone\"><h2>{iphone}</h2><ol>{iphone_steps}</ol></section>\
<section id=\"open\"><h2>{then_open}</h2><ul class=\"app\">{links}</ul></section>\
<p class=\"note\">{limits}</p>\
<section id=\"remove\"><h2>{remove}</h2><ul>{remove_steps}</ul></section>\
<nav aria-label=\"{languages}\"><h2>{languages}</h2><ul class=\"langs\">{langs}</ul></nav>\
</main></body></html>\n",
        lang = locale.tag(),
        title = t("lan-ca-page-title"),
        intro = t("lan-ca-intro"),
        download = t("lan-ca-download"),
        fp_label = t("lan-ca-fingerprint"),
        fp = esc(facts.fingerprint),
        android = t("lan-ca-android-title"),
        android_steps = li(
            &[
                "lan-ca-android-1",
                "lan-ca-android-2",
                "lan-ca-android-3",
                "lan-ca-android-4"
            ],
            true
        ),
        firefox = t("lan-ca-firefox"),
        iphone = t("lan-ca-iphone-title"),
        iphone_steps = li(
            &["lan-ca-iphone-1", "lan-ca-iphone-2", "lan-ca-iphone-3"],
            true
        ),
        then_open = t("lan-ca-then-open"),
        limits = t("lan-ca-limits"),
        remove = t("lan-ca-remove-title"),
        remove_steps = li(&["lan-ca-remove-android", "lan-ca-remove-iphone"], true),
        languages = t("lan-ca-languages"),
    )
}

/// The page's only style: readable on a small phone, nothing fetched from elsewhere.
pub const CSS: &str = "body{font:17px/1.5 system-ui,sans-serif;margin:0;color:#111;background:#fff}\
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.6rem}\
.download a{display:inline-block;padding:.7rem 1.2rem;background:#0b5;color:#fff;border-radius:.4rem;\
text-decoration:none;font-weight:bold}.fingerprint{word-break:break-all;font-size:.85rem}\
.note{background:#fff6d6;padding:.6rem;border-radius:.3rem}.app a{font-size:1.1rem;word-break:break-all}\
.langs{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}\n";
