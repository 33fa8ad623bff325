use serde::{Deserialize, Serialize};

use super::{Area, CheckIn, Day, LastShared, Suggestion, Support, Timestamp};

/// The schema version this build writes. Every saved or shared plan carries
/// it. Version 2 added check-ins, the last-shared marker and two goal
/// statuses; version 3 the case manager's suggestions (`support`) and what
/// the client could not find (`gaps`). An older plan reads as one with none
/// of them.
pub const SCHEMA_VERSION: u32 = 3;

/// An id unique among the items, goals and steps of one plan.
pub type ItemId = u32;

/// Everything one client writes: their self-assessment and their goals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub schema: u32,
    pub id: String,
    #[serde(deserialize_with = "super::moment::to_the_millisecond")]
    pub created: Timestamp,
    #[serde(deserialize_with = "super::moment::to_the_millisecond")]
    pub updated: Timestamp,
    /// The language the client wrote in (a BCP 47 tag such as `pl`).
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    #[serde(default)]
    pub swot: Swot,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// "How is it going?", oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_ins: Vec<CheckIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<LastShared>,
    /// The case manager's suggestions and the client's choices, oldest
    /// first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<Support>,
    /// "What would help you that you can't find here?", in the client's
    /// words: what the community lacks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<String>,
}

/// The four parts of the self-assessment, strengths first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Swot {
    #[serde(default)]
    pub strengths: Vec<Item>,
    #[serde(default)]
    pub weaknesses: Vec<Item>,
    #[serde(default)]
    pub opportunities: Vec<Item>,
    #[serde(default)]
    pub threats: Vec<Item>,
}

/// Which part of the self-assessment an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

impl Quadrant {
    /// The four parts in the order the client meets them.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strengths,
        Quadrant::Weaknesses,
        Quadrant::Opportunities,
        Quadrant::Threats,
    ];

    /// Whether items of this part can help reach a goal (the others are what a
    /// goal addresses).
    pub fn helps(self) -> bool {
        matches!(self, Quadrant::Strengths | Quadrant::Opportunities)
    }

    /// The two parts that help reach a goal (`helps`), or the two a goal
    /// addresses, in the journey's order.
    pub fn parts(helps: bool) -> [Quadrant; 2] {
        if helps {
            [Quadrant::Strengths, Quadrant::Opportunities]
        } else {
            [Quadrant::Weaknesses, Quadrant::Threats]
        }
    }
}

/// One answer: the client's own words, or a suggestion chip stored as its key
/// so that it reads in whatever language the reader uses. Saved as
/// `{"id", "text" | "key", "area"?}` (see [`ItemRecord`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "ItemRecord", try_from = "ItemRecord")]
pub struct Item {
    pub id: ItemId,
    pub content: ItemContent,
    pub area: Option<Area>,
}

/// An item as saved: its content is one of two fields. Read through this
/// record rather than `#[serde(flatten)]`, whose buffering cost each page
/// several KiB; the JSON is the same.
#[derive(Serialize, Deserialize)]
struct ItemRecord {
    id: ItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    area: Option<Area>,
}

impl From<Item> for ItemRecord {
    fn from(item: Item) -> ItemRecord {
        let (text, key) = match item.content {
            ItemContent::Text(text) => (Some(text), None),
            ItemContent::Key(key) => (None, Some(key)),
        };
        ItemRecord {
            id: item.id,
            text,
            key,
            area: item.area,
        }
    }
}

impl TryFrom<ItemRecord> for Item {
    type Error = &'static str;

    /// A chip's key wins over text beside it, as drafts have always read.
    fn try_from(record: ItemRecord) -> Result<Item, &'static str> {
        let content = match (record.key, record.text) {
            (Some(key), _) => ItemContent::Key(key),
            (None, Some(text)) => ItemContent::Text(text),
            (None, None) => return Err("an item needs its text or its key"),
        };
        Ok(Item {
            id: record.id,
            content,
            area: record.area,
        })
    }
}

/// What an item says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemContent {
    /// Free text, shown as written, in the plan's language.
    Text(String),
    /// A suggestion from the catalogue, by key.
    Key(String),
}

/// A goal the client chose, linked to what helps and to what it addresses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: ItemId,
    /// What I want. Empty while the goal is still a draft.
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(default)]
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Day>,
    /// Strengths and opportunities that help.
    #[serde(default)]
    pub helped_by: Vec<ItemId>,
    /// Weaknesses and threats this goal addresses.
    #[serde(default)]
    pub addresses: Vec<ItemId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_wanted: Option<String>,
    #[serde(default)]
    pub status: GoalStatus,
}

/// The fields of a goal that hold the client's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalText {
    Title,
    Why,
    HelpWanted,
}

impl Goal {
    /// The words of one of the goal's text fields, empty when unset.
    pub fn text(&self, field: GoalText) -> &str {
        match field {
            GoalText::Title => &self.title,
            GoalText::Why => self.why.as_deref().unwrap_or_default(),
            GoalText::HelpWanted => self.help_wanted.as_deref().unwrap_or_default(),
        }
    }

    /// Sets a text field as typed. Blank words leave the optional fields
    /// unset, so that no screen or export shows an empty "Why"; the title
    /// stays as typed (empty while the goal is a draft).
    pub fn set_text(&mut self, field: GoalText, text: String) {
        let optional = || (!text.trim().is_empty()).then(|| text.clone());
        match field {
            GoalText::Title => self.title = text,
            GoalText::Why => self.why = optional(),
            GoalText::HelpWanted => self.help_wanted = optional(),
        }
    }
}

/// Where a goal stands, as the client says at a check-in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalStatus {
    /// Every new goal. Spelled `active` since schema 1, when it was the
    /// only status but done.
    #[default]
    #[serde(rename = "active")]
    NotStarted,
    OnMyWay,
    /// Done.
    Achieved,
    PutAside,
}

impl GoalStatus {
    /// In the order a goal moves through them.
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::NotStarted,
        GoalStatus::OnMyWay,
        GoalStatus::Achieved,
        GoalStatus::PutAside,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "status-not-started",
            GoalStatus::OnMyWay => "status-on-my-way",
            GoalStatus::Achieved => "status-done",
            GoalStatus::PutAside => "status-put-aside",
        }
    }

    /// A picture beside the word, for people who read little.
    pub fn icon(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "⚪",
            GoalStatus::OnMyWay => "🚶",
            GoalStatus::Achieved => "✅",
            GoalStatus::PutAside => "⏸️",
        }
    }
}

/// A small step towards a goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: ItemId,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    #[serde(default)]
    pub done: bool,
}

/// A plan id from eight random bytes: sixteen lowercase hex digits.
pub fn plan_id(random: [u8; 8]) -> String {
    format!("{:016x}", u64::from_be_bytes(random))
}

impl Plan {
    /// An empty plan. The caller supplies the id and the time, so that this
    /// stays a pure function.
    pub fn new(id: impl Into<String>, now: Timestamp, lang: impl Into<String>) -> Plan {
        Plan {
            schema: SCHEMA_VERSION,
            id: id.into(),
            created: now,
            updated: now,
            lang: lang.into(),
            alias: None,
            swot: Swot::default(),
            goals: Vec::new(),
            note: None,
            check_ins: Vec::new(),
            shared: None,
            support: Vec::new(),
            gaps: Vec::new(),
        }
    }

    /// Stamps the time of a change, never before the plan was made: a clock
    /// set back would otherwise make a plan the gate refuses
    /// (`updated` before `created`).
    pub fn touch(&mut self, now: Timestamp) {
        self.updated = now.max(self.created);
    }

    /// A saved draft or plan file whose clock was set back while it was
    /// written, mended rather than refused: builds before the gate saved
    /// such drafts.
    pub fn mend_clock(mut self) -> Plan {
        self.updated = self.updated.max(self.created);
        self
    }

    /// Whether the client has written or chosen anything yet.
    pub fn is_empty(&self) -> bool {
        Quadrant::ALL.iter().all(|q| self.swot.items(*q).is_empty()) && self.goals.is_empty()
    }

    /// The life areas the plan touches, each once: its goals' first, then
    /// its answers', in the order the client met them. The areas a case
    /// manager may connect the client with.
    pub fn life_areas(&self) -> Vec<Area> {
        let goals = self.goals.iter().filter_map(|g| g.area);
        let answers = Quadrant::ALL
            .iter()
            .flat_map(|q| self.swot.items(*q))
            .filter_map(|i| i.area);
        let mut areas: Vec<Area> = Vec::new();
        for area in goals.chain(answers) {
            if !areas.contains(&area) {
                areas.push(area);
            }
        }
        areas
    }

    /// The next free id. Ids of removed entries may come back, never at or
    /// below the last share's highest id (so that what is new since reads
    /// as new); every link to a removed item is dropped with it, so a
    /// reused id never points at the wrong thing.
    pub(super) fn next_id(&self) -> ItemId {
        let shared = self.shared.as_ref().map_or(0, |s| s.up_to);
        let items = Quadrant::ALL
            .iter()
            .flat_map(|q| self.swot.items(*q))
            .map(|i| i.id);
        let goals = self.goals.iter().map(|g| g.id);
        let steps = self.goals.iter().flat_map(|g| &g.steps).map(|s| s.id);
        let support = self.support.iter().map(|s| s.id);
        items
            .chain(goals)
            .chain(steps)
            .chain(support)
            .max()
            .unwrap_or(0)
            .max(shared)
            .saturating_add(1)
    }

    /// Adds an answer at the end of its part and returns its id.
    pub fn add_item(
        &mut self,
        quadrant: Quadrant,
        content: ItemContent,
        area: Option<Area>,
    ) -> ItemId {
        let id = self.next_id();
        self.swot
            .items_mut(quadrant)
            .push(Item { id, content, area });
        id
    }

    /// Adds an answer in the client's own words, trimmed; blank words add
    /// nothing (`None`).
    pub fn add_own_words(&mut self, quadrant: Quadrant, text: &str) -> Option<ItemId> {
        let text = text.trim();
        (!text.is_empty()).then(|| self.add_item(quadrant, ItemContent::Text(text.into()), None))
    }

    /// Replaces an answer with the client's own words, trimmed; an answer
    /// edited down to nothing is removed. Returns false when there is no
    /// such item.
    pub fn rewrite_item(&mut self, id: ItemId, text: &str) -> bool {
        match text.trim() {
            "" => self.remove_item(id),
            text => self.edit_item(id, text),
        }
    }

    /// Whether a suggestion chip is already among the answers of a part.
    pub fn has_suggestion(&self, quadrant: Quadrant, key: &str) -> bool {
        self.swot
            .items(quadrant)
            .iter()
            .any(|item| matches!(&item.content, ItemContent::Key(k) if k == key))
    }

    /// Adds a suggestion chip, or takes it back if it is already there.
    /// Returns whether the chip is now among the answers.
    pub fn toggle_suggestion(&mut self, chip: &Suggestion) -> bool {
        let existing = self
            .swot
            .items(chip.quadrant)
            .iter()
            .find_map(|item| match &item.content {
                ItemContent::Key(k) if k == chip.key => Some(item.id),
                _ => None,
            });
        match existing {
            Some(id) => {
                self.remove_item(id);
                false
            }
            None => {
                self.add_item(
                    chip.quadrant,
                    ItemContent::Key(chip.key.to_owned()),
                    Some(chip.area),
                );
                true
            }
        }
    }

    /// The part an item belongs to, and the item.
    pub fn find_item(&self, id: ItemId) -> Option<(Quadrant, &Item)> {
        Quadrant::ALL.iter().find_map(|q| {
            self.swot
                .items(*q)
                .iter()
                .find(|i| i.id == id)
                .map(|i| (*q, i))
        })
    }

    /// Replaces an item's content with the client's own words. Returns false
    /// when there is no such item.
    pub fn edit_item(&mut self, id: ItemId, text: impl Into<String>) -> bool {
        match self.item_mut(id) {
            Some(item) => {
                item.content = ItemContent::Text(text.into());
                true
            }
            None => false,
        }
    }

    /// Removes an item and every goal's link to it; the goals themselves stay.
    pub fn remove_item(&mut self, id: ItemId) -> bool {
        let mut removed = false;
        for q in Quadrant::ALL {
            let items = self.swot.items_mut(q);
            let before = items.len();
            items.retain(|i| i.id != id);
            removed |= items.len() != before;
        }
        if removed {
            for goal in &mut self.goals {
                goal.helped_by.retain(|i| *i != id);
                goal.addresses.retain(|i| *i != id);
            }
        }
        removed
    }

    /// Moves an item one place up (`-1`) or down (`1`) within its part.
    pub fn move_item(&mut self, id: ItemId, by: isize) -> bool {
        Quadrant::ALL
            .iter()
            .any(|q| move_by(self.swot.items_mut(*q), |i| i.id == id, by))
    }

    fn item_mut(&mut self, id: ItemId) -> Option<&mut Item> {
        let Swot {
            strengths,
            weaknesses,
            opportunities,
            threats,
        } = &mut self.swot;
        [strengths, weaknesses, opportunities, threats]
            .into_iter()
            .flat_map(|items| items.iter_mut())
            .find(|i| i.id == id)
    }

    /// A copy holding only what `keep` accepts: the client leaves out what
    /// they do not want to share. Links to left-out items are dropped; a
    /// left-out goal takes its steps with it.
    pub fn only(&self, keep: impl Fn(ItemId) -> bool) -> Plan {
        let mut copy = self.clone();
        for q in Quadrant::ALL {
            copy.swot.items_mut(q).retain(|i| keep(i.id));
        }
        copy.goals.retain(|g| keep(g.id));
        for goal in &mut copy.goals {
            goal.helped_by.retain(|i| keep(*i));
            goal.addresses.retain(|i| keep(*i));
        }
        for check_in in &mut copy.check_ins {
            check_in.goals.retain(|e| keep(e.goal));
        }
        copy.drop_empty_check_ins();
        // The case manager still sees what they suggested was taken or not;
        // only which goal it was for stays with the client.
        for support in &mut copy.support {
            support.goal = support.goal.filter(|g| keep(*g));
        }
        if let Some(shared) = &mut copy.shared {
            // Left out is not taken out: the reader sees no removal.
            let up_to = shared.up_to;
            let left_out = self
                .answer_and_goal_ids()
                .filter(|id| *id <= up_to && !keep(*id))
                .count();
            shared.answers = shared.answers.saturating_sub(left_out);
        }
        copy
    }

    /// Adds a goal at the end (lowest priority) and returns its id.
    pub fn add_goal(&mut self, mut goal: Goal) -> ItemId {
        goal.id = self.next_id();
        let id = goal.id;
        self.goals.push(goal);
        id
    }

    /// Starts a goal from one answer: from a strength or opportunity it is
    /// linked as a help, from a weakness or worry as what the goal addresses.
    pub fn add_goal_from(&mut self, item: ItemId) -> Option<ItemId> {
        let (quadrant, found) = self.find_item(item)?;
        let mut goal = Goal {
            area: found.area,
            ..Goal::default()
        };
        if quadrant.helps() {
            goal.helped_by.push(item);
        } else {
            goal.addresses.push(item);
        }
        Some(self.add_goal(goal))
    }

    /// Links an answer to a goal, or unlinks it: a strength or opportunity
    /// as what helps, a weakness or worry as what the goal addresses.
    /// Returns false when the goal or the item does not exist.
    pub fn set_link(&mut self, goal: ItemId, item: ItemId, linked: bool) -> bool {
        let Some((quadrant, _)) = self.find_item(item) else {
            return false;
        };
        self.update_goal(goal, |g| {
            let links = if quadrant.helps() {
                &mut g.helped_by
            } else {
                &mut g.addresses
            };
            links.retain(|i| *i != item);
            if linked {
                links.push(item);
            }
        })
    }

    pub fn goal(&self, id: ItemId) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// Changes one goal in place. Returns false when there is no such goal.
    pub fn update_goal(&mut self, id: ItemId, change: impl FnOnce(&mut Goal)) -> bool {
        match self.goals.iter_mut().find(|g| g.id == id) {
            Some(goal) => {
                change(goal);
                true
            }
            None => false,
        }
    }

    /// Removes a goal, its steps and what check-ins said of it.
    pub fn remove_goal(&mut self, id: ItemId) -> bool {
        let before = self.goals.len();
        self.goals.retain(|g| g.id != id);
        for check_in in &mut self.check_ins {
            check_in.goals.retain(|e| e.goal != id);
        }
        self.drop_empty_check_ins();
        // What was suggested for it stays, as suggested for the plan.
        for support in self.support.iter_mut().filter(|s| s.goal == Some(id)) {
            support.goal = None;
        }
        self.goals.len() != before
    }

    /// Moves a goal up (`-1`, higher priority) or down (`1`).
    pub fn move_goal(&mut self, id: ItemId, by: isize) -> bool {
        move_by(&mut self.goals, |g| g.id == id, by)
    }

    /// Adds a step to a goal and returns the step's id.
    pub fn add_step(
        &mut self,
        goal: ItemId,
        text: impl Into<String>,
        due: Option<Day>,
    ) -> Option<ItemId> {
        let id = self.next_id();
        let goal = self.goals.iter_mut().find(|g| g.id == goal)?;
        goal.steps.push(Step {
            id,
            text: text.into(),
            due,
            done: false,
        });
        Some(id)
    }

    /// Changes one step in place. Returns false when there is no such step.
    pub fn update_step(&mut self, step: ItemId, change: impl FnOnce(&mut Step)) -> bool {
        match self
            .goals
            .iter_mut()
            .flat_map(|g| &mut g.steps)
            .find(|s| s.id == step)
        {
            Some(found) => {
                change(found);
                true
            }
            None => false,
        }
    }

    /// Removes a step, and it from the steps check-ins counted done.
    pub fn remove_step(&mut self, step: ItemId) -> bool {
        for entry in self.check_ins.iter_mut().flat_map(|c| &mut c.goals) {
            entry.done.retain(|id| *id != step);
        }
        self.goals.iter_mut().any(|g| {
            let before = g.steps.len();
            g.steps.retain(|s| s.id != step);
            g.steps.len() != before
        })
    }

    pub fn move_step(&mut self, step: ItemId, by: isize) -> bool {
        self.goals
            .iter_mut()
            .any(|g| move_by(&mut g.steps, |s| s.id == step, by))
    }
}

impl Swot {
    pub fn items(&self, quadrant: Quadrant) -> &[Item] {
        match quadrant {
            Quadrant::Strengths => &self.strengths,
            Quadrant::Weaknesses => &self.weaknesses,
            Quadrant::Opportunities => &self.opportunities,
            Quadrant::Threats => &self.threats,
        }
    }

    pub fn items_mut(&mut self, quadrant: Quadrant) -> &mut Vec<Item> {
        match quadrant {
            Quadrant::Strengths => &mut self.strengths,
            Quadrant::Weaknesses => &mut self.weaknesses,
            Quadrant::Opportunities => &mut self.opportunities,
            Quadrant::Threats => &mut self.threats,
        }
    }
}

/// Moves the first entry matching `is_it` by `by` places, clamped to the ends.
/// Returns whether the entry was found.
fn move_by<T>(list: &mut [T], is_it: impl Fn(&T) -> bool, by: isize) -> bool {
    let Some(from) = list.iter().position(is_it) else {
        return false;
    };
    let to = from.saturating_add_signed(by).min(list.len() - 1);
    if to < from {
        list[to..=from].rotate_right(1);
    } else {
        list[from..=to].rotate_left(1);
    }
    true
}
