//! Coming back to a plan: check-ins and what changed since it was shared.

mod support;

use support::reference;
use waymark::model::{
    Day, GoalCheckIn, GoalFit, GoalStatus, ItemContent, Plan, Quadrant, Timestamp,
};

fn day(text: &str) -> Day {
    text.parse().unwrap()
}

fn noon(on: &str) -> Timestamp {
    format!("{on}T12:00:00Z").parse().unwrap()
}

fn check_in(plan: &mut Plan, on: &str, entries: Vec<GoalCheckIn>) -> bool {
    plan.check_in(day(on), noon(on), entries)
}

#[test]
fn a_check_in_ticks_steps_moves_the_goal_and_is_kept_with_its_day() {
    let mut plan = reference::from_fixture("typical");
    let goal = plan.goals[1].clone();
    let step = goal.steps[0].id;
    assert!(check_in(
        &mut plan,
        "2026-12-08",
        vec![GoalCheckIn {
            goal: goal.id,
            status: Some(GoalStatus::OnMyWay),
            done: vec![step],
            words: Some("Zapisałem się na listę".into()),
            fit: Some(GoalFit::Keep),
        }],
    ));
    let after = plan.goal(goal.id).unwrap();
    assert!(after.steps[0].done && !after.steps[1].done);
    assert_eq!(after.status, GoalStatus::OnMyWay);
    let history: Vec<_> = plan.history(goal.id).collect();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].0, day("2026-12-08"));
    assert_eq!(
        history[0].1.words.as_deref(),
        Some("Zapisałem się na listę")
    );
    assert_eq!(plan.updated, noon("2026-12-08"));
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn a_check_in_that_says_nothing_is_not_kept() {
    let mut plan = reference::from_fixture("typical");
    let before = plan.clone();
    let goal = &plan.goals[0];
    // As it stands, in blank words, for a goal twice, and for no goal.
    let same = GoalCheckIn {
        goal: goal.id,
        status: Some(goal.status),
        done: goal.steps.iter().filter(|s| s.done).map(|s| s.id).collect(),
        words: Some("  ".into()),
        fit: None,
    };
    let nobody = GoalCheckIn {
        goal: 9999,
        words: Some("lost".into()),
        ..GoalCheckIn::default()
    };
    assert!(!check_in(
        &mut plan,
        "2026-12-08",
        vec![same.clone(), same, nobody]
    ));
    assert_eq!(plan, before);
}

#[test]
fn putting_a_goal_aside_says_so_in_its_status() {
    let mut plan = reference::from_fixture("typical");
    let goal = plan.goals[2].id;
    assert!(check_in(
        &mut plan,
        "2026-12-08",
        vec![GoalCheckIn {
            goal,
            fit: Some(GoalFit::PutAside),
            ..GoalCheckIn::default()
        }],
    ));
    assert_eq!(plan.goal(goal).unwrap().status, GoalStatus::PutAside);
}

#[test]
fn check_ins_stay_in_order_when_the_clock_goes_back() {
    let mut plan = reference::from_fixture("typical");
    let goal = plan.goals[0].id;
    let words = |w: &str| GoalCheckIn {
        goal,
        words: Some(w.into()),
        ..GoalCheckIn::default()
    };
    assert!(check_in(&mut plan, "2026-12-10", vec![words("first")]));
    assert!(check_in(&mut plan, "2026-12-01", vec![words("second")]));
    let days: Vec<Day> = plan.check_ins.iter().map(|c| c.on).collect();
    assert_eq!(days, [day("2026-12-10"), day("2026-12-10")]);
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn what_changed_since_the_plan_was_last_shared() {
    let mut plan = reference::from_fixture("typical");
    assert_eq!(plan.changes_since_shared(), None);
    plan.mark_shared(day("2026-11-23"));
    let (on, changes) = plan.changes_since_shared().unwrap();
    assert_eq!(on, day("2026-11-23"));
    assert!(changes.is_empty());

    let [first, second, third] = [0, 1, 2].map(|i| plan.goals[i].clone());
    let removed = plan.swot.threats[2].id;
    plan.remove_item(removed);
    let new = plan
        .add_own_words(Quadrant::Strengths, "Mam nowy telefon")
        .unwrap();
    assert!(check_in(
        &mut plan,
        "2026-12-08",
        vec![
            GoalCheckIn {
                goal: first.id,
                status: Some(GoalStatus::Achieved),
                done: first.steps.iter().map(|s| s.id).collect(),
                ..GoalCheckIn::default()
            },
            GoalCheckIn {
                goal: third.id,
                fit: Some(GoalFit::PutAside),
                ..GoalCheckIn::default()
            },
        ],
    ));
    let (_, changes) = plan.changes_since_shared().unwrap();
    // The first step was done before the plan was shared.
    assert_eq!(changes.steps_done, [first.steps[1].id]);
    assert_eq!(changes.goals_done, [first.id]);
    assert_eq!(changes.goals_put_aside, [third.id]);
    assert_eq!(changes.new, [new]);
    assert_eq!(changes.removed, 1);
    assert_eq!(changes.check_ins, 1);
    assert!(changes.marks(new) && changes.marks(first.id) && !changes.marks(second.id));
    // The id of what was taken out is not given to what comes next.
    assert!(new > removed);
}

#[test]
fn an_id_below_the_last_share_is_never_given_again() {
    let mut plan = Plan::new("a", noon("2026-12-01"), "pl");
    let only = plan.add_own_words(Quadrant::Strengths, "one").unwrap();
    plan.mark_shared(day("2026-12-01"));
    plan.remove_item(only);
    let next = plan.add_own_words(Quadrant::Strengths, "two").unwrap();
    assert_ne!(next, only);
    let (_, changes) = plan.changes_since_shared().unwrap();
    assert_eq!((changes.new, changes.removed), (vec![next], 1));
}

#[test]
fn removing_a_goal_or_a_step_takes_what_check_ins_said_of_it() {
    let mut plan = reference::typical_checked_in();
    assert_eq!(plan.validate(), Ok(()));
    let first = plan.goals[0].clone();
    plan.remove_step(first.steps[0].id);
    assert!(plan
        .history(first.id)
        .all(|(_, e)| !e.done.contains(&first.steps[0].id)));
    assert_eq!(plan.validate(), Ok(()));
    for goal in plan.goals.clone() {
        plan.remove_goal(goal.id);
    }
    assert!(plan.check_ins.is_empty());
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn a_goal_left_out_of_a_share_takes_its_history_and_is_not_counted_removed() {
    let plan = reference::typical_checked_in();
    let left_out = plan.goals[1].id;
    let shared = plan.only(|id| id != left_out);
    assert_eq!(shared.history(left_out).count(), 0);
    assert_eq!(shared.check_ins.len(), 2);
    assert_eq!(shared.changes_since_shared().unwrap().1.removed, 0);
    assert_eq!(shared.validate(), Ok(()));
    // A chip stays a chip through it all.
    assert!(matches!(
        shared.swot.strengths[0].content,
        ItemContent::Key(_)
    ));
}

/// A check-in that loses its last entry goes, and the last-shared marker
/// counts it out: the plan stays one the gate lets through.
#[test]
fn a_check_in_emptied_before_the_last_share_is_counted_out_of_it() {
    let mut plan = reference::typical_checked_in();
    plan.mark_shared(day("2026-12-23"));
    let new = plan.goals[2].id;
    assert!(check_in(
        &mut plan,
        "2026-12-30",
        vec![GoalCheckIn {
            goal: new,
            words: Some("Dalej czekam".into()),
            ..GoalCheckIn::default()
        }],
    ));
    // The second check-in spoke of goals 0 and 1 only.
    let shared = plan.only(|id| id != plan.goals[0].id && id != plan.goals[1].id);
    assert_eq!(shared.validate(), Ok(()));
    assert_eq!(shared.changes_since_shared().unwrap().1.check_ins, 1);
    for goal in [plan.goals[0].id, plan.goals[1].id] {
        plan.remove_goal(goal);
    }
    assert_eq!(plan.validate(), Ok(()));
    assert_eq!(plan.changes_since_shared().unwrap().1.check_ins, 1);
}

#[test]
fn a_check_in_started_from_a_goal_as_it_stands_says_nothing() {
    let mut plan = reference::from_fixture("typical");
    let before = plan.clone();
    let entries = plan.goals.iter().map(GoalCheckIn::from_goal).collect();
    assert!(!check_in(&mut plan, "2026-12-08", entries));
    assert_eq!(plan, before);
}

#[test]
fn the_picture_of_steps_done_has_a_point_per_check_in_day_and_one_for_now() {
    let mut plan = reference::from_fixture("typical");
    let goal = plan.goals[1].clone();
    let [first, second] = [goal.steps[0].id, goal.steps[1].id];
    let entry = |done: Vec<u32>, words: &str| GoalCheckIn {
        goal: goal.id,
        done,
        words: Some(words.into()),
        ..GoalCheckIn::default()
    };
    // Before any check-in, one point: the steps done now.
    let done_now = goal.steps.iter().filter(|s| s.done).count();
    assert_eq!(
        plan.steps_done_over_time(goal.id),
        [(plan.updated.date_naive(), done_now)]
    );
    check_in(&mut plan, "2026-12-08", vec![entry(vec![first], "one")]);
    // Two check-ins on one day: the later one tells that day.
    check_in(
        &mut plan,
        "2026-12-15",
        vec![entry(vec![], "none after all")],
    );
    check_in(
        &mut plan,
        "2026-12-15",
        vec![entry(vec![first, second], "two")],
    );
    assert_eq!(
        plan.steps_done_over_time(goal.id),
        [(day("2026-12-08"), 1), (day("2026-12-15"), 2)]
    );
    // A step ticked on the goals screen later is today's point.
    plan.touch(noon("2026-12-20"));
    plan.goals[1].steps[0].done = false;
    assert_eq!(
        plan.steps_done_over_time(goal.id).last(),
        Some(&(day("2026-12-20"), 1))
    );
    assert!(plan.steps_done_over_time(9999).is_empty());
}

#[test]
fn a_plan_continued_from_its_code_counts_what_follows_as_new_since_that_share() {
    let mut plan = reference::from_fixture("typical");
    plan.touch(noon("2026-11-30"));
    let mut continued = plan.clone().continued();
    let (on, changes) = continued.changes_since_shared().expect("marked as shared");
    assert_eq!(on, day("2026-11-30"));
    assert!(changes.is_empty());
    let goal = continued.goals[0].clone();
    check_in(
        &mut continued,
        "2026-12-07",
        vec![GoalCheckIn {
            goal: goal.id,
            words: Some("Byłem w urzędzie".into()),
            ..GoalCheckIn::from_goal(&goal)
        }],
    );
    assert_eq!(continued.changes_since_shared().unwrap().1.check_ins, 1);
    assert_eq!(continued.validate(), Ok(()));
}
