//! Translations: every file parses with Fluent's own parser, every language
//! has exactly the English message ids, every message formats in the app's
//! bundles (fluent-bundle, through the `fluent` crate), and plurals are right.

use std::collections::BTreeSet;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Resource};
use fluent_syntax::parser;
use waymark::i18n::{
    embedded_source, negotiate, to_native_digits, Arg, Direction, Lang, Localizer, MessageFile,
    CASE_MANAGER_FILES, CLIENT_FILES, MAIN, MESSAGE_FILES,
};
use waymark::model::{Area, SUGGESTIONS};

/// The translators' test file: Fluent syntax the shipped files do not use yet.
const TRANSLATOR_FTL: &str = include_str!("fixtures/translator.ftl");

/// A message file of `lang` as translators write it, read from disk.
fn ftl(lang: Lang, file: MessageFile) -> String {
    let path = file.path(lang);
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&path);
    std::fs::read_to_string(full).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `source` read by Fluent's own parser, which must find no errors.
fn parse<'s>(source: &'s str, name: &str) -> Resource<&'s str> {
    parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"))
}

/// One message of a file: its id, whether it has a value, and its
/// attributes' names.
struct MessageShape {
    id: String,
    has_value: bool,
    attributes: Vec<String>,
}

fn shapes(resource: &Resource<&str>) -> Vec<MessageShape> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(MessageShape {
                id: m.id.name.to_owned(),
                has_value: m.value.is_some(),
                attributes: m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            }),
            _ => None,
        })
        .collect()
}

/// The ids (messages, and terms as `-name`) in one message file of `lang`.
fn file_ids(lang: Lang, file: MessageFile) -> BTreeSet<String> {
    let source = ftl(lang, file);
    parse(&source, &file.path(lang))
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// Every message of `lang`, in all its files.
fn message_shapes(lang: Lang) -> Vec<MessageShape> {
    MESSAGE_FILES
        .iter()
        .flat_map(|file| {
            let source = ftl(lang, *file);
            shapes(&parse(&source, &file.path(lang)))
        })
        .collect()
}

/// The ids of every message of `lang` that has a value.
fn message_ids(lang: Lang) -> Vec<String> {
    message_shapes(lang)
        .into_iter()
        .filter(|m| m.has_value)
        .map(|m| m.id)
        .collect()
}

/// Every message of `lang`, as the case manager's page has them.
fn all_messages(lang: Lang) -> Localizer {
    Localizer::embedded(lang, CASE_MANAGER_FILES)
}

/// The client's app's messages of `lang`.
fn client_messages(lang: Lang) -> Localizer {
    Localizer::embedded(lang, CLIENT_FILES)
}

/// The counts every message is formatted with.
fn sample_counts() -> impl Iterator<Item = usize> {
    (0..=100).chain([1000, 1_000_000])
}

/// Every argument any message takes, with `count` as the number to vary.
fn sample_args(count: usize) -> [(&'static str, Arg); 18] {
    [
        ("count", Arg::from(count)),
        ("number", Arg::from(count)),
        ("done", Arg::from(1usize)),
        ("date", Arg::from("23 November 2026")),
        ("rank", Arg::from(1usize)),
        ("language", Arg::from("Polski")),
        ("lang", Arg::from("pl")),
        ("total", Arg::from(count)),
        ("alias", Arg::from("Kasia")),
        ("time", Arg::from("9:00")),
        ("name", Arg::from("Sam Carter")),
        ("goal", Arg::from("Find a room")),
        ("phone", Arg::from("+44 20 7946 0123")),
        ("file", Arg::from("services.csv")),
        ("line", Arg::from("12")),
        ("column", Arg::from("name")),
        ("key", Arg::from("legal")),
        ("agency", Arg::from("Miriam's Kitchen case management")),
    ]
}

/// The plural category Fluent itself gives `n` in `lang`: a bundle of our
/// own (not the app's) with one message selecting on every category.
fn fluent_category(lang: Lang, n: u64) -> String {
    let mut bundle: FluentBundle<FluentResource> =
        FluentBundle::new(vec![lang.code().parse().expect("a language tag")]);
    let probe = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    \
                 [few] few\n    [many] many\n   *[other] other\n}\n";
    bundle
        .add_resource(FluentResource::try_new(probe.to_owned()).expect("parses"))
        .expect("adds");
    let pattern = bundle
        .get_message("category")
        .and_then(|m| m.value())
        .expect("a value");
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    let mut errors = Vec::new();
    let category = bundle.format_pattern(pattern, Some(&args), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    category.into_owned()
}

#[test]
fn every_locale_parses_and_has_exactly_the_english_ids() {
    for file in MESSAGE_FILES {
        let english = file_ids(Lang::En, file);
        assert!(!english.is_empty(), "{} is empty", file.path(Lang::En));
        for lang in Lang::ALL {
            let ids = file_ids(lang, file);
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                file.path(lang)
            );
        }
    }
}

#[test]
fn every_locale_loads_into_the_apps_bundle_without_problems() {
    for lang in Lang::ALL {
        for file in MESSAGE_FILES {
            assert_eq!(
                embedded_source(lang, file),
                ftl(lang, file),
                "{}: the built-in text is the file's",
                file.path(lang)
            );
        }
        let sources = MESSAGE_FILES.map(|file| ftl(lang, file));
        let (localizer, problems) = Localizer::from_sources(lang, sources);
        assert!(problems.is_empty(), "{}: {problems:?}", lang.code());
        assert_eq!(localizer.lang(), lang);
    }
}

#[test]
fn no_message_is_in_two_files() {
    let [main, other] = MESSAGE_FILES;
    for lang in Lang::ALL {
        let twice: Vec<_> = file_ids(lang, main)
            .intersection(&file_ids(lang, other))
            .cloned()
            .collect();
        assert!(
            twice.is_empty(),
            "{}: in both files: {twice:?}",
            lang.code()
        );
    }
}

#[test]
fn the_client_app_leaves_out_the_case_managers_messages() {
    assert_eq!(MAIN.path(Lang::Pl), "locales/pl/main.ftl");
    let client = client_messages(Lang::Pl);
    let case_manager = all_messages(Lang::Pl);
    assert!(client.has("start") && case_manager.has("start"));
    assert!(!client.has("import-title"));
    assert_eq!(
        case_manager.text("import-title"),
        "Otwórz udostępniony plan"
    );
    // Every language has the same split.
    for lang in Lang::ALL {
        assert!(all_messages(lang).has("import-title"), "{}", lang.code());
        assert!(
            !client_messages(lang).has("import-title"),
            "{}",
            lang.code()
        );
        assert!(client_messages(lang).has("start"), "{}", lang.code());
    }
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    for lang in Lang::ALL {
        let localizer = all_messages(lang);
        for message in message_shapes(lang) {
            let id = &message.id;
            for name in &message.attributes {
                assert!(
                    localizer.attribute(id, name).is_some(),
                    "{}: {id}.{name} does not format",
                    lang.code()
                );
            }
            if !message.has_value {
                continue;
            }
            for count in sample_counts() {
                let Some(text) = localizer.try_format(id, &sample_args(count)) else {
                    panic!("{}: {id} with count {count} does not format", lang.code());
                };
                assert!(
                    !text.trim().is_empty(),
                    "{}: {id} with count {count} is empty",
                    lang.code()
                );
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
fn no_message_carries_isolation_marks_around_text() {
    // Fluent's default would put them there: the test can see them.
    let mut isolating: FluentBundle<FluentResource> =
        FluentBundle::new(vec!["en".parse().expect("a language tag")]);
    isolating
        .add_resource(FluentResource::try_new("m = Hi { $name }".to_owned()).expect("parses"))
        .expect("adds");
    let pattern = isolating
        .get_message("m")
        .and_then(|m| m.value())
        .expect("m");
    let mut args = FluentArgs::new();
    args.set("name", "Ana");
    let mut errors = Vec::new();
    let marked = isolating.format_pattern(pattern, Some(&args), &mut errors);
    assert_eq!(marked, "Hi \u{2068}Ana\u{2069}");

    let word = "Zoë";
    for lang in Lang::ALL {
        let localizer = all_messages(lang);
        for id in message_ids(lang) {
            // Text where the messages expect it, then text for every argument.
            let sample = sample_args(3);
            let every_arg_text = sample.clone().map(|(name, _)| (name, Arg::from(word)));
            for args in [&sample, &every_arg_text] {
                let text = localizer.format(&id, args);
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{}: {id} carries isolation marks: {text:?}",
                    lang.code()
                );
            }
        }
        let (localizer, problems) = Localizer::from_sources(
            lang,
            [
                embedded_source(lang, MAIN).to_owned(),
                TRANSLATOR_FTL.to_owned(),
            ],
        );
        assert!(problems.is_empty(), "{problems:?}");
        let shared = localizer.format("translator-shared-by", &[("name", Arg::from(word))]);
        assert_eq!(shared, "Zoë shared this plan from Waymark.");
    }
}

#[test]
fn the_translator_fixture_formats_in_every_language() {
    let fixture = parse(TRANSLATOR_FTL, "tests/fixtures/translator.ftl");
    let fixture_messages = shapes(&fixture);
    assert!(fixture
        .body
        .iter()
        .any(|e| matches!(e, Entry::Term(t) if t.id.name == "brand-name")));
    let name = || ("name", Arg::from("Ana"));
    for lang in Lang::ALL {
        let code = lang.code();
        let (localizer, problems) = Localizer::from_sources(
            lang,
            [
                embedded_source(lang, MAIN).to_owned(),
                TRANSLATOR_FTL.to_owned(),
            ],
        );
        assert!(problems.is_empty(), "{code}: {problems:?}");
        // The app's own messages are still there beside the fixture's.
        assert!(localizer.has("start"), "{code}");

        for message in &fixture_messages {
            let id = &message.id;
            assert!(localizer.has(id), "{code}: {id}");
            for attribute in &message.attributes {
                assert!(
                    localizer.attribute(id, attribute).is_some(),
                    "{code}: {id}.{attribute}"
                );
            }
            for count in sample_counts() {
                let args = [("count", Arg::from(count)), name()];
                let text = localizer.try_format(id, &args);
                if !message.has_value {
                    assert_eq!(text, None, "{code}: {id} has only attributes");
                    continue;
                }
                let Some(text) = text else {
                    panic!("{code}: {id} with count {count} does not format");
                };
                assert!(!text.trim().is_empty(), "{code}: {id} {count}");
                assert!(!text.contains('{'), "{code}: {id} {count}: {text}");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{code}: {id} carries isolation marks"
                );
            }
        }

        let with = |id: &str, count: usize| {
            localizer
                .try_format(id, &[("count", Arg::from(count)), name()])
                .unwrap_or_else(|| panic!("{code}: {id} {count}"))
                .into_owned()
        };
        let n = |count: u64| localizer.number(count);

        // Multi-line text: the lines joined with a line break, the common
        // indent gone; the term resolved.
        assert_eq!(
            with("translator-welcome", 0),
            "Welcome to Waymark.\n\
             Think about what is going well and what is hard.\n\
             You can skip anything."
        );
        assert_eq!(
            with("translator-shared-by", 2),
            "Ana shared this plan from Waymark."
        );

        // A value and an attribute; an attribute alone.
        assert_eq!(with("translator-save-button", 0), "Save");
        assert_eq!(
            localizer
                .attribute("translator-save-button", "label")
                .as_deref(),
            Some("Save your answers on this device")
        );
        assert_eq!(
            localizer
                .attribute("translator-search", "placeholder")
                .as_deref(),
            Some("Type a word to find")
        );
        assert_eq!(localizer.attribute("translator-search", "missing"), None);

        // The plural category of the language picks the variant.
        for count in [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1000] {
            let worries = with("translator-worries", count);
            let expected = if fluent_category(lang, count as u64) == "one" {
                format!("You wrote {} worry.", n(count as u64))
            } else {
                format!("You wrote {} worries.", n(count as u64))
            };
            assert_eq!(worries, expected, "{code}: {count}");
        }

        // An exact number wins over the plural category.
        assert_eq!(with("translator-goals", 0), "You have no goals yet.");
        assert_eq!(
            with("translator-steps-left", 0),
            "No steps left. Well done, Ana!"
        );
        for count in [1, 2, 5, 21] {
            let one = fluent_category(lang, count as u64) == "one";
            let goals = with("translator-goals", count);
            let steps_left = with("translator-steps-left", count);
            if one {
                assert_eq!(goals, "You have one goal.", "{code}: {count}");
                assert_eq!(
                    steps_left,
                    format!("{} step left in Waymark.", n(count as u64)),
                    "{code}: {count}"
                );
            } else {
                assert_eq!(
                    goals,
                    format!("You have {} goals.", n(count as u64)),
                    "{code}: {count}"
                );
                assert_eq!(
                    steps_left,
                    format!("{} steps left in Waymark.", n(count as u64)),
                    "{code}: {count}"
                );
            }
        }

        // NUMBER() writes the count, in Persian digits in Persian.
        for count in [0, 7, 42, 1000] {
            assert_eq!(
                with("translator-steps", count),
                format!("{} steps in your plan", n(count as u64)),
                "{code}"
            );
        }
        if lang == Lang::Fa {
            assert_eq!(with("translator-steps", 42), "۴۲ steps in your plan");
            assert_eq!(with("translator-steps-left", 5), "۵ steps left in Waymark.");
        }
    }

    // In English, one and other.
    let (english, _) = Localizer::from_sources(
        Lang::En,
        [
            embedded_source(Lang::En, MAIN).to_owned(),
            TRANSLATOR_FTL.to_owned(),
        ],
    );
    let worries = |count: usize| english.count("translator-worries", count);
    assert_eq!(worries(1), "You wrote 1 worry.");
    assert_eq!(worries(5), "You wrote 5 worries.");
    assert_eq!(english.count("translator-goals", 1), "You have one goal.");
    assert_eq!(english.count("translator-goals", 5), "You have 5 goals.");
    assert_eq!(english.count("translator-steps", 5), "5 steps in your plan");
}

#[test]
fn a_file_with_a_syntax_error_is_reported_and_the_rest_still_formats() {
    let source = "before = Fine, { $name }\n\
                  # a comment\n\
                  no-default = { $count ->\n    [one] one\n}\n\
                  after = { $count ->\n    [1] one\n   *[other] other\n}\n\
                  last = Still read\n";
    let (localizer, problems) = Localizer::from_sources(Lang::En, [source.to_owned()]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("En: "), "{problems:?}");
    assert!(!localizer.has("no-default"));
    assert!(localizer.has("before") && localizer.has("after") && localizer.has("last"));
    assert_eq!(
        localizer
            .try_format("before", &[("name", Arg::from("Ana"))])
            .as_deref(),
        Some("Fine, Ana")
    );
    let after = |arg: Arg| localizer.format("after", &[("count", arg)]);
    assert_eq!(after(Arg::from(1usize)), "one");
    assert_eq!(after(Arg::from(2usize)), "other");
    assert_eq!(
        after(Arg::from("1")),
        "other",
        "a word never matches a number key"
    );
    assert_eq!(localizer.text("last"), "Still read");
    // A missing argument is an error: try_format says so, format shows the id.
    assert_eq!(localizer.try_format("before", &[]), None);
    assert_eq!(localizer.format("before", &[]), "before");
    assert_eq!(localizer.text("no-default"), "no-default");

    // The error is in the same place for Fluent's own parser.
    let (_, errors) = parser::parse(source).expect_err("a syntax error");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let line = source[..errors[0].pos.start].matches('\n').count() + 1;
    assert!((3..=5).contains(&line), "line {line}: {errors:?}");
}

#[test]
fn arabic_hundreds_take_the_category_fluent_gives() {
    // Plural categories come from Fluent itself (intl_pluralrules' CLDR
    // data): what it gives is what the app shows.
    let arabic = Localizer::embedded(Lang::Ar, CLIENT_FILES);
    let category = |n| fluent_category(Lang::Ar, n);
    assert_eq!(
        [category(3), category(10), category(11), category(99)],
        ["few", "few", "many", "many"]
    );
    assert_eq!(
        [category(100), category(102), category(103), category(111)],
        ["other", "other", "other", "other"]
    );
    assert_eq!(
        arabic.count("count-opportunities", 103),
        "103 شيء قد يساعدك",
        "103 takes Fluent's category, other"
    );
    assert_eq!(
        arabic.count("count-opportunities", 111),
        "111 شيء قد يساعدك",
        "111 takes Fluent's category, other"
    );
    assert_eq!(arabic.count("count-opportunities", 3), "3 أشياء قد تساعدك");
    assert_eq!(arabic.count("count-opportunities", 11), "11 شيئًا قد يساعدك");
}

#[test]
fn every_life_area_and_idea_has_words_in_every_locale() {
    for lang in Lang::ALL {
        let localizer = client_messages(lang);
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
            .filter(|id| {
                // With arguments: a message that takes some does not format
                // without them (and both would show the id).
                let args = sample_args(3);
                let text = localizer.format(id, &args);
                assert_ne!(&text, id, "{}: {id} did not format", lang.code());
                id != "app-name" && text == english.format(id, &args)
            })
            .collect();
        assert!(same.is_empty(), "{}: still English: {same:?}", lang.code());
    }
}

fn counts(lang: Lang, id: &str) -> Vec<String> {
    let localizer = client_messages(lang);
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
        [
            "1 переживання",
            "2 переживання",
            "5 переживань",
            "22 переживання"
        ]
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
fn goal_steps_done_reads_right_and_formats_for_every_count() {
    let english = client_messages(Lang::En);
    let steps = |done: usize, count: usize| {
        english.format(
            "goal-steps-done",
            &[("done", Arg::from(done)), ("count", Arg::from(count))],
        )
    };
    assert_eq!(steps(1, 1), "1 of 1 step done");
    assert_eq!(steps(2, 3), "2 of 3 steps done");
    assert_eq!(steps(0, 1), "0 of 1 step done");
    for lang in Lang::ALL {
        let localizer = client_messages(lang);
        for count in 0..=30usize {
            for done in [0, count / 2, count] {
                let args = [("done", Arg::from(done)), ("count", Arg::from(count))];
                let Some(text) = localizer.try_format("goal-steps-done", &args) else {
                    panic!("{}: goal-steps-done {done} of {count}", lang.code());
                };
                assert!(!text.trim().is_empty() && !text.contains('{'), "{text}");
            }
        }
    }
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
    let persian = client_messages(Lang::Fa);
    let five = persian.count("count-strengths", 5);
    assert!(five.contains('۵') && !five.contains('5'), "{five}");
    assert!(persian.count("count-strengths", 22).contains("۲۲"));
    // `{ $count }` in any Persian message goes through the bundle's formatter.
    let done = persian.format(
        "goal-steps-done",
        &[("done", Arg::from(2usize)), ("count", Arg::from(13usize))],
    );
    assert!(
        done.contains('۲') && done.contains("۱۳") && !done.contains(|c: char| c.is_ascii_digit()),
        "{done}"
    );
    assert_eq!(persian.number(1_234_567_890), "۱۲۳۴۵۶۷۸۹۰");
    assert_eq!(persian.number(0), "۰");
    assert_eq!(to_native_digits("PIN 2026-11"), "PIN ۲۰۲۶-۱۱");
    assert!(Lang::Fa.native_digits() && !Lang::Ar.native_digits());
    let arabic = client_messages(Lang::Ar);
    assert!(
        arabic.count("count-strengths", 5).contains('5'),
        "Arabic screens here use 0-9"
    );
    assert_eq!(arabic.number(1234), "1234");
    assert_eq!(client_messages(Lang::En).number(1234), "1234");
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
    let french = client_messages(Lang::Fr);
    assert_ne!(french.count("goal-count", 1), french.count("goal-count", 2));
    assert_eq!(
        french.count("goal-count", 0),
        french.count("goal-count", 1).replace('1', "0"),
        "French 0 takes the singular"
    );
}

#[test]
fn arabic_runs_right_to_left_and_names_itself() {
    assert_eq!(Lang::Ar.direction(), Direction::Rtl);
    assert_eq!(Lang::Fa.direction(), Direction::Rtl);
    assert_eq!(Lang::Pl.direction(), Direction::Ltr);
    assert_eq!(Direction::Rtl.as_str(), "rtl");
    assert_eq!(Lang::Ar.native_name(), "العربية");
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        assert_eq!(client_messages(lang).lang(), lang);
    }
}

#[test]
fn a_page_starts_in_the_saved_language_else_the_devices_else_the_browsers() {
    use waymark::i18n::starting_lang;
    let browser = ["de-DE", "pl-PL"];
    assert_eq!(
        starting_lang(Some(Lang::Ar), Some("uk"), &browser),
        Lang::Ar
    );
    assert_eq!(starting_lang(None, Some("uk"), &browser), Lang::Uk);
    assert_eq!(
        starting_lang(None, Some("klingon"), &browser),
        Lang::Pl,
        "a default that is not shipped falls through to the browser"
    );
    assert_eq!(starting_lang(None, None, &browser), Lang::Pl);
    assert_eq!(starting_lang::<&str>(None, None, &[]), Lang::En);
}
