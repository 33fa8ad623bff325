//! Which life area a directory's service belongs to, from the words it is
//! described with. HSDS taxonomies differ from one directory to the next
//! (AIRS/211, Open Eligibility, a council's own), so rather than one
//! taxonomy's codes Waymark matches words, by rules that staff can read and
//! change as a short text.

use thiserror::Error;

use crate::model::Area;

/// Rules from words to life areas, tried in order: the first rule whose
/// word is in a service's text gives its area. A rule's word matches whole
/// words only, in any case ("ID" matches "id", not "idea"), and may be a
/// few words that must come together ("mental health").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaRules {
    rules: Vec<Rule>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    /// The rule's words, lowercase.
    words: Vec<String>,
    area: Area,
}

/// Why a text of rules could not be read. `line` counts from 1.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RuleError {
    /// A line that is not `word = area`.
    #[error("line {line}: no '=' between a word and an area")]
    NoEquals { line: usize },
    /// A rule without a word (letters or digits) before its `=`.
    #[error("line {line}: no word before '='")]
    NoWord { line: usize },
    /// An area that is none of Waymark's: `key` as written.
    #[error("line {line}: {key:?} is not an area")]
    UnknownArea { line: usize, key: String },
    /// More than [`MAX_RULES_BYTES`] of text.
    #[error("more than {MAX_RULES_BYTES} bytes of rules")]
    TooLarge,
}

/// The most text [`AreaRules::parse`] takes: thousands of rules, far more
/// than staff write, and little enough to try on every service.
pub const MAX_RULES_BYTES: usize = 64 * 1024;

/// The standard rules, in the order they are tried. Specific words come
/// before general ones, so that "Legal Advice Clinic" is legal, not
/// health, "Mental health drop-in" is mental health, and "Family law
/// clinic" is legal. Common plurals are rules of their own, as words match
/// whole.
const STANDARD: &[(&str, Area)] = &[
    ("immigration", Area::Legal),
    ("lawyer", Area::Legal),
    ("lawyers", Area::Legal),
    ("legal", Area::Legal),
    ("law", Area::Legal),
    ("counselling", Area::MentalHealth),
    ("counseling", Area::MentalHealth),
    ("mental", Area::MentalHealth),
    ("therapy", Area::MentalHealth),
    ("violence", Area::Safety),
    ("abuse", Area::Safety),
    ("homeless", Area::Housing),
    ("homelessness", Area::Housing),
    ("shelter", Area::Housing),
    ("housing", Area::Housing),
    ("passport", Area::Documents),
    ("identity", Area::Documents),
    ("id", Area::Documents),
    ("document", Area::Documents),
    ("documents", Area::Documents),
    ("debt", Area::Money),
    ("debts", Area::Money),
    ("benefit", Area::Money),
    ("benefits", Area::Money),
    ("money", Area::Money),
    ("financial", Area::Money),
    ("food", Area::Food),
    ("meal", Area::Food),
    ("meals", Area::Food),
    ("pantry", Area::Food),
    ("kitchen", Area::Food),
    ("clothing", Area::Clothing),
    ("clothes", Area::Clothing),
    ("laundry", Area::DailyLiving),
    ("shower", Area::DailyLiving),
    ("showers", Area::DailyLiving),
    ("mail", Area::DailyLiving),
    ("dental", Area::Health),
    ("medical", Area::Health),
    ("doctor", Area::Health),
    ("doctors", Area::Health),
    ("nurse", Area::Health),
    ("nurses", Area::Health),
    ("health", Area::Health),
    ("employment", Area::Work),
    ("job", Area::Work),
    ("jobs", Area::Work),
    ("training", Area::Work),
    ("education", Area::Work),
    ("work", Area::Work),
    ("family", Area::Family),
    ("families", Area::Family),
    ("parent", Area::Family),
    ("parents", Area::Family),
    ("child", Area::Family),
    ("children", Area::Family),
    ("safety", Area::Safety),
    // The most general words last: a "CV clinic" is about work, a "daily
    // meal" about food.
    ("clinic", Area::Health),
    ("clinics", Area::Health),
    ("daily", Area::DailyLiving),
];

/// The words of a text, lowercase: runs of letters and digits in any
/// script, so "Nurse's drop-in" is `nurse s drop in`. Lowercased before it
/// is split, as lowercase can add marks that are no letters (`İ` is `i̇`):
/// the words of a rule written out and read again are the same words.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

impl AreaRules {
    /// Waymark's rules for English directories (see the list in this
    /// module's source, or [`AreaRules::to_text`]).
    pub fn standard() -> AreaRules {
        AreaRules {
            rules: STANDARD
                .iter()
                .map(|(word, area)| Rule {
                    words: words(word),
                    area: *area,
                })
                .collect(),
        }
    }

    /// Reads rules written one a line as `word = area-key` (`food bank =
    /// food`; the keys are [`Area::key`]'s, such as `mental-health`). `#`
    /// begins a comment; blank lines are skipped. The first error is given
    /// with its line.
    pub fn parse(text: &str) -> Result<AreaRules, RuleError> {
        if text.len() > MAX_RULES_BYTES {
            return Err(RuleError::TooLarge);
        }
        let mut rules = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line_number = index + 1;
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let (word, key) = line
                .split_once('=')
                .ok_or(RuleError::NoEquals { line: line_number })?;
            let word = words(word);
            if word.is_empty() {
                return Err(RuleError::NoWord { line: line_number });
            }
            let key = key.trim();
            let area = Area::from_key(key).ok_or_else(|| RuleError::UnknownArea {
                line: line_number,
                key: key.to_owned(),
            })?;
            rules.push(Rule { words: word, area });
        }
        Ok(AreaRules { rules })
    }

    /// The rules as [`AreaRules::parse`] reads them, one a line, with a few
    /// lines of comment on how to change them.
    pub fn to_text(&self) -> String {
        let mut text = String::from(
            "# Which life area a service belongs to, from the words that describe it.\n\
             # One rule a line: word = area. The first rule whose word is in the\n\
             # service's taxonomy terms, then its name, then its description, wins.\n\
             # Areas: ",
        );
        let keys: Vec<&str> = Area::ALL.iter().map(|a| a.key()).collect();
        text.push_str(&keys.join(", "));
        text.push_str("\n\n");
        for rule in &self.rules {
            text.push_str(&rule.words.join(" "));
            text.push_str(" = ");
            text.push_str(rule.area.key());
            text.push('\n');
        }
        text
    }

    /// The area of a service: the first rule found in its `terms` (any of
    /// them), else the first in its `name`, else the first in its
    /// `description`; `None` when no rule matches.
    pub fn area_of(&self, name: &str, description: &str, terms: &[String]) -> Option<Area> {
        let terms: Vec<Vec<String>> = terms.iter().map(|t| words(t)).collect();
        let sources = [terms, vec![words(name)], vec![words(description)]];
        sources.iter().find_map(|texts| {
            self.rules
                .iter()
                .find(|rule| texts.iter().any(|text| contains(text, &rule.words)))
                .map(|rule| rule.area)
        })
    }
}

/// Whether `text` has `words` together, in order.
fn contains(text: &[String], words: &[String]) -> bool {
    !words.is_empty() && text.windows(words.len()).any(|w| w == words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(name: &str) -> Option<Area> {
        AreaRules::standard().area_of(name, "", &[])
    }

    #[test]
    fn specific_words_win_over_general_ones() {
        assert_eq!(area("Legal Advice Clinic"), Some(Area::Legal));
        assert_eq!(area("Mental health drop-in"), Some(Area::MentalHealth));
        assert_eq!(area("Family Law Clinic"), Some(Area::Legal));
        assert_eq!(area("Nurse's Health Drop-in"), Some(Area::Health));
        assert_eq!(area("CV clinic for job seekers"), Some(Area::Work));
        assert_eq!(area("Idea lab"), None);
        assert_eq!(area("Replace your lost ID"), Some(Area::Documents));
    }

    #[test]
    fn terms_come_before_the_name_and_the_name_before_the_description() {
        let rules = AreaRules::standard();
        let terms = vec!["Food Pantry".to_owned()];
        assert_eq!(
            rules.area_of("Housing help", "debt", &terms),
            Some(Area::Food)
        );
        assert_eq!(
            rules.area_of("Housing help", "debt", &[]),
            Some(Area::Housing)
        );
        assert_eq!(rules.area_of("Drop-in", "debt", &[]), Some(Area::Money));
    }

    #[test]
    fn rules_of_several_words_match_them_together() {
        let rules = AreaRules::parse("food bank = food\n").unwrap();
        assert_eq!(rules.area_of("The Food Bank", "", &[]), Some(Area::Food));
        assert_eq!(rules.area_of("Bank food", "", &[]), None);
    }
}
