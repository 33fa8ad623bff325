//! Plans and device settings as JSON, field for field as serde's derives in
//! plan.rs and device.rs write them (options that are `None` left out where
//! the attributes say so). tests/model.rs compares the text with serde_json's.

use super::json::{object, Json};
use super::{
    Area, DeviceConfig, DeviceMode, Goal, GoalStatus, Item, ItemContent, Plan, Step, Swot,
};

/// Members in order, without those whose value is `None`.
fn members(fields: Vec<(&str, Option<Json>)>) -> Json {
    Json::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect(),
    )
}

fn list<T>(items: &[T], write: fn(&T) -> Json) -> Json {
    Json::Array(items.iter().map(write).collect())
}

fn ids(ids: &[u32]) -> Json {
    Json::Array(ids.iter().map(|id| Json::from(*id)).collect())
}

fn text_of<T: ToString>(value: Option<T>) -> Option<Json> {
    value.map(|v| Json::String(v.to_string()))
}

fn area_key(area: Area) -> Json {
    Json::from(area.key())
}

fn item(item: &Item) -> Json {
    let content = match &item.content {
        ItemContent::Text(words) => ("text", Json::from(words.as_str())),
        ItemContent::Key(key) => ("key", Json::from(key.as_str())),
    };
    members(vec![
        ("id", Some(item.id.into())),
        (content.0, Some(content.1)),
        ("area", item.area.map(area_key)),
    ])
}

fn swot(swot: &Swot) -> Json {
    object([
        ("strengths", list(&swot.strengths, item)),
        ("weaknesses", list(&swot.weaknesses, item)),
        ("opportunities", list(&swot.opportunities, item)),
        ("threats", list(&swot.threats, item)),
    ])
}

fn step(step: &Step) -> Json {
    members(vec![
        ("id", Some(step.id.into())),
        ("text", Some(step.text.as_str().into())),
        ("due", text_of(step.due)),
        ("done", Some(step.done.into())),
    ])
}

fn goal(goal: &Goal) -> Json {
    let status = match goal.status {
        GoalStatus::Active => "active",
        GoalStatus::Achieved => "achieved",
    };
    members(vec![
        ("id", Some(goal.id.into())),
        ("title", Some(goal.title.as_str().into())),
        ("area", goal.area.map(area_key)),
        ("why", text_of(goal.why.as_ref())),
        ("steps", Some(list(&goal.steps, step))),
        ("target", text_of(goal.target)),
        ("helped_by", Some(ids(&goal.helped_by))),
        ("addresses", Some(ids(&goal.addresses))),
        ("help_wanted", text_of(goal.help_wanted.as_ref())),
        ("status", Some(status.into())),
    ])
}

impl Plan {
    pub fn to_json(&self) -> Json {
        members(vec![
            ("schema", Some(self.schema.into())),
            ("id", Some(self.id.as_str().into())),
            ("created", text_of(Some(self.created))),
            ("updated", text_of(Some(self.updated))),
            ("lang", Some(self.lang.as_str().into())),
            ("alias", text_of(self.alias.as_ref())),
            ("swot", Some(swot(&self.swot))),
            ("goals", Some(list(&self.goals, goal))),
            ("note", text_of(self.note.as_ref())),
        ])
    }
}

impl DeviceConfig {
    pub fn to_json(&self) -> Json {
        let mode = match self.mode {
            DeviceMode::Personal => "personal",
            DeviceMode::Kiosk => "kiosk",
        };
        object([
            ("mode", mode.into()),
            ("idle_seconds", self.idle_seconds.into()),
            ("default_lang", self.default_lang.as_deref().into()),
        ])
    }
}
