//! The one gate for everything read from outside: every path that brings a
//! plan in (saved draft, plan file, share code) refuses what the model's
//! rules forbid, reads one spelling of each plan, and stays within its time
//! and memory. Each test names the finding it pins (a native fuzz run).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use support::reference;
use waymark::model::{
    check_input_size, load_json, Area, Day, Field, Goal, GoalStatus, InputTooLarge, Item,
    ItemContent, LoadError, Plan, Problem, Quadrant, Step, Timestamp, ValidationError,
    JSON_PER_SIZE, MAX_ID_CHARS, MAX_INPUT_BYTES, MAX_ITEMS, MAX_LANG_CHARS, MAX_PLAN_SIZE,
    MAX_TEXT_CHARS, SUGGESTIONS,
};
use waymark::share::{
    code_from_deflated, decode, deflate_stored, encode, export, plan_bytes, read_file, Protection,
    ShareError, MAX_PLAN_BYTES,
};

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn typical() -> Plan {
    reference::from_fixture("typical")
}

/// The problems `validate` finds, as (field, problem) pairs.
fn problems(plan: &Plan) -> Vec<(Field, Problem)> {
    plan.validate()
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|ValidationError { field, problem }| (field, problem))
        .collect()
}

fn first_of(plan: &Plan, quadrant: Quadrant) -> u32 {
    plan.swot.items(quadrant)[0].id
}

/// A code for `plan` exactly as the app makes one, without validating it.
fn code_of(plan: &Plan) -> String {
    encode(plan, Protection::None).unwrap()
}

// ---------------------------------------------------------------------------
// What a plan may hold

/// Finding: `validate()` never limited the plan's `id`: an empty id passed,
/// a share code could carry ~510 KiB of it and a plan file any size.
#[test]
fn an_id_is_1_to_64_ascii_letters_digits_dashes_underscores_or_dots() {
    for id in [
        "0f3a9c21b7d44e10",
        "reference-typical",
        "a",
        "A_b.c-9",
        &"x".repeat(MAX_ID_CHARS),
    ] {
        let mut plan = typical();
        plan.id = id.to_owned();
        assert_eq!(problems(&plan), [], "{id:?}");
    }
    for (id, problem) in [
        ("", Problem::Malformed),
        ("a b", Problem::Malformed),
        ("a/b", Problem::Malformed),
        ("a\0", Problem::Malformed),
        ("żółw", Problem::Malformed),
        (&"x".repeat(MAX_ID_CHARS + 1), Problem::TooLong),
    ] {
        let mut plan = typical();
        plan.id = id.to_owned();
        assert_eq!(problems(&plan), [(Field::Id, problem)], "{id:?}");
    }
}

/// Finding: a long id came in through every path (a 50 MiB id in a plan
/// file loaded in 106 ms; a share code held ~510 KiB of one).
#[test]
fn a_long_id_is_refused_on_every_path() {
    let mut plan = typical();
    plan.id = "x".repeat(400 * 1024);
    let refused = |error| match error {
        ShareError::Invalid(found) => found.iter().any(|e| e.field == Field::Id),
        _ => false,
    };
    // A share code: small enough to be made, refused when read.
    assert!(refused(decode(&code_of(&plan), None).unwrap_err()));
    // A plan file or saved draft.
    let json = export::json(&plan);
    assert!(matches!(
        load_json(&json),
        Err(LoadError::Invalid(found)) if found.iter().any(|e| e.field == Field::Id)
    ));
    assert!(refused(read_file(&json, None).unwrap_err()));
    // A 50 MiB one is refused before it is parsed.
    plan.id = "x".repeat(50 << 20);
    let json = export::json(&plan);
    assert_eq!(
        check_input_size(&json),
        Err(InputTooLarge { bytes: json.len() })
    );
}

/// Finding: `validate()` never checked `lang`: control characters passed.
#[test]
fn the_language_is_a_bcp_47_shaped_tag() {
    let long = "abcdefgh-abcdefgh-abcdefgh-abcdefgh";
    assert_eq!(long.len(), MAX_LANG_CHARS);
    for lang in [
        "pl",
        "en",
        "ar",
        "pt-BR",
        "sr-Latn-RS",
        "zh-Hant-TW",
        "x-klingon",
        long,
    ] {
        let mut plan = typical();
        plan.lang = lang.to_owned();
        assert_eq!(problems(&plan), [], "{lang:?}");
    }
    for lang in [
        "",
        "p",
        "pl\n",
        "pl\0",
        "\u{1b}[31m",
        "p l",
        "pl-",
        "-pl",
        "pl--PL",
        "1a",
        "pl_PL",
        "abcdefghi",
        "żó",
    ] {
        let mut plan = typical();
        plan.lang = lang.to_owned();
        assert_eq!(
            problems(&plan),
            [(Field::Lang, Problem::Malformed)],
            "{lang:?}"
        );
    }
    let mut plan = typical();
    plan.lang = format!("{long}-a");
    assert_eq!(problems(&plan), [(Field::Lang, Problem::TooLong)]);
}

/// Finding: a goal "helped by" a worry or weakness, or "addressing" a
/// strength or opportunity, passed although `Quadrant::helps` forbids it.
#[test]
fn a_goal_links_each_item_on_its_own_side() {
    let mut plan = typical();
    let weakness = plan.add_item(
        Quadrant::Weaknesses,
        ItemContent::Text("debts".into()),
        None,
    );
    let strength = plan.add_item(
        Quadrant::Strengths,
        ItemContent::Text("patient".into()),
        None,
    );
    let goal = plan.goals[0].id;
    plan.goals[0].helped_by.push(weakness);
    plan.goals[0].addresses.push(strength);
    assert_eq!(
        problems(&plan),
        [
            (Field::Goal(goal), Problem::WrongSide(weakness)),
            (Field::Goal(goal), Problem::WrongSide(strength)),
        ]
    );
    // What the app's own operations make is always on its side.
    let mut plan = typical();
    for quadrant in Quadrant::ALL {
        plan.set_link(goal, first_of(&plan, quadrant), true);
    }
    assert_eq!(problems(&plan), []);
}

/// Finding: the same item linked twice to one goal passed.
#[test]
fn a_goal_links_an_item_once() {
    let mut plan = typical();
    let strength = first_of(&plan, Quadrant::Strengths);
    let threat = first_of(&plan, Quadrant::Threats);
    let goal = plan.goals[0].id;
    plan.goals[0].helped_by.clear();
    plan.goals[0].helped_by = vec![strength, strength];
    plan.goals[0].addresses = vec![threat];
    assert_eq!(
        problems(&plan),
        [(Field::Goal(goal), Problem::DuplicateLink(strength))]
    );
    // On both sides at once: wrong on one, and twice.
    plan.goals[0].helped_by = vec![threat];
    assert_eq!(
        problems(&plan),
        [
            (Field::Goal(goal), Problem::WrongSide(threat)),
            (Field::Goal(goal), Problem::DuplicateLink(threat)),
        ]
    );
}

/// Finding: a plan `created` after it was `updated` passed.
#[test]
fn a_plan_is_not_changed_before_it_was_made() {
    let mut plan = typical();
    plan.updated = at("2026-11-23T09:59:59.999Z");
    assert_eq!(problems(&plan), [(Field::Updated, Problem::BeforeCreated)]);
    // A clock set back while editing never makes such a plan.
    plan.touch(at("2020-01-01T00:00:00Z"));
    assert_eq!(plan.updated, plan.created);
    plan.touch(at("2027-01-01T00:00:00Z"));
    assert_eq!(plan.updated, at("2027-01-01T00:00:00Z"));
    assert_eq!(problems(&plan), []);
}

/// Finding: a suggestion key of another part (a strength's chip among the
/// worries) passed; each suggestion has its quadrant.
#[test]
fn a_suggestion_is_among_the_answers_of_its_own_part() {
    for chip in SUGGESTIONS {
        for quadrant in Quadrant::ALL {
            let mut plan = typical();
            let id = plan.add_item(quadrant, ItemContent::Key(chip.key.to_owned()), None);
            let expected = if quadrant == chip.quadrant {
                vec![]
            } else {
                vec![(Field::Item(id), Problem::WrongPart(chip.key.to_owned()))]
            };
            assert_eq!(problems(&plan), expected, "{} in {quadrant:?}", chip.key);
        }
    }
}

// ---------------------------------------------------------------------------
// The largest plans that pass

/// Ids this high take five bytes as varints and ten digits in JSON.
const HIGH: u32 = 4_000_000_000;

/// A plan whose own fields are as wide as they may be.
fn widest_empty_plan() -> Plan {
    let mut plan = Plan::new(
        "w".repeat(MAX_ID_CHARS),
        at("2026-11-23T10:00:00.123Z"),
        "abcdefgh-abcdefgh-abcdefgh-abcdefgh",
    );
    plan.updated = at("2026-12-24T23:59:59.999Z");
    plan.alias = Some(String::new());
    plan.note = Some(String::new());
    plan
}

fn widest_goal(id: u32, text: &str) -> Goal {
    Goal {
        id,
        title: text.to_owned(),
        area: Some(Area::MentalHealth),
        why: Some(text.to_owned()),
        target: Day::from_ymd(2027, 12, 31),
        help_wanted: Some(text.to_owned()),
        status: GoalStatus::Achieved,
        ..Goal::default()
    }
}

fn widest_step(id: u32, text: &str) -> Step {
    Step {
        id,
        text: text.to_owned(),
        due: Day::from_ymd(2027, 12, 31),
        done: false,
    }
}

/// Adds entries with `add` (each weighing the same) until one more would
/// take the plan past [`MAX_PLAN_SIZE`].
fn fill(plan: &mut Plan, mut add: impl FnMut(&mut Plan, u32)) {
    let before = plan.size();
    add(plan, 0);
    let each = plan.size() - before;
    let more = (MAX_PLAN_SIZE - plan.size()) / each;
    for n in 1..=more as u32 {
        add(plan, n);
    }
    assert!(plan.size() <= MAX_PLAN_SIZE && plan.size() + each > MAX_PLAN_SIZE);
}

/// The heaviest plans of each shape that still pass: many steps, many links,
/// many texts of control characters (six bytes each in JSON) or of emoji
/// (four bytes each in the binary form).
fn largest_valid_plans() -> Vec<(&'static str, Plan)> {
    let mut shapes = Vec::new();

    let mut steps = widest_empty_plan();
    steps.goals = (0..MAX_ITEMS as u32)
        .map(|g| widest_goal(HIGH + g, ""))
        .collect();
    fill(&mut steps, |plan, n| {
        let goals = plan.goals.len() as u32;
        plan.goals[(n % goals) as usize]
            .steps
            .push(widest_step(HIGH + goals + n, ""));
    });
    shapes.push(("steps", steps));

    // Every item a chip (a lookup in the reader's language for each link),
    // every goal linked to the items furthest down the parts.
    let mut links = widest_empty_plan();
    let mut next = HIGH;
    for quadrant in Quadrant::ALL {
        let chips: Vec<_> = SUGGESTIONS
            .iter()
            .filter(|s| s.quadrant == quadrant)
            .collect();
        for n in 0..MAX_ITEMS {
            links.swot.items_mut(quadrant).push(Item {
                id: next,
                content: ItemContent::Key(chips[n % chips.len()].key.to_owned()),
                area: Some(Area::MentalHealth),
            });
            next += 1;
        }
    }
    let last_half = |plan: &Plan, q| -> Vec<u32> {
        plan.swot.items(q)[MAX_ITEMS / 2..]
            .iter()
            .map(|i| i.id)
            .collect()
    };
    for _ in 0..MAX_ITEMS {
        let mut goal = widest_goal(next, "");
        goal.helped_by = last_half(&links, Quadrant::Opportunities);
        goal.addresses = last_half(&links, Quadrant::Threats);
        links.goals.push(goal);
        next += 1;
    }
    fill(&mut links, |plan, n| {
        let goals = plan.goals.len() as u32;
        plan.goals[(n % goals) as usize]
            .steps
            .push(widest_step(next + n, ""));
    });
    shapes.push(("links", links));

    for (name, letter) in [("control characters", '\u{1}'), ("emoji", '🙂')] {
        let text: String = std::iter::repeat_n(letter, MAX_TEXT_CHARS).collect();
        let mut items = widest_empty_plan();
        fill(&mut items, |plan, n| {
            plan.swot
                .items_mut(Quadrant::ALL[n as usize % 4])
                .push(Item {
                    id: HIGH + n,
                    content: ItemContent::Text(text.clone()),
                    area: Some(Area::MentalHealth),
                });
        });
        shapes.push((name, items));
        let mut goals = widest_empty_plan();
        fill(&mut goals, |plan, n| {
            let mut goal = widest_goal(HIGH + 2 * n, &text);
            goal.steps.push(widest_step(HIGH + 2 * n + 1, &text));
            plan.goals.push(goal);
        });
        shapes.push((name, goals));
    }
    for (name, plan) in &shapes {
        assert_eq!(problems(plan), [], "{name}");
    }
    shapes
}

/// Finding: 80 plans that loaded could not then be shared (`encode` said
/// too large), and nothing limited the plan as a whole. Now every plan that
/// passes is shareable and its file opens again: its binary form is at most
/// its size and its JSON at most six times that.
#[test]
fn the_largest_valid_plans_can_be_shared_saved_and_opened_again() {
    for (name, plan) in largest_valid_plans() {
        let bytes = plan_bytes(&plan).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(bytes.len() <= plan.size(), "{name}: {} bytes", bytes.len());
        assert!(bytes.len() <= MAX_PLAN_BYTES);
        let code = code_from_deflated(&deflate_stored(&bytes), Protection::None).unwrap();
        assert!(check_input_size(&code).is_ok(), "{name}");
        assert_eq!(decode(&code, None).as_ref(), Ok(&plan), "{name}");

        let json = export::json(&plan);
        assert!(
            json.len() <= JSON_PER_SIZE * plan.size(),
            "{name}: {}",
            json.len()
        );
        assert!(check_input_size(&json).is_ok(), "{name}");
        assert_eq!(load_json(&json).unwrap(), plan, "{name}");
        assert_eq!(read_file(&json, None).unwrap(), plan, "{name}");
    }
}

/// Finding: nothing limited the plan as a whole. One entry past the limit,
/// and the plan is refused by every path.
#[test]
fn a_plan_heavier_than_the_limit_is_refused() {
    let (_, mut plan) = largest_valid_plans().swap_remove(0);
    let goal = &mut plan.goals[0];
    goal.steps.push(widest_step(1, ""));
    assert!(plan.size() > MAX_PLAN_SIZE);
    assert_eq!(problems(&plan), [(Field::Plan, Problem::TooLong)]);
    assert!(matches!(
        load_json(&export::json(&plan)),
        Err(LoadError::Invalid(_))
    ));
    assert!(matches!(
        decode(&code_of(&plan), None),
        Err(ShareError::Invalid(_))
    ));
}

/// Any text at all, control characters and quotes included.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[\u{0}-\u{1f}\"\\\\]{0,40}",
        "\\PC{0,40}",
        ".{0,40}",
    ]
}

prop_compose! {
    fn any_valid_plan()(
        parts in prop::collection::vec(prop::collection::vec((any_text(), any::<bool>(), any::<u32>()), 0..6), 4),
        goals in prop::collection::vec((any_text(), prop::option::of(any_text()), prop::collection::vec(any_text(), 0..4), any::<u8>()), 0..4),
        alias in prop::option::of(any_text()),
        high_ids in any::<bool>(),
    ) -> Plan {
        let mut plan = widest_empty_plan();
        plan.alias = alias;
        let mut next = if high_ids { u32::MAX - 1000 } else { 1 };
        let mut ids = Vec::new();
        for (quadrant, items) in Quadrant::ALL.into_iter().zip(parts) {
            let chips: Vec<_> = SUGGESTIONS.iter().filter(|s| s.quadrant == quadrant).collect();
            for (text, is_chip, pick) in items {
                let content = if is_chip {
                    ItemContent::Key(chips[pick as usize % chips.len()].key.to_owned())
                } else {
                    ItemContent::Text(text)
                };
                let area = Area::ALL.get(pick as usize % 16).copied();
                plan.swot.items_mut(quadrant).push(Item { id: next, content, area });
                ids.push((next, quadrant));
                next += 1;
            }
        }
        for (title, why, steps, links) in goals {
            let mut goal = Goal { id: next, title, why, ..Goal::default() };
            next += 1;
            for (i, (id, quadrant)) in ids.iter().enumerate() {
                if links & (1 << (i % 8)) != 0 {
                    if quadrant.helps() { goal.helped_by.push(*id) } else { goal.addresses.push(*id) }
                }
            }
            for text in steps {
                goal.steps.push(Step { id: next, text, due: None, done: links % 3 == 0 });
                next += 1;
            }
            plan.goals.push(goal);
        }
        plan
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// What `MAX_PLAN_SIZE` rests on: a plan's size bounds its binary form
    /// in bytes and its pretty JSON in sixths of a byte.
    #[test]
    fn a_plans_size_bounds_its_binary_form_and_its_json(plan in any_valid_plan()) {
        prop_assert_eq!(problems(&plan), []);
        let size = plan.size();
        prop_assert!(plan_bytes(&plan).unwrap().len() <= size);
        prop_assert!(export::json(&plan).len() <= JSON_PER_SIZE * size);
    }
}

/// Finding: the plan-file and draft readers had no input-size limit (a
/// 0.7–1.0 GB input loaded), and a share code of any length was parsed.
#[test]
fn an_input_over_the_limit_is_refused_before_it_is_read() {
    let at_limit = "1".repeat(MAX_INPUT_BYTES);
    assert_eq!(check_input_size(&at_limit), Ok(()));
    let over = format!("{at_limit} ");
    assert_eq!(
        check_input_size(&over),
        Err(InputTooLarge {
            bytes: MAX_INPUT_BYTES + 1
        })
    );
}

// ---------------------------------------------------------------------------
// The PIN

/// Finding: a PIN followed by NUL characters opened the code (`482913\0`):
/// HMAC pads a short key with zeros, and `trim()` leaves NUL. A PIN is
/// compared as typed, less the whitespace around it, and one with a control
/// character never matches; codes made before open as they always did.
#[test]
fn a_pin_is_compared_as_typed_less_the_whitespace_around_it() {
    let code = include_str!("fixtures/share-v1-typical-pin-482913.txt");
    for pin in ["482913", " 482913 ", "\t482913\r\n", "\u{3000}482913"] {
        assert_eq!(decode(code, Some(pin)).unwrap(), typical(), "{pin:?}");
    }
    for pin in [
        "482913\0",
        "482913\0\0\0",
        "\0482913",
        "4829\u{1}13",
        "482913\u{7f}",
        "482913\u{85}\0",
    ] {
        assert_eq!(
            decode(code, Some(pin)),
            Err(ShareError::WrongPin),
            "{pin:?}"
        );
    }
    // No code is made that no PIN could open.
    let pin = Protection::Pin {
        pin: "1234\0",
        salt: [7; 16],
    };
    assert_eq!(encode(&typical(), pin), Err(ShareError::WrongPin));
}
