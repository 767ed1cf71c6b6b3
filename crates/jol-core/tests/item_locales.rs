//! An item's answer carries the reader's language only (issue #14: a guide in every locale was
//! 52 KB of JSON): each text in the asked locale, or where it is missing there in the nearest
//! locale of its fallback chain; more locales only when the request names them (`also`).

use jol_core::{ContentStore, FixedClock, Jol, Transport};
use jol_types::api::{GetItem, GetItems, ItemView};
use jol_types::{Item, ItemKind, Locale};
use std::collections::BTreeMap;
use std::sync::Arc;

/// 2026-12-07 00:00 UTC.
const NOW: i64 = 1_796_601_600;

fn jol() -> Jol {
    Jol::in_memory(jol_dataset::builtin(), Arc::new(FixedClock(NOW))).expect("open")
}

fn get(jol: &Jol, id: &str, locale: Locale, also: Vec<Locale>) -> ItemView {
    jol.call_typed(
        &GetItem {
            id: id.into(),
            locale,
            also,
        },
        Transport::Http,
    )
    .expect("get_item")
}

/// The locales each text of `item` is kept in: the item's, then every step's and question's.
fn kept(item: &Item) -> Vec<Vec<Locale>> {
    let keys = |m: &BTreeMap<Locale, _>| m.keys().copied().collect::<Vec<_>>();
    std::iter::once(item.text.keys().copied().collect())
        .chain(item.steps.iter().map(|s| keys(&s.text)))
        .chain(
            item.questions
                .iter()
                .map(|q| q.text.keys().copied().collect()),
        )
        .collect()
}

/// What a reader of `wanted` should get of each text of `whole`.
fn expected(whole: &Item, wanted: &[Locale]) -> Vec<Vec<Locale>> {
    let want = |locales: Vec<Locale>| {
        let mut out: Vec<Locale> = wanted
            .iter()
            .filter_map(|w| {
                w.fallback_chain()
                    .iter()
                    .find(|l| locales.contains(l))
                    .or(locales.first())
                    .copied()
            })
            .collect();
        out.sort();
        out.dedup();
        out
    };
    kept(whole).into_iter().map(want).collect()
}

#[test]
fn every_item_comes_in_the_asked_locale_only() {
    let jol = jol();
    let all = jol.with_content(|c| c.all_items()).expect("items");
    let mut shrunk = (0, 0);
    for whole in &all {
        for locale in Locale::ALL {
            let v = get(&jol, &whole.id, locale, Vec::new());
            assert_eq!(
                kept(&v.item),
                expected(whole, &[locale]),
                "{} in {locale}",
                whole.id
            );
            // Everything but the texts is the item as written.
            let mut rest = whole.clone();
            rest.text = v.item.text.clone();
            for (s, vs) in rest.steps.iter_mut().zip(&v.item.steps) {
                s.text = vs.text.clone();
            }
            for (q, vq) in rest.questions.iter_mut().zip(&v.item.questions) {
                q.text = vq.text.clone();
            }
            assert_eq!(v.item, rest, "{} in {locale}", whole.id);
        }
        let one = serde_json::to_vec(&get(&jol, &whole.id, Locale::Ky, Vec::new())).unwrap();
        let every =
            serde_json::to_vec(&get(&jol, &whole.id, Locale::Ky, Locale::ALL.to_vec())).unwrap();
        shrunk.0 += one.len();
        shrunk.1 += every.len();
    }
    // Six locales of text in one: the answers shrink to well under half.
    assert!(shrunk.0 * 2 < shrunk.1, "{shrunk:?}");
}

#[test]
fn a_missing_text_falls_back_and_also_adds_locales() {
    let builtin = jol();
    let mut guide = builtin
        .with_content(|c| c.items_of_kind(ItemKind::Guide))
        .expect("guides")
        .into_iter()
        .find(|g| !g.steps.is_empty())
        .expect("a guide with steps");
    // No Kyrgyz anywhere, and the first step has no Russian either.
    guide.text.remove(&Locale::Ky);
    for s in &mut guide.steps {
        s.text.remove(&Locale::Ky);
    }
    guide.steps[0].text.remove(&Locale::Ru);
    let jol = Jol::new(
        ContentStore::from_items(std::slice::from_ref(&guide)).expect("builds"),
        Arc::new(std::sync::Mutex::new(
            jol_core::UserStore::in_memory().expect("user store"),
        )),
        Arc::new(FixedClock(NOW)),
        Arc::new(jol_core::NoUpdates),
    );
    let v = get(&jol, &guide.id, Locale::Ky, Vec::new());
    assert_eq!(v.item.text.keys().collect::<Vec<_>>(), [&Locale::Ru]);
    assert_eq!(
        v.item.steps[0].text.keys().collect::<Vec<_>>(),
        [&Locale::En]
    );
    assert_eq!(v.item.text[&Locale::Ru], guide.text[&Locale::Ru]);
    // The desk's side-by-side view: Kyrgyz (falling back to Russian) beside Uzbek.
    let v = get(&jol, &guide.id, Locale::Ky, vec![Locale::Uz]);
    assert_eq!(
        v.item.text.keys().collect::<Vec<_>>(),
        [&Locale::Ru, &Locale::Uz]
    );
    // get_items trims the same way.
    let list = jol
        .call_typed(
            &GetItems {
                kind: ItemKind::Guide,
                locale: Locale::Kk,
            },
            Transport::Http,
        )
        .expect("get_items");
    assert_eq!(list[0].item.text.len(), 1, "{:?}", list[0].item.text.keys());
}
