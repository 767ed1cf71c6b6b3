//! The user's corridor: the citizenship they travel on and the country they go to or are in. Kept
//! like the locale: in local storage, and on the desktop also in the user database.

use crate::storage;
use jol_types::api::{SetSetting, Settings};
use jol_types::{Country, Locale};
use leptos::prelude::*;

/// Destinations the content covers, in the order most migrants go.
pub const DESTINATIONS: [&str; 8] = ["RU", "KZ", "KG", "UZ", "KR", "TR", "AE", "GB"];

#[derive(Clone, Copy)]
pub struct Corridor {
    pub origin: RwSignal<Option<Country>>,
    pub destination: RwSignal<Option<Country>>,
}

fn stored(key: &str, allowed: &[&str]) -> Option<Country> {
    storage::get(key)
        .filter(|c| allowed.contains(&c.as_str()))
        .map(|c| Country::new(&c))
}

impl Corridor {
    /// Reads the stored corridor and provides it to the app.
    pub fn provide() -> Corridor {
        let c = Corridor {
            origin: RwSignal::new(stored("origin", &Country::ORIGINS)),
            destination: RwSignal::new(stored("destination", &DESTINATIONS)),
        };
        provide_context(c);
        c
    }

    pub fn is_chosen(&self) -> bool {
        self.origin.with(Option::is_some) && self.destination.with(Option::is_some)
    }

    /// Takes the desktop's saved corridor when this page has none (its storage was cleared).
    pub fn restore(&self, s: &Settings) {
        if self.origin.get_untracked().is_none() {
            if let Some(o) = s
                .origin
                .clone()
                .filter(|c| Country::ORIGINS.contains(&c.code()))
            {
                storage::set("origin", o.code());
                self.origin.set(Some(o));
            }
        }
        if self.destination.get_untracked().is_none() {
            if let Some(d) = s
                .destination
                .clone()
                .filter(|c| DESTINATIONS.contains(&c.code()))
            {
                storage::set("destination", d.code());
                self.destination.set(Some(d));
            }
        }
    }

    pub fn set_origin(&self, c: Country) {
        storage::set("origin", c.code());
        self.origin.set(Some(c));
        self.save();
    }

    pub fn set_destination(&self, c: Country) {
        storage::set("destination", c.code());
        self.destination.set(Some(c));
        self.save();
    }

    fn save(&self) {
        if !crate::client::keeps_user_data() {
            return;
        }
        let settings = Settings {
            locale: None,
            origin: self.origin.get_untracked(),
            destination: self.destination.get_untracked(),
            ..Settings::default()
        };
        leptos::task::spawn_local(async move {
            // Local storage already holds the choice; see `lang_picker::choose`.
            let _ = crate::client::call(&SetSetting { settings }).await;
        });
    }
}

pub fn use_corridor() -> Corridor {
    expect_context::<Corridor>()
}

/// The country's name in the UI language.
/// A city's name in `l`. Content names cities in English (the key the filters use); the locale
/// files translate the ones the dataset has, and any other shows as written.
pub fn city_name(l: Locale, city: &str) -> String {
    crate::i18n::tr_args(
        l,
        "city-name",
        &[("city", crate::i18n::Arg::Str(city.to_string()))],
    )
}

pub fn country_name(l: Locale, c: &Country) -> String {
    crate::i18n::tr(l, &format!("country-{}", c.code()))
}
