//! The language menu in the header.

use crate::i18n::{t, use_locale};
use crate::storage;
use jol_types::Locale;
use leptos::prelude::*;

/// Stores the choice on this device (local storage, and the user database on the desktop).
pub fn choose(locale: Locale) {
    use_locale().set(Some(locale));
    storage::set("locale", locale.tag());
    if crate::client::keeps_user_data() {
        leptos::task::spawn_local(async move {
            let req = jol_types::api::SetSetting {
                settings: jol_types::api::Settings {
                    locale: Some(locale),
                    ..Default::default()
                },
            };
            // The local storage copy already holds the choice; the database copy is for the
            // backend's own use, so a failure here changes nothing the user sees.
            let _ = crate::client::call(&req).await;
        });
    }
}

/// `id` tells the header's menu (`lang`) from the one in Settings, so ids stay unique on a page.
#[component]
pub fn LanguageSelect(#[prop(default = "lang")] id: &'static str) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label class="lang">
            <span class="visually-hidden">{t("lang-label")}</span>
            <select
                id=id
                on:change=move |ev| {
                    if let Ok(l) = event_target_value(&ev).parse::<Locale>() {
                        choose(l);
                    }
                }
            >
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=move || locale.get() == Some(l)>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
