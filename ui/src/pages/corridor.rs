//! "Where are you from" and "where are you going / where are you now": on first start after the
//! language, and in Settings.

use crate::corridor::{country_name, use_corridor, DESTINATIONS};
use crate::i18n::{t, use_locale};
use jol_types::{Country, Locale};
use leptos::prelude::*;

/// The first-start screen: shown until both countries are chosen.
#[component]
pub fn CorridorChoice() -> impl IntoView {
    view! {
        <main class="first-start corridor-choice" id="main">
            <h1>{t("corridor-title")}</h1>
            <CorridorPicker/>
        </main>
    }
}

/// The two questions, each a group of toggle buttons.
#[component]
pub fn CorridorPicker() -> impl IntoView {
    let corridor = use_corridor();
    view! {
        <CountryGroup
            legend="corridor-from"
            attr="origin"
            codes=Country::ORIGINS.to_vec()
            chosen=corridor.origin
            on_choose=Callback::new(move |c| corridor.set_origin(c))
        />
        <CountryGroup
            legend="corridor-to"
            attr="destination"
            codes=DESTINATIONS.to_vec()
            chosen=corridor.destination
            on_choose=Callback::new(move |c| corridor.set_destination(c))
        />
    }
}

#[component]
fn CountryGroup(
    legend: &'static str,
    attr: &'static str,
    codes: Vec<&'static str>,
    chosen: RwSignal<Option<Country>>,
    on_choose: Callback<Country>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <fieldset class="countries" data-group=attr>
            <legend>{t(legend)}</legend>
            <ul class="country-list">
                {codes
                    .into_iter()
                    .map(|code| {
                        let country = Country::new(code);
                        let name = {
                            let c = country.clone();
                            move || country_name(locale.get().unwrap_or(Locale::En), &c)
                        };
                        let pressed = move || {
                            chosen.with(|c| c.as_ref().is_some_and(|c| c.code() == code)).to_string()
                        };
                        view! {
                            <li>
                                <button
                                    type="button"
                                    data-country=code
                                    aria-pressed=pressed
                                    on:click=move |_| on_choose.run(country.clone())
                                >
                                    {name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}
