//! First start: choose a language, each shown in its own name and script.

use crate::components::lang_picker::choose;
use jol_types::Locale;
use leptos::prelude::*;

#[component]
pub fn LanguageChoice() -> impl IntoView {
    view! {
        <main class="first-start" id="main">
            <h1>{crate::i18n::tr(Locale::En, "app-name")}</h1>
            // The prompt in every language at once: the user cannot read the UI language yet.
            <p class="prompt">
                {Locale::ALL
                    .into_iter()
                    .map(|l| view! { <span lang=l.tag()>{crate::i18n::tr(l, "lang-choose")}</span> })
                    .collect_view()}
            </p>
            <ul class="language-list">
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    lang=l.tag()
                                    data-locale=l.tag()
                                    on:click=move |_| choose(l)
                                >
                                    {l.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </main>
    }
}
