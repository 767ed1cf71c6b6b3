//! Emergency (the contacts for the user's corridor first, then the rest) and Contacts (filtered by
//! country, city and kind). The data is the local dataset, so both work with no connection.

use crate::components::load;
use crate::corridor::{city_name, country_name, use_corridor};
use crate::i18n::{t, tr, tr_args, use_locale, Arg};
use crate::route::item_href;
use jol_types::api::{ApiError, GetItems, ItemView};
use jol_types::{ContactKind, Country, Freshness, ItemKind, Locale};
use leptos::prelude::*;

/// Every contact item, whole (its `Contact` data and texts), in the dataset's order.
fn load_contacts() -> RwSignal<Option<Result<Vec<ItemView>, ApiError>>> {
    let locale = use_locale();
    load(
        move || locale.get().unwrap_or(Locale::En),
        |l| async move {
            let all = crate::client::call(&GetItems {
                kind: ItemKind::Contact,
                locale: l,
            })
            .await?;
            Ok(all
                .into_iter()
                .filter(|v| v.item.contact.is_some())
                .collect())
        },
    )
}

fn kind_rank(k: ContactKind) -> usize {
    ContactKind::ALL
        .iter()
        .position(|x| *x == k)
        .unwrap_or(usize::MAX)
}

/// A contact as a card: its name, kind and place, phones as `tel:` links with copy buttons, hours,
/// languages and, for old sources, the warning to check first.
///
/// The name is a heading one level below the list's own (`h2` under the contacts page's `h1`, `h3`
/// under the emergency page's `h2` sections): screen-reader users jump by heading level, and a
/// skipped level reads as missing content.
fn card(v: ItemView, l: Locale, level: Heading) -> impl IntoView {
    let item = v.item;
    let (Some(c), Some((tl, text))) = (item.contact.as_ref(), item.text_for(l)) else {
        return ().into_any();
    };
    let place = match &c.city {
        Some(city) => format!("{}, {}", country_name(l, &c.country), city_name(l, city)),
        None => country_name(l, &c.country),
    };
    view! {
        <li class="contact-card" data-id=item.id.clone() data-country=c.country.code().to_string()
            data-kind=c.org_kind.as_str() data-city=c.city.clone().unwrap_or_default()>
            {level.view(tl, &item.id, text.title.clone())}
            <p class="contact-meta">
                <span class="contact-kind">{tr(l, &format!("contact-kind-{}", c.org_kind.as_str()))}</span>
                " · " {place}
            </p>
            {(v.freshness == Freshness::CheckFirst)
                .then(|| view! { <p class="mark warn check-first">{tr(l, "item-check-first")}</p> })}
            {v.changed_since.map(|d| crate::pages::item::review_passed(d, l))}
            {crate::pages::item::contact(c, text, l)}
        </li>
    }
    .into_any()
}

/// The heading level of a card's name.
#[derive(Clone, Copy)]
enum Heading {
    H2,
    H3,
}

impl Heading {
    fn view(self, lang: Locale, id: &str, title: String) -> AnyView {
        let link = view! { <a href=item_href(id)>{title}</a> };
        match self {
            Heading::H2 => {
                view! { <h2 class="contact-name" lang=lang.tag()>{link}</h2> }.into_any()
            }
            Heading::H3 => {
                view! { <h3 class="contact-name" lang=lang.tag()>{link}</h3> }.into_any()
            }
        }
    }
}

#[component]
pub fn Emergency() -> impl IntoView {
    let locale = use_locale();
    let corridor = use_corridor();
    let contacts = load_contacts();
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        let dest = corridor.destination.get();
        let origin = corridor.origin.get();
        let body = match contacts.get() {
            None => view! { <p class="loading">{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <p class="error">{tr_args(l, "error-load", &[("detail", Arg::Str(crate::errors::error_text(l, &e)))])}</p>
            }
            .into_any(),
            Some(Ok(mut all)) => {
                let for_me = |v: &ItemView| {
                    v.item
                        .contact
                        .as_ref()
                        .is_some_and(|c| c.is_for(origin.as_ref(), dest.as_ref()))
                };
                all.sort_by_key(|v| {
                    let c = v.item.contact.as_ref();
                    (
                        !for_me(v),
                        c.is_none_or(|c| Some(&c.country) != dest.as_ref()),
                        c.map(|c| kind_rank(c.org_kind)),
                    )
                });
                let (mine, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|v| for_me(v));
                let here = dest.as_ref().map(|d| {
                    tr_args(
                        l,
                        "emergency-here",
                        &[("country", Arg::Str(country_name(l, d)))],
                    )
                });
                let none = (mine.is_empty()).then(|| {
                    dest.as_ref().map(|d| {
                        tr_args(
                            l,
                            "emergency-none",
                            &[("country", Arg::Str(country_name(l, d)))],
                        )
                    })
                });
                view! {
                    {none.map(|n| view! { <p class="mark warn emergency-none">{n}</p> })}
                    {(!mine.is_empty()).then(|| view! {
                        <section class="emergency-mine">
                            <h2>{here}</h2>
                            <ul class="contact-cards">
                                {mine.into_iter().map(|v| card(v, l, Heading::H3)).collect_view()}
                            </ul>
                        </section>
                    })}
                    <section class="emergency-rest">
                        <h2>{tr(l, "emergency-other")}</h2>
                        <ul class="contact-cards">
                            {rest.into_iter().map(|v| card(v, l, Heading::H3)).collect_view()}
                        </ul>
                    </section>
                }
                .into_any()
            }
        };
        view! {
            <h1 class="emergency-title">{tr(l, "emergency-title")}</h1>
            <p class="lead">{tr(l, "emergency-lead")}</p>
            {body}
        }
    }
}

#[component]
pub fn Contacts() -> impl IntoView {
    let locale = use_locale();
    let contacts = load_contacts();
    let country = RwSignal::new(String::new());
    let city = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let all = move || contacts.get().and_then(|r| r.ok()).unwrap_or_default();
    // The choices offered are the ones the data has.
    let options = move |f: fn(&jol_types::Contact) -> Option<String>| {
        let mut v: Vec<String> = all()
            .iter()
            .filter_map(|i| i.item.contact.as_ref().and_then(f))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       value: RwSignal<String>,
                       f: fn(&jol_types::Contact) -> Option<String>,
                       name: fn(Locale, &str) -> String| {
        view! {
            <label class="filter" for=id>
                <span>{t(label)}</span>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                    <option value="" selected=move || value.get().is_empty()>{t("contacts-any")}</option>
                    {move || {
                        let l = locale.get().unwrap_or(Locale::En);
                        options(f)
                            .into_iter()
                            .map(|o| {
                                let text = name(l, &o);
                                let sel = o.clone();
                                view! { <option value=o selected=move || value.get() == sel>{text}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        }
    };
    view! {
        <h1>{t("contacts-title")}</h1>
        <form class="filters" on:submit=|ev| ev.prevent_default()>
            {select("filter-country", "contacts-country", country,
                |c| Some(c.country.code().to_string()),
                |l, code| country_name(l, &Country::new(code)))}
            {select("filter-city", "contacts-city", city, |c| c.city.clone(), city_name)}
            {select("filter-kind", "contacts-kind", kind,
                |c| Some(c.org_kind.as_str().to_string()),
                |l, k| tr(l, &format!("contact-kind-{k}")))}
        </form>
        {move || {
            let l = locale.get().unwrap_or(Locale::En);
            match contacts.get() {
                None => view! { <p class="loading">{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="error">{tr_args(l, "error-load", &[("detail", Arg::Str(crate::errors::error_text(l, &e)))])}</p>
                }
                .into_any(),
                Some(Ok(list)) => {
                    let (co, ci, k) = (country.get(), city.get(), kind.get());
                    let shown: Vec<ItemView> = list
                        .into_iter()
                        .filter(|v| {
                            v.item.contact.as_ref().is_some_and(|c| {
                                (co.is_empty() || c.country.code() == co)
                                    && (ci.is_empty() || c.city.as_deref() == Some(ci.as_str()))
                                    && (k.is_empty() || c.org_kind.as_str() == k)
                            })
                        })
                        .collect();
                    let count = shown.len();
                    view! {
                        <p class="filter-count" aria-live="polite">
                            {tr_args(l, "contacts-count", &[("count", Arg::Num(count as i64))])}
                        </p>
                        <ul class="contact-cards">{shown.into_iter().map(|v| card(v, l, Heading::H2)).collect_view()}</ul>
                    }
                    .into_any()
                }
            }
        }}
    }
}
