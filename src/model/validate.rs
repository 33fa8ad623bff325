use std::collections::HashSet;

use thiserror::Error;

use super::{suggestion, ItemContent, ItemId, Plan, Quadrant, SCHEMA_VERSION};

/// The longest text one field may hold, in characters. Generous for a
/// sentence or two; it keeps a damaged or hostile import from filling memory.
pub const MAX_TEXT_CHARS: usize = 2000;
/// The most entries one list (a SWOT part, the goals, a goal's steps) may hold.
pub const MAX_ITEMS: usize = 200;

/// Where in a plan a problem was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Schema,
    Alias,
    Note,
    Part(Quadrant),
    Item(ItemId),
    Goals,
    Goal(ItemId),
    Step(ItemId),
}

/// What is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    WrongVersion(u32),
    TooLong,
    TooMany,
    DuplicateId,
    UnknownSuggestion(String),
    /// A goal links to an item that is not in the plan.
    BrokenLink(ItemId),
}

/// One problem in a plan, as data: the UI maps it to a message.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{problem:?} at {field:?}")]
pub struct ValidationError {
    pub field: Field,
    pub problem: Problem,
}

impl Plan {
    /// Checks everything that deserialising cannot: limits, unique ids,
    /// known suggestion keys, and that every goal's links lead somewhere.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        let mut report = |field, problem| errors.push(ValidationError { field, problem });
        if self.schema != SCHEMA_VERSION {
            report(Field::Schema, Problem::WrongVersion(self.schema));
        }
        check_text(&mut report, Field::Alias, self.alias.as_deref());
        check_text(&mut report, Field::Note, self.note.as_deref());

        let mut ids = HashSet::new();
        let mut item_ids = HashSet::new();
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
                item_ids.insert(item.id);
                match &item.content {
                    ItemContent::Text(text) => check_text(&mut report, field, Some(text)),
                    ItemContent::Key(key) if suggestion(key).is_none() => {
                        report(field, Problem::UnknownSuggestion(key.clone()))
                    }
                    ItemContent::Key(_) => {}
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
            for link in goal.helped_by.iter().chain(&goal.addresses) {
                if !item_ids.contains(link) {
                    report(field, Problem::BrokenLink(*link));
                }
            }
            for step in &goal.steps {
                if !ids.insert(step.id) {
                    report(Field::Step(step.id), Problem::DuplicateId);
                }
                check_text(&mut report, Field::Step(step.id), Some(&step.text));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn check_text(report: &mut impl FnMut(Field, Problem), field: Field, text: Option<&str>) {
    if text.is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS) {
        report(field, Problem::TooLong);
    }
}
