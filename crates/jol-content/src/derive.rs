//! What the build adds to authored content: the Uzbek Cyrillic text, transliterated from the Uzbek
//! Latin text so the two can never drift apart.

use jol_types::{Item, Locale};

/// Fills every `uz-Cyrl` text of `item` (item, steps, questions) from its `uz` text.
///
/// The review state is copied from `uz`: transliteration is deterministic and tested, so a
/// reviewed Latin text stays reviewed in Cyrillic, and a machine-made one stays marked as such.
pub fn add_uz_cyrillic(item: &mut Item) {
    let cy = jol_script::uz_latin_to_cyrillic;
    if let Some(uz) = item.text.get(&Locale::Uz).cloned() {
        let mut t = uz;
        t.title = cy(&t.title);
        t.summary = cy(&t.summary);
        t.body = cy(&t.body);
        t.also = t.also.iter().map(|a| cy(a)).collect();
        t.address = t.address.as_deref().map(cy);
        t.hours = t.hours.as_deref().map(cy);
        t.legal_basis = t.legal_basis.as_deref().map(cy);
        item.text.insert(Locale::UzCyrl, t);
    }
    for step in &mut item.steps {
        if let Some(uz) = step.text.get(&Locale::Uz).cloned() {
            let mut t = uz;
            t.title = cy(&t.title);
            t.body = cy(&t.body);
            t.deadline = t.deadline.as_deref().map(cy);
            t.documents = t.documents.iter().map(|d| cy(d)).collect();
            t.where_to_go = t.where_to_go.as_deref().map(cy);
            step.text.insert(Locale::UzCyrl, t);
        }
    }
    for q in &mut item.questions {
        if let Some(uz) = q.text.get(&Locale::Uz).cloned() {
            let mut t = uz;
            t.label = cy(&t.label);
            t.advice = cy(&t.advice);
            q.text.insert(Locale::UzCyrl, t);
        }
    }
}

/// Removes every generated `uz-Cyrl` text of `item`, which [`add_uz_cyrillic`] gives back exactly:
/// the phone's dataset travels without it (a sixth of the text; about 55 KB of its download).
pub fn strip_uz_cyrillic(item: &mut Item) {
    item.text.remove(&Locale::UzCyrl);
    for step in &mut item.steps {
        step.text.remove(&Locale::UzCyrl);
    }
    for q in &mut item.questions {
        q.text.remove(&Locale::UzCyrl);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the phone rebuilds is what was built: the content hash of every shipped item is the
    /// same after stripping and adding the Cyrillic back.
    #[test]
    fn stripping_and_adding_back_the_cyrillic_changes_nothing() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
        let files = crate::load_dir(&dir).expect("the content loads");
        let report = crate::check_dir(&files, 0);
        let mut items: Vec<Item> = report.items.into_iter().map(|(_, i)| i).collect();
        items.iter_mut().for_each(add_uz_cyrillic);
        assert!(items.iter().any(|i| i.text.contains_key(&Locale::UzCyrl)));
        let before = crate::content_hash(&items).expect("hash");
        for item in &mut items {
            strip_uz_cyrillic(item);
            assert!(!item.text.contains_key(&Locale::UzCyrl));
        }
        assert_ne!(crate::content_hash(&items).expect("hash"), before);
        for item in &mut items {
            add_uz_cyrillic(item);
        }
        assert_eq!(crate::content_hash(&items).expect("hash"), before);
    }
}
