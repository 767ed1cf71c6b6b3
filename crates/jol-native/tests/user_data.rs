//! The user's own data through the API: checklist ticks (kept in the user database on this
//! device, never for the trafficking signs, never written by a visitor on the shared server) and
//! saved pages.

use jol_core::{Jol, Transport};
use jol_types::api::{ErrorCode, GetBookmarks, GetTicks, SetBookmark, SetTick, Summaries, Tick};
use jol_types::Locale;

const CHECKLIST: &str = "departure.checklist";
const QUESTION: &str = "contract-written";

fn tick(
    jol: &Jol,
    item: &str,
    question: &str,
    done: bool,
    t: Transport,
) -> Result<Vec<Tick>, jol_types::api::ApiError> {
    jol.call_typed(
        &SetTick {
            item_id: item.into(),
            question_id: question.into(),
            done,
        },
        t,
    )
}

#[test]
fn a_ticked_question_is_kept_across_restarts_and_can_be_unticked() {
    let data = tempfile::tempdir().expect("tmp");
    {
        let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open");
        let ticks = tick(&jol, CHECKLIST, QUESTION, true, Transport::Ipc).expect("tick");
        assert_eq!(
            ticks,
            vec![Tick {
                question_id: QUESTION.into(),
                done: true
            }]
        );
    }
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("reopen");
    let get = |t| {
        jol.call_typed(
            &GetTicks {
                item_id: CHECKLIST.into(),
            },
            t,
        )
        .expect("ticks")
    };
    assert_eq!(get(Transport::Ipc).len(), 1);
    // A visitor on the shared server sees none of the host's ticks, and cannot write any.
    assert!(get(Transport::Http).is_empty());
    let err = tick(&jol, CHECKLIST, QUESTION, false, Transport::Http).expect_err("read-only");
    assert_eq!(err.code, ErrorCode::ReadOnly);

    let ticks = tick(&jol, CHECKLIST, QUESTION, false, Transport::Ipc).expect("untick");
    assert!(ticks.iter().all(|t| !t.done), "{ticks:?}");
}

#[test]
fn answers_to_the_trafficking_signs_are_never_stored() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open");
    let err =
        tick(&jol, "trafficking.signs", "too-good", true, Transport::Ipc).expect_err("refused");
    assert_eq!(err.code, ErrorCode::NotAChecklist);
    assert_eq!(err.params["id"], "trafficking.signs");
    // Ticking a checklist question does reach the files, so the search below can find text.
    tick(&jol, CHECKLIST, QUESTION, true, Transport::Ipc).expect("tick");
    let mut bytes = Vec::new();
    for f in ["user.db", "user.db-wal"] {
        bytes.extend(std::fs::read(data.path().join(f)).unwrap_or_default());
    }
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        has(QUESTION.as_bytes()),
        "the checklist tick is not on disk"
    );
    assert!(!has(b"too-good"), "the answer reached the user database");
}

#[test]
fn ticks_name_real_questions() {
    let data = tempfile::tempdir().expect("tmp");
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open");
    let err = tick(&jol, CHECKLIST, "no-such-question", true, Transport::Ipc).expect_err("refused");
    assert_eq!(err.code, ErrorCode::NotFound);
    let err = tick(&jol, "no.such.item", QUESTION, true, Transport::Ipc).expect_err("refused");
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[test]
fn saved_pages_are_kept_in_order_and_listed_with_their_titles() {
    let data = tempfile::tempdir().expect("tmp");
    let save = |jol: &Jol, id: &str, saved: bool, t: Transport| {
        jol.call_typed(
            &SetBookmark {
                item_id: id.into(),
                saved,
            },
            t,
        )
    };
    {
        let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("open");
        save(&jol, "trafficking.help", true, Transport::Ipc).expect("save");
        let ids = save(&jol, "rights.wages", true, Transport::Ipc).expect("save");
        assert_eq!(ids, ["trafficking.help", "rights.wages"]);
        let err = save(&jol, "no.such.item", true, Transport::Ipc).expect_err("unknown");
        assert_eq!(err.code, ErrorCode::NotFound);
        let err = save(&jol, "rights.wages", false, Transport::Http).expect_err("visitor");
        assert_eq!(err.code, ErrorCode::ReadOnly);
    }
    let jol = jol_native::open(data.path(), jol_dataset::builtin()).expect("reopen");
    let ids = jol
        .call_typed(&GetBookmarks {}, Transport::Ipc)
        .expect("bookmarks");
    assert_eq!(ids, ["trafficking.help", "rights.wages"]);
    assert!(jol
        .call_typed(&GetBookmarks {}, Transport::Http)
        .expect("visitor")
        .is_empty());

    // Titles in the asked locale, in the given order; ids no longer in the content left out.
    let lines = jol
        .call_typed(
            &Summaries {
                locale: Locale::Ru,
                ids: vec![
                    "rights.wages".into(),
                    "gone.item".into(),
                    "trafficking.help".into(),
                ],
            },
            Transport::Http,
        )
        .expect("summaries");
    let got: Vec<(&str, Locale)> = lines.iter().map(|s| (s.id.as_str(), s.locale)).collect();
    assert_eq!(
        got,
        [
            ("rights.wages", Locale::Ru),
            ("trafficking.help", Locale::Ru)
        ]
    );

    let ids = save(&jol, "trafficking.help", false, Transport::Ipc).expect("forget");
    assert_eq!(ids, ["rights.wages"]);
}
