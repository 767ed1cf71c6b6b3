//! Settings: language, countries, text size, and what this copy of Jol is.

use crate::app::AppInfo;
use crate::components::lang_picker::LanguageSelect;
use crate::i18n::{t, tr, tr_args, use_locale, Arg};
use crate::pages::corridor::CorridorPicker;
use crate::storage;
use jol_types::Locale;
use leptos::prelude::*;

/// Text sizes offered, as `--scale` on `<html>`.
pub const SCALES: [(&str, &str); 3] = [
    ("1", "settings-size-normal"),
    ("1.2", "settings-size-large"),
    ("1.4", "settings-size-larger"),
];

/// Applies a stored text size (at start, and when changed).
/// Sets the text scale through the CSS object model: the server's Content-Security-Policy allows
/// no inline `style` attribute, and the CSSOM is not one.
pub fn apply_scale(scale: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.style().set_property("--scale", scale);
    }
}

pub fn stored_scale() -> String {
    storage::get("scale")
        .filter(|s| SCALES.iter().any(|(v, _)| v == s))
        .unwrap_or_else(|| "1".into())
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let locale = use_locale();
    let info = expect_context::<AppInfo>().0;
    let scale = RwSignal::new(stored_scale());
    view! {
        <h1>{t("settings-title")}</h1>
        <section class="settings-language">
            <h2>{t("lang-label")}</h2>
            <LanguageSelect id="settings-lang"/>
        </section>
        <section class="settings-corridor">
            <h2>{t("corridor-title")}</h2>
            <CorridorPicker/>
        </section>
        <section class="settings-size">
            <fieldset class="countries">
                <legend>{t("settings-text-size")}</legend>
                <ul class="country-list">
                    {SCALES
                        .into_iter()
                        .map(|(v, id)| {
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        data-scale=v
                                        aria-pressed=move || (scale.get() == v).to_string()
                                        on:click=move |_| {
                                            storage::set("scale", v);
                                            apply_scale(v);
                                            scale.set(v.to_string());
                                        }
                                    >
                                        {t(id)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
        </section>
        <crate::offline::OfflineSettings/>
        <crate::pages::updates::UpdateSettings/>
        <crate::pages::sharing::SharingSettings/>
        <section class="about">
            <h2>{t("settings-about")}</h2>
            {move || {
                let l = locale.get().unwrap_or(Locale::En);
                info.get().and_then(|r| r.ok()).map(|i| {
                    view! {
                        <dl>
                            <dt>{tr(l, "settings-app-version")}</dt>
                            <dd class="app-version">{i.app_version.clone()}</dd>
                            <dt>{tr(l, "settings-dataset")}</dt>
                            <dd class="dataset-version" data-version=i.dataset_version.to_string()>
                                {tr_args(l, "settings-dataset-value", &[
                                    ("date", Arg::Str(crate::updates::version_date(l, i.dataset_version))),
                                    ("count", Arg::Num(i.item_count as i64)),
                                ])}
                            </dd>
                            <dt>{tr(l, "settings-hash")}</dt>
                            <dd class="content-hash"><code>{i.content_hash.clone()}</code></dd>
                        </dl>
                    }
                })
            }}
            <p>{t("settings-sources")}</p>
            <p>{t("settings-licence")}</p>
            <p>{t("settings-machine-note")}</p>
        </section>
    }
}
