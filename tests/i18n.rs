//! Translations: every file parses, every language has exactly the English
//! message ids, every message formats, and plurals are right.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use waymark::i18n::{
    negotiate, plural_category, Arg, Direction, Lang, Localizer, MessageFile, Messages,
    CASE_MANAGER_FILES, MESSAGE_FILES,
};
use waymark::model::{Area, SUGGESTIONS};

/// A message file of `lang` as translators write it.
fn ftl(lang: Lang, file: MessageFile) -> String {
    let path = format!("locales/{}/{}.ftl", lang.code(), file.name);
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&path);
    std::fs::read_to_string(full).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The ids in one message file of `lang`.
fn file_ids(lang: Lang, file: MessageFile) -> BTreeSet<String> {
    let source = ftl(lang, file);
    let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!(
            "locales/{}/{}.ftl does not parse: {errors:?}",
            lang.code(),
            file.name
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

/// Every id of `lang`, in all its files.
fn message_ids(lang: Lang) -> BTreeSet<String> {
    MESSAGE_FILES
        .iter()
        .flat_map(|file| file_ids(lang, *file))
        .collect()
}

/// Every message of `lang`, as the case manager's page has them.
fn all_messages(lang: Lang) -> Localizer {
    Localizer::with_files(lang, CASE_MANAGER_FILES)
}

#[test]
fn every_locale_parses_and_has_exactly_the_english_ids() {
    for file in MESSAGE_FILES {
        let english = file_ids(Lang::En, file);
        for lang in Lang::ALL {
            let ids = file_ids(lang, file);
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{}/{}.ftl: missing {missing:?}, extra {extra:?}",
                lang.code(),
                file.name
            );
        }
    }
}

#[test]
fn no_message_is_in_two_files() {
    let [main, other] = MESSAGE_FILES;
    let twice: Vec<_> = file_ids(Lang::En, main)
        .intersection(&file_ids(Lang::En, other))
        .cloned()
        .collect();
    assert!(twice.is_empty(), "in both files: {twice:?}");
}

#[test]
fn the_client_app_leaves_out_the_case_managers_messages() {
    let client = Localizer::new(Lang::Pl);
    let case_manager = all_messages(Lang::Pl);
    assert!(client.has("start") && case_manager.has("start"));
    assert!(!client.has("import-title"));
    assert_eq!(
        case_manager.text("import-title"),
        "Otwórz udostępniony plan"
    );
    // A language switch keeps the same files.
    assert!(case_manager.in_lang(Lang::Ar).has("import-title"));
    assert!(!client.in_lang(Lang::Ar).has("import-title"));
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    for lang in Lang::ALL {
        let localizer = all_messages(lang);
        for id in message_ids(lang) {
            for count in [0, 1, 2, 3, 5, 11, 22, 100] {
                let text = localizer.format(&id, &sample_args(count));
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

/// Every argument any message takes, with `count` as the number to vary.
fn sample_args(count: usize) -> [(&'static str, Arg); 7] {
    [
        ("count", Arg::from(count)),
        ("number", Arg::from(count)),
        ("done", Arg::from(1usize)),
        ("date", Arg::from("23 November 2026")),
        ("rank", Arg::from(1usize)),
        ("language", Arg::from("Polski")),
        ("lang", Arg::from("pl")),
    ]
}

/// The same message formatted by fluent-bundle, the reference implementation,
/// set up as the app set it up before it had its own formatter.
fn reference_format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &[(&str, Arg)],
) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.clone())),
        }
    }
    let pattern = bundle.get_message(id).and_then(|m| m.value()).expect(id);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    assert!(errors.is_empty(), "{id}: {errors:?}");
    text.into_owned()
}

fn reference_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.code().parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    if lang.native_digits() {
        bundle.set_formatter(Some(|value, _| match value {
            FluentValue::Number(n) => Some(waymark::i18n::to_native_digits(&n.as_string())),
            _ => None,
        }));
    }
    for file in MESSAGE_FILES {
        let resource = FluentResource::try_new(ftl(lang, file)).expect("parses");
        bundle.add_resource(resource).expect("no clashing ids");
    }
    bundle
}

#[test]
fn every_locale_uses_only_the_fluent_syntax_the_app_formats() {
    for lang in Lang::ALL {
        for file in MESSAGE_FILES {
            let source = ftl(lang, file);
            let (_, errors) = Messages::parse(&source);
            assert!(
                errors.is_empty(),
                "locales/{}/{}.ftl: {errors:?}",
                lang.code(),
                file.name
            );
        }
    }
}

#[test]
fn every_message_reads_exactly_as_fluent_bundle_writes_it() {
    for lang in Lang::ALL {
        let ours = all_messages(lang);
        let reference = reference_bundle(lang);
        for id in message_ids(lang) {
            // 101-199 are left out: see arabic_hundreds_follow_cldr_not_the_old_crate.
            for count in (0..=100).chain([1000, 1_000_000, 2_000_000]) {
                let args = sample_args(count);
                assert_eq!(
                    ours.format(&id, &args),
                    reference_format(&reference, &id, &args),
                    "{}: {id} with count {count}",
                    lang.code()
                );
            }
        }
    }
}

/// intl_pluralrules 7 carries CLDR 37 data, with two differences from
/// current CLDR that the app follows: Spanish and French call whole millions
/// "many" (CLDR 38), and Arabic's rules look at the last two digits (the
/// crate's generated code drops the `% 100`). Both are tested below.
fn old_crate_agrees(lang: Lang, n: u64) -> bool {
    let million = n != 0 && n.is_multiple_of(1_000_000);
    !(matches!(lang, Lang::Es | Lang::Fr) && million || lang == Lang::Ar && n >= 100)
}

#[test]
fn plural_categories_match_the_cldr_data() {
    for lang in Lang::ALL {
        let rules = PluralRules::create(
            lang.code()
                .parse::<unic_langid::LanguageIdentifier>()
                .expect("a language tag"),
            PluralRuleType::CARDINAL,
        )
        .expect("CLDR has the language");
        for n in (0..=1200u64).chain([1_000_000, 2_000_000, 1_000_001]) {
            if !old_crate_agrees(lang, n) {
                continue;
            }
            let expected = match rules.select(n).expect("a category") {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(plural_category(lang, n), expected, "{} {n}", lang.code());
        }
    }
}

#[test]
fn arabic_hundreds_follow_cldr_not_the_old_crate() {
    let arabic = |n| plural_category(Lang::Ar, n);
    assert_eq!(
        [arabic(100), arabic(102), arabic(103), arabic(110)],
        ["other", "other", "few", "few"]
    );
    assert_eq!(
        [arabic(111), arabic(199), arabic(1003)],
        ["many", "many", "few"]
    );
    assert_eq!(
        Localizer::new(Lang::Ar).count("count-opportunities", 103),
        "103 أشياء قد تساعدك",
        "103 things takes the plural of 3 to 10"
    );
    assert_eq!(plural_category(Lang::Es, 1_000_000), "many");
    assert_eq!(plural_category(Lang::Fr, 2_000_000), "many");
    assert_eq!(plural_category(Lang::Fr, 0), "one");
}

#[test]
fn syntax_the_app_cannot_format_is_reported_with_its_line() {
    let source = "ok = Fine { $name }\n\
                  # a comment\n\
                  term = { -brand } here\n\
                  no-default = { $count ->\n    [one] one\n}\n\
                  after = Still read\n\
                  empty =\n\
                  blank-variant = { $n ->\n   *[other]\n}\n\
                  last = { $n ->\n    [1] one\n   *[other] other\n}\n";
    let (messages, errors) = Messages::parse(source);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 6, 8, 10]);
    assert!(messages.has("ok") && messages.has("after") && messages.has("last"));
    assert!(!messages.has("term") && !messages.has("no-default") && !messages.has("empty"));
    let last = |arg: Arg| messages.format(Lang::En, "last", &[("n", arg)]);
    assert_eq!(last(Arg::from(1usize)).as_deref(), Some("one"));
    assert_eq!(
        last(Arg::from("1")).as_deref(),
        Some("other"),
        "a word never matches a number key"
    );
    assert_eq!(
        messages.format(Lang::En, "ok", &[]).as_deref(),
        Some("Fine {$name}"),
        "a missing argument shows its name, as in Fluent"
    );
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
    let english = all_messages(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let localizer = all_messages(lang);
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
