//! API errors cross the API as codes (`jol_types::api::ErrorCode`) that the UI words from Fluent;
//! each code must have its wording in every locale, or a reader would see a message id.

use jol_i18n::I18n;
use jol_types::api::ErrorCode;
use jol_types::Locale;

#[test]
fn every_api_error_code_is_worded_in_every_locale() {
    for locale in Locale::ALL {
        let ids = I18n::ids(locale);
        for code in ErrorCode::ALL {
            assert!(
                ids.iter().any(|i| i == code.message_id()),
                "{code:?}: no message `{}` in locales/{}.ftl",
                code.message_id(),
                locale.tag()
            );
        }
    }
}

#[test]
fn a_busy_import_is_worded_with_the_file_name_not_english() {
    let i18n = I18n::new().expect("the shipped locales load");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", "from-a-friend.jolpack");
    let text = i18n.tr(Locale::Ky, ErrorCode::Busy.message_id(), Some(&args));
    assert!(text.contains("from-a-friend.jolpack"), "{text}");
    assert!(text.contains("жаңыртуу"), "not Kyrgyz: {text}");
}
