//! What the client took of the case manager's suggestions, in FHIR R4: each
//! service they said yes to is a `HealthcareService` (and its organization
//! an `Organization`) in the Bundle, performing a CarePlan activity tied to
//! its goal; a meeting they took is a scheduled appointment activity. What
//! they left for now, or have not looked at, is left out: it is not part of
//! their plan (the CSV export lists it, marked).

use chrono::Timelike;
use serde_json::{json, Value};

use crate::model::{Hours, Offer, Plan, Service, Support};

/// The Bundle entries and the CarePlan activities of the support the client
/// took. `urn` names a resource of this plan; `goal_url` a goal's entry.
pub(super) fn support_resources(
    plan: &Plan,
    urn: impl Fn(&str, u32) -> String,
    goal_url: impl Fn(u32) -> Option<String>,
) -> (Vec<Value>, Vec<Value>) {
    let mut entries = Vec::new();
    let mut activities = Vec::new();
    for support in plan.my_support() {
        let mut detail = match &support.offer {
            Offer::Service(service) => {
                let url = urn("service", support.id);
                let mut resource = healthcare_service(service);
                if let Some(name) = given(&service.organization) {
                    let organization = urn("organization", support.id);
                    resource["providedBy"] = json!({ "reference": organization });
                    entries.push(entry(
                        organization,
                        json!({ "resourceType": "Organization", "name": name }),
                    ));
                }
                entries.push(entry(url.clone(), resource));
                let mut detail = json!({
                    "status": "not-started",
                    "description": service.name,
                    "performer": [{ "reference": url }],
                });
                if let Some(place) = given(&service.place) {
                    detail["location"] = json!({ "display": place });
                }
                detail
            }
            Offer::Meeting(meeting) => {
                // The meeting's time is the centre's local time, and a FHIR
                // dateTime with a time needs a zone: a day alone is a
                // period, a day and time is said as a string.
                let mut detail = json!({ "kind": "Appointment", "status": "scheduled" });
                match meeting.at {
                    Some(at) => {
                        detail["scheduledString"] =
                            format!("{} {:02}:{:02}", meeting.on, at.hour(), at.minute()).into()
                    }
                    None => detail["scheduledPeriod"] = json!({ "start": meeting.on.to_string() }),
                }
                if let Some(place) = given(&meeting.place) {
                    detail["location"] = json!({ "display": place });
                }
                detail
            }
            // A step the client took is one of their goal's steps already;
            // a message is not an activity.
            Offer::Step(_) | Offer::Message(_) => continue,
        };
        if let Some(goal) = support.goal.and_then(&goal_url) {
            detail["goal"] = json!([{ "reference": goal }]);
        }
        activities.push(json!({ "detail": detail, "progress": [suggested_by(support)] }));
    }
    (entries, activities)
}

fn entry(url: String, resource: Value) -> Value {
    json!({ "fullUrl": url, "resource": resource })
}

/// Who suggested it, as an annotation: FHIR strings may not be empty.
fn suggested_by(support: &Support) -> Value {
    json!({
        "authorString": if support.from.trim().is_empty() { "-" } else { &support.from },
        "time": support.answer_made.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "text": "suggested",
    })
}

fn healthcare_service(service: &Service) -> Value {
    let mut resource = json!({
        "resourceType": "HealthcareService",
        "active": true,
        "name": service.name,
    });
    if let Some(lang) = service.lang.as_deref() {
        resource["language"] = lang.into();
    }
    if let Some(id) = given(&service.directory_id) {
        resource["identifier"] = json!([{ "value": id }]);
    }
    if let Some(offers) = given(&service.offers) {
        resource["comment"] = offers.into();
    }
    let telecom: Vec<Value> = [("phone", &service.phone), ("url", &service.web)]
        .into_iter()
        .filter_map(|(system, value)| given(value).map(|v| json!({ "system": system, "value": v })))
        .collect();
    if !telecom.is_empty() {
        resource["telecom"] = telecom.into();
    }
    let times: Vec<Value> = service.hours.iter().map(available_time).collect();
    if !times.is_empty() {
        resource["availableTime"] = times.into();
    }
    resource
}

fn available_time(hours: &Hours) -> Value {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let mut time = json!({});
    if !hours.days.is_empty() {
        let days: Vec<&str> = hours
            .days
            .iter()
            .map(|d| DAYS[d.num_days_from_monday() as usize])
            .collect();
        time["daysOfWeek"] = days.into();
    }
    let at = |t: chrono::NaiveTime| format!("{:02}:{:02}:00", t.hour(), t.minute());
    if let Some(opens) = hours.opens {
        time["availableStartTime"] = at(opens).into();
    }
    if let Some(closes) = hours.closes {
        time["availableEndTime"] = at(closes).into();
    }
    if hours.opens.is_none() && hours.closes.is_none() {
        time["allDay"] = true.into();
    }
    time
}

fn given(words: &Option<String>) -> Option<&str> {
    words.as_deref().map(str::trim).filter(|w| !w.is_empty())
}
