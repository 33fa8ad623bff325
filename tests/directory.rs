//! The agency's services directory: Open Referral HSDS 3.0 JSON and CSV
//! read into Waymark's services, searched, saved, and refused when broken.
//! The HSDS examples are Open Referral's (fixtures/hsds/LICENSE-NOTE.md);
//! centre.json is our own.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{NaiveTime, Weekday};
use proptest::prelude::*;
use waymark::directory::{
    read_json, read_tabular, AreaRules, Directory, DirectoryError, Listing, RuleError,
    MAX_DIRECTORY_BYTES, MAX_SERVICES,
};
use waymark::model::{Area, Hours, Service, MAX_TEXT_CHARS};

const FULL: &str = include_str!("fixtures/hsds/service_full.json");
const LIST: &str = include_str!("fixtures/hsds/service_list.json");
const CENTRE: &str = include_str!("fixtures/hsds/centre.json");

macro_rules! csv_files {
    ($($name:literal),*) => {
        &[$(($name, include_str!(concat!("fixtures/hsds/csv/", $name)))),*]
    };
}

/// The example's CSV package, every file the reader knows.
const PACKAGE: &[(&str, &str)] = csv_files!(
    "services.csv",
    "organizations.csv",
    "locations.csv",
    "addresses.csv",
    "phones.csv",
    "schedules.csv",
    "service_at_location.csv",
    "taxonomy_terms.csv",
    "attributes.csv"
);

const EXAMPLE_ID: &str = "ac148810-d857-441c-9679-408f346de14b";

fn rules() -> AreaRules {
    AreaRules::standard()
}

fn json(text: &str) -> Result<Directory, DirectoryError> {
    read_json(text, &rules())
}

fn tabular(files: &[(&str, &str)]) -> Result<Directory, DirectoryError> {
    read_tabular(files, &rules())
}

fn at(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

fn only(directory: &Directory) -> &Listing {
    assert_eq!(directory.services.len(), 1, "{directory:#?}");
    &directory.services[0]
}

/// What the HSDS examples' one service becomes wherever they link it all:
/// service_full.json and the CSV package.
fn community_counselling() -> Service {
    Service {
        name: "Community Counselling".into(),
        offers: Some(
            "Counselling Services provided by trained professionals. Suitable for people with \
             mental health conditions such as anxiety, depression, or eating disorders as well as \
             people experiencing difficult life events and circumstances."
                .into(),
        ),
        organization: Some("Example Organization Inc.".into()),
        place: Some("MyCity Civic Center, 1-30 Main Street, MyVillage, MyCity ABC 1234".into()),
        hours: vec![Hours {
            days: vec![Weekday::Thu, Weekday::Fri],
            opens: at(10, 0),
            closes: at(18, 0),
        }],
        phone: Some("+44 1234 234567 ext. 100".into()),
        web: Some("http://example.com/counselling".into()),
        lang: None,
        area: Some(Area::MentalHealth),
        directory_id: Some(EXAMPLE_ID.into()),
    }
}

#[test]
fn the_full_service_example_reads_to_its_one_service() {
    let directory = json(FULL).unwrap();
    let listing = only(&directory);
    assert_eq!(listing.service, community_counselling());
    // Its one taxonomy term is named "name" in the example.
    assert_eq!(listing.terms, ["name", "MyCity Counselling Services"]);
}

#[test]
fn the_paged_list_example_reads_to_the_same_service_as_far_as_it_links_it() {
    // service_list.json gives the service and its organization, but no
    // phones, schedules or locations.
    let directory = json(LIST).unwrap();
    let service = &only(&directory).service;
    let full = community_counselling();
    assert_eq!(
        *service,
        Service {
            place: None,
            hours: vec![],
            phone: None,
            ..full
        }
    );
}

#[test]
fn the_csv_package_reads_to_the_same_service_as_the_json() {
    let directory = tabular(PACKAGE).unwrap();
    let listing = only(&directory);
    assert_eq!(listing.service, community_counselling());
    // attributes.csv links its term to an id that is no service of the
    // package (f28dd44b-...), so the service has no term.
    assert_eq!(listing.terms, ["MyCity Counselling Services"]);
}

#[test]
fn services_csv_alone_is_a_directory_and_unknown_ids_join_nothing() {
    let directory = tabular(&PACKAGE[..1]).unwrap();
    let service = &only(&directory).service;
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(service.organization, None);
    assert_eq!(service.place, None);
    assert!(service.hours.is_empty());

    let organizations = "id,name\nsomeone-else,Other Org\n";
    let directory = tabular(&[PACKAGE[0], ("organizations.csv", organizations)]).unwrap();
    assert_eq!(only(&directory).service.organization, None);
}

#[test]
fn file_names_count_without_their_folder_and_case() {
    let (_, services) = PACKAGE[0];
    let directory = tabular(&[("Downloads/HSDS/Services.CSV", services)]).unwrap();
    assert_eq!(
        only(&directory).service.directory_id.as_deref(),
        Some(EXAMPLE_ID)
    );
}

fn centre() -> Directory {
    json(CENTRE).unwrap()
}

#[test]
fn the_centre_reads_to_its_four_services_in_their_areas() {
    let directory = centre();
    let names: Vec<&str> = directory
        .services
        .iter()
        .map(|l| l.service.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Legal Advice Clinic",
            "Nurse's Health Drop-in",
            "Housing Advice Desk",
            "Benefits and Money Advice"
        ]
    );
    let areas: Vec<Option<Area>> = directory.services.iter().map(|l| l.service.area).collect();
    assert_eq!(
        areas,
        [
            Some(Area::Legal),
            Some(Area::Health),
            Some(Area::Housing),
            Some(Area::Money)
        ]
    );
    for listing in &directory.services {
        let service = &listing.service;
        assert!(service.organization.is_some(), "{service:?}");
        assert!(service.phone.is_some(), "{service:?}");
        assert!(!service.hours.is_empty(), "{service:?}");
        assert!(
            service
                .place
                .as_deref()
                .unwrap()
                .contains("12 Harbour Street"),
            "{service:?}"
        );
    }
}

#[test]
fn the_centre_s_hours_phones_and_places() {
    let directory = centre();
    let [clinic, nurse, housing, money] = &directory.services[..] else {
        panic!("four services");
    };
    assert_eq!(
        clinic.service.hours,
        [Hours {
            days: vec![Weekday::Tue],
            opens: at(10, 0),
            closes: at(13, 0)
        }]
    );
    assert_eq!(
        clinic.service.place.as_deref(),
        Some("Harbour Street Drop-in Centre, 12 Harbour Street, Room 2, first floor, Eastport EP1 2AB")
    );
    assert_eq!(
        clinic.service.web.as_deref(),
        Some("https://example.org/harbour/legal")
    );
    assert_eq!(clinic.terms, ["Legal Services", "Free solicitor sessions"]);
    assert_eq!(
        nurse.service.hours,
        [
            Hours {
                days: vec![Weekday::Mon, Weekday::Thu],
                opens: at(9, 30),
                closes: at(12, 0)
            },
            Hours {
                days: vec![Weekday::Wed],
                opens: at(14, 0),
                closes: at(16, 0)
            }
        ]
    );
    // No url of its own: the organization's website.
    assert_eq!(
        nurse.service.web.as_deref(),
        Some("https://example.org/eastport-health")
    );
    // Only its service-at-location has a schedule.
    assert_eq!(
        housing.service.hours,
        [Hours {
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ],
            opens: at(9, 0),
            closes: at(17, 0)
        }]
    );
    assert_eq!(
        money.service.phone.as_deref(),
        Some("020 7946 0104 ext. 22")
    );
    assert_eq!(
        money.service.organization.as_deref(),
        Some("Eastport Advice Network")
    );
}

fn names<'a>(found: &[&'a Listing]) -> Vec<&'a str> {
    found.iter().map(|l| l.service.name.as_str()).collect()
}

#[test]
fn search_finds_by_every_word_in_any_case_and_by_area() {
    let directory = centre();
    assert_eq!(
        names(&directory.search("legal", None)),
        ["Legal Advice Clinic"]
    );
    assert_eq!(
        names(&directory.search("  LeGaL   ADVICE ", None)),
        ["Legal Advice Clinic"]
    );
    assert_eq!(
        names(&directory.search("", Some(Area::Health))),
        ["Nurse's Health Drop-in"]
    );
    assert_eq!(
        names(&directory.search("nurse", Some(Area::Legal))),
        Vec::<&str>::new()
    );
    assert_eq!(directory.search("", None).len(), 4);
    // The place and the organization are searched too.
    assert_eq!(directory.search("harbour street", None).len(), 4);
    assert_eq!(
        names(&directory.search("partnership", None)),
        ["Housing Advice Desk"]
    );
    // And the terms: "solicitor" is in the clinic's alternate name.
    assert_eq!(
        names(&directory.search("solicitor", None)),
        ["Legal Advice Clinic"]
    );
    assert!(directory.search("legal nurse", None).is_empty());
    assert!(directory.search("", Some(Area::Food)).is_empty());
}

#[test]
fn search_lowercases_polish_and_cyrillic() {
    let mut directory = centre();
    let money = &mut directory.services[3];
    money.service.offers = Some("Pomoc w sprawie ZASIŁKÓW i długów, po polsku.".into());
    money.terms.push("Юридическая помощь".into());
    assert_eq!(
        names(&directory.search("zasiłków DŁUGÓW", None)),
        ["Benefits and Money Advice"]
    );
    assert_eq!(
        names(&directory.search("ПОМОЩЬ", None)),
        ["Benefits and Money Advice"]
    );
    assert_eq!(
        names(&directory.search("юридическая", Some(Area::Money))),
        ["Benefits and Money Advice"]
    );
    assert!(directory
        .search("юридическая", Some(Area::Legal))
        .is_empty());
}

#[test]
fn staff_rules_change_the_areas() {
    let mut directory = centre();
    let rules = AreaRules::parse("# our own\n\nadvice = daily-living # all of it\n").unwrap();
    directory.apply_rules(&rules);
    let areas: Vec<Option<Area>> = directory.services.iter().map(|l| l.service.area).collect();
    assert_eq!(
        areas,
        [
            Some(Area::DailyLiving),
            None,
            Some(Area::DailyLiving),
            Some(Area::DailyLiving)
        ]
    );
    let read = read_json(CENTRE, &rules).unwrap();
    assert_eq!(read, directory);
}

#[test]
fn rules_read_as_staff_write_them_and_errors_name_the_line() {
    let rules = AreaRules::parse("Food Bank = food\n  # comment\n\nID=documents").unwrap();
    assert_eq!(
        rules.area_of("Eastport food bank", "", &[]),
        Some(Area::Food)
    );
    assert_eq!(
        rules.area_of("Lost your id?", "", &[]),
        Some(Area::Documents)
    );
    assert_eq!(rules.area_of("Food", "", &[]), None);
    assert_eq!(
        AreaRules::parse("").unwrap().area_of("housing", "", &[]),
        None
    );
    assert_eq!(
        AreaRules::parse("food = food\nshelter housing\n"),
        Err(RuleError::NoEquals { line: 2 })
    );
    assert_eq!(
        AreaRules::parse("\n\nfood = snacks"),
        Err(RuleError::UnknownArea {
            line: 3,
            key: "snacks".into()
        })
    );
    assert_eq!(
        AreaRules::parse("#\n = food"),
        Err(RuleError::NoWord { line: 2 })
    );
    assert_eq!(
        AreaRules::parse("food # = food"),
        Err(RuleError::NoEquals { line: 1 })
    );
}

#[test]
fn the_standard_rules_are_the_words_of_the_brief() {
    let rules = rules();
    let area = |word: &str| rules.area_of(word, "", &[]);
    for (words, expected) in [
        ("housing shelter homeless", Area::Housing),
        ("id identity document passport", Area::Documents),
        ("health clinic nurse doctor medical dental", Area::Health),
        ("counselling counseling mental therapy", Area::MentalHealth),
        ("benefit money debt financial", Area::Money),
        ("food meal pantry kitchen", Area::Food),
        ("clothing clothes", Area::Clothing),
        ("job work employment training education", Area::Work),
        ("family child parent", Area::Family),
        ("safety violence abuse", Area::Safety),
        ("legal law lawyer immigration", Area::Legal),
        ("laundry shower mail daily", Area::DailyLiving),
    ] {
        for word in words.split(' ') {
            assert_eq!(area(word), Some(expected), "{word}");
            assert_eq!(area(&word.to_uppercase()), Some(expected), "{word}");
        }
    }
    // Whole words only.
    assert_eq!(area("Idea lab"), None);
    assert_eq!(area("email us"), None);
    assert_eq!(area("lawn care"), None);
}

#[test]
fn the_standard_rules_written_out_read_back_the_same() {
    let text = rules().to_text();
    assert!(text.contains("\nhousing = housing\n"), "{text}");
    assert!(text.contains("\ncounselling = mental-health\n"), "{text}");
    assert_eq!(AreaRules::parse(&text), Ok(rules()));
}

#[test]
fn a_saved_copy_reads_back_the_same_directory() {
    let directory = centre();
    let saved = directory.to_json();
    assert!(saved.starts_with("{\"v\":1,\"services\":["), "{saved}");
    assert_eq!(Directory::from_json(&saved), Ok(directory));
    let example = tabular(PACKAGE).unwrap();
    assert_eq!(Directory::from_json(&example.to_json()), Ok(example));
    assert_eq!(
        Directory::from_json(&Directory::default().to_json()),
        Ok(Directory::default())
    );
}

#[test]
fn a_saved_copy_of_another_version_or_shape_is_refused() {
    let saved = centre().to_json();
    let newer = saved.replacen("{\"v\":1,", "{\"v\":99,", 1);
    assert_eq!(
        Directory::from_json(&newer),
        Err(DirectoryError::TooNew(99))
    );
    assert_eq!(
        Directory::from_json(r#"{"v":4294967296,"services":[]}"#),
        Err(DirectoryError::TooNew(u32::MAX))
    );
    for unversioned in [
        r#"{"services":[]}"#,
        r#"{"v":0,"services":[]}"#,
        r#"{"v":"1"}"#,
        "[]",
        "3",
    ] {
        assert_eq!(
            Directory::from_json(unversioned),
            Err(DirectoryError::NoVersion),
            "{unversioned}"
        );
    }
    assert_eq!(
        Directory::from_json(r#"{"v":1,"services":[{"terms":[]}]}"#),
        Err(DirectoryError::Damaged)
    );
    assert!(matches!(
        Directory::from_json("{\"v\":1,"),
        Err(DirectoryError::NotJson { .. })
    ));
    assert_eq!(Directory::from_json(" "), Err(DirectoryError::Empty));
    // HSDS is not a saved copy, nor the other way round.
    assert_eq!(Directory::from_json(FULL), Err(DirectoryError::NoVersion));
    assert_eq!(json(&centre().to_json()), Err(DirectoryError::NotHsds));
}

#[test]
fn a_saved_copy_is_made_to_fit_a_plan_again() {
    let mut directory = centre();
    directory.services[0].service.name = "x".repeat(MAX_TEXT_CHARS + 5);
    directory.services[0].service.hours = vec![
        Hours {
            days: vec![Weekday::Mon, Weekday::Mon],
            opens: None,
            closes: None
        };
        9
    ];
    let read = Directory::from_json(&directory.to_json()).unwrap();
    let service = &read.services[0].service;
    assert_eq!(service.name.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(service.hours.len(), 7);
    assert!(service.hours.iter().all(|h| h.days == [Weekday::Mon]));
}

#[test]
fn not_json_is_refused_with_where_it_stopped() {
    assert_eq!(
        json("services: none"),
        Err(DirectoryError::NotJson { line: 1, column: 1 })
    );
    assert!(matches!(
        json("{\"id\": \"a\",\n"),
        Err(DirectoryError::NotJson { line: 2, .. })
    ));
    assert!(matches!(json("[] []"), Err(DirectoryError::NotJson { .. })));
    let (_, csv) = PACKAGE[0];
    assert!(matches!(json(csv), Err(DirectoryError::NotJson { .. })));
}

#[test]
fn json_of_another_kind_is_not_hsds() {
    for other in [
        r#"{"resourceType":"Bundle"}"#,
        r#"{"resourceType":"Organization","id":"a","name":"Clinic"}"#,
        "[1,2]",
        "{}",
        "[{}]",
        r#"[{"id":"a"}]"#,
        r#"{"name":"no id"}"#,
        r#"{"id":"a","name":"   "}"#,
        r#""a text""#,
        "null",
        "42",
        r#"{"contents":[null,"x"]}"#,
        r#"{"id":"a","name":"x","name":"y"}"#,
    ] {
        assert_eq!(json(other), Err(DirectoryError::NotHsds), "{other}");
    }
}

#[test]
fn empty_input_is_empty() {
    for empty in ["", " \n\t", "[]", r#"{"contents":[],"total_items":0}"#] {
        assert_eq!(json(empty), Err(DirectoryError::Empty), "{empty:?}");
    }
    assert_eq!(tabular(&[("services.csv", "")]), Err(DirectoryError::Empty));
    assert_eq!(
        tabular(&[("services.csv", "\u{feff}id,name\r\n")]),
        Err(DirectoryError::Empty)
    );
    assert_eq!(
        tabular(&[("services.csv", "id,name\n,\n , \n")]),
        Err(DirectoryError::Empty)
    );
}

#[test]
fn over_large_input_is_refused_before_it_is_read() {
    let large = " ".repeat(MAX_DIRECTORY_BYTES + 1);
    let too_large = Err(DirectoryError::TooLarge {
        bytes: MAX_DIRECTORY_BYTES + 1,
    });
    assert_eq!(json(&large), too_large);
    assert_eq!(Directory::from_json(&large), too_large);
    assert_eq!(tabular(&[("services.csv", &large)]), too_large);
    // Together, the files of a package count.
    let half = " ".repeat(MAX_DIRECTORY_BYTES / 2 + 1);
    assert!(matches!(
        tabular(&[("services.csv", &half), ("phones.csv", &half)]),
        Err(DirectoryError::TooLarge { .. })
    ));
}

#[test]
fn more_services_than_a_directory_holds_are_refused() {
    let one = r#"{"id":"a","name":"b"}"#;
    let many = format!("[{}]", vec![one; MAX_SERVICES + 1].join(","));
    assert_eq!(json(&many), Err(DirectoryError::TooMany));
    let paged = format!("{{\"contents\":{many}}}");
    assert_eq!(json(&paged), Err(DirectoryError::TooMany));
    let rows: String = (0..=MAX_SERVICES)
        .map(|i| format!("{i},Service {i}\n"))
        .collect();
    assert_eq!(
        tabular(&[("services.csv", &format!("id,name\n{rows}"))]),
        Err(DirectoryError::TooMany)
    );
    // As many as it holds read.
    let enough = format!(
        "[{}]",
        (0..MAX_SERVICES)
            .map(|i| format!(r#"{{"id":"{i}","name":"S"}}"#))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert_eq!(json(&enough).unwrap().services.len(), MAX_SERVICES);
}

#[test]
fn a_package_without_services_csv_is_refused() {
    assert_eq!(tabular(&[]), Err(DirectoryError::MissingServices));
    assert_eq!(tabular(&PACKAGE[1..]), Err(DirectoryError::MissingServices));
    assert_eq!(
        tabular(&[("services.json", PACKAGE[0].1)]),
        Err(DirectoryError::MissingServices)
    );
}

#[test]
fn a_csv_without_a_column_it_needs_is_refused() {
    assert_eq!(
        tabular(&[("services.csv", "id,title\n1,Clinic\n")]),
        Err(DirectoryError::MissingColumn {
            file: "services.csv".into(),
            column: "name".into()
        })
    );
    assert_eq!(
        tabular(&[
            ("services.csv", "ID , Name\n1,Clinic\n"),
            ("phones.csv", "id,service_id\n1,1\n")
        ]),
        Err(DirectoryError::MissingColumn {
            file: "phones.csv".into(),
            column: "number".into()
        })
    );
    // A JSON file given as CSV is one column of nonsense.
    assert!(matches!(
        tabular(&[("services.csv", "{\"id\": 1}\n")]),
        Err(DirectoryError::MissingColumn { .. })
    ));
}

#[test]
fn a_csv_that_is_not_csv_is_refused_with_its_line() {
    let unterminated = "id,name,description\n1,Clinic,\"Free advice\n2,Desk,Housing\n";
    assert_eq!(
        tabular(&[("services.csv", unterminated)]),
        Err(DirectoryError::NotCsv {
            file: "services.csv".into(),
            line: 2
        })
    );
    let ragged = "id,name\n1,Clinic\n2,Desk,Housing\n";
    assert_eq!(
        tabular(&[("services.csv", ragged)]),
        Err(DirectoryError::NotCsv {
            file: "services.csv".into(),
            line: 3
        })
    );
    let (_, services) = PACKAGE[0];
    assert_eq!(
        tabular(&[
            ("services.csv", services),
            ("phones.csv", "number,service_id\n\"+44")
        ]),
        Err(DirectoryError::NotCsv {
            file: "phones.csv".into(),
            line: 2
        })
    );
}

#[test]
fn a_service_without_a_name_is_left_out_and_long_texts_are_cut() {
    let long = "ż".repeat(MAX_TEXT_CHARS + 10);
    let text = format!(
        r#"[{{"id":"a"}}, {{"id":"b","name":"Kept","description":"{long}","phones":[{{"number":5551234,"extension":7.0}}]}}, {{"id":"b","name":"Same id"}}]"#
    );
    let directory = json(&text).unwrap();
    let service = &only(&directory).service;
    assert_eq!(service.name, "Kept");
    assert_eq!(
        service.offers.as_deref().unwrap().chars().count(),
        MAX_TEXT_CHARS
    );
    assert_eq!(service.phone.as_deref(), Some("5551234 ext. 7"));

    let csv = format!("id,name,description\n1,,nameless\n2,Kept,{long}\n");
    let directory = tabular(&[("services.csv", &csv)]).unwrap();
    let service = &only(&directory).service;
    assert_eq!(service.directory_id.as_deref(), Some("2"));
    assert_eq!(
        service.offers.as_deref().unwrap().chars().count(),
        MAX_TEXT_CHARS
    );
}

#[test]
fn fields_of_the_wrong_kind_are_taken_as_absent() {
    let text = r#"{"id":7,"name":"Drop-in","organization":"org-1","phones":{"number":"1"},
        "schedules":[{"freq":"MONTHLY","byday":"1MO"},"TU",{"byday":"SA","opens_at":"ten"}],
        "service_at_locations":[{"location":[1]}],"attributes":[{"taxonomy_term":"food"}]}"#;
    let directory = json(text).unwrap();
    let listing = only(&directory);
    assert_eq!(listing.service.directory_id.as_deref(), Some("7"));
    assert_eq!(listing.service.organization, None);
    assert_eq!(listing.service.phone, None);
    assert_eq!(listing.service.place, None);
    assert_eq!(
        listing.service.hours,
        [Hours {
            days: vec![Weekday::Sat],
            opens: None,
            closes: None
        }]
    );
    assert!(listing.terms.is_empty());
}

/// Every fixture as one set of files for the tabular reader, and the JSON
/// ones.
fn json_fixtures() -> Vec<String> {
    vec![FULL.into(), LIST.into(), CENTRE.into(), centre().to_json()]
}

/// A fixture damaged: cut short, bytes changed, bytes put in, read as
/// UTF-8 with what is no longer UTF-8 replaced.
fn damage(
    text: &str,
    cut: Option<usize>,
    flips: &[(usize, u8)],
    inserts: &[(usize, Vec<u8>)],
) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for (at, byte) in flips {
        if !bytes.is_empty() {
            let at = at % bytes.len();
            bytes[at] = *byte;
        }
    }
    for (at, more) in inserts {
        let at = at % (bytes.len() + 1);
        bytes.splice(at..at, more.iter().copied());
    }
    if let Some(cut) = cut {
        bytes.truncate(cut % (bytes.len() + 1));
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Where to cut (none: whole), which bytes to change, what to put in where.
type Damage = (Option<usize>, Vec<(usize, u8)>, Vec<(usize, Vec<u8>)>);

fn damages() -> impl Strategy<Value = Damage> {
    (
        // Whole or cut short.
        prop::option::of(any::<usize>()),
        prop::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        prop::collection::vec(
            (
                any::<usize>(),
                prop_oneof![
                    prop::collection::vec(any::<u8>(), 1..4),
                    prop::sample::select(vec![
                        b"\"".to_vec(),
                        b",".to_vec(),
                        b"\n".to_vec(),
                        b"{".to_vec(),
                        b"[".to_vec(),
                        b"}".to_vec(),
                        b"\"\"".to_vec(),
                    ]),
                ],
            ),
            0..4,
        ),
    )
}

proptest! {
    #[test]
    fn damaged_json_never_panics(
        which in 0usize..4,
        (cut, flips, inserts) in damages(),
    ) {
        let text = damage(&json_fixtures()[which], cut, &flips, &inserts);
        let _ = json(&text);
        let _ = Directory::from_json(&text);
    }

    #[test]
    fn a_damaged_csv_package_never_panics(
        which in 0..PACKAGE.len(),
        (cut, flips, inserts) in damages(),
    ) {
        let damaged = damage(PACKAGE[which].1, cut, &flips, &inserts);
        let mut files: Vec<(&str, &str)> = PACKAGE.to_vec();
        files[which].1 = &damaged;
        let _ = tabular(&files);
    }

    #[test]
    fn whatever_is_read_fits_a_plan(
        which in 0usize..3,
        (cut, flips, inserts) in damages(),
    ) {
        let text = damage(&json_fixtures()[which], cut, &flips, &inserts);
        if let Ok(directory) = json(&text) {
            for listing in &directory.services {
                let s = &listing.service;
                prop_assert!(!s.name.is_empty());
                prop_assert!(s.hours.len() <= 7);
                for text in [Some(&s.name), s.offers.as_ref(), s.place.as_ref(), s.phone.as_ref()].into_iter().flatten() {
                    prop_assert!(text.chars().count() <= MAX_TEXT_CHARS);
                }
            }
        }
    }

    #[test]
    fn rules_of_any_text_never_panic(text in "(?s).{0,200}") {
        let _ = AreaRules::parse(&text);
    }

    #[test]
    fn rules_of_rule_like_text_never_panic(
        lines in prop::collection::vec("[a-zA-Zżół #=-]{0,12}( ?= ?)?[a-z-]{0,14}", 0..8),
    ) {
        if let Ok(rules) = AreaRules::parse(&lines.join("\n")) {
            prop_assert_eq!(AreaRules::parse(&rules.to_text()), Ok(rules));
        }
    }
}

mod picked_files {
    use super::*;
    use waymark::directory::read_picked;

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!("tests/fixtures/hsds/{name}")).unwrap()
    }

    #[test]
    fn one_json_file_or_the_csv_files_of_a_package_read() {
        let rules = AreaRules::standard();
        let json = read_picked(&[("centre.json".into(), fixture("centre.json"))], &rules).unwrap();
        assert_eq!(json.services.len(), 4);
        let csv = std::fs::read_dir("tests/fixtures/hsds")
            .unwrap()
            .filter_map(|e| e.ok())
            .find(|e| e.path().join("services.csv").exists())
            .map(|dir| {
                std::fs::read_dir(dir.path())
                    .unwrap()
                    .filter_map(|e| e.ok())
                    .map(|f| {
                        let name = f.file_name().to_string_lossy().into_owned();
                        (name, std::fs::read_to_string(f.path()).unwrap())
                    })
                    .collect::<Vec<_>>()
            })
            .expect("a CSV package among the fixtures");
        assert!(!read_picked(&csv, &rules).unwrap().services.is_empty());
    }

    #[test]
    fn every_refusal_has_a_message_for_staff() {
        let rules = AreaRules::standard();
        let cases: [(&[(&str, &str)], &str); 5] = [
            (&[], "directory-empty"),
            (&[("plan.json", "{\"schema\":3}")], "directory-not-hsds"),
            (&[("notes.txt", "hello")], "directory-not-json"),
            (
                &[("orgs.csv", "id,name\n1,A\n")],
                "directory-no-services-csv",
            ),
            (
                &[("services.csv", "id,title\n1,A\n")],
                "directory-missing-column",
            ),
        ];
        for (files, id) in cases {
            let files: Vec<(String, String)> = files
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect();
            let error = read_picked(&files, &rules).unwrap_err();
            assert_eq!(error.message().0, id, "{error:?}");
        }
        let (id, args) = DirectoryError::NotCsv {
            file: "phones.csv".into(),
            line: 7,
        }
        .message();
        assert_eq!(id, "directory-not-csv");
        assert_eq!(
            args,
            [("file", "phones.csv".to_owned()), ("line", "7".to_owned())]
        );
    }
}

#[test]
fn the_directorys_language_marks_every_service() {
    let text = std::fs::read_to_string("tests/fixtures/hsds/centre.json").unwrap();
    let mut directory = read_json(&text, &AreaRules::standard()).unwrap();
    assert!(directory.services.iter().all(|l| l.service.lang.is_none()));
    directory.set_language("pl");
    assert!(directory
        .services
        .iter()
        .all(|l| l.service.lang.as_deref() == Some("pl")));
    let kept = Directory::from_json(&directory.to_json()).unwrap();
    assert_eq!(kept, directory, "the language is kept with the directory");
}

#[test]
fn every_broken_rule_has_a_message_for_staff() {
    let cases = [
        ("legal", "rules-no-equals"),
        (" = legal", "rules-no-word"),
        ("clinic = nowhere", "rules-unknown-area"),
    ];
    for (text, id) in cases {
        let error = AreaRules::parse(text).unwrap_err();
        assert_eq!(error.message().0, id, "{text:?}");
    }
    let (_, args) = AreaRules::parse("a = b").unwrap_err().message();
    assert_eq!(args, [("line", "1".to_owned()), ("key", "b".to_owned())]);
    assert_eq!(RuleError::TooLarge.message().0, "rules-too-large");
}
