//! Calendar days and UTC moments, the only time the plan needs. Written here
//! rather than taken from chrono because chrono's parsing and formatting
//! machinery was 11 KB of the 200 KB brotli first-visit budget; tests/model.rs
//! checks both types against chrono on random values.
//!
//! Years are limited to 1–9999 so that every day has one ISO 8601 spelling.

use std::fmt;
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

const MILLIS_PER_DAY: i64 = 86_400_000;

/// A calendar day (Gregorian), such as a goal's target date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Days since 1970-01-01.
    days: i32,
}

impl Day {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then(|| Day {
            days: days_from_civil(year, month, day),
        })
    }

    /// The day `days` after 1970-01-01 (before it when negative).
    pub fn from_days_since_epoch(days: i32) -> Option<Day> {
        let (year, _, _) = civil_from_days(days);
        (1..=9999).contains(&year).then_some(Day { days })
    }

    pub fn days_since_epoch(self) -> i32 {
        self.days
    }

    /// Year, month (1–12) and day of the month (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn add_days(self, days: i32) -> Option<Day> {
        Day::from_days_since_epoch(self.days.checked_add(days)?)
    }
}

/// `YYYY-MM-DD`, as a date input and JSON write it.
impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl FromStr for Day {
    type Err = TimeError;

    /// Exactly `YYYY-MM-DD`.
    fn from_str(text: &str) -> Result<Day, TimeError> {
        let bytes = text.as_bytes();
        if !text.is_ascii() || bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(TimeError);
        }
        let year = digits(&text[0..4])?;
        let (month, day) = (digits(&text[5..7])?, digits(&text[8..10])?);
        Day::from_ymd(year as i32, month, day).ok_or(TimeError)
    }
}

/// A moment in UTC to the millisecond, such as when a plan was last changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    millis: i64,
}

impl Timestamp {
    pub fn from_millis(millis: i64) -> Option<Timestamp> {
        let days = i32::try_from(millis.div_euclid(MILLIS_PER_DAY)).ok()?;
        Day::from_days_since_epoch(days).map(|_| Timestamp { millis })
    }

    pub fn millis(self) -> i64 {
        self.millis
    }

    fn day(self) -> Day {
        Day {
            days: self.millis.div_euclid(MILLIS_PER_DAY) as i32,
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, without the milliseconds.
    pub fn to_seconds_string(self) -> String {
        let second_of_day = self.millis.rem_euclid(MILLIS_PER_DAY) / 1000;
        let (hour, minute, second) = (
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        );
        format!("{}T{hour:02}:{minute:02}:{second:02}Z", self.day())
    }
}

/// RFC 3339 in UTC, with milliseconds only when there are some:
/// `2026-11-02T09:15:00Z`, `2026-11-02T09:15:00.250Z` (as chrono writes it).
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.to_seconds_string();
        match self.millis.rem_euclid(1000) {
            0 => f.write_str(&seconds),
            millis => write!(f, "{}.{millis:03}Z", &seconds[..seconds.len() - 1]),
        }
    }
}

impl FromStr for Timestamp {
    type Err = TimeError;

    /// RFC 3339: `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or an
    /// offset such as `+02:00`. Digits past the millisecond are dropped.
    /// Stricter than chrono's relaxed reader (no `+0200`, `UTC` or leap
    /// second): Waymark itself only ever writes `Z`.
    fn from_str(text: &str) -> Result<Timestamp, TimeError> {
        if !text.is_ascii() || text.len() < 20 {
            return Err(TimeError);
        }
        let day: Day = text[..10].parse()?;
        let (time, rest) = text[10..].split_at(9);
        let time = time.as_bytes();
        if !matches!(time[0], b'T' | b't' | b' ') || time[3] != b':' || time[6] != b':' {
            return Err(TimeError);
        }
        let hour = digits(&text[11..13])?;
        let minute = digits(&text[14..16])?;
        let second = digits(&text[17..19])?;
        if hour > 23 || minute > 59 || second > 59 {
            return Err(TimeError);
        }
        let (fraction, zone) = match rest.strip_prefix('.') {
            Some(after) => after.split_at(
                after
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(after.len()),
            ),
            None => ("", rest),
        };
        if rest.starts_with('.') && fraction.is_empty() {
            return Err(TimeError);
        }
        let millis_part = format!("{fraction:0<3}");
        let millis_part = if fraction.is_empty() {
            0
        } else {
            digits(&millis_part[..3])?
        };
        let offset_minutes = match zone {
            "Z" | "z" => 0,
            _ => {
                let sign = match zone.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return Err(TimeError),
                };
                if zone.len() != 6 || zone.as_bytes()[3] != b':' {
                    return Err(TimeError);
                }
                let (hours, minutes) = (digits(&zone[1..3])?, digits(&zone[4..6])?);
                if hours > 23 || minutes > 59 {
                    return Err(TimeError);
                }
                sign * i64::from(hours * 60 + minutes)
            }
        };
        let local = i64::from(day.days) * MILLIS_PER_DAY
            + i64::from(hour * 3_600_000 + minute * 60_000 + second * 1000 + millis_part);
        Timestamp::from_millis(local - offset_minutes * 60_000).ok_or(TimeError)
    }
}

/// Text that is not a day or moment this module reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeError;

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an ISO 8601 date or time")
    }
}

/// ASCII digits only (no sign, no spaces), as a number.
fn digits(text: &str) -> Result<u32, TimeError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TimeError);
    }
    text.parse().map_err(|_| TimeError)
}

fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// The two conversions below are Howard Hinnant's `days_from_civil` and
// `civil_from_days`: years counted from March, in 400-year eras.

fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = (year - era * 400) as u32;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era as i32 - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let days = i64::from(days) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = (days - era * 146_097) as u32;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era as i64 + era * 400 + i64::from(month <= 2);
    (
        year.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
        month,
        day,
    )
}

macro_rules! serde_as_text {
    ($type:ty, $expected:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(|_| de::Error::custom($expected))
            }
        }
    };
}

serde_as_text!(Day, "a date such as 2026-11-30");
serde_as_text!(Timestamp, "an RFC 3339 time such as 2026-11-02T09:15:00Z");
