//! Saved pages: the hotline or the guide a user wants to find again at once. Kept in the user
//! database on the desktop, in the browser's own storage on a shared server (a visitor's saved
//! pages are not the host's).

use crate::errors::{error_text, keep_local};
use crate::i18n::{tr, use_locale};
use crate::storage;
use jol_types::api::{ApiError, GetBookmarks, SetBookmark};
use jol_types::Locale;
use leptos::prelude::*;
use leptos::task::spawn_local;

const STORAGE_KEY: &str = "bookmarks";

/// The saved item ids, oldest first, and the last save that failed (the item's id and why).
#[derive(Clone, Copy)]
pub struct Bookmarks(
    pub RwSignal<Vec<String>>,
    pub RwSignal<Option<(String, ApiError)>>,
);

impl Bookmarks {
    pub fn provide() -> Bookmarks {
        let b = Bookmarks(RwSignal::new(Vec::new()), RwSignal::new(None));
        provide_context(b);
        if crate::client::keeps_user_data() {
            spawn_local(async move {
                if let Ok(ids) = crate::client::call(&GetBookmarks {}).await {
                    b.0.set(ids);
                }
            });
        } else {
            b.0.set(storage::get_json(STORAGE_KEY).unwrap_or_default());
        }
        b
    }

    pub fn is_saved(&self, id: &str) -> bool {
        self.0.with(|ids| ids.iter().any(|i| i == id))
    }

    /// Saves or unsaves `id`. A write that fails puts the list back as it was and says why, so a
    /// page never looks saved (or removed) when it is not.
    pub fn set(&self, id: String, saved: bool) {
        let b = *self;
        let before = b.0.get_untracked();
        b.1.set(None);
        b.0.update(|ids| {
            ids.retain(|i| *i != id);
            if saved {
                ids.push(id.clone());
            }
        });
        let failed = move |id: String, e: ApiError| {
            b.0.set(before.clone());
            b.1.set(Some((id, e)));
        };
        if !crate::client::keeps_user_data() {
            if let Err(e) = keep_local(STORAGE_KEY, &b.0.get_untracked()) {
                failed(id, e);
            }
            return;
        }
        spawn_local(async move {
            // The reply is what is stored: show it.
            let req = SetBookmark {
                item_id: id.clone(),
                saved,
            };
            match crate::client::call(&req).await {
                Ok(ids) => b.0.set(ids),
                Err(e) => failed(id, e),
            }
        });
    }
}

pub fn use_bookmarks() -> Bookmarks {
    expect_context::<Bookmarks>()
}

/// "Save this page" / "Saved": a toggle on every item page.
#[component]
pub fn SaveButton(id: String) -> impl IntoView {
    let locale = use_locale();
    let b = use_bookmarks();
    let (id_pressed, id_label, id_click) = (id.clone(), id.clone(), id.clone());
    let failure = move || {
        b.1.with(|f| f.as_ref().filter(|(i, _)| *i == id).map(|(_, e)| e.clone()))
    };
    view! {
        <button type="button" class="bookmark"
            aria-pressed=move || b.is_saved(&id_pressed).to_string()
            on:click=move |_| b.set(id_click.clone(), !b.is_saved(&id_click))
        >
            {move || {
                let l = locale.get().unwrap_or(Locale::En);
                let label = if b.is_saved(&id_label) { "bookmark-saved" } else { "bookmark-save" };
                tr(l, label)
            }}
        </button>
        {move || failure().map(|e| {
            let l = locale.get().unwrap_or(Locale::En);
            view! { <p class="error bookmark-error" role="alert" data-code=e.code.message_id()>{error_text(l, &e)}</p> }
        })}
    }
}
