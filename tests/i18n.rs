//! Translations: every file parses, every language has exactly the English
//! message ids, every message formats, and plurals are right.

use std::collections::BTreeSet;

use fluent_bundle::FluentValue;
use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use waymark::i18n::{negotiate, Direction, Lang, Localizer};
use waymark::model::{Area, SUGGESTIONS};

fn message_ids(lang: Lang) -> BTreeSet<String> {
    let resource = parser::parse(lang.source()).unwrap_or_else(|(_, errors)| {
        panic!(
            "locales/{}/main.ftl does not parse: {errors:?}",
            lang.code()
        )
    });
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_parses_and_has_exactly_the_english_ids() {
    let english = message_ids(Lang::En);
    for lang in Lang::ALL {
        let ids = message_ids(lang);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    for lang in Lang::ALL {
        let localizer = Localizer::new(lang);
        for id in message_ids(lang) {
            for count in [0, 1, 2, 3, 5, 11, 22, 100] {
                let args = [
                    ("count", FluentValue::from(count)),
                    ("number", FluentValue::from(count)),
                    ("done", FluentValue::from(1)),
                    ("date", FluentValue::from("23 November 2026")),
                    ("rank", FluentValue::from(1)),
                    ("language", FluentValue::from("Polski")),
                    ("lang", FluentValue::from("pl")),
                ];
                let text = localizer.format(&id, &args);
                assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.code());
                assert_ne!(text, id, "{}: {id} did not format", lang.code());
                assert!(
                    !text.contains('{'),
                    "{}: {id} left a placeable: {text}",
                    lang.code()
                );
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{}: {id} carries isolation marks",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_life_area_and_idea_has_words_in_every_locale() {
    for lang in Lang::ALL {
        let localizer = Localizer::new(lang);
        for area in Area::ALL {
            assert!(
                localizer.has(area.message_id()),
                "{}: {:?}",
                lang.code(),
                area
            );
        }
        for chip in SUGGESTIONS {
            assert!(
                localizer.has(&chip.message_id()),
                "{}: {}",
                lang.code(),
                chip.key
            );
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    let english = Localizer::new(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let localizer = Localizer::new(lang);
        let same: Vec<_> = message_ids(lang)
            .into_iter()
            .filter(|id| id != "app-name" && localizer.text(id) == english.text(id))
            .collect();
        assert!(same.is_empty(), "{}: still English: {same:?}", lang.code());
    }
}

fn counts(lang: Lang, id: &str) -> Vec<String> {
    let localizer = Localizer::new(lang);
    [1, 2, 5, 22]
        .iter()
        .map(|n| localizer.count(id, *n))
        .collect()
}

#[test]
fn polish_plurals_use_one_few_and_many() {
    assert_eq!(
        counts(Lang::Pl, "count-strengths"),
        [
            "1 mocna strona",
            "2 mocne strony",
            "5 mocnych stron",
            "22 mocne strony"
        ]
    );
    assert_eq!(
        counts(Lang::Pl, "count-threats"),
        [
            "1 zmartwienie",
            "2 zmartwienia",
            "5 zmartwień",
            "22 zmartwienia"
        ]
    );
}

#[test]
fn ukrainian_plurals_use_one_few_and_many() {
    assert_eq!(
        counts(Lang::Uk, "count-strengths"),
        [
            "1 сильна сторона",
            "2 сильні сторони",
            "5 сильних сторін",
            "22 сильні сторони"
        ]
    );
    assert_eq!(
        counts(Lang::Uk, "count-threats"),
        ["1 тривога", "2 тривоги", "5 тривог", "22 тривоги"]
    );
}

#[test]
fn english_plural_is_one_or_other() {
    assert_eq!(
        counts(Lang::En, "count-strengths"),
        ["1 strength", "2 strengths", "5 strengths", "22 strengths"]
    );
}

#[test]
fn the_first_shipped_language_the_browser_prefers_wins() {
    assert_eq!(negotiate(&["pl-PL", "en-US"]), Lang::Pl);
    assert_eq!(negotiate(&["de-DE", "uk", "en"]), Lang::Uk);
    assert_eq!(negotiate(&["ar-EG"]), Lang::Ar);
    assert_eq!(negotiate(&["ES_mx"]), Lang::Es);
    assert_eq!(negotiate(&["de", "fr"]), Lang::Fr);
    assert_eq!(
        negotiate(&["de", "it"]),
        Lang::En,
        "English when nothing matches"
    );
    assert_eq!(negotiate(&["prs-AF"]), Lang::Fa, "Dari readers get Persian");
    assert_eq!(negotiate::<&str>(&[]), Lang::En);
    assert_eq!(negotiate(&[""]), Lang::En);
}

#[test]
fn persian_writes_numbers_with_persian_digits() {
    let persian = Localizer::new(Lang::Fa);
    let five = persian.count("count-strengths", 5);
    assert!(five.contains('۵') && !five.contains('5'), "{five}");
    assert!(persian.count("count-strengths", 22).contains("۲۲"));
    assert!(
        Localizer::new(Lang::Ar)
            .count("count-strengths", 5)
            .contains('5'),
        "Arabic screens here use 0-9"
    );
}

#[test]
fn russian_and_french_plurals_follow_their_rules() {
    assert_eq!(
        counts(Lang::Ru, "count-strengths"),
        [
            "1 сильная сторона",
            "2 сильные стороны",
            "5 сильных сторон",
            "22 сильные стороны"
        ]
    );
    let french = Localizer::new(Lang::Fr);
    assert_ne!(french.count("goal-count", 1), french.count("goal-count", 2));
}

#[test]
fn arabic_runs_right_to_left_and_names_itself() {
    assert_eq!(Lang::Ar.direction(), Direction::Rtl);
    assert_eq!(Lang::Fa.direction(), Direction::Rtl);
    assert_eq!(Lang::Pl.direction(), Direction::Ltr);
    assert_eq!(Lang::Ar.native_name(), "العربية");
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
    }
}
