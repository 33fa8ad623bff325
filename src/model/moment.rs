//! The plan's days and moments are chrono's: a calendar day (`NaiveDate`,
//! no time zone) and a moment in UTC (`DateTime<Utc>`).

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use serde::{Deserialize, Deserializer};

/// A calendar day, such as a goal's target date.
pub type Day = NaiveDate;
/// A moment in UTC, such as when a plan was last changed.
pub type Timestamp = DateTime<Utc>;

/// The moment `millis` milliseconds after 1970-01-01T00:00:00Z, if chrono
/// can hold it.
pub fn from_millis(millis: i64) -> Option<Timestamp> {
    DateTime::from_timestamp_millis(millis)
}

/// The day a date input holds (`YYYY-MM-DD`), or none when it is cleared.
pub fn parse_day(text: &str) -> Option<Day> {
    text.parse().ok()
}

/// Reads a moment and keeps it to the millisecond: the browser's clock gives
/// no more and the share code carries no more, so a plan read from a file
/// and shared comes back equal.
pub(super) fn to_the_millisecond<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Timestamp, D::Error> {
    Timestamp::deserialize(deserializer).map(|moment| moment.trunc_subsecs(3))
}
