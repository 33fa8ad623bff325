use std::collections::{HashMap, HashSet};

use thiserror::Error;

use super::limits::{
    MAX_ENTRIES, MAX_ID_CHARS, MAX_ITEMS, MAX_LANG_CHARS, MAX_LINKS, MAX_PLAN_SIZE, MAX_TEXT_CHARS,
};
use chrono::{Datelike, Timelike};

use super::{suggestion, Answer, Day, ItemContent, ItemId, Offer, Plan, Quadrant, SCHEMA_VERSION};

/// Where in a plan a problem was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Schema,
    /// The plan's own id.
    Id,
    /// The language the plan is written in.
    Lang,
    /// When the plan was made.
    Created,
    /// When the plan was last changed.
    Updated,
    Alias,
    Note,
    /// The plan as a whole, for its total size.
    Plan,
    Part(Quadrant),
    Item(ItemId),
    Goals,
    Goal(ItemId),
    Step(ItemId),
    /// The check-in at this place in the list, oldest first.
    CheckIn(usize),
    /// The marker of when the plan was last shared.
    Shared,
    /// A suggestion from the case manager, by its id.
    Support(ItemId),
    /// What the client could not find here.
    Gaps,
    /// The case manager's answer, for a problem of its own (its plan id,
    /// its language, its author).
    Answer,
}

/// What is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    WrongVersion(u32),
    /// Longer than its limit (for the whole plan, heavier than
    /// `MAX_PLAN_SIZE`).
    TooLong,
    TooMany,
    /// Not shaped as this field must be: an empty id or one with other
    /// characters than an id has, a language tag that is not one.
    Malformed,
    DuplicateId,
    UnknownSuggestion(String),
    /// A suggestion of another part, such as a worry's chip among the
    /// strengths.
    WrongPart(String),
    /// A goal links to an item that is not in the plan.
    BrokenLink(ItemId),
    /// A goal links to an item on the wrong side: "helped by" a weakness or
    /// worry, or "addressing" a strength or opportunity.
    WrongSide(ItemId),
    /// A goal links to the same item twice.
    DuplicateLink(ItemId),
    /// Changed before it was made.
    BeforeCreated,
    /// A date outside the years 1 to 9999, the ones a date has one ISO 8601
    /// spelling for (and a date field can show).
    OutOfRange,
}

/// One problem in a plan, as data: the UI maps it to a message.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{problem:?} at {field:?}")]
pub struct ValidationError {
    pub field: Field,
    pub problem: Problem,
}

impl Plan {
    /// The one gate for every plan that comes from outside (saved draft,
    /// plan file, share code): everything deserialising cannot check. Limits
    /// on every text and list and on the whole (its size, entries and links;
    /// see `model::limits`), unique ids, suggestion keys
    /// this build knows in their own part, and goals that link only to items
    /// in the plan, each once and on its side. A plan that passes can always
    /// be saved, shared and opened again.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        let mut report = |field, problem| errors.push(ValidationError { field, problem });
        if self.schema != SCHEMA_VERSION {
            report(Field::Schema, Problem::WrongVersion(self.schema));
        }
        if let Err(problem) = check_id(&self.id) {
            report(Field::Id, problem);
        }
        if let Err(problem) = check_lang(&self.lang) {
            report(Field::Lang, problem);
        }
        if self.updated < self.created {
            report(Field::Updated, Problem::BeforeCreated);
        }
        for (field, moment) in [
            (Field::Created, self.created),
            (Field::Updated, self.updated),
        ] {
            if !in_calendar(moment.date_naive()) {
                report(field, Problem::OutOfRange);
            }
        }
        check_text(&mut report, Field::Alias, self.alias.as_deref());
        check_text(&mut report, Field::Note, self.note.as_deref());
        if self.size() > MAX_PLAN_SIZE {
            report(Field::Plan, Problem::TooLong);
        }
        let items: usize = Quadrant::ALL
            .iter()
            .map(|q| self.swot.items(*q).len())
            .sum();
        let steps: usize = self.goals.iter().map(|g| g.steps.len()).sum();
        let links: usize = self
            .goals
            .iter()
            .map(|g| g.helped_by.len() + g.addresses.len())
            .sum();
        let entries: usize = self.check_ins.iter().map(|c| c.goals.len()).sum::<usize>()
            + self.support.len()
            + self.gaps.len();
        let counted_done: usize = self
            .check_ins
            .iter()
            .flat_map(|c| &c.goals)
            .map(|e| e.done.len())
            .sum();
        if items + self.goals.len() + steps + entries > MAX_ENTRIES
            || links + counted_done > MAX_LINKS
        {
            report(Field::Plan, Problem::TooMany);
        }

        let mut ids = HashSet::new();
        let mut item_parts = HashMap::new();
        for quadrant in Quadrant::ALL {
            let items = self.swot.items(quadrant);
            if items.len() > MAX_ITEMS {
                report(Field::Part(quadrant), Problem::TooMany);
            }
            for item in items {
                let field = Field::Item(item.id);
                if !ids.insert(item.id) {
                    report(field, Problem::DuplicateId);
                }
                item_parts.entry(item.id).or_insert(quadrant);
                match &item.content {
                    ItemContent::Text(text) => check_text(&mut report, field, Some(text)),
                    ItemContent::Key(key) => match suggestion(key) {
                        None => report(field, Problem::UnknownSuggestion(key.clone())),
                        Some(chip) if chip.quadrant != quadrant => {
                            report(field, Problem::WrongPart(key.clone()))
                        }
                        Some(_) => {}
                    },
                }
            }
        }

        if self.goals.len() > MAX_ITEMS {
            report(Field::Goals, Problem::TooMany);
        }
        for goal in &self.goals {
            let field = Field::Goal(goal.id);
            if !ids.insert(goal.id) {
                report(field, Problem::DuplicateId);
            }
            for text in [
                Some(goal.title.as_str()),
                goal.why.as_deref(),
                goal.help_wanted.as_deref(),
            ] {
                check_text(&mut report, field, text);
            }
            if goal.steps.len() > MAX_ITEMS
                || goal.helped_by.len() + goal.addresses.len() > MAX_ITEMS
            {
                report(field, Problem::TooMany);
            }
            let mut linked = HashSet::new();
            let helps = goal.helped_by.iter().map(|id| (id, true));
            let addresses = goal.addresses.iter().map(|id| (id, false));
            for (&link, as_help) in helps.chain(addresses) {
                if !linked.insert(link) {
                    report(field, Problem::DuplicateLink(link));
                }
                match item_parts.get(&link) {
                    None => report(field, Problem::BrokenLink(link)),
                    Some(part) if part.helps() != as_help => {
                        report(field, Problem::WrongSide(link))
                    }
                    Some(_) => {}
                }
            }
            if goal.target.is_some_and(|day| !in_calendar(day)) {
                report(field, Problem::OutOfRange);
            }
            for step in &goal.steps {
                if !ids.insert(step.id) {
                    report(Field::Step(step.id), Problem::DuplicateId);
                }
                if step.due.is_some_and(|day| !in_calendar(day)) {
                    report(Field::Step(step.id), Problem::OutOfRange);
                }
                check_text(&mut report, Field::Step(step.id), Some(&step.text));
            }
        }
        self.validate_history(&mut report);
        self.validate_support(&mut ids, &mut report);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Check-ins speak of the plan's own goals and their steps, in the order
    /// of their days (a client's own day may be before the plan's UTC day,
    /// so that is not asked); the last-shared marker is bounded.
    fn validate_history(&self, report: &mut impl FnMut(Field, Problem)) {
        if self.check_ins.len() > MAX_ITEMS {
            report(Field::Plan, Problem::TooMany);
        }
        let mut before = None;
        for (at, check_in) in self.check_ins.iter().enumerate() {
            let field = Field::CheckIn(at);
            if before.is_some_and(|day| check_in.on < day) {
                report(field, Problem::BeforeCreated);
            }
            before = Some(check_in.on);
            if !in_calendar(check_in.on) {
                report(field, Problem::OutOfRange);
            }
            if check_in.goals.len() > MAX_ITEMS {
                report(field, Problem::TooMany);
            }
            let mut seen = HashSet::new();
            for entry in &check_in.goals {
                if !seen.insert(entry.goal) {
                    report(field, Problem::DuplicateId);
                }
                check_text(report, field, entry.words.as_deref());
                let Some(goal) = self.goal(entry.goal) else {
                    report(field, Problem::BrokenLink(entry.goal));
                    continue;
                };
                let mut done = HashSet::new();
                for &step in &entry.done {
                    if !done.insert(step) {
                        report(field, Problem::DuplicateLink(step));
                    } else if !goal.steps.iter().any(|s| s.id == step) {
                        report(field, Problem::BrokenLink(step));
                    }
                }
            }
        }
        if let Some(shared) = &self.shared {
            if !in_calendar(shared.on) {
                report(Field::Shared, Problem::OutOfRange);
            }
            if shared.done.len() + shared.goals.len() > MAX_ENTRIES
                || shared.answers > MAX_ENTRIES
                || shared.check_ins > self.check_ins.len()
            {
                report(Field::Shared, Problem::TooMany);
            }
        }
    }
}

impl Plan {
    /// Suggestions have ids of their own among the plan's and speak of its
    /// goals; they and the gaps are bounded as answers are.
    fn validate_support(&self, ids: &mut HashSet<ItemId>, report: &mut impl FnMut(Field, Problem)) {
        if self.support.len() > MAX_ITEMS {
            report(Field::Plan, Problem::TooMany);
        }
        for support in &self.support {
            let field = Field::Support(support.id);
            if !ids.insert(support.id) {
                report(field, Problem::DuplicateId);
            }
            if let Some(goal) = support.goal.filter(|g| self.goal(*g).is_none()) {
                report(field, Problem::BrokenLink(goal));
            }
            check_text(report, field, Some(&support.from));
            if !in_calendar(support.answer_made.date_naive()) {
                report(field, Problem::OutOfRange);
            }
            check_offer(report, field, &support.offer);
        }
        if self.gaps.len() > MAX_ITEMS {
            report(Field::Gaps, Problem::TooMany);
        }
        for gap in &self.gaps {
            check_text(report, Field::Gaps, Some(gap));
        }
    }
}

impl Answer {
    /// The gate for an answer from outside: the limits of a plan's texts
    /// and lists, a well-formed plan id and language, steps tied to a goal.
    /// Whether its goals are the plan's is for `Plan::receive`.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        let mut report = |field, problem| errors.push(ValidationError { field, problem });
        if let Err(problem) = check_id(&self.plan) {
            report(Field::Id, problem);
        }
        if let Err(problem) = check_lang(&self.lang) {
            report(Field::Lang, problem);
        }
        check_text(&mut report, Field::Answer, Some(&self.from));
        if !in_calendar(self.made.date_naive()) {
            report(Field::Answer, Problem::OutOfRange);
        }
        if self.proposals.len() > MAX_ITEMS {
            report(Field::Answer, Problem::TooMany);
        }
        for (at, proposal) in self.proposals.iter().enumerate() {
            let field = Field::Support(at as ItemId);
            if matches!(proposal.offer, Offer::Step(_)) && proposal.goal.is_none() {
                report(field, Problem::Malformed);
            }
            check_offer(&mut report, field, &proposal.offer);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Every text of a suggestion within a field's limit, a week's days once
/// each, a meeting's day in the calendar and its language well formed.
fn check_offer(report: &mut impl FnMut(Field, Problem), field: Field, offer: &Offer) {
    match offer {
        Offer::Step(text) | Offer::Message(text) => check_text(report, field, Some(text)),
        Offer::Meeting(meeting) => {
            if !in_calendar(meeting.on) {
                report(field, Problem::OutOfRange);
            }
            check_text(report, field, meeting.place.as_deref());
        }
        Offer::Service(service) => {
            for text in [
                Some(service.name.as_str()),
                service.offers.as_deref(),
                service.organization.as_deref(),
                service.place.as_deref(),
                service.phone.as_deref(),
                service.web.as_deref(),
            ] {
                check_text(report, field, text);
            }
            if let Some(Err(problem)) = service.lang.as_deref().map(check_lang) {
                report(field, problem);
            }
            if service
                .directory_id
                .as_deref()
                .is_some_and(|id| id.len() > MAX_ID_CHARS)
            {
                report(field, Problem::TooLong);
            }
            if service.hours.len() > 7 {
                report(field, Problem::TooMany);
            }
            for hours in &service.hours {
                // Monday first, each day once, whole minutes: one spelling,
                // the one a code carries.
                let in_order = hours
                    .days
                    .windows(2)
                    .all(|pair| pair[0].num_days_from_monday() < pair[1].num_days_from_monday());
                let whole = |t: &Option<chrono::NaiveTime>| {
                    t.is_none_or(|t| t.second() == 0 && t.nanosecond() == 0)
                };
                if !in_order || !whole(&hours.opens) || !whole(&hours.closes) {
                    report(field, Problem::Malformed);
                }
            }
        }
    }
}

fn check_text(report: &mut impl FnMut(Field, Problem), field: Field, text: Option<&str>) {
    if text.is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS) {
        report(field, Problem::TooLong);
    }
}

/// An id is 1 to [`MAX_ID_CHARS`] ASCII letters, digits, `-`, `_` and `.`:
/// what the app makes and what a URL or a file name carries as it is.
fn check_id(id: &str) -> Result<(), Problem> {
    if id.len() > MAX_ID_CHARS {
        Err(Problem::TooLong)
    } else if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    {
        Err(Problem::Malformed)
    } else {
        Ok(())
    }
}

/// A language tag shaped as BCP 47 has them: subtags of 1 to 8 ASCII letters
/// and digits joined by single `-`, the first of letters only and at least
/// two long in all (`pl`, `pt-BR`, `sr-Latn-RS`). Whether Waymark has the
/// language is another matter: a plan keeps the tag it was written in.
fn check_lang(lang: &str) -> Result<(), Problem> {
    if lang.len() > MAX_LANG_CHARS {
        return Err(Problem::TooLong);
    }
    let mut subtags = lang.split('-');
    let primary = subtags.next().unwrap_or_default();
    let shaped = lang.len() >= 2
        && (1..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if shaped {
        Ok(())
    } else {
        Err(Problem::Malformed)
    }
}

/// Years 1 to 9999: every such day has one `YYYY-MM-DD` spelling.
fn in_calendar(day: Day) -> bool {
    (1..=9999).contains(&day.year())
}
