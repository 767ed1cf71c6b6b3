//! Which contacts the emergency screen puts under "for you": the rule in `Contact::is_for`, on
//! contacts shaped like the real ones.

use jol_types::{Contact, ContactKind, Country, Phone, PhoneCost};

fn contact(country: &str, serves: &[&str], works_from: &[&str]) -> Contact {
    Contact {
        org_kind: ContactKind::Hotline,
        country: Country::new(country),
        city: None,
        serves: serves.iter().map(|c| Country::new(c)).collect(),
        phones: vec![Phone {
            number: "+10000000000".into(),
            display: "x".into(),
            cost: PhoneCost::Unknown,
            works_from: works_from.iter().map(|c| Country::new(c)).collect(),
        }],
        messengers: vec![],
        email: None,
        website: None,
        languages: vec![],
    }
}

fn is_for(c: &Contact, origin: &str, destination: &str) -> bool {
    c.is_for(
        Some(&Country::new(origin)),
        Some(&Country::new(destination)),
    )
}

#[test]
fn the_destination_s_open_lines_and_my_embassy_there_are_mine() {
    let police = contact("RU", &[], &["RU"]);
    let kg_embassy_moscow = contact("RU", &["KG"], &[]);
    assert!(is_for(&police, "KG", "RU"));
    assert!(is_for(&kg_embassy_moscow, "KG", "RU"));
    // Another citizenship's embassy in the same city is not.
    assert!(!is_for(&kg_embassy_moscow, "UZ", "RU"));
}

#[test]
fn my_embassy_in_a_third_country_is_not_mine() {
    let kg_embassy_abu_dhabi = contact("AE", &["KG"], &[]);
    assert!(!is_for(&kg_embassy_abu_dhabi, "KG", "RU"));
    assert!(is_for(&kg_embassy_abu_dhabi, "KG", "AE"));
}

#[test]
fn a_home_line_is_mine_only_where_it_can_be_dialled() {
    let mfa_hotline = contact("KG", &["KG"], &[]);
    let home_only_189 = contact("KG", &["KG"], &["KG"]);
    let home_emergency = contact("KG", &[], &["KG"]);
    assert!(is_for(&mfa_hotline, "KG", "RU"));
    assert!(!is_for(&home_only_189, "KG", "RU"));
    assert!(!is_for(&home_emergency, "KG", "RU"));
    assert!(!is_for(&mfa_hotline, "UZ", "RU"));
}

#[test]
fn nothing_is_mine_before_a_corridor_is_chosen() {
    let police = contact("RU", &[], &["RU"]);
    assert!(!police.is_for(None, None));
    assert!(police.is_for(None, Some(&Country::new("RU"))));
}
