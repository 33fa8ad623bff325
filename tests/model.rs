//! The plan model: JSON round trips, operations, validation and migrations.

use serde_json::{json, Value};
use waymark::model::{
    load_json, migrate, suggestion, suggestions_for, Area, Day, Field, Goal, ItemContent,
    LoadError, Migration, Plan, Problem, Quadrant, Timestamp, Upgrade, MAX_TEXT_CHARS, MIGRATIONS,
    SCHEMA_VERSION, SUGGESTIONS,
};

const FIXTURE_V1: &str = include_str!("fixtures/plan-v1.json");

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn empty_plan() -> Plan {
    Plan::new("test", at("2026-11-23T10:00:00Z"), "en")
}

fn text(s: &str) -> ItemContent {
    ItemContent::Text(s.to_owned())
}

fn texts(plan: &Plan, quadrant: Quadrant) -> Vec<String> {
    plan.swot
        .items(quadrant)
        .iter()
        .map(|i| match &i.content {
            ItemContent::Text(t) => t.clone(),
            ItemContent::Key(k) => format!("key:{k}"),
        })
        .collect()
}

#[test]
fn the_v1_fixture_loads_with_every_field() {
    let plan = load_json(FIXTURE_V1).expect("the v1 fixture loads");
    // Read as the current version: version 2 only added fields.
    assert_eq!(plan.schema, SCHEMA_VERSION);
    assert!(plan.check_ins.is_empty() && plan.shared.is_none());
    assert_eq!(plan.lang, "pl");
    assert_eq!(plan.alias.as_deref(), Some("Kasia"));
    assert_eq!(
        texts(&plan, Quadrant::Strengths),
        ["key:have-valid-id", "Umiem naprawiać rowery"]
    );
    let goal = &plan.goals[0];
    assert_eq!(goal.title, "Znaleźć miejsce w schronisku przed zimą");
    assert_eq!(goal.steps.len(), 2);
    assert!(goal.steps[0].done);
    assert_eq!(goal.steps[1].due, Day::from_ymd_opt(2026, 11, 7));
    assert_eq!(goal.target, Day::from_ymd_opt(2026, 11, 30));
    assert_eq!(goal.helped_by, [1, 4]);
    assert_eq!(goal.addresses, [5]);
    assert_eq!(plan.created, at("2026-11-02T09:15:00Z"));
}

#[test]
fn a_plan_round_trips_through_json() {
    let mut plan = load_json(FIXTURE_V1).unwrap();
    plan.add_item(
        Quadrant::Strengths,
        text("أنا صبور 🙂"),
        Some(Area::MentalHealth),
    );
    let json = serde_json::to_string(&plan).unwrap();
    assert_eq!(load_json(&json).unwrap(), plan);
    let empty = empty_plan();
    assert_eq!(
        load_json(&serde_json::to_string(&empty).unwrap()).unwrap(),
        empty
    );
}

#[test]
fn chips_are_stored_as_keys_not_words() {
    let mut plan = empty_plan();
    let chip = suggestion("have-valid-id").unwrap();
    assert!(plan.toggle_suggestion(chip));
    let json: Value = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["swot"]["strengths"][0]["key"], "have-valid-id");
    assert_eq!(json["swot"]["strengths"][0]["area"], "documents");
    assert!(plan.has_suggestion(Quadrant::Strengths, "have-valid-id"));
    assert!(
        !plan.toggle_suggestion(chip),
        "a second tap takes the chip back"
    );
    assert!(plan.swot.strengths.is_empty());
}

#[test]
fn items_are_added_edited_moved_and_removed() {
    let mut plan = empty_plan();
    let a = plan.add_item(Quadrant::Strengths, text("a"), None);
    let b = plan.add_item(Quadrant::Strengths, text("b"), None);
    let c = plan.add_item(Quadrant::Strengths, text("c"), None);
    assert_eq!(texts(&plan, Quadrant::Strengths), ["a", "b", "c"]);
    assert!(plan.move_item(c, -1));
    assert_eq!(texts(&plan, Quadrant::Strengths), ["a", "c", "b"]);
    assert!(plan.move_item(a, 5), "moving past the end stops at the end");
    assert_eq!(texts(&plan, Quadrant::Strengths), ["c", "b", "a"]);
    assert!(plan.move_item(a, -9));
    assert_eq!(texts(&plan, Quadrant::Strengths), ["a", "c", "b"]);
    assert!(plan.edit_item(b, "bee"));
    assert_eq!(texts(&plan, Quadrant::Strengths), ["a", "c", "bee"]);
    assert!(plan.remove_item(c));
    assert!(!plan.remove_item(c), "removing twice finds nothing");
    assert_eq!(texts(&plan, Quadrant::Strengths), ["a", "bee"]);
    assert!(!plan.edit_item(999, "x"));
}

#[test]
fn removing_an_item_drops_the_links_to_it_but_keeps_the_goal() {
    let mut plan = empty_plan();
    let strength = plan.add_item(Quadrant::Strengths, text("I can cook"), None);
    let worry = plan.add_item(Quadrant::Threats, text("eviction"), Some(Area::Housing));
    let goal = plan.add_goal_from(worry).unwrap();
    plan.update_goal(goal, |g| g.helped_by.push(strength));
    assert_eq!(plan.goal(goal).unwrap().area, Some(Area::Housing));
    assert_eq!(plan.goal(goal).unwrap().addresses, [worry]);
    plan.remove_item(worry);
    plan.remove_item(strength);
    let kept = plan.goal(goal).expect("the goal stays");
    assert!(kept.addresses.is_empty() && kept.helped_by.is_empty());
    assert!(plan.validate().is_ok());
}

#[test]
fn goals_and_steps_are_added_moved_and_removed() {
    let mut plan = empty_plan();
    let first = plan.add_goal(Goal {
        title: "Find a room".into(),
        ..Goal::default()
    });
    let second = plan.add_goal(Goal {
        title: "Get my ID".into(),
        ..Goal::default()
    });
    assert!(plan.move_goal(second, -1));
    assert_eq!(plan.goals[0].id, second, "moving up raises the priority");
    let due = Day::from_ymd_opt(2026, 12, 1);
    let call = plan.add_step(first, "Call the hostel", due).unwrap();
    let visit = plan.add_step(first, "Visit", None).unwrap();
    assert!(plan.move_step(visit, -1));
    assert_eq!(plan.goal(first).unwrap().steps[0].id, visit);
    assert!(plan.update_step(call, |s| s.done = true));
    assert!(plan.goal(first).unwrap().steps[1].done);
    assert!(plan.remove_step(visit));
    assert!(plan.remove_goal(second));
    assert_eq!(plan.goals.len(), 1);
    assert!(plan.add_step(second, "gone", None).is_none());
    assert!(plan.validate().is_ok());
}

#[test]
fn a_goal_from_a_strength_is_helped_by_it() {
    let mut plan = empty_plan();
    let strength = plan.add_item(
        Quadrant::Strengths,
        text("I have work experience"),
        Some(Area::Work),
    );
    let goal = plan.add_goal_from(strength).unwrap();
    assert_eq!(plan.goal(goal).unwrap().helped_by, [strength]);
    assert!(
        plan.goal(goal).unwrap().title.is_empty(),
        "a draft until the client names it"
    );
    assert!(plan.add_goal_from(12345).is_none());
}

#[test]
fn validation_reports_what_is_wrong_and_where() {
    let mut plan = empty_plan();
    let long = plan.add_item(
        Quadrant::Weaknesses,
        text(&"x".repeat(MAX_TEXT_CHARS + 1)),
        None,
    );
    plan.add_item(
        Quadrant::Opportunities,
        ItemContent::Key("no-such-chip".into()),
        None,
    );
    plan.goals.push(Goal {
        id: long,
        helped_by: vec![404],
        ..Goal::default()
    });
    let errors = plan.validate().unwrap_err();
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect();
    assert!(
        found.contains(&(Field::Item(long), Problem::TooLong)),
        "{found:?}"
    );
    assert!(found.contains(&(
        Field::Item(long + 1),
        Problem::UnknownSuggestion("no-such-chip".into())
    )));
    assert!(found.contains(&(Field::Goal(long), Problem::DuplicateId)));
    assert!(found.contains(&(Field::Goal(long), Problem::BrokenLink(404))));
    assert_eq!(errors.len(), 4);
}

#[test]
fn migrations_end_at_the_current_version() {
    // Migration i produces version i + 2: one per version after the first,
    // in order, the last producing the current one.
    for (i, migration) in MIGRATIONS.iter().enumerate() {
        assert_eq!(migration.to, i as u32 + 2, "{}", migration.name);
    }
    assert_eq!(MIGRATIONS.len() as u32 + 1, SCHEMA_VERSION);
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[test]
fn migrations_run_in_order_from_the_stored_version() {
    fn v1_to_v2(mut v: Value) -> Result<Value, String> {
        v["trail"] = "1→2".into();
        Ok(v)
    }
    fn v2_to_v3(mut v: Value) -> Result<Value, String> {
        let trail = v["trail"].as_str().unwrap_or("").to_owned();
        v["trail"] = format!("{trail},2→3").into();
        Ok(v)
    }
    fn refuses(_: Value) -> Result<Value, String> {
        Err("no".into())
    }
    let chain: &[Migration] = &[
        Migration {
            name: "trail-starts",
            to: 2,
            upgrade: Upgrade::Rewrites(v1_to_v2),
        },
        Migration {
            name: "trail-grows",
            to: 3,
            upgrade: Upgrade::Rewrites(v2_to_v3),
        },
    ];
    let from_one = migrate(json(r#"{ "schema": 1 }"#), chain).unwrap();
    assert_eq!(from_one, json(r#"{ "trail": "1→2,2→3", "schema": 3 }"#));
    let from_two = migrate(json(r#"{ "schema": 2 }"#), chain).unwrap();
    assert_eq!(from_two, json(r#"{ "trail": ",2→3", "schema": 3 }"#));
    assert!(matches!(
        migrate(json(r#"{ "schema": 4 }"#), chain),
        Err(LoadError::TooNew { found: 4, known: 3 })
    ));
    let failing: &[Migration] = &[Migration {
        name: "refuses",
        to: 2,
        upgrade: Upgrade::Rewrites(refuses),
    }];
    assert!(matches!(
        migrate(json(r#"{ "schema": 1 }"#), failing),
        Err(LoadError::Migration {
            name: "refuses",
            ..
        })
    ));
}

#[test]
fn an_item_with_both_key_and_text_reads_as_its_key_as_before() {
    // Drafts have gone through serde_json's sorted map, where "key" comes
    // first.
    let mut plan: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    plan["swot"]["strengths"][0] = json!({ "id": 1, "key": "have-valid-id", "text": "b" });
    let item = &load_json(&plan.to_string()).unwrap().swot.strengths[0];
    assert_eq!(item.content, ItemContent::Key("have-valid-id".into()));
}

/// Found by fuzzing the hand-written reader this replaced: it kept the last
/// of two repeated keys, where serde refuses them.
#[test]
fn a_repeated_field_or_deep_nesting_is_refused() {
    let fixture = FIXTURE_V1.trim_end().trim_end_matches('}');
    let repeated = format!("{fixture}, \"id\": \"other\" }}");
    assert!(
        matches!(load_json(&repeated), Err(LoadError::Shape(_))),
        "{repeated}"
    );
    let deep = format!(
        r#"{{"schema":1,"x":{}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(load_json(&deep).is_err(), "refused, not a stack overflow");
}

#[test]
fn bad_saved_data_gives_an_error_not_a_panic() {
    assert!(matches!(load_json("{not json"), Err(LoadError::NotJson(_))));
    assert!(matches!(load_json("{}"), Err(LoadError::NoVersion)));
    assert!(matches!(
        load_json(r#"{"schema":0}"#),
        Err(LoadError::NoVersion)
    ));
    assert!(matches!(
        load_json(r#"{"schema":"1"}"#),
        Err(LoadError::NoVersion)
    ));
    assert!(matches!(
        load_json(r#"{"schema":99}"#),
        Err(LoadError::TooNew { found: 99, .. })
    ));
    assert!(matches!(
        load_json(r#"{"schema":99999999999}"#),
        Err(LoadError::TooNew { .. })
    ));
    assert!(matches!(
        load_json(r#"{"schema":1,"id":5}"#),
        Err(LoadError::Shape(_))
    ));
    let mut broken: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    broken["goals"][0]["addresses"] = json!([77]);
    assert!(matches!(
        load_json(&broken.to_string()),
        Err(LoadError::Invalid(_))
    ));
}

#[test]
fn every_part_offers_at_least_six_ideas_with_unique_keys() {
    for quadrant in Quadrant::ALL {
        let count: usize = suggestions_for(quadrant)
            .iter()
            .map(|(_, chips)| chips.len())
            .sum();
        assert!(count >= 6, "{quadrant:?} has only {count} ideas");
    }
    let mut keys: Vec<_> = SUGGESTIONS.iter().map(|s| s.key).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), SUGGESTIONS.len(), "suggestion keys are unique");
}

#[test]
fn links_go_to_the_right_side_of_a_goal() {
    let mut plan = empty_plan();
    let strength = plan.add_item(Quadrant::Strengths, text("patient"), None);
    let help = plan.add_item(Quadrant::Opportunities, text("food bank"), None);
    let hard = plan.add_item(Quadrant::Weaknesses, text("no ID"), None);
    let goal = plan.add_goal(Goal::default());
    for item in [strength, help, hard] {
        assert!(plan.set_link(goal, item, true));
    }
    assert!(
        plan.set_link(goal, strength, true),
        "linking twice keeps one link"
    );
    let g = plan.goal(goal).unwrap();
    assert_eq!(g.helped_by, [help, strength]);
    assert_eq!(g.addresses, [hard]);
    assert!(plan.set_link(goal, help, false));
    assert_eq!(plan.goal(goal).unwrap().helped_by, [strength]);
    assert!(!plan.set_link(goal, 999, true), "no such item");
    assert!(!plan.set_link(999, strength, true), "no such goal");
}

#[test]
fn a_shared_copy_leaves_out_what_the_client_unticks() {
    let mut plan = empty_plan();
    let keep = plan.add_item(Quadrant::Strengths, text("kept"), None);
    let private = plan.add_item(Quadrant::Threats, text("a private worry"), None);
    let goal = plan.add_goal_from(private).unwrap();
    plan.set_link(goal, keep, true);
    let hidden_goal = plan.add_goal(Goal {
        title: "secret".into(),
        ..Goal::default()
    });
    let shared = plan.only(|id| id != private && id != hidden_goal);
    assert!(shared.swot.threats.is_empty());
    assert_eq!(shared.goals.len(), 1);
    assert!(
        shared.goals[0].addresses.is_empty(),
        "no link to the left-out worry"
    );
    assert_eq!(shared.goals[0].helped_by, [keep]);
    assert!(shared.validate().is_ok());
    assert_eq!(
        plan.swot.threats.len(),
        1,
        "the client's own plan is untouched"
    );
}

#[test]
fn a_setup_link_sets_the_device_mode_and_nothing_else_does() {
    use waymark::model::{DeviceConfig, DeviceMode};
    let kiosk = DeviceConfig::from_setup_query("?setup=kiosk&idle=120&lang=pl").unwrap();
    assert_eq!(
        kiosk,
        DeviceConfig {
            mode: DeviceMode::Kiosk,
            idle_seconds: 120,
            default_lang: Some("pl".into())
        }
    );
    assert_eq!(kiosk.warning_seconds(), 40);
    let plain = DeviceConfig::from_setup_query("setup=kiosk").unwrap();
    assert_eq!(plain.idle_seconds, DeviceConfig::DEFAULT_IDLE_SECONDS);
    assert_eq!(plain.warning_seconds(), 60);
    assert_eq!(
        DeviceConfig::from_setup_query("?setup=kiosk&idle=1")
            .unwrap()
            .idle_seconds,
        DeviceConfig::MIN_IDLE_SECONDS
    );
    assert_eq!(
        DeviceConfig::from_setup_query("?setup=kiosk&idle=1")
            .unwrap()
            .warning_seconds(),
        10
    );
    assert_eq!(
        DeviceConfig::from_setup_query("?setup=personal")
            .unwrap()
            .mode,
        DeviceMode::Personal
    );
    for not_setup in ["", "?", "?lang=pl", "?setup=", "?setup=party", "?idle=5"] {
        assert_eq!(
            DeviceConfig::from_setup_query(not_setup),
            None,
            "{not_setup}"
        );
    }
    assert_eq!(DeviceConfig::default().mode, DeviceMode::Personal);
}

#[test]
fn impossible_days_and_times_are_refused() {
    for text in ["2026-02-29", "2026-13-01", "2026-00-10", "２０２６-01-01"] {
        assert!(text.parse::<Day>().is_err(), "{text}");
    }
    assert_eq!(
        "2024-02-29".parse::<Day>().ok(),
        Day::from_ymd_opt(2024, 2, 29)
    );
    for text in [
        "2026-11-23T24:00:00Z",
        "2026-11-23T10:00:00",
        "2026-11-23T10:00:00.Z",
        "2026-11-23",
    ] {
        assert!(text.parse::<Timestamp>().is_err(), "{text}");
    }
}

#[test]
fn a_saved_device_setting_reads_back() {
    use waymark::model::{DeviceConfig, DeviceMode};
    let kiosk = DeviceConfig {
        mode: DeviceMode::Kiosk,
        idle_seconds: 120,
        default_lang: Some("pl".into()),
    };
    let text = serde_json::to_string(&kiosk).unwrap();
    assert_eq!(
        text,
        r#"{"mode":"kiosk","idle_seconds":120,"default_lang":"pl"}"#
    );
    assert_eq!(
        serde_json::from_str::<DeviceConfig>(&text).ok(),
        Some(kiosk)
    );
    let personal = r#"{"mode":"personal","idle_seconds":180,"default_lang":null}"#;
    assert_eq!(
        serde_json::from_str::<DeviceConfig>(personal)
            .map(|c| c.mode)
            .ok(),
        Some(DeviceMode::Personal)
    );
    let unknown = r#"{"mode":"shared","idle_seconds":1}"#;
    assert!(serde_json::from_str::<DeviceConfig>(unknown).is_err());
}

#[test]
fn a_plan_id_is_sixteen_hex_digits_that_a_plan_accepts() {
    let id = waymark::model::plan_id([0, 1, 0xab, 0xcd, 0xef, 0x10, 0x99, 0xff]);
    assert_eq!(id, "0001abcdef1099ff");
    let plan = Plan::new(id, at("2026-12-01T10:00:00Z"), "en");
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn the_idle_time_typed_in_minutes_is_kept_within_bounds() {
    use waymark::model::DeviceConfig;
    assert_eq!(DeviceConfig::idle_seconds_from_minutes(" 4 "), 240);
    assert_eq!(
        DeviceConfig::idle_seconds_from_minutes("0"),
        DeviceConfig::MIN_IDLE_SECONDS
    );
    assert_eq!(
        DeviceConfig::idle_seconds_from_minutes("999999999"),
        DeviceConfig::MAX_IDLE_SECONDS,
        "minutes that overflow seconds stay at the longest"
    );
    for not_a_number in ["", "three", "-2", "1.5"] {
        assert_eq!(
            DeviceConfig::idle_seconds_from_minutes(not_a_number),
            DeviceConfig::DEFAULT_IDLE_SECONDS,
            "{not_a_number:?}"
        );
    }
    // What the settings screen shows comes back as it was saved.
    let config = DeviceConfig {
        idle_seconds: 300,
        ..DeviceConfig::default()
    };
    assert_eq!(config.idle_minutes(), 5);
    let minutes = config.idle_minutes().to_string();
    assert_eq!(DeviceConfig::idle_seconds_from_minutes(&minutes), 300);
    let short = DeviceConfig {
        idle_seconds: DeviceConfig::MIN_IDLE_SECONDS,
        ..DeviceConfig::default()
    };
    assert_eq!(short.idle_minutes(), 1, "never zero minutes on screen");
}

#[test]
fn blank_words_leave_a_goals_optional_fields_unset() {
    use waymark::model::GoalText;
    let mut goal = Goal::default();
    goal.set_text(GoalText::Why, "  \n ".into());
    goal.set_text(GoalText::HelpWanted, String::new());
    assert_eq!(
        (goal.why.as_deref(), goal.help_wanted.as_deref()),
        (None, None)
    );
    goal.set_text(GoalText::Why, " to sleep warm ".into());
    assert_eq!(
        goal.why.as_deref(),
        Some(" to sleep warm "),
        "kept as typed"
    );
    assert_eq!(goal.text(GoalText::Why), " to sleep warm ");
    goal.set_text(GoalText::Why, " ".into());
    assert_eq!(goal.why, None, "emptied again");
    // The title is the goal's name: it stays as typed, empty while a draft.
    goal.set_text(GoalText::Title, " ".into());
    assert_eq!(goal.title, " ");
    goal.set_text(GoalText::HelpWanted, "a lift".into());
    assert_eq!(goal.text(GoalText::HelpWanted), "a lift");
    assert_eq!(Goal::default().text(GoalText::Why), "");
}

#[test]
fn own_words_are_trimmed_and_blank_ones_add_or_keep_nothing() {
    let mut plan = empty_plan();
    assert_eq!(plan.add_own_words(Quadrant::Strengths, "   "), None);
    assert!(plan.is_empty());
    let id = plan
        .add_own_words(Quadrant::Strengths, "  I cook  ")
        .unwrap();
    assert_eq!(texts(&plan, Quadrant::Strengths), ["I cook"]);
    let goal = plan.add_goal_from(id).unwrap();
    assert!(plan.rewrite_item(id, " I cook for twenty "));
    assert_eq!(texts(&plan, Quadrant::Strengths), ["I cook for twenty"]);
    // Edited down to nothing, the answer goes, and so do the links to it.
    assert!(plan.rewrite_item(id, " "));
    assert!(plan.swot.items(Quadrant::Strengths).is_empty());
    assert!(plan.goal(goal).unwrap().helped_by.is_empty());
    assert!(!plan.rewrite_item(id, "gone"), "no such answer");
}

#[test]
fn a_date_input_gives_a_day_or_none_when_cleared() {
    use waymark::model::parse_day;
    assert_eq!(parse_day("2027-03-01"), Day::from_ymd_opt(2027, 3, 1));
    assert_eq!(parse_day(""), None);
    assert_eq!(parse_day("03/01/2027"), None);
}

#[test]
fn the_life_areas_are_the_goals_first_then_the_answers_each_once() {
    let mut plan = empty_plan();
    plan.add_item(Quadrant::Threats, text("cold"), Some(Area::Housing));
    plan.add_item(Quadrant::Strengths, text("cook"), Some(Area::Food));
    plan.add_item(Quadrant::Weaknesses, text("no id"), None);
    plan.add_goal(Goal {
        title: "ID card".into(),
        area: Some(Area::Documents),
        ..Goal::default()
    });
    assert_eq!(
        plan.life_areas(),
        [Area::Documents, Area::Food, Area::Housing]
    );
}
