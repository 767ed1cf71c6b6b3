//! Settings → Updates: where signed content updates come from, how often to look, "check now",
//! "update from file", progress while it runs, and what the last update changed.

use crate::app::AppInfo;
use crate::errors::error_text as api_error_text;
use crate::format::size;
use crate::i18n::{t, tr, tr_args, use_locale, Arg};
use crate::route::item_href;
use crate::updates::{use_updates, version_date};
use jol_types::api::{
    ApiError, ChangedItem, CheckUpdates, ErrorCode, ImportUpdate, SetSetting, Settings,
    SourceError, UpdateErrorCode, UpdatePhase, UpdateResult, UpdateStatusReply,
};
use jol_types::Locale;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub fn UpdateSettings() -> impl IntoView {
    let locale = use_locale();
    let watch = use_updates();
    let info = expect_context::<AppInfo>().0;
    let can_write = move || info.get().and_then(|r| r.ok()).is_some_and(|i| i.can_write);
    view! {
        <section class="settings-updates" id="updates" aria-labelledby="updates-title">
            <h2 id="updates-title">{t("updates-title")}</h2>
            <Show
                when=can_write
                fallback=|| view! { <p class="updates-shared">{t("updates-on-host")}</p> }
            >
                {move || {
                    let l = locale.get().unwrap_or(Locale::En);
                    watch.status.get().map(|s| view! { <UpdatePanel l s/> })
                }}
            </Show>
        </section>
    }
}

#[component]
fn UpdatePanel(l: Locale, s: UpdateStatusReply) -> impl IntoView {
    let busy = s.phase.is_busy();
    view! {
        {(!s.has_trusted_keys).then(|| view! {
            <p class="warning no-keys">{tr(l, "updates-no-keys")}</p>
        })}
        <Progress l phase=s.phase.clone()/>
        {s.last_result.clone().map(|r| view! { <LastResult l r/> })}
        <div class="update-actions">
            <button type="button" class="check-now" disabled=busy
                on:click=move |_| {
                    let watch = use_updates();
                    spawn_local(async move {
                        if let Ok(s) = crate::client::call(&CheckUpdates {}).await {
                            watch.set(s);
                        }
                    });
                }
            >{tr(l, "updates-check-now")}</button>
            <FileImport l busy/>
        </div>
        <Sources l sources=s.sources.clone()/>
        <Schedule l auto=s.auto_update hours=s.update_every_hours next=s.next_check/>
    }
}

#[component]
fn Progress(l: Locale, phase: UpdatePhase) -> impl IntoView {
    match phase {
        UpdatePhase::Idle => None,
        UpdatePhase::Checking { source } => Some(
            view! {
                <p class="update-phase" role="status">
                    {tr_args(l, "updates-checking", &[("source", Arg::Str(source))])}
                </p>
            }
            .into_any(),
        ),
        UpdatePhase::Downloading {
            done, total, file, ..
        } => Some(
            view! {
                <div class="update-phase" role="status">
                    <label for="update-progress">
                        {tr_args(l, "updates-downloading", &[
                            ("done", Arg::Str(size(l, done))),
                            ("total", Arg::Str(size(l, total))),
                        ])}
                    </label>
                    <progress id="update-progress" max=total.max(1) value=done data-file=file></progress>
                </div>
            }
            .into_any(),
        ),
        UpdatePhase::Applying { .. } => Some(
            view! { <p class="update-phase" role="status">{tr(l, "updates-applying")}</p> }
                .into_any(),
        ),
    }
}

#[component]
fn LastResult(l: Locale, r: UpdateResult) -> impl IntoView {
    let when = crate::format::date_time(l, r.at());
    match r {
        UpdateResult::Updated {
            version,
            source,
            added,
            changed,
            removed,
            bytes_fetched,
            ..
        } => view! {
            <div class="update-result updated">
                <p><strong>{tr_args(l, "updates-updated", &[
                    ("date", Arg::Str(version_date(l, version))),
                    ("version", Arg::Str(version.to_string())),
                ])}</strong></p>
                <p class="update-meta">{tr_args(l, "updates-updated-from", &[
                    ("source", Arg::Str(source)),
                    ("size", Arg::Str(size(l, bytes_fetched))),
                    ("when", Arg::Str(when)),
                ])}</p>
                <ChangeList l class="added" heading="updates-added" items=added link=true/>
                <ChangeList l class="changed" heading="updates-changed" items=changed link=true/>
                <ChangeList l class="removed" heading="updates-removed" items=removed link=false/>
            </div>
        }
        .into_any(),
        UpdateResult::UpToDate { version, .. } => view! {
            <p class="update-result up-to-date">{tr_args(l, "updates-up-to-date", &[
                ("date", Arg::Str(version_date(l, version))),
                ("when", Arg::Str(when)),
            ])}</p>
        }
        .into_any(),
        UpdateResult::NoSources { .. } => view! {
            <p class="update-result no-sources">{tr(l, "updates-no-sources")}</p>
        }
        .into_any(),
        UpdateResult::Failed { errors, .. } => view! {
            <div class="update-result failed" role="alert">
                <p><strong>{tr(l, "updates-failed")}</strong></p>
                <ul>
                    {errors.into_iter().map(|e| view! {
                        <li data-code=format!("{:?}", e.code)>
                            <span class="source">{e.source.clone()}</span>": "
                            <span class="reason">{error_text(l, &e)}</span>
                        </li>
                    }).collect_view()}
                </ul>
                <p>{tr(l, "updates-failed-kept")}</p>
            </div>
        }
        .into_any(),
    }
}

/// Why a source failed, in the reader's language: the code's message, with its dates worded.
fn error_text(l: Locale, e: &SourceError) -> String {
    let date = |key: &str| {
        e.params
            .get(key)
            .and_then(|v| v.parse::<u64>().ok())
            .map(|v| version_date(l, v))
            .unwrap_or_default()
    };
    let args: Vec<(&str, Arg)> = match e.code {
        UpdateErrorCode::Tampered => vec![(
            "file",
            Arg::Str(e.params.get("file").cloned().unwrap_or_default()),
        )],
        UpdateErrorCode::Expired => vec![("expires", Arg::Str(date("expires")))],
        UpdateErrorCode::Rollback => vec![
            ("offered", Arg::Str(date("offered"))),
            ("highest", Arg::Str(date("highest"))),
        ],
        _ => Vec::new(),
    };
    tr_args(l, e.code.message_id(), &args)
}

#[component]
fn ChangeList(
    l: Locale,
    class: &'static str,
    heading: &'static str,
    items: Vec<ChangedItem>,
    link: bool,
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h3>{tr_args(l, heading, &[("count", Arg::Num(items.len() as i64))])}</h3>
            <ul class=format!("change-list {class}")>
                {items.into_iter().map(|i| {
                    let title = i.title(l).to_string();
                    if link {
                        view! { <li><a href=item_href(&i.id)>{title}</a></li> }.into_any()
                    } else {
                        view! { <li>{title}</li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// Stores new update settings and shows the refreshed status (or the reason they were refused).
fn save(settings: Settings, error: RwSignal<Option<ApiError>>) {
    let watch = use_updates();
    spawn_local(async move {
        match crate::client::call(&SetSetting { settings }).await {
            Ok(_) => {
                error.set(None);
                if let Ok(s) = crate::client::call(&jol_types::api::UpdateStatus {}).await {
                    watch.set(s);
                }
            }
            Err(e) => error.set(Some(e)),
        }
    });
}

#[component]
fn Sources(l: Locale, sources: Vec<String>) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let all = StoredValue::new(sources.clone());
    view! {
        <fieldset class="update-sources">
            <legend>{tr(l, "updates-sources")}</legend>
            <p class="hint">{tr(l, "updates-sources-hint")}</p>
            <ul>
                {sources.into_iter().map(|src| {
                    let label = tr_args(l, "updates-remove-source", &[("source", Arg::Str(src.clone()))]);
                    let gone = src.clone();
                    view! {
                        <li>
                            <code>{src}</code>
                            <button type="button" class="remove-source" aria-label=label
                                on:click=move |_| {
                                    let rest: Vec<String> = all
                                        .get_value()
                                        .into_iter()
                                        .filter(|s| *s != gone)
                                        .collect();
                                    save(Settings { update_sources: Some(rest), ..Settings::default() }, error);
                                }
                            >{tr(l, "updates-remove")}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="add-source" on:submit=move |ev| {
                ev.prevent_default();
                let new = draft.get_untracked().trim().to_string();
                if new.is_empty() {
                    return;
                }
                let mut list = all.get_value();
                if !list.contains(&new) {
                    list.push(new);
                }
                draft.set(String::new());
                save(Settings { update_sources: Some(list), ..Settings::default() }, error);
            }>
                <label for="new-source">{tr(l, "updates-add-label")}</label>
                <input id="new-source" type="text" inputmode="url" autocomplete="off"
                    spellcheck="false" placeholder="https://"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))/>
                <button type="submit">{tr(l, "updates-add")}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-code=e.code.message_id()>{api_error_text(l, &e)}</p> })}
        </fieldset>
    }
}

#[component]
fn Schedule(l: Locale, auto: bool, hours: u32, next: Option<i64>) -> impl IntoView {
    let error = RwSignal::new(None::<ApiError>);
    view! {
        <fieldset class="update-schedule">
            <legend>{tr(l, "updates-schedule")}</legend>
            <label class="check">
                <input type="checkbox" id="auto-update" prop:checked=auto
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        save(Settings { auto_update: Some(on), ..Settings::default() }, error);
                    }/>
                {tr(l, "updates-auto")}
            </label>
            <label for="update-every">{tr(l, "updates-every")}</label>
            <select id="update-every" disabled=!auto
                on:change=move |ev| {
                    if let Ok(h) = event_target_value(&ev).parse::<u32>() {
                        save(Settings { update_every_hours: Some(h), ..Settings::default() }, error);
                    }
                }
            >
                {Settings::UPDATE_EVERY_HOURS_CHOICES.into_iter().map(|h| view! {
                    <option value=h.to_string() selected=h == hours>
                        {tr_args(l, "updates-every-hours", &[("hours", Arg::Num(h as i64))])}
                    </option>
                }).collect_view()}
            </select>
            {next.filter(|_| auto).map(|n| view! {
                <p class="hint next-check">{tr_args(l, "updates-next", &[
                    ("when", Arg::Str(crate::format::date_time(l, n.max(crate::format::now()))))
                ])}</p>
            })}
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-code=e.code.message_id()>{api_error_text(l, &e)}</p> })}
        </fieldset>
    }
}

/// "Update from file": a `.jolpack` bundle from a USB stick or a messenger, read in the page and
/// sent to the backend, which verifies it like any mirror's files.
#[component]
fn FileImport(l: Locale, busy: bool) -> impl IntoView {
    let error = RwSignal::new(None::<ApiError>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let watch = use_updates();
        spawn_local(async move {
            let name = file.name();
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    let why = ApiError::new(ErrorCode::UpdateFileRefused, "cannot read the file");
                    error.set(Some(why.with("name", name)));
                    return;
                }
            };
            let req = ImportUpdate {
                name,
                data_base64: crate::format::base64(&bytes),
            };
            match crate::client::call(&req).await {
                Ok(s) => {
                    error.set(None);
                    watch.set(s);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <label class="button file-import" class:disabled=busy>
            {tr(l, "updates-from-file")}
            <input type="file" id="update-file" accept=".jolpack" disabled=busy on:change=on_change/>
        </label>
        {move || error.get().map(|e| view! { <p class="error" role="alert" data-code=e.code.message_id()>{api_error_text(l, &e)}</p> })}
        <p class="hint">{tr(l, "updates-file-hint")}</p>
    }
}
