//! Coming back to a plan: check-ins ("How is it going?") kept with their
//! date, so the plan carries its own history, and the marker of what was
//! last shared, so the client and the case manager see what changed since.

use serde::{Deserialize, Serialize};

use super::{Day, GoalStatus, ItemId, Plan, Quadrant, Timestamp};

/// One "How is it going?": what the client said of each goal they looked
/// at. Nothing in it is mandatory; a goal they skipped has no entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The client's own date that day: a check-in is told by its day.
    pub on: Day,
    #[serde(default)]
    pub goals: Vec<GoalCheckIn>,
}

/// What the client said of one goal at a check-in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoalCheckIn {
    pub goal: ItemId,
    /// Where the goal stands, if they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GoalStatus>,
    /// The goal's steps done at that moment: the history of the picture of
    /// steps done over time.
    #[serde(default)]
    pub done: Vec<ItemId>,
    /// What happened, or what is needed now, in their own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// Whether the goal still fits, if they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<GoalFit>,
}

/// Whether a goal still fits the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalFit {
    Keep,
    /// They want to change it: a question for the next meeting.
    Change,
    /// They put it aside; the goal's status says so too.
    PutAside,
}

impl GoalFit {
    pub const ALL: [GoalFit; 3] = [GoalFit::Keep, GoalFit::Change, GoalFit::PutAside];

    pub fn message_id(self) -> &'static str {
        match self {
            GoalFit::Keep => "fit-keep",
            GoalFit::Change => "fit-change",
            GoalFit::PutAside => "fit-put-aside",
        }
    }

    /// A picture beside the word, for people who read little.
    pub fn icon(self) -> &'static str {
        match self {
            GoalFit::Keep => "👍",
            GoalFit::Change => "✏️",
            GoalFit::PutAside => "⏸️",
        }
    }
}

/// When the plan was last shared, and what it held then: enough to say what
/// changed since, without keeping a copy of anyone's words twice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LastShared {
    pub on: Day,
    /// The highest id in the plan then. Ids are never given again below it
    /// (`Plan::next_id`), so every answer or goal above it is new.
    pub up_to: ItemId,
    /// How many answers and goals the plan had then.
    pub answers: usize,
    /// How many check-ins the plan had then.
    pub check_ins: usize,
    /// The steps done then.
    #[serde(default)]
    pub done: Vec<ItemId>,
    /// Each goal's status then.
    #[serde(default)]
    pub goals: Vec<SharedGoal>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedGoal {
    pub id: ItemId,
    pub status: GoalStatus,
}

/// What changed since the plan was last shared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Steps done since, in the plan's order.
    pub steps_done: Vec<ItemId>,
    /// Goals done since.
    pub goals_done: Vec<ItemId>,
    /// Goals put aside since.
    pub goals_put_aside: Vec<ItemId>,
    /// Goals and answers that are new since.
    pub new: Vec<ItemId>,
    /// How many answers and goals were taken out since.
    pub removed: usize,
    /// How many check-ins were made since.
    pub check_ins: usize,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// Whether this goal, answer or step is new or changed since.
    pub fn marks(&self, id: ItemId) -> bool {
        [
            &self.steps_done,
            &self.goals_done,
            &self.goals_put_aside,
            &self.new,
        ]
        .iter()
        .any(|ids| ids.contains(&id))
    }
}

impl GoalCheckIn {
    /// What a goal says now, to start a check-in from: its status and the
    /// steps done. Kept as it is, it says nothing new.
    pub fn from_goal(goal: &super::Goal) -> GoalCheckIn {
        GoalCheckIn {
            goal: goal.id,
            status: Some(goal.status),
            done: goal.steps.iter().filter(|s| s.done).map(|s| s.id).collect(),
            words: None,
            fit: None,
        }
    }
}

impl Plan {
    /// Keeps a check-in and brings the goals up to date with it: each
    /// entry's steps done, its status, and a goal put aside. Entries for
    /// goals the plan does not have, a second entry for a goal, and entries
    /// that say nothing are left out. Returns whether anything was kept.
    pub fn check_in(&mut self, on: Day, now: Timestamp, entries: Vec<GoalCheckIn>) -> bool {
        let mut kept: Vec<GoalCheckIn> = Vec::new();
        for mut entry in entries {
            if kept.iter().any(|k| k.goal == entry.goal) {
                continue;
            }
            entry.words = entry.words.filter(|w| !w.trim().is_empty());
            if entry.fit == Some(GoalFit::PutAside) {
                entry.status = Some(GoalStatus::PutAside);
            }
            let Some(goal) = self.goals.iter_mut().find(|g| g.id == entry.goal) else {
                continue;
            };
            entry
                .done
                .retain(|id| goal.steps.iter().any(|s| s.id == *id));
            let steps_change = goal
                .steps
                .iter()
                .any(|s| s.done != entry.done.contains(&s.id));
            let says_something = steps_change
                || entry.words.is_some()
                || entry.fit.is_some()
                || entry.status.is_some_and(|s| s != goal.status);
            if !says_something {
                continue;
            }
            for step in &mut goal.steps {
                step.done = entry.done.contains(&step.id);
            }
            if let Some(status) = entry.status {
                goal.status = status;
            }
            kept.push(entry);
        }
        if kept.is_empty() {
            return false;
        }
        // Never before the last check-in, even with a clock set back: the
        // gate refuses check-ins out of order.
        let after = self.check_ins.last().map(|c| c.on);
        self.check_ins.push(CheckIn {
            on: after.map_or(on, |after| on.max(after)),
            goals: kept,
        });
        self.touch(now);
        true
    }

    /// Drops check-ins left with no entry, and counts them out of the
    /// last-shared marker's check-ins, which must stay among the plan's.
    pub(super) fn drop_empty_check_ins(&mut self) {
        if let Some(shared) = &mut self.shared {
            let dropped_before = self.check_ins[..shared.check_ins.min(self.check_ins.len())]
                .iter()
                .filter(|c| c.goals.is_empty())
                .count();
            shared.check_ins -= dropped_before;
        }
        self.check_ins.retain(|c| !c.goals.is_empty());
    }

    /// Every check-in entry of one goal, oldest first, with its day.
    pub fn history(&self, goal: ItemId) -> impl Iterator<Item = (Day, &GoalCheckIn)> {
        self.check_ins.iter().flat_map(move |c| {
            c.goals
                .iter()
                .filter(move |e| e.goal == goal)
                .map(move |e| (c.on, e))
        })
    }

    /// How many of a goal's steps were done at each check-in that spoke of
    /// it, and how many are done now (on the day of the last change, when
    /// that differs from the last check-in): the points of the picture of
    /// steps done over time.
    pub fn steps_done_over_time(&self, goal: ItemId) -> Vec<(Day, usize)> {
        let Some(now) = self.goals.iter().find(|g| g.id == goal) else {
            return Vec::new();
        };
        let mut points: Vec<(Day, usize)> = Vec::new();
        for (on, entry) in self.history(goal) {
            match points.last_mut() {
                // Two check-ins on one day: the later tells the day.
                Some(last) if last.0 == on => last.1 = entry.done.len(),
                _ => points.push((on, entry.done.len())),
            }
        }
        let done_now = now.steps.iter().filter(|s| s.done).count();
        let today = self.updated.date_naive();
        if points.last().map(|p| p.1) != Some(done_now) {
            match points.last_mut() {
                Some(last) if last.0 >= today => last.1 = done_now,
                _ => points.push((today, done_now)),
            }
        }
        points
    }

    /// The ids of the answers and the goals.
    pub(super) fn answer_and_goal_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        Quadrant::ALL
            .iter()
            .flat_map(|q| self.swot.items(*q))
            .map(|i| i.id)
            .chain(self.goals.iter().map(|g| g.id))
    }

    /// Remembers that the plan was shared on this day, as it is.
    pub fn mark_shared(&mut self, on: Day) {
        let answers = self.answer_and_goal_ids().count();
        let done = self
            .goals
            .iter()
            .flat_map(|g| &g.steps)
            .filter(|s| s.done)
            .map(|s| s.id)
            .collect();
        let goals = self
            .goals
            .iter()
            .map(|g| SharedGoal {
                id: g.id,
                status: g.status,
            })
            .collect();
        self.shared = Some(LastShared {
            on,
            up_to: self.next_id() - 1,
            answers,
            check_ins: self.check_ins.len(),
            done,
            goals,
        });
    }

    /// A plan opened from its share code or file, to continue it: it is
    /// what was shared, on the day of its last change, so what the client
    /// does from here is what is new to the case manager.
    pub fn continued(mut self) -> Plan {
        let shared_on = self.updated.date_naive();
        // A marker of a later share of the same plan is never set back.
        if self.shared.as_ref().is_none_or(|s| s.on <= shared_on) {
            self.mark_shared(shared_on);
        }
        self
    }

    /// What changed since the plan was last shared, and the day it was;
    /// none when it never was.
    pub fn changes_since_shared(&self) -> Option<(Day, Changes)> {
        let shared = self.shared.as_ref()?;
        let status_then = |id| shared.goals.iter().find(|g| g.id == id).map(|g| g.status);
        let mut changes = Changes {
            new: self
                .answer_and_goal_ids()
                .filter(|id| *id > shared.up_to)
                .collect(),
            ..Changes::default()
        };
        let kept = self
            .answer_and_goal_ids()
            .filter(|id| *id <= shared.up_to)
            .count();
        changes.removed = shared.answers.saturating_sub(kept);
        for goal in &self.goals {
            let changed = status_then(goal.id) != Some(goal.status);
            match goal.status {
                GoalStatus::Achieved if changed => changes.goals_done.push(goal.id),
                GoalStatus::PutAside if changed => changes.goals_put_aside.push(goal.id),
                _ => {}
            }
            changes.steps_done.extend(
                goal.steps
                    .iter()
                    .filter(|s| s.done && !shared.done.contains(&s.id))
                    .map(|s| s.id),
            );
        }
        changes.check_ins = self.check_ins.len().saturating_sub(shared.check_ins);
        Some((shared.on, changes))
    }
}
