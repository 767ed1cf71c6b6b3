//! Home: for the user's corridor first (the stay limits for this citizenship in this destination,
//! and the emergency button), then the topics by kind, and the items of the chosen one for the
//! destination — the destination's own guides (registration, work) before the general ones.

use crate::components::load;
use crate::corridor::{country_name, use_corridor};
use crate::i18n::{t, tr, use_locale};
use crate::i18n::{tr_args, Arg};
use crate::route::{item_href, Route};
use jol_types::api::{
    GetItems, ItemSummary, ItemView, KeyDeadline, KeyDeadlines, ListItems, Summaries,
};
use jol_types::{Country, ItemKind, Locale};
use leptos::prelude::*;

fn kind_message(kind: ItemKind) -> String {
    format!("kind-{}", kind.as_str())
}

#[component]
pub fn Home(kind: Option<ItemKind>) -> impl IntoView {
    let locale = use_locale();
    let corridor = use_corridor();
    let shown = kind.unwrap_or(ItemKind::Guide);
    let items = load(
        move || {
            (
                locale.get().unwrap_or(Locale::En),
                corridor.origin.get(),
                corridor.destination.get(),
            )
        },
        move |(l, origin, dest)| {
            let req = ListItems {
                locale: l,
                kind: Some(shown),
                country: dest.clone(),
            };
            async move {
                let mut list = crate::client::call(&req).await?;
                // Items written for other citizenships (an Uzbek-only patent guide for a Kyrgyz
                // user) are not for this corridor; search still finds them.
                if let Some(o) = origin {
                    list.retain(|i| i.origins.is_empty() || i.origins.contains(&o));
                }
                // The destination's own items first; the sort is stable, so the rest keep their order.
                if let Some(d) = dest {
                    list.sort_by_key(|i| !i.destinations.contains(&d));
                }
                Ok(list)
            }
        },
    );
    view! {
        {match kind {
            None => view! { <CorridorHome/><SavedPages/><h2>{t("home-title")}</h2> }.into_any(),
            Some(_) => view! { <h1>{t("home-title")}</h1> }.into_any(),
        }}
        <nav class="kinds" aria-label=t("home-all")>
            {ItemKind::ALL
                .into_iter()
                .map(|k| {
                    let current = k == shown;
                    view! {
                        <a
                            href=Route::Home(Some(k)).href()
                            class="chip"
                            class:current=current
                            aria-current=current.then_some("page")
                        >
                            {move || tr(locale.get().unwrap_or(Locale::En), &kind_message(k))}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
        {move || match items.get() {
            None => view! { <p class="loading">{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <p class="error">{crate::errors::error_text(locale.get().unwrap_or(Locale::En), &e)}</p>
            }
            .into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p>{t("list-empty")}</p> }.into_any(),
            Some(Ok(list)) => view! { <ItemList items=list/> }.into_any(),
        }}
    }
}

#[component]
pub fn ItemList(items: Vec<ItemSummary>) -> impl IntoView {
    view! {
        <ul class="items">
            {items
                .into_iter()
                .map(|i| {
                    let machine = i.review.is_machine();
                    view! {
                        <li data-id=i.id.clone() lang=i.locale.tag()>
                            <a href=item_href(&i.id)>{i.title}</a>
                            {(!i.summary.is_empty()).then(|| view! { <p>{i.summary}</p> })}
                            {machine.then(|| view! { <span class="badge machine" title=t("item-machine")>{t("item-machine-short")}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The stay rules in force for this citizenship in this destination, whole.
async fn stay_rules(
    l: Locale,
    origin: Option<Country>,
    dest: Option<Country>,
) -> Result<Vec<ItemView>, jol_types::api::ApiError> {
    let (Some(origin), Some(dest)) = (origin, dest) else {
        return Ok(Vec::new());
    };
    let rules = crate::client::call(&GetItems {
        kind: ItemKind::StayRule,
        locale: l,
    })
    .await?;
    // Days since 1970-01-01, to leave out rules no longer in force.
    let today = (js_sys::Date::now() / 86_400_000.0).floor() as i64;
    let out = rules
        .into_iter()
        .filter(|v| {
            v.item.stay_rule.as_ref().is_some_and(|r| {
                r.destination == dest
                    && r.citizenship.contains(&origin)
                    && r.effective_to.is_none_or(|d| d.last_day() >= today)
            })
        })
        .collect();
    Ok(out)
}

/// The corridor's first things: where from and to (with a link to change), the stay limits, and the
/// emergency button.
#[component]
fn CorridorHome() -> impl IntoView {
    let locale = use_locale();
    let corridor = use_corridor();
    let rules = load(
        move || {
            (
                locale.get().unwrap_or(Locale::En),
                corridor.origin.get(),
                corridor.destination.get(),
            )
        },
        |(l, o, d)| stay_rules(l, o, d),
    );
    let deadlines = load(
        move || {
            (
                locale.get().unwrap_or(Locale::En),
                corridor.origin.get(),
                corridor.destination.get(),
            )
        },
        |(locale, origin, dest)| async move {
            match dest {
                Some(destination) => {
                    crate::client::call(&KeyDeadlines {
                        locale,
                        origin,
                        destination,
                    })
                    .await
                }
                None => Ok(Vec::new()),
            }
        },
    );
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        let from = corridor
            .origin
            .get()
            .map(|c| country_name(l, &c))
            .unwrap_or_default();
        let to = corridor
            .destination
            .get()
            .map(|c| country_name(l, &c))
            .unwrap_or_default();
        let rules = rules.get().and_then(|r| r.ok()).unwrap_or_default();
        let deadlines = deadlines.get().and_then(|r| r.ok()).unwrap_or_default();
        view! {
            <section class="corridor" aria-labelledby="corridor-heading">
                <h1 id="corridor-heading">
                    {tr_args(l, "home-corridor", &[("from", Arg::Str(from)), ("to", Arg::Str(to))])}
                </h1>
                <p><a href=Route::Settings.href() class="change-corridor">{tr(l, "home-change")}</a></p>
                <a class="emergency-big" href=Route::Emergency.href()>{tr(l, "home-emergency")}</a>
                {(!deadlines.is_empty()).then(|| view! { <FirstDeadlines l deadlines/> })}
                {(!rules.is_empty()).then(|| view! {
                    <h2>{tr(l, "home-stay")}</h2>
                    <ul class="stay-rules">
                        {rules.into_iter().filter_map(|v| {
                            let (tl, text) = v.item.text_for(l)?;
                            let r = v.item.stay_rule.as_ref()?;
                            Some(view! {
                                <li data-id=v.item.id.clone()>
                                    <a href=item_href(&v.item.id) lang=tl.tag()>{text.title.clone()}</a>
                                    {crate::pages::item::stay_rule(r, text, l)}
                                </li>
                            })
                        }).collect_view()}
                    </ul>
                    <p><a class="stay-count-link" href=Route::Stay.href()>{tr(l, "home-stay-count")}</a></p>
                })}
            </section>
        }
    }
}

/// "After you arrive": the deadlines that start at the border or on the first day at work, each
/// with the guide that explains it.
#[component]
fn FirstDeadlines(l: Locale, deadlines: Vec<KeyDeadline>) -> impl IntoView {
    view! {
        <h2>{tr(l, "home-deadlines")}</h2>
        <ul class="key-deadlines">
            {deadlines.into_iter().map(|d| {
                let machine = d.review.is_machine();
                view! {
                    <li data-id=d.item_id.clone() data-days=d.days.to_string() lang=d.locale.tag()>
                        <p class="deadline"><strong>{d.deadline}</strong></p>
                        <p class="step">{d.step_title}</p>
                        <a href=item_href(&d.item_id)>{d.item_title}</a>
                        {machine.then(|| view! {
                            <span class="badge machine" title=tr(l, "item-machine")>{tr(l, "item-machine-short")}</span>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The pages this user saved, to find a hotline or a guide again at once.
#[component]
fn SavedPages() -> impl IntoView {
    let locale = use_locale();
    let saved = crate::bookmarks::use_bookmarks().0;
    let items = load(
        move || (locale.get().unwrap_or(Locale::En), saved.get()),
        |(locale, ids)| async move {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            crate::client::call(&Summaries { locale, ids }).await
        },
    );
    move || {
        let list = items.get().and_then(|r| r.ok()).unwrap_or_default();
        (!list.is_empty()).then(|| {
            view! {
                <section class="saved" aria-labelledby="saved-heading">
                    <h2 id="saved-heading">{t("home-saved")}</h2>
                    <ItemList items=list/>
                </section>
            }
        })
    }
}
