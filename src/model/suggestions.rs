use super::{Area, Quadrant};

/// A tap-to-add answer. The plan stores only its key; the words live in
/// `locales/<lang>/main.ftl` as `chip-<key>`, so the reader sees them in
/// their own language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub key: &'static str,
    pub quadrant: Quadrant,
    pub area: Area,
}

impl Suggestion {
    /// The Fluent message id of the chip's words.
    pub fn message_id(&self) -> String {
        format!("chip-{}", self.key)
    }
}

const fn chip(key: &'static str, quadrant: Quadrant, area: Area) -> Suggestion {
    Suggestion {
        key,
        quadrant,
        area,
    }
}

use Area::*;
use Quadrant::*;

/// The whole catalogue. Keys are stored in plans and share codes carry the
/// position here: only ever append, never rename, reorder or remove.
pub const SUGGESTIONS: &[Suggestion] = &[
    chip("have-valid-id", Strengths, Documents),
    chip("safe-place-tonight", Strengths, Housing),
    chip("good-health", Strengths, Health),
    chip("keep-going", Strengths, MentalHealth),
    chip("manage-money", Strengths, Money),
    chip("can-cook", Strengths, Food),
    chip("work-experience", Strengths, Work),
    chip("speak-languages", Strengths, Work),
    chip("someone-i-trust", Strengths, Family),
    chip("have-phone", Strengths, DailyLiving),
    chip("id-lost", Weaknesses, Documents),
    chip("no-stable-home", Weaknesses, Housing),
    chip("health-problem", Weaknesses, Health),
    chip("alcohol-drugs", Weaknesses, Health),
    chip("feel-low", Weaknesses, MentalHealth),
    chip("no-income", Weaknesses, Money),
    chip("debts", Weaknesses, Money),
    chip("no-warm-clothes", Weaknesses, Clothing),
    chip("forms-hard", Weaknesses, DailyLiving),
    chip("shelter-place", Opportunities, Housing),
    chip("free-doctor", Opportunities, Health),
    chip("support-group", Opportunities, MentalHealth),
    chip("benefits-right", Opportunities, Money),
    chip("free-meals", Opportunities, Food),
    chip("clothes-bank", Opportunities, Clothing),
    chip("course", Opportunities, Work),
    chip("family-help", Opportunities, Family),
    chip("legal-advice", Opportunities, Legal),
    chip("eviction", Threats, Housing),
    chip("sleep-outside-cold", Threats, Housing),
    chip("health-worse", Threats, Health),
    chip("benefits-stop", Threats, Money),
    chip("hunger", Threats, Food),
    chip("lose-contact-children", Threats, Family),
    chip("someone-hurting-me", Threats, Safety),
    chip("theft", Threats, Safety),
    chip("court-or-fine", Threats, Legal),
];

/// The catalogue entry for a stored key, if this build knows it.
pub fn suggestion(key: &str) -> Option<&'static Suggestion> {
    SUGGESTIONS.iter().find(|s| s.key == key)
}

/// The chips of one part, grouped by life area in display order.
pub fn suggestions_for(quadrant: Quadrant) -> Vec<(Area, Vec<&'static Suggestion>)> {
    Area::ALL
        .iter()
        .map(|area| {
            let chips = SUGGESTIONS
                .iter()
                .filter(|s| s.quadrant == quadrant && s.area == *area)
                .collect::<Vec<_>>();
            (*area, chips)
        })
        .filter(|(_, chips)| !chips.is_empty())
        .collect()
}
