//! The plan in a reader's words: one walk over it, in the order every
//! reading shows it. The text export, the print and the on-screen summary
//! each lay out what this walk gives; none walks the plan itself.

use std::collections::HashMap;

use crate::i18n::Localizer;
#[cfg(doc)]
use crate::model::labels::GoalDetail;
use crate::model::labels::UNTITLED_GOAL;
use crate::model::{
    suggestion, Day, Goal, GoalCheckIn, Hours, Item, ItemContent, ItemId, Offer, Plan, Quadrant,
};

/// An item's words for this reader: a chip translated, the client's own
/// words as written.
pub fn item_words(l10n: &Localizer, item: &Item) -> String {
    match &item.content {
        ItemContent::Text(text) => text.clone(),
        ItemContent::Key(key) => {
            suggestion(key).map_or_else(|| key.clone(), |s| l10n.text(&s.message_id()))
        }
    }
}

/// What the client said of a goal at a check-in, in the reader's words:
/// where it stood, whether it still fits, and their own words, each if said.
pub fn check_in_said(l10n: &Localizer, entry: &GoalCheckIn) -> Vec<String> {
    let status = entry.status.map(|s| l10n.text(s.message_id()));
    let fit = entry.fit.map(|f| l10n.text(f.message_id()));
    status
        .into_iter()
        .chain(fit)
        .chain(entry.words.clone().filter(|w| !w.trim().is_empty()))
        .collect()
}

/// A goal's name, or "New goal (no name yet)" while it is a draft.
pub fn goal_title(l10n: &Localizer, goal: &Goal) -> String {
    if goal.title.trim().is_empty() {
        l10n.text(UNTITLED_GOAL)
    } else {
        goal.title.clone()
    }
}

/// Every item's words by its id (the first, as `Plan::find_item` finds),
/// made once per reading: goals link to items thousands of times, and
/// searching the parts and looking up a chip's words for each link was most
/// of an export's time.
pub(super) fn words_by_id(l10n: &Localizer, plan: &Plan) -> HashMap<ItemId, String> {
    let mut words = HashMap::new();
    for item in Quadrant::ALL.iter().flat_map(|q| plan.swot.items(*q)) {
        words
            .entry(item.id)
            .or_insert_with(|| item_words(l10n, item));
    }
    words
}

/// The words of the items `ids` names, borrowed (see [`linked`]).
pub(super) fn linked_words<'w>(words: &'w HashMap<ItemId, String>, ids: &[ItemId]) -> Vec<&'w str> {
    ids.iter()
        .filter_map(|id| words.get(id))
        .map(String::as_str)
        .collect()
}

/// A whole plan, read: the four parts, then the goals.
#[derive(Default)]
pub struct PlanWords<'p> {
    pub parts: Vec<PartWords<'p>>,
    pub goals: Vec<GoalWords<'p>>,
}

/// One part of the self-assessment and its answers, in order.
pub struct PartWords<'p> {
    pub quadrant: Quadrant,
    pub items: Vec<ItemWords<'p>>,
}

/// One answer and its words.
pub struct ItemWords<'p> {
    pub item: &'p Item,
    pub words: String,
}

impl ItemWords<'_> {
    /// Whether these are the client's own words (in the plan's language),
    /// not a chip (in the reader's).
    pub fn own(&self) -> bool {
        matches!(self.item.content, ItemContent::Text(_))
    }
}

/// One goal, read: its name and the answers it links to, in the reader's
/// words. Its other details are the client's own words, read as written.
pub struct GoalWords<'p> {
    pub goal: &'p Goal,
    /// Its name, or the words for a goal with none yet.
    pub title: String,
    /// The strengths and opportunities that help ([`GoalDetail::HelpedBy`]),
    /// leaving out any that is gone.
    pub helped_by: Vec<String>,
    /// The difficulties and worries it addresses ([`GoalDetail::Addresses`]).
    pub addresses: Vec<String>,
}

/// Reads a plan in the reader's language.
pub fn plan_words<'p>(plan: &'p Plan, l10n: &Localizer) -> PlanWords<'p> {
    PlanWords {
        parts: Quadrant::ALL
            .into_iter()
            .map(|quadrant| part_words(plan, quadrant, l10n))
            .collect(),
        goals: goal_words(plan, l10n),
    }
}

/// Reads one part of a plan (a screen may show each on its own).
pub fn part_words<'p>(plan: &'p Plan, quadrant: Quadrant, l10n: &Localizer) -> PartWords<'p> {
    let items = plan.swot.items(quadrant).iter().map(|item| ItemWords {
        item,
        words: item_words(l10n, item),
    });
    PartWords {
        quadrant,
        items: items.collect(),
    }
}

/// Reads a plan's goals.
pub fn goal_words<'p>(plan: &'p Plan, l10n: &Localizer) -> Vec<GoalWords<'p>> {
    let words = words_by_id(l10n, plan);
    let goals = plan.goals.iter().map(|goal| GoalWords {
        goal,
        title: goal_title(l10n, goal),
        helped_by: linked(&words, &goal.helped_by),
        addresses: linked(&words, &goal.addresses),
    });
    goals.collect()
}

/// The words of the items `ids` names, skipping any that is gone.
fn linked(words: &HashMap<ItemId, String>, ids: &[ItemId]) -> Vec<String> {
    ids.iter().filter_map(|id| words.get(id).cloned()).collect()
}

/// A week's opening in plain words, in the reader's language: "Tuesdays
/// 10:00–13:00", "Weekdays from 9:00", "Every day". Times are on the 24-hour
/// clock, in the reader's digits; days are listed with the reader's comma,
/// and the phrase starts with a capital as a line on a sign does.
pub fn hours_words(l10n: &Localizer, hours: &Hours) -> String {
    const DAY_IDS: [&str; 7] = [
        "hours-mon",
        "hours-tue",
        "hours-wed",
        "hours-thu",
        "hours-fri",
        "hours-sat",
        "hours-sun",
    ];
    let days = match hours.days.len() {
        7 => Some(l10n.text("hours-every-day")),
        5 if hours.days.iter().all(|d| d.num_days_from_monday() < 5) => {
            Some(l10n.text("hours-weekdays"))
        }
        0 => None,
        _ => Some(
            hours
                .days
                .iter()
                .map(|d| l10n.text(DAY_IDS[d.num_days_from_monday() as usize]))
                .collect::<Vec<_>>()
                .join(match l10n.lang().direction() {
                    crate::i18n::Direction::Rtl => "، ",
                    crate::i18n::Direction::Ltr => ", ",
                }),
        ),
    };
    let time = |t: chrono::NaiveTime| clock(l10n, t);
    let times = match (hours.opens, hours.closes) {
        (Some(opens), Some(closes)) => Some(format!("{}–{}", time(opens), time(closes))),
        (Some(opens), None) => Some(l10n.format("hours-from", &[("time", time(opens).into())])),
        (None, Some(closes)) => Some(l10n.format("hours-until", &[("time", time(closes).into())])),
        (None, None) => None,
    };
    let words = days.into_iter().chain(times).collect::<Vec<_>>().join(" ");
    let mut letters = words.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
}

/// A suggestion in a reader's words: what kind it is, its title, and what a
/// person needs to act on it. The title and details of a service are in the
/// language its directory was written in ([`OfferWords::lang`]); a step or a
/// message in the case manager's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfferWords {
    /// The message id of its kind: "Who can help", "A small step"…
    pub kind: &'static str,
    pub icon: &'static str,
    pub title: String,
    /// The language of the title and details, when it is known.
    pub lang: Option<String>,
    /// What they offer, who runs it, where: one line each, in [`Self::lang`].
    pub details: Vec<String>,
    /// When it is open, in the reader's words: one line per opening.
    pub hours: Vec<String>,
    pub phone: Option<String>,
    pub web: Option<String>,
}

impl OfferWords {
    /// Everything in one text, to be read aloud.
    pub fn spoken(&self, l10n: &Localizer) -> String {
        let phone = self
            .phone
            .as_ref()
            .map(|phone| l10n.format("support-phone", &[("phone", phone.as_str().into())]));
        std::iter::once(l10n.text(self.kind))
            .chain(std::iter::once(self.title.clone()))
            .chain(self.details.iter().cloned())
            .chain(self.hours.iter().cloned())
            .chain(phone)
            .collect::<Vec<_>>()
            .join(". ")
    }
}

/// The words of a suggestion; `date` writes a meeting's day as the reader
/// reads dates (the browser's, on a screen).
pub fn offer_words(l10n: &Localizer, offer: &Offer, date: impl Fn(Day) -> String) -> OfferWords {
    let words = |kind, icon, title: &str| OfferWords {
        kind,
        icon,
        title: title.to_owned(),
        lang: None,
        details: Vec::new(),
        hours: Vec::new(),
        phone: None,
        web: None,
    };
    match offer {
        Offer::Step(text) => words("offer-step", "👣", text),
        Offer::Message(text) => words("offer-message", "✉️", text),
        Offer::Meeting(meeting) => {
            let day = date(meeting.on);
            let title = match meeting.at {
                Some(at) => l10n.format(
                    "meeting-when",
                    &[("date", day.into()), ("time", clock(l10n, at).into())],
                ),
                None => day,
            };
            OfferWords {
                details: meeting.place.iter().cloned().collect(),
                ..words("offer-meeting", "📅", &title)
            }
        }
        Offer::Service(service) => {
            let known = [&service.offers, &service.organization, &service.place];
            OfferWords {
                lang: service.lang.clone(),
                details: known.into_iter().flatten().cloned().collect(),
                hours: service.hours.iter().map(|h| hours_words(l10n, h)).collect(),
                phone: service.phone.clone(),
                // Only a web address becomes a link: a directory is a file
                // from outside, and `javascript:` must never be one.
                web: service.web.clone().filter(|w| is_web_address(w)),
                ..words(
                    "offer-service",
                    service.area.map_or("🤝", |a| a.icon()),
                    &service.name,
                )
            }
        }
    }
}

fn is_web_address(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// A time on the 24-hour clock, in the reader's digits.
fn clock(l10n: &Localizer, time: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    let clock = format!("{}:{:02}", time.hour(), time.minute());
    match l10n.lang().native_digits() {
        true => crate::i18n::to_native_digits(&clock),
        false => clock,
    }
}

/// The number a phone link dials: the digits of the number as written,
/// with its leading `+`, up to the first word ("020 7946 0101 ext 12"
/// dials 02079460101). `None` when there is no number to dial.
pub fn dial_number(phone: &str) -> Option<String> {
    let number: String = phone
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || " +-().\u{a0}".contains(*c))
        .enumerate()
        .filter(|(at, c)| c.is_ascii_digit() || (*at == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    (number.chars().filter(char::is_ascii_digit).count() >= 3).then_some(number)
}
