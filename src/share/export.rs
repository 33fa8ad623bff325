//! What the case manager takes into their own systems: FHIR R4, CSV, JSON and
//! plain text. Suggestion chips come out in the reader's language; the
//! client's own words come out as written.

use chrono::SecondsFormat;
use serde_json::{json, Value};

use super::words::{goal_title, goal_words, item_words, linked_words, part_words, words_by_id};
use crate::i18n::{Arg, Localizer};
use crate::model::labels::{self, part_name, GoalDetail};
use crate::model::{GoalStatus, ItemContent, ItemId, Plan, Quadrant, Timestamp};

fn part_slug(quadrant: Quadrant) -> &'static str {
    match quadrant {
        Quadrant::Strengths => "strength",
        Quadrant::Weaknesses => "weakness",
        Quadrant::Opportunities => "opportunity",
        Quadrant::Threats => "threat",
    }
}

/// The plan as JSON, readable by a person and by any later Waymark (it
/// carries its schema version).
pub fn json(plan: &Plan) -> String {
    // Serialising plain data into a String cannot fail.
    serde_json::to_string_pretty(plan).unwrap_or_default()
}

/// A stable `urn:uuid:` for one resource of one plan, so that exporting twice
/// gives the same references.
fn urn(plan: &Plan, what: &str, id: ItemId) -> String {
    let fnv = |seed: u64| {
        format!("{}/{what}/{id}", plan.id)
            .bytes()
            .fold(seed, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4));
    // Shaped as a version-4-style UUID so that FHIR validators accept it.
    format!(
        "urn:uuid:{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

/// FHIR's `instant`/`dateTime` to the second, in UTC.
fn fhir_time(moment: Timestamp) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A FHIR R4 Bundle: one CarePlan (intent `proposal`, the client's own
/// proposal), one Goal per goal (`lifecycleStatus` proposed, priority from
/// the client's order), and steps as CarePlan activities linked to their goal.
pub fn fhir(plan: &Plan, l10n: &Localizer) -> Value {
    // FHIR strings may not be empty: what the client left blank (a step
    // just added, a name cleared) is left out, not written as "".
    let subject = json!({
        "display": given(&plan.alias).map_or_else(|| l10n.text("fhir-subject"), str::to_owned),
    });
    let text = |words: String| json!({ "text": words });
    let count = plan.goals.len();
    let words = words_by_id(l10n, plan);
    let goals: Vec<(String, Value)> = plan
        .goals
        .iter()
        .enumerate()
        .map(|(rank, goal)| {
            let url = urn(plan, "goal", goal.id);
            let priority_text = l10n.format(
                "fhir-priority",
                &[("rank", Arg::from(rank + 1)), ("count", Arg::from(count))],
            );
            let mut resource = json!({
                "resourceType": "Goal",
                "lifecycleStatus": "proposed",
                "priority": {
                    "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/goal-priority",
                        "code": priority_code(rank, count),
                    }],
                    "text": priority_text,
                },
                "description": text(goal_title(l10n, goal)),
                "subject": subject,
            });
            if let Some(area) = goal.area {
                resource["category"] = json!([text(l10n.text(area.message_id()))]);
            }
            if goal.status == GoalStatus::Achieved {
                resource["achievementStatus"] = json!({
                    "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                        "code": "achieved",
                    }],
                });
            }
            if let Some(target) = goal.target {
                resource["target"] = json!([{ "dueDate": target.to_string() }]);
            }
            let mut addresses = linked_words(&words, &goal.addresses);
            addresses.retain(|w| !w.trim().is_empty());
            if !addresses.is_empty() {
                let displays: Vec<Value> = addresses
                    .into_iter()
                    .map(|w| json!({ "display": w }))
                    .collect();
                resource["addresses"] = displays.into();
            }
            let mut notes = Vec::new();
            if let Some(why) = given(&goal.why) {
                notes.push(text(format!(
                    "{} {why}",
                    l10n.text(GoalDetail::Why.label())
                )));
            }
            let mut helps = linked_words(&words, &goal.helped_by);
            helps.retain(|w| !w.trim().is_empty());
            if !helps.is_empty() {
                notes.push(text(format!(
                    "{} {}",
                    l10n.text(GoalDetail::HelpedBy.label()),
                    helps.join("; ")
                )));
            }
            if let Some(help) = given(&goal.help_wanted) {
                notes.push(text(format!(
                    "{} {help}",
                    l10n.text(GoalDetail::HelpWanted.label())
                )));
            }
            if !notes.is_empty() {
                resource["note"] = notes.into();
            }
            (url, resource)
        })
        .collect();

    let activities: Vec<Value> = plan
        .goals
        .iter()
        .zip(&goals)
        .flat_map(|(goal, (goal_url, _))| {
            goal.steps.iter().map(move |step| {
                let status = if step.done {
                    "completed"
                } else {
                    "not-started"
                };
                let mut detail = json!({
                    "status": status,
                    "goal": [{ "reference": goal_url }],
                });
                if !step.text.trim().is_empty() {
                    detail["description"] = step.text.clone().into();
                }
                if let Some(due) = step.due {
                    detail["scheduledPeriod"] = json!({ "end": due.to_string() });
                }
                json!({ "detail": detail })
            })
        })
        .collect();

    let swot_notes: Vec<Value> = Quadrant::ALL
        .iter()
        .filter(|q| !plan.swot.items(**q).is_empty())
        .map(|q| {
            let words: Vec<String> = plan
                .swot
                .items(*q)
                .iter()
                .map(|i| item_words(l10n, i))
                .collect();
            text(format!(
                "{}: {}",
                l10n.text(part_name(*q)),
                words.join("; ")
            ))
        })
        .collect();
    let goal_references: Vec<Value> = goals
        .iter()
        .map(|(url, _)| json!({ "reference": url }))
        .collect();
    let description = l10n.format(
        "fhir-description",
        &[("lang", Arg::from(plan.lang.clone()))],
    );
    let mut care_plan = json!({
        "resourceType": "CarePlan",
        "status": "draft",
        "intent": "proposal",
        "title": l10n.text(labels::PLAN_TITLE),
        "description": description,
        "subject": subject,
        "created": fhir_time(plan.created),
        "goal": goal_references,
    });
    if !activities.is_empty() {
        care_plan["activity"] = activities.into();
    }
    if !swot_notes.is_empty() {
        care_plan["note"] = swot_notes.into();
    }
    let entry = |url: String, resource: Value| json!({ "fullUrl": url, "resource": resource });
    let mut entries = vec![entry(urn(plan, "careplan", 0), care_plan)];
    entries.extend(
        goals
            .into_iter()
            .map(|(url, resource)| entry(url, resource)),
    );
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": fhir_time(plan.updated),
        "entry": entries,
    })
}

/// Words the client wrote, unless left blank.
fn given(words: &Option<String>) -> Option<&str> {
    words.as_deref().filter(|w| !w.trim().is_empty())
}

/// The client's order mapped onto FHIR's three priorities: the first third
/// high, the next medium, the rest low.
fn priority_code(rank: usize, count: usize) -> &'static str {
    match rank * 3 / count.max(1) {
        0 => "high-priority",
        1 => "medium-priority",
        _ => "low-priority",
    }
}

const CSV_HEADER: [&str; 14] = [
    "section",
    "order",
    "id",
    "text",
    "suggestion_key",
    "life_area",
    "goal_id",
    "due",
    "done",
    "target",
    "why",
    "help_wanted",
    "helped_by",
    "addresses",
];

/// One row per item, goal and step. Column names are fixed identifiers for
/// case systems; the values are in the reader's language.
pub fn csv(plan: &Plan, l10n: &Localizer) -> String {
    let mut rows: Vec<[String; 14]> = Vec::new();
    let area =
        |a: Option<crate::model::Area>| a.map(|a| l10n.text(a.message_id())).unwrap_or_default();
    let ids = |ids: &[ItemId]| {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for quadrant in Quadrant::ALL {
        for (order, item) in plan.swot.items(quadrant).iter().enumerate() {
            let key = match &item.content {
                ItemContent::Key(k) => k.clone(),
                ItemContent::Text(_) => String::new(),
            };
            rows.push([
                part_slug(quadrant).into(),
                (order + 1).to_string(),
                item.id.to_string(),
                item_words(l10n, item),
                key,
                area(item.area),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    for (order, goal) in plan.goals.iter().enumerate() {
        rows.push([
            "goal".into(),
            (order + 1).to_string(),
            goal.id.to_string(),
            goal_title(l10n, goal),
            String::new(),
            area(goal.area),
            String::new(),
            String::new(),
            (goal.status == GoalStatus::Achieved).to_string(),
            goal.target.map(|d| d.to_string()).unwrap_or_default(),
            goal.why.clone().unwrap_or_default(),
            goal.help_wanted.clone().unwrap_or_default(),
            ids(&goal.helped_by),
            ids(&goal.addresses),
        ]);
        for (step_order, step) in goal.steps.iter().enumerate() {
            rows.push([
                "step".into(),
                (step_order + 1).to_string(),
                step.id.to_string(),
                step.text.clone(),
                String::new(),
                String::new(),
                goal.id.to_string(),
                step.due.map(|d| d.to_string()).unwrap_or_default(),
                step.done.to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(CSV_HEADER);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| defuse_formula(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A leading `'` on anything a spreadsheet would run as a formula: the
/// client's words must never execute on the case manager's PC. (The csv
/// crate quotes; this rule is a spreadsheet's, not CSV's.)
fn defuse_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The plan as plain text for pasting into case notes, in the reader's
/// language. Dates are ISO days, which no case system misreads.
pub fn text(plan: &Plan, l10n: &Localizer) -> String {
    let mut out = format!("{}\n", l10n.text(labels::PLAN_TITLE));
    for quadrant in Quadrant::ALL {
        let part = part_words(plan, quadrant, l10n);
        out.push_str(&format!("\n{}\n", l10n.text(part_name(part.quadrant))));
        if part.items.is_empty() {
            out.push_str(&format!("  ({})\n", l10n.text(labels::PART_SKIPPED)));
        }
        for item in part.items {
            out.push_str(&format!("  - {}\n", item.words));
        }
    }
    out.push_str(&format!("\n{}\n", l10n.text(labels::GOALS)));
    let goals = goal_words(plan, l10n);
    for (rank, read) in goals.iter().enumerate() {
        let goal = read.goal;
        out.push_str(&format!("  {}. {}\n", rank + 1, read.title));
        if let Some(area) = goal.area {
            out.push_str(&format!("     {}\n", l10n.text(area.message_id())));
        }
        if let Some(target) = goal.target {
            out.push_str(&format!(
                "     {}\n",
                l10n.format(labels::TARGET, &[("date", Arg::from(target.to_string()))])
            ));
        }
        let own =
            |detail: GoalDetail, text: &str| format!("     {} {text}\n", l10n.text(detail.label()));
        if let Some(why) = &goal.why {
            out.push_str(&own(GoalDetail::Why, why));
        }
        for step in &goal.steps {
            let mark = if step.done { "[x]" } else { "[ ]" };
            let due = step.due.map(|d| format!(" ({d})")).unwrap_or_default();
            out.push_str(&format!("     {mark} {}{due}\n", step.text));
        }
        for (detail, linked) in [
            (GoalDetail::HelpedBy, &read.helped_by),
            (GoalDetail::Addresses, &read.addresses),
        ] {
            if !linked.is_empty() {
                out.push_str(&own(detail, &linked.join("; ")));
            }
        }
        if let Some(help) = &goal.help_wanted {
            out.push_str(&own(GoalDetail::HelpWanted, help));
        }
    }
    if goals.is_empty() {
        out.push_str(&format!("  ({})\n", l10n.text(labels::NO_GOALS)));
    }
    out
}
