//! Deltas: what changed between two item sets, as items added whole, JSON merge patches and ids
//! removed — and applying one.

use crate::format::{merge_diff, merge_patch, Delta, ItemPatch};
use crate::{Result, SyncError};
use jol_types::Item;
use std::collections::BTreeMap;

/// The items `delta` makes of `base`: removals, then merge patches, then additions. An item a
/// patch names must be in `base`, and the patched JSON must still be an item.
pub fn apply_delta(base: &[Item], delta: &Delta) -> Result<Vec<Item>> {
    if delta.kind != "delta" {
        return Err(SyncError::Promise(format!(
            "a delta pack of kind `{}`",
            delta.kind
        )));
    }
    let mut map: BTreeMap<String, Item> = base.iter().map(|i| (i.id.clone(), i.clone())).collect();
    for id in &delta.remove {
        map.remove(id);
    }
    for p in &delta.patch {
        let item = map.get_mut(&p.id).ok_or_else(|| {
            SyncError::Promise(format!(
                "the delta patches item `{}`, which is not installed",
                p.id
            ))
        })?;
        let promise = |e: serde_json::Error| {
            SyncError::Promise(format!("item `{}` after the delta: {e}", p.id))
        };
        let mut value = serde_json::to_value(&*item).map_err(promise)?;
        merge_patch(&mut value, &p.patch);
        *item = serde_json::from_value(value).map_err(promise)?;
    }
    for item in &delta.add {
        map.insert(item.id.clone(), item.clone());
    }
    Ok(map.into_values().collect())
}

/// The delta from `base` to `items`: new items whole, changed ones as merge patches of their
/// JSON (a changed phone number travels as a few bytes, not as the item in seven locales),
/// removed ones by id.
pub fn make_delta(base: &[Item], items: &[Item]) -> Result<Delta> {
    let old: BTreeMap<&str, &Item> = base.iter().map(|i| (i.id.as_str(), i)).collect();
    let new_ids: BTreeMap<&str, &Item> = items.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut delta = Delta {
        kind: "delta".into(),
        ..Delta::default()
    };
    for item in items {
        match old.get(item.id.as_str()) {
            None => delta.add.push(item.clone()),
            Some(o) if *o != item => {
                let ov = serde_json::to_value(o).map_err(json_err)?;
                let nv = serde_json::to_value(item).map_err(json_err)?;
                if let Some(patch) = merge_diff(&ov, &nv) {
                    delta.patch.push(ItemPatch {
                        id: item.id.clone(),
                        patch,
                    });
                }
            }
            _ => {}
        }
    }
    delta.remove = old
        .keys()
        .filter(|id| !new_ids.contains_key(*id))
        .map(|id| id.to_string())
        .collect();
    Ok(delta)
}

fn json_err(e: serde_json::Error) -> SyncError {
    SyncError::Malformed {
        what: "pack".into(),
        detail: e.to_string(),
    }
}
