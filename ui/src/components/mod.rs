//! Pieces used on more than one page.

pub mod lang_picker;
pub mod notices;
pub mod search;

use jol_types::api::ApiError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// Loads data whenever `source` changes; the signal holds the latest answer (`None` until the
/// first arrives), and again after a content update. An answer to an older request that arrives late is dropped, so fast typing or
/// language switching never shows stale data.
pub fn load<S, T, Fut>(
    source: impl Fn() -> S + 'static,
    fetch: impl Fn(S) -> Fut + 'static,
) -> RwSignal<Option<Result<T, ApiError>>>
where
    S: 'static,
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let data = RwSignal::new(None);
    let generation = StoredValue::new(0u64);
    // New content from an update loads everything shown again.
    let epoch = use_context::<crate::updates::UpdateWatch>().map(|w| w.content_epoch);
    Effect::new(move |_| {
        if let Some(e) = epoch {
            e.track();
        }
        let s = source();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let fut = fetch(s);
        spawn_local(async move {
            let r = fut.await;
            if generation.get_value() == mine {
                data.set(Some(r));
            }
        });
    });
    data
}
