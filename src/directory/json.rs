//! HSDS 3.0 JSON: one service (`service_full.json`), a paged list of them
//! (`{"contents": [...]}`, `service_list.json`), or a bare array.
//!
//! Only the fields Waymark shows are read, into small serde structs; every
//! other field is skipped without being kept. The reading is tolerant of
//! shape, as exports differ: a text may come as a number (`"extension":
//! 100`), a field of the wrong kind is taken as absent, and a list keeps its
//! first few entries only, so that memory stays in proportion to what is
//! shown, not to the file.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::schedule::{self, Schedule};
use super::{check_size, collect, phone, place, Address, AreaRules, Directory, DirectoryError};
use super::{Found, MAX_SERVICES};

/// The visits of a value that is neither an object nor an array, all
/// giving `$value`: a tolerant reader takes a field of the wrong kind as
/// absent rather than refusing the file.
macro_rules! scalars_as {
    ($value:expr) => {
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
}

/// Reads an HSDS 3.0 JSON file: one service object, a paged list
/// `{"contents": [...]}`, or a bare array of services. Areas come from
/// `rules` ([`AreaRules::standard`] unless staff changed them).
///
/// Services without an id or a name are left out. Refused: a text over
/// [`super::MAX_DIRECTORY_BYTES`] (before parsing), a blank one or an empty
/// list ([`DirectoryError::Empty`]), one that is not JSON, JSON with no
/// service that has an id and a name ([`DirectoryError::NotHsds`]), and
/// more than [`MAX_SERVICES`] services.
pub fn read_json(text: &str, rules: &AreaRules) -> Result<Directory, DirectoryError> {
    check_size(text.len())?;
    if text.trim().is_empty() {
        return Err(DirectoryError::Empty);
    }
    // A first pass learns the shape without keeping anything: a syntax
    // error is found here, and the second pass reads the one shape it is.
    let shape: Shape = serde_json::from_str(text).map_err(|e| DirectoryError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let not_hsds = |_| DirectoryError::NotHsds;
    let list = match shape {
        Shape::Other | Shape::Fhir => return Err(DirectoryError::NotHsds),
        Shape::Paged => {
            serde_json::from_str::<Paged>(text)
                .map_err(not_hsds)?
                .contents
        }
        Shape::Many => serde_json::from_str::<Services>(text).map_err(not_hsds)?,
        Shape::One => {
            let one = serde_json::from_str::<Obj<RawService>>(text).map_err(not_hsds)?;
            List {
                seen: 1,
                items: one.0.into_iter().collect(),
            }
        }
    };
    let seen = list.seen;
    collect(
        list.items.into_iter().map(Found::from),
        seen,
        DirectoryError::NotHsds,
        rules,
    )
}

/// The services of a file, up to one more than a directory holds, so that
/// too many is known without keeping them.
type Services = List<RawService, { MAX_SERVICES + 1 }>;

/// What the top of the file is.
enum Shape {
    /// An object with a `contents` list: a paged list of services.
    Paged,
    /// Another object: one service.
    One,
    /// An array of services.
    Many,
    /// A FHIR resource (`resourceType`), such as a plan's FHIR export: it
    /// has an id and may have a name, but is no service.
    Fhir,
    /// A string, a number, `true`, `null`.
    Other,
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ShapeVisitor;
        impl<'de> Visitor<'de> for ShapeVisitor {
            type Value = Shape;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
                let (mut paged, mut fhir) = (false, false);
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Contents => paged |= map.next_value::<IsArray>()?.0,
                        Key::ResourceType => {
                            map.next_value::<IgnoredAny>()?;
                            fhir = true;
                        }
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(match (fhir, paged) {
                    (true, _) => Shape::Fhir,
                    (false, true) => Shape::Paged,
                    (false, false) => Shape::One,
                })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Shape::Many)
            }
            scalars_as!(Shape::Other);
        }
        d.deserialize_any(ShapeVisitor)
    }
}

/// The two top-level keys the shape depends on, told apart without
/// keeping the others.
enum Key {
    Contents,
    ResourceType,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "contents" => Key::Contents,
                    "resourceType" => Key::ResourceType,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

/// Whether a value is an array, skipped as it is read.
struct IsArray(bool);

impl<'de> Deserialize<'de> for IsArray {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IsArrayVisitor;
        impl<'de> Visitor<'de> for IsArrayVisitor {
            type Value = IsArray;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<IsArray, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(IsArray(true))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<IsArray, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(IsArray(false))
            }
            scalars_as!(IsArray(false));
        }
        d.deserialize_any(IsArrayVisitor)
    }
}

/// A text field: a string as it is, a number or boolean written as text
/// (the HSDS examples give `"extension": 100`), anything else absent.
pub(crate) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct TextVisitor;
    impl<'de> Visitor<'de> for TextVisitor {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a text")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_owned()))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            // 100.0 is the extension 100, not "100.0".
            let whole = v.fract() == 0.0 && v.abs() < 1e15;
            Ok(Some(if whole {
                format!("{}", v as i64)
            } else {
                v.to_string()
            }))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(None)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }
    d.deserialize_any(TextVisitor)
}

/// A nested object (a service's organization, a location), or `None` when
/// the field holds something else.
pub(crate) struct Obj<T>(pub Option<T>);

impl<T> Default for Obj<T> {
    fn default() -> Self {
        Obj(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjVisitor<T> {
            type Value = Obj<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Obj<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(|t| Obj(Some(t)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Obj<T>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Obj(None))
            }
            scalars_as!(Obj(None));
        }
        d.deserialize_any(ObjVisitor(PhantomData))
    }
}

/// A list of objects that keeps its first `N` and counts the rest, so that
/// a list of a million phones costs no more than one of `N`. Entries that
/// are not objects are counted but not kept; a field that is no list is an
/// empty one.
pub(crate) struct List<T, const N: usize> {
    /// How many entries the list had, kept or not.
    pub seen: usize,
    pub items: Vec<T>,
}

impl<T, const N: usize> Default for List<T, N> {
    fn default() -> Self {
        List {
            seen: 0,
            items: Vec::new(),
        }
    }
}

impl<'de, T: Deserialize<'de>, const N: usize> Deserialize<'de> for List<T, N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor<T, const N: usize>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for ListVisitor<T, N> {
            type Value = List<T, N>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T, N>, A::Error> {
                let mut list = List::default();
                loop {
                    let more = if list.seen < N {
                        match seq.next_element::<Obj<T>>()? {
                            Some(Obj(item)) => {
                                list.items.extend(item);
                                true
                            }
                            None => false,
                        }
                    } else {
                        seq.next_element::<IgnoredAny>()?.is_some()
                    };
                    if !more {
                        return Ok(list);
                    }
                    list.seen += 1;
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<T, N>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(List::default())
            }
            scalars_as!(List::default());
        }
        d.deserialize_any(ListVisitor(PhantomData))
    }
}

/// A list read strictly, entry by entry, that keeps its first `N` and only
/// notes that there were more: Waymark's saved copy, whose every entry must
/// read, but whose length is only known once read.
pub(crate) struct AtMost<T, const N: usize> {
    pub items: Vec<T>,
    /// Whether the list had more than `N` entries.
    pub more: bool,
}

impl<T, const N: usize> Default for AtMost<T, N> {
    fn default() -> Self {
        AtMost {
            items: Vec::new(),
            more: false,
        }
    }
}

impl<'de, T: Deserialize<'de>, const N: usize> Deserialize<'de> for AtMost<T, N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AtMostVisitor<T, const N: usize>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for AtMostVisitor<T, N> {
            type Value = AtMost<T, N>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AtMost<T, N>, A::Error> {
                let mut list = AtMost::default();
                while list.items.len() < N {
                    match seq.next_element::<T>()? {
                        Some(item) => list.items.push(item),
                        None => return Ok(list),
                    }
                }
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    list.more = true;
                }
                Ok(list)
            }
        }
        d.deserialize_seq(AtMostVisitor(PhantomData))
    }
}

/// A paged list of services (`service_list.json`).
#[derive(Deserialize)]
struct Paged {
    #[serde(default)]
    contents: Services,
}

/// The fields of an HSDS service that Waymark shows.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawService {
    #[serde(deserialize_with = "text")]
    id: Option<String>,
    #[serde(deserialize_with = "text")]
    name: Option<String>,
    #[serde(deserialize_with = "text")]
    alternate_name: Option<String>,
    #[serde(deserialize_with = "text")]
    description: Option<String>,
    #[serde(deserialize_with = "text")]
    url: Option<String>,
    organization: Obj<RawOrganization>,
    phones: List<RawPhone, 8>,
    schedules: List<Schedule, { schedule::MAX_SCHEDULES }>,
    service_at_locations: List<RawServiceAtLocation, 4>,
    attributes: List<RawAttribute, 64>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawOrganization {
    #[serde(deserialize_with = "text")]
    name: Option<String>,
    #[serde(deserialize_with = "text")]
    website: Option<String>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawPhone {
    #[serde(deserialize_with = "text")]
    number: Option<String>,
    #[serde(deserialize_with = "text")]
    extension: Option<String>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawServiceAtLocation {
    location: Obj<RawLocation>,
    phones: List<RawPhone, 8>,
    schedules: List<Schedule, { schedule::MAX_SCHEDULES }>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawLocation {
    #[serde(deserialize_with = "text")]
    name: Option<String>,
    addresses: List<RawAddress, 8>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawAddress {
    #[serde(deserialize_with = "text")]
    address_1: Option<String>,
    #[serde(deserialize_with = "text")]
    address_2: Option<String>,
    #[serde(deserialize_with = "text")]
    city: Option<String>,
    #[serde(deserialize_with = "text")]
    postal_code: Option<String>,
    #[serde(deserialize_with = "text")]
    address_type: Option<String>,
}

/// A service's classification: only its taxonomy term's name is searched.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawAttribute {
    taxonomy_term: Obj<RawTerm>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawTerm {
    #[serde(deserialize_with = "text")]
    name: Option<String>,
}

/// The first phone with a number.
fn first_phone(phones: &[RawPhone]) -> Option<String> {
    phones
        .iter()
        .find_map(|p| phone(p.number.as_deref(), p.extension.as_deref()))
}

impl From<RawService> for Found {
    fn from(raw: RawService) -> Found {
        // The service's first location is where it is; its phones and
        // schedules stand in for the service's own when it has none.
        let at = raw
            .service_at_locations
            .items
            .into_iter()
            .next()
            .unwrap_or_default();
        let location = at.location.0.unwrap_or_default();
        let addresses: Vec<Address> = location
            .addresses
            .items
            .into_iter()
            .map(|a| Address {
                address_1: a.address_1,
                address_2: a.address_2,
                city: a.city,
                postal_code: a.postal_code,
                address_type: a.address_type,
            })
            .collect();
        let organization = raw.organization.0.unwrap_or_default();
        Found {
            id: raw.id,
            name: raw.name,
            alternate_name: raw.alternate_name,
            description: raw.description,
            url: raw.url,
            organization: organization.name,
            website: organization.website,
            place: place(location.name.as_deref(), &addresses),
            phone: first_phone(&raw.phones.items).or_else(|| first_phone(&at.phones.items)),
            hours: schedule::hours(&raw.schedules.items, &at.schedules.items),
            terms: raw
                .attributes
                .items
                .into_iter()
                .filter_map(|a| a.taxonomy_term.0?.name)
                .collect(),
        }
    }
}
