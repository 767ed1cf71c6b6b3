//! The search box in the header: results as you type, ↑/↓ to move, Enter to open, Esc to close.

use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::route::{go, item_href, Route};
use jol_types::api::{Search, SearchReply};
use jol_types::Locale;
use leptos::prelude::*;

const LIMIT: u32 = 8;

#[component]
pub fn SearchBox() -> impl IntoView {
    let locale = use_locale();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let open = RwSignal::new(false);
    let destination = crate::corridor::use_corridor().destination;
    let results = super::load(
        move || {
            (
                query.get(),
                locale.get().unwrap_or(Locale::En),
                destination.get(),
            )
        },
        |(q, l, country): (String, Locale, Option<jol_types::Country>)| async move {
            if q.trim().is_empty() {
                return Ok(SearchReply {
                    hits: Vec::new(),
                    truncated: false,
                });
            }
            crate::client::call(&Search {
                query: q,
                locale: l,
                // The user's destination: its items rank next after the locale's.
                country,
                limit: Some(LIMIT),
            })
            .await
        },
    );
    let hits = move || {
        results
            .get()
            .and_then(|r| r.ok())
            .map(|r| r.hits)
            .unwrap_or_default()
    };
    let open_hit = move |i: usize| {
        if let Some(h) = hits().get(i) {
            go(&Route::Item(h.id.clone()));
            open.set(false);
            query.set(String::new());
        }
    };
    let shown = move || open.get() && !query.get().trim().is_empty();
    // Names the active option only while it exists: pointing at an element that is not in the
    // page (the list closed, or no hits) leaves a screen reader with nothing to read.
    let active_id = move || {
        let i = active.get();
        (shown() && i < hits().len()).then(|| format!("search-hit-{i}"))
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = hits().len();
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                ev.prevent_default();
                open_hit(active.get_untracked());
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };

    view! {
        <div class="search" role="search">
            <label for="search-input" class="visually-hidden">{t("search-label")}</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-controls="search-results"
                aria-expanded=move || shown().to_string()
                aria-activedescendant=active_id
                placeholder=t("search-placeholder")
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
            />
            <Show when=shown>
                <div class="search-panel">
                    {move || {
                        let l = locale.get().unwrap_or(Locale::En);
                        let reply = results.get().and_then(|r| r.ok());
                        let truncated = reply.as_ref().is_some_and(|r| r.truncated);
                        let hits = reply.map(|r| r.hits).unwrap_or_default();
                        let summary = if hits.is_empty() {
                            tr_args(l, "search-no-results", &[("query", Arg::Str(query.get()))])
                        } else {
                            tr_args(l, "search-results", &[("count", Arg::Num(hits.len() as i64))])
                        };
                        view! {
                            <p class="search-summary" aria-live="polite">{summary}</p>
                            {truncated.then(|| view! { <p class="search-note">{t("search-truncated")}</p> })}
                            <ul id="search-results" role="listbox">
                                {hits
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, h)| {
                                        let selected = move || active.get() == i;
                                        // The link is the option itself: an option's content
                                        // is presentational, so a link inside one would be a
                                        // control no screen reader can reach.
                                        view! {
                                            <li role="none" class:active=selected>
                                                <a
                                                    id=format!("search-hit-{i}")
                                                    role="option"
                                                    aria-selected=move || selected().to_string()
                                                    href=item_href(&h.id)
                                                    data-id=h.id.clone()
                                                    lang=h.locale.tag()
                                                    on:click=move |_| {
                                                        open.set(false);
                                                        query.set(String::new());
                                                    }
                                                >
                                                    <span class="hit-title">{h.title.clone()}</span>
                                                    <span class="hit-snippet">
                                                        {h
                                                            .snippet
                                                            .into_iter()
                                                            .map(|p| {
                                                                if p.hit {
                                                                    view! { <mark>{p.text}</mark> }.into_any()
                                                                } else {
                                                                    p.text.into_any()
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </span>
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <p class="search-note">{t("search-hint")}</p>
                        }
                    }}
                </div>
            </Show>
        </div>
    }
}
