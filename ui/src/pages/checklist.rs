//! The questions of a checklist or of the trafficking signs, each with a box to tick.
//!
//! - A **checklist** (before departure) keeps its ticks: in the user database on the desktop, in
//!   the browser's own storage on a shared server (a visitor's ticks are not the host's).
//! - The **trafficking signs** keep nothing: someone who takes the phone must not find the
//!   answers. Ticking any sign shows where to get help at once.

use crate::errors::{error_text, keep_local};
use crate::i18n::{tr, tr_args, Arg};
use crate::route::{item_href, Route};
use crate::storage;
use jol_types::api::{ApiError, GetTicks, SetTick};
use jol_types::{pick, ItemKind, Locale, Question};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;

/// The guide on getting out of trafficking, linked when a sign is ticked.
const TRAFFICKING_HELP: &str = "trafficking.help";

#[component]
pub fn Questions(
    item_id: String,
    kind: ItemKind,
    questions: Vec<Question>,
    l: Locale,
) -> impl IntoView {
    let keeps_ticks = kind == ItemKind::Checklist;
    let done = RwSignal::new(BTreeSet::<String>::new());
    let failed = RwSignal::new(None::<ApiError>);
    if keeps_ticks {
        load_ticks(item_id.clone(), done);
    }
    let total = questions.len() as i64;
    let toggle = {
        let item_id = item_id.clone();
        move |question_id: String, on: bool| {
            done.update(|d| {
                if on {
                    d.insert(question_id.clone());
                } else {
                    d.remove(&question_id);
                }
            });
            if keeps_ticks {
                save_tick(item_id.clone(), question_id, on, done, failed);
            }
        }
    };
    view! {
        <section class="questions" data-kind=kind.as_str()>
            {keeps_ticks.then(|| view! {
                <p class="progress" role="status">
                    {move || tr_args(l, "checklist-progress", &[
                        ("done", Arg::Num(done.get().len() as i64)),
                        ("total", Arg::Num(total)),
                    ])}
                </p>
            })}
            {(!keeps_ticks).then(|| view! { <p class="hint">{tr(l, "signs-not-saved")}</p> })}
            {move || failed.get().map(|e| view! {
                <p class="error tick-error" role="alert" data-code=e.code.message_id()>{error_text(l, &e)}</p>
            })}
            <ul>
                {questions.into_iter().map(|q| {
                    let Some((ql, qt)) = pick(&q.text, l) else { return ().into_any() };
                    let qt = qt.clone();
                    let box_id = format!("q-{}", q.id);
                    let qid = q.id.clone();
                    let checked_id = q.id.clone();
                    let toggle = toggle.clone();
                    view! {
                        <li lang=ql.tag() data-question=q.id.clone()
                            class:done=move || done.get().contains(&checked_id)>
                            <input type="checkbox" id=box_id.clone()
                                prop:checked={
                                    let id = q.id.clone();
                                    move || done.get().contains(&id)
                                }
                                on:change=move |ev| toggle(qid.clone(), event_target_checked(&ev))/>
                            <label for=box_id class="label">{qt.label}</label>
                            {(!qt.advice.is_empty()).then(|| view! {
                                <p class="advice"><strong>{tr(l, "item-advice")}": "</strong>{qt.advice}</p>
                            })}
                        </li>
                    }.into_any()
                }).collect_view()}
            </ul>
            {(kind == ItemKind::RedFlags).then(|| view! {
                <Show when=move || !done.get().is_empty()>
                    <div class="danger" role="alert">
                        <p><strong>{tr(l, "signs-danger")}</strong></p>
                        <p>
                            <a class="emergency-big" href=Route::Emergency.href()>{tr(l, "home-emergency")}</a>
                        </p>
                        <p><a href=item_href(TRAFFICKING_HELP)>{tr(l, "signs-help")}</a></p>
                    </div>
                </Show>
            })}
        </section>
    }
}

fn storage_key(item_id: &str) -> String {
    format!("ticks.{item_id}")
}

fn load_ticks(item_id: String, done: RwSignal<BTreeSet<String>>) {
    if !crate::client::keeps_user_data() {
        done.set(storage::get_json(&storage_key(&item_id)).unwrap_or_default());
        return;
    }
    spawn_local(async move {
        if let Ok(ticks) = crate::client::call(&GetTicks { item_id }).await {
            done.set(
                ticks
                    .into_iter()
                    .filter(|t| t.done)
                    .map(|t| t.question_id)
                    .collect(),
            );
        }
    });
}

/// Keeps one tick. A write that fails takes the tick back and says why, so it never looks kept.
fn save_tick(
    item_id: String,
    question_id: String,
    on: bool,
    done: RwSignal<BTreeSet<String>>,
    failed: RwSignal<Option<ApiError>>,
) {
    let undo = move |question_id: String, e: ApiError| {
        done.update(|d| {
            if on {
                d.remove(&question_id);
            } else {
                d.insert(question_id);
            }
        });
        failed.set(Some(e));
    };
    failed.set(None);
    if !crate::client::keeps_user_data() {
        if let Err(e) = keep_local(&storage_key(&item_id), &done.get_untracked()) {
            undo(question_id, e);
        }
        return;
    }
    spawn_local(async move {
        let req = SetTick {
            item_id,
            question_id: question_id.clone(),
            done: on,
        };
        // The reply is the stored truth: show it, so a failed write never looks saved.
        match crate::client::call(&req).await {
            Ok(ticks) => done.set(
                ticks
                    .into_iter()
                    .filter(|t| t.done)
                    .map(|t| t.question_id)
                    .collect(),
            ),
            Err(e) => undo(question_id, e),
        }
    });
}
