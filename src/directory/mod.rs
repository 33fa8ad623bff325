//! The agency's services directory, read from an Open Referral HSDS 3.0
//! file (<https://docs.openreferral.org/>): a JSON service or list of
//! services ([`read_json`]), or the tabular package of CSV files
//! ([`read_tabular`]). Each service becomes a [`Service`] the case manager
//! can suggest, with the words to find it by ([`Directory::search`]) and
//! its life area from staff-editable rules ([`AreaRules`]).
//!
//! Plain Rust, no browser types: the page hands over the text of the file
//! a member of staff picked, and keeps [`Directory::to_json`] in storage so
//! a kiosk reads the directory once.
//!
//! A directory file comes from outside, and may be foreign or broken: every
//! reader refuses it with a [`DirectoryError`] (never a panic), and every
//! service read fits a plan (texts cut at [`MAX_TEXT_CHARS`], at most seven
//! weekly openings).

mod areas;
mod json;
mod schedule;
mod tabular;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::{Area, Hours, Service, MAX_ID_CHARS, MAX_TEXT_CHARS};

pub use areas::{AreaRules, RuleError, MAX_RULES_BYTES};
pub use json::read_json;
use json::AtMost;
pub use tabular::read_tabular;

/// The most text a reader takes in, in bytes (all of a tabular package's
/// files together). HSDS exports of a city's services run to a few
/// megabytes; more is refused before anything is parsed, so a wrong file
/// picked by mistake (a video, a database dump) costs nothing.
pub const MAX_DIRECTORY_BYTES: usize = 8 * 1024 * 1024;

/// The most services a directory holds: more than any one centre refers
/// to, and few enough to search on every key press on a kiosk.
pub const MAX_SERVICES: usize = 5000;

/// The version of Waymark's saved copy ([`Directory::to_json`]).
pub const SAVED_VERSION: u32 = 1;

/// The services of the agency's directory, in the file's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    /// Every service read, in the file's order.
    pub services: Vec<Listing>,
}

/// One service of the directory and the words to find it by.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    /// The service as a plan keeps it when the client takes it.
    pub service: Service,
    /// Words to search besides name, offers, organization and place: the
    /// names of its taxonomy terms, then its alternate name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

/// Why a directory file could not be read. Each variant is data, not
/// words, so that the page can say it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DirectoryError {
    /// Longer than [`MAX_DIRECTORY_BYTES`]; how long, in bytes.
    #[error("{bytes} bytes is more than a directory's {MAX_DIRECTORY_BYTES}")]
    TooLarge { bytes: usize },
    /// Nothing in it: an empty file, an empty list, or a services.csv
    /// with no service rows.
    #[error("the directory is empty")]
    Empty,
    /// Not JSON; where the parser stopped (1-based line and column).
    #[error("not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// JSON, but of another kind: no HSDS service with an id and a name
    /// (a FHIR bundle, a Waymark plan, a list of numbers).
    #[error("JSON, but no Open Referral service with an id and a name")]
    NotHsds,
    /// A CSV file that is not CSV: a quote that never closes, or a row
    /// with more or fewer fields than the header. `line` is 1-based.
    #[error("{file} is not CSV (line {line})")]
    NotCsv { file: String, line: u64 },
    /// A CSV file without a column it needs (`id` and `name` in
    /// services.csv).
    #[error("{file} has no column {column}")]
    MissingColumn { file: String, column: String },
    /// A tabular package without services.csv.
    #[error("no services.csv")]
    MissingServices,
    /// More than [`MAX_SERVICES`] services.
    #[error("more than {MAX_SERVICES} services")]
    TooMany,
    /// A saved copy written by a newer Waymark, of this version.
    #[error("saved by a newer Waymark (version {0})")]
    TooNew(u32),
    /// JSON without the saved copy's version: not a saved copy.
    #[error("not a saved directory: no version")]
    NoVersion,
    /// A saved copy of a known version whose services do not read.
    #[error("the saved directory is damaged")]
    Damaged,
}

/// Reads the files a member of staff picked: one JSON file (a service or
/// a list of them), or the CSV files of a tabular package, told apart by
/// their names.
pub fn read_picked(
    files: &[(String, String)],
    rules: &AreaRules,
) -> Result<Directory, DirectoryError> {
    let is_csv = |name: &str| name.to_ascii_lowercase().ends_with(".csv");
    match files {
        [] => Err(DirectoryError::Empty),
        [(name, text)] if !is_csv(name) => read_json(text, rules),
        _ => {
            let files: Vec<(&str, &str)> = files
                .iter()
                .map(|(name, text)| (name.as_str(), text.as_str()))
                .collect();
            read_tabular(&files, rules)
        }
    }
}

impl RuleError {
    /// The Fluent message that says it to staff, and its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            RuleError::NoEquals { line } => ("rules-no-equals", vec![("line", line.to_string())]),
            RuleError::NoWord { line } => ("rules-no-word", vec![("line", line.to_string())]),
            RuleError::UnknownArea { line, key } => (
                "rules-unknown-area",
                vec![("line", line.to_string()), ("key", key.clone())],
            ),
            RuleError::TooLarge => ("rules-too-large", vec![]),
        }
    }
}

impl DirectoryError {
    /// The Fluent message that says it to staff, and its arguments (a
    /// file's name, a line, a column, a version).
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            DirectoryError::TooLarge { .. } => ("directory-too-large", vec![]),
            DirectoryError::Empty => ("directory-empty", vec![]),
            DirectoryError::NotJson { line, .. } => {
                ("directory-not-json", vec![("line", line.to_string())])
            }
            DirectoryError::NotHsds => ("directory-not-hsds", vec![]),
            DirectoryError::NotCsv { file, line } => (
                "directory-not-csv",
                vec![("file", file.clone()), ("line", line.to_string())],
            ),
            DirectoryError::MissingColumn { file, column } => (
                "directory-missing-column",
                vec![("file", file.clone()), ("column", column.clone())],
            ),
            DirectoryError::MissingServices => ("directory-no-services-csv", vec![]),
            DirectoryError::TooMany => ("directory-too-many", vec![]),
            DirectoryError::TooNew(_) => ("directory-too-new", vec![]),
            DirectoryError::NoVersion | DirectoryError::Damaged => ("directory-damaged", vec![]),
        }
    }
}

/// What reading found of one service, the same from JSON and from CSV,
/// before it is tidied into a [`Listing`].
#[derive(Default)]
pub(crate) struct Found {
    pub id: Option<String>,
    pub name: Option<String>,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub organization: Option<String>,
    pub website: Option<String>,
    pub place: Option<String>,
    pub phone: Option<String>,
    pub hours: Vec<Hours>,
    /// Taxonomy term names, in the file's order.
    pub terms: Vec<String>,
}

/// The most search terms one listing keeps: a service tagged with hundreds
/// of terms would only slow every search down.
const MAX_TERMS: usize = 32;

/// Tidies what was read of each service into listings: services without an
/// id or a name are left out, and so is a second service with an id seen
/// before. `seen` is how many services the file held, so that a file of
/// none is [`DirectoryError::Empty`] and one of none usable is `unusable`.
pub(crate) fn collect(
    found: impl IntoIterator<Item = Found>,
    seen: usize,
    unusable: DirectoryError,
    rules: &AreaRules,
) -> Result<Directory, DirectoryError> {
    if seen > MAX_SERVICES {
        return Err(DirectoryError::TooMany);
    }
    let mut ids = HashSet::new();
    let services: Vec<Listing> = found
        .into_iter()
        .filter_map(|f| listing(f, rules))
        .filter(|l| {
            let id = &l.service.directory_id;
            id.as_ref().is_none_or(|id| ids.insert(id.clone()))
        })
        .collect();
    match (services.is_empty(), seen) {
        (true, 0) => Err(DirectoryError::Empty),
        (true, _) => Err(unusable),
        (false, _) => Ok(Directory { services }),
    }
}

/// One service as Waymark keeps it, or `None` without an id or a name.
fn listing(found: Found, rules: &AreaRules) -> Option<Listing> {
    let id = tidy(found.id)?;
    let name = tidy(found.name)?;
    let mut terms: Vec<String> = Vec::new();
    for term in found.terms.into_iter().chain(found.alternate_name) {
        if let Some(term) = tidy(Some(term)) {
            if terms.len() < MAX_TERMS && !terms.contains(&term) {
                terms.push(term);
            }
        }
    }
    let offers = tidy(found.description);
    let area = rules.area_of(&name, offers.as_deref().unwrap_or_default(), &terms);
    let mut service = Service {
        name,
        offers,
        organization: found.organization,
        place: found.place,
        hours: found.hours,
        phone: found.phone,
        web: tidy(found.url).or_else(|| tidy(found.website)),
        lang: None,
        area,
        // An id longer than a plan takes is not cut: a cut id would name
        // another service, or none. The listing is still found by its name.
        directory_id: Some(id).filter(|id| id.len() <= MAX_ID_CHARS),
    };
    fit(&mut service);
    Some(Listing { service, terms })
}

/// Makes a service fit a plan (`Plan::validate`): every text trimmed and cut
/// at [`MAX_TEXT_CHARS`], a week's days once each, at most seven openings.
fn fit(service: &mut Service) {
    service.name = cut(service.name.trim());
    for text in [
        &mut service.offers,
        &mut service.organization,
        &mut service.place,
        &mut service.phone,
        &mut service.web,
    ] {
        *text = tidy(text.take());
    }
    if service
        .directory_id
        .as_ref()
        .is_some_and(|id| id.len() > MAX_ID_CHARS)
    {
        service.directory_id = None;
    }
    for hours in &mut service.hours {
        let mut days = HashSet::new();
        hours.days.retain(|day| days.insert(*day));
    }
    service.hours.retain(|hours| !hours.days.is_empty());
    service.hours.truncate(7);
}

/// A text trimmed and cut at [`MAX_TEXT_CHARS`], or `None` when blank.
pub(crate) fn tidy(text: Option<String>) -> Option<String> {
    let text = text?;
    let trimmed = text.trim();
    if trimmed.is_empty() {
        None
    } else if trimmed.len() == text.len() && trimmed.len() <= MAX_TEXT_CHARS {
        // The common case: nothing to trim, and short enough in bytes to be
        // short enough in characters.
        Some(text)
    } else {
        Some(cut(trimmed))
    }
}

/// The first [`MAX_TEXT_CHARS`] characters of a text.
fn cut(text: &str) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

/// Refuses a text over [`MAX_DIRECTORY_BYTES`] before anything parses it.
pub(crate) fn check_size(bytes: usize) -> Result<(), DirectoryError> {
    if bytes > MAX_DIRECTORY_BYTES {
        Err(DirectoryError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// A phone number as a person dials it: trimmed of spaces and of the stray
/// quotes some exports leave around it (`"\"+44 1234 234567\""` in the HSDS
/// examples), with its extension as " ext. 100".
pub(crate) fn phone(number: Option<&str>, extension: Option<&str>) -> Option<String> {
    let clean = |t: &str| {
        t.trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .to_owned()
    };
    let number = clean(number?);
    if number.is_empty() {
        return None;
    }
    match extension.map(clean).filter(|e| !e.is_empty()) {
        Some(extension) => Some(format!("{number} ext. {extension}")),
        None => Some(number),
    }
}

/// One address of a location, as far as a person needs it to get there.
#[derive(Clone, Debug, Default)]
pub(crate) struct Address {
    pub address_1: Option<String>,
    pub address_2: Option<String>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    pub address_type: Option<String>,
}

/// Where a service is: its location's name and address, joined as one
/// line ("MyCity Civic Center, 1-30 Main Street, MyVillage, MyCity ABC
/// 1234"). Of several addresses the physical one is chosen over a postal
/// one; region, state and country are left out, as a client goes to a
/// place nearby.
pub(crate) fn place(name: Option<&str>, addresses: &[Address]) -> Option<String> {
    let address = addresses
        .iter()
        .find(|a| {
            a.address_type
                .as_deref()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("physical"))
        })
        .or(addresses.first());
    let mut parts: Vec<String> = Vec::new();
    let mut add = |part: String| {
        let part = part.trim().to_owned();
        // A location named by its street ("1-30 Main Street") says it once.
        if !part.is_empty() && !parts.iter().any(|p| p.eq_ignore_ascii_case(&part)) {
            parts.push(part);
        }
    };
    add(name.unwrap_or_default().to_owned());
    if let Some(address) = address {
        let text = |t: &Option<String>| t.as_deref().unwrap_or_default().trim().to_owned();
        add(text(&address.address_1));
        add(text(&address.address_2));
        let town = [text(&address.city), text(&address.postal_code)];
        add(town
            .iter()
            .filter(|t| !t.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" "));
    }
    tidy(Some(parts.join(", ")))
}

impl Directory {
    /// The listings that have every one of `words` (split at white space)
    /// in their name, offers, organization, place or terms, in any case
    /// (Unicode lowercase: "ŁÓDŹ" finds "Łódź"), and whose area is `area`
    /// when one is given. No words: every listing (of that area). In the
    /// directory's order.
    pub fn search(&self, words: &str, area: Option<Area>) -> Vec<&Listing> {
        let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
        self.services
            .iter()
            .filter(|l| area.is_none_or(|a| l.service.area == Some(a)))
            .filter(|l| {
                if words.is_empty() {
                    return true;
                }
                // One lowercase copy per listing and search: words never
                // hold a line break, so none matches across two fields.
                let s = &l.service;
                let mut text = s.name.to_lowercase();
                for field in [&s.offers, &s.organization, &s.place]
                    .into_iter()
                    .flatten()
                    .chain(&l.terms)
                {
                    text.push('\n');
                    text.push_str(&field.to_lowercase());
                }
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect()
    }

    /// Names the language the directory is written in (a BCP 47 tag, as
    /// staff said it): its services' words are marked with it wherever
    /// they show, so that a screen reader reads them in that language.
    pub fn set_language(&mut self, lang: &str) {
        for listing in &mut self.services {
            listing.service.lang = Some(lang.to_owned());
        }
    }

    /// Sets every listing's area again from `rules`, after staff changed
    /// them, without reading the file again.
    pub fn apply_rules(&mut self, rules: &AreaRules) {
        for listing in &mut self.services {
            let s = &listing.service;
            let area = rules.area_of(
                &s.name,
                s.offers.as_deref().unwrap_or_default(),
                &listing.terms,
            );
            listing.service.area = area;
        }
    }

    /// Waymark's own saved copy, `{"v":1,"services":[...]}`, for a kiosk to
    /// keep in storage and read with [`Directory::from_json`].
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Saved<'a> {
            v: u32,
            services: &'a [Listing],
        }
        let saved = Saved {
            v: SAVED_VERSION,
            services: &self.services,
        };
        // Strings, numbers and lists only: serializing cannot fail.
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Reads a copy saved by [`Directory::to_json`]. A copy without a
    /// version is refused, and so is one from a newer Waymark, before its
    /// services are read; what is read is made to fit a plan again, as
    /// storage can be edited.
    pub fn from_json(text: &str) -> Result<Directory, DirectoryError> {
        check_size(text.len())?;
        if text.trim().is_empty() {
            return Err(DirectoryError::Empty);
        }
        let not_json = |e: serde_json::Error| DirectoryError::NotJson {
            line: e.line(),
            column: e.column(),
        };
        // The version alone first, so that a newer copy is refused before
        // its shape is.
        #[derive(Deserialize)]
        struct Versioned {
            v: Option<u64>,
        }
        let versioned: Versioned = serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                DirectoryError::NoVersion
            } else {
                not_json(e)
            }
        })?;
        let v = versioned
            .v
            .filter(|v| *v >= 1)
            .ok_or(DirectoryError::NoVersion)?;
        if v > u64::from(SAVED_VERSION) {
            return Err(DirectoryError::TooNew(u32::try_from(v).unwrap_or(u32::MAX)));
        }
        #[derive(Deserialize)]
        struct Saved {
            #[serde(default)]
            services: AtMost<Listing, MAX_SERVICES>,
        }
        let saved: Saved = serde_json::from_str(text).map_err(|_| DirectoryError::Damaged)?;
        if saved.services.more {
            return Err(DirectoryError::TooMany);
        }
        let mut services = saved.services.items;
        for listing in &mut services {
            fit(&mut listing.service);
            listing.terms = std::mem::take(&mut listing.terms)
                .into_iter()
                .filter_map(|t| tidy(Some(t)))
                .take(MAX_TERMS)
                .collect();
        }
        Ok(Directory { services })
    }
}
