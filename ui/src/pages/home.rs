//! Home: the topics by kind, and the items of the chosen one.

use crate::components::load;
use crate::i18n::{t, tr, use_locale};
use crate::route::{item_href, Route};
use jol_types::api::{ItemSummary, ListItems};
use jol_types::{ItemKind, Locale};
use leptos::prelude::*;

fn kind_message(kind: ItemKind) -> String {
    format!("kind-{}", kind.as_str())
}

#[component]
pub fn Home(kind: Option<ItemKind>) -> impl IntoView {
    let locale = use_locale();
    let shown = kind.unwrap_or(ItemKind::Guide);
    let items = load(
        move || locale.get().unwrap_or(Locale::En),
        move |l| {
            let req = ListItems {
                locale: l,
                kind: Some(shown),
                country: None,
            };
            async move { crate::client::call(&req).await }
        },
    );
    view! {
        <h1>{t("home-title")}</h1>
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
            Some(Err(e)) => view! { <p class="error">{e.message}</p> }.into_any(),
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
