//! What the user must be told once after start, e.g. that damaged saved data was set aside.

use crate::i18n::{tr, tr_args, use_locale, Arg};
use jol_types::api::Notice;
use jol_types::Locale;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let locale = use_locale();
    let info = expect_context::<crate::app::AppInfo>().0;
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        info.get().and_then(|r| r.ok()).map(|i| {
            i.notices
                .into_iter()
                .map(|n| {
                    let text = match n {
                        Notice::UserDataReset { moved_to } => {
                            tr_args(l, "notice-user-reset", &[("path", Arg::Str(moved_to))])
                        }
                        Notice::ContentRestored => tr(l, "notice-content-restored"),
                    };
                    view! { <p class="notice" role="status">{text}</p> }
                })
                .collect_view()
        })
    }
}
