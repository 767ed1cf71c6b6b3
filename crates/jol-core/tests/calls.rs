//! One list of calls: `jol_types::for_each_call!` declares every call once, and both
//! `jol_types::api::CALLS` and the dispatcher `Jol::call` are generated from it. These tests close
//! the two gaps a macro cannot: every declared name is answered by the dispatcher (not "no API call
//! named"), and every `impl Call for` in `jol-types/src/api.rs` is in the declaration, so a call
//! written but not declared fails here instead of answering `not_found` at runtime.

use jol_core::{FixedClock, Jol, Transport};
use jol_types::api::CALLS;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::sync::Arc;

/// 2026-12-07 00:00 UTC.
const NOW: i64 = 1_796_601_600;

/// The source of the API types, as compiled into this test.
const API_SOURCE: &str = include_str!("../../jol-types/src/api.rs");

/// The dispatcher's answer to an unknown call starts with this.
const NO_SUCH_CALL: &str = "no API call named";

fn jol() -> Jol {
    Jol::in_memory(jol_dataset::builtin(), Arc::new(FixedClock(NOW))).expect("loads from bytes")
}

/// The request type names in the one declaration, as written there.
fn declared_types() -> BTreeSet<String> {
    macro_rules! type_names {
        ($($call:ident => $handler:ident),* $(,)?) => {
            [$(stringify!($call)),*]
        };
    }
    jol_types::for_each_call!(type_names)
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// The type of every `impl Call for <Type>` in Rust source, comments left out (a comment may
/// mention the phrase). Tolerates any spacing, line breaks and a path before `Call`.
fn impl_call_types(source: &str) -> BTreeSet<String> {
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let tokens: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|t| !t.is_empty())
        .collect();
    tokens
        .windows(4)
        .filter(|w| w[0] == "impl" && w[1].rsplit("::").next() == Some("Call") && w[2] == "for")
        .map(|w| w[3].to_string())
        .collect()
}

#[test]
fn the_detector_finds_impls_and_ignores_comments() {
    let snippet = "
        /// Every `impl Call for` here is declared.
        impl Call for Alpha {
            const NAME: &'static str = \"alpha\";
        }
        impl   Call
            for Beta{ }
        impl jol_types::api::Call for Gamma {}
        // impl Call for Commented {}
        impl Serialize for Delta {}
        impl CallLike for Epsilon {}
    ";
    let found = impl_call_types(snippet);
    let expected: BTreeSet<String> = ["Alpha", "Beta", "Gamma"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(found, expected);
    // A declaration that misses one of them is caught by the same comparison as below.
    let declared: BTreeSet<String> = ["Alpha", "Gamma"].iter().map(|s| s.to_string()).collect();
    let undeclared: Vec<&String> = found.difference(&declared).collect();
    assert_eq!(undeclared, vec!["Beta"]);
}

#[test]
fn every_impl_call_is_declared_once() {
    let implemented = impl_call_types(API_SOURCE);
    let declared = declared_types();
    // The real source has calls: an empty set would mean the detector no longer reads it.
    assert!(
        implemented.len() >= 20,
        "only {} `impl Call for` found in jol-types/src/api.rs",
        implemented.len()
    );
    let undeclared: Vec<&String> = implemented.difference(&declared).collect();
    assert!(
        undeclared.is_empty(),
        "calls implemented but not in jol_types::for_each_call! (they would answer not_found): \
         {undeclared:?}"
    );
    let unknown: Vec<&String> = declared.difference(&implemented).collect();
    assert!(
        unknown.is_empty(),
        "declared calls without an `impl Call for` in jol-types/src/api.rs: {unknown:?}"
    );
    assert_eq!(CALLS.len(), declared.len(), "CALLS and the declaration");
    let names: BTreeSet<&str> = CALLS.iter().copied().collect();
    assert_eq!(names.len(), CALLS.len(), "two calls share a wire name");
}

/// What the dispatcher answers to `cmd` with an empty payload over `transport`, as text.
fn answer(jol: &Jol, cmd: &str, payload: Value, transport: Transport) -> String {
    match jol.call(cmd, payload, transport) {
        Ok(reply) => format!("ok: {reply}"),
        Err(e) => format!("{:?}: {}", e.code, e.message),
    }
}

#[test]
fn every_declared_call_is_routed() {
    let jol = jol();
    // The detector below sees an unknown call for what it is.
    let unknown = answer(&jol, "no_such_call", Value::Null, Transport::Ipc);
    assert!(unknown.contains(NO_SUCH_CALL), "{unknown}");
    for &cmd in CALLS {
        for transport in [Transport::Ipc, Transport::Http] {
            for payload in [Value::Null, json!({})] {
                let got = answer(&jol, cmd, payload, transport);
                assert!(
                    !got.contains(NO_SUCH_CALL),
                    "`{cmd}` over {transport:?} is not routed: {got}"
                );
            }
        }
    }
}
