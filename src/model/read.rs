//! Plans and device settings from parsed JSON, field by field as the serde
//! attributes in plan.rs and device.rs write them: unknown fields are
//! ignored, `default` fields may be missing, and a missing or `null` option
//! is `None`. tests/model.rs checks this against serde_json's own reading.

use super::json::Json;
use super::{
    Area, Day, DeviceConfig, DeviceMode, Goal, GoalStatus, Item, ItemContent, Plan, Step, Swot,
    Timestamp,
};

/// What is wrong and where, such as `goals[1].steps[0].due: not a date`.
pub type Shape<T> = Result<T, String>;

fn wrong<T>(path: &str, expected: &str) -> Shape<T> {
    Err(format!("{path}: expected {expected}"))
}

fn object<'j>(value: &'j Json, path: &str) -> Shape<&'j Json> {
    match value {
        Json::Object(_) => Ok(value),
        _ => wrong(path, "an object"),
    }
}

fn required<'j>(object: &'j Json, name: &str, path: &str) -> Shape<&'j Json> {
    object
        .get(name)
        .ok_or_else(|| format!("{path}: missing field {name}"))
}

/// A field that may be missing or `null`.
fn optional<T>(
    object: &Json,
    name: &str,
    path: &str,
    read: fn(&Json, &str) -> Shape<T>,
) -> Shape<Option<T>> {
    match object.get(name) {
        None | Some(Json::Null) => Ok(None),
        Some(value) => read(value, &format!("{path}.{name}")).map(Some),
    }
}

/// A field that may be missing (then it is the default), but not `null`.
fn defaulted<T: Default>(
    object: &Json,
    name: &str,
    path: &str,
    read: fn(&Json, &str) -> Shape<T>,
) -> Shape<T> {
    match object.get(name) {
        None => Ok(T::default()),
        Some(value) => read(value, &format!("{path}.{name}")),
    }
}

fn field<T>(object: &Json, name: &str, path: &str, read: fn(&Json, &str) -> Shape<T>) -> Shape<T> {
    read(required(object, name, path)?, &format!("{path}.{name}"))
}

fn text(value: &Json, path: &str) -> Shape<String> {
    value
        .as_str()
        .map(str::to_owned)
        .map_or_else(|| wrong(path, "text"), Ok)
}

fn number(value: &Json, path: &str) -> Shape<u32> {
    value
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .map_or_else(|| wrong(path, "a whole number"), Ok)
}

fn boolean(value: &Json, path: &str) -> Shape<bool> {
    match value {
        Json::Bool(b) => Ok(*b),
        _ => wrong(path, "true or false"),
    }
}

fn list<T>(value: &Json, path: &str, read: fn(&Json, &str) -> Shape<T>) -> Shape<Vec<T>> {
    match value {
        Json::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| read(item, &format!("{path}[{i}]")))
            .collect(),
        _ => wrong(path, "a list"),
    }
}

fn numbers(value: &Json, path: &str) -> Shape<Vec<u32>> {
    list(value, path, number)
}

fn day(value: &Json, path: &str) -> Shape<Day> {
    text(value, path)?
        .parse()
        .map_or_else(|_| wrong(path, "a date such as 2026-11-30"), Ok)
}

fn timestamp(value: &Json, path: &str) -> Shape<Timestamp> {
    text(value, path)?
        .parse()
        .map_or_else(|_| wrong(path, "a time such as 2026-11-02T09:15:00Z"), Ok)
}

fn area(value: &Json, path: &str) -> Shape<Area> {
    Area::from_key(&text(value, path)?).map_or_else(|| wrong(path, "a life area"), Ok)
}

fn goal_status(value: &Json, path: &str) -> Shape<GoalStatus> {
    match value.as_str() {
        Some("active") => Ok(GoalStatus::Active),
        Some("achieved") => Ok(GoalStatus::Achieved),
        _ => wrong(path, "active or achieved"),
    }
}

fn device_mode(value: &Json, path: &str) -> Shape<DeviceMode> {
    match value.as_str() {
        Some("personal") => Ok(DeviceMode::Personal),
        Some("kiosk") => Ok(DeviceMode::Kiosk),
        _ => wrong(path, "personal or kiosk"),
    }
}

fn item(value: &Json, path: &str) -> Shape<Item> {
    let value = object(value, path)?;
    // The content is flattened into the item: `"key": …` or `"text": …`
    // (`key` first if both, as serde_json's sorted map made it before).
    let content = match (value.get("key"), value.get("text")) {
        (Some(key), _) => ItemContent::Key(text(key, &format!("{path}.key"))?),
        (None, Some(words)) => ItemContent::Text(text(words, &format!("{path}.text"))?),
        (None, None) => return wrong(path, "text or key"),
    };
    Ok(Item {
        id: field(value, "id", path, number)?,
        content,
        area: optional(value, "area", path, area)?,
    })
}

fn items(value: &Json, path: &str) -> Shape<Vec<Item>> {
    list(value, path, item)
}

fn swot(value: &Json, path: &str) -> Shape<Swot> {
    let value = object(value, path)?;
    Ok(Swot {
        strengths: defaulted(value, "strengths", path, items)?,
        weaknesses: defaulted(value, "weaknesses", path, items)?,
        opportunities: defaulted(value, "opportunities", path, items)?,
        threats: defaulted(value, "threats", path, items)?,
    })
}

fn step(value: &Json, path: &str) -> Shape<Step> {
    let value = object(value, path)?;
    Ok(Step {
        id: field(value, "id", path, number)?,
        text: defaulted(value, "text", path, text)?,
        due: optional(value, "due", path, day)?,
        done: defaulted(value, "done", path, boolean)?,
    })
}

fn goal(value: &Json, path: &str) -> Shape<Goal> {
    let value = object(value, path)?;
    Ok(Goal {
        id: field(value, "id", path, number)?,
        title: defaulted(value, "title", path, text)?,
        area: optional(value, "area", path, area)?,
        why: optional(value, "why", path, text)?,
        steps: defaulted(value, "steps", path, |v, p| list(v, p, step))?,
        target: optional(value, "target", path, day)?,
        helped_by: defaulted(value, "helped_by", path, numbers)?,
        addresses: defaulted(value, "addresses", path, numbers)?,
        help_wanted: optional(value, "help_wanted", path, text)?,
        status: defaulted(value, "status", path, goal_status)?,
    })
}

impl Plan {
    /// The plan a JSON value holds, or what is wrong with it.
    pub fn from_json(value: &Json) -> Shape<Plan> {
        let path = "plan";
        let value = object(value, path)?;
        Ok(Plan {
            schema: field(value, "schema", path, number)?,
            id: field(value, "id", path, text)?,
            created: field(value, "created", path, timestamp)?,
            updated: field(value, "updated", path, timestamp)?,
            lang: field(value, "lang", path, text)?,
            alias: optional(value, "alias", path, text)?,
            swot: defaulted(value, "swot", path, swot)?,
            goals: defaulted(value, "goals", path, |v, p| list(v, p, goal))?,
            note: optional(value, "note", path, text)?,
        })
    }
}

impl DeviceConfig {
    /// The configuration a JSON value holds, or what is wrong with it.
    pub fn from_json(value: &Json) -> Shape<DeviceConfig> {
        let path = "device";
        let value = object(value, path)?;
        Ok(DeviceConfig {
            mode: field(value, "mode", path, device_mode)?,
            idle_seconds: field(value, "idle_seconds", path, number)?,
            default_lang: optional(value, "default_lang", path, text)?,
        })
    }
}
