//! Settings → Share with phones (desktop only): serve this Jol to the phones on the same Wi-Fi,
//! read-only, as `jol serve --lan` does — for a classroom or a help desk.

use crate::i18n::{t, tr, use_locale};
use jol_types::api::{SetSharing, SharingReply, SharingStatus};
use jol_types::Locale;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SharingSettings() -> impl IntoView {
    let locale = use_locale();
    let status = crate::components::load(|| (), |_| crate::client::call(&SharingStatus {}));
    let busy = RwSignal::new(false);
    let toggle = move |on: bool| {
        busy.set(true);
        spawn_local(async move {
            let reply = crate::client::call(&SetSharing { on }).await;
            status.set(Some(reply));
            busy.set(false);
        });
    };
    move || {
        let l = locale.get().unwrap_or(Locale::En);
        let s = status.get().and_then(|r| r.ok()).filter(|s| s.available)?;
        Some(view! {
            <section class="settings-sharing" id="sharing" aria-labelledby="sharing-title">
                <h2 id="sharing-title">{t("sharing-title")}</h2>
                <p class="hint">{tr(l, "sharing-hint")}</p>
                {if s.on {
                    view! {
                        <button type="button" class="sharing-stop" disabled=move || busy.get()
                            on:click=move |_| toggle(false)>{tr(l, "sharing-stop")}</button>
                        <Addresses l s=s.clone()/>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="sharing-start" disabled=move || busy.get()
                            on:click=move |_| toggle(true)>{tr(l, "sharing-start")}</button>
                    }
                    .into_any()
                }}
                {s.error.clone().map(|e| view! {
                    <p class="error" role="alert">{tr(l, "sharing-failed")}" "{e}</p>
                })}
            </section>
        })
    }
}

#[component]
fn Addresses(l: Locale, s: SharingReply) -> impl IntoView {
    view! {
        <p role="status">{tr(l, "sharing-on")}</p>
        <ul class="share-urls">
            {s.urls.iter().map(|u| view! { <li><a href=u.clone() target="_blank">{u.clone()}</a></li> }).collect_view()}
        </ul>
        {s.qr_svg.map(|svg| view! {
            <figure class="share-qr">
                <div class="qr" role="img" aria-label=tr(l, "sharing-qr") inner_html=svg></div>
                <figcaption>{tr(l, "sharing-qr")}</figcaption>
            </figure>
        })}
        <p class="hint">{tr(l, "sharing-read-only")}</p>
        {s.packs_url.map(|u| view! {
            <p class="share-packs">{tr(l, "sharing-packs")}" "<code>{u}</code></p>
        })}
    }
}
