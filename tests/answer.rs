//! The case manager answers back: the answer's code, and what the client
//! makes of each suggestion in it.

mod support;

use support::reference::{typical_answer, typical_answered, typical_checked_in};
use waymark::model::{Choice, Field, Offer, Plan, Problem, ValidationError};
use waymark::share::{
    answer_code_from_text, answer_file_contents, answer_is_protected, answer_link, decode,
    decode_answer, encode, encode_answer, Protection, ShareError,
};

const PIN: Protection = Protection::Pin {
    pin: "482913",
    salt: *b"waymark-fixture!",
};

fn answered_ids(plan: &Plan) -> Vec<u32> {
    plan.support.iter().map(|s| s.id).collect()
}

#[test]
fn an_answer_opens_to_itself_plain_and_with_the_plans_pin() {
    let plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let plain = encode_answer(&answer, Protection::None).unwrap();
    assert!(plain.starts_with("WA2-"), "{plain}");
    assert_eq!(decode_answer(&plain, None), Ok(answer.clone()));
    assert_eq!(answer_is_protected(&plain), Ok(false));

    let protected = encode_answer(&answer, PIN).unwrap();
    assert_eq!(answer_is_protected(&protected), Ok(true));
    assert_eq!(decode_answer(&protected, None), Err(ShareError::PinNeeded));
    assert_eq!(
        decode_answer(&protected, Some("000000")),
        Err(ShareError::WrongPin)
    );
    assert_eq!(decode_answer(&protected, Some("482913")), Ok(answer));
}

#[test]
fn an_answer_travels_as_a_link_a_file_and_wrapped_text() {
    let plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let code = encode_answer(&answer, Protection::None).unwrap();
    let link = answer_link("https://waymark.example/app/", &code);
    assert_eq!(link, format!("https://waymark.example/app/#answer/{code}"));
    let wrapped: String = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| (i % 60 == 59).then_some('\n').into_iter().chain([c]))
        .collect();
    for text in [
        link,
        answer_file_contents(&code),
        wrapped,
        format!("  {code}\n"),
    ] {
        assert_eq!(
            decode_answer(&answer_code_from_text(&text), None),
            Ok(answer.clone())
        );
    }
}

#[test]
fn a_plan_and_an_answer_are_each_refused_in_the_others_place_by_name() {
    let plan = typical_checked_in();
    let plan_code = encode(&plan, Protection::None).unwrap();
    let answer_code = encode_answer(&typical_answer(&plan), Protection::None).unwrap();
    assert_eq!(decode_answer(&plan_code, None), Err(ShareError::IsAPlan));
    assert_eq!(decode(&answer_code, None), Err(ShareError::IsAnAnswer));
    assert_eq!(decode_answer("hello", None), Err(ShareError::NotACode));
    let digits = answer_code.strip_prefix("WA2-").unwrap();
    assert_eq!(
        decode_answer(&format!("WA3-{digits}"), None),
        Err(ShareError::TooNew(3))
    );
}

/// Every change of one digit, and every cut, is refused (the CRC or the
/// length finds it), never read as another answer and never a panic.
#[test]
fn every_damaged_or_cut_answer_code_is_refused() {
    let code = encode_answer(&typical_answer(&typical_checked_in()), Protection::None).unwrap();
    let digits_at = 4;
    for at in (digits_at..code.len()).step_by(3) {
        let original = code.as_bytes()[at];
        let other = if original == b'9' { b'0' } else { original + 1 };
        let mut damaged = code.clone().into_bytes();
        damaged[at] = other;
        let damaged = String::from_utf8(damaged).unwrap();
        assert!(decode_answer(&damaged, None).is_err(), "digit {at}");
    }
    for cut in (digits_at..code.len()).step_by(7) {
        assert!(
            matches!(
                decode_answer(&code[..cut], None),
                Err(ShareError::Truncated | ShareError::Damaged)
            ),
            "cut at {cut}"
        );
    }
}

#[test]
fn a_step_is_suggested_for_a_goal() {
    let plan = typical_checked_in();
    let mut answer = typical_answer(&plan);
    answer.proposals[2].goal = None;
    let problems = answer.validate().unwrap_err();
    assert_eq!(
        problems,
        [ValidationError {
            field: Field::Support(2),
            problem: Problem::Malformed
        }]
    );
    assert!(matches!(
        decode_answer(&encode_answer(&answer, Protection::None).unwrap(), None),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn nothing_enters_the_plan_without_a_yes() {
    let mut plan = typical_checked_in();
    let before = plan.clone();
    let answer = typical_answer(&plan);
    let ids = plan.receive(&answer).unwrap();
    assert_eq!(ids.len(), 5);
    // Waiting: no goal gained a step, and "My support" holds only the
    // message, which is there to be read.
    assert_eq!(plan.goals, before.goals);
    let mine: Vec<_> = plan.my_support().map(|s| &s.offer).collect();
    assert!(matches!(mine[..], [Offer::Message(_)]), "{mine:?}");
    assert_eq!(plan.open_suggestions().count(), 4);
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn a_yes_takes_a_step_into_its_goal_once_and_not_now_can_be_revisited() {
    let mut plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let ids = plan.receive(&answer).unwrap();
    let goal = answer.proposals[2].goal.unwrap();
    let steps = plan.goal(goal).unwrap().steps.len();

    assert!(plan.choose(ids[2], Choice::Yes));
    let after = plan.goal(goal).unwrap();
    assert_eq!(after.steps.len(), steps + 1);
    assert_eq!(
        after.steps.last().unwrap().text,
        "Bring your birth certificate"
    );
    // Taken once: it is the client's step now, edited on their goal.
    assert!(!plan.choose(ids[2], Choice::NotNow));
    assert!(!plan.choose(ids[2], Choice::Yes));
    assert_eq!(plan.goal(goal).unwrap().steps.len(), steps + 1);

    assert!(plan.choose(ids[1], Choice::NotNow));
    assert!(!plan.my_support().any(|s| s.id == ids[1]));
    assert!(plan.choose(ids[1], Choice::Yes));
    assert!(plan.my_support().any(|s| s.id == ids[1]));
    // A message is not a choice.
    assert!(!plan.choose(ids[4], Choice::NotNow));
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn an_answer_taken_twice_keeps_the_choices_made() {
    let mut plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let ids = plan.receive(&answer).unwrap();
    assert!(plan.choose(ids[0], Choice::Yes));
    assert_eq!(plan.receive(&answer).unwrap(), ids);
    assert_eq!(plan.support.len(), 5);
    assert_eq!(plan.support[0].choice, Choice::Yes);
}

#[test]
fn an_answer_to_another_plan_is_not_taken() {
    let mut plan = typical_checked_in();
    let mut answer = typical_answer(&plan);
    answer.plan = "someone-else".into();
    assert!(plan.receive(&answer).is_err());
    assert!(plan.support.is_empty());
}

#[test]
fn a_removed_goal_leaves_its_suggestions_to_the_plan() {
    let mut plan = typical_answered();
    let goal = plan.support[0].goal.unwrap();
    assert!(plan.remove_goal(goal));
    assert_eq!(plan.support[0].goal, None);
    assert_eq!(plan.validate(), Ok(()));
}

/// The client's next share carries every choice: the case manager sees
/// what was taken and what was not.
#[test]
fn the_next_share_carries_the_choices_and_the_gaps() {
    let plan = typical_answered();
    let opened = decode(&encode(&plan, Protection::None).unwrap(), None).unwrap();
    assert_eq!(opened, plan);
    let choices: Vec<_> = opened.support.iter().map(|s| s.choice).collect();
    assert_eq!(
        choices,
        [
            Choice::Yes,
            Choice::NotNow,
            Choice::Yes,
            Choice::Yes,
            Choice::Yes
        ]
    );
    assert_eq!(opened.gaps.len(), 1);
    // New ids never collide with the suggestions'.
    let mut more = opened.clone();
    let item = more
        .add_own_words(waymark::model::Quadrant::Strengths, "Umiem gotować")
        .unwrap();
    assert!(!answered_ids(&opened).contains(&item));
}

#[test]
fn a_suggestions_days_and_times_have_one_spelling() {
    let mut plan = typical_answered();
    let Offer::Service(service) = &mut plan.support[0].offer else {
        panic!("the first suggestion is a service");
    };
    service.hours[0].days = vec![chrono::Weekday::Wed, chrono::Weekday::Tue];
    service.hours[0].opens = chrono::NaiveTime::from_hms_opt(10, 0, 30);
    let problems = plan.validate().unwrap_err();
    assert!(problems
        .iter()
        .all(|p| p.problem == Problem::Malformed && p.field == Field::Support(plan.support[0].id)));
}

/// Every released format keeps a fixture that must open forever.
#[test]
fn the_answer_and_format_3_fixtures_open_forever() {
    let plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let plain = include_str!("fixtures/answer-v1-typical.txt");
    let protected = include_str!("fixtures/answer-v1-typical-pin-482913.txt");
    assert_eq!(decode_answer(plain.trim(), None), Ok(answer.clone()));
    assert_eq!(
        decode_answer(protected.trim(), Some("482913")),
        Ok(answer.clone())
    );
    // Format 2 carries the agency's key (the sealed fixtures' newer key).
    let with_agency = waymark::model::Answer {
        agency: Some(
            waymark::share::AgencySecret::from_seed("Miriam's Kitchen case management", &[2; 32])
                .unwrap()
                .key()
                .code(),
        ),
        ..answer
    };
    let plain = include_str!("fixtures/answer-v2-typical-with-agency.txt");
    let protected = include_str!("fixtures/answer-v2-typical-with-agency-pin-482913.txt");
    assert!(plain.starts_with("WA2-"));
    assert_eq!(decode_answer(plain.trim(), None), Ok(with_agency.clone()));
    assert_eq!(
        decode_answer(protected.trim(), Some("482913")),
        Ok(with_agency)
    );

    let answered = typical_answered();
    let file = waymark::model::load_json(include_str!("fixtures/plan-v3-typical-answered.json"));
    assert_eq!(file.unwrap(), answered);
    let code = decode(include_str!("fixtures/share-v3-typical-answered.txt"), None);
    assert_eq!(code.unwrap(), answered);
    let code = decode(
        include_str!("fixtures/share-v3-typical-answered-pin-482913.txt"),
        Some("482913"),
    );
    assert_eq!(code.unwrap(), answered);
}

/// Opening hours read as a sign on a door would say them, in the reader's
/// language and digits.
#[test]
fn opening_hours_read_in_plain_words() {
    use chrono::{NaiveTime, Weekday};
    use waymark::i18n::{Lang, Localizer};
    use waymark::model::Hours;
    use waymark::share::words::hours_words;
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    let en = Localizer::embedded(Lang::En, waymark::i18n::CLIENT_FILES);
    let tuesday = Hours {
        days: vec![Weekday::Tue],
        opens: at(10, 0),
        closes: at(13, 0),
    };
    assert_eq!(hours_words(&en, &tuesday), "Tuesdays 10:00–13:00");
    let weekdays = Hours {
        days: vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ],
        opens: at(9, 30),
        closes: None,
    };
    assert_eq!(hours_words(&en, &weekdays), "Monday to Friday from 9:30");
    let two = Hours {
        days: vec![Weekday::Mon, Weekday::Thu],
        opens: None,
        closes: at(18, 0),
    };
    assert_eq!(hours_words(&en, &two), "Mondays, Thursdays until 18:00");
    let fa = Localizer::embedded(Lang::Fa, waymark::i18n::CLIENT_FILES);
    let persian = hours_words(&fa, &tuesday);
    assert!(persian.contains("۱۰:۰۰–۱۳:۰۰"), "{persian}");
    assert!(!persian.contains("Tuesdays"), "{persian}");
    let es = Localizer::embedded(Lang::Es, waymark::i18n::CLIENT_FILES);
    assert_eq!(
        hours_words(&es, &two),
        "Los lunes, los jueves hasta las 18:00"
    );
    let ar = Localizer::embedded(Lang::Ar, waymark::i18n::CLIENT_FILES);
    assert!(hours_words(&ar, &two).contains("، "));
}

/// The answer goes back as one QR code the client's phone camera reads
/// (at most version 22, as the typical plan), and the client's next share,
/// answered, still fits the one QR code the screen shows (its services'
/// details travel whole, so that the plan continued elsewhere keeps them).
#[test]
fn the_answer_and_the_answered_plan_each_fit_one_qr_code() {
    use waymark::share::{answer_qr, share_qr};
    let app = "https://waymark.example";
    let plan = typical_checked_in();
    let answer = encode_answer(&typical_answer(&plan), Protection::None).unwrap();
    let qr = answer_qr(app, &answer).expect("fits");
    assert!(
        qr.version().value() <= 22,
        "version {}",
        qr.version().value()
    );
    let answered = encode(&typical_answered(), Protection::None).unwrap();
    let qr = share_qr(app, &answered).expect("fits");
    assert!(qr.version().value() <= waymark::share::QR_MAX_VERSION);
    println!(
        "answer: {} chars; answered plan: {} chars, QR version {}",
        answer.len(),
        answered.len(),
        qr.version().value()
    );
}

mod writing_an_answer {
    use super::*;
    use waymark::model::{meeting_from_form, typed_service, AnswerDraft, DraftProblem};
    use waymark::share::{ImportSession, Opening};

    const MADE: &str = "2026-12-10T15:30:00Z";

    #[test]
    fn what_the_case_manager_adds_becomes_the_answer_in_their_order() {
        let plan = typical_checked_in();
        let goal = plan.goals[0].id;
        let mut draft = AnswerDraft::default();
        let clinic = typed_service(" Legal clinic ", "ID papers", "", " 020 7946 0123 ", "");
        draft.add(Some(goal), Offer::Service(clinic)).unwrap();
        draft
            .add(Some(goal), Offer::Step("  Bring your letters ".into()))
            .unwrap();
        draft
            .add(None, Offer::Message("See you soon".into()))
            .unwrap();
        let answer = draft
            .answer(&plan, " Sam ", MADE.parse().unwrap(), "en")
            .unwrap();
        assert_eq!(answer.plan, plan.id);
        assert_eq!(answer.from, "Sam");
        let Offer::Service(service) = &answer.proposals[0].offer else {
            panic!("a service first");
        };
        assert_eq!(service.name, "Legal clinic");
        assert_eq!(service.phone.as_deref(), Some("020 7946 0123"));
        assert_eq!(service.place, None, "an empty field is left out");
        assert_eq!(
            answer.proposals[1].offer,
            Offer::Step("Bring your letters".into())
        );
        assert_eq!(answer.proposals[2].goal, None);
        assert_eq!(answer.validate(), Ok(()));
        draft.remove(1);
        draft.remove(9);
        assert_eq!(draft.proposals.len(), 2);
    }

    #[test]
    fn an_answer_says_who_it_is_from_and_something() {
        let plan = typical_checked_in();
        let mut draft = AnswerDraft::default();
        let made = MADE.parse().unwrap();
        assert_eq!(
            draft.answer(&plan, "Sam", made, "en"),
            Err(DraftProblem::Empty)
        );
        assert_eq!(
            draft.add(None, Offer::Message("   ".into())),
            Err(DraftProblem::Empty)
        );
        let nameless = typed_service(" ", "food", "", "", "");
        assert_eq!(
            draft.add(None, Offer::Service(nameless)),
            Err(DraftProblem::Empty)
        );
        assert_eq!(
            draft.add(None, Offer::Step("Call them".into())),
            Err(DraftProblem::StepNeedsGoal)
        );
        assert_eq!(
            draft.add(None, Offer::Message("x".repeat(2001))),
            Err(DraftProblem::TooLong)
        );
        draft.add(None, Offer::Message("Hello".into())).unwrap();
        assert_eq!(
            draft.answer(&plan, "  ", made, "en"),
            Err(DraftProblem::NoName)
        );
    }

    #[test]
    fn a_meeting_reads_the_forms_day_and_time_and_a_new_one_replaces_it() {
        let meeting = meeting_from_form("2026-12-17", "09:30", " Front desk ").unwrap();
        assert_eq!(meeting.on.to_string(), "2026-12-17");
        assert_eq!(meeting.at.unwrap().to_string(), "09:30:00");
        assert_eq!(meeting.place.as_deref(), Some("Front desk"));
        assert_eq!(meeting_from_form("2026-12-18", "", "").unwrap().at, None);
        for (day, time) in [("", "09:30"), ("17/12/2026", ""), ("2026-12-17", "9h")] {
            assert_eq!(
                meeting_from_form(day, time, ""),
                Err(DraftProblem::BadMeeting)
            );
        }
        let mut draft = AnswerDraft::default();
        draft.add(None, Offer::Meeting(meeting)).unwrap();
        let later = meeting_from_form("2026-12-24", "", "").unwrap();
        draft.add(None, Offer::Meeting(later.clone())).unwrap();
        assert_eq!(draft.proposals.len(), 1);
        assert_eq!(draft.proposals[0].offer, Offer::Meeting(later));
    }

    #[test]
    fn an_answer_opens_from_its_link_or_file_and_asks_for_the_plans_pin() {
        let plan = typical_checked_in();
        let answer = typical_answer(&plan);
        let code = encode_answer(&answer, PIN).unwrap();
        for text in [
            answer_link("https://waymark.example", &code),
            answer_file_contents(&code),
        ] {
            let mut session = ImportSession::<waymark::model::Answer>::default();
            assert_eq!(session.open(&text), Opening::PinNeeded);
            assert_eq!(
                session.try_pin("000000"),
                Some(Opening::Failed(ShareError::WrongPin))
            );
            assert_eq!(
                session.try_pin("482913"),
                Some(Opening::Opened(Box::new(answer.clone())))
            );
            assert_eq!(session.opened_with(), Some("482913"));
        }
        let plan_code = encode(&plan, Protection::None).unwrap();
        let mut session = ImportSession::<waymark::model::Answer>::default();
        assert_eq!(
            session.open(&plan_code),
            Opening::Failed(ShareError::IsAPlan)
        );
    }
}

mod reading_a_suggestion {
    use super::*;
    use waymark::i18n::{Lang, Localizer};
    use waymark::model::{meeting_from_form, Service};
    use waymark::share::words::offer_words;

    fn en() -> Localizer {
        Localizer::embedded(Lang::En, waymark::i18n::CLIENT_FILES)
    }

    #[test]
    fn a_service_reads_with_its_place_hours_and_phone_in_its_own_language() {
        let plan = typical_checked_in();
        let answer = typical_answer(&plan);
        let words = offer_words(&en(), &answer.proposals[0].offer, |d| d.to_string());
        assert_eq!(words.kind, "offer-service");
        assert_eq!(words.title, "Free legal advice clinic");
        assert_eq!(words.lang.as_deref(), Some("en"));
        assert_eq!(words.icon, waymark::model::Area::Legal.icon());
        assert!(words
            .details
            .contains(&"Room 2, 14 Harbour Street".to_owned()));
        assert_eq!(words.hours, ["Tuesdays 10:00–13:00"]);
        assert_eq!(words.phone.as_deref(), Some("+44 20 7946 0123"));
        assert_eq!(words.web.as_deref(), Some("https://law.example/clinic"));
        let spoken = words.spoken(&en());
        assert!(
            spoken.starts_with("Who can help. Free legal advice clinic."),
            "{spoken}"
        );
        assert!(spoken.ends_with("Phone: +44 20 7946 0123"), "{spoken}");
    }

    #[test]
    fn only_a_web_address_becomes_a_link() {
        for web in ["javascript:alert(1)", "data:text/html,x", "law.example"] {
            let service = Service {
                name: "Clinic".into(),
                web: Some(web.into()),
                ..Service::default()
            };
            let words = offer_words(&en(), &Offer::Service(service), |d| d.to_string());
            assert_eq!(words.web, None, "{web}");
        }
    }

    #[test]
    fn a_meeting_reads_its_day_time_and_place_in_the_readers_digits() {
        let meeting =
            Offer::Meeting(meeting_from_form("2026-12-17", "09:30", "Front desk").unwrap());
        let words = offer_words(&en(), &meeting, |d| d.format("%-d %B %Y").to_string());
        assert_eq!(words.kind, "offer-meeting");
        assert_eq!(words.title, "17 December 2026 at 9:30");
        assert_eq!(words.details, ["Front desk"]);
        let fa = Localizer::embedded(Lang::Fa, waymark::i18n::CLIENT_FILES);
        let words = offer_words(&fa, &meeting, |_| "۲۶ آذر".into());
        assert!(words.title.contains("۹:۳۰"), "{}", words.title);
    }
}

mod the_answers_code_and_link {
    use super::*;
    use waymark::share::{app_of_page, make_answer, short_link};

    #[test]
    fn the_answer_links_into_the_clients_app_and_keeps_the_plans_pin() {
        assert_eq!(
            app_of_page("https://waymark.example/open/"),
            "https://waymark.example"
        );
        assert_eq!(
            app_of_page("https://waymark.example/centre/open"),
            "https://waymark.example/centre"
        );
        let plan = typical_checked_in();
        let answer = typical_answer(&plan);
        let app = app_of_page("https://waymark.example/open/");
        let outcome = make_answer(&answer, Some("482913"), *b"waymark-fixture!", app).unwrap();
        assert!(outcome.protected);
        assert!(
            outcome
                .link
                .starts_with("https://waymark.example/#answer/WA2-"),
            "{}",
            outcome.link
        );
        assert!(outcome.qr_svg.is_some());
        assert_eq!(
            decode_answer(&answer_code_from_text(&outcome.link), Some("482913")),
            Ok(answer.clone())
        );
        assert_eq!(
            decode_answer(&outcome.code, None),
            Err(ShareError::PinNeeded)
        );
        let plain = make_answer(&answer, None, [0; 16], app).unwrap();
        assert!(!plain.protected);
        assert_eq!(decode_answer(&plain.code, None), Ok(answer));
        let short = short_link(&plain.link);
        assert!(short.starts_with("waymark.example/#answer/WA2-"), "{short}");
        assert!(short.ends_with('…') && short.len() < 45, "{short}");
    }
}

mod around_here {
    use super::*;
    use waymark::model::{Area, ItemContent, Quadrant, Service};

    #[test]
    fn a_gap_is_kept_in_the_clients_words_and_can_be_taken_back() {
        let mut plan = typical_checked_in();
        assert!(!plan.add_gap("   "));
        assert!(plan.add_gap("  Somewhere to wash clothes at night "));
        assert!(!plan.add_gap(&"x".repeat(2001)));
        assert_eq!(plan.gaps, ["Somewhere to wash clothes at night"]);
        assert_eq!(plan.validate(), Ok(()));
        assert!(!plan.remove_gap(3));
        assert!(plan.remove_gap(0));
        assert!(plan.gaps.is_empty());
    }

    #[test]
    fn a_centre_service_tapped_is_among_what_could_help_and_tapped_again_is_not() {
        let mut plan = typical_checked_in();
        let before = plan.swot.opportunities.len();
        let clinic = Service {
            name: "Legal Advice Clinic".into(),
            area: Some(Area::Legal),
            ..Service::default()
        };
        assert!(!plan.has_centre_service(&clinic));
        assert!(plan.toggle_centre_service(&clinic));
        assert!(plan.has_centre_service(&clinic));
        let item = plan.swot.items(Quadrant::Opportunities).last().unwrap();
        assert_eq!(
            item.content,
            ItemContent::Text("Legal Advice Clinic".into())
        );
        assert_eq!(item.area, Some(Area::Legal));
        assert!(!plan.toggle_centre_service(&clinic));
        assert_eq!(plan.swot.opportunities.len(), before);
    }
}

mod limits_of_a_plan {
    use super::*;
    use waymark::model::{AnswerMismatch, Proposal};

    #[test]
    fn an_answer_that_would_overfill_the_plan_is_refused_and_changes_nothing() {
        let mut plan = typical_answered();
        let mut answer = typical_answer(&plan);
        answer.made = "2026-12-20T10:00:00Z".parse().unwrap();
        answer.proposals = (0..200)
            .map(|n| Proposal {
                goal: None,
                offer: Offer::Message(format!("Message {n}")),
            })
            .collect();
        assert_eq!(
            answer.validate(),
            Ok(()),
            "the answer alone is within limits"
        );
        let before = plan.clone();
        assert_eq!(plan.receive(&answer), Err(AnswerMismatch::NoRoom));
        assert_eq!(plan, before);
        assert_eq!(plan.validate(), Ok(()));
    }

    #[test]
    fn a_step_whose_goal_is_gone_is_not_a_choice() {
        let mut plan = typical_checked_in();
        let answer = typical_answer(&plan);
        let ids = plan.receive(&answer).unwrap();
        let step = ids
            .iter()
            .copied()
            .find(|id| {
                plan.support
                    .iter()
                    .any(|s| s.id == *id && matches!(s.offer, Offer::Step(_)))
            })
            .unwrap();
        let goal = plan
            .support
            .iter()
            .find(|s| s.id == step)
            .unwrap()
            .goal
            .unwrap();
        assert!(plan.remove_goal(goal));
        let support = plan.support.iter().find(|s| s.id == step).unwrap();
        assert!(!support.is_choice());
        assert!(!plan.choose(step, Choice::Yes), "no goal to add it to");
        assert!(plan.open_suggestions().all(|s| s.id != step));
    }
}

#[test]
fn a_phone_link_dials_the_number_as_written_and_stops_at_a_word() {
    use waymark::share::words::dial_number;
    assert_eq!(
        dial_number("+44 20 7946 0123").as_deref(),
        Some("+442079460123")
    );
    assert_eq!(
        dial_number("(020) 7946-0101 ext 12").as_deref(),
        Some("02079460101")
    );
    assert_eq!(
        dial_number("020 7946 0101, or 0102").as_deref(),
        Some("02079460101")
    );
    assert_eq!(dial_number("ask at the desk"), None);
    assert_eq!(dial_number("12"), None);
}

#[test]
fn my_support_on_paper_is_the_people_places_and_meeting_taken_and_answers_list_newest_first() {
    let mut plan = typical_answered();
    let taken: Vec<&str> = plan
        .people_and_places()
        .map(|s| match &s.offer {
            Offer::Service(service) => service.name.as_str(),
            Offer::Meeting(_) => "meeting",
            _ => "other",
        })
        .collect();
    assert_eq!(taken, ["Free legal advice clinic", "meeting"]);
    let mut later = typical_answer(&plan);
    later.from = "Ada".into();
    later.made = "2026-12-20T09:00:00Z".parse().unwrap();
    plan.receive(&later).unwrap();
    let answers: Vec<String> = plan.answers().into_iter().map(|(from, _)| from).collect();
    assert_eq!(answers, ["Ada", "Sam Carter"]);
}

/// An answer may carry the agency's public key: it comes back as the same
/// key, and a damaged one inside is no answer at all.
#[test]
fn an_answer_carries_the_agencys_key() {
    use waymark::share::{encode_answer, AgencyKey, AgencySecret, Protection, ShareError};
    let plan = typical_checked_in();
    let key = AgencySecret::from_seed("Eastport Centre", &[5; 32]).unwrap();
    let answer = waymark::model::Answer {
        agency: Some(key.key().code()),
        ..typical_answer(&plan)
    };
    let code = encode_answer(&answer, Protection::None).unwrap();
    assert!(code.starts_with("WA2-"));
    let back = decode_answer(&code, None).unwrap();
    assert_eq!(
        AgencyKey::from_code(back.agency.as_deref().unwrap()).as_ref(),
        Ok(key.key())
    );
    assert_eq!(back, answer);
    let without = typical_answer(&plan);
    assert_eq!(
        decode_answer(&encode_answer(&without, Protection::None).unwrap(), None),
        Ok(without)
    );
    let broken = waymark::model::Answer {
        agency: Some("WK1-123".into()),
        ..typical_answer(&plan)
    };
    assert!(matches!(
        encode_answer(&broken, Protection::None),
        Err(ShareError::Truncated | ShareError::Damaged)
    ));
}
