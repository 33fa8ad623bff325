//! The share code and the exports: round trips, hostile input, PINs, FHIR.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashSet;

use proptest::prelude::*;
use serde_json::{json, Value};
use support::reference;
use waymark::i18n::{Lang, Localizer, CASE_MANAGER_FILES, CLIENT_FILES};
use waymark::model::{
    Area, Goal, GoalCheckIn, GoalFit, GoalStatus, ItemContent, Plan, Quadrant, SUGGESTIONS,
};
use waymark::share::{
    code_from_deflated, code_from_text, decode, deflate_stored, encode, export, frame_code,
    is_protected, plan_bytes, share_link, share_qr, short_link, Protection, ShareError,
    MAX_PLAN_BYTES,
};

const SALT: [u8; 16] = *b"0123456789abcdef";

fn plain(plan: &Plan) -> String {
    encode(plan, Protection::None).unwrap()
}

/// The text a person might type: empty, emoji, Arabic, Polish, or anything.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Umiem gotować dla dużej grupy, żółć".to_owned()),
        Just("أستطيع الطبخ لعائلتي 🙂 Warszawa".to_owned()),
        Just("🏠👪💶 ✓".to_owned()),
        Just("\"quoted\" back\\slash /\ttab\nline\r\u{1}\u{8}\u{c}\u{1f}\u{7f}".to_owned()),
        "\\PC{0,80}",
    ]
}

prop_compose! {
    fn plans()(
        parts in prop::collection::vec(prop::collection::vec((words(), any::<bool>(), 0usize..12, any::<bool>()), 0..12), 4),
        goals in prop::collection::vec((words(), prop::option::of(words()), prop::collection::vec((words(), any::<bool>(), prop::option::of(0i32..4000)), 0..4), any::<u8>()), 0..5),
        alias in prop::option::of(words()),
        note in prop::option::of(words()),
        millis in 0i64..4_000_000_000_000,
        goal_extras in prop::collection::vec((prop::option::of(0usize..12), prop::option::of(0i32..4000), prop::option::of(words()), 0usize..4), 5),
        check_ins in prop::collection::vec((1i64..100_000_000_000, prop::collection::vec((0usize..5, prop::option::of(0usize..4), any::<u8>(), prop::option::of(words()), prop::option::of(0usize..3)), 0..4)), 0..3),
        shared_after in prop::option::of(0usize..3),
    ) -> Plan {
        let created = waymark::model::from_millis(millis).unwrap();
        let mut plan = Plan::new(format!("p{millis}"), created, "pl");
        plan.alias = alias;
        plan.note = note;
        let mut ids = Vec::new();
        for (quadrant, items) in Quadrant::ALL.into_iter().zip(parts) {
            for (text, is_chip, area, has_area) in items {
                let content = if is_chip {
                    // A chip of this part: validation refuses one of another.
                    let mut chips = SUGGESTIONS.iter().filter(|s| s.quadrant == quadrant).cycle();
                    ItemContent::Key(chips.nth(area).unwrap().key.to_owned())
                } else {
                    ItemContent::Text(text)
                };
                ids.push(plan.add_item(quadrant, content, has_area.then_some(Area::ALL[area])));
            }
        }
        for ((title, why, steps, links), (area, target, help_wanted, status)) in goals.into_iter().zip(goal_extras) {
            let goal = plan.add_goal(Goal {
                title,
                why,
                area: area.map(|a| Area::ALL[a]),
                target: target.and_then(|d| waymark::model::Day::from_ymd_opt(2026, 1, 1).unwrap().checked_add_signed(chrono::TimeDelta::days(d.into()))),
                help_wanted,
                status: GoalStatus::ALL[status],
                ..Goal::default()
            });
            for (i, id) in ids.iter().enumerate() {
                if links & (1 << (i % 8)) != 0 {
                    plan.set_link(goal, *id, true);
                }
            }
            for (text, done, due) in steps {
                let due = due.map(|d| waymark::model::Day::from_ymd_opt(2024, 1, 1).unwrap() + chrono::TimeDelta::days(d.into()));
                let step = plan.add_step(goal, text, due).unwrap();
                plan.update_step(step, |s| s.done = done);
            }
        }
        // Check-ins in time order, some goals each, and the plan shared
        // after one of them (or before any).
        let mut at = created;
        for (n, (after, entries)) in check_ins.into_iter().enumerate() {
            if shared_after == Some(n) {
                plan.mark_shared(at.date_naive());
            }
            at += chrono::TimeDelta::milliseconds(after);
            let entries = entries.into_iter().filter_map(|(goal, status, done, words, fit)| {
                let goal = plan.goals.get(goal)?;
                Some(GoalCheckIn {
                    goal: goal.id,
                    status: status.map(|s| GoalStatus::ALL[s]),
                    done: goal.steps.iter().enumerate().filter(|(i, _)| done & (1 << i) != 0).map(|(_, s)| s.id).collect(),
                    words,
                    fit: fit.map(|f| GoalFit::ALL[f]),
                })
            });
            plan.check_in(at.date_naive(), at, entries.collect());
        }
        if shared_after.is_some() && plan.shared.is_none() {
            plan.mark_shared(at.date_naive());
        }
        plan
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any plan comes back from its file and from its saved draft.
    #[test]
    fn any_plan_round_trips_through_its_file_and_its_draft(plan in plans()) {
        let pretty = export::json(&plan);
        prop_assert_eq!(waymark::model::load_json(&pretty).unwrap(), plan.clone());
        let draft = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(waymark::model::load_json(&draft).unwrap(), plan);
    }

    #[test]
    fn the_checksum_is_the_standard_crc32(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        prop_assert_eq!(waymark::share::crc32(&bytes), crc32fast::hash(&bytes));
    }

    #[test]
    fn any_plan_survives_encode_and_decode(plan in plans()) {
        prop_assert_eq!(decode(&plain(&plan), None).unwrap(), plan);
    }

    #[test]
    fn a_damaged_code_is_an_error_never_a_panic_nor_a_wrong_plan(
        position in any::<prop::sample::Index>(),
        change in 0u8..5,
        digit in 0u8..10,
        cut in 1usize..40,
    ) {
        let code = plain(&reference::from_fixture("typical"));
        let i = position.index(code.len());
        let mut bytes = code.clone().into_bytes();
        match change {
            0 if bytes[i].is_ascii_digit() => bytes[i] = b'0' + (bytes[i] - b'0' + 1 + digit % 9) % 10,
            0 | 1 => { bytes.remove(i); }
            2 => bytes.insert(i, b'0' + digit),
            3 => bytes.truncate(code.len().saturating_sub(cut)),
            _ => bytes.swap(i, (i + 1 + usize::from(digit)) % code.len()),
        }
        let damaged = String::from_utf8(bytes).unwrap();
        prop_assume!(damaged != code);
        prop_assert!(decode(&damaged, None).is_err(), "decoded a damaged code: {}", damaged);
    }
}

#[test]
fn empty_and_hundred_item_plans_round_trip() {
    let empty = Plan::new("empty", "2026-11-23T10:00:00Z".parse().unwrap(), "en");
    assert_eq!(decode(&plain(&empty), None).unwrap(), empty);
    let mut full = empty.clone();
    for n in 0..100 {
        full.add_item(
            Quadrant::ALL[n % 4],
            ItemContent::Text(format!("answer {n} — odpowiedź — إجابة 🙂")),
            None,
        );
    }
    assert_eq!(decode(&plain(&full), None).unwrap(), full);
}

#[test]
fn every_bit_flip_of_a_typical_code_is_caught() {
    let code = plain(&reference::from_fixture("typical"));
    let digits_start = code.find('-').unwrap() + 1;
    let mut checked = 0;
    for i in digits_start..code.len() {
        for replacement in b'0'..=b'9' {
            let mut bytes = code.clone().into_bytes();
            if bytes[i] == replacement {
                continue;
            }
            bytes[i] = replacement;
            let damaged = String::from_utf8(bytes).unwrap();
            let error = decode(&damaged, None).unwrap_err();
            assert!(
                matches!(error, ShareError::Damaged | ShareError::Truncated),
                "{error:?} at {i}"
            );
            checked += 1;
        }
    }
    assert!(checked > 5000, "only {checked} mutations");
}

#[test]
fn truncated_codes_say_incomplete() {
    let code = plain(&reference::from_fixture("typical"));
    for keep in [code.len() - 1, code.len() - 10, code.len() / 2, 10, 4] {
        assert_eq!(
            decode(&code[..keep], None),
            Err(ShareError::Truncated),
            "kept {keep}"
        );
    }
}

#[test]
fn foreign_text_is_not_a_code() {
    for text in [
        "",
        "hello",
        "HC1:NCFOXN%TS3DH",
        "https://example.org/#x",
        "WM-123",
        "WMx-123",
        "WM0-123",
    ] {
        assert_eq!(decode(text, None), Err(ShareError::NotACode), "{text:?}");
    }
    assert_eq!(decode("WM1-12a45", None), Err(ShareError::Damaged));
}

#[test]
fn a_code_from_a_newer_format_is_refused_by_name() {
    assert_eq!(decode("WM4-0123456789", None), Err(ShareError::TooNew(4)));
    assert_eq!(decode("WM17-0", None), Err(ShareError::TooNew(17)));
    assert_eq!(
        decode("WM99999999999999-0", None),
        Err(ShareError::TooNew(u32::MAX))
    );
}

#[test]
fn a_zip_bomb_is_refused() {
    let huge = vec![0u8; MAX_PLAN_BYTES * 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&huge, 10);
    assert!(
        bomb.len() < 20_000,
        "a small code that inflates to {} bytes",
        huge.len()
    );
    assert_eq!(
        decode(&frame_code(0, &bomb), None),
        Err(ShareError::TooLarge)
    );
}

#[test]
fn valid_frames_around_bad_contents_are_damaged_not_panics() {
    for body in [&b""[..], b"\x00", b"not deflate at all", &[0xff; 64]] {
        assert!(decode(&frame_code(0, body), None).is_err());
    }
    // Deflate that inflates to bytes that are not a plan.
    let junk = miniz_oxide::deflate::compress_to_vec(&[7u8; 300], 6);
    assert_eq!(
        decode(&frame_code(0, &junk), None),
        Err(ShareError::Damaged)
    );
    assert!(decode(&frame_code(1, b"short"), Some("1234")).is_err());
    assert_eq!(
        decode(&frame_code(4, &junk), None),
        Err(ShareError::Damaged),
        "unknown flags"
    );
}

#[test]
fn a_pin_protects_the_plan() {
    let plan = reference::from_fixture("typical");
    let code = encode(
        &plan,
        Protection::Pin {
            pin: "482913",
            salt: SALT,
        },
    )
    .unwrap();
    assert!(is_protected(&code).unwrap());
    assert!(!is_protected(&plain(&plan)).unwrap());
    assert_eq!(decode(&code, None), Err(ShareError::PinNeeded));
    assert_eq!(decode(&code, Some("  ")), Err(ShareError::PinNeeded));
    assert_eq!(decode(&code, Some("482914")), Err(ShareError::WrongPin));
    assert_eq!(
        decode(&code, Some(" 482913 ")).unwrap(),
        plan,
        "spaces around a typed PIN do not matter"
    );
    let other_salt = encode(
        &plan,
        Protection::Pin {
            pin: "482913",
            salt: [9; 16],
        },
    )
    .unwrap();
    assert_ne!(code, other_salt, "every code gets its own key");
    // Damage is reported as damage, not as a wrong PIN.
    let mut bytes = code.into_bytes();
    let last = bytes.len() - 1;
    bytes[last] = if bytes[last] == b'0' { b'1' } else { b'0' };
    let damaged = String::from_utf8(bytes).unwrap();
    assert!(matches!(
        decode(&damaged, Some("482913")),
        Err(ShareError::Damaged | ShareError::Truncated)
    ));
}

#[test]
fn links_and_pasted_text_give_back_the_code() {
    let code = plain(&reference::from_fixture("small"));
    let link = share_link("https://waymark.example/app/", &code);
    assert_eq!(link, format!("https://waymark.example/app/open/#i/{code}"));
    assert_eq!(code_from_text(&link), code);
    // A link made before the case manager's page had its own folder.
    assert_eq!(
        code_from_text(&format!("https://waymark.example/app/#i/{code}")),
        code
    );
    let wrapped = format!("  {}\n{} ", &code[..30], &code[30..]);
    assert_eq!(code_from_text(&wrapped), code);
    assert!(decode(&code_from_text(&link), None).is_ok());
}

#[test]
fn the_printed_link_names_the_page_and_the_start_of_the_code() {
    let code = plain(&reference::from_fixture("small"));
    let link = share_link("https://waymark.example/app/", &code);
    let short = short_link(&link);
    assert_eq!(
        short,
        format!("waymark.example/app/open/#i/{}…", &code[..11])
    );
    // A short code is shown whole, with nothing to say it was cut.
    assert_eq!(
        short_link("http://localhost:8080/open/#i/WM2-12"),
        "localhost:8080/open/#i/WM2-12"
    );
}

#[test]
fn the_typical_plan_fits_one_qr_code_at_version_22_or_less_with_medium_correction() {
    // As written, and as its client comes back to it after two check-ins.
    for plan in [
        reference::from_fixture("typical"),
        reference::typical_checked_in(),
    ] {
        let code = plain(&plan);
        let qr = share_qr("https://waymark.example", &code).expect("fits");
        assert!(
            qr.version().value() <= 22,
            "version {}, {} check-ins",
            qr.version().value(),
            plan.check_ins.len()
        );
    }
    let large = plain(&reference::large());
    assert!(
        share_qr("https://waymark.example", &large).is_none(),
        "the large plan goes by link or file"
    );
}

fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("reference", Value::String(r)) => out.push(r.clone()),
                    _ => references(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

/// What the schema cannot say: that the Bundle holds this plan, with its
/// references resolving inside it (the shape is checked against the R4
/// schema by `the_fhir_exports_are_valid_r4_by_the_official_schema`).
#[test]
fn the_fhir_export_says_what_the_plan_says() {
    let plan = reference::from_fixture("typical");
    let bundle = export::fhir(&plan, &Localizer::embedded(Lang::En, CASE_MANAGER_FILES));
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().unwrap();
    let urls: HashSet<String> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(urls.len(), entries.len(), "fullUrls are unique");
    let uuid = |u: &str| {
        u.strip_prefix("urn:uuid:").is_some_and(|rest| {
            rest.len() == 36
                && rest.chars().enumerate().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
                    }
                })
        })
    };
    assert!(urls.iter().all(|u| uuid(u)), "{urls:?}");

    let of_type = |t: &str| {
        entries
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| r["resourceType"] == t)
            .collect::<Vec<_>>()
    };
    let care_plans = of_type("CarePlan");
    assert_eq!(care_plans.len(), 1);
    let care_plan = care_plans[0];
    assert_eq!(care_plan["intent"], "proposal", "the client's own proposal");
    // HL7's JSON schema leaves CarePlan.status an open `code` (its required
    // binding to request-status is not written in the schema), so the value
    // set is checked here.
    assert!([
        "draft",
        "active",
        "on-hold",
        "revoked",
        "completed",
        "entered-in-error",
        "unknown"
    ]
    .contains(&care_plan["status"].as_str().unwrap()));
    let goals = of_type("Goal");
    assert_eq!(goals.len(), plan.goals.len());
    for (goal, source) in goals.iter().zip(&plan.goals) {
        assert_eq!(goal["lifecycleStatus"], "proposed");
        assert_eq!(goal["description"]["text"], source.title);
        if let Some(target) = source.target {
            assert_eq!(goal["target"][0]["dueDate"], target.to_string());
        }
        assert_eq!(
            goal["addresses"].as_array().map_or(0, Vec::len),
            source.addresses.len()
        );
    }
    let activities = care_plan["activity"].as_array().unwrap();
    assert_eq!(
        activities.len(),
        plan.goals.iter().map(|g| g.steps.len()).sum::<usize>()
    );
    let steps = plan.goals.iter().flat_map(|g| &g.steps);
    for (activity, step) in activities.iter().zip(steps) {
        assert_eq!(activity["detail"]["description"], step.text);
        let status = if step.done {
            "completed"
        } else {
            "not-started"
        };
        assert_eq!(activity["detail"]["status"], status, "{}", step.text);
    }
    let mut refs = Vec::new();
    references(&bundle, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        assert!(
            urls.contains(&r),
            "reference {r} does not resolve inside the Bundle"
        );
    }
    // The client's order is the priority: the first goal high, none after
    // it higher than one before.
    let rank = |goal: &Value| {
        ["high-priority", "medium-priority", "low-priority"]
            .iter()
            .position(|c| goal["priority"]["coding"][0]["code"] == *c)
            .expect("a goal-priority code")
    };
    assert_eq!(rank(goals[0]), 0);
    assert!(goals.windows(2).all(|w| rank(w[0]) <= rank(w[1])));
    // Chips come out in the reader's language; own words as written.
    let text = bundle.to_string();
    assert!(
        text.contains("I have a phone that works"),
        "chip in English"
    );
    assert!(
        text.contains("Umiem gotować dla dużej grupy"),
        "own words in Polish"
    );
}

/// A plan as a client might make it: every part, chips and own words in
/// Ukrainian, goals with reasons, dated steps (one done), target dates,
/// links both ways, help wanted, one goal achieved, a name and a note.
fn realistic_plan() -> Plan {
    let day = |text: &str| text.parse::<waymark::model::Day>().unwrap();
    let mut plan = Plan::new(
        "realistic-uk",
        "2026-11-02T09:15:00Z".parse().unwrap(),
        "uk",
    );
    plan.alias = Some("Оксана".into());
    plan.note = Some("Краще дзвонити після обіду".into());
    let chip = |key: &str| ItemContent::Key(key.into());
    let own = |text: &str| ItemContent::Text(text.into());
    let id = plan.add_item(
        Quadrant::Strengths,
        chip("have-valid-id"),
        Some(Area::Documents),
    );
    let cook = plan.add_item(
        Quadrant::Strengths,
        own("Я вмію готувати на багатьох"),
        Some(Area::Work),
    );
    plan.add_item(Quadrant::Strengths, chip("speak-languages"), None);
    let forms = plan.add_item(
        Quadrant::Weaknesses,
        chip("forms-hard"),
        Some(Area::DailyLiving),
    );
    let debts = plan.add_item(
        Quadrant::Weaknesses,
        own("Борг за квартиру, 4 000 грн"),
        Some(Area::Money),
    );
    let course = plan.add_item(Quadrant::Opportunities, chip("course"), Some(Area::Work));
    let legal = plan.add_item(
        Quadrant::Opportunities,
        own("Юрист у центрі по четвергах"),
        Some(Area::Legal),
    );
    let eviction = plan.add_item(Quadrant::Threats, chip("eviction"), Some(Area::Housing));
    plan.add_item(Quadrant::Threats, own("Зима без теплого одягу"), None);
    let work = plan.add_goal(Goal {
        title: "Знайти роботу на кухні".into(),
        area: Some(Area::Work),
        why: Some("Щоб самій платити за житло".into()),
        target: Some(day("2027-03-31")),
        helped_by: vec![cook, course],
        addresses: vec![debts],
        help_wanted: Some("Допомогти з резюме".into()),
        ..Goal::default()
    });
    let cv = plan
        .add_step(work, "Написати резюме", Some(day("2026-11-20")))
        .unwrap();
    plan.update_step(cv, |s| s.done = true);
    plan.add_step(work, "Записатися на курс кухаря", Some(day("2026-12-15")));
    plan.add_step(work, "Спитати в їдальні про роботу", None);
    let home = plan.add_goal(Goal {
        title: "Зберегти квартиру".into(),
        area: Some(Area::Housing),
        target: Some(day("2027-01-15")),
        helped_by: vec![legal, id],
        addresses: vec![eviction, forms],
        ..Goal::default()
    });
    plan.add_step(home, "Піти до юриста в четвер", Some(day("2026-11-26")));
    plan.add_goal(Goal {
        title: "Відновити паспорт".into(),
        area: Some(Area::Documents),
        status: GoalStatus::Achieved,
        ..Goal::default()
    });
    plan.touch("2026-11-24T18:40:00Z".parse().unwrap());
    plan
}

/// Runs HL7's FHIR R4 JSON schema over named bundles, with Ajv
/// (`tests/support/fhir-schema.mjs`), and fails with its findings.
///
/// Why Ajv in Node rather than a Rust validator crate: Ajv is already
/// installed for the browser tests (pinned in package-lock.json), is the
/// most used implementation of the draft-06 this schema is written in, and
/// compiles this 3.5 MB schema in about two seconds; a crate would add a
/// dependency tree to compile on every clean build (on 2 cores), for a
/// check Ajv makes as well. The end-to-end tests use the same module on the
/// bundle the case manager's page downloads.
fn assert_valid_fhir_r4(bundles: &[(String, Value)]) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let root = env!("CARGO_MANIFEST_DIR");
    let mut child = Command::new("node")
        .arg("tests/support/fhir-schema.mjs")
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run node ({e}): scripts/setup.sh installs the tools the tests need")
        });
    let input: serde_json::Map<String, Value> = bundles.iter().cloned().collect();
    assert_eq!(input.len(), bundles.len(), "bundle names are unique");
    // A validator that cannot start closes its input early; its exit code
    // and message below say why.
    let _ = child
        .stdin
        .take()
        .unwrap()
        .write_all(Value::Object(input).to_string().as_bytes());
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {}
        Some(2) => panic!("the FHIR R4 schema could not be loaded:\n{stderr}"),
        _ => panic!("the FHIR export is not valid FHIR R4:\n{stdout}{stderr}"),
    }
    // The validator said so of each bundle, not merely exited 0.
    for (name, _) in bundles {
        assert!(
            stdout.lines().any(|l| l == format!("{name}: valid")),
            "{name} was not validated:\n{stdout}{stderr}"
        );
    }
}

#[test]
fn the_fhir_exports_are_valid_r4_by_the_official_schema() {
    let mut bundles = Vec::new();
    let realistic = realistic_plan();
    for lang in Lang::ALL {
        let l10n = Localizer::embedded(lang, CASE_MANAGER_FILES);
        bundles.push((
            format!("realistic plan, read in {}", lang.code()),
            export::fhir(&realistic, &l10n),
        ));
    }
    let en = Localizer::embedded(Lang::En, CASE_MANAGER_FILES);
    for name in ["small", "typical"] {
        let plan = reference::from_fixture(name);
        bundles.push((format!("reference plan {name}"), export::fhir(&plan, &en)));
    }
    let ar = Localizer::embedded(Lang::Ar, CASE_MANAGER_FILES);
    bundles.push((
        "typical plan with two check-ins".into(),
        export::fhir(&reference::typical_checked_in(), &ar),
    ));
    bundles.push((
        "reference plan large".into(),
        export::fhir(&reference::large(), &ar),
    ));
    bundles.push((
        "typical plan, answered".into(),
        export::fhir(&reference::typical_answered(), &en),
    ));
    // Finding: blank words came out as empty FHIR strings, which R4 forbids:
    // a step just added with "+ Add step" and not yet written, a name
    // cleared, own words emptied, an empty reason.
    let mut half_written = realistic.clone();
    half_written.alias = Some(" ".into());
    let blank = half_written.add_item(Quadrant::Threats, ItemContent::Text(String::new()), None);
    let first = half_written.goals[0].id;
    half_written.add_step(first, "", None);
    half_written.update_goal(first, |g| {
        g.why = Some(String::new());
        g.help_wanted = Some("  ".into());
        g.addresses.push(blank);
    });
    bundles.push(("half-written plan".into(), export::fhir(&half_written, &en)));
    let empty = Plan::new("empty", "2026-11-23T10:00:00Z".parse().unwrap(), "fa");
    bundles.push(("empty plan".into(), export::fhir(&empty, &en)));
    // Plans of any shape: empty words, control characters, emoji, links.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for n in 0..40 {
        let plan = proptest::strategy::ValueTree::current(&plans().new_tree(&mut runner).unwrap());
        bundles.push((format!("generated plan {n}"), export::fhir(&plan, &en)));
    }
    assert_valid_fhir_r4(&bundles);
}

#[test]
fn csv_has_a_row_per_item_goal_and_step_and_defuses_formulas() {
    let mut plan = reference::from_fixture("typical");
    plan.add_item(
        Quadrant::Strengths,
        ItemContent::Text("=HYPERLINK(\"x\"), \"quoted\"\nnext".into()),
        None,
    );
    let csv = export::csv(&plan, &Localizer::embedded(Lang::Es, CASE_MANAGER_FILES));
    let rows = csv.split("\r\n").filter(|r| !r.is_empty()).count();
    let expected =
        1 + 13 + plan.goals.len() + plan.goals.iter().map(|g| g.steps.len()).sum::<usize>();
    // The newline inside the quoted cell is a bare \n, not a row break.
    assert_eq!(rows, expected);
    assert!(csv.starts_with("section,order,id,text,"));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nnext\""),
        "{csv}"
    );
    let phone = Localizer::embedded(Lang::Es, CLIENT_FILES).text("chip-have-phone");
    assert!(
        csv.contains(&format!(",{phone},have-phone,")),
        "chips in Spanish, with their key"
    );
}

/// Check-ins reach the case system: each goal's lifecycle and achievement
/// from where the client says it stands, their words as notes with their
/// day, each step's activity status; a CSV row per check-in entry; the
/// text export's history.
#[test]
fn the_exports_follow_the_check_ins() {
    let plan = reference::typical_checked_in();
    let en = Localizer::embedded(Lang::En, CASE_MANAGER_FILES);
    let bundle = export::fhir(&plan, &en);
    let entries = bundle["entry"].as_array().unwrap();
    let goal = |i: usize| &entries[1 + i]["resource"];
    let achievement = |i: usize| goal(i)["achievementStatus"]["coding"][0]["code"].clone();
    // The ID card: done. The course: on its way, one step more done.
    assert_eq!(goal(0)["lifecycleStatus"], "completed");
    assert_eq!(achievement(0), "achieved");
    assert_eq!(goal(0)["achievementStatus"]["text"], "Done");
    assert_eq!(goal(1)["lifecycleStatus"], "active");
    assert_eq!(achievement(1), "improving");
    let notes = goal(0)["note"].as_array().unwrap();
    let said: Vec<(&str, &str)> = notes
        .iter()
        .filter_map(|n| Some((n["time"].as_str()?, n["text"].as_str()?)))
        .collect();
    assert_eq!(
        said,
        [
            ("2026-12-08", "Wniosek złożony, odbiór za miesiąc"),
            ("2026-12-22", "Mam nowy dowód!")
        ]
    );
    let activity = &entries[0]["resource"]["activity"];
    let statuses: Vec<&str> = (0..6)
        .map(|i| activity[i]["detail"]["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "completed",
            "completed",
            "completed",
            "in-progress",
            "completed",
            "in-progress"
        ]
    );

    // A goal never checked in on has no achievement yet.
    let fresh = export::fhir(&reference::from_fixture("typical"), &en);
    let first = &fresh["entry"][1]["resource"];
    assert_eq!(first["lifecycleStatus"], "proposed");
    assert!(first.get("achievementStatus").is_none());

    let csv = export::csv(&plan, &en);
    let check_in_rows: Vec<&str> = csv
        .split("\r\n")
        .filter(|r| r.starts_with("check-in,"))
        .collect();
    assert_eq!(check_in_rows.len(), 4, "{csv}");
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",status,fit,checked_on,suggested_by,organization,phone,place,directory_id"));
    assert!(
        check_in_rows[3].contains("Kurs jest tylko rano")
            && check_in_rows[3].ends_with(",On my way,Change it,2026-12-22,,,,,"),
        "{}",
        check_in_rows[3]
    );

    let text = export::text(&plan, &en);
    assert!(
        text.contains("2026-12-22: Done · Mam nowy dowód!"),
        "{text}"
    );
}

#[test]
fn text_and_json_exports_carry_the_whole_plan() {
    let plan = reference::from_fixture("typical");
    let l10n = Localizer::embedded(Lang::En, CASE_MANAGER_FILES);
    let text = export::text(&plan, &l10n);
    for goal in &plan.goals {
        assert!(text.contains(&goal.title));
        for step in &goal.steps {
            assert!(text.contains(&step.text));
        }
    }
    assert!(text.contains("[x] Zrobić zdjęcie do dowodu (2026-11-30)"));
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "no isolation marks in copied text"
    );
    let json = export::json(&plan);
    assert_eq!(waymark::model::load_json(&json).unwrap(), plan);
}

#[test]
fn format_1_codes_decode_forever() {
    let typical = reference::from_fixture("typical");
    let plain = include_str!("fixtures/share-v1-typical.txt");
    assert_eq!(decode(plain, None).unwrap(), typical);
    let protected = include_str!("fixtures/share-v1-typical-pin-482913.txt");
    assert_eq!(decode(protected, Some("482913")).unwrap(), typical);
}

#[test]
fn a_saved_file_opens_again_readable_or_protected() {
    use waymark::share::{file_contents, read_file};
    let plan = reference::from_fixture("small");
    let readable = file_contents(&plan, None);
    assert!(
        readable.contains(&format!("\"schema\": {}", waymark::model::SCHEMA_VERSION)),
        "names its schema version"
    );
    assert!(
        readable.contains("Shelter bed ends Friday"),
        "a person can read it"
    );
    assert_eq!(read_file(&readable, None).unwrap(), plan);
    let code = encode(
        &plan,
        Protection::Pin {
            pin: "1234",
            salt: SALT,
        },
    )
    .unwrap();
    let protected = file_contents(&plan, Some(&code));
    assert!(
        !protected.contains("Shelter bed"),
        "a protected file hides the plan"
    );
    assert_eq!(read_file(&protected, None), Err(ShareError::PinNeeded));
    assert_eq!(read_file(&protected, Some("1234")).unwrap(), plan);
    assert_eq!(
        read_file("PK\u{3}\u{4} not json", None),
        Err(ShareError::NotACode)
    );
    assert_eq!(
        read_file(r#"{"schema": 7}"#, None),
        Err(ShareError::TooNew(7))
    );
}

/// The web app deflates with the browser's zlib, or, in a browser without
/// one, stores the bytes as they are: either way the code opens the same.
#[test]
fn a_code_of_stored_bytes_opens_like_a_compressed_one() {
    for plan in [reference::from_fixture("typical"), reference::large()] {
        let bytes = plan_bytes(&plan).unwrap();
        let stored = deflate_stored(&bytes);
        assert_eq!(
            miniz_oxide::inflate::decompress_to_vec(&stored).unwrap(),
            bytes
        );
        let code = code_from_deflated(&stored, Protection::None).unwrap();
        assert_eq!(decode(&code, None).unwrap(), plan);
        assert!(
            code.len() > plain(&plan).len(),
            "stored is longer than compressed"
        );
        let pin = Protection::Pin {
            pin: "4829",
            salt: SALT,
        };
        let protected = code_from_deflated(&stored, pin).unwrap();
        assert_eq!(decode(&protected, Some("4829")).unwrap(), plan);
    }
    // More than one stored block (each holds at most 65,535 bytes), and none.
    let long: Vec<u8> = (0..150_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(
        miniz_oxide::inflate::decompress_to_vec(&deflate_stored(&long)).unwrap(),
        long
    );
    assert_eq!(
        miniz_oxide::inflate::decompress_to_vec(&deflate_stored(&[])).unwrap(),
        b""
    );
}

fn request(plan: &Plan, pin: Option<&str>) -> waymark::share::ShareRequest {
    let bytes = waymark::share::plan_bytes(plan).unwrap();
    waymark::share::ShareRequest {
        deflated: miniz_oxide::deflate::compress_to_vec(&bytes, 10),
        pin: pin.map(str::to_owned),
        salt: *b"request-salt-16b",
        app_url: "https://waymark.example/".into(),
        seal_to: None,
    }
}

#[test]
fn pressing_share_makes_a_code_its_link_and_its_qr() {
    use waymark::share::make_share;
    let plan = reference::from_fixture("typical");
    let outcome = make_share(&request(&plan, None)).unwrap();
    assert_eq!(decode(&outcome.code, None).unwrap(), plan);
    assert_eq!(
        outcome.link,
        format!("https://waymark.example/open/#i/{}", outcome.code)
    );
    assert!(!outcome.protected);
    let svg = outcome.qr_svg.expect("the typical plan fits one QR code");
    assert!(svg.starts_with("<svg") && svg.contains("<path d=\"M"));

    let protected = make_share(&request(&plan, Some(" 4829 "))).unwrap();
    assert!(protected.protected);
    assert_eq!(decode(&protected.code, Some("4829")).unwrap(), plan);

    // The large reference plan goes by link, code or file: no QR.
    assert_eq!(
        make_share(&request(&reference::large(), None))
            .unwrap()
            .qr_svg,
        None
    );
}

#[test]
fn a_pin_shorter_than_four_characters_is_refused() {
    use waymark::share::{make_share, pin_is_long_enough, ShareError};
    assert!(!pin_is_long_enough("123"));
    assert!(!pin_is_long_enough("  12  "), "spaces around do not count");
    assert!(pin_is_long_enough("ab12"));
    assert!(
        pin_is_long_enough("żółw"),
        "letters count, as the label says"
    );
    let plan = reference::from_fixture("small");
    assert_eq!(
        make_share(&request(&plan, Some("12 "))),
        Err(ShareError::PinTooShort)
    );
}

#[test]
fn the_qr_of_a_share_is_the_qr_of_its_link() {
    use waymark::share::{make_share, qr_svg};
    let plan = reference::from_fixture("small");
    let outcome = make_share(&request(&plan, None)).unwrap();
    let qr = share_qr("https://waymark.example/", &outcome.code).unwrap();
    assert_eq!(outcome.qr_svg, Some(qr_svg(&qr)));
    assert!(
        share_qr("https://waymark.example/", "WM1-12ab").is_none(),
        "digits only"
    );
}

#[test]
fn a_pin_is_asked_of_a_code_only_when_the_client_chose_protection() {
    use waymark::share::{chosen_pin, PinTooShort};
    assert_eq!(chosen_pin(false, "12".into()), Ok(None), "no PIN, no check");
    assert_eq!(chosen_pin(true, "12".into()), Err(PinTooShort));
    assert_eq!(chosen_pin(true, String::new()), Err(PinTooShort));
    assert_eq!(
        chosen_pin(true, " 4829 ".into()),
        Ok(Some(" 4829 ".into())),
        "as typed: decode trims it too"
    );
}

mod import_session {
    use super::*;
    use waymark::share::{file_contents, ImportSession, Opening, PIN_TRIES};

    fn protected(plan: &Plan) -> String {
        encode(
            plan,
            Protection::Pin {
                pin: "4829",
                salt: SALT,
            },
        )
        .unwrap()
    }

    #[test]
    fn a_code_a_link_a_wrapped_code_or_a_file_opens() {
        let plan = reference::from_fixture("small");
        let code = plain(&plan);
        let link = share_link("https://waymark.example/", &code);
        let wrapped = format!(" {}\n{} ", &code[..20], &code[20..]);
        for text in [code.clone(), link, wrapped, file_contents(&plan, None)] {
            let mut session = ImportSession::<Plan>::default();
            assert_eq!(session.open(&text), Opening::Opened(Box::new(plan.clone())));
            assert!(!session.waiting_for_pin());
        }
    }

    #[test]
    fn what_is_not_a_plan_is_said_plainly() {
        let mut session = ImportSession::<Plan>::default();
        assert_eq!(session.open("hello"), Opening::Failed(ShareError::NotACode));
        assert!(matches!(session.open("{ not json"), Opening::Failed(_)));
        let code = plain(&reference::from_fixture("small"));
        assert_eq!(
            session.open(&code[..code.len() - 5]),
            Opening::Failed(ShareError::Truncated)
        );
        assert!(!session.waiting_for_pin());
        assert_eq!(session.try_pin("4829"), None, "no code waits for a PIN");
    }

    #[test]
    fn a_protected_code_or_its_file_waits_for_its_pin() {
        let plan = reference::from_fixture("small");
        let code = protected(&plan);
        for text in [code.clone(), file_contents(&plan, Some(&code))] {
            let mut session = ImportSession::<Plan>::default();
            assert_eq!(session.open(&text), Opening::PinNeeded);
            assert!(session.waiting_for_pin());
            assert_eq!(session.tries_left(), PIN_TRIES);
            assert_eq!(
                session.try_pin(" 4829 "),
                Some(Opening::Opened(Box::new(plan.clone())))
            );
            assert!(!session.waiting_for_pin());
        }
    }

    #[test]
    fn five_wrong_pins_drop_the_code_and_a_new_code_starts_afresh() {
        let plan = reference::from_fixture("small");
        let code = protected(&plan);
        let mut session = ImportSession::<Plan>::default();
        assert_eq!(session.open_code(code.clone()), Opening::PinNeeded);
        for left in (1..PIN_TRIES).rev() {
            assert_eq!(
                session.try_pin("0000"),
                Some(Opening::Failed(ShareError::WrongPin))
            );
            assert_eq!(session.tries_left(), left);
        }
        assert_eq!(session.try_pin("0000"), Some(Opening::Locked));
        assert!(!session.waiting_for_pin());
        assert_eq!(session.try_pin("4829"), None, "the code is gone");
        // The code made again (or pasted again) has every try.
        assert_eq!(session.open(&code), Opening::PinNeeded);
        assert_eq!(session.tries_left(), PIN_TRIES);
        // A blank PIN is asked for again, and costs no try.
        assert_eq!(
            session.try_pin("  "),
            Some(Opening::Failed(ShareError::PinNeeded))
        );
        assert_eq!(session.tries_left(), PIN_TRIES);
    }
}

mod plan_words {
    use super::*;
    use waymark::model::labels::{part_name, part_text, GoalDetail};
    use waymark::share::words::{goal_title, plan_words};

    fn l10n() -> Localizer {
        Localizer::embedded(Lang::Pl, CASE_MANAGER_FILES)
    }

    #[test]
    fn every_part_is_read_in_order_with_its_answers_in_the_readers_words() {
        let plan = reference::from_fixture("typical");
        let l10n = l10n();
        let words = plan_words(&plan, &l10n);
        let read: Vec<Quadrant> = words.parts.iter().map(|p| p.quadrant).collect();
        assert_eq!(read, Quadrant::ALL, "even a part with no answers");
        for part in &words.parts {
            let items = plan.swot.items(part.quadrant);
            assert_eq!(part.items.len(), items.len());
            for (read, item) in part.items.iter().zip(items) {
                assert_eq!(read.item, item);
                assert_eq!(read.own(), matches!(item.content, ItemContent::Text(_)));
                assert_eq!(read.words, export_words(&l10n, item));
            }
        }
        let phone = Localizer::embedded(Lang::Pl, CLIENT_FILES).text("chip-have-phone");
        assert!(
            words.parts[0].items.iter().any(|i| i.words == phone),
            "a chip is translated"
        );
    }

    fn export_words(l10n: &Localizer, item: &waymark::model::Item) -> String {
        waymark::share::words::item_words(l10n, item)
    }

    #[test]
    fn a_goal_is_read_with_its_name_and_the_words_of_what_it_links_to() {
        let mut plan = Plan::new("t", "2026-11-23T10:00:00Z".parse().unwrap(), "pl");
        let strength = plan.add_item(
            Quadrant::Strengths,
            ItemContent::Text("Umiem gotować".into()),
            None,
        );
        let worry = plan.add_item(Quadrant::Threats, ItemContent::Key("id-lost".into()), None);
        plan.add_goal(Goal {
            title: "Praca".into(),
            helped_by: vec![strength, 4040],
            addresses: vec![worry],
            ..Goal::default()
        });
        plan.add_goal(Goal::default());
        let l10n = l10n();
        let words = plan_words(&plan, &l10n);
        let full = &words.goals[0];
        assert_eq!(full.goal, &plan.goals[0]);
        assert_eq!(full.title, "Praca");
        assert_eq!(
            full.helped_by,
            ["Umiem gotować"],
            "a link to an answer that is gone is left out"
        );
        let lost = Localizer::embedded(Lang::Pl, CLIENT_FILES).text("chip-id-lost");
        assert_eq!(full.addresses, [lost]);
        // A draft goal: its name says so.
        let draft = &words.goals[1];
        assert_eq!(draft.title, goal_title(&l10n, &Goal::default()));
        assert_eq!(draft.title, l10n.text("goal-untitled"));
        assert!(draft.helped_by.is_empty() && draft.addresses.is_empty());
    }

    #[test]
    fn every_label_has_words_in_every_language() {
        for lang in Lang::ALL {
            let l10n = Localizer::embedded(lang, CLIENT_FILES);
            let mut ids: Vec<&str> = Quadrant::ALL
                .iter()
                .flat_map(|q| {
                    let t = part_text(*q);
                    [t.name, t.question, t.hint, t.example, t.count]
                })
                .collect();
            ids.extend(
                [
                    GoalDetail::Why,
                    GoalDetail::HelpedBy,
                    GoalDetail::Addresses,
                    GoalDetail::HelpWanted,
                ]
                .map(GoalDetail::label),
            );
            use waymark::model::labels::{
                DUE, GOALS, NO_GOALS, PART_SKIPPED, PLAN_TITLE, TARGET, UNTITLED_GOAL,
            };
            ids.extend([
                PLAN_TITLE,
                GOALS,
                PART_SKIPPED,
                NO_GOALS,
                UNTITLED_GOAL,
                TARGET,
                DUE,
            ]);
            for id in ids {
                assert!(l10n.has(id), "{lang:?} {id}");
            }
            assert_eq!(part_name(Quadrant::Threats), "part-threats");
        }
    }
}

/// What the client took of the case manager's answer: the service as a
/// HealthcareService and its Organization in the Bundle, referred to from
/// a CarePlan activity tied to its goal; what they left for now is not in
/// the FHIR plan but is in the CSV, marked, with the gaps.
#[test]
fn the_exports_carry_the_support_taken_and_the_gaps() {
    let plan = reference::typical_answered();
    let en = Localizer::embedded(Lang::En, CASE_MANAGER_FILES);
    let bundle = export::fhir(&plan, &en);
    let entries = bundle["entry"].as_array().unwrap();
    let by_url = |url: &Value| {
        entries
            .iter()
            .find(|e| &e["fullUrl"] == url)
            .map(|e| &e["resource"])
            .unwrap_or_else(|| panic!("{url} does not resolve in the Bundle"))
    };
    let services: Vec<&Value> = entries
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "HealthcareService")
        .collect();
    assert_eq!(services.len(), 1, "only the service taken");
    let clinic = services[0];
    assert_eq!(clinic["name"], "Free legal advice clinic");
    assert_eq!(clinic["telecom"][0]["value"], "+44 20 7946 0123");
    assert_eq!(clinic["availableTime"][0]["daysOfWeek"], json!(["tue"]));
    assert_eq!(clinic["availableTime"][0]["availableStartTime"], "10:00:00");
    assert_eq!(
        by_url(&clinic["providedBy"]["reference"])["name"],
        "City Law Centre"
    );
    let care_plan = &entries[0]["resource"];
    let activities = care_plan["activity"].as_array().unwrap();
    let served = activities
        .iter()
        .find(|a| a["detail"]["performer"].is_array())
        .unwrap();
    assert_eq!(
        by_url(&served["detail"]["performer"][0]["reference"])["name"],
        "Free legal advice clinic"
    );
    assert_eq!(
        by_url(&served["detail"]["goal"][0]["reference"])["resourceType"],
        "Goal"
    );
    let meeting = activities
        .iter()
        .find(|a| a["detail"]["kind"] == "Appointment")
        .unwrap();
    assert_eq!(meeting["detail"]["scheduledString"], "2026-12-17 10:30");
    assert!(!bundle.to_string().contains("Housing advice desk"));

    let csv = export::csv(&plan, &en);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    let support: Vec<&&str> = rows.iter().filter(|r| r.starts_with("support,")).collect();
    assert_eq!(support.len(), 2, "{csv}");
    assert!(support[0].contains("Free legal advice clinic") && support[0].contains(",Said yes,"));
    assert!(support[1].contains("Housing advice desk") && support[1].contains(",Not now,"));
    assert!(rows
        .iter()
        .any(|r| r.starts_with("meeting,") && r.contains("2026-12-17 10:30")));
    assert!(rows
        .iter()
        .any(|r| r.starts_with("gap,1,,Nigdzie nie można tu wyprać ubrań wieczorem")));
}
