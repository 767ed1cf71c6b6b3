//! An item's page: its text in the user's language (or the nearest fallback, said so), the
//! kind-specific facts (steps with deadlines and fees, phones, registry status, stay limits,
//! questions), and at the end its sources and the date they were checked.

use crate::components::load;
use crate::i18n::{t, tr, tr_args, use_locale, Arg};
use crate::markdown;
use crate::route::item_href;
use jol_types::api::{GetItem, ItemView};
use jol_types::{
    pick, Agency, AgencyStatus, Contact, Freshness, Item, Locale, PartialDate, PhoneCost, Review,
    StayPeriod, StayRule, Step,
};
use leptos::prelude::*;

#[component]
pub fn ItemPage(id: String) -> impl IntoView {
    let locale = use_locale();
    let view_data = load(
        move || locale.get().unwrap_or(Locale::En),
        move |l| {
            let req = GetItem {
                id: id.clone(),
                locale: l,
                also: Vec::new(),
            };
            async move { crate::client::call(&req).await }
        },
    );
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        match view_data.get() {
            None => view! { <p class="loading">{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! {
                <p class="error">{tr_args(l, "error-load", &[("detail", Arg::Str(crate::errors::error_text(l, &e)))])}</p>
            }
            .into_any(),
            Some(Ok(v)) => render_item(v, l).into_any(),
        }
    }
}

fn render_item(v: ItemView, l: Locale) -> impl IntoView {
    let ItemView {
        item,
        related,
        freshness,
        changed_since,
    } = v;
    let Some((text_locale, text)) = item.text_for(l) else {
        return view! { <p class="error">{tr(l, "error-not-found")}</p> }.into_any();
    };
    let text = text.clone();
    view! {
        <article class="item" data-id=item.id.clone() data-kind=item.kind.as_str()>
            <h1 lang=text_locale.tag()>{text.title.clone()}</h1>
            <crate::bookmarks::SaveButton id=item.id.clone()/>
            {(text_locale != l).then(|| view! {
                <p class="mark fallback">
                    {tr_args(l, "item-fallback", &[("language", Arg::Str(text_locale.native_name().into()))])}
                </p>
            })}
            {review_mark(&text.review, l)}
            {(item.confidence == jol_types::Confidence::Inferred)
                .then(|| view! { <p class="mark warn">{tr(l, "item-inferred")}</p> })}
            {match freshness {
                Freshness::Current => None,
                Freshness::Old => Some(view! { <p class="mark warn">{tr(l, "item-old")}</p> }),
                Freshness::CheckFirst => Some(view! { <p class="mark warn check-first">{tr(l, "item-check-first")}</p> }),
            }}
            {changed_since.map(|d| review_passed(d, l))}
            <div lang=text_locale.tag()>
                {(!text.summary.is_empty()).then(|| view! { <p class="lead">{text.summary.clone()}</p> })}
                <div class="body">{markdown::render(&text.body)}</div>
            </div>
            {item.contact.as_ref().map(|c| contact(c, &text, l))}
            {item.agency.as_ref().map(|a| agency(a, l))}
            {item.stay_rule.as_ref().map(|r| stay_rule(r, &text, l))}
            {(!item.steps.is_empty()).then(|| steps(&item.steps, l))}
            {(!item.questions.is_empty()).then(|| view! {
                <crate::pages::checklist::Questions
                    item_id=item.id.clone()
                    kind=item.kind
                    questions=item.questions.clone()
                    l
                />
            })}
            {sources(&item, l)}
            {(!related.is_empty()).then(|| view! {
                <section class="related">
                    <h2>{tr(l, "item-related")}</h2>
                    <ul>
                        {related.into_iter().map(|r| view! {
                            <li><a href=item_href(&r.id) lang=r.locale.tag()>{r.title}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </article>
    }
    .into_any()
}

/// Past the item's review date: a source named an end or a planned change on that date, so the
/// facts may no longer hold. Words, not only colour; the ISO date is kept in `data-date`.
pub fn review_passed(d: PartialDate, l: Locale) -> impl IntoView {
    view! {
        <p class="mark warn review-passed" role="note" data-date=d.to_string()>
            {tr_args(l, "item-review-passed", &[("date", Arg::Str(crate::format::date(l, d)))])}
        </p>
    }
}

fn review_mark(review: &Review, l: Locale) -> Option<impl IntoView> {
    match review {
        Review::State(jol_types::ReviewState::Machine) => Some(
            view! { <p class="mark machine" role="note">{tr(l, "item-machine")}</p> }.into_any(),
        ),
        Review::Reviewed {
            reviewed_by,
            reviewed_on,
        } => Some(
            view! {
                <p class="mark reviewed">
                    {tr_args(l, "item-reviewed", &[
                        ("name", Arg::Str(reviewed_by.clone())),
                        ("date", Arg::Str(reviewed_on.to_string())),
                    ])}
                </p>
            }
            .into_any(),
        ),
        Review::State(jol_types::ReviewState::Source) => None,
    }
}

fn steps(steps: &[Step], l: Locale) -> impl IntoView {
    view! {
        <section class="steps">
            <h2>{tr(l, "item-steps")}</h2>
            <ol>
                {steps.iter().map(|s| {
                    let Some((sl, st)) = pick(&s.text, l) else { return ().into_any() };
                    let st = st.clone();
                    view! {
                        <li lang=sl.tag()>
                            <h3>{st.title}</h3>
                            {st.deadline.map(|d| view! {
                                <p class="deadline"><strong>{tr(l, "item-deadline")}": "</strong>{d}</p>
                            })}
                            {s.fee.as_ref().map(|f| view! {
                                <p class="fee">
                                    <strong>{tr(l, "item-fee")}": "</strong>
                                    {crate::format::money(l, f.amount, &f.currency, f.per.as_deref())}
                                    " "
                                    <span class="as-of">{tr_args(l, "item-fee-as-of", &[("date", Arg::Str(crate::format::date(l, f.as_of)))])}</span>
                                </p>
                            })}
                            <div class="body">{markdown::render(&st.body)}</div>
                            {(!st.documents.is_empty()).then(|| view! {
                                <p class="documents"><strong>{tr(l, "item-documents")}": "</strong>{st.documents.join(", ")}</p>
                            })}
                            {st.where_to_go.map(|w| view! {
                                <p class="where"><strong>{tr(l, "item-where")}": "</strong>{w}</p>
                            })}
                        </li>
                    }.into_any()
                }).collect_view()}
            </ol>
        </section>
    }
}

pub(crate) fn contact(c: &Contact, text: &jol_types::Text, l: Locale) -> impl IntoView {
    view! {
        <section class="contact">
            <ul class="phones">
                {c.phones.iter().map(|p| {
                    let number = p.number.clone();
                    let copied = RwSignal::new(false);
                    let cost = match p.cost {
                        PhoneCost::Free => Some(tr(l, "contact-free")),
                        PhoneCost::Paid => Some(tr(l, "contact-paid")),
                        PhoneCost::Unknown => None,
                    };
                    let from = (!p.works_from.is_empty()).then(|| tr_args(l, "contact-works-from", &[(
                        "countries",
                        Arg::Str(p.works_from.iter().map(|c| crate::corridor::country_name(l, c)).collect::<Vec<_>>().join(", ")),
                    )]));
                    view! {
                        <li class="phone">
                            <a class="call" href=format!("tel:{}", p.number) aria-label=format!("{} {}", tr(l, "contact-call"), p.display)>
                                {p.display.clone()}
                            </a>
                            {cost.map(|c| view! { <span class="cost">{c}</span> })}
                            {from.map(|f| view! { <span class="from">{f}</span> })}
                            <button type="button" class="copy" on:click=move |_| {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.navigator().clipboard().write_text(&number);
                                    copied.set(true);
                                }
                            }>
                                {move || if copied.get() { tr(l, "contact-copied") } else { tr(l, "contact-copy") }}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <dl>
                {text.address.clone().map(|a| view! { <dt>{tr(l, "contact-address")}</dt><dd>{a}</dd> })}
                {text.hours.clone().map(|h| view! { <dt>{tr(l, "contact-hours")}</dt><dd>{h}</dd> })}
                {(!c.languages.is_empty()).then(|| view! { <dt>{tr(l, "contact-languages")}</dt><dd>{c.languages.iter().map(|code| tr_args(l, "language-name", &[("code", Arg::Str(code.clone()))])).collect::<Vec<_>>().join(", ")}</dd> })}
                {c.website.clone().map(|w| view! {
                    <dt>{tr(l, "contact-website")}</dt>
                    <dd><a href=w.clone() target="_blank" rel="noopener noreferrer">{w.clone()}</a></dd>
                })}
            </dl>
        </section>
    }
}

fn agency(a: &Agency, l: Locale) -> impl IntoView {
    let status = match a.status {
        AgencyStatus::Active => "agency-status-active",
        AgencyStatus::Suspended => "agency-status-suspended",
        AgencyStatus::Revoked => "agency-status-revoked",
        AgencyStatus::Expired => "agency-status-expired",
    };
    view! {
        <section class="agency">
            <p class="agency-name">{a.name.clone()}</p>
            <p class=format!("status status-{}", status)>
                {tr_args(l, "agency-status", &[
                    ("status", Arg::Str(tr(l, status))),
                    ("date", Arg::Str(crate::format::date(l, a.status_as_of))),
                ])}
            </p>
        </section>
    }
}

/// A stay rule's limit, period, start and legal basis (in the text's locale when the editor wrote
/// one, else the English reference).
pub(crate) fn stay_rule(r: &StayRule, text: &jol_types::Text, l: Locale) -> impl IntoView {
    let basis = text
        .legal_basis
        .clone()
        .unwrap_or_else(|| r.legal_basis.clone());
    let period = match r.period {
        StayPeriod::CalendarYear => tr(l, "stay-calendar-year"),
        StayPeriod::Rolling => tr_args(
            l,
            "stay-rolling",
            &[("days", Arg::Num(r.period_days.unwrap_or(0) as i64))],
        ),
        StayPeriod::FromEntry => tr(l, "stay-from-entry"),
        StayPeriod::FromFirstEntry => tr_args(
            l,
            "stay-from-first-entry",
            &[(
                "days",
                Arg::Num(r.reset_after_days_outside.unwrap_or(0) as i64),
            )],
        ),
    };
    view! {
        <section class="stay-rule">
            <p class="limit">
                <strong>{tr_args(l, "stay-limit", &[("days", Arg::Num(r.limit_days as i64))])}</strong>
                " " {period}
            </p>
            {r.effective_from.map(|d| view! { <p>{tr_args(l, "stay-effective", &[("date", Arg::Str(crate::format::date(l, d)))])}</p> })}
            {r.effective_to.map(|d| view! { <p class="until" data-date=d.to_string()>{tr_args(l, "stay-until", &[("date", Arg::Str(crate::format::date(l, d)))])}</p> })}
            <p><strong>{tr(l, "stay-basis")}": "</strong>{basis}</p>
        </section>
    }
}

fn sources(item: &Item, l: Locale) -> impl IntoView {
    view! {
        <section class="sources">
            <h2>{tr(l, "item-sources")}</h2>
            <ol>
                {item.sources.iter().map(|s| view! {
                    <li>
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a>
                        {s.date.map(|d| format!(" ({})", crate::format::date(l, d)))}
                        {s.note.clone().map(|n| view! { <span class="note">" — "{n}</span> })}
                    </li>
                }).collect_view()}
            </ol>
            <p class="verified" data-date=item.verified_on.to_string()>
                {tr_args(l, "item-verified", &[("date", Arg::Str(crate::format::date(l, item.verified_on)))])}
            </p>
        </section>
    }
}
