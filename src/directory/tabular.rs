//! HSDS 3.0 tabular data: one CSV file a table (services.csv,
//! organizations.csv, ...), each with a header row, joined by ids.
//!
//! Each row keeps only the columns Waymark shows, read one record at a
//! time, so memory stays in proportion to what is shown. Values are
//! trimmed; an empty one is absent.

use std::collections::HashMap;

use super::schedule::{self, Schedule};
use super::{check_size, collect, phone, place, Address, AreaRules, Directory, DirectoryError};
use super::{Found, MAX_SERVICES};

/// The most columns a table may have: HSDS tables have about twenty, and a
/// header of millions of fields would cost memory before anything is read.
const MAX_COLUMNS: usize = 1000;

/// Reads an HSDS 3.0 tabular package: `files` are each file's name (as the
/// staff member picked it; only the part after the last `/` or `\` counts,
/// in any case) and text. Areas come from `rules`.
///
/// services.csv is needed, with `id` and `name` columns. These are read
/// when present, other files are ignored:
///
/// - organizations.csv (`id`, `name`, `website`) by services' `organization_id`;
/// - phones.csv (`number`, `extension`) by `service_id`, else by the
///   service's first `service_at_location_id`;
/// - schedules.csv by `service_id`, else by `service_at_location_id`;
/// - service_at_location.csv (`service_id`, `location_id`): the first row
///   of a service gives its place, from locations.csv (`id`, `name`) and
///   addresses.csv (`location_id`);
/// - attributes.csv (`link_id`, `taxonomy_term_id`) with taxonomy_terms.csv
///   (`id`, `name`): the service's terms.
///
/// Ids that join nothing are ignored. Refused: over
/// [`super::MAX_DIRECTORY_BYTES`] in all, no services.csv, a file that is
/// not CSV or lacks a column it needs, a services.csv without a service
/// with an id and a name ([`DirectoryError::Empty`]), more than
/// [`MAX_SERVICES`] services.
pub fn read_tabular(
    files: &[(&str, &str)],
    rules: &AreaRules,
) -> Result<Directory, DirectoryError> {
    check_size(
        files
            .iter()
            .fold(0, |sum, (_, text)| sum.saturating_add(text.len())),
    )?;
    let file = |table: &str| {
        files.iter().copied().find(|(name, _)| {
            let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
            base.trim().eq_ignore_ascii_case(table)
        })
    };
    let (services_file, services_text) =
        file("services.csv").ok_or(DirectoryError::MissingServices)?;
    let services = read(
        (services_file, services_text),
        [
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
        ],
        &["id", "name"],
        Some(MAX_SERVICES),
    )?;
    // An optional table that is absent reads as empty.
    macro_rules! table {
        ($name:literal, $columns:expr, $needs:expr) => {
            match file($name) {
                Some(found) => read(found, $columns, $needs, None)?,
                None => Vec::new(),
            }
        };
    }
    let organizations = table!(
        "organizations.csv",
        ["id", "name", "website"],
        &["id", "name"]
    );
    let locations = table!("locations.csv", ["id", "name"], &["id"]);
    let addresses = table!(
        "addresses.csv",
        [
            "location_id",
            "address_1",
            "address_2",
            "city",
            "postal_code",
            "address_type"
        ],
        &["location_id"]
    );
    let phones = table!(
        "phones.csv",
        [
            "service_id",
            "service_at_location_id",
            "number",
            "extension"
        ],
        &["number"]
    );
    let schedules = table!(
        "schedules.csv",
        [
            "service_id",
            "service_at_location_id",
            "freq",
            "interval",
            "byday",
            "opens_at",
            "closes_at"
        ],
        &[]
    );
    let at_locations = table!(
        "service_at_location.csv",
        ["id", "service_id", "location_id"],
        &["service_id", "location_id"]
    );
    let terms = table!("taxonomy_terms.csv", ["id", "name"], &["id", "name"]);
    let attributes = table!(
        "attributes.csv",
        ["link_id", "taxonomy_term_id", "link_entity"],
        &["link_id", "taxonomy_term_id"]
    );

    // Indexes by id; the first row of an id wins, as ids should be unique.
    let organizations = first_by(&organizations, 0);
    let locations = first_by(&locations, 0);
    // A service's first service_at_location row gives its place.
    let at_locations = first_by(&at_locations, 1);
    let terms = first_by(&terms, 0);
    let addresses = all_by(&addresses, 0, 8);
    let phones_of_service = all_by(&phones, 0, 8);
    let phones_at_location = all_by(&phones, 1, 8);
    let schedules_of_service = all_by(&schedules, 0, schedule::MAX_SCHEDULES);
    let schedules_at_location = all_by(&schedules, 1, schedule::MAX_SCHEDULES);
    // An attribute says which table its link_id is of; without it, a
    // service's id is taken to be meant.
    let attributes: Vec<_> = attributes
        .into_iter()
        .filter(|[_, _, entity]| {
            entity.as_deref().is_none_or(|e| {
                e.eq_ignore_ascii_case("service") || e.eq_ignore_ascii_case("services")
            })
        })
        .collect();
    let attributes = all_by(&attributes, 0, 64);

    let seen = services.len();
    let found = services.into_iter().map(|row| {
        let [id, organization_id, name, alternate_name, description, url] = row;
        let key = id.as_deref().unwrap_or_default();
        let organization = organization_id
            .as_deref()
            .and_then(|o| organizations.get(o));
        let at = at_locations.get(key);
        let at_id = at.and_then(|[at_id, _, _]| at_id.as_deref());
        let location_id = at.and_then(|[_, _, location_id]| location_id.as_deref());
        let location_name = location_id
            .and_then(|l| locations.get(l))
            .and_then(|[_, name]| name.as_deref());
        let addresses: Vec<Address> = location_id
            .and_then(|l| addresses.get(l))
            .into_iter()
            .flatten()
            .map(
                |[_, address_1, address_2, city, postal_code, address_type]| Address {
                    address_1: address_1.clone(),
                    address_2: address_2.clone(),
                    city: city.clone(),
                    postal_code: postal_code.clone(),
                    address_type: address_type.clone(),
                },
            )
            .collect();
        let first_phone = |rows: Option<&Vec<&[Option<String>; 4]>>| {
            rows.into_iter()
                .flatten()
                .find_map(|[_, _, number, extension]| {
                    phone(number.as_deref(), extension.as_deref())
                })
        };
        let schedules = |rows: Option<&Vec<&[Option<String>; 7]>>| -> Vec<Schedule> {
            rows.into_iter()
                .flatten()
                .map(
                    |[_, _, freq, interval, byday, opens_at, closes_at]| Schedule {
                        freq: freq.clone(),
                        interval: interval.clone(),
                        byday: byday.clone(),
                        opens_at: opens_at.clone(),
                        closes_at: closes_at.clone(),
                    },
                )
                .collect()
        };
        Found {
            organization: organization.and_then(|[_, name, _]| name.clone()),
            website: organization.and_then(|[_, _, website]| website.clone()),
            place: place(location_name, &addresses),
            phone: first_phone(phones_of_service.get(key))
                .or_else(|| first_phone(at_id.and_then(|a| phones_at_location.get(a)))),
            hours: schedule::hours(
                &schedules(schedules_of_service.get(key)),
                &schedules(at_id.and_then(|a| schedules_at_location.get(a))),
            ),
            terms: attributes
                .get(key)
                .into_iter()
                .flatten()
                .filter_map(|[_, term, _]| terms.get(term.as_deref()?)?[1].clone())
                .collect(),
            id,
            name,
            alternate_name,
            description,
            url,
        }
    });
    collect(found, seen, DirectoryError::Empty, rules)
}

/// The rows of one table: the values of `columns`, in their order (absent
/// when the table has no such column). `needs` are the columns it must
/// have; `max_rows` the most rows it may have. A blank file has no rows.
fn read<const N: usize>(
    (file, text): (&str, &str),
    columns: [&str; N],
    needs: &[&str],
    max_rows: Option<usize>,
) -> Result<Vec<[Option<String>; N]>, DirectoryError> {
    // Spreadsheets often begin a CSV file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let not_csv = |line: u64| DirectoryError::NotCsv {
        file: file.to_owned(),
        line,
    };
    // The csv crate reads a quote that never closes as a last field running
    // to the end of the file; such a file is broken, and is refused.
    if let Some(line) = unclosed_quote(text) {
        return Err(not_csv(line));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let line_of = |e: &csv::Error| e.position().map_or(1, csv::Position::line);
    let header = reader.headers().map_err(|e| not_csv(line_of(&e)))?;
    if header.len() > MAX_COLUMNS {
        return Err(not_csv(1));
    }
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let index = |column: &str| header.iter().position(|h| h == column);
    if let Some(missing) = needs.iter().find(|c| index(c).is_none()) {
        return Err(DirectoryError::MissingColumn {
            file: file.to_owned(),
            column: (*missing).to_owned(),
        });
    }
    let at = columns.map(index);
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .map_err(|e| not_csv(line_of(&e)))?
    {
        if max_rows.is_some_and(|max| rows.len() >= max) {
            return Err(DirectoryError::TooMany);
        }
        rows.push(at.map(|i| {
            let value = i.and_then(|i| record.get(i)).unwrap_or_default().trim();
            Some(value.to_owned()).filter(|v| !v.is_empty())
        }));
    }
    Ok(rows)
}

/// The line (from 1) where a quoted field opens and never closes, if one
/// does: CSV as the csv crate reads it (RFC 4180), where a quote opens a
/// field only at its start, and `""` inside it is a quote.
fn unclosed_quote(text: &str) -> Option<u64> {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let (mut state, mut line, mut opened) = (State::FieldStart, 1, 1);
    for byte in text.bytes() {
        let ends_field = matches!(byte, b',' | b'\n' | b'\r');
        state = match state {
            State::FieldStart if byte == b'"' => {
                opened = line;
                State::Quoted
            }
            State::FieldStart | State::Unquoted if ends_field => State::FieldStart,
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted if byte == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if byte == b'"' => State::Quoted,
            State::QuoteInQuoted if ends_field => State::FieldStart,
            State::QuoteInQuoted => State::Unquoted,
        };
        if byte == b'\n' {
            line += 1;
        }
    }
    (state == State::Quoted).then_some(opened)
}

/// Rows by the value of one column, the first row of each value.
fn first_by<const N: usize>(
    rows: &[[Option<String>; N]],
    column: usize,
) -> HashMap<&str, &[Option<String>; N]> {
    let mut index = HashMap::new();
    for row in rows {
        if let Some(key) = row[column].as_deref() {
            index.entry(key).or_insert(row);
        }
    }
    index
}

/// Rows by the value of one column, the first `max` of each value.
fn all_by<const N: usize>(
    rows: &[[Option<String>; N]],
    column: usize,
    max: usize,
) -> HashMap<&str, Vec<&[Option<String>; N]>> {
    let mut index: HashMap<&str, Vec<_>> = HashMap::new();
    for row in rows {
        if let Some(key) = row[column].as_deref() {
            let same = index.entry(key).or_default();
            if same.len() < max {
                same.push(row);
            }
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::unclosed_quote;

    #[test]
    fn a_quote_that_never_closes_is_found_where_it_opens() {
        assert_eq!(unclosed_quote("id,name\n1,\"a, b\"\n"), None);
        assert_eq!(unclosed_quote("id,name\n1,\"say \"\"hi\"\"\"\n"), None);
        assert_eq!(unclosed_quote("id,name\n1,ab\"c\n"), None);
        assert_eq!(unclosed_quote("id,name\n1,a\n2,\"b\n3,c\n"), Some(3));
        assert_eq!(unclosed_quote("\""), Some(1));
    }
}
