//! Content updates as the window sees them: the backend's update status, polled often while an
//! update runs and now and then otherwise, and the notice after new content arrived.
//!
//! Polling instead of events: the same code then works over both transports, and a status call
//! is a few hundred bytes.

use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::route::Route;
use crate::storage;
use jol_types::api::{UpdateResult, UpdateStatus, UpdateStatusReply};
use jol_types::{Locale, PartialDate};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// While an update runs: often enough for a progress bar to move.
const BUSY_POLL: Duration = Duration::from_millis(400);
/// Otherwise: enough to notice a scheduled update finished in the background.
const IDLE_POLL: Duration = Duration::from_secs(30);

/// The latest status, and a counter that goes up whenever new content is in place; everything
/// loaded with [`crate::components::load`] loads again when it changes.
#[derive(Clone, Copy)]
pub struct UpdateWatch {
    pub status: RwSignal<Option<UpdateStatusReply>>,
    pub content_epoch: RwSignal<u64>,
    /// True while the fast poll runs, so only one does.
    following: StoredValue<bool>,
}

impl UpdateWatch {
    /// Starts polling where the backend is this device's own (the desktop app, the offline web
    /// app): a shared server's visitors do not manage its updates.
    pub fn provide() -> UpdateWatch {
        let watch = UpdateWatch {
            status: RwSignal::new(None),
            content_epoch: RwSignal::new(0),
            following: StoredValue::new(false),
        };
        provide_context(watch);
        if crate::client::keeps_user_data() {
            watch.idle_poll();
        }
        watch
    }

    /// Takes a status the backend sent (e.g. the reply to "check now"), and follows it closely
    /// while an update runs.
    pub fn set(&self, status: UpdateStatusReply) {
        self.observe(&status);
        let busy = status.phase.is_busy();
        self.status.set(Some(status));
        if busy {
            self.follow();
        }
    }

    /// New content is in place when the last result is an update not seen in this window yet,
    /// or when the installed content's version changed: `jol sync` in another process replaced
    /// the content under the running app, which reads it from then on.
    fn observe(&self, status: &UpdateStatusReply) {
        let updated_at = |s: &UpdateStatusReply| match &s.last_result {
            Some(UpdateResult::Updated { at, .. }) => Some(*at),
            _ => None,
        };
        if let Some(before) = self.status.get_untracked() {
            let now = updated_at(status);
            if (now.is_some() && now != updated_at(&before))
                || status.content_version != before.content_version
            {
                self.content_epoch.update(|n| *n += 1);
            }
        }
    }

    async fn poll(&self) {
        if let Ok(s) = crate::client::call(&UpdateStatus {}).await {
            self.observe(&s);
            self.status.set(Some(s));
        }
    }

    fn busy(&self) -> bool {
        self.status
            .get_untracked()
            .is_some_and(|s| s.phase.is_busy())
    }

    fn idle_poll(self) {
        spawn_local(async move {
            self.poll().await;
            if self.busy() {
                self.follow();
            }
            set_timeout(move || self.idle_poll(), IDLE_POLL);
        });
    }

    fn follow(self) {
        if self.following.get_value() {
            return;
        }
        self.following.set_value(true);
        self.follow_step();
    }

    fn follow_step(self) {
        set_timeout(
            move || {
                spawn_local(async move {
                    self.poll().await;
                    if self.busy() {
                        self.follow_step();
                    } else {
                        self.following.set_value(false);
                    }
                });
            },
            BUSY_POLL,
        );
    }
}

pub fn use_updates() -> UpdateWatch {
    expect_context::<UpdateWatch>()
}

/// The content version as a date people read (versions are seconds since 1970, UTC).
pub fn version_date(l: Locale, version: u64) -> String {
    crate::format::date(l, PartialDate::from_unix_seconds(version as i64))
}

/// After an update: "Content updated (date): N changes — see what changed", until dismissed.
#[component]
pub fn UpdatedNotice() -> impl IntoView {
    let locale = use_locale();
    let watch = use_updates();
    let seen = RwSignal::new(
        storage::get("update-seen")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0),
    );
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        let Some(UpdateResult::Updated {
            at,
            version,
            added,
            changed,
            removed,
            ..
        }) = watch.status.get().and_then(|s| s.last_result)
        else {
            return None;
        };
        if at <= seen.get() {
            return None;
        }
        let count = (added.len() + changed.len() + removed.len()) as i64;
        Some(view! {
            <div class="notice update-notice" role="status">
                <p>
                    {tr_args(l, "update-done", &[
                        ("date", Arg::Str(version_date(l, version))),
                        ("count", Arg::Num(count)),
                    ])}
                    " "
                    <a href=Route::Settings.href()
                        on:click=move |_| {
                            storage::set("update-seen", &at.to_string());
                            seen.set(at);
                            // The list is in Settings → Updates, below the other settings.
                            set_timeout(
                                || {
                                    if let Some(el) = document().get_element_by_id("updates") {
                                        el.scroll_into_view();
                                    }
                                },
                                Duration::from_millis(150),
                            );
                        }
                    >
                        {t("update-see-changes")}
                    </a>
                </p>
                <button type="button" class="dismiss" on:click=move |_| {
                    storage::set("update-seen", &at.to_string());
                    seen.set(at);
                }>{t("update-dismiss")}</button>
            </div>
        })
    }
}
