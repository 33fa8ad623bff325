//! What each part of a plan is called, as Fluent message ids: one table for
//! the screens, the print, the on-screen summary and the text, CSV and FHIR
//! exports, so that they all use the same words.

use super::Quadrant;

/// The message ids of one part of the self-assessment.
pub struct PartText {
    pub name: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
    pub example: &'static str,
    pub count: &'static str,
    /// A picture beside the step's name, for people who read little.
    pub icon: &'static str,
}

/// The messages of one part: its name, its step's question, hint, example
/// and count of answers.
pub fn part_text(quadrant: Quadrant) -> PartText {
    match quadrant {
        Quadrant::Strengths => PartText {
            name: "part-strengths",
            question: "question-strengths",
            hint: "hint-strengths",
            example: "example-strengths",
            count: "count-strengths",
            icon: "💪",
        },
        Quadrant::Weaknesses => PartText {
            name: "part-weaknesses",
            question: "question-weaknesses",
            hint: "hint-weaknesses",
            example: "example-weaknesses",
            count: "count-weaknesses",
            icon: "🧱",
        },
        Quadrant::Opportunities => PartText {
            name: "part-opportunities",
            question: "question-opportunities",
            hint: "hint-opportunities",
            example: "example-opportunities",
            count: "count-opportunities",
            icon: "🤝",
        },
        Quadrant::Threats => PartText {
            name: "part-threats",
            question: "question-threats",
            hint: "hint-threats",
            example: "example-threats",
            count: "count-threats",
            icon: "⚠️",
        },
    }
}

/// The name of a part, as on its step.
pub fn part_name(quadrant: Quadrant) -> &'static str {
    part_text(quadrant).name
}

/// The details of a goal that are read out under a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalDetail {
    /// Why it matters to the client.
    Why,
    /// The strengths and opportunities that help.
    HelpedBy,
    /// The difficulties and worries it addresses.
    Addresses,
    /// What help the client wants from their case manager.
    HelpWanted,
}

impl GoalDetail {
    /// The label before the detail.
    pub fn label(self) -> &'static str {
        match self {
            GoalDetail::Why => "review-why",
            GoalDetail::HelpedBy => "review-helped-by",
            GoalDetail::Addresses => "review-addresses",
            GoalDetail::HelpWanted => "review-help-wanted",
        }
    }
}

/// The plan's heading when it is read.
pub const PLAN_TITLE: &str = "review-title";
/// The heading of the goals.
pub const GOALS: &str = "part-goals";
/// Said of a part with no answers: it was skipped, which is allowed.
pub const PART_SKIPPED: &str = "review-skipped";
/// Said when there are no goals.
pub const NO_GOALS: &str = "review-no-goals";
/// A goal that has no name yet.
pub const UNTITLED_GOAL: &str = "goal-untitled";
/// A goal's target day (`$date`).
pub const TARGET: &str = "review-target";
/// A step's day (`$date`).
pub const DUE: &str = "review-due";
