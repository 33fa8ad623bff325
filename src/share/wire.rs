//! The plan as the share code carries it, format version 1: compact and
//! positional (postcard), so every field here is frozen. A new format gets
//! new structs beside these; these stay so that old codes always decode.

use serde::{Deserialize, Serialize};

use crate::model::{
    from_millis, suggestion, Area, Day, Goal, GoalStatus, Item, ItemContent, Plan, Quadrant, Step,
    Swot, SCHEMA_VERSION, SUGGESTIONS,
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

impl PlanV1 {
    /// Reads exactly the bytes [`postcard`] writes for a plan: nothing after
    /// it, and every number in its shortest form. postcard itself also takes
    /// a varint padded with `0x80` bytes, which would give one plan many
    /// codes, so the bytes must be what writing the result gives back.
    pub fn from_bytes(bytes: &[u8]) -> Option<PlanV1> {
        let (wire, rest) = postcard::take_from_bytes::<PlanV1>(bytes).ok()?;
        let again = postcard::to_allocvec(&wire).ok()?;
        (rest.is_empty() && again == bytes).then_some(wire)
    }
}

/// Life areas travel as their index in this list: append only.
const AREAS: [Area; 12] = Area::ALL;

fn area_to_wire(area: Option<Area>) -> Option<u8> {
    area.and_then(|a| AREAS.iter().position(|x| *x == a))
        .map(|i| i as u8)
}

fn area_from_wire(index: Option<u8>) -> Result<Option<Area>, BadValue> {
    index
        .map(|i| AREAS.get(usize::from(i)).copied().ok_or(BadValue))
        .transpose()
}

/// Days travel counted from 1970-01-01.
fn day_to_wire(day: Option<Day>) -> Option<i32> {
    day.as_ref().map(Day::to_epoch_days)
}

fn day_from_wire(days: Option<i32>) -> Result<Option<Day>, BadValue> {
    days.map(|n| Day::from_epoch_days(n).ok_or(BadValue))
        .transpose()
}

impl From<&Plan> for PlanV1 {
    fn from(plan: &Plan) -> PlanV1 {
        let part = |q| plan.swot.items(q).iter().map(ItemV1::from).collect();
        PlanV1 {
            id: plan.id.clone(),
            created: plan.created.timestamp_millis(),
            updated: plan.updated.timestamp_millis(),
            lang: plan.lang.clone(),
            alias: plan.alias.clone(),
            parts: Quadrant::ALL.map(part),
            goals: plan.goals.iter().map(GoalV1::from).collect(),
            note: plan.note.clone(),
        }
    }
}

impl From<&Item> for ItemV1 {
    fn from(item: &Item) -> ItemV1 {
        ItemV1 {
            id: item.id,
            content: match &item.content {
                ItemContent::Text(t) => ContentV1::Text(t.clone()),
                ItemContent::Key(k) => match SUGGESTIONS.iter().position(|s| s.key == k) {
                    Some(index) => ContentV1::Chip(index as u16),
                    None => ContentV1::Key(k.clone()),
                },
            },
            area: area_to_wire(item.area),
        }
    }
}

impl From<&Goal> for GoalV1 {
    fn from(goal: &Goal) -> GoalV1 {
        GoalV1 {
            id: goal.id,
            title: goal.title.clone(),
            area: area_to_wire(goal.area),
            why: goal.why.clone(),
            steps: goal
                .steps
                .iter()
                .map(|s| StepV1 {
                    id: s.id,
                    text: s.text.clone(),
                    due: day_to_wire(s.due),
                    done: s.done,
                })
                .collect(),
            target: day_to_wire(goal.target),
            helped_by: goal.helped_by.clone(),
            addresses: goal.addresses.clone(),
            help_wanted: goal.help_wanted.clone(),
            achieved: goal.status == GoalStatus::Achieved,
        }
    }
}

impl TryFrom<PlanV1> for Plan {
    type Error = BadValue;

    fn try_from(wire: PlanV1) -> Result<Plan, BadValue> {
        let time = |millis| from_millis(millis).ok_or(BadValue);
        let [strengths, weaknesses, opportunities, threats] = wire.parts.map(|items| {
            items
                .into_iter()
                .map(|i| {
                    let content = match i.content {
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
                        id: i.id,
                        content,
                        area: area_from_wire(i.area)?,
                    })
                })
                .collect::<Result<Vec<_>, BadValue>>()
        });
        let goals = wire
            .goals
            .into_iter()
            .map(|g| {
                let steps = g
                    .steps
                    .into_iter()
                    .map(|s| {
                        Ok(Step {
                            id: s.id,
                            text: s.text,
                            due: day_from_wire(s.due)?,
                            done: s.done,
                        })
                    })
                    .collect::<Result<Vec<_>, BadValue>>()?;
                Ok(Goal {
                    id: g.id,
                    title: g.title,
                    area: area_from_wire(g.area)?,
                    why: g.why,
                    steps,
                    target: day_from_wire(g.target)?,
                    helped_by: g.helped_by,
                    addresses: g.addresses,
                    help_wanted: g.help_wanted,
                    status: if g.achieved {
                        GoalStatus::Achieved
                    } else {
                        GoalStatus::Active
                    },
                })
            })
            .collect::<Result<Vec<_>, BadValue>>()?;
        Ok(Plan {
            schema: SCHEMA_VERSION,
            id: wire.id,
            created: time(wire.created)?,
            updated: time(wire.updated)?,
            lang: wire.lang,
            alias: wire.alias,
            swot: Swot {
                strengths: strengths?,
                weaknesses: weaknesses?,
                opportunities: opportunities?,
                threats: threats?,
            },
            goals,
            note: wire.note,
        })
    }
}
