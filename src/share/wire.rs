//! The plan as the share code carries it: compact and positional
//! (postcard), so every field here is frozen. Format 2 (check-ins, goal
//! statuses, the last-shared marker) is written; format 1 is read forever,
//! as the format 2 it would have been.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::offer_wire::OfferWire;
use crate::model::{
    from_millis, suggestion, Area, CheckIn, Choice, Day, Goal, GoalCheckIn, GoalFit, GoalStatus,
    Item, ItemContent, LastShared, Plan, Quadrant, SharedGoal, Step, Support, Swot, Timestamp,
    SCHEMA_VERSION, SUGGESTIONS,
};

#[derive(Serialize, Deserialize)]
pub struct PlanV1 {
    id: String,
    /// Milliseconds since 1970, UTC.
    created: i64,
    updated: i64,
    lang: String,
    alias: Option<String>,
    /// Strengths, weaknesses, opportunities, threats.
    parts: [Vec<ItemV1>; 4],
    goals: Vec<GoalV1>,
    note: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct ItemV1 {
    id: u32,
    /// Own words, or a suggestion key.
    content: ContentV1,
    area: Option<u8>,
}

#[derive(Serialize, Deserialize)]
enum ContentV1 {
    Text(String),
    /// The suggestion's index in `SUGGESTIONS`, which is append-only: two
    /// bytes instead of its key's dozen.
    Chip(u16),
    /// A key this build does not know, kept by name so that validation can
    /// name it. A key it knows travels as `Chip` only.
    Key(String),
}

#[derive(Serialize, Deserialize)]
struct GoalV1 {
    id: u32,
    title: String,
    area: Option<u8>,
    why: Option<String>,
    steps: Vec<StepV1>,
    /// Days since 1970-01-01.
    target: Option<i32>,
    helped_by: Vec<u32>,
    addresses: Vec<u32>,
    help_wanted: Option<String>,
    achieved: bool,
}

#[derive(Serialize, Deserialize)]
struct StepV1 {
    id: u32,
    text: String,
    due: Option<i32>,
    done: bool,
}

/// Why wire data does not make a plan.
#[derive(Debug)]
pub struct BadValue;

/// Format 3: format 2 and, after it, the case manager's suggestions with
/// the client's choices, and the gaps. postcard writes a struct as its
/// fields one after another, so a format-2 plan is this one's first part.
#[derive(Serialize, Deserialize)]
pub struct PlanV3 {
    base: PlanV2,
    support: Vec<SupportV3>,
    gaps: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct SupportV3 {
    id: u32,
    goal: Option<u32>,
    from: String,
    /// Milliseconds after the plan was made (before it, if negative).
    answer_made: i64,
    /// The choice's index in `Choice::ALL`: append only.
    choice: u8,
    offer: OfferWire,
}

/// Format 2: format 1 with each goal's status, the check-ins and the
/// last-shared marker, and leaner: an area is one byte, days count from the
/// day the plan was made, and `updated` from `created`.
#[derive(Serialize, Deserialize)]
pub struct PlanV2 {
    id: String,
    /// Milliseconds since 1970, UTC.
    created: i64,
    /// Milliseconds after `created`.
    updated: i64,
    lang: String,
    alias: Option<String>,
    parts: [Vec<ItemV2>; 4],
    goals: Vec<GoalV2>,
    note: Option<String>,
    check_ins: Vec<CheckInV2>,
    shared: Option<SharedV2>,
}

#[derive(Serialize, Deserialize)]
struct ItemV2 {
    id: u32,
    content: ContentV1,
    /// 0 for none, else the area's index in `AREAS` plus one.
    area: u8,
}

#[derive(Serialize, Deserialize)]
struct GoalV2 {
    id: u32,
    title: String,
    area: u8,
    why: Option<String>,
    steps: Vec<StepV2>,
    /// Days after the day the plan was made (before it, if negative).
    target: Option<i32>,
    helped_by: Vec<u32>,
    addresses: Vec<u32>,
    help_wanted: Option<String>,
    /// The status's index in `GoalStatus::ALL`: append only.
    status: u8,
}

#[derive(Serialize, Deserialize)]
struct StepV2 {
    id: u32,
    text: String,
    due: Option<i32>,
    done: bool,
}

#[derive(Serialize, Deserialize)]
struct CheckInV2 {
    /// Days after the day the plan was made.
    on: i32,
    goals: Vec<EntryV2>,
}

#[derive(Serialize, Deserialize)]
struct EntryV2 {
    goal: u32,
    status: Option<u8>,
    done: Vec<u32>,
    words: Option<String>,
    /// The fit's index in `GoalFit::ALL`: append only.
    fit: Option<u8>,
}

#[derive(Serialize, Deserialize)]
struct SharedV2 {
    on: i32,
    up_to: u32,
    answers: u32,
    check_ins: u32,
    done: Vec<u32>,
    /// Each goal's id and status index.
    goals: Vec<(u32, u8)>,
}

/// Reads exactly the bytes [`postcard`] writes for a plan: nothing after it,
/// and every number in its shortest form. postcard itself also takes a
/// varint padded with `0x80` bytes, which would give one plan many codes, so
/// the bytes must be what writing the result gives back.
pub(super) fn strictly<T: Serialize + DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let (wire, rest) = postcard::take_from_bytes::<T>(bytes).ok()?;
    let again = postcard::to_allocvec(&wire).ok()?;
    (rest.is_empty() && again == bytes).then_some(wire)
}

impl PlanV3 {
    /// A plan's bytes in the format its code names, as format 3 reads them.
    pub fn from_bytes(format: u32, bytes: &[u8]) -> Option<PlanV3> {
        let base = match format {
            1 => strictly::<PlanV1>(bytes).and_then(|v1| PlanV2::try_from(v1).ok())?,
            2 => strictly::<PlanV2>(bytes)?,
            _ => return strictly(bytes),
        };
        Some(PlanV3 {
            base,
            support: Vec::new(),
            gaps: Vec::new(),
        })
    }
}

impl From<&Plan> for PlanV3 {
    fn from(plan: &Plan) -> PlanV3 {
        let base = plan.created.date_naive().to_epoch_days();
        let support = |s: &Support| SupportV3 {
            id: s.id,
            goal: s.goal,
            from: s.from.clone(),
            answer_made: (s.answer_made - plan.created).num_milliseconds(),
            choice: index_of(&Choice::ALL, s.choice),
            offer: OfferWire::from_offer(&s.offer, base),
        };
        PlanV3 {
            base: PlanV2::from(plan),
            support: plan.support.iter().map(support).collect(),
            gaps: plan.gaps.clone(),
        }
    }
}

impl TryFrom<PlanV3> for Plan {
    type Error = BadValue;

    fn try_from(wire: PlanV3) -> Result<Plan, BadValue> {
        let created = wire.base.created;
        let base = base_day(created)?;
        let mut plan = Plan::try_from(wire.base)?;
        plan.support = wire
            .support
            .into_iter()
            .map(|s| {
                let made = created.checked_add(s.answer_made).ok_or(BadValue)?;
                Ok(Support {
                    id: s.id,
                    goal: s.goal,
                    from: s.from,
                    answer_made: time_from_wire(made)?,
                    choice: from_index(&Choice::ALL, s.choice)?,
                    offer: s.offer.into_offer(base)?,
                })
            })
            .collect::<Result<_, BadValue>>()?;
        plan.gaps = wire.gaps;
        Ok(plan)
    }
}

/// Life areas travel as their index in this list, plus one (0 for none):
/// append only.
const AREAS: [Area; 12] = Area::ALL;

pub(super) fn area_to_wire(area: Option<Area>) -> u8 {
    area.map_or(0, |a| index_of(&AREAS, a) + 1)
}

pub(super) fn area_from_wire(byte: u8) -> Result<Option<Area>, BadValue> {
    match byte {
        0 => Ok(None),
        n => from_index(&AREAS, n - 1).map(Some),
    }
}

/// An index into one of the append-only lists a value travels as.
pub(super) fn index_of<T: PartialEq>(all: &[T], value: T) -> u8 {
    all.iter().position(|x| *x == value).unwrap_or(0) as u8
}

pub(super) fn from_index<T: Copy>(all: &[T], index: u8) -> Result<T, BadValue> {
    all.get(usize::from(index)).copied().ok_or(BadValue)
}

/// Days travel counted from the day the plan was made (`base`, in days
/// since 1970): a few days, one byte, where a date is three.
pub(super) fn day_to_wire(day: Day, base: i32) -> i32 {
    day.to_epoch_days() - base
}

pub(super) fn day_from_wire(days: i32, base: i32) -> Result<Day, BadValue> {
    days.checked_add(base)
        .and_then(Day::from_epoch_days)
        .ok_or(BadValue)
}

pub(super) fn time_from_wire(millis: i64) -> Result<Timestamp, BadValue> {
    from_millis(millis).ok_or(BadValue)
}

/// The day a plan made at `created` (milliseconds) was made, in days since
/// 1970: what format 2's days count from.
pub(super) fn base_day(created: i64) -> Result<i32, BadValue> {
    Ok(time_from_wire(created)?.date_naive().to_epoch_days())
}

impl TryFrom<PlanV1> for PlanV2 {
    type Error = BadValue;

    /// Format 1 as format 2 would have carried it.
    fn try_from(v1: PlanV1) -> Result<PlanV2, BadValue> {
        let base = base_day(v1.created)?;
        let area = |index: Option<u8>| match index {
            Some(i) if usize::from(i) < AREAS.len() => Ok(i + 1),
            Some(_) => Err(BadValue),
            None => Ok(0),
        };
        let day = |days: Option<i32>| {
            days.map(|n| {
                let day = Day::from_epoch_days(n).ok_or(BadValue)?;
                Ok(day_to_wire(day, base))
            })
            .transpose()
        };
        let parts = v1.parts.map(|items| {
            items
                .into_iter()
                .map(|i| {
                    Ok(ItemV2 {
                        id: i.id,
                        content: i.content,
                        area: area(i.area)?,
                    })
                })
                .collect::<Result<Vec<_>, BadValue>>()
        });
        let [strengths, weaknesses, opportunities, threats] = parts;
        let goals = v1
            .goals
            .into_iter()
            .map(|g| {
                let steps = g
                    .steps
                    .into_iter()
                    .map(|s| {
                        Ok(StepV2 {
                            id: s.id,
                            text: s.text,
                            due: day(s.due)?,
                            done: s.done,
                        })
                    })
                    .collect::<Result<_, BadValue>>()?;
                let status = match g.achieved {
                    true => GoalStatus::Achieved,
                    false => GoalStatus::NotStarted,
                };
                Ok(GoalV2 {
                    id: g.id,
                    title: g.title,
                    area: area(g.area)?,
                    why: g.why,
                    steps,
                    target: day(g.target)?,
                    helped_by: g.helped_by,
                    addresses: g.addresses,
                    help_wanted: g.help_wanted,
                    status: index_of(&GoalStatus::ALL, status),
                })
            })
            .collect::<Result<_, BadValue>>()?;
        Ok(PlanV2 {
            id: v1.id,
            created: v1.created,
            updated: v1.updated.checked_sub(v1.created).ok_or(BadValue)?,
            lang: v1.lang,
            alias: v1.alias,
            parts: [strengths?, weaknesses?, opportunities?, threats?],
            goals,
            note: v1.note,
            check_ins: Vec::new(),
            shared: None,
        })
    }
}

impl From<&Plan> for PlanV2 {
    fn from(plan: &Plan) -> PlanV2 {
        let base = plan.created.date_naive().to_epoch_days();
        let day = |day: Option<Day>| day.map(|d| day_to_wire(d, base));
        let item = |item: &Item| ItemV2 {
            id: item.id,
            content: match &item.content {
                ItemContent::Text(t) => ContentV1::Text(t.clone()),
                ItemContent::Key(k) => match SUGGESTIONS.iter().position(|s| s.key == k) {
                    Some(index) => ContentV1::Chip(index as u16),
                    None => ContentV1::Key(k.clone()),
                },
            },
            area: area_to_wire(item.area),
        };
        let goal = |goal: &Goal| GoalV2 {
            id: goal.id,
            title: goal.title.clone(),
            area: area_to_wire(goal.area),
            why: goal.why.clone(),
            steps: goal
                .steps
                .iter()
                .map(|s| StepV2 {
                    id: s.id,
                    text: s.text.clone(),
                    due: day(s.due),
                    done: s.done,
                })
                .collect(),
            target: day(goal.target),
            helped_by: goal.helped_by.clone(),
            addresses: goal.addresses.clone(),
            help_wanted: goal.help_wanted.clone(),
            status: index_of(&GoalStatus::ALL, goal.status),
        };
        let check_in = |check_in: &CheckIn| CheckInV2 {
            on: day_to_wire(check_in.on, base),
            goals: check_in
                .goals
                .iter()
                .map(|e| EntryV2 {
                    goal: e.goal,
                    status: e.status.map(|s| index_of(&GoalStatus::ALL, s)),
                    done: e.done.clone(),
                    words: e.words.clone(),
                    fit: e.fit.map(|f| index_of(&GoalFit::ALL, f)),
                })
                .collect(),
        };
        let shared = |shared: &LastShared| SharedV2 {
            on: day_to_wire(shared.on, base),
            up_to: shared.up_to,
            answers: shared.answers as u32,
            check_ins: shared.check_ins as u32,
            done: shared.done.clone(),
            goals: shared
                .goals
                .iter()
                .map(|g| (g.id, index_of(&GoalStatus::ALL, g.status)))
                .collect(),
        };
        PlanV2 {
            id: plan.id.clone(),
            created: plan.created.timestamp_millis(),
            updated: (plan.updated - plan.created).num_milliseconds(),
            lang: plan.lang.clone(),
            alias: plan.alias.clone(),
            parts: Quadrant::ALL.map(|q| plan.swot.items(q).iter().map(item).collect()),
            goals: plan.goals.iter().map(goal).collect(),
            note: plan.note.clone(),
            check_ins: plan.check_ins.iter().map(check_in).collect(),
            shared: plan.shared.as_ref().map(shared),
        }
    }
}

fn item_from_wire(item: ItemV2) -> Result<Item, BadValue> {
    let content = match item.content {
        ContentV1::Text(t) => ItemContent::Text(t),
        // A second spelling of a chip.
        ContentV1::Key(k) if suggestion(&k).is_some() => return Err(BadValue),
        ContentV1::Key(k) => ItemContent::Key(k),
        ContentV1::Chip(index) => {
            let chip = SUGGESTIONS.get(usize::from(index)).ok_or(BadValue)?;
            ItemContent::Key(chip.key.to_owned())
        }
    };
    Ok(Item {
        id: item.id,
        content,
        area: area_from_wire(item.area)?,
    })
}

fn goal_from_wire(goal: GoalV2, base: i32) -> Result<Goal, BadValue> {
    let day = |days: Option<i32>| days.map(|n| day_from_wire(n, base)).transpose();
    let steps = goal
        .steps
        .into_iter()
        .map(|s| {
            Ok(Step {
                id: s.id,
                text: s.text,
                due: day(s.due)?,
                done: s.done,
            })
        })
        .collect::<Result<Vec<_>, BadValue>>()?;
    Ok(Goal {
        id: goal.id,
        title: goal.title,
        area: area_from_wire(goal.area)?,
        why: goal.why,
        steps,
        target: day(goal.target)?,
        helped_by: goal.helped_by,
        addresses: goal.addresses,
        help_wanted: goal.help_wanted,
        status: from_index(&GoalStatus::ALL, goal.status)?,
    })
}

fn check_in_from_wire(check_in: CheckInV2, base: i32) -> Result<CheckIn, BadValue> {
    let goals = check_in
        .goals
        .into_iter()
        .map(|e| {
            Ok(GoalCheckIn {
                goal: e.goal,
                status: e
                    .status
                    .map(|i| from_index(&GoalStatus::ALL, i))
                    .transpose()?,
                done: e.done,
                words: e.words,
                fit: e.fit.map(|i| from_index(&GoalFit::ALL, i)).transpose()?,
            })
        })
        .collect::<Result<Vec<_>, BadValue>>()?;
    Ok(CheckIn {
        on: day_from_wire(check_in.on, base)?,
        goals,
    })
}

fn shared_from_wire(shared: SharedV2, base: i32) -> Result<LastShared, BadValue> {
    let goals = shared
        .goals
        .into_iter()
        .map(|(id, status)| {
            Ok(SharedGoal {
                id,
                status: from_index(&GoalStatus::ALL, status)?,
            })
        })
        .collect::<Result<Vec<_>, BadValue>>()?;
    Ok(LastShared {
        on: day_from_wire(shared.on, base)?,
        up_to: shared.up_to,
        answers: shared.answers as usize,
        check_ins: shared.check_ins as usize,
        done: shared.done,
        goals,
    })
}

impl TryFrom<PlanV2> for Plan {
    type Error = BadValue;

    fn try_from(wire: PlanV2) -> Result<Plan, BadValue> {
        let base = base_day(wire.created)?;
        let [strengths, weaknesses, opportunities, threats] = wire.parts.map(|items| {
            items
                .into_iter()
                .map(item_from_wire)
                .collect::<Result<Vec<_>, _>>()
        });
        let updated = wire.created.checked_add(wire.updated).ok_or(BadValue)?;
        Ok(Plan {
            schema: SCHEMA_VERSION,
            id: wire.id,
            created: time_from_wire(wire.created)?,
            updated: time_from_wire(updated)?,
            lang: wire.lang,
            alias: wire.alias,
            swot: Swot {
                strengths: strengths?,
                weaknesses: weaknesses?,
                opportunities: opportunities?,
                threats: threats?,
            },
            goals: wire
                .goals
                .into_iter()
                .map(|g| goal_from_wire(g, base))
                .collect::<Result<_, _>>()?,
            note: wire.note,
            check_ins: wire
                .check_ins
                .into_iter()
                .map(|c| check_in_from_wire(c, base))
                .collect::<Result<_, _>>()?,
            shared: wire.shared.map(|s| shared_from_wire(s, base)).transpose()?,
            support: Vec::new(),
            gaps: Vec::new(),
        })
    }
}
