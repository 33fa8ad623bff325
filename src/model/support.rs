//! The case manager answers back: an [`Answer`] holds suggestions (who can
//! help, a small step, a meeting, a word from them), each tied to a goal or
//! to the whole plan. The client takes each one or leaves it for now; what
//! they took is their "My support". Nothing enters the plan's goals without
//! their yes, and the plan remembers every answer, so the case manager sees
//! in the next share what was taken and what was not.

use chrono::{NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use super::{Area, Day, ItemContent, ItemId, Plan, Quadrant, Timestamp};
use super::{MAX_ITEMS, MAX_TEXT_CHARS};

/// Someone or somewhere that can help: a service from the agency's
/// directory (Open Referral HSDS), or one the case manager typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The service's or person's name, as written in the directory.
    pub name: String,
    /// What they offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offers: Option<String>,
    /// The organization that runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Where: an address or a place in the centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// When it is open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<Hours>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    /// The language its words are written in (a BCP 47 tag), which may be
    /// neither the client's nor the reader's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
    /// Its id in the agency's directory, so exports can name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_id: Option<String>,
}

/// One weekly opening: the days, and the hours when known
/// ("Tuesdays 10:00–13:00").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Hours {
    #[serde(default)]
    pub days: Vec<Weekday>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<NaiveTime>,
}

/// The next meeting with the case manager.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub on: Day,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// What the case manager suggests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Offer {
    /// Who can help.
    Service(Service),
    /// A new small step towards the goal it is tied to.
    Step(String),
    Meeting(Meeting),
    /// A few words in the case manager's own language. There is nothing to
    /// take or leave: it is kept as read.
    Message(String),
}

impl Offer {
    /// Whether the client says yes or not now to it (a message is only read).
    pub fn is_choice(&self) -> bool {
        !matches!(self, Offer::Message(_))
    }
}

/// One suggestion, tied to one of the plan's goals or to the whole plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<ItemId>,
    pub offer: Offer,
}

/// The case manager's answer to one plan: it travels as a code of its own
/// (`share::encode_answer`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The id of the plan it answers.
    pub plan: String,
    /// The case manager's name as they want the client to read it.
    pub from: String,
    /// When it was made: with `from`, it tells one answer from another.
    pub made: Timestamp,
    /// The language the case manager wrote in.
    pub lang: String,
    pub proposals: Vec<Proposal>,
    /// The agency's public key as its code (`WK1-…`, `share::AgencyKey`),
    /// when the case manager sent it: the client may seal their next
    /// shares to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

/// What the client said to a suggestion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    /// Not looked at yet.
    #[default]
    Waiting,
    Yes,
    /// Left for now; it can still be taken later.
    NotNow,
}

impl Choice {
    /// Append only: the share code carries a choice as its index here.
    pub const ALL: [Choice; 3] = [Choice::Waiting, Choice::Yes, Choice::NotNow];

    /// The Fluent message id of the choice, as the case manager reads it.
    pub fn message_id(self) -> &'static str {
        match self {
            Choice::Waiting => "choice-waiting",
            Choice::Yes => "choice-yes",
            Choice::NotNow => "choice-not-now",
        }
    }
}

/// A suggestion as the plan keeps it, with the client's choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Support {
    pub id: ItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<ItemId>,
    /// Who suggested it.
    pub from: String,
    /// When their answer was made (`Answer::made`).
    pub answer_made: Timestamp,
    #[serde(default)]
    pub choice: Choice,
    pub offer: Offer,
}

impl Support {
    /// Whether the client says yes or not now to it: not to a message, nor
    /// to a step whose goal the client has removed since.
    pub fn is_choice(&self) -> bool {
        match self.offer {
            Offer::Step(_) => self.goal.is_some(),
            _ => self.offer.is_choice(),
        }
    }

    /// A step the client said yes to: it is in their goal now, theirs to
    /// change there.
    pub fn step_taken(&self) -> bool {
        matches!(self.offer, Offer::Step(_)) && self.choice == Choice::Yes
    }
}

/// Why an answer was not taken into this plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerMismatch {
    /// It answers another plan; the client may have to continue that one
    /// first.
    OtherPlan,
    /// The plan has no room for it: with it, the plan would pass a plan's
    /// limits and could no longer be saved or shared.
    NoRoom,
}

impl Plan {
    /// Takes an answer in, every suggestion waiting for the client's
    /// choice (a message counts as read). An answer taken before is not
    /// taken twice: its suggestions keep the choices made. Gives the ids of
    /// the answer's suggestions in the plan.
    pub fn receive(&mut self, answer: &Answer) -> Result<Vec<ItemId>, AnswerMismatch> {
        if answer.plan != self.id {
            return Err(AnswerMismatch::OtherPlan);
        }
        let known: Vec<ItemId> = self
            .support
            .iter()
            .filter(|s| s.from == answer.from && s.answer_made == answer.made)
            .map(|s| s.id)
            .collect();
        if !known.is_empty() {
            return Ok(known);
        }
        let before = self.support.len();
        let mut ids = Vec::new();
        for proposal in &answer.proposals {
            let id = self.next_id();
            // A goal removed since the answer was made: the suggestion is
            // for the whole plan.
            let goal = proposal.goal.filter(|g| self.goal(*g).is_some());
            let choice = match proposal.offer.is_choice() {
                true => Choice::Waiting,
                false => Choice::Yes,
            };
            self.support.push(Support {
                id,
                goal,
                from: answer.from.clone(),
                answer_made: answer.made,
                choice,
                offer: proposal.offer.clone(),
            });
            ids.push(id);
        }
        if self.validate().is_err() {
            self.support.truncate(before);
            return Err(AnswerMismatch::NoRoom);
        }
        Ok(ids)
    }

    /// The client's yes or not now. A step they say yes to joins its goal's
    /// steps, once: after that it is theirs to edit there, and the choice
    /// stays. Returns whether anything changed.
    pub fn choose(&mut self, id: ItemId, choice: Choice) -> bool {
        let Some(at) = self.support.iter().position(|s| s.id == id) else {
            return false;
        };
        let support = &self.support[at];
        if support.choice == choice || !support.is_choice() || support.step_taken() {
            return false;
        }
        if let (Choice::Yes, Offer::Step(text), Some(goal)) = (choice, &support.offer, support.goal)
        {
            // A step that would take the plan past its limits is not added.
            let mut with_step = self.clone();
            let text = text.clone();
            if with_step.add_step(goal, text, None).is_none() || with_step.validate().is_err() {
                return false;
            }
            *self = with_step;
        }
        self.support[at].choice = choice;
        true
    }

    /// What the client said yes to, and the words they were sent: "My
    /// support", in the order it came.
    pub fn my_support(&self) -> impl Iterator<Item = &Support> {
        self.support.iter().filter(|s| s.choice == Choice::Yes)
    }

    /// "My support" as the client keeps it on paper: the people and places
    /// they said yes to, and the meeting; a step taken is in its goal, a
    /// message was only read.
    pub fn people_and_places(&self) -> impl Iterator<Item = &Support> {
        self.my_support()
            .filter(|s| matches!(s.offer, Offer::Service(_) | Offer::Meeting(_)))
    }

    /// Every answer the plan holds, once each, the newest first: who it is
    /// from and when it was made.
    pub fn answers(&self) -> Vec<(String, Timestamp)> {
        let mut answers: Vec<(String, Timestamp)> = Vec::new();
        for s in &self.support {
            if !answers
                .iter()
                .any(|(f, m)| *f == s.from && *m == s.answer_made)
            {
                answers.push((s.from.clone(), s.answer_made));
            }
        }
        answers.sort_by_key(|a| std::cmp::Reverse(a.1));
        answers
    }

    /// The suggestions of one answer, in its order.
    pub fn answer_items(&self, from: &str, made: Timestamp) -> Vec<&Support> {
        self.support
            .iter()
            .filter(|s| s.from == from && s.answer_made == made)
            .collect()
    }

    /// Suggestions the client has not said yes to yet: waiting or not now.
    pub fn open_suggestions(&self) -> impl Iterator<Item = &Support> {
        self.support
            .iter()
            .filter(|s| s.is_choice() && s.choice != Choice::Yes)
    }
}

impl Plan {
    /// Adds what the client could not find around here, in their words;
    /// blank words add nothing. Returns whether it was added.
    pub fn add_gap(&mut self, text: &str) -> bool {
        let text = text.trim();
        let room = self.gaps.len() < MAX_ITEMS && text.chars().count() <= MAX_TEXT_CHARS;
        let added = !text.is_empty() && room;
        if added {
            self.gaps.push(text.to_owned());
        }
        added
    }

    pub fn remove_gap(&mut self, at: usize) -> bool {
        let removed = at < self.gaps.len();
        if removed {
            self.gaps.remove(at);
        }
        removed
    }

    /// The answer on the "What could help" step that a service of this
    /// centre's directory added, if the client tapped it.
    fn centre_item(&self, service: &Service) -> Option<ItemId> {
        self.swot
            .items(Quadrant::Opportunities)
            .iter()
            .find_map(|item| {
                let same = matches!(&item.content, ItemContent::Text(t) if *t == service.name);
                same.then_some(item.id)
            })
    }

    /// Whether the client has this centre's service among what could help.
    pub fn has_centre_service(&self, service: &Service) -> bool {
        self.centre_item(service).is_some()
    }

    /// "Here at this centre": tapping a service adds it to what could help,
    /// with its life area, and tapping again takes it back. Returns whether
    /// it is there now.
    pub fn toggle_centre_service(&mut self, service: &Service) -> bool {
        match self.centre_item(service) {
            Some(id) => {
                self.remove_item(id);
                false
            }
            None => {
                let words = ItemContent::Text(service.name.clone());
                self.add_item(Quadrant::Opportunities, words, service.area);
                true
            }
        }
    }
}
