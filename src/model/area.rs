use serde::{Deserialize, Serialize};

/// A life area, so the case manager sees at once where to connect the client
/// with help. The order is the order the client sees them in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Housing,
    Documents,
    Health,
    MentalHealth,
    Money,
    Food,
    Clothing,
    Work,
    Family,
    Safety,
    Legal,
    DailyLiving,
}

impl Area {
    /// Every area, in display order.
    pub const ALL: [Area; 12] = [
        Area::Housing,
        Area::Documents,
        Area::Health,
        Area::MentalHealth,
        Area::Money,
        Area::Food,
        Area::Clothing,
        Area::Work,
        Area::Family,
        Area::Safety,
        Area::Legal,
        Area::DailyLiving,
    ];

    /// The Fluent message id of the area's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Area::Housing => "area-housing",
            Area::Documents => "area-documents",
            Area::Health => "area-health",
            Area::MentalHealth => "area-mental-health",
            Area::Money => "area-money",
            Area::Food => "area-food",
            Area::Clothing => "area-clothing",
            Area::Work => "area-work",
            Area::Family => "area-family",
            Area::Safety => "area-safety",
            Area::Legal => "area-legal",
            Area::DailyLiving => "area-daily-living",
        }
    }

    /// The name saved plans use (`mental-health`): the message id without
    /// its `area-`.
    pub fn key(self) -> &'static str {
        let id = self.message_id();
        id.strip_prefix("area-").unwrap_or(id)
    }

    /// The area a saved plan names, if any.
    pub fn from_key(key: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.key() == key)
    }

    /// A picture beside the word, for people who read little.
    pub fn icon(self) -> &'static str {
        match self {
            Area::Housing => "🏠",
            Area::Documents => "🪪",
            Area::Health => "🩺",
            Area::MentalHealth => "💬",
            Area::Money => "💶",
            Area::Food => "🍲",
            Area::Clothing => "🧥",
            Area::Work => "🛠️",
            Area::Family => "👪",
            Area::Safety => "🛡️",
            Area::Legal => "⚖️",
            Area::DailyLiving => "🧺",
        }
    }
}
