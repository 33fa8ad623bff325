//! The three reference plans of `tests/fixtures/reference-plans.json`, as
//! Waymark plans: every size and speed figure is measured on these.
#![allow(dead_code)]

use chrono::NaiveTime;
use chrono::TimeDelta;
use serde_json::Value;
use waymark::model::{
    Answer, Area, Choice, Day, Goal, GoalCheckIn, GoalFit, GoalStatus, Hours, ItemContent, Meeting,
    Offer, Plan, Proposal, Quadrant, Service, Step, Timestamp,
};

const SOURCE: &str = include_str!("../fixtures/reference-plans.json");

/// The suggestion key closest to each chip the reference plans name.
fn chip_key(meaning: &str) -> &'static str {
    match meaning {
        "has a valid ID" => "have-valid-id",
        "drop-in centre offers free meals" => "free-meals",
        "has a mobile phone" => "have-phone",
        "ID is lost or expired" => "id-lost",
        "free legal advice nearby" => "legal-advice",
        "nowhere safe to sleep" => "sleep-outside-cold",
        other => panic!("no chip for reference suggestion {other:?}"),
    }
}

fn area(name: &str) -> Area {
    serde_json::from_value(Value::from(name.replace(' ', "-")))
        .unwrap_or_else(|_| panic!("area {name}"))
}

fn stamp() -> Timestamp {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn day(text: &str) -> Day {
    text.parse().unwrap()
}

/// `small` or `typical`, read from the fixture.
pub fn from_fixture(name: &str) -> Plan {
    let all: Value = serde_json::from_str(SOURCE).unwrap();
    let source = &all["plans"][name];
    let mut plan = Plan::new(
        format!("reference-{name}"),
        stamp(),
        source["lang"].as_str().unwrap(),
    );
    let mut ids = Vec::new();
    for (quadrant, key) in
        Quadrant::ALL
            .into_iter()
            .zip(["strengths", "weaknesses", "opportunities", "threats"])
    {
        for item in source[key].as_array().unwrap() {
            let content = match item.get("text") {
                Some(text) => ItemContent::Text(text.as_str().unwrap().to_owned()),
                None => ItemContent::Key(chip_key(item["suggestion"].as_str().unwrap()).to_owned()),
            };
            ids.push(plan.add_item(quadrant, content, item["area"].as_str().map(area)));
        }
    }
    for goal in source["goals"].as_array().unwrap() {
        let links = |key: &str| {
            goal[key].as_array().map_or(Vec::new(), |a| {
                a.iter()
                    .map(|i| ids[i.as_u64().unwrap() as usize])
                    .collect()
            })
        };
        let id = plan.add_goal(Goal {
            title: goal["title"].as_str().unwrap().to_owned(),
            area: goal["area"].as_str().map(area),
            why: goal["why"].as_str().map(str::to_owned),
            target: goal["target"].as_str().map(day),
            helped_by: links("helped_by"),
            addresses: links("addresses"),
            help_wanted: goal["help_wanted"].as_str().map(str::to_owned),
            ..Goal::default()
        });
        for step in goal["steps"].as_array().unwrap() {
            let step_id = plan
                .add_step(
                    id,
                    step["text"].as_str().unwrap(),
                    step["due"].as_str().map(day),
                )
                .unwrap();
            let done = step["done"].as_bool().unwrap_or(false);
            plan.update_step(step_id, |s: &mut Step| s.done = done);
        }
    }
    plan
}

/// The typical plan as its client comes back to it: shared the day it was
/// written, then two check-ins (the fixture's `check_ins`).
pub fn typical_checked_in() -> Plan {
    let all: Value = serde_json::from_str(SOURCE).unwrap();
    let mut plan = from_fixture("typical");
    plan.mark_shared(stamp().date_naive());
    for check_in in all["check_ins"]["typical"].as_array().unwrap() {
        let at: Timestamp = check_in["at"].as_str().unwrap().parse().unwrap();
        let on = at.date_naive();
        let entries = check_in["goals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| {
                let goal = &plan.goals[entry["goal"].as_u64().unwrap() as usize];
                let done = entry["done"].as_array().unwrap();
                GoalCheckIn {
                    goal: goal.id,
                    status: entry["status"].as_str().map(|s| match s {
                        "not started" => GoalStatus::NotStarted,
                        "on my way" => GoalStatus::OnMyWay,
                        "done" => GoalStatus::Achieved,
                        "put aside" => GoalStatus::PutAside,
                        other => panic!("status {other:?}"),
                    }),
                    done: done
                        .iter()
                        .map(|i| goal.steps[i.as_u64().unwrap() as usize].id)
                        .collect(),
                    words: entry["words"].as_str().map(str::to_owned),
                    fit: entry["fit"].as_str().map(|f| match f {
                        "keep" => GoalFit::Keep,
                        "change" => GoalFit::Change,
                        "put aside" => GoalFit::PutAside,
                        other => panic!("fit {other:?}"),
                    }),
                }
            })
            .collect();
        assert!(plan.check_in(on, at, entries));
    }
    plan
}

/// A small deterministic generator (xorshift), so every run measures the
/// same large plan.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }

    /// Arabic words up to `min..=max` characters, with the extras asked for.
    fn sentence(&mut self, min: usize, max: usize, extras: &[&str]) -> String {
        const WORDS: [&str; 16] = [
            "أحتاج",
            "إلى",
            "مساعدة",
            "في",
            "العثور",
            "على",
            "سكن",
            "آمن",
            "قريب",
            "من",
            "العمل",
            "والمدرسة",
            "أستطيع",
            "الطبخ",
            "لعائلتي",
            "كل يوم",
        ];
        let target = min + (self.next() % (max - min + 1) as u64) as usize;
        let mut text = extras.join(" ");
        while text.chars().count() < target {
            text = format!("{} {text}", self.pick(&WORDS));
        }
        text.chars()
            .take(target)
            .collect::<String>()
            .trim()
            .to_owned()
    }
}

/// The `large` plan, generated as the fixture describes: 10 items a part
/// alternating chip and Arabic sentence (60–90 characters, one emoji, one
/// Latin word), 8 goals with 50-character titles, 120-character reasons,
/// 100-character help wanted, 3 dated steps of 40–60 characters, 2+2 links.
pub fn large() -> Plan {
    let mut rng = Seeded(0x5741_594d_4152_4b31);
    let mut plan = Plan::new("reference-large", stamp(), "ar");
    let chips: Vec<_> = Quadrant::ALL
        .iter()
        .map(|q| {
            waymark::model::SUGGESTIONS
                .iter()
                .filter(|s| s.quadrant == *q)
                .collect::<Vec<_>>()
        })
        .collect();
    let emoji = ["🙂", "🏠", "💪", "📄", "🍲"];
    let latin = ["Warszawa", "Ahmed", "Berlin", "Maria", "Lyon"];
    let mut ids: Vec<Vec<u32>> = vec![Vec::new(); 4];
    for (qi, quadrant) in Quadrant::ALL.into_iter().enumerate() {
        for n in 0..10 {
            let id = if n % 2 == 0 {
                let chip = chips[qi][(n / 2) % chips[qi].len()];
                plan.add_item(
                    quadrant,
                    ItemContent::Key(chip.key.to_owned()),
                    Some(chip.area),
                )
            } else {
                let extras = [rng.pick(&emoji), rng.pick(&latin)];
                let text = rng.sentence(60, 90, &extras);
                plan.add_item(
                    quadrant,
                    ItemContent::Text(text),
                    Some(Area::ALL[n % Area::ALL.len()]),
                )
            };
            ids[qi].push(id);
        }
    }
    for g in 0..8 {
        let helps = vec![ids[0][g % 10], ids[2][(g + 3) % 10]];
        let addresses = vec![ids[1][g % 10], ids[3][(g + 5) % 10]];
        let id = plan.add_goal(Goal {
            title: rng.sentence(50, 50, &[]),
            area: Some(Area::ALL[g % Area::ALL.len()]),
            why: Some(rng.sentence(120, 120, &[])),
            target: Some(day("2027-03-01") + TimeDelta::days(g as i64 * 7)),
            helped_by: helps,
            addresses,
            help_wanted: Some(rng.sentence(100, 100, &[])),
            ..Goal::default()
        });
        for s in 0..3 {
            let due = day("2026-12-01") + TimeDelta::days((g * 3 + s) as i64 * 5);
            let text = rng.sentence(40, 60, &[]);
            plan.add_step(id, text, Some(due));
        }
    }
    plan
}

/// A case manager's answer to the typical plan: two services for its first
/// goal (one from a directory, one typed), a step for its second, a meeting
/// and a message. The figures of the answer code are measured on it.
pub fn typical_answer(plan: &Plan) -> Answer {
    let tuesday = Hours {
        days: vec![chrono::Weekday::Tue],
        opens: NaiveTime::from_hms_opt(10, 0, 0),
        closes: NaiveTime::from_hms_opt(13, 0, 0),
    };
    let legal = Service {
        name: "Free legal advice clinic".into(),
        offers: Some("Help with ID papers, benefits appeals and housing rights.".into()),
        organization: Some("City Law Centre".into()),
        place: Some("Room 2, 14 Harbour Street".into()),
        hours: vec![tuesday],
        phone: Some("+44 20 7946 0123".into()),
        web: Some("https://law.example/clinic".into()),
        lang: Some("en".into()),
        area: Some(Area::Legal),
        directory_id: Some("svc-legal-clinic".into()),
    };
    let housing = Service {
        name: "Housing advice desk".into(),
        phone: Some("+44 20 7946 0456".into()),
        area: Some(Area::Housing),
        ..Service::default()
    };
    let first = plan.goals[0].id;
    let second = plan.goals[1].id;
    Answer {
        plan: plan.id.clone(),
        from: "Sam Carter".into(),
        made: "2026-12-10T15:30:00.500Z".parse().unwrap(),
        lang: "en".into(),
        agency: None,
        proposals: vec![
            Proposal {
                goal: Some(first),
                offer: Offer::Service(legal),
            },
            Proposal {
                goal: Some(first),
                offer: Offer::Service(housing),
            },
            Proposal {
                goal: Some(second),
                offer: Offer::Step("Bring your birth certificate".into()),
            },
            Proposal {
                goal: None,
                offer: Offer::Meeting(Meeting {
                    on: day("2026-12-17"),
                    at: NaiveTime::from_hms_opt(10, 30, 0),
                    place: Some("Drop-in centre, front desk".into()),
                }),
            },
            Proposal {
                goal: None,
                offer: Offer::Message("You have done a lot already. See you next week.".into()),
            },
        ],
    }
}

/// The typical plan with its check-ins, answered: the legal clinic and the
/// meeting taken, the housing desk not now, the step taken into its goal,
/// and one gap.
pub fn typical_answered() -> Plan {
    let mut plan = typical_checked_in();
    let answer = typical_answer(&plan);
    let ids = plan.receive(&answer).unwrap();
    for (id, choice) in ids
        .iter()
        .zip([Choice::Yes, Choice::NotNow, Choice::Yes, Choice::Yes])
    {
        assert!(plan.choose(*id, choice));
    }
    plan.gaps
        .push("Nigdzie nie można tu wyprać ubrań wieczorem".into());
    plan
}
