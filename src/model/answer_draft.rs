//! The case manager's answer while they write it: what they add, in the
//! order they add it, and the checks before it becomes an [`Answer`]. It
//! lives in the page's memory only.

use chrono::NaiveTime;

use super::{parse_day, Answer, ItemId, Meeting, Offer, Plan, Proposal, Service, Timestamp};
use super::{MAX_ITEMS, MAX_TEXT_CHARS};

/// Why an answer cannot be made yet; each is a message for the case
/// manager.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// The client reads who answers: a name is needed.
    NoName,
    /// Nothing has been added.
    Empty,
    /// A text is longer than a plan's texts may be.
    TooLong,
    /// A step is tied to the whole plan; steps belong to a goal.
    StepNeedsGoal,
    /// More suggestions than a plan keeps.
    TooMany,
    /// A meeting's day or time does not read as one.
    BadMeeting,
}

impl DraftProblem {
    /// The Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            DraftProblem::NoName => "answer-needs-name",
            DraftProblem::Empty => "answer-needs-something",
            DraftProblem::TooLong => "answer-too-long",
            DraftProblem::StepNeedsGoal => "answer-step-needs-goal",
            DraftProblem::TooMany => "answer-too-many",
            DraftProblem::BadMeeting => "answer-bad-meeting",
        }
    }
}

/// What the case manager has written so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnswerDraft {
    pub proposals: Vec<Proposal>,
}

impl AnswerDraft {
    /// Adds a suggestion. Empty words add nothing; the texts are trimmed.
    pub fn add(&mut self, goal: Option<ItemId>, offer: Offer) -> Result<(), DraftProblem> {
        let offer = tidy(offer).ok_or(DraftProblem::Empty)?;
        if matches!(offer, Offer::Step(_)) && goal.is_none() {
            return Err(DraftProblem::StepNeedsGoal);
        }
        if too_long(&offer) {
            return Err(DraftProblem::TooLong);
        }
        if self.proposals.len() >= MAX_ITEMS {
            return Err(DraftProblem::TooMany);
        }
        // One next meeting: a new one takes the old one's place.
        if matches!(offer, Offer::Meeting(_)) {
            self.proposals
                .retain(|p| !matches!(p.offer, Offer::Meeting(_)));
        }
        self.proposals.push(Proposal { goal, offer });
        Ok(())
    }

    pub fn remove(&mut self, at: usize) {
        if at < self.proposals.len() {
            self.proposals.remove(at);
        }
    }

    /// The answer to `plan`, signed with the case manager's name as the
    /// client will read it.
    pub fn answer(
        &self,
        plan: &Plan,
        from: &str,
        made: Timestamp,
        lang: &str,
    ) -> Result<Answer, DraftProblem> {
        let from = from.trim();
        if from.is_empty() {
            return Err(DraftProblem::NoName);
        }
        if from.chars().count() > MAX_TEXT_CHARS {
            return Err(DraftProblem::TooLong);
        }
        if self.proposals.is_empty() {
            return Err(DraftProblem::Empty);
        }
        Ok(Answer {
            plan: plan.id.clone(),
            from: from.to_owned(),
            made,
            lang: lang.to_owned(),
            proposals: self.proposals.clone(),
            agency: None,
        })
    }
}

/// A meeting from a form's date (`YYYY-MM-DD`), time (`HH:MM`, may be
/// empty) and place (may be empty).
pub fn meeting_from_form(day: &str, time: &str, place: &str) -> Result<Meeting, DraftProblem> {
    let on = parse_day(day.trim()).ok_or(DraftProblem::BadMeeting)?;
    let at = match time.trim() {
        "" => None,
        time => {
            Some(NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| DraftProblem::BadMeeting)?)
        }
    };
    Ok(Meeting {
        on,
        at,
        place: some_text(place),
    })
}

/// A service the case manager typed: its name, and what else they know.
pub fn typed_service(name: &str, offers: &str, place: &str, phone: &str, web: &str) -> Service {
    Service {
        name: name.trim().to_owned(),
        offers: some_text(offers),
        place: some_text(place),
        phone: some_text(phone),
        web: some_text(web),
        ..Service::default()
    }
}

fn some_text(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The offer with its words trimmed, or `None` when it says nothing.
fn tidy(offer: Offer) -> Option<Offer> {
    match offer {
        Offer::Step(text) => some_text(&text).map(Offer::Step),
        Offer::Message(text) => some_text(&text).map(Offer::Message),
        Offer::Service(service) => {
            let name = some_text(&service.name)?;
            Some(Offer::Service(Service { name, ..service }))
        }
        meeting @ Offer::Meeting(_) => Some(meeting),
    }
}

fn too_long(offer: &Offer) -> bool {
    let long = |text: &str| text.chars().count() > MAX_TEXT_CHARS;
    match offer {
        Offer::Step(text) | Offer::Message(text) => long(text),
        Offer::Meeting(meeting) => meeting.place.as_deref().is_some_and(long),
        Offer::Service(service) => [
            Some(&service.name),
            service.offers.as_ref(),
            service.organization.as_ref(),
            service.place.as_ref(),
            service.phone.as_ref(),
            service.web.as_ref(),
        ]
        .into_iter()
        .flatten()
        .any(|text| long(text)),
    }
}
