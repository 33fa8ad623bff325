//! What the case manager takes into their own systems: FHIR R4, CSV, JSON and
//! plain text. Suggestion chips come out in the reader's language; the
//! client's own words come out as written.

use chrono::SecondsFormat;
use serde_json::{json, Value};

use super::support_fhir::support_resources;
use super::words::{
    check_in_said, goal_title, goal_words, item_words, linked_words, part_words, words_by_id,
};
use crate::i18n::{Arg, Localizer};
use crate::model::labels::{self, part_name, GoalDetail};
use crate::model::{GoalStatus, ItemContent, ItemId, Offer, Plan, Quadrant, Timestamp};

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
                "lifecycleStatus": lifecycle_status(goal.status),
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
            if let Some(code) = achievement_status(plan, goal) {
                resource["achievementStatus"] = json!({
                    "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                        "code": code,
                    }],
                    "text": l10n.text(goal.status.message_id()),
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
            // What the client said at each check-in, with its day.
            notes.extend(plan.history(goal.id).filter_map(|(on, entry)| {
                let words = given(&entry.words)?;
                Some(json!({ "text": words, "time": on.to_string() }))
            }));
            if !notes.is_empty() {
                resource["note"] = notes.into();
            }
            (url, resource)
        })
        .collect();

    let mut activities: Vec<Value> = plan
        .goals
        .iter()
        .zip(&goals)
        .flat_map(|(goal, (goal_url, _))| {
            let next = goal.steps.iter().position(|s| !s.done);
            goal.steps.iter().enumerate().map(move |(at, step)| {
                let status = match goal.status {
                    _ if step.done => "completed",
                    GoalStatus::PutAside => "cancelled",
                    // The next step of a goal on its way is under way.
                    GoalStatus::OnMyWay if Some(at) == next => "in-progress",
                    _ => "not-started",
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
    let (support_entries, support_activities) = support_resources(
        plan,
        |what, id| urn(plan, what, id),
        |goal| plan.goal(goal).map(|g| urn(plan, "goal", g.id)),
    );
    activities.extend(support_activities);
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
    entries.extend(support_entries);
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": fhir_time(plan.updated),
        "entry": entries,
    })
}

/// FHIR's lifecycle of a goal, from where the client says it stands.
fn lifecycle_status(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::NotStarted => "proposed",
        GoalStatus::OnMyWay => "active",
        GoalStatus::Achieved => "completed",
        GoalStatus::PutAside => "cancelled",
    }
}

/// FHIR's goal-achievement code, from the status and the check-ins: a goal
/// on its way is improving when its last check-in counted more steps done
/// than the one before; a goal never checked in on has none.
fn achievement_status(plan: &Plan, goal: &crate::model::Goal) -> Option<&'static str> {
    let done_counts: Vec<usize> = plan.history(goal.id).map(|(_, e)| e.done.len()).collect();
    let improving = match done_counts[..] {
        [.., before, last] => last > before,
        [only] => only > 0,
        [] => false,
    };
    Some(match goal.status {
        GoalStatus::Achieved => "achieved",
        GoalStatus::PutAside => "not-achieved",
        GoalStatus::OnMyWay if improving => "improving",
        GoalStatus::OnMyWay => "in-progress",
        GoalStatus::NotStarted if done_counts.is_empty() => return None,
        GoalStatus::NotStarted => "no-progress",
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

const CSV_HEADER: [&str; 22] = [
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
    "status",
    "fit",
    "checked_on",
    "suggested_by",
    "organization",
    "phone",
    "place",
    "directory_id",
];

/// One CSV row, its cells named as [`CSV_HEADER`] has them; a row leaves
/// empty what is not of its kind.
#[derive(Default)]
struct Row {
    section: &'static str,
    order: usize,
    id: String,
    text: String,
    suggestion_key: String,
    life_area: String,
    goal_id: String,
    due: String,
    done: String,
    target: String,
    why: String,
    help_wanted: String,
    helped_by: String,
    addresses: String,
    status: String,
    fit: String,
    checked_on: String,
    suggested_by: String,
    organization: String,
    phone: String,
    place: String,
    directory_id: String,
}

impl Row {
    fn cells(self) -> [String; 22] {
        [
            self.section.to_owned(),
            self.order.to_string(),
            self.id,
            self.text,
            self.suggestion_key,
            self.life_area,
            self.goal_id,
            self.due,
            self.done,
            self.target,
            self.why,
            self.help_wanted,
            self.helped_by,
            self.addresses,
            self.status,
            self.fit,
            self.checked_on,
            self.suggested_by,
            self.organization,
            self.phone,
            self.place,
            self.directory_id,
        ]
    }
}

/// One row per item, goal, step and check-in entry. Column names are fixed
/// identifiers for case systems; the values are in the reader's language.
pub fn csv(plan: &Plan, l10n: &Localizer) -> String {
    let mut rows = Vec::new();
    let area =
        |a: Option<crate::model::Area>| a.map(|a| l10n.text(a.message_id())).unwrap_or_default();
    let ids = |ids: &[ItemId]| {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let day = |day: Option<crate::model::Day>| day.map(|d| d.to_string()).unwrap_or_default();
    for quadrant in Quadrant::ALL {
        for (order, item) in plan.swot.items(quadrant).iter().enumerate() {
            let suggestion_key = match &item.content {
                ItemContent::Key(k) => k.clone(),
                ItemContent::Text(_) => String::new(),
            };
            rows.push(Row {
                section: part_slug(quadrant),
                order: order + 1,
                id: item.id.to_string(),
                text: item_words(l10n, item),
                suggestion_key,
                life_area: area(item.area),
                ..Row::default()
            });
        }
    }
    for (order, goal) in plan.goals.iter().enumerate() {
        rows.push(Row {
            section: "goal",
            order: order + 1,
            id: goal.id.to_string(),
            text: goal_title(l10n, goal),
            life_area: area(goal.area),
            done: (goal.status == GoalStatus::Achieved).to_string(),
            target: day(goal.target),
            why: goal.why.clone().unwrap_or_default(),
            help_wanted: goal.help_wanted.clone().unwrap_or_default(),
            helped_by: ids(&goal.helped_by),
            addresses: ids(&goal.addresses),
            status: l10n.text(goal.status.message_id()),
            ..Row::default()
        });
        for (step_order, step) in goal.steps.iter().enumerate() {
            rows.push(Row {
                section: "step",
                order: step_order + 1,
                id: step.id.to_string(),
                text: step.text.clone(),
                goal_id: goal.id.to_string(),
                due: day(step.due),
                done: step.done.to_string(),
                ..Row::default()
            });
        }
    }
    // A row per goal a check-in spoke of: `order` numbers the check-ins,
    // `done` lists the goal's steps done that day.
    for (order, check_in) in plan.check_ins.iter().enumerate() {
        for entry in &check_in.goals {
            rows.push(Row {
                section: "check-in",
                order: order + 1,
                text: entry.words.clone().unwrap_or_default(),
                goal_id: entry.goal.to_string(),
                done: ids(&entry.done),
                status: entry
                    .status
                    .map(|s| l10n.text(s.message_id()))
                    .unwrap_or_default(),
                fit: entry
                    .fit
                    .map(|f| l10n.text(f.message_id()))
                    .unwrap_or_default(),
                checked_on: check_in.on.to_string(),
                ..Row::default()
            });
        }
    }
    // A row per suggestion, with the client's choice as `status`, and a row
    // per gap: an agency counts both across its exports.
    for (order, support) in plan.support.iter().enumerate() {
        let mut row = Row {
            order: order + 1,
            id: support.id.to_string(),
            goal_id: support.goal.map(|g| g.to_string()).unwrap_or_default(),
            status: l10n.text(support.choice.message_id()),
            suggested_by: support.from.clone(),
            ..Row::default()
        };
        let given = |t: &Option<String>| t.clone().unwrap_or_default();
        match &support.offer {
            Offer::Service(service) => {
                row.section = "support";
                row.text = service.name.clone();
                row.life_area = area(service.area);
                row.organization = given(&service.organization);
                row.phone = given(&service.phone);
                row.place = given(&service.place);
                row.directory_id = given(&service.directory_id);
            }
            Offer::Step(text) => {
                row.section = "suggested-step";
                row.text = text.clone();
            }
            Offer::Meeting(meeting) => {
                row.section = "meeting";
                row.due = match meeting.at {
                    Some(at) => format!("{} {}", meeting.on, at.format("%H:%M")),
                    None => meeting.on.to_string(),
                };
                row.place = given(&meeting.place);
            }
            Offer::Message(text) => {
                row.section = "message";
                row.text = text.clone();
            }
        }
        rows.push(row);
    }
    for (order, gap) in plan.gaps.iter().enumerate() {
        rows.push(Row {
            section: "gap",
            order: order + 1,
            text: gap.clone(),
            ..Row::default()
        });
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(CSV_HEADER);
    for row in rows {
        let _ = writer.write_record(row.cells().iter().map(|cell| defuse_formula(cell)));
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
        // Its history, briefly: where it stood at each check-in, in the
        // client's words.
        if plan.history(goal.id).next().is_some() {
            out.push_str(&format!("     {}\n", l10n.text(goal.status.message_id())));
        }
        for (on, entry) in plan.history(goal.id) {
            let said = check_in_said(l10n, entry).join(" · ");
            out.push_str(&format!("       {on}: {said}\n"));
        }
    }
    if goals.is_empty() {
        out.push_str(&format!("  ({})\n", l10n.text(labels::NO_GOALS)));
    }
    out
}
