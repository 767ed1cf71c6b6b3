//! API errors in the reader's language. The backend sends a code and its values
//! ([`jol_types::api::ApiError`]); the reader sees only the Fluent message for that code
//! (`error-<code>` in `locales/*.ftl`), never the English `message`, which is for logs.

use crate::i18n::{tr_args, Arg};
use crate::storage;
use jol_types::api::{ApiError, ErrorCode};
use jol_types::Locale;

/// The error worded for the reader, with its values (numbers as numbers, so Fluent formats them).
pub fn error_text(l: Locale, e: &ApiError) -> String {
    let args: Vec<(&str, Arg)> = e
        .params
        .iter()
        .map(|(k, v)| match v.parse::<i64>() {
            Ok(n) => (k.as_str(), Arg::Num(n)),
            Err(_) => (k.as_str(), Arg::Str(v.clone())),
        })
        .collect();
    tr_args(l, e.code.message_id(), &args)
}

/// Keeps a value in the browser's storage and says when it could not (storage full or disabled),
/// so a visitor's bookmark, tick or trip never looks kept when it is not: the value is read back.
pub fn keep_local<T: serde::Serialize>(key: &str, value: &T) -> Result<(), ApiError> {
    let json = serde_json::to_string(value)
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    storage::set_json(key, value);
    if storage::get(key).as_deref() == Some(json.as_str()) {
        Ok(())
    } else {
        Err(ApiError::new(
            ErrorCode::Storage,
            format!("the browser did not keep `{key}`: its storage is full or disabled"),
        ))
    }
}
