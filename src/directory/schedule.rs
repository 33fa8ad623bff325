//! HSDS schedules (RFC 5545 recurrence fields) as Waymark's weekly
//! [`Hours`]. Only what a week shows is kept: a schedule that repeats
//! every week on named days. Monthly ones ("first Monday", `1MO`),
//! fortnightly ones (`interval` 2) and ones without days are left out
//! rather than shown as something they are not.

use chrono::{NaiveTime, Timelike, Weekday};
use serde::Deserialize;

use super::json::text;
use crate::model::Hours;

/// The most schedules read for one service or location; a week needs far
/// fewer.
pub(crate) const MAX_SCHEDULES: usize = 32;

/// The fields of one HSDS schedule that a week needs, from JSON or a row of
/// schedules.csv.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Schedule {
    #[serde(deserialize_with = "text")]
    pub freq: Option<String>,
    #[serde(deserialize_with = "text")]
    pub interval: Option<String>,
    #[serde(deserialize_with = "text")]
    pub byday: Option<String>,
    #[serde(deserialize_with = "text")]
    pub opens_at: Option<String>,
    #[serde(deserialize_with = "text")]
    pub closes_at: Option<String>,
}

/// A service's weekly openings: from its own schedules, or when none of
/// them is weekly, from those of its service-at-location. Schedules with
/// the same hours become one opening of several days; at most seven are
/// kept, as a plan takes.
pub(crate) fn hours(service: &[Schedule], at_location: &[Schedule]) -> Vec<Hours> {
    let own = weekly(service);
    if own.is_empty() {
        weekly(at_location)
    } else {
        own
    }
}

fn weekly(schedules: &[Schedule]) -> Vec<Hours> {
    let mut hours: Vec<Hours> = Vec::new();
    for schedule in schedules {
        let Some(days) = days(schedule) else {
            continue;
        };
        let opens = schedule.opens_at.as_deref().and_then(time);
        let closes = schedule.closes_at.as_deref().and_then(time);
        match hours
            .iter_mut()
            .find(|h| h.opens == opens && h.closes == closes)
        {
            Some(same) => {
                for day in days {
                    if !same.days.contains(&day) {
                        same.days.push(day);
                    }
                }
            }
            None => hours.push(Hours {
                days,
                opens,
                closes,
            }),
        }
    }
    for opening in &mut hours {
        opening.days.sort_by_key(|d| d.num_days_from_monday());
    }
    hours.sort_by_key(|h| (h.days.first().map(|d| d.num_days_from_monday()), h.opens));
    hours.truncate(7);
    hours
}

/// The days of a schedule that repeats every week (`freq` WEEKLY, or none
/// given with `byday`; `interval` 1 or none), or `None` for any other.
fn days(schedule: &Schedule) -> Option<Vec<Weekday>> {
    if given(&schedule.freq).is_some_and(|f| !f.eq_ignore_ascii_case("WEEKLY")) {
        return None;
    }
    if given(&schedule.interval).is_some_and(|i| i.parse::<f64>().ok() != Some(1.0)) {
        return None;
    }
    let mut days = Vec::new();
    for code in given(&schedule.byday)?.split(',').map(str::trim) {
        // A code with a number before it ("1MO", "-1FR") is a day of the
        // month, not of every week: the whole schedule is not weekly.
        let day = match code.to_ascii_uppercase().as_str() {
            "" => continue,
            "MO" => Weekday::Mon,
            "TU" => Weekday::Tue,
            "WE" => Weekday::Wed,
            "TH" => Weekday::Thu,
            "FR" => Weekday::Fri,
            "SA" => Weekday::Sat,
            "SU" => Weekday::Sun,
            _ => return None,
        };
        if !days.contains(&day) {
            days.push(day);
        }
    }
    Some(days).filter(|d| !d.is_empty())
}

/// A field's text, when it has any.
fn given(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// A time of day as HSDS writes it ("10:00", "10:00:00", "10:00Z",
/// "10:00:00+01:00"), to the minute. The zone is dropped: opening hours are
/// read on the place's own clock, which is what the file gives. "24:00"
/// (closing at midnight) is 00:00. Anything else is unknown.
fn time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(text.len());
    let (clock, zone) = text.split_at(end);
    if !is_zone(zone) {
        return None;
    }
    if matches!(clock, "24:00" | "24:00:00") {
        return Some(NaiveTime::MIN);
    }
    let parsed = ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(clock, format).ok())?;
    NaiveTime::from_hms_opt(parsed.hour(), parsed.minute(), 0)
}

/// Nothing, `Z`, or a UTC offset: `+01`, `+0100`, `-05:00`.
fn is_zone(zone: &str) -> bool {
    if zone.is_empty() || zone.eq_ignore_ascii_case("z") {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-']) else {
        return false;
    };
    let digits: String = offset.chars().filter(|c| *c != ':').collect();
    let colons = offset.len() - digits.len();
    (digits.len() == 2 || digits.len() == 4)
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (colons == 0 || (colons == 1 && offset.get(2..3) == Some(":")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn times_as_hsds_writes_them() {
        assert_eq!(time("10:00"), at(10, 0));
        assert_eq!(time("10:00:00"), at(10, 0));
        assert_eq!(time(" 09:30:15.5 "), at(9, 30));
        assert_eq!(time("10:00Z"), at(10, 0));
        assert_eq!(time("10:00:00+01:00"), at(10, 0));
        assert_eq!(time("18:00-0500"), at(18, 0));
        assert_eq!(time("24:00"), at(0, 0));
        for odd in [
            "10am",
            "1000",
            "25:00",
            "10:00+1",
            "",
            "10:00 Europe/London",
        ] {
            assert_eq!(time(odd), None, "{odd}");
        }
    }

    fn schedule(freq: &str, interval: &str, byday: &str) -> Schedule {
        let some = |t: &str| Some(t.to_owned()).filter(|t| !t.is_empty());
        Schedule {
            freq: some(freq),
            interval: some(interval),
            byday: some(byday),
            opens_at: some("10:00"),
            closes_at: some("13:00"),
        }
    }

    #[test]
    fn only_weekly_schedules_with_days_are_kept() {
        assert_eq!(
            days(&schedule("WEEKLY", "1", "TH,FR")),
            Some(vec![Weekday::Thu, Weekday::Fri])
        );
        assert_eq!(days(&schedule("", "", "tu")), Some(vec![Weekday::Tue]));
        assert_eq!(days(&schedule("MONTHLY", "", "MO")), None);
        assert_eq!(days(&schedule("WEEKLY", "2", "MO")), None);
        assert_eq!(days(&schedule("WEEKLY", "", "1MO")), None);
        assert_eq!(days(&schedule("WEEKLY", "", "")), None);
        assert_eq!(
            days(&schedule("WEEKLY", "", "MO,,MO")),
            Some(vec![Weekday::Mon])
        );
    }

    #[test]
    fn the_same_hours_on_several_days_are_one_opening() {
        let week = weekly(&[
            schedule("WEEKLY", "", "TH"),
            schedule("WEEKLY", "", "MO"),
            schedule("MONTHLY", "", "1FR"),
        ]);
        assert_eq!(
            week,
            vec![Hours {
                days: vec![Weekday::Mon, Weekday::Thu],
                opens: at(10, 0),
                closes: at(13, 0),
            }]
        );
        assert_eq!(
            hours(&[schedule("MONTHLY", "", "1FR")], &week_of("WE")).len(),
            1
        );
    }

    fn week_of(byday: &str) -> Vec<Schedule> {
        vec![schedule("WEEKLY", "", byday)]
    }
}
